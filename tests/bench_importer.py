"""The plain-text importer on large generated notices (issue 14: linear, 512 KB under 2 s).

Two shapes: a long notice of many sections (the corpus notices one after another) and a notice
with one very long section of each structured kind (a purpose list, a cookie table, retention
sentences, contact lines), where a quadratic step would show first.
"""

import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"
SIZES_KB = (50, 200, 500)


def many_sections(size_kb):
    """Corpus notices one after another, business names varied, cut to ``size_kb``."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))]
    parts, size, index = [], 0, 0
    while size < size_kb * 1024:
        text = texts[index % len(texts)].replace(" Oy", f" {index} Oy")
        parts.append(text)
        size += len(text.encode()) + 2
        index += 1
    return "\n\n".join(parts).encode()[: size_kb * 1024].decode(errors="ignore")


LONG_SECTIONS = {
    "Rekisterinpitäjä": "Firma {n} Oy, Y-tunnus 3260181-2, Katu {n}, 00100 Helsinki, info{n}@firma.example",
    "Henkilötietojen käsittelyn tarkoitus": "- Ajanvarausten hoitaminen numero {n} (sopimus)",
    "Käsittelyn oikeusperuste": "Palvelu {n} perustuu sopimukseen. Laskutus {n} on lakisääteinen velvoite.",
    "Säilytysaika": "Asiakastiedot {n} säilytetään kaksi vuotta viimeisestä käynnistä.",
    "Evästeet": "| _cookie_{n} | firma.example | Kävijätilastot {n} | 2 vuotta |",
}


def long_sections(size_kb):
    """One long section of each kind, the lines numbered so no two are alike."""
    share = size_kb * 1024 // len(LONG_SECTIONS)
    parts = ["Tietosuojaseloste", ""]
    for heading, line in LONG_SECTIONS.items():
        parts += [heading, ""]
        size, n = 0, 0
        while size < share:
            text = line.format(n=n)
            parts.append(text)
            size += len(text.encode()) + 1
            n += 1
        parts.append("")
    return "\n".join(parts)


def import_seconds(text):
    from wagtail_seloste.notice.importer import import_text

    start = time.perf_counter()
    import_text(text)
    return time.perf_counter() - start


def hard_wrapped(size_kb, stops=True):
    """One paragraph hard-wrapped at 70 characters, as a PDF leaves it: the importer joins every
    line back (a join that searched the whole paragraph each time grew with its square)."""
    import textwrap

    sentence = (
        "Asiakastietoja säilytetään kaksi vuotta viimeisen käynnin jälkeen ja laskut kuusi vuotta. "
    )
    if not stops:  # a paste with no sentence end at all: it must not become one endless sentence
        sentence = "asiakastietoja säilytetään kaksi vuotta viimeisen käynnin jälkeen ja laskut, "
    paragraph = sentence * (size_kb * 1024 // len(sentence.encode()) + 1)
    text = "Tietosuojaseloste\n\nSäilytysaika\n" + "\n".join(textwrap.wrap(paragraph, 70))
    return text.encode()[: size_kb * 1024].decode(errors="ignore")


def run(report):
    for label, generate in (
        ("many sections", many_sections),
        ("long sections", long_sections),
        ("hard-wrapped", hard_wrapped),
    ):
        for size in SIZES_KB:
            text = generate(size)
            report(
                f"import a {size} KB notice ({label}), goal < 2 s at 500 KB",
                import_seconds(text),
                "s",
            )
