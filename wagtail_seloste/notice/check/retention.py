"""What a retention sentence says: which data it keeps and for how long (GDPR Art 13(2)(a)).

The reader of claims (claims.py) asks this module of each sentence that may state a period:
``retention_statements`` splits a sentence into its statements ("Tilaustiedot poistamme
kolmen vuoden kuluttua; laskut säilytämme kuusi vuotta"), ``retention_claims`` reads each as
(subject, value, detail) per data group it bounds. The words of time live here: a period
(``period_in``), the event it is counted from (``_event``), a criterion's clause ("niin kauan
kuin", "så länge", "kunnes"), and the wordings that leave the end to no one but the keeper
(vague periods, ``_INDEFINITE_RE``, ``_JUDGED_END``, ``_VAGUE_MEASURE``, ``_OPEN_END``); and the
words of data: the groups a sentence names (``groups_in``, ``retention_subjects``).
"""

import functools
import re

from . import lexicon as x
from . import vocabulary as v
from .lemmas import NEGATORS, RELATIVES, Words, negators, tokens
from .numbers import number_word
from .search import casefree

GROUP_KEYS = (
    "clients",
    "bookings",
    "health",
    "invoices",
    "marketing",
    "logs",
    "consents",
    "requests",
    "cookies",
    "photos",
    "other",
)


_UNITS = {
    "vuosi": "years", "år": "years", "year": "years", "vuotta": "years",
    "kuukausi": "months", "månad": "months", "month": "months", "kk": "months",
    "viikko": "weeks", "vecka": "weeks", "week": "weeks",
    "päivä": "days", "vuorokausi": "days", "vrk": "days", "dag": "days", "dygn": "days",
    "day": "days",
    # English plurals (English is not lemmatised) and the abbreviations written after a
    # number ("2 v", "6 mån", "4 vk", "30 pv")
    "years": "years", "months": "months", "weeks": "weeks", "days": "days", "v": "years",
    "mån": "months", "vk": "weeks", "pv": "days",
    # Swedish plurals, for a Swedish sentence in a notice read as Finnish
    "månader": "months", "veckor": "weeks", "dagar": "days",
}  # fmt: skip


_EVENTS = (
    ("death", x.DEATH),
    ("birth", x.BIRTH),
    (
        "last_booking",
        x.concept(
            "viimeinen senaste sista last",
            starts=("viimeis", "senast"),
        ),
    ),
    (
        "fiscal_year_end",
        x.concept("tilikausi räkenskapsperiod räkenskapsår", starts=("tilikau", "räkenskap")),
    ),
    (
        "consent_withdrawn",
        x.concept(
            "peruuttaa perua peruutus peruminen återkalla avbeställa withdraw unsubscribe",
            # the verbal noun in its cases ("tilauksen perumisen jälkeen") and the participle
            # ("kun tilaus on peruttu"), which the dictionary may not lemmatise.
            # (round 16) signing off a list: "när du avanmäler dig", "avregistrerar dig"
            starts=(
                "peruu",
                "perumi",
                "perutt",
                "återkall",
                "avbeställ",
                "unsubscrib",
                "avanmäl",
                "avregistr",
            ),
        ),
    ),
    (
        "relationship_end",
        x.concept(
            "päättyminen päättyä loppu loppuminen upphöra slut avslut end",
            starts=("päätty", "päättymi", "upphör", "avslut"),
        ),
    ),
)


# (round 31) Words that begin like a unit but are none: "Versio 4 – päivitetty 1.9.2023" is an
# update, not four days; "vuokra" rent, "vuoro" a turn.
_NOT_UNITS = ("päivit", "vuokr", "vuoro")


def _unit(token):
    for form in (token.lemma, token.lower):
        if form in _UNITS:
            return _UNITS[form]
        if form.startswith(_NOT_UNITS):
            continue
        for stem, unit in (
            ("vuo", "years"),
            ("kuukau", "months"),
            ("viiko", "weeks"),
            ("päiv", "days"),
        ):
            if form.startswith(stem) and len(form) <= len(stem) + 6:
                return unit
    return None


_SOMEDAY_SUBJECTS = frozenset("jag vi du man de hon han hen någon".split())


def period_in(words):
    """(count, unit, index of the unit) of the first "N units" in the words, else None."""
    for index, token in enumerate(words):
        unit = _unit(token)
        if unit is None or index == 0:
            if unit and index == 0 and token.lower in ("vuoden", "vuosi", "kuukauden", "viikon"):
                return 1, unit, index
            continue
        before = words[index - 1].lower
        count = int(before) if before.isdigit() else number_word(before)
        if count is None and before in ("(1)",):
            count = 1
        if (
            count == 1
            and before in ("en", "ett")
            and index >= 3
            and words[index - 2].lower in _SOMEDAY_SUBJECTS
            and words[index - 3].lower in ("tills", "till", "när", "until", "ifall", "om", "if")
        ):
            # (round 17) "tills jag en dag bestämmer mig …", "tills vi en dag säljer gården":
            # some day, not one day; (round 32) also "ifall du en dag vill ha samma nyans igen"
            continue
        if count is not None and any(
            t.lower in _AGE_WORDS for t in words[max(0, index - 4) : index - 1]
        ):
            # (round 25) an age, no period: "Klätterskolan för barn 7–15 år", "alle 15-vuotiaat"
            continue
        if count is not None:
            return count, unit, index
        if token.lower in ("vuosi", "kuukausi", "viikko", "vuoden", "kuukauden", "viikon") and (
            before in ("vielä", "yhä", "enää", "vain", "ainoastaan")
        ):
            # (round 34) "niitä säilytetään vielä vuosi", "vain kuukauden": one, the number left
            # out
            return 1, unit, index
        if token.lower in ("vuodeksi", "kuukaudeksi", "viikoksi", "vuorokaudeksi", "päiväksi"):
            # (round 19) "jäävät järjestelmään vuodeksi": for one year (the translative)
            return 1, unit, index
        if (
            token.lower in ("vuosi", "kuukausi", "viikko")
            and any(
                t.lower in ("jälkeen", "kuluttua", "päästä", "alusta", "lopusta", "ajan")
                # (round 22) counted from a day or an act in the elative: "vuosi kortin
                # viimeisestä voimassaolopäivästä", "vuosi lunastuksesta"
                or (t.lower.endswith(("sta", "stä")) and len(t.lower) > 6)
                for t in words[index + 1 : index + 4]
            )
        ):
            # "vuosi juhlan jälkeen": one year, the number left out
            return 1, unit, index
        if token.lower in ("vuoden", "kuukauden", "viikon", "vuorokauden") and words[
            index - 1
        ].lower not in ("kalenterivuoden",):
            # "vuoden kuluttua", "vuoden ajan", "kuukauden kuluttua häistä": one year, month
            # or week
            following = words[index + 1].lower if index + 1 < len(words) else ""
            # "kuitenkin enintään vuoden", "korkeintaan kuukauden": a bound of one
            if words[index - 1].lower in ("enintään", "korkeintaan", "vähintään", "maksimissaan"):
                return 1, unit, index
            if following in (
                "kuluttua",
                "ajan",
                "jälkeen",
                "päästä",
                "sen",
                "siitä",
                "kuluessa",
                "sisällä",
            ):
                return 1, unit, index
    return None


def retention_statements(sentence, lang):
    """(statement, continued) for each retention statement of a sentence: its semicolon
    parts, each cut again at the commas where every member names data and a period of its
    own; ``continued`` marks a member whose verb was left out ("…, laskut kuusi vuotta")."""
    statements = []
    parts = [p for p in sentence.split(";") if p.strip()] if ";" in sentence else [sentence]
    # "… avsluta prenumerationen …; då tas din adress bort ur listan", "…; jolloin
    # osoitteesi poistetaan": a part that says "then" deletes on the event of the part
    # before it, one statement with it.
    joined = []
    for part in parts:
        # "… nödvändiga kakor för bokningen; de raderas när du stänger webbläsaren": a part
        # whose data is a pronoun keeps the data of the part before it
        head = part.strip().split(" ", 1)[0].lower()
        # (round 32) "…; nekin säilytetään samoin kuin muut potilasasiakirjat", "…; även dessa
        # förstörs då": the pronoun with its clitic or its "also"
        if head in ("även", "också", "myös", "also") and len(part.split()) > 1:
            head = part.strip().split()[1].lower()
        head = re.sub(r"(?<=\w\w)(kin|kaan|kään)$", "", head)
        # (round 26) "Närstående – bara medan terapin pågår; uppgifterna raderas när terapin
        # avslutas": the data after a row's label are the label's
        row_before = bool(joined) and bool(_ROW_LABEL.match(joined[-1].strip()))
        if joined and (
            _THEN.match(part.strip())
            or head in _PART_ANAPHORS
            or (row_before and head in _DEFINITE_DATA)
        ):
            joined[-1] = f"{joined[-1]}, {part.strip()}"
        else:
            joined.append(part)
    for part in _contrasted(joined, lang):
        members = [m for m in re.split(r",\s+(?:ja\s+|och\s+|and\s+)?", part) if m.strip()]
        if len(members) > 1 and x.RETAIN.find(tokens(part, lang)):
            # A member without a period of its own belongs to the one before it.
            merged = []
            for member in members:
                member_words = tokens(member, lang)
                if merged and not (period_in(member_words) and groups_in(member_words)):
                    merged[-1] = f"{merged[-1]}, {member}"
                else:
                    merged.append(member)
            if len(merged) > 1 and all(period_in(tokens(m, lang)) for m in merged):
                statements += [(m, index > 0) for index, m in enumerate(merged)]
                continue
        statements.append((part, False))
    return statements


def _contrasted(parts, lang):
    """Each part cut where it turns to other data kept otherwise (round 34): "Asiakastiedot
    poistetaan vuoden kuluttua …, paitsi valokuvat, joita säilytämme toistaiseksi", "Fakturor
    sparas sex år …, medan övriga kunduppgifter … sparas så länge de behövs". The part before
    gives a period; the part after names data of its own and keeps them vaguely, which the
    first part's period must not excuse (GDPR Art 13(2)(a): a period for every group)."""
    cut = []
    for part in parts:
        turn = _CONTRAST.search(part)
        if turn is not None:
            before, after = part[: turn.start()], part[turn.end() :]
            after_words = tokens(after, lang)
            if (
                period_in(tokens(before, lang))
                and groups_in(after_words)
                and (_vague_word(after_words) or _indefinite(after))
            ):
                cut += [before, after]
                continue
        cut.append(part)
    return cut


# "…, paitsi valokuvat, joita …", "…, medan övriga uppgifter …", "…, mutta muut tiedot …"
_CONTRAST = casefree(
    r",\s+(paitsi|lukuun ottamatta|kun taas|mutta|medan|men|utom|förutom|whereas|while|except"
    r"|but)\s+",
    re.IGNORECASE,
)


def _keeping_word(words):
    """The sentence's word of keeping or deleting. The period's own name ("säilytysaika",
    "lagringstid") stands for it only when no verb does: in "Säilytysaikaa ei ole määritelty
    laissa, joten poistamme asiakastiedot kahden vuoden kuluttua" the keeping is "poistamme",
    and the "ei" is the law's, not a denial of deleting (round 34)."""
    verb = x.RETAIN.find(words) or _keeping_verb(words)
    if verb is not None and _PERIOD_NOUN.match(verb.lower):
        verb = next((t for t in x.RETAIN.all(words) if not _PERIOD_NOUN.match(t.lower)), verb)
    return verb


_PERIOD_NOUN = re.compile(r"^(säilytysai\w*|lagringstid\w*)$")


def retention_claims(section, sentence, words, parts, lang, continued=False):
    """(subject, value, detail) for each data group a retention sentence bounds."""
    if _TELLS_HOW_LONG.search(sentence) or _TIME_STATED_ELSEWHERE.search(sentence):
        # "Tämä teksti kertoo, … miksi niitä tarvitsen … ja kuinka kauan ne säilyvät": what
        # the notice tells, an indirect question, states no period; (round 21) nor does a
        # pointer to the periods below ("… ja niitäkin vain alla kerrotun ajan").
        return []
    if _RIGHT_ITEM.match(sentence) and not period_in(words):
        # (round 25) a right listed by its verb under any heading: "pyytää varaus- ja
        # yhteystietojesi poistamista (hoitokortin merkintöjä en lain vuoksi poista)", "begära
        # att dina uppgifter raderas" is the right to erasure, no period
        return []
    verb = _keeping_word(words)
    in_section = section == "retention"
    if in_section and _RELATIONSHIP_END_JUDGED.search(sentence):
        # (round 22) "Sen, milloin asiakkuus katsotaan päättyneeksi, arvioin
        # tapauskohtaisesti": the end a criterion names is the keeper's judgement, so the
        # client data kept until then have no end anyone can check (GDPR Art 13(2)(a))
        # (it undoes the firm criterion it judges, which therefore excuses it not)
        return [("clients", sentence.strip(), {"vague": True, "undoes_criterion": True})]
    # A table row "Asiakastiedot | 5 vuotta" or "Jäsenyys | sopimus | niin kauan kuin on
    # tarpeen": its retention cell needs no verb.
    # In the retention section a row written with dashes ("Kuntotestien tulokset – niin
    # kauan kuin niistä on hyötyä") is a row too.
    cells = re.split(r"\s[–—|-]\s", sentence.strip())
    labelled = _LABEL_ROW.match(sentence.strip()) if in_section and len(cells) == 1 else None
    if labelled:
        # "Terveyslomakkeet: lakien sallima aika." under a retention heading: a label and
        # its period, a row of two cells
        cells = [labelled.group("label"), labelled.group("value")]
    table_row = len(cells) > 1 and bool(
        period_in(words)
        or (
            (re.search(r"\s\|\s", sentence) or in_section)
            and (_vague_word(words) or _indefinite(sentence))
        )
        # "sähköposti – uutiskirje – suostumus – kunnes perut tilauksen": a criterion cell,
        # also in a label row ("Anmälningsuppgifter: till slutet av året efter lägret")
        # (a two-cell row of a table drawn with bars: "Nyheter om kurser | tills du
        # avbeställer dem")
        or (
            (len(cells) >= 3 or labelled or re.search(r"\s\|\s", sentence))
            and _until_cell(cells[-1])
        )
    )
    bracket = _BRACKET_ITEM.match(sentence.strip())
    if bracket and section in ("data_content", "retention", "other") and not table_row:
        inner = bracket.group("inner").strip()
        inner_words = tokens(inner, lang)
        table_row = bool(
            groups_in(tokens(bracket.group("data"), lang))
            and (period_in(inner_words) or _UNTIL.match(inner))
        )
    if verb is None and not in_section and not table_row and not continued:
        return []
    if (
        verb is None
        and not table_row
        and _criterion_clause(words) is None
        and _VALID_FOR.search(sentence)
        and _CARD.search(sentence)
    ):
        # "Presentkortet gäller ett år från köpdagen", "Lahjakortti on voimassa vuoden": how
        # long a card or an offer is valid, not how long data about it is kept.
        return []
    if verb is None and _WAITING_TIME.search(sentence):
        # (round 22) "Jonotusaika on tavallisesti kolmesta kuuteen kuukautta", "Väntetiden är
        # ungefär tre månader": how long one waits, not how long the entry is kept
        return []
    # (round 30) and a period of any data it names: old register templates put "Asiakastiedot
    # säilytetään kaksi vuotta …" and "Fysioterapiakertomukset hävitetään, kun …" under
    # "Rekisterin suojauksen periaatteet" (GDPR Art 13(2)(a) asks the period, wherever it is);
    # data it does not name are the system's ("työsuhteen päättyessä henkilön tunnukset
    # poistetaan": the staff's log-ins), no period of the notice's data
    security_period = bool(
        section == "security"
        and verb is not None
        and (period_in(words) or _event(words))
        and groups_in(words)
    )
    if (
        section in ("security",)
        and not (table_row and re.search(r"\s\|\s", sentence))
        # "Lokitiedot säilytetään 12 kuukautta", "Tallenteet poistetaan 14 päivän
        # kuluttua" under a security heading: the logs' and recordings' own period
        and not security_period
    ):
        # "Bildfilerna förvaras krypterade": how data is kept safe is no period. A table
        # row of data and a period ("Kundregistret | tre år efter det senaste uppdraget")
        # is a retention statement under whatever heading it stands (GDPR Art 13(2)(a)).
        return []
    verb_clause = next((c.tokens for c in parts if verb in c.tokens), words)
    # "Voit perua uutiskirjeen tilauksen milloin tahansa, jolloin osoitteesi poistetaan":
    # deleting the address on unsubscribing is the newsletter's retention criterion (GDPR
    # Art 13(2)(a)) wherever the notice says it, in the rights or the purposes too.
    # "… och då tas adressen bort ur listan", "jolloin osoitteesi poistetaan listalta": a
    # mailing list is the newsletter's, whatever it is called.
    mailing_list = bool(_MAILING_LIST.search(sentence))
    unsubscribe = bool(
        (verb is not None or table_row)
        and (
            (_event(words) == "consent_withdrawn" and "marketing" in groups_in(words))
            # "Adressen tas bort från utskickslistan när du avslutar prenumerationen"
            or (mailing_list and _event(words))
            # (round 19) addresses kept until a subscription is cancelled ("Veromuistion
            # osoitteet poistetaan, kun tilaus perutaan"): a mailing of some name, its list
            or (
                _event(words) == "consent_withdrawn"
                and _only_contact_words(words)
                and any(
                    t.lower.startswith(("tilau", "prenumer", "subscri"))
                    # (round 22) "Oppaan tilanneiden osoitteet: kunnes peruutat kirjeet …"
                    or re.match(r"tilann(ee|ei|ut)", t.lower)
                    for t in words
                )
            )
            # (round 22) a row whose label names those who ordered a letter: "Oppaan tilanneiden
            # osoitteet: kunnes peruutat kirjeet viestin lopussa olevasta linkistä"
            or (
                table_row
                and _event(words) == "consent_withdrawn"
                and re.search(r"tilann(ee|ei|ut)|tilaaj|prenumerant|subscriber", cells[0].lower())
            )
        )
    )
    if (
        section == "rights"
        and not unsubscribe
        and (
            verb is None
            # (a request after the period is an earlier end: "Yhteystiedot poistan kolmen
            # vuoden kuluttua viimeisestä käynnistä, tai aiemmin, jos pyydät")
            or (
                x.REQUEST.find(words)
                and (x.REQUEST.find(words).start < verb.start or not period_in(words))
            )
            or x.RIGHT.find(words)
            or x.OFFER.find(verb_clause)
            or not (period_in(words) or _law_named(words, sentence))
            # (round 25) a list item of the rights: "få dina uppgifter raderade, utom det som
            # bokföringslagen kräver" is erasure and its exception, no period
            or (_ERASURE_EXCEPTED.search(sentence.lower()) and not period_in(words))
        )
    ):
        # In the rights section only a plain statement of keeping, with a period or the
        # law that sets it, is a retention claim; "Voit pyytää tietojesi poistamista, ellei
        # laki edellytä niiden säilyttämistä" is a right and its limit.
        return []
    never_deleted = False
    if (
        verb is not None
        and any(c.negated and verb in c.tokens for c in parts)
        and not _negated_after_verb(words, verb)
        # (round 26) the "not" of another verb in the clause is no denial of the keeping: "den
        # som ännu inte har fått en tid står kvar i kön tills vidare"
        and _negator_near(words, verb, lang)
    ):
        # (round 17) "Arkivet rensar jag inte", "Kuvia en poista koskaan": data never deleted
        # are kept with no end (GDPR Art 13(2)(a)), unless a period, a law or a request is
        # what the "not" is about ("ei poisteta pyynnöstä", "ennen kuin laki sallii")
        verb_at = next(i for i, t in enumerate(words) if t is verb)
        never_deleted = bool(
            _PURGING.match(verb.lower)
            # the "not" at the verb ("Arkivet rensar jag inte", "ei poisteta"), not in a
            # clause after it ("raderas de … så att du inte längre kan identifieras")
            and any(t.lower in NEGATORS for t in words[max(0, verb_at - 2) : verb_at + 4])
            and section != "rights"
            and not x.REQUEST.find(words)
            and not period_in(next((c.tokens for c in parts if verb in c.tokens), words))
            and not _law_named(words, sentence)
            and not GENERIC_LAW_RE.search(sentence)
            # (round 34) not deleted at once, but after a period: "Tietoja ei poisteta heti
            # asiakkuuden päätyttyä, vaan niitä säilytetään vielä vuosi"
            and not (_NOT_AT_ONCE.search(sentence) and period_in(words))
        )
        # "Paperisia tietoja ei säilytetä": nothing is kept, no period is claimed. "ei
        # säilytetä pidempään kuin …" still bounds: the bound is read below, and "ei
        # pidempään kuin on tarpeellista" is a vague one.
        if (
            not (
                (x.TIME_UNIT.find(words) or _vague_word(words))
                and re.search(r"pidempään|kauemmin|längre|longer", sentence, re.I)
            )
            and not _NEEDLESSLY.search(sentence)
            and not never_deleted
            and not (_NOT_AT_ONCE.search(sentence) and period_in(words))
        ):
            # "Tietoja ei säilytetä tarpeettomasti", "sparas inte i onödan": a denial of
            # needless keeping is a vague period, read below
            return []
    period = period_in(words)
    asked = x.REQUEST.find(words)
    if (
        verb is not None
        and not period
        and asked is not None
        and asked.start < verb.start
        # (round 22) not the requests kept as data, named first: "Förfrågningarna sparas i
        # min inkorg så länge det finns plats där"
        and not (asked.start == words[0].start and x.RIGHT.find(words) is None)
    ):
        # "Rekisteröidyllä on oikeus vaatia tietojensa poistamista": a right, not a period.
        return []
    right = x.RIGHT.find(words)
    if (
        verb is not None
        and not period
        and right is not None
        and words.index(right) <= 3
        and right.start < verb.start
    ):
        # (round 35) a sentence of the person's rights: "Du har rätt att se dina uppgifter, få
        # fel rättade, få uppgifter raderade (utom det som bokföringslagen kräver), …" keeps
        # no data for any period (the exception names what the law keeps, not for how long)
        return []
    event = _event(words, verb)
    if not event and verb is not None and _PART_OF_OTHER_DATA.search(sentence):
        # (round 27) kept as a part of other data, for their period: "Ajanvaraus- ja
        # yhteystiedot säilyvät potilaskertomuksen osana", "… kuuluvat potilaskertomukseen ja
        # säilyvät sen mukana", "sparas som en del av journalen"
        event = "event"
    law = _law_named(words, sentence)
    if not event and _deleted_when(words, verb):
        # "Presentkortets uppgifter raderas när kortet har använts", "Tiedot poistetaan,
        # kun kurssi on päättynyt": a deletion on an event of the service, whatever it is,
        # is a criterion (GDPR Art 13(2)(a)) unless a need or a request ends it.
        event = "event"
    if not event and _BOUND_BY_EVENT.search(sentence):
        # (round 29) a need bounded by an event: "så länge det behövs för att hantera din
        # reklamation, dock högst till garantins utgång" ends at the latest when the warranty
        # does (GDPR Art 13(2)(a))
        event = "event"
    elif not event and _RESTATED_AS_RELATIONSHIP.search(sentence):
        # (round 29) a need restated as the relationship's time: "niin kauan kuin tarvitsemme
        # niitä palvelun tuottamiseen, eli asiakkuutesi ajan"
        event = "relationship_end"
    judged = _judged_end(words, sentence) or _keepers_time(words, verb) or never_deleted
    if (
        not event
        and not judged
        and not _vague_word(words)
        and not _indefinite(sentence)
        and _criterion_clause(words) is not None
        and not _compared_group(words)
    ):
        # "så länge prenumerationen är aktiv", "niin kauan kuin jäsenyys on voimassa": the
        # data is kept while a relationship lasts, a criterion (GDPR Art 13(2)(a)); "niin
        # kauan kuin on tarpeen" is vague and read below.
        if _names_an_end(words, sentence):
            event = "relationship_end"
        elif _TIED_TO_OTHER_DATA.search(sentence.lower()) or _WITH_OTHER_DATA.search(sentence):
            # (round 25) "Erbjudanden skickar vi bara så länge dessa uppgifter finns kvar":
            # the period of the data named before, which ends
            event = "event"
        else:
            # (round 18) "niin kauan kuin meillä riittää levytilaa", "så länge det går": a
            # criterion whose clause names nothing that ends is no criterion
            judged = True
    # "sparar vi åtminstone till nästa sommar", "vähintään syksyyn asti": a minimum with no
    # maximum and no law says when data will not yet go, not when it goes (Art 13(2)(a))
    minimum_only = bool(
        _MINIMUM.search(sentence)
        and not _MAXIMUM.search(sentence)
        and not law
        and not GENERIC_LAW_RE.search(sentence)
    )
    vague = bool(judged or minimum_only or _vague_word(words) or _indefinite(sentence))
    # "kohtuullisen ajan asiakkuuden päättymisen jälkeen", "en tid efter att
    # kundförhållandet upphört": an event with no measure after it is no period.
    vague_measure = bool(_VAGUE_MEASURE.search(sentence))
    # "valmennuksen ajan", "tilauksen ajan", "under kundrelationen": the duration of
    # something is a criterion.
    duration = any(
        t.lower in ("ajan", "aikana", "under", "medan", "while", "during") for t in words[1:]
    )
    # a row's criterion cell ("till slutet av året efter lägret") is a criterion as it is
    until_cell = bool(table_row and _until_cell(cells[-1]))
    criterion = bool(
        period
        or event
        or law
        or duration
        or until_cell
        or x.CRITERION.find(words)
        # "Väntelistor … töms varje söndag", "tyhjennetään joka kuukauden lopussa": a
        # purge on a fixed day or week is a criterion
        or _RECURRING.search(sentence)
        # (round 26) "kun kortti on käytetty tai vanhentunut", "när presentkortet har lösts in
        # eller gått ut": a card's use or expiry is an event with a date
        or (
            in_section
            and verb is not None
            and _VOUCHER.search(sentence)
            and _CARD_ENDS.search(sentence)
        )
    )
    if (
        not criterion
        and not in_section
        and verb is not None
        and REMOVED_WORD.search(sentence)
        and _VOUCHER.search(sentence)
        and _CARD_ENDS.search(sentence)
    ):
        # (round 27) the same said where the card is sold: "Myyn lahjakortteja. … Lahjakortin
        # tiedot poistan, kun kortti on käytetty tai vanhentunut."
        criterion, event = True, event or "event"
    generic_law = bool(GENERIC_LAW_RE.search(sentence))
    if not criterion and not vague and not generic_law and not vague_measure:
        # (a measure the reader cannot check, "harkintamme mukaan", is read below)
        return []
    if sentence.rstrip().endswith(":") and not (period or event or law or table_row):
        # (round 27) a lead-in to the list that gives the periods: "Jag har valt en tid för
        # varje slags uppgift, så att ingenting ligger kvar i onödan:"
        return []
    if (
        period is None
        and verb is None
        and event
        and not law
        and not duration
        and not table_row
        and _criterion_clause(words) is None
        and not _EVENT_LINK.search(sentence)
        and _CANCELLED_DATA.search(sentence)
    ):
        # (round 22) "Varatut ja peruutetut ajat.": data named by a participle ("cancelled"),
        # no event a period counts from
        return []
    if period is None and verb is None and not event and not law and not duration:
        # "Muut tiedot niin kauan kuin niitä tarvitaan." answering "Kuinka kauan tietojani
        # säilytetään?": an answer of the retention section names its data and its vague
        # time without a verb, as a row does
        answer = in_section and bool(
            (vague or vague_measure)
            and (groups_in(words) or x.ALL_DATA.find(words) or _REST_WORD.match(sentence))
        )
        if not (table_row and (vague or until_cell)) and not answer:
            return []
    indefinite = bool(_indefinite(sentence))
    if (
        not in_section
        and section in ("purposes", "legal_basis")
        and period is None
        and not (indefinite and verb is not None)
        # "kuvat poistan heti, kun perut luvan": a deletion on an event is a criterion,
        # in a purpose's own words too
        and not (verb is not None and event and event != "relationship_end")
        and not unsubscribe
        and not (table_row and len(cells) >= 3 and _until_cell(cells[-1]))
        # (round 25) a purposes table's retention cell, vague as it is: "Kameravalvonta |
        # tallenteet … | oikeutettu etu | tallenteita säilytetään kohtuullisen ajan"
        and not (table_row and len(cells) >= 4 and re.search(r"\s\|\s", sentence) and vague)
    ):
        # "… and to keep patient records as the law requires" states a purpose or a basis;
        # a retention stated there gives its period (or a row's last cell its criterion).
        return []
    detail = {}
    if period:
        detail.update(period=period[0], unit=period[1])
    if event:
        detail["counted_from"] = event
    if law:
        detail["law"] = law
    # Vague: "niin kauan kuin on tarpeen", "lain edellyttämän ajan" naming no law, with
    # no bound; "kuitenkin enintään kaksi vuotta" bounds it.
    bounded = bool(period) or bool(event and event != "relationship_end") or bool(law)
    generic_law = bool(GENERIC_LAW_RE.search(sentence))
    after_it = _AFTER_IT.search(sentence) if period else None
    if (
        (vague and not bounded and not (event == "relationship_end" and not generic_law))
        or never_deleted
        or _kept_on_but_vaguely(sentence)
        # (round 34) a period not decided yet: "Vi har ännu inte bestämt när uppgifterna ska
        # raderas", "Säilytysaikaa ei ole vielä määritelty"
        or (not period and not law and _UNDECIDED.search(sentence))
        # (round 34) a minimum that governs the criterion: "åtminstone så länge du är kund"
        or (minimum_only and _AT_LEAST_WHILE.search(sentence))
        # (round 34) client data deleted only when the person asks: "raderas först när kunden
        # själv anhåller om det", "jäävät järjestelmään, ellei niitä pyydetä poistettavaksi" (a
        # mailing list left on request is an unsubscribing, a criterion)
        or (
            not period
            and not law
            and (
                _ONLY_ON_REQUEST.search(sentence)
                or (_UNLESS_ASKED.search(sentence) and _STAYS_ON.search(sentence))
            )
            and "marketing" not in groups_in(words)
            and not _MAILING_LIST.search(sentence)
        )
    ):
        # (a purge denied keeps the data with no end, whatever period a reason after it names:
        # "Arkivet rensar jag inte, eftersom kunder hör av sig efter tio år")
        detail["vague"] = True
    elif (
        after_it
        and (
            (not law and _indefinite(sentence[after_it.end() :]))
            # (round 29) stays on after it: "… två år efter sista besöket, och därefter ligger
            # korten kvar i pärmarna på vinden"; (round 34) after the law's period too: "sparas
            # sex år enligt bokföringslagen, och därefter ligger de kvar i pärmarna"
            # (not what is left of them: "minkä jälkeen jäljelle jää vain lasku")
            or _kept_on_after(sentence[after_it.end() :])
        )
    ):
        # kept for a period, then with no end ("… minkä jälkeen ne arkistoidaan
        # toistaiseksi"): no one can tell when the data goes
        detail["vague"] = True
    elif vague_measure and not period and not law:
        detail["vague"] = True
    elif (
        event
        and not period
        and not law
        and _KEPT_AFTER.search(sentence)
        and (
            indefinite
            or judged
            # (round 22) "Valmennuksen päätyttyä säilytän niitä vielä sen ajan, jonka laki
            # vaatii": after the end for the law's time, naming no law
            or generic_law
            # (round 19) "… asiakassuhteen päättymisen jälkeen niin kauan kuin on
            # tarkoituksenmukaista": a criterion after the end that names no end
            or (_criterion_clause(words) is not None and not _names_an_end(words, sentence))
            # (round 19) staying on after the end, no end named: "ligger kvar i systemet efter
            # avslutad kundrelation", "jäävät järjestelmään myös asiakkuuden päätyttyä"
            or (
                _STAYS_ON.search(sentence)
                and _criterion_clause(words) is None
                and not (verb is not None and _PURGING.match(verb.lower))
            )
        )
    ):
        # (round 18) kept on after the event, then with no end: "ligger kvar även efter att
        # medlemskapet upphört, och rensas ut när tiden är mogen"
        detail["vague"] = True
    elif (
        period
        and not law
        # "vähintään kuusi vuotta kirjanpitolain mukaan", "tai pidempään, jos laki sitä
        # vaatii": the law's own minimum or its extension is the law's period
        and not GENERIC_LAW_RE.search(sentence)
        and not re.search(r"\b(jos|mikäli|kun) laki\b|\bif (the )?law\b", sentence, re.I)
        and (
            _OPEN_END.search(sentence)
            or (_MINIMUM.search(sentence) and not _MAXIMUM.search(sentence))
            # (round 19) "raderas tidigast två år efter …": the earliest day, no latest
            or (_EARLIEST.search(sentence) and not _LATEST.search(sentence))
        )
    ):
        detail["vague"] = True
    elif generic_law and not law and not period and not event and not _criterion_of_its_own(words):
        detail["vague"] = True
    subjects = retention_subjects(words, verb)
    if unsubscribe and "marketing" not in subjects:
        subjects = ["marketing"]
    if (
        subjects == ["all"]
        and not detail.get("vague")
        and not table_row
        and _names_own_data(words, verb)
        and _NAMED_THING.match(sentence)
    ):
        # (round 26) a firm period for a thing the sentence names first ("Galleria on auki
        # kolme kuukautta toimituksesta") is that thing's, not the data's as a whole
        subjects = ["other"]
    if detail.get("vague") and subjects == ["all"] and _names_own_data(words, verb):
        # "Palautekyselyn vastauksia säilytetään tarpeen mukaan", "E-postväxlingen sparar
        # jag så länge det behövs": a vague period for data the sentence names (a thing no
        # group of the lexicon knows) is that data's only statement, not an overview of
        # the data as a whole that firm periods elsewhere make precise (GDPR Art
        # 13(2)(a): a period or criterion for each group).
        subjects = ["other"]
    # (round 26) a label row under a retention heading scopes its statement as a table row's
    # first cell does, criterion or period: "Presentkort: uppgifterna raderas när presentkortet
    # har lösts in" keeps the gift cards' data, not the data as a whole; so does a row of two
    # cells drawn with a dash ("Närstående – bara medan terapin pågår")
    if table_row or labelled or (in_section and len(cells) == 2):
        # A row's first cell names the data of its period: "Kulkutapahtumat | 3 kuukautta"
        # is about a thing no group of the lexicon knows, not the data as a whole ("Kaikki
        # tiedot | 2 vuotta" still is), and "nimi, sähköposti, puhelin – tuntivaraukset –
        # 2 vuotta" keeps the client's contact details as well as the bookings.
        label = cells[0]
        label_words = tokens(label, lang)
        label_subjects = retention_subjects(label_words, None) if label_words else ["all"]
        if unsubscribe:
            pass  # the subscribers' list, whatever contact words its label names
        elif label_subjects != ["all"]:
            subjects = list(dict.fromkeys(label_subjects + [s for s in subjects if s != "all"]))
        elif (
            subjects == ["all"]
            and label_words
            and not x.ALL_DATA.find(label_words)
            and not period_in(label_words)
            and any(len(t.lower) > 3 and not t.lower[:1].isdigit() for t in label_words)
        ):
            subjects = ["other"]
            # "Häiden suunnittelu hääparin kanssa | sopimus hääparin kanssa | kaksi vuotta":
            # a purpose row whose basis is the contract with the client keeps the client's
            # data for its period (GDPR Art 6(1)(b): the contract's data are the client's).
            middle = cells[1:-1]
            if middle and any(x.CONTRACT.find(tokens(cell, lang)) for cell in middle):
                subjects = ["clients"]
    if table_row and len(cells) >= 3:
        # (round 20) "Valmennus | nimi, sähköposti, puhelin, tavoitteet ja muistiinpanot |
        # sopimus | kaksi vuotta …": the row's period is every group its data cells name,
        # not only the one the sentence as a whole is read for (Art 13(2)(a)); a cell of the
        # basis names none.
        named = [
            key
            for cell in cells[:-1]
            if not _BASIS_CELL.search(cell.lower())
            for key in groups_in(tokens(cell, lang))
            if key != "other"
        ]
        if named and subjects != ["all"]:
            subjects = list(dict.fromkeys(subjects + named))
    value = _retention_value(sentence, words, period, event)
    person_row = table_row and _names_a_person(tokens(cells[0], lang))
    if person_row and subjects in (["all"], ["other"]):
        # "Hundägaren | namn, adress, telefon | …": a row whose label names the person is
        # that person's record, a client's (GDPR Art 13(2)(a) asks a period per group)
        subjects = ["clients"]
    if "clients" in subjects and _only_contact_words(words) and not person_row:
        # "Yhteystiedot poistan …", "Dina kontaktuppgifter sparas …": the contact details
        # only, not the client's whole record (what the rule over groups reads).
        detail["contact_only"] = True
    elif "clients" in subjects and _only_member_words(words):
        # "Jäsentiedot säilytetään jäsenyyden ajan …", "Medlemsuppgifterna …": the
        # membership register, not what a trainer notes of a member's health in tests.
        detail["membership_only"] = True
    return [(subject, value, dict(detail)) for subject in subjects]


# A table cell naming a legal basis ("sopimus", "lakisääteinen velvoite (kirjanpitolaki)",
# "samtycke"): what the data rest on, not which data.
_BASIS_CELL = re.compile(
    r"sopimu|suostumu|velvoit|oikeutet|peruste|avtal|samtyck|förpliktel|intresse|grund"
    r"|contract|consent|obligation|interest|art\.|artikl"
)


def groups_in(words):
    """The data group keys the words name, in the order of ``GROUP_KEYS`` (health first among
    equals: "potilastiedot" is health, not clients)."""
    found = []
    for key in GROUP_KEYS:
        token = x.GROUPS[key].find(words)
        if token and key == "logs" and token.lower.startswith("blogg"):
            # (round 25) "bloggen" ends in "logg" but is a blog, no log (another word of the
            # sentence may still name one)
            token = next(
                (t for t in x.GROUPS[key].all(words) if not t.lower.startswith("blogg")), None
            )
        if token and not (key == "other" and _benefit_application(words, token)):
            found.append(key)
    if len(found) > 1:
        found = [key for key in found if not _only_a_modifier(words, key, found)]
    return found


# Groups whose word may stand as a genitive before another group's word and still be the data
# kept: the person's own ("asiakkaan terveystiedot" is the client's record as well as health).
_OWNERS = ("clients", "health")


def _only_a_modifier(words, key, found):
    """Whether every word of group ``key`` is a genitive in front of another group's word:
    "tapaamisten äänitallenteet" are recordings, not bookings; "ajanvarausjärjestelmän
    lokitiedot" are logs (Art 13(2)(a) asks a period per group, and a modifier's group would
    take the period of the head's)."""
    if key in _OWNERS:
        return False
    modifiers = 0
    for token in x.GROUPS[key].all(words):
        if _start_event(words, token):
            continue  # "… kuuden kuukauden kuluttua tapaamisesta": the period's start
        modifiers += 1
        index = words.index(token)
        following = words[index + 1] if index + 1 < len(words) else None
        if following is None or not _genitive(token):
            return False
        heads = [k for k in found if k != key and x.GROUPS[k].all([following])]
        if not heads:
            return False
    return modifiers > 0


def _genitive(token):
    # Finnish genitives end in -n ("tapaamisten", "varauksen"), Swedish ones in -s
    # ("bokningens", not a short word such as "hos"); the lemma differs from the form in both.
    form = token.lower
    return form != token.lemma and (form.endswith("n") or (form.endswith("s") and len(form) > 5))


# An application for a benefit or a membership ("ansökan om FPA-ersättning", "Kela-
# korvaushakemus", "jäsenhakemus") is no job application: the person's own record's part.
_APPLICATION = re.compile(r"^(ansök|hakemu|hakemuk|application)")


_BENEFIT = re.compile(
    r"^(korvau|ersättning|fpa|kela|tuki|tuen|stöd|bidrag|förmån|etuu|etuud|jäsen|medlem|benefit"
    r"|reimburs|membership)"
)


def _benefit_application(words, token):
    if not _APPLICATION.match(token.lower) and not _APPLICATION.match(token.lemma):
        # a compound's head ("korvaushakemus") is read by its first part
        # (round 27: the Swedish compound too, "medlemsansökan")
        return bool(_BENEFIT.match(token.lower)) and any(
            head in token.lower for head in ("hakemu", "ansök", "application")
        )
    index = words.index(token)
    # (the word before too: "Medlems ansökan", a compound the reader cut)
    return any(
        _BENEFIT.match(t.lower) or _BENEFIT.match(t.lower.split("-")[0])
        for t in words[max(0, index - 1) : index] + words[index + 1 : index + 7]
    )


# Words that make a group word the criterion, not the subject: "asiakkuuden päättymiseen",
# "asiakassuhteen keston ajan", "viimeisestä käynnistä", "kundrelationens slut".
_CRITERION_AFTER = re.compile(
    r"^(päättymi|päätty|loppu|kesto|ajan|aikana|voimassa|jälkeen|upphör|slut|avslut|varar|pågår"
    r"|end|lasts)"
)


def _criterion_clause(words):
    """The index of the word that opens a retention criterion's clause ("niin kauan kuin",
    "kunnes", "så länge", "tills", "until"), or None."""
    for index, token in enumerate(words):
        following = words[index + 1].lower if index + 1 < len(words) else ""
        if token.lower in ("kunnes", "tills", "until") and following not in (
            "vidare",
            "further",
            "annat",
        ):
            return index
        if index and (
            (
                token.lower in ("kuin", "som")
                and words[index - 1].lower in ("kauan", "länge", "pitkään")
            )
            or (token.lower == "länge" and words[index - 1].lower == "så")
            # (round 23) "sen aikaa kuin …", "niin pitkäksi aikaa kuin …", "siihen asti, kun …"
            or (token.lower == "kuin" and words[index - 1].lower == "aikaa")
            or (token.lower == "kun" and words[index - 1].lower == "asti")
        ):
            return index
    return None


_TELLS_HOW_LONG = casefree(
    r"\b(kerto\w*|kerro\w*|selvit\w*|berättar|beskriver|förklarar|redogör\w*|explains?|describes?"
    r"|tells?|går (\w+ )?igenom|käy\w* (\w+ )?läpi|go(es)? through|list(s|ar)?)\b.*"
    r"\b(kuinka kauan|miten kauan|kuinka pitkään|hur länge|how long)\b",
    re.IGNORECASE,
)


_TIME_STATED_ELSEWHERE = casefree(
    r"\b(alla|alempana|jäljempänä|seuraavassa|yllä|ylempänä|edellä) (\w+ )?(kerro|mainit|esite"
    r"|ilmoite|kuvat|luetel)\w* (ajan|ajat|aikoja|säilytysaja\w*)\b"
    r"|\b(tid|tider|period|perioder|lagringstid\w*) som (anges|framgår|beskrivs|räknas upp) "
    r"(nedan|ovan)\b|\b(nedan|ovan) (angivn|nämnd|beskriv|uppräknad)\w* (tid|tider|period\w*)\b"
    r"|\b(period|periods|time|times) (stated|set out|described|listed) (below|above)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)
def _indefinite(sentence):
    """The vague wording of a sentence, if any: asked up to four times of one retention
    sentence, and the pattern is long."""
    found = _INDEFINITE_RE.search(sentence)
    if found and _EXPIRED_WORD.match(found.group(0)) and _VOUCHER.search(sentence):
        # (round 26) a card that expires has a date: "kunnes lahjakortti on lunastettu tai
        # vanhentunut" (data that "vanhenevat" on their own still have none)
        return None
    return found


# A card or voucher that is used or expires (not a client card: "asiakaskortti" is a record).
# A word of deleting (one list for the readings of gift cards here and of the waiting list in
# meaning.py; round 28 merged the two).
REMOVED_WORD = casefree(
    r"\b(poist\w*|hävit\w*|tuhoa\w*|tyhjenn\w*|radera\w*|rensa\w*|töms|tas bort|tar bort"
    r"|makuler\w*|delet\w*|eras\w*|remov\w*)",
    re.I,
)
_VOUCHER = casefree(
    r"\b(lahjakort\w*|presentkort\w*|gift ?cards?|vouchers?|sarjakort\w*|lahjakirj\w*|kortti"
    r"|kortin|kortit|korttien|kortet|korten|kortets|card|cards)\b",
    re.IGNORECASE,
)
_CARD_ENDS = casefree(
    r"\b(vanhen\w*|vanhent\w*|käytetty|lunastettu|lunastetaan|löst[s]? in|lösts in|inlöst\w*"
    r"|gått ut|går ut|expire[sd]?|redeemed|used up)\b",
    re.IGNORECASE,
)
_EXPIRED_WORD = casefree(r"vanhen|vanhent|föråldra|outdated|obsolete", re.IGNORECASE)


# Keeping denied to be needless ("ei säilytetä tarpeettomasti", "sparas inte i onödan"): no
# period either.
_NEEDLESS_WORDS = (
    r"\btarpeettoma\w*|\bturhaan\b|\bi onödan\b|\bonödigt\b|\bunnecessarily\b|\bneedlessly\b"
)


_INDEFINITE_RE = casefree(
    r"toistaiseksi|tills vidare|tills annat meddelas|indefinitely|for the time being"
    # (round 23) kept in case, or as history: "pidämme tallessa siltä varalta, että he
    # myöhemmin innostuvat liittymään", "bevaras i bildarkivet som en del av skolans historia"
    r"|siltä varalta|varmuuden vuoksi|för säkerhets skull|\butifall\b|just in case"
    r"|\b(osana|osaksi) (\w+ ){0,2}historia\w*|som en del av (\w+ ){0,2}historia\w*"
    r"|as part of (\w+ ){0,2}history"
    # (round 18) deleted some day of itself: "karsiutuvat omia aikojaan", "poistuvat aikanaan",
    # "försvinner med tiden", "så småningom", "in due course"
    r"|omia aikojaan|\baikanaan\b|\bajan myötä\b|\bmed tiden\b|så småningom|\bav sig själv"
    r"|in due course|\beventually\b"
    # (round 18) when the keeper finds the time right: "när tiden är mogen", "kun aika on
    # kypsä", "när det är dags", "when the time is right"
    r"|\b(när|kun|when) (\w+ )?(tiden|aika|the time) (on |är |is )?(mogen|inne|kypsä|oikea|right|ripe)"
    r"|\bnär det (känns )?(är )?dags\b"
    # "kunnes toisin ilmoitetaan", "tills annat bestäms": until the keeper says otherwise
    r"|kunnes toisin \w+|tills annat (bestäms|beslutas|avtalas)|until (we decide )?otherwise"
    # a plan or a rule not disclosed: "enligt vår gallringsplan", "määritellään sisäisessä
    # ohjeessamme", "according to our retention schedule"
    r"|gallringsplan\w*|gallringsrutin\w*|arkistonmuodostussuunnitelm\w*|säilytysaikataulu\w*"
    r"|sisäis\w* (ohje\w*|ohjeistu\w*|käytän\w*|suunnitelm\w*)|(interna|våra) (rutiner|riktlinjer)"
    r"|retention schedule|internal (policy|guidelines?)"
    # (round 32) a provider's default left unsaid: "säilyvät järjestelmässä sen
    # oletusasetusten mukaisesti", "enligt systemets standardinställningar", "according to the
    # system's default settings"
    r"|oletusasetu\w*|standardinställning\w*|grundinställning\w*|default settings?"
    # (round 19) "enligt vår interna policy", "sisäisen käytäntömme mukaan"
    r"|\b(interna?|vår|våra|vårt) (policy|policyn|praxis)\b|\b(käytäntömme|ohjeistuksemme)\b"
    # (round 19) a limited time with no measure, or no end at all: "under en begränsad tid",
    # "rajoitetun ajan", "pysyvästi", "för alltid"
    r"|\bbegränsad tid\b|\brajoitetu\w* aja\w*|\brajalli\w* aja\w*|\blimited (time|period)\b"
    r"|\bpysyvästi\b|\bför alltid\b|\bför gott\b|\bpermanent(ly)?\b|\bforever\b"
    # a ground that lasts, a customary time, the branch's practice: "kun niiden säilyttämiselle
    # ei ole enää perustetta", "så länge det finns en rättslig grund", "tavanomaisen ajan",
    # "i enlighet med branschpraxis"
    r"|ei (ole )?enää (perustetta|perusteita|syytä)|inte längre finns (någon )?(grund|anledning)"
    r"|så länge det finns (en |någon )?(rättslig )?grund|tavanomai\w* aja\w*|sedvanlig tid"
    r"|brukli\w* tid|customary (time|period)|branschpraxis|branschens praxis"
    # no longer current: "när de inte längre är aktuella", "kun ne eivät ole enää ajankohtaisia"
    r"|inte längre (är )?aktuell\w*|enää ajankohtai\w*|no longer (relevant|current)"
    # the time the laws allow or require, no law named: "lakien salliman ajan"
    r"|\blakien (salli\w*|edellyttä\w*|vaati\w*)|\blain salli\w* (aja|aika)\w*"
    # a use that lasts, a count of years no one gives: "niin kauan kuin niille on käyttöä",
    # "useita vuosia", "i några år", "several years"
    r"|kuin (niille|niistä|niillä) on (käyttöä|hyötyä)|\b(useita|useamman|monta|monen) "
    r"(vuo\w*|kuukau\w*)|\b(några|flera|ett par) (år|månader)\b|\b(several|a few) (years|months)\b"
    # the keeper's needs: "tarpeidemme mukaan", "efter våra behov"
    r"|\btarpei\w* mukaan\b|\b(efter|enligt) (våra|vårt|mina|företagets) behov\b|\bas we need\b"
    r"|until further notice"
    # (round 21) the keeper's storage filling up, a keeping extended with no bound: "skriver
    # över de äldsta inspelningarna när dess minne blir fullt", "kun muistikortti täyttyy",
    # "säilytän niitä pidempäänkin"
    r"|\b(minne\w*|minnet|minneskort\w*|hårddisk\w*|disk\w*) (\w+ )?(blir|är) full\w*"
    r"|\b(muisti\w*|levy\w*|kovalevy\w*|muistikortti\w*) (\w+ )?täyttyy\b"
    r"|\b(memory|disk|storage|card) (\w+ )?(is|gets|becomes) full\b"
    r"|\bpidempäänkin\b|\bkauemminkin\b|\b(även|ännu) längre\b|\beven longer\b"
    # (round 21) when the keeper has time, or as the data lose their worth in the keeper's
    # eyes: "i mån av tid", "kun ehdin", "när jag hinner", "sitä mukaa kuin ne menettävät
    # merkityksensä" (a deletion "när de har förlorat sin betydelse" is read as an event, not
    # by this)
    r"|\bi mån av tid\b|\bkun (\w+ )?(ehdin|ehdimme|ehditään)\b|\bnär (jag|vi) (\w+ )?hinner\b"
    r"|\b(as|when) time (permits|allows)\b|\bmenettä\w* (\w+ )?merkitykse\w*"
    r"|\bförlor\w* (\w+ )?(sin|sitt|sina) (betydelse|värde)\b|\blose (\w+ )?(their|its) (relevance|value)"
    # (round 17) archived, no end given: "siirretään toimituksen jälkeen arkistoon", "läggs i
    # arkivet" (a period or a law in the sentence bounds it)
    r"|\barkistoon\b|\barkistoi(daan|n|mme|tu\w*)\b|\b(läggs|flyttas|förs) (\w+ )?(i|till) arkiv\w*"
    r"|\barkiveras\b|\bis archived\b|\bare archived\b"
    # no end at all: "rajoittamattoman ajan", "määrittelemättömän ajan", "på obestämd tid"
    r"|rajoittamattom\w* aja\w*|määrittelemättöm\w* aja\w*|määräämättöm\w* aja\w*"
    r"|rajaamattom\w* aja\w*|obestämd tid|obegränsad tid|\bikuisesti\b"
    r"|unlimited (time|period)"
    # "så länge de fyller sitt syfte", "niin kauan kuin ne palvelevat tarkoitustaan": a
    # purpose served is no end anyone can check
    r"|(fyller|tjänar) (sitt|sina|dess|deras) syfte|palvele\w* (\w+ )?tarkoitus\w*"
    r"|serves? (its|their) purpose"
    # "ilman määräaikaa", "utan tidsgräns": kept with no term at all
    r"|ilman (määräaikaa|aikarajaa|takarajaa)|utan (tidsgräns|tidsbegränsning|slutdatum)"
    r"|without (a )?time limit"
    # a fitting time, in due course, a time the purpose decides, a review now and then: no
    # period anyone can check ("asianmukaisen ajan", "under en lämplig tid", "aikanaan",
    # "Säilytysaika määräytyy käsittelyn tarkoituksen mukaan", "gallras regelbundet")
    r"|asianmukai\w* aja\w*|tarkoituksenmukai\w* aja\w*|lämplig tid|ändamålsenlig tid"
    r"|\bjärkevä\w*|\baikanaan\b|määräyty\w* (\w+ ){0,2}tarkoitu\w*|bestäms av (\w+ )?ändamål"
    r"|\b(regelbundet|säännöllisesti|med jämna mellanrum|ajoittain|periodvis|tidvis)\b"
    r"|så länge (\w+ ){0,3}berättigat intresse|niin kauan kuin (\w+ ){0,3}oikeutet\w* e[dt]"
    # A time word with no measure (round 14): "säilytetään pitkään", "sparas länge", "poistetaan
    # myöhemmin", "tapauskohtainen", "då och då", "ei säilytetä tarpeettomasti", data that
    # "vanhenevat" or turn "inaktuella": when the data goes is left to no one but the keeper.
    r"|(?<!kuinka )(?<!miten )(?<!yhtä )\bpitkään\b(?! kuin)|\bpitkän (aikaa|ajan)\b"
    r"|\blång tid\b|(?<!så )(?<!hur )(?<!lika )\blänge\b(?! som)|\bfor a long time\b"
    r"|\b(poist|hävit|tuhot|radera|gallra|förstör|delet)\w*( \w+)? (myöhemmin|senare|later)\b(?! (kuin|än))"
    r"|\b(myöhemmin|senare|later) (\w+ )?(poist|hävit|tuhot|radera|gallra|förstör|delet)\w*"
    r"|tapauskohtai\w*|\bfrån fall till fall\b|\bcase by case\b"
    r"|\bsilloin tällöin\b|\baika ajoin\b|\btoisinaan\b|\bdå och då\b|\bemellanåt\b"
    r"|\bfrom time to time\b|\bnow and then\b|\baina välillä\b"
    # the keeper decides as it goes, or has not decided: "avgör ägaren från år till år", "för
    # tillfället", "vi har ännu inte bestämt när de ska raderas", "emme ole vielä päättäneet"
    r"|\b(avgör|bestämmer|beslutar) (ägaren|företagaren|styrelsen|vi|jag)\b"
    r"|\b(omistaja|yrittäjä|hallitus) (päättää|harkitsee|ratkaisee)\b|\bfrån år till år\b"
    r"|\bvuosi kerrallaan\b|\bför tillfället\b|\bfor now\b"
    r"|\binte (ännu |än )?(bestämt|beslutat)\b|\bei (ole )?(vielä )?päätetty\b"
    r"|\bemme ole (vielä )?päättäneet\b|\ben ole (vielä )?päättänyt\b|\bnot (yet )?decided\b"
    # the foreseeable future: "under överskådlig tid", "ennakoitavan ajan"
    r"|\böverskådlig (tid|framtid)\b|\bennakoita\w* (aja\w*|tulevaisuu\w*)|\bforeseeable future\b"
    # as the keeper finds time: "sitä mukaa kuin ehdimme", "ennen kuin ehdin siivota", "när jag
    # hinner"
    r"|\behdi[nmt]\w*|\behtii\b|\behtivät\b|\b(vi|jag) hinner\b|\bhinner med\b|\bas time allows\b"
    r"|"
    + _NEEDLESS_WORDS
    + r"|\bvanhene\w*|\bvanhentu\w*|\binaktuell\w*|\bföråldra\w*|\boutdated\b|\bobsolete\b",
    re.IGNORECASE,
)


_NEEDLESSLY = casefree(_NEEDLESS_WORDS, re.IGNORECASE)


_RECURRING = casefree(
    r"\b(varje|var|joka|every|each) (måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|vecka"
    r"|månad|maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai|viikko|kuukausi"
    r"|kuukauden|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month"
    # (round 19) "vid varje kvartalsskifte", "joka vuosineljänneksen lopussa", "each term"
    r"|kvartal\w*|vuosineljännek\w*|vuosineljännes|quarter|termin\w*|lukukau\w*|term)\b"
    r"|\b(viikoittain|kuukausittain|veckovis|månadsvis|weekly|monthly)\b",
    re.IGNORECASE,
)


_REST_WORD = casefree(r"\W*(muut|muu|loput|övrigt|övriga|resten|the rest|other)\b", re.I)


_THEN = casefree(
    # (round 25) "…; sedan raderar jag dem", "…; sitten poistan ne": then, of the part before
    r"(och |ja )?(då|jolloin|silloin|sen jälkeen|then|sedan|sitten)\b",
    re.IGNORECASE,
)


# Deleting, emptying or culling (a purge denied is data kept with no end).
_PURGING = re.compile(
    r"^(poist|hävit|tuhot|tuhoa|radera|gallra|förstör|delet|eras|rens|töm|tyhjenn|siivo|karsi"
    r"|släng|makuler|nollst|nollat|nollau|kasta|heit)"
)
_WHEN = frozenset("kun kunhan när då sedan when once after".split())


def _deleted_when(words, verb):
    """Whether a deletion is said to happen when something happens ("raderas när kortet har
    använts"), the something neither a need, a judgement nor a request. (round 21) Emptying a
    list is deleting too ("Jonotuslista tyhjennetään aina, kun uusi kausi alkaa")."""
    if verb is None or not _PURGING.match(verb.lower):
        return False
    when = next((i for i, t in enumerate(words) if t.lower in _WHEN), None)
    if when is None:
        return False
    clause = Words(words[when + 1 :])
    said = " ".join(t.lower for t in words[when:])
    return bool(
        clause
        # "när det är dags", "då och då": a time no one can check, no event
        and not _INDEFINITE_RE.search(said)
        and not _VAGUE_MEASURE.search(said)
        and not said.startswith("då och då")
        and not _vague_word(clause)
        and not x.REQUEST.find(clause)
        and not _JUDGED_END.search(" ".join(t.lower for t in clause))
        # (round 17) "poistan …, kun muistan tehdä sen", "kun jaksan käydä postilaatikon läpi"
        and not _KEEPER_CAPACITY.search(" ".join(t.lower for t in clause))
        and not any(t.lower in NEGATORS for t in clause)
    )


# What is valid for a time: a card, a voucher, an offer (a certificate valid for three years
# still tells how long the record that proves it is kept).
_CARD = casefree(r"kort|card|voucher|kuponki|kupong|tarjous|erbjudande|offer|lahjakirja", re.I)


_VALID_FOR = casefree(
    r"\b(gäller|är giltig\w*|on voimassa|ovat voimassa|is valid|are valid|expires?|vanhenee"
    r"|vanhenevat|går ut)\b",
    re.IGNORECASE,
)


# A criterion whose condition is the keeper's own will or judgement, the data's worth to the
# keeper, or the person's request to erase ("niin kauan kuin asiakkuus on meille
# merkityksellinen", "så länge jag själv vill", "kunnes asiakas pyytää niiden poistamista"): no
# event anyone can check ends the keeping (GDPR Art 13(2)(a); Art 5(1)(e) makes the keeper
# delete unasked). Only read in the clause the criterion opens.
_JUDGED_END = casefree(
    # (round 23) the keeper's belief or a likelihood: "så länge vi tror att du kan tänkas komma
    # tillbaka", "sen aikaa kuin asiakas todennäköisesti vielä palaa"
    r"\b(tror|trodde|uskon|uskomme|uskoo|arvelen|arvelemme|todennäköisesti|luultavasti|ehkä"
    r"|kenties|mahdollisesti|kanske|möjligen|tänkas|likely|probably|perhaps|maybe|believe)\b"
    # (round 23) the keeper's account, site or channel existing: "så länge kontot och
    # webbplatsen finns", "niin kauan kuin sivusto on olemassa"
    r"|\b(konto|tili|webbplats|verkkosivu|sivusto|kotisivu|website|account|kanava|channel|sida)"
    r"\w*( \w+){0,3} (finns|existerar|on olemassa|ovat olemassa|exists?)\b"
    # (round 23) the vendor's next feature: "kun ohjelmistotoimittaja ottaa käyttöön automaattisen
    # poiston", "tills leverantören inför automatisk gallring"
    r"|\b\w*(toimittaja|leverantör|vendor|supplier)\w* (\w+ ){0,2}(ottaa|inför|lanserar"
    r"|introduc\w*|adds?)\b"
    r"|\b(haluan|haluamme|päätän|päätämme|katson|katsomme|näemme|koemme|harkitsen|harkitsemme)\b"
    r"|\b(jag|vi) (själv|själva)? ?(vill|bestämmer|beslutar|anser|tycker|önskar)\b"
    r"|\bwe (want|decide|wish|see fit)\b"
    # (round 15) a feeling or a decision yet to come: "så länge det känns meningsfullt",
    # "niin kauan kuin tuntuu tarpeelliselta", "kunnes omistaja tekee päätöksen niiden
    # poistamisesta" (not a court's or an authority's decision: an event)
    r"|\b(känns|kändes|tuntuu|tuntui|feels?)\b"
    r"|(?<!tuomioistuimen )(?<!viranomaisen )(?<!domstolens )(?<!myndighetens )"
    r"\b(päätö\w*|päättä\w*|beslut\w*|bestämmer|decision|decides)\b"
    r"|merkitykselli\w*|\brelevant\w*|betydelsefull\w*|\btärke\w*|\bviktig\w*|\bapua\b"
    r"|\bavuksi\b|\bnyttig\w*|\bhyödylli\w*|\bajankohtai\w*|\baktuell\w*|\bcurrent\b"
    # the next time something of the keeper's own changes: "kunnes ryhmätoiminta seuraavan
    # kerran uudistetaan", "tills verksamheten nästa gång ses över"
    r"|\bseuraavan kerran\b|\bnästa gång\b|\bnext time\b"
    # the keeper's own archive or register existing: "niin kauan kuin arkisto on olemassa"
    r"|\b(arkisto|rekisteri|järjestelmä|kansio|tiedosto|arkiv|register|system|mapp)\w* "
    r"(on|är|finns) (olemassa|käytössä|kvar|i bruk)"
    # (round 15) the keeper's own container filling up, running out, renewed or in use: "kunnes
    # kansio täyttyy", "kunnes tila loppuu palvelimelta", "tills pärmen är full", "niin kauan
    # kuin kortisto on käytössä": the keeper's storage, not the purpose, ends the keeping
    r"|\b\w*(kansio|kortisto|arkisto|rekisteri|järjestelmä|tiedosto|levy|palvelin|muisti|laatikko"
    r"|kaappi|mappi|ohjelma|sovellus|tallennustila|tila|vihko|pärm|mapp|kartotek|arkiv|register"
    r"|system|disk|server|utrymme|låda|skåp|program|pärmen|mappen|folder|archive|drive|storage"
    # (round 22) "tills minnet blir fullt", "until the memory is full"
    r"|space|box|notebook|anteckningsbok|minne|memory)\w* (\w+ ){0,2}(täytty\w*|loppu\w*|uusi\w*|vaihde\w*"
    r"|vaihtu\w*|uudiste\w*|siivo\w*|tyhjenn\w*|on käytössä|ovat käytössä|blir full|är full"
    r"|fylls|tar slut|byts|förnyas|rensas|töms|används|fills|is full|runs out|is replaced"
    r"|is renewed|is in use)"
    # (round 16) the keeper's device, changed or broken: "kunnes vaihdan tietokonetta", "tills
    # jag byter dator", "kunnes puhelin hajoaa"
    r"|\b(vaihdan|vaihdamme|vaihdetaan|uusin|uusimme|byter|byts|replace|change)\b (\w+ )?"
    r"(tieto)?(kone\w*|puhelin\w*|puhelim\w*|läppär\w*|dator\w*|telefon\w*|mobil\w*|computer"
    r"|phone|laptop)"
    r"|\b(tieto)?(kone|koneeni|puhelin|puhelimeni|läppäri|datorn|telefonen|mobilen|computer"
    r"|phone|laptop) (\w+ )?(hajoaa|hajoa\w*|går sönder|breaks)"
    # (round 17) the keeper's device working: "så länge plattan fungerar", "niin kauan kuin
    # tabletti toimii"
    r"|\b\w*(kone\w*|puhelin\w*|tabletti\w*|läppäri\w*|platta\w*|dator\w*|telefon\w*|mobil\w*"
    r"|computer|phone|tablet|laptop) (\w+ ){0,2}(toimii|fungerar|håller|works|lasts)\b"
    # (round 16) the keeper's pleasure: "niin kauan kuin niistä on minulle iloa", "så länge jag
    # har glädje av dem"
    r"|\biloa\b|\bglädje\b|\bnöje\b|\benjoy\w*"
    # (round 19) "kunnes ne käyvät tarpeettomiksi", "tills de blir onödiga": the keeper's need
    r"|\btarpeettom\w*|\bonödig\w*|\bunnecessary\b|\bno longer needed\b"
    # a request to erase: "kunnes asiakas pyytää niiden poistamista", "tills du ber oss radera
    # dem" (round 22: "ber" alone was missing), "until you ask us to delete them"
    r"|\b(pyytää|pyydä|pyydät|pyytävät|vaatii|begär|ber|ber om|asks?|requests?) (\w+ ){0,3}"
    r"(poist\w*|hävit\w*|radera\w*|radering\w*|delet\w*|eras\w*)",
    re.IGNORECASE,
)


# (round 17) The keeper's stamina, memory, interest or room ending the keeping: "niin kauan kuin
# jaksan niitä selata", "så länge jag orkar", "så länge de ryms i inkorgen", "niin kauan kuin
# minulla on niille tilaa", "så länge jag kommer ihåg dem". Nothing anyone can check ends it
# (GDPR Art 13(2)(a)); the person's own wish or interest ("så länge du vill ha brevet") is
# theirs to end and is left to _THE_PERSON.
_KEEPER_CAPACITY = casefree(
    r"\b(jaksa\w*|viitsi\w*|orka[rt]?|orkade|gitta[rt]?|bothered)\b"
    r"|\b(muistan|muistamme|remember)\b|\b(minns|minnes|kommer ihåg|komma ihåg)\b"
    # (round 18) the keeper having the time: "kun satun ehtimään", "när jag hinner", "when I
    # get round to it"
    r"|\b(ehdin|ehdimme|ehtimään|ehtisin|hinner|hann|get round to|get around to)\b"
    # (round 23) "kun vastaanoton muilta töiltä jää siihen aikaa", "när det blir tid över"
    r"|\bjää (\w+ )?aikaa\b|\bblir (\w+ )?tid( över)?\b|\bfinns tid\b|\bhave (the )?time\b"
    r"|\b(mahtu\w*|ryms|rymmas|får plats|fit|fits)\b"
    # (round 22) "så länge det finns plats där", "niin kauan kuin siellä on tilaa"
    r"|\bdet finns (\w+ )?(plats|utrymme)\b|\bon (\w+ )?tilaa\b|\bthere is (\w+ )?(room|space)\b"
    r"|\b(minulla|meillä) on (\w+ ){0,2}(tilaa|intoa|kiinnostusta|halua|mielenkiintoa)\b"
    r"|\b(jag|vi) har (\w+ ){0,2}(plats|utrymme|lust|ork|intresse)\b"
    r"|\b(i|we) have (\w+ ){0,2}(room|space|interest)\b"
    r"|\b(kiinnostavat|kiinnostaa) (minua|meitä)\b|\bintresserar (mig|oss)\b"
    r"|\binterest (me|us)\b|\b(huvittaa|roar mig|roar oss)\b"
    # what the keeper still has, or the keeper's move: "så länge vi har kvar det system vi har
    # nu", "niin kauan kuin minulla on vielä vanha kone", "tills vi flyttar salongen"
    r"|\b(jag|vi) har kvar\b|\b(minulla|meillä) on (vielä|yhä|edelleen)\b|\b(i|we) still have\b"
    r"|\b(jag|vi) (flyttar|renoverar|bygger om|byter lokal\w*)\b"
    r"|\b(muutan|muutamme|remontoin|remontoimme|vaihdan toimitil\w*|vaihdamme toimitil\w*)\b"
    r"|\b(i|we) (move|relocate|renovate)\b"
    # the keeper selling up: "tills vi en dag säljer gården", "kunnes myyn liikkeen"
    r"|\b(jag|vi) (\w+ ){0,2}säljer\b|\b(myyn|myymme)\b|\b(i|we) sell\b",
    re.IGNORECASE,
)
# The person in a criterion's clause: their wish, their membership, their consent.
_THE_PERSON = casefree(
    r"\b(sinä|sinun|sinulla|sinua|olet|haluat|du|dig|din|ditt|dina|you|your)\b", re.IGNORECASE
)


# (round 18) What a criterion's clause must name for the keeping to end on it: a relationship or
# a service of the person's (a contract, a membership, a course, a booking, a card), the person
# themselves, their consent, a law or a claim, a matter settled, or something done by then (a
# perfect tense). The wordings that leave the end to the keeper are many more than any list of
# them ("niin kauan kuin meillä riittää levytilaa", "så länge det går", "kunnes toisin
# ilmoitetaan"): a clause naming none of the ends is read as no end (GDPR Art 13(2)(a); WP260
# rev.01 §31: "as long as necessary" is not enough), so a wording no writer has used yet is
# caught too. Stems, read anywhere in the clause's words.
_AN_END = casefree(
    r"asiak|kund|client|custom|jäsen|medlem|member|sopimu|avtal|contract|agreement|tilau|prenum"
    r"|subscri|valmennu|coaching|kurssi|kurs|course|hoito|hoido|behandl|treat|terapi|therap"
    r"|kuntoutu|rehab|projekt|uppdrag|toimeksian|assignment|tili|konto|account|kortti|kort|card"
    r"|vouch|varau|bokning|booking|käynti|käyn|besök|visit|sessio|session|tapaht|evenemang"
    r"|event|leiri|läger|camp|suostum|samtyck|consent|peru|återkall|withdraw|laki|lain|lag|law"
    r"|velvo|skyldig|oblig|vanhen|preskri|reklam|takuu|garanti|warrant|riita|tvist|disput"
    r"|claim|vaatimu|anspråk|perint|indriv|maksu|maksa|betal|lasku|faktur|invoice|pay"
    r"|olet|haluat|\bdu\b|\bni\b|you|voimassa|giltig|gäller|valid|aktiiv|aktiv|activ|kestää"
    r"|pågår|varar|lasts|ongoing|kesken|vuokra|hyr|lease|rent|työsuhte|anställ|employ|harjoittel"
    r"|praktik|intern|opisk|studer|studie|student|lapsi|lapse|barn|child|alaikäi|minderår|minor|ryhmä|grupp"
    r"|group|tunti|tunni|lektion|lesson|class|klass|tuote|produkt|product|order|toimitu"
    r"|leverans|deliver|palautu|retur|return|vakuutu|försäkr|insur|korvau|ersätt|kela|fpa"
    r"|hakemu|ansök|applic|rekry|rekryt|recruit|haku|sök|ehdokk|kandidat|candidat"
    r"|\basia\b|\basian\b|ärende|\bcase\b|\bmatter\b|käsitel|selvit|utred|investig|avslut|valmis"
    r"|\bklar|complet|finish|päätty|\bohi\b|\böver\b"
    # the person taking part, or leaving: "så länge hunden går på dagiset", "niin kauan kuin
    # käyt tunneilla", "tills eleven slutar", "kunnes lapsi lopettaa harrastuksen"
    r"|\bgår på\b|\bkäy(t|tte|vät|mässä)?\b(?!( \w+)? läpi)|osallistu|deltar|deltag|participat"
    r"|attend|harrast"
    # (round 19) the keeper and the person working together: "så länge vi samarbetar"
    r"|samarbet|yhteistyö|collaborat|work together"
    r"|\bslut|lopett|\blähte|\blähd|lämnar|\bquit|\bleaves?\b"
    # (round 34) the messages' own end, in the passive or the intransitive: "kunnes viestit
    # lopetetaan", "kunnes viestit loppuvat", "tills utskicken upphör" (not the business's: "kunnes
    # toiminta lopetetaan" is the keeper's)
    r"|\b(viesti|tilau|kirje|utskick|brev|prenumeration|sms|newsletter|messages)\w* (\w+ )?"
    r"(lopete\w*|loppu\w*|upphör\w*|stop\w*|end\w*)"
    # the person's own act: "kunnes pyydät poistamaan osoitteesi postituslistalta" (not the
    # letter itself: "niin kauan kuin uutiskirjettä lähetetään" is the keeper's choice)
    r"|\b(pyydät|pyydätte|ilmoitat|ilmoitatte|kiellät|vastustat|irtisanot|käytät|käytätte"
    r"|asioit|asioitte)\b"
    # a perfect tense: something done by then ("tills de har skannats in", "kunnes asia on
    # käsitelty", "until it has been settled")
    r"|\b(on|ovat|oli|olivat) (\w+ ){0,2}(?!ehti|jaksa|viitsi|muista)"
    r"\w+(ttu|tty|tu|ty|nut|nyt|neet|lut|lyt|sut|syt)\b"
    # (not a state: "tills listan har blivit så lång", "är besvärlig att …")
    r"|\b(har|hade|är|blivit) (\w+ ){0,2}(?!blivit|varit|haft|fått|hunnit|orkat|gittat)"
    r"\w{3,}(ts|ats|its|at|it|ad|ade|tt)\b"
    r"|\b(has|have|had) (been )?\w+ed\b",
    re.IGNORECASE,
)


def _names_an_end(words, sentence):
    """Whether a criterion's clause ("kunnes …", "så länge …") names something that ends the
    keeping (``_AN_END``): a relationship, a service, the person, a law, a matter settled."""
    index = _criterion_clause(words)
    if index is None:
        return True
    if index >= 2 and words[index - 2].lower in ("lika", "yhtä", "samaa", "as", "equally"):
        return True  # "lika länge som journalen": another group's period
    clause = re.split(r"[,;:()]|\s[–—-]\s", sentence[words[index].start :])[0]
    if len(clause.split()) <= 1:
        return True  # "Det här sparar vi, och så länge:" over a list
    return bool(_AN_END.search(clause))


_IT_WORKS = casefree(r"\b(den|det|se|it) (\w+ )?(toimii|fungerar|håller|works|lasts)\b", re.I)
_DEVICE = casefree(
    r"(kone|puhelin|puhelim|tabletti|läppäri|platta|plattan|dator|telefon|mobil|computer|phone"
    r"|tablet|laptop|kovalevy|hårddisk|hard drive)",
    re.I,
)


# (round 19) The keeper's own tools: a program, a system, a licence, a subscription to a
# service. A criterion that ends when the keeper's tool is changed or when the keeper's licence
# or subscription lapses ("niin kauan kuin varausohjelman lisenssi on voimassa minulla", "tills
# vi byter bokningssystem", "så länge vårt abonnemang på bokningstjänsten pågår") names no end
# of the person's relationship: the keeper decides it (GDPR Art 13(2)(a)).
_TOOL = casefree(
    r"(ohjelm|järjestelm|sovellu|lisenssi|lisenssin|licens|license|licence|abonnemang|tilaus"
    r"|tilauks|ohjelmisto|alusta|plattform|platform|system|program|software|\bapp\b|appen"
    r"|sovelluk|palveluntarjoaj|leverantör|provider|webbhotell|palvelin|server|verkkotunnu"
    r"|domän|domain)",
    re.IGNORECASE,
)
_TOOL_CHANGED = casefree(
    r"\b(vaihdan|vaihdamme|vaihdetaan|vaihtuu|uusin|uusimme|uusitaan|päivitän|päivitämme"
    r"|päivitetään|luovun|luovumme|siirryn|siirrymme|lopetan|lopetamme|byter|byts|förnyar"
    r"|förnyas|uppdaterar|uppdateras|övergår|går över|slutar|switch\w*|replace\w*|migrat\w*"
    r"|upgrad\w*|chang\w*)\b",
    re.IGNORECASE,
)
# The keeper as the owner: "minulla", "meidän", "min", "vårt", "our"; or a Finnish possessive
# of the first person on the tool ("tilaukseni", "järjestelmämme").
_KEEPERS = casefree(
    r"\b(minulla|meillä|minun|meidän|min|mitt|mina|vår|vårt|våra|my|our|hos mig|hos oss)\b"
    r"|\b\w*(ohjelm|järjestelm|sovellu|lisenssi|tilauks|ohjelmisto|alusta)\w*(ni|mme)\b",
    re.IGNORECASE,
)


# the person's own relationship in the tool: "så länge kontot i vårt system är aktivt"
_RELATION = casefree(
    r"\b(konto\w*|tili|tilisi|tilin|account\w*|jäsen\w*|medlem\w*|member\w*|asiakkuu\w*"
    r"|asiakassuh\w*|kundrelation\w*|kundförhåll\w*|prenumerant\w*|subscriber\w*"
    # the person named: "tills kunden slutar använda programmet"
    r"|kund\w*|asiaka\w*|asiakk\w*|client\w*|customer\w*|elev\w*|oppila\w*|deltag\w*"
    r"|osallistuj\w*|patient\w*|potila\w*)",
    re.IGNORECASE,
)


def _keepers_tool(clause):
    """Whether a criterion's clause ends the keeping with the keeper's tool changed or the
    keeper's licence or subscription lapsing (``_TOOL``), not the person's relationship."""
    if not _TOOL.search(clause) or _THE_PERSON.search(clause) or _RELATION.search(clause):
        return False
    return bool(_TOOL_CHANGED.search(clause) or _KEEPERS.search(clause))


def _keepers_time(words, verb):
    """Whether a deletion is said to happen when the keeper remembers, finds the energy or
    feels like it ("Asiakastiedot poistan, kun muistan tehdä sen", "när jag orkar"): no time
    anyone can check (GDPR Art 13(2)(a))."""
    if verb is None or not _PURGING.match(verb.lower):
        return False
    when = next((i for i, t in enumerate(words) if t.lower in _WHEN), None)
    if when is None:
        return False
    clause = " ".join(t.lower for t in words[when + 1 :])
    return bool(_KEEPER_CAPACITY.search(clause) and not _THE_PERSON.search(clause))


# (round 19) What belongs to the person's side of a criterion: the person, their relationship,
# service, payment or consent, a law or a claim, a matter of theirs; or the keeper and the
# person together ("så länge vi samarbetar", "niin kauan kuin olemme yhteydessä").
_PERSONS_SIDE = re.compile(
    r"asiak|kund|client|custom|jäsen|medlem|member|potila|patient|elev|oppila|deltag|osallistu"
    r"|varau|bokning|booking|faktur|lasku|maksu|betal|payment|invoice|hoito|hoido|behandl|treat"
    r"|kurs|course|valmennu|coaching|prenumer|subscri|suostum|samtyck|consent|\blaki|\blain"
    r"|\blag\b|\blagen|\blaw|vanhen|preskri|reklam|riita|tvist|claim|\basia|ärende|\bcase"
    r"|pyyn|begäran|request|sessio|session|käyn|besök|visit|tunni|lektion|lesson|projekt"
    r"|uppdrag|toimeksian|sopimu|avtal|contract|samarbet|yhteistyö|collaborat|kontakt|yhtey"
    r"|contact|lapsi|lapse|barn|child"
    # a service's own events, as _AN_END reads them: "tills vi har fått ersättningen från FPA",
    # "kunnes olen saanut työn valmiiksi", "tills vi har levererat beställningen"
    r"|korvau|ersätt|kela|\bfpa|vakuutu|försäkr|insur|tuote|produkt|product|order|tilau"
    r"|toimitu|leverans|leverer|deliver|palautu|retur|return|takuu|garanti|warrant|kortti|card"
    r"|vouch|\btili|konto|account|hakemu|ansök|applic|rekry|recruit|ehdokk|kandidat|candidat"
    r"|työsuhte|anställ|employ|harjoittel|praktik|opisk|studer|student|ryhmä|grupp|group|leiri"
    r"|läger|camp|tapaht|evenemang|event|valmi|\bklar|färdig|finish|complet|avslut|päätty"
    r"|\bohi\b"
)
# The keeper's own contract or agreement, "my" one: "yhteistyösopimukseni Kuntokeskus Routan
# kanssa", "mitt avtal med gymmet" (not "sopimuksemme", the keeper's and the person's)
_MY_CONTRACT = re.compile(
    r"\b\w*(sopimu|sopimuks)\w*ni\b|\b(minun) (\w+ )?\w*sopimu"
    r"|\b(mitt|mina|my) (\w+ )?\w*(avtal|contract|agreement)"
)
_KEEPER_PRONOUNS = frozenset("jag vi minä me we".split())
_MORE_VERB_ENDS = ("ea", "eä", "ia", "iä", "oa", "ua", "yä", "öä")


def _keepers_own_circumstance(words, index, clause):
    """Whether a criterion's clause is the keeper's own doing or the keeper's own contract
    with someone else, with nothing of the person's side in it ("niin kauan kuin vuokraan
    tuolia Salonki Sointulassa", "tills jag lämnar över firman", "niin kauan kuin
    yhteistyösopimukseni Kuntokeskus Routan kanssa jatkuu"): the keeper decides when the data
    go, not an event of the person's (GDPR Art 13(2)(a))."""
    lowered = clause.lower()
    if _THE_PERSON.search(clause):
        return False
    if _MY_CONTRACT.search(lowered):
        return True
    if _PERSONS_SIDE.search(lowered):
        return False
    end = words[index].start + len(clause)
    own = [t for t in words[index + 1 :] if t.start < end][:4]
    return any(
        t.lower in _KEEPER_PRONOUNS
        or (
            # a Finnish verb in the first person: "vuokraan", "lopetan", "myymme"
            t.lower != t.lemma
            and t.lemma.endswith(_INFINITIVE_ENDS + _MORE_VERB_ENDS)
            and t.lower.endswith(("n", "mme"))
            and not t.lower.endswith(("sen", "nen", "den", "ten", "een"))
            # (round 34) nor the passive, no one's in particular: "kunnes viestit lopetetaan"
            and not t.lower.endswith(("taan", "tään", "daan", "dään"))
        )
        for t in own
    )


def _judged_end(words, sentence):
    """Whether a retention sentence's criterion clause ("kunnes …", "så länge …") ends the
    keeping on a judgement, not an event (``_JUDGED_END``)."""
    index = _criterion_clause(words)
    if index is None:
        return False
    # the criterion's own clause: "… niin kauan kuin olet asiakkaamme; voit pyytää tietojesi
    # poistamista" asks no judgement of the keeper
    clause = re.split(r"[,;:()]|\s[–—-]\s", sentence[words[index].start :])[0]
    if (
        not _JUDGED_END.search(clause)
        and not (_KEEPER_CAPACITY.search(clause) and not _THE_PERSON.search(clause))
        # (round 17) the keeper's device named before, working: "… finns i surfplattan så
        # länge den fungerar"
        and not (_IT_WORKS.search(clause) and _DEVICE.search(sentence))
        and not _keepers_tool(clause)
        and not _keepers_own_circumstance(words, index, clause)
    ):
        return False
    # "kunnes pyydät poistamaan osoitteesi postituslistalta": unsubscribing from a letter is
    # its consent's withdrawal, a criterion.
    return not (_MAILING_LIST.search(sentence) or "marketing" in groups_in(words))


# Words that name no data: pronouns, adverbs and the words of a vague period itself.
_NOT_DATA_WORDS = frozenset(
    "me minä sinä te he se ne niitä niiden niitään näitä tätä sitä kaikki kaikkia kaikkea muut "
    "muita muutoin muuten myös vain ainoastaan enintään tarpeen mukaan mukaisesti niin kauan "
    "kuin asti vi jag du ni de dem den det dessa allt alla övriga övrigt annars också bara "
    "endast högst så länge som behövs behov efter enligt we i you they them it all other "
    "otherwise also only as long needed necessary "
    # "Säilytysaika määräytyy käsittelyn tarkoituksen mukaan", "Lagringstiden bestäms av
    # ändamålet": the purpose decides, of the data as a whole
    "määräytyy määräytyvät käsittelyn tarkoituksen tarkoituksesta bestäms ändamålet ändamål "
    "lagringstiden lagringstid "
    # (round 16) where, not what: "Där ligger de kvar tills …", "Siellä ne säilyvät …"
    "där här siellä täällä there here".split()
)


_VAGUE_MEASURE = casefree(
    # the keeper's own judgement: "niin kauan kuin katson niille olevan käyttöä", "så länge
    # styrelsen anser det befogat", "harkintani mukaan"
    r"\bkuin (\w+ ){0,2}(katso\w*|näe\w*|näen|koen|pidä\w*)\b|\bså länge (\w+ ){0,3}(anser|bedömer|finner)\b"
    r"|\bas long as (\w+ ){0,2}(consider|deem|see fit)|\bharkin\w*|\bgottfinnande"
    # (round 27) "enligt min bedömning", "vår bedömning": the keeper's judgement by its noun
    r"|\b(min|mitt|vår|vårt|eget|egen) (bedömning|omdöme)\b"
    r"|\bkohtuulli\w* (aja\w*|aika\w*)|\bjonkin aikaa\b|\bjonkin ajan\b|\bmuutaman (vuoden|kuukauden)\b"
    r"|\ben (viss )?tid (efter|därefter|framåt|framöver)\b|\bunder en (viss )?tid\b|\bnågon tid\b"
    r"|\b(skälig|rimlig) tid\b|\bsome time\b|\ba reasonable (time|period)\b|\bfor a while\b"
    # (round 29) a number no one gives: "ett skäligt antal år", "kohtuullisen monta vuotta",
    # "a reasonable number of years"
    r"|\b(skälig|rimlig)t antal\b|\bkohtuullisen (monta|määrän)\b|\ba reasonable number of\b"
    # (round 29) while keeping pays the keeper: "niin kauan kuin asiakassuhde on
    # liiketoimintamme kannalta kannattava", "så länge kundrelationen är meningsfull för
    # företaget"
    r"|\b(kuin|länge|long as)\b[^.;]{0,60}\b(kannattav\w*|meningsfull\w*|lönsam\w*"
    r"|profitable|worthwhile)"
    # (round 18) a while with no measure: "reilun tovin toimituksen jälkeen", "hetken aikaa",
    # "ett bra tag efter", "en stund"
    r"|\btovi\w*|\bhetke(n|ksi) (aikaa|vielä|jälkeen)\b|\bett (bra |gott |litet )?tag\b"
    r"|\ben (god )?stund\b|\ba good while\b"
    # (round 21) unused "for a long time": "Kundkort som inte har använts på länge rensar vi
    # bort …", "joita ei ole käytetty pitkään aikaan"
    r"|\bpå (mycket |väldigt )?länge\b|\bpitkään aikaan\b|\b(for|in) a long time\b"
    # (round 15) years with no number: "säilytetään vuosia", "useita vuosia", "i åratal"
    r"|\b(useita|monta|useamman|usean|monia|kymmeniä|flera|många|several|many) (vuo[st]\w*"
    r"|kuukau\w*|år|åren|månader|years|months)\b|\b(vuosia|vuosikausia|kuukausia|kuukausikaupalla"
    r"|vuosikaudet)\b|\bi åratal\b|\bfor years\b"
    # (round 15) the keeper's business going on, an interval or a time no one measures: "niin
    # pitkään kuin yritys toimii", "toiminnan jatkuessa", "så länge företaget finns",
    # "sopivin väliajoin", "i sinom tid", "under en längre tid"
    r"|\b(yritys|yrityksen|yrityksemme|toiminta|toiminnan|toimintamme|liike|liikkeen|firma"
    r"|firman|företaget|verksamheten|rörelsen|business|company)\w* (\w+ )?(toimii|jatkuu"
    r"|jatkuessa|on olemassa|finns|pågår|fortsätter|bedrivs|exists|operates|continues)\b"
    r"|\bsopivin (väli)?ajoin\b|\bi sinom tid\b|\bin due (course|time)\b"
    # (round 16) no deletion time at all: "ilman erityistä poistoaikaa", "utan någon särskild
    # raderingstid", "with no set deletion date"
    r"|\bilman (\w+ )?(poistoaika\w*|säilytysaika\w*|määräaika\w*|takarajaa)"
    r"|\butan (\w+ ){0,2}(raderingstid|lagringstid|tidsgräns|slutdatum)"
    r"|\b(without|with no|no) (\w+ ){0,2}(deletion|retention|end) (date|period|time)"
    # (round 16) the keeper's working life: "så länge jag har mottagningen igång", "tills jag
    # går i pension", "kunnes jään eläkkeelle"
    r"|\b(har|håller) (\w+ )?(mottagning\w*|verksamhet\w*|firma\w*|salong\w*|studio\w*"
    r"|praktik\w*) (igång|öppen|kvar)\b|\bpidän (\w+ )?(vastaanot\w*|yritys\w*|liike\w*"
    r"|studio\w*) (auki|käynnissä|toiminnassa)\b"
    r"|\bgår i pension\b|\bpensionerar\b|\bjää\w* eläkkeelle\b|\b(i|we) retire\b"
    # a notebook written full: "ett häfte som jag byter när det är fullskrivet"
    r"|\bfullskriv\w*|\btäyteen kirjoit\w*|\bkirjoitettu täyteen\b"
    # (round 16) a time no one names: "kunnes joskus siivoan", "tills jag gör vårstädning
    # någon gång"
    r"|\bjoskus\b|\bjossain vaiheessa\b|\bnågon gång\b|\bnån gång\b|\bat some point\b"
    # (round 17) some day: "tills jag en dag bestämmer mig", "jonain päivänä"
    r"|\b(jag|vi|man|hon|han|hen) en dag\b|\bjonain (kauniina )?päivänä\b|\bsome ?day\b"
    r"|\bsometime\b"
    r"|\bunder en längre tid\b|\bför en längre tid\b|\bpidemmän aikaa\b"
    r"|\bfor an extended period\b"
    # the keeper's next housekeeping, with no time of its own: "seuraavaan siivoukseen asti",
    # "tills nästa rensning" (a yearly one has a measure: "vuosittaiseen siivoukseen")
    r"|\b(seuraava\w*|nästa|next) (?!vuosittai|årlig|annual|kuukausittai|månatlig|monthly)"
    r"(\w+ )?(siivou\w*|siivoami\w*|läpikäyn\w*|tyhjennyk\w*|rensning\w*|städning\w*"
    r"|uppstädning\w*|genomgång\w*|clean-?up\w*|purge)"
    # "när vi nästa gång går igenom våra register", "kun seuraavan kerran käymme kortiston läpi"
    r"|\b(seuraavan kerran|nästa gång|next time) (\w+ ){0,3}(käy\w* (\w+ )?läpi|siivo\w*|tar itu"
    r"|tackle\w*"
    r"|tarkist\w*|går igenom|gås igenom|ser över|ses över|rensar|städar|review\w*"
    r"|go(es)? through|clean\w*)",
    re.IGNORECASE,
)


# A firm period with an open end: "kaksi vuotta, tarvittaessa pidempään", "två år eller längre
# vid behov", or a minimum with no maximum ("vähintään kaksi vuotta", "minst två år"): no one
# can tell from it when the data goes (GDPR Art 13(2)(a)).
_OPEN_END = casefree(
    r"\b(tarvittaessa|tarpeen vaatiessa|vid behov|om det behövs|if needed|when needed|where "
    r"necessary) (\w+ )?(pidempään|kauemmin|längre|longer)\b"
    r"|\b(pidempään|kauemmin|längre|longer) (\w+ )?(tarvittaessa|tarpeen vaatiessa|vid behov|om det "
    r"behövs|if needed|when needed)\b|\b(tai|eller|or) (pidempään|kauemmin|längre|longer)\b"
    # (round 19) "tai myöhemmin, jos se on tarpeen", "men anteckningarna sparar jag längre"
    r"|\b(tai|eller|or) (myöhemmin|senare|later)\b"
    r"|\b(mutta|men|but) (\w+ ){0,3}(pidempään|kauemmin|längre|longer)\b(?! (kuin|än|than)\b)"
    # (round 14) "men vi kan spara dem längre om vi anser det nödvändigt", "voimme säilyttää
    # niitä pidempäänkin": longer on a condition, not "no longer than" nor "ei enää"
    r"|(?<!inte )(?<!ej )(?<!enää )(?<!no )\b(pidempään\w*|kauemmin|längre|longer)\b"
    r"(?! (kuin|än|than)\b)(?=[^.;]{0,40}\b(jos|mikäli|om|if|when|kun)\b)"
    # "två år eller tills vidare", "kaksi vuotta tai toistaiseksi": an alternative with no end
    r"|\b(tai|eller|or) (toistaiseksi|tills vidare|indefinitely|määräämättömän ajan)\b"
    # (round 17) "… och finns det anledning kan jag spara dem längre än så", "voin säilyttää
    # niitä pidempäänkin kuin sen": longer than the period just given
    r"|\b(längre|pidempään\w*|kauemmin|longer) (än|kuin|than) (så|sitä|sen|that)\b"
    # (round 17) longer unless the keeper finds otherwise: "…, ellen katso aiheelliseksi pitää
    # sitä tallessa pidempään", "om jag inte anser att …"
    r"|\b(ellen|ellemme|unless (i|we))\b[^.]{0,50}\b(pidempään\w*|kauemmin|längre|longer)\b"
    # (round 29) a longer time as the keeper sees the need, with words between: "tai tarpeen
    # mukaan pidempään", "tarvittaessa pidempäänkin", "tai myöhempäänkin, jos se on tarpeen"
    r"|\b(tai|eller|or) (\w+ ){1,3}(pidempään\w*|kauemmin|längre|longer)\b(?! (kuin|än|than)\b)"
    r"|\b(tarvittaessa|tarpeen vaatiessa|vid behov|om det behövs|if needed|when needed) "
    r"(pidempään\w+)\b|\b(tai|eller|or) (myöhempään\w*|myöhäisempään\w*)"
    # (round 29) a period kept unless the keeper finds a reason to keep longer: "…, om vi inte
    # anser att det finns skäl att behålla dem", "såvida vi inte har anledning att spara dem
    # längre", "ellei meillä ole syytä säilyttää niitä"
    r"|\b(om (vi|jag) inte|såvida (vi|jag) inte|ellei (meillä|minulla)|ellemme|ellen"
    r"|unless (we|i))\b[^.;]{0,40}\b(skäl|anledning|behov|syy\w*|tarve\w*|tarvet\w*|reason"
    r"|need)\b"
    # (round 34) the same said of no one: "om det inte finns särskilda skäl att låta dem ligga
    # kvar", "ellei ole erityistä syytä säilyttää niitä"
    r"|\b(om det inte finns|såvida det inte finns|ellei ole|unless there (is|are))\b[^.;]{0,20}"
    r"\b(skäl|anledning|syy\w*|reason\w*)\b"
    # (round 34) the keeper may extend it: "men kan förlänga tiden om vi anser det nödvändigt",
    # "voimme pidentää säilytysaikaa", "we may extend the period"
    r"|\b(kan|får|kommer att|voimme|voin|saatamme|may|can) (\w+ )?(förlänga|pidentää|extend"
    r"|prolong) (\w+ )?(tiden|lagringstiden|perioden|säilytysai\w*|aikaa|period|time|it|them"
    r"|dem|den|niitä|sitä)\b|\bkan förlängas\b|\bvoidaan pidentää\b|\bmay be extended\b",
    re.IGNORECASE,
)


# (round 34) A period not decided yet: "Vi har ännu inte bestämt när uppgifterna ska raderas",
# "Säilytysaikaa ei ole vielä määritelty", "Emme ole päättäneet, milloin tiedot poistetaan" —
# the period or the deleting is what is undecided, not the law's ("ei ole määritelty laissa").
_UNDECIDED = casefree(
    r"\b(säilytysai\w*|poistoai\w*) (\w+ ){0,2}?(ei|eikä) (ole )?(vielä )?(päätetty|määritelty"
    r"|määritetty)\b(?! (laissa|lailla|lainsäädännössä))"
    r"|\b(ei|emme|en|eivät) (ole )?(vielä )?(päätetty|päättäneet|päättänyt|määritelleet"
    r"|määritellyt|määritelty) (\w+ )?(milloin|kuinka kauan|mihin asti|miten kauan)\b"
    r"|\b(lagringstid\w*|gallring\w*) (\w+ ){0,2}?(inte|ej) (ännu |än )?(bestämts|fastställts"
    r"|beslutats|bestämd|fastställd)\b(?! (i|av|genom) (lag|lagen|lagstiftningen))"
    r"|\b(inte|ej) (ännu |än )?(har )?(bestämt|beslutat|fastställt|bestämts|fastställts) (\w+ )?"
    r"(när|hur länge)\b"
    r"|\bnot (yet )?(been )?(decided|determined|set) (\w+ )?(when|how long)\b",
    re.IGNORECASE,
)
_NOT_AT_ONCE = casefree(
    r"\b(heti|välittömästi|samana päivänä|genast|direkt|omedelbart|samma dag|immediately"
    r"|straight away|at once)\b",
    re.IGNORECASE,
)
_AT_LEAST_WHILE = casefree(
    r"\b(vähintään|ainakin|minst|åtminstone|at least) (niin kauan|så länge|as long|tills|kunnes"
    r"|until)\b",
    re.IGNORECASE,
)
# (round 34) Client data deleted only when the person asks ("raderas först när kunden själv
# anhåller om det"), and data staying on unless they ask ("jäävät järjestelmään, ellei niitä
# pyydetä poistettavaksi"): the keeper sets no end. (Not "säilytetään asiakkuuden ajan, ellet
# pyydä poistamaan niitä aiemmin": a criterion, and earlier on request.)
_ONLY_ON_REQUEST = casefree(
    r"\b(poistetaan|poistan|poistamme|hävitetään|raderas|raderar|deleted|erased) (\w+ ){0,3}"
    r"(vasta|först|only) (kun|när|when|if|jos|om) ((?!eller |tai |or )\w+ ){0,3}(pyytää|pyydät"
    r"|pyytävät|pyydetään|ber|begär|anhåller|asks?|requests?)\b",
    re.IGNORECASE,
)
_UNLESS_ASKED = casefree(
    r"\b(ellei|ellet|elleivät|om inte|om du inte|unless)\b (\w+ ){0,4}(pyydä|pyydetä|ber|begär"
    r"|anhåller|asks?|requests?)\w* (\w+ ){0,3}(poist|hävit|radera|delet|eras)\w*",
    re.IGNORECASE,
)
# A firm period, then kept with no end after it: "kaksi vuotta …, minkä jälkeen ne
# arkistoidaan toistaiseksi", "därefter så länge det behövs".
_AFTER_IT = casefree(
    r"\b(minkä|sen|tämän|jonka) jälkeen\b|\bdärefter\b|\bvarefter\b|\befter det\b"
    r"|\bthereafter\b|\bafter that\b|\bafter which\b",
    re.IGNORECASE,
)


# A consent withdrawn (round 15): what it deletes is what the sentence before asked it for.
_WITHDRAWN_CONSENT = casefree(
    r"\b(peru(?!st)\w*|peruuta\w*|peruut\w*|återkall\w*|återta\w*|withdr\w*)\b"
    r"(\W+\w+){0,3}\W+(suostumu\w*|lupa\w*|luvan|samtycke\w*|medgivande\w*|consent)"
    # (round 22) the consent first: "Suostumuksen voit perua milloin tahansa …, jolloin
    # poistan merkinnän", "Samtycket kan du återkalla …"
    r"|\b(suostumu\w*|luvan|samtycke\w*|medgivande\w*|consent)(\W+\w+){0,6}\W+(peru(?!st)\w*"
    r"|peruuta\w*|återkall\w*|ta tillbaka|withdr\w*)\b",
    re.IGNORECASE,
)


# The same words opening a sentence ("Därefter finns uppgifterna kvar …"), or "sitten".
_AFTER_START = casefree(r"\W*(" + _AFTER_IT.pattern + r"|\bsitten\b)", re.IGNORECASE)


_MINIMUM = casefree(r"\b(vähintään|ainakin|minst|åtminstone|at least)\b", re.IGNORECASE)
_EARLIEST = casefree(
    r"\b(tidigast|aikaisintaan|at the earliest|no earlier than|inte tidigare än)\b", re.I
)
_LATEST = casefree(
    r"\b(viimeistään|senast|at the latest|enintään|korkeintaan|högst|at most)\b", re.I
)


# A latest end that is an event (round 29): "dock högst till garantins utgång", "kuitenkin
# viimeistään kurssin päättymiseen asti", "at the latest until the warranty ends".
_BOUND_BY_EVENT = casefree(
    r"\b(högst|senast|enintään|korkeintaan|viimeistään|at most|at the latest)\s+(till|tills|until"
    r"|to|the end of|(\w+\s+){1,2}(asti|saakka|loppuun|päättymiseen|päättyessä|slut|utgång))\b",
    re.IGNORECASE,
)
# A vague need restated as the relationship's time (round 29): "…, eli asiakkuutesi ajan", "…,
# dvs. under kundrelationen", "…, that is for as long as you are a client".
_RESTATED_AS_RELATIONSHIP = casefree(
    r"\b(eli|toisin sanoen|dvs|det vill säga|alltså|that is|i\.e)\b\W+(\w+\W+){0,3}"
    r"(asiakkuu\w*|asiakassuhte\w*|jäsenyy\w*|sopimukse\w*|kundrelation\w*"
    r"|kundförhållande\w*|medlemskap\w*|avtal\w*|relationship|membership|contract)",
    re.IGNORECASE,
)


_MAXIMUM = casefree(
    r"\b(enintään|korkeintaan|viimeistään|högst|senast|at most|at the latest|no longer than"
    r"|poiste\w*|poista\w*|hävit\w*|raderas|tas bort|gallras|förstörs|deleted|erased)\b",
    re.IGNORECASE,
)


def _negated_after_verb(words, verb):
    """Whether every negator of a retention sentence stands in a subclause after its verb
    ("Uppgifterna raderas när de inte längre behövs": the data are deleted, when they are no
    longer needed; "rensas om du inte har öppnat något brev": deleted if the condition holds),
    so that the keeping itself is not denied."""
    negators = [i for i, t in enumerate(words) if t.lower in NEGATORS]
    start = next((i for i, t in enumerate(words) if t is verb), None)
    if not negators or start is None:
        return False
    conjunction = next(
        (
            i
            for i, t in enumerate(words[start + 1 :], start + 1)
            if t.lower in ("när", "då", "kun", "kunhan", "when", "once", "as", "sedan")
            # (round 23) a condition's own "not": "Adresserna rensas ur listan om du inte har
            # öppnat något brev på tolv månader", "poistetaan, jos et ole käynyt vuoteen"
            or t.lower in ("om", "ifall", "jos", "mikäli", "if")
        ),
        None,
    )
    return conjunction is not None and all(i > conjunction for i in negators)


def _vague_word(words):
    """The first word of a need or a measure that leaves a period open ("niin kauan kuin on
    tarpeen", "så länge det är nödvändigt", "kohtuullisen ajan"), else None. A word that
    qualifies the data ("välttämättömät tiedot", "nödvändiga uppgifter") says which data is
    kept, not for how long."""
    for token in x.VAGUE.all(words):
        index = words.index(token)
        following = words[index + 1 : index + 2]
        if following and (x.ALL_DATA.find(following) or groups_in(following)):
            continue
        if any(t.lower in _PERSON_TELLS for t in words[max(0, index - 6) : index]):
            # (round 21) the person's own word ends the keeping: "kun ilmoitatte, ettei paikkaa
            # enää tarvita", "när du meddelar att du inte behöver platsen"
            continue
        # (the clause may name the data first: "Tarvitsen nimesi ja puhelinnumerosi vain niin
        # kauan kuin hääkampauksesi suunnittelu on kesken")
        after = [t.lower for t in words[index + 1 : index + 13]]
        if set(after) & _WHILE_WORDS and set(after) & _EVENT_LASTS:
            # (round 25) a need bounded by an event: "behövs bara medan terapin pågår",
            # "tarvitaan vain niin kauan kuin valmennus kestää" (a criterion, Art 13(2)(a))
            continue
        return token
    return None


_WHILE_WORDS = frozenset("medan while kun kuin during så".split())
_EVENT_LASTS = frozenset(
    "pågår varar gäller kestää kestävät jatkuu jatkuvat voimassa lasts continues runs går "
    # (round 34) "niin kauan kuin suunnittelu on kesken", "medan projektet är igång"
    "kesken käynnissä igång ongoing".split()
)


_PERSON_TELLS = frozenset(
    "ilmoitat ilmoitatte ilmoittaa ilmoittavat kerrot kerrotte kertoo meddelar meddelat säger "
    "berättar tell tells notify notifies".split()
)


_OF_THOSE = re.compile(
    r"(om|of|about) (dem|de|those|personer|people|alla som)\b|(niistä|henkilöistä|heistä)\b"
)


# A sentence that opens with a noun of its own and a verb of being or keeping: "Galleria on auki
# …", "Verkkogalleria suljetaan …", "Kurssimateriaali poistuu …" (not "Kaiken poistan …", "Tiedot
# …", "Vi sparar …").
_NAMED_THING = casefree(
    r"^\W*(?!(kaik|all|tied|tieto|uppgift|data|henkilö|person|rekister|regist|vi\b|jag\b|me\b"
    r"|minä\b|we\b|i\b|säilyt|poist|spar|rader|keep|delet))[A-ZÅÄÖa-zåäö][\wåäö-]{3,} "
    r"(on|är|is|pysyy|förblir|remains|suljetaan|stängs|poistuu|försvinner|closes)\b",
    re.IGNORECASE,
)


def _names_own_data(words, verb):
    """Whether a retention sentence names the data it keeps in a word that is no word for the
    data as a whole ("Palautekyselyn vastauksia", "E-postväxlingen om tider"), before the
    vague words or the criterion's clause begin."""
    end = _criterion_clause(words)
    vague = _vague_word(words)
    stop = min(
        i
        for i in (end, words.index(vague) if vague is not None else None, len(words))
        if i is not None
    )
    named = False
    for token in words[:stop]:
        if token is verb or token.lower in _NOT_DATA_WORDS or token.lower in NEGATORS:
            continue
        if x.ALL_DATA.is_token(token) or x.RETAIN.is_token(token):
            if x.ALL_DATA.is_token(token):
                # "Uppgifterna om dem som gått en provlektion", "tiedot niistä, jotka …": the
                # data of a set of people the sentence names, not the data as a whole
                index = words.index(token)
                after = " ".join(t.lower for t in words[index + 1 : index + 4])
                return bool(_OF_THOSE.match(after))
            continue
        if len(token.lower) > 3 and not token.lower[:1].isdigit():
            named = True
    return named


_EQUALLY = frozenset(("yhtä", "lika", "just", "equally", "as"))


_LASTS = re.compile(
    r"^(kest\w*|on|ovat|olla|jatku\w*|voimassa|är|varar|pågår|finns|gäller|lasts?|is|are|exists?"
    r"|runs?)$"
)


def _keeping_verb(words):
    """ "pitää" (to keep) as a retention verb when the sentence keeps something somewhere for a
    period ("Sovitut tapaamiset pidän kalenterissani vuoden ajan terapian päättymisestä"), not
    "pidän tärkeänä" or "pidämme kursseja nelivuotiaille" ("Vi håller kurser för barn från fyra
    år": "hålla" is holding a course; keeping is "hålla kvar", read by its particle)."""
    verb = next((t for t in words if t.lemma == "pitää"), None)
    if verb is None or period_in(words) is None:
        return None
    # where it is kept: an inessive ("kalenterissani", "järjestelmässä", "arkistossa")
    where = any(
        re.search(r"(ss[aä])(ni|si|mme|nne|an|än)?$", t.lower) and len(t.lower) > 6 for t in words
    )
    return verb if where and groups_in(words) else None


def _compared_group(words):
    """Whether "yhtä kauan kuin X", "lika länge som X" compares with a group of data (a period
    borrowed: "Bilderna sparas lika länge som kunduppgifterna"), not a relationship that lasts
    ("yhtä kauan kuin asiakkuus kestää", a criterion)."""
    index = _criterion_clause(words)
    if index is None or index < 2 or words[index - 2].lower not in _EQUALLY:
        return False
    after = words[index + 1 : index + 6]
    return (
        bool(after)
        and not any(_LASTS.match(t.lower) for t in after)
        and any(g != "all" for g in retention_subjects(Words(after), None))
    )


# A Finnish verb's lemma is its first infinitive: "pitää", "säilyttää", "käsitellä", "kerätä".
_INFINITIVE_ENDS = ("aa", "ää", "da", "dä", "ta", "tä", "lla", "llä", "rra", "rrä", "nna", "nnä")


_EXCEPT_WORDS = frozenset({"paitsi", "utom", "förutom", "except", "excluding", "lukuunottamatta"})


def retention_subjects(words, verb):
    """The data groups a retention sentence speaks of, or ["all"] for the data as a whole."""
    subjects = []
    # "… uppgifter som inte hör till journalen raderas": what a negated relative clause names
    # is what the data is not; it is no subject of the retention.
    excluded = set()
    for index, token in enumerate(words[:-1]):
        if token.lower in RELATIVES and words[index + 1].lower in NEGATORS:
            for later in words[index + 2 :]:
                if verb is not None and later is verb:
                    break
                excluded.add(later.start)
    # "Efter två år utan besök tas dina uppgifter bort", "kahden vuoden ilman käyntejä jälkeen":
    # what is absent is the criterion's event, not the data kept.
    for index, token in enumerate(words):
        if token.lower in ("utan", "ilman", "without"):
            for later in words[index + 1 : index + 3]:
                excluded.add(later.start)
    # "Kaikki muut tiedot paitsi laskut poistetaan …", "Alla uppgifter utom fakturor raderas
    # …": what the exception names is not kept for this period.
    for index, token in enumerate(words):
        if token.lower in _EXCEPT_WORDS or (
            token.lower == "undantag" and index and words[index - 1].lower == "med"
        ):
            for later in words[index + 1 : index + 5]:
                if verb is not None and later.start >= verb.start:
                    break
                excluded.add(later.start)
    # "… niin kauan kuin asiakassuhde on voimassa", "kunnes tilaus perutaan", "så länge
    # prenumerationen är aktiv": what follows the conjunction is the criterion's event, not the
    # data kept (GDPR Art 13(2)(a) asks the period of the data named before it).
    criterion_from = _criterion_clause(words)
    for index, token in enumerate(words):
        if verb is not None and token is verb:
            continue
        if token.start in excluded:
            continue
        if (
            criterion_from is not None
            and index > criterion_from
            and (verb is None or verb.start < token.start)
        ):
            continue
        following = words[index + 1].lower if index + 1 < len(words) else ""
        previous = words[index - 1].lower if index else ""
        if _CRITERION_AFTER.match(following) or previous in (
            "viimeisestä",
            "viimeisen",
            "senaste",
            "sista",
            "last",
        ):
            continue
        if token.lower.startswith(("viimeis", "senast")):
            continue
        # a door's entries are logs, though "käyntitieto" ends the word ("sisäänkäyntitiedot")
        keys = ("logs", *GROUP_KEYS) if x.GROUPS["logs"].is_token(token) else GROUP_KEYS
        for key in keys:
            if key not in subjects and x.GROUPS[key].is_token(token):
                subjects.append(key)
                break
    if "clients" in subjects and len(subjects) > 1 and _contact_words_of_another_group(words):
        subjects.remove("clients")
    if subjects and _ALL_NAMED.search(" ".join(t.lower for t in words[:8])):
        # "Kaikki edellä luetellut tiedot – myös kuvat ja allergiamerkinnät – poistan …": the
        # data as a whole, the groups named being examples of it
        subjects.insert(0, "all")
    for group in _owner_groups(words, subjects):
        subjects.remove(group)
    named = words[:criterion_from] if criterion_from is not None else words
    if subjects and "other" not in subjects and any(t.lower in _VIDEOS for t in named):
        # (round 35) "Foton och videor: vi raderar dem tre år efter …": the videos' period is
        # the films' too (films are recordings, "other"); videos declared with photos are
        # pictures, no group of their own (practitioners give them the pictures' period)
        subjects.append("other")
    if not subjects and _PARTICIPANT_LIST.search(" ".join(t.lower for t in words[:6])):
        # (round 22) "Deltagarlistorna för gruppträningen kastas …", "Osallistujalistat hävitän
        # …": a list of the clients who took part is client data, not the data as a whole
        return ["clients"]
    if not subjects:
        # "valmennustiedot", "kursuppgifter": data of the service given to the client, unless
        # the words speak of the data as a whole ("tiedot", "henkilötiedot", "uppgifterna").
        for token in words:
            if token is verb:
                continue
            form = token.lemma
            if form.endswith(
                ("tieto", "tiedot", "uppgift", "uppgifter")
            ) and not x.ALL_DATA.is_token(token):
                return ["clients"]
            # the compound as written, when the lemmatizer cut it ("takuutiedot" → "takuu") or
            # left its definite ending ("garantiuppgifterna", "beställningsuppgifterna")
            compound = _DATA_COMPOUND.match(token.lower)
            index = words.index(token)
            owner = words[index - 1].lower if index else ""
            if (
                compound
                and compound.group(1) not in _WHOLE_DATA_MODIFIERS
                # "Kurssikortin vammatiedot": a genitive before says whose, read below
                and not (len(owner) > 4 and owner.endswith(("n", "s")))
            ):
                return ["clients"]
            if form.endswith(_RESULT_WORDS) or token.lower.endswith(_RESULT_WORDS):
                # "Kuntotestien tulokset", "mätresultaten": the results of a test or a
                # measurement are data of their own, not the client's contact record.
                return ["other"]
            if x.ALL_DATA.is_token(token):
                # "Lahjakortin tiedot hävitän …": data of one named thing (a genitive before
                # the data word) is a group of its own, not the data as a whole.
                index = words.index(token)
                before = words[index - 1] if index else None
                if before is not None and before.lower in ("sen", "dess", "its"):
                    # (round 32) "Käyttäjätilisi on voimassa 12 kuukautta, minkä jälkeen tili
                    # ja sen tiedot poistetaan": its data, the data of the thing named before
                    return ["other"]
                if (
                    before is not None
                    and before.lower.endswith("n")
                    and len(before.lower) > 4
                    and before.lower not in _GENERAL_OWNERS
                    # "Pidän tietoja …", "Säilytän tiedot …": a verb in the first person, not a
                    # genitive (its lemma is an infinitive)
                    and not before.lemma.endswith(_INFINITIVE_ENDS)
                    and not any(x.GROUPS[k].is_token(before) for k in ("clients", "health"))
                    and not before.lower[:1].isdigit()
                ):
                    # "Ohjaajan ja koiran tiedot": a person among the owners (an agent noun,
                    # "ohjaaja", "omistaja", "huoltaja") makes them the client's data
                    owners = [t for t in words[max(0, index - 4) : index] if t.lower.endswith("n")]
                    if any(
                        t.lemma.endswith(("ja", "jä")) or x.GROUPS["clients"].is_token(t)
                        for t in owners
                    ):
                        return ["clients"]
                    return ["other"]
                # (round 22) a Swedish genitive naming a person: "Hundägarens uppgifter",
                # "Elevens uppgifter" are that person's, the client's, not the data as a whole
                if (
                    before is not None
                    and before.lower.endswith("s")
                    and before.lower != before.lemma
                    and _SWEDISH_PERSON.search(before.lower[:-1])
                ):
                    return ["clients"]
                # (round 27) data of a thing named after the data word: "Uppgifterna om kortet
                # raderar jag när kortet har lösts in", "the data on the card" (no group's word
                # in the sentence, and no person: "uppgifterna om dig" are the data as a whole)
                after = words[index + 1 : index + 3]
                if (
                    len(after) == 2
                    and after[0].lower in ("om", "kring", "about", "on")
                    and after[1].lower not in _PERSONS_AFTER
                    and not after[1].lower.startswith(("kund", "klient", "asiak"))
                ):
                    # ("Uppgifter om avgifterna sparas sex år": the fees are bookkeeping)
                    if after[1].lower.startswith(_MONEY_WORDS):
                        return ["invoices"]
                    return ["other"]
                break
        if _named_subject(words, verb):
            # "Palautekyselyn vastaukset poistetaan …", "Konsertfilmerna raderas …": a thing of
            # its own named as the subject, no group of the lexicon; its period is not the
            # data's as a whole (issue 18: one statement taken as retention for everything).
            return ["other"]
    return subjects or ["all"]


_VIDEOS = frozenset(
    "videot videoita videoiden videoista videoissa videor videorna videos videoklipp "
    "videoklippen".split()
)


_MONEY_WORDS = (
    "avgift",
    "faktur",
    "betaln",
    "kvitt",
    "maksu",
    "lasku",
    "kuitti",
    "payment",
    "invoice",
    "fee",
)
_PERSONS_AFTER = frozenset(
    "dig er dem honom henne mig oss you your them him her me us alla allt varje".split()
)
_SWEDISH_PERSON = re.compile(
    r"(ägaren|ägare|are|aren|ande|anden|kunden|kund|eleven|elev|medlemmen|medlem|deltagaren"
    r"|förälderns|föräldern|vårdnadshavaren|patienten|klienten|barnet|barnets"
    # (round 24) the plural: "Kontaktpersonernas och näringsidkarnas uppgifter"
    r"|personerna|idkarna|ägarna|kunderna|eleverna|medlemmarna|deltagarna|föräldrarna"
    r"|vårdnadshavarna|patienterna|klienterna|gästerna|barnen)$"
)


_PARTICIPANT_LIST = re.compile(
    r"\b(osallistuja|kurssilais|läsnäolo|nimi)list|\b(deltagar|närvaro|kursdeltagar|namn)list"
    r"|\b(participant|attendance|attendee) lists?\b"
)


# The data as a whole opening a sentence: "Kaikki (edellä luetellut) tiedot", "Alla (dina)
# uppgifter", "All (of your) data".
_ALL_NAMED = re.compile(
    r"^\W*(kaikki|alla|all)( \w+){0,4} (tiedot|henkilötiedot|tietosi|uppgifter|uppgifterna"
    r"|personuppgifter|personuppgifterna|data|information)\b"
)


_TIME_WORDS = frozenset(
    "kuluttua jälkeen päästä kuluessa sisällä viimeistään heti automaattisesti sitten lopuksi "
    "efter inom senast genast direkt automatiskt därefter sedan after within immediately "
    "automatically then latest andra annat annan övriga övrigt muut muu muita kaikki alla allt "
    "others rest".split()
)


# A word for data in any inflection ("Personuppgifterna", "tietosi", "uppgifter om dig").
# (A compound ending in one, "Deltagaruppgifterna", "valmennustiedot", is left to the groups.)
_DATA_COMPOUND = re.compile(
    r"^([a-zåäö]{4,}?)-?(tiedot|tietoja|tietojen|tietoineen|uppgifterna|uppgifter|uppgiften"
    r"|uppgifternas)$"
)


# A compound that names the data as a whole: "henkilötiedot", "personuppgifterna",
# "rekisteritiedot", "kaikki tiedot".
_WHOLE_DATA_MODIFIERS = frozenset(
    "henkilö person rekisteri register kaikki övriga muut person personal".split()
)


_WHOLE_DATA_WORD = re.compile(r"tieto|tiedo|tietoj|uppgift|^data|information")


# A group whose word, in the genitive, only says whose the data after it is: "Verkkoajan-
# varauksen lokitiedot" are logs, "asiakkaan terveystiedot" health data, "bokningssystemets
# loggar" logs. The head keeps the period; the owner's group gets none from it.
# (round 35) a thing of its own too: "Tapaamisten äänitallenteet" are recordings, not bookings.
_OWNED_HEADS = ("logs", "health", "photos", "invoices", "consents", "other")


_OWNER_GROUPS = ("bookings", "clients")


def _owner_groups(words, subjects):
    """The owner groups of ``subjects`` named only as a genitive before a head group."""
    owners = []
    for index, token in enumerate(words[:-1]):
        head = words[index + 1]
        if not _genitive(token):
            continue
        for group in _OWNER_GROUPS:
            if group in subjects and group not in owners and x.GROUPS[group].is_token(token):
                if any(x.GROUPS[h].is_token(head) for h in _OWNED_HEADS if h in subjects):
                    # only when the owner's group is named nowhere else in the sentence (but
                    # as the period's start: "… kuuden kuukauden kuluttua tapaamisesta")
                    if not any(
                        x.GROUPS[group].is_token(t) and not _start_event(words, t)
                        for t in words
                        if t is not token
                    ):
                        owners.append(group)
    return owners


def _start_event(words, token):
    """Whether ``token`` names the event a period is counted from: a Finnish elative
    ("tapaamisesta", "viimeisestä käynnistä") or a word after "efter", "från", "after"."""
    if token.lower != token.lemma and token.lower.endswith(("sta", "stä")):
        return True
    index = words.index(token)
    return index > 0 and words[index - 1].lower in ("efter", "från", "sedan", "after", "from")


def _named_subject(words, verb):
    """Whether the words before a retention sentence's verb name a thing of their own (a noun
    that is no word for the data as a whole, no pronoun, number or word of time): "Palaute-
    kyselyn vastaukset poistetaan …", not "Säilytän …", "Alla andra uppgifter sparas …",
    "Kolmen vuoden kuluttua tiedot poistetaan"."""
    # A structured rule's data label has no verb: the label is the subject ("Kontaktformulärets
    # meddelanden" as a retention row's data).
    before = []
    for token in words:
        if token is verb:
            break
        before.append(token)
    # (round 22) an object put first and the subject after the verb ("Deltagarlistor från
    # workshoppar och retreatdagar raderar vi …") names its thing in more words
    inverted = (
        len(before) < len(words)
        and words[len(before) + 1 :][:1]
        and words[len(before) + 1].lower in ("vi", "jag", "we", "i")
    )
    if not before or len(before) > (6 if inverted else 3):
        return False
    if any(
        x.ALL_DATA.is_token(t) or x.RETAIN.is_token(t) or _WHOLE_DATA_WORD.search(t.lower)
        for t in before
    ):
        return False
    first = before[0]
    form = first.lower
    return not (
        form in _NOT_DATA_WORDS
        or form in NEGATORS
        or form in _TIME_WORDS
        or number_word(form) is not None
        or form[:1].isdigit()
        or _unit(first)
        or len(form) <= 3
        or not first.text[:1].isalpha()
        # a first-person verb before the object ("Poistan …", "Hävitän …") or a subclause
        or first.lemma.endswith(_INFINITIVE_ENDS)
        and first.lower != first.lemma
        # (round 19) not a Swedish noun's definite form: "Gästlistan" is "gästlista" + "n"
        and first.lower != first.lemma + "n"
        # (round 22) nor its plural: "Deltagarlistor" is "deltagarlista" in "-or"
        and first.lower not in (first.lemma[:-1] + "or", first.lemma[:-1] + "orna")
        or form in ("jos", "kun", "om", "när", "if", "when", "kunnes", "tills")
    )


# Ends of words, so that compounds count ("mittaustulokset", "testresultaten").
_RESULT_WORDS = tuple(
    "tulos tulokset mittaus mittaukset resultat resultaten mätning mätningar result results "
    "measurement measurements".split()
)


# Genitives before a data word that still mean the data as a whole ("kaikkien asiakkaiden
# tiedot", "rekisteröidyn tiedot").
_GENERAL_OWNERS = frozenset(
    "henkilön rekisteröidyn rekisteröityjen sinun teidän meidän heidän niiden näiden kaikkien "
    "jokaisen käyttäjän käyttäjien jäsenen jäsenten rekisterin palvelun yrityksen".split()
)


_CONTACT_WORDS = re.compile(
    r"^(nimi|sähköposti\w*|puhelin\w*|osoite|yhteystieto|namn|e-post\w*|telefon\w*|adress"
    r"|nummer|numero|mobilnummer|matkapuhelinnumero"
    r"|kontaktuppgift\w*|name|email|e-mail|phone|address|contact"
    # a list of names: "Osallistujalistat hävitän kauden päätyttyä", "närvarolistorna"
    r"|\w+(lista|listat|listan|list|listor|listorna|listan|listan)|\w+lists?)$"
)


def _contact_words_of_another_group(words):
    """Whether the client data a sentence names are only contact details that belong to
    another group named right before them ("Uutiskirjeen tilaajan sähköpostiosoite",
    "prenumerantens e-postadress"), not contact details named beside another group
    ("yhteystiedot ja muistiinpanot" keeps both)."""
    if not _only_contact_words(words):
        return False
    for index, token in enumerate(words):
        if x.GROUPS["clients"].is_token(token):
            if not index:
                # "yhteystiedot ja laskut säilyvät …": contact details first name no owner.
                return False
            before = words[index - 1]
            if not any(x.GROUPS[k].is_token(before) for k in GROUP_KEYS if k != "clients"):
                genitive = (
                    before.lower.endswith("n")
                    and len(before.lower) > 4
                    and not before.lemma.endswith(_INFINITIVE_ENDS)
                )
                if not genitive:
                    return False

    return True


def _only_contact_words(words):
    """Whether the sentence names client data only by contact details ("Uutiskirjeen tilaajan
    sähköpostiosoite"): then the details belong to the other group it names."""
    client_words = [t for t in words if x.GROUPS["clients"].is_token(t)]
    return bool(client_words) and all(
        _CONTACT_WORDS.match(t.lemma) or _CONTACT_WORDS.match(t.lower) for t in client_words
    )


# (round 19) A person named by a table row's label: an agent noun ("omistaja", "huoltaja",
# "osallistuja"), an owner or a holder ("hundägaren", "vårdnadshavare", "deltagare"), or a word
# of the clients that is no contact detail ("Asiakas", "Kund", "Jäsen").
_PERSON_NOUN = re.compile(
    r"(?<=\w{2})(taja|täjä|aaja|ääjä|tuja|tyjä|lija|kija|ijä)t?$"
    r"|(ägare|ägaren|ägarna|havare|havaren|havarna|tagare|tagaren"
    r"|tagarna|förälder|föräldern|föräldrar|föräldrarna|vanhempi|vanhemmat|owner|owners|parent"
    r"|parents|guardian|guardians|holder|holders)$"
)
_DATA_NOUN = re.compile(r"tieto|tiedo|uppgift|data|lista|listan|listor")


def _names_a_person(label_words):
    """Whether a table row's label (its first cell, a word or two) names the person whose
    record the row keeps, rather than the data ("Yhteystiedot") or a thing."""
    if not label_words or len(label_words) > 3:
        return False
    if any(_DATA_NOUN.search(t.lower) or _CONTACT_WORDS.match(t.lower) for t in label_words):
        return False
    return any(
        _PERSON_NOUN.search(t.lower)
        or (x.GROUPS["clients"].is_token(t) and not _CONTACT_WORDS.match(t.lemma))
        for t in label_words
        if t.lower.isalpha()
    )


_MEMBER_WORDS = re.compile(r"^(jäsen|medlem|member)")


def _only_member_words(words):
    """Whether the sentence names client data only as members' data ("Jäsentiedot")."""
    client_words = [t for t in words if x.GROUPS["clients"].is_token(t)]
    return bool(client_words) and all(
        _MEMBER_WORDS.match(t.lemma) or _MEMBER_WORDS.match(t.lower) for t in client_words
    )


_TIED_TO_OTHER_DATA = re.compile(
    r"\b(dessa|de|samma|nämä|ne|samat|these|those|the same) (\w+ )?(uppgift\w*|tiedot|tietoja"
    r"|data|details) (\w+ ){0,2}(finns( kvar)?|sparas|säilytetään|säilyvät|ovat tallessa|on "
    r"tallessa|exist|are kept|remain)\b"
)
_RIGHT_ITEM = casefree(
    r"\W*(pyytää|pyytämään|vaatia|vaatimaan|begära|kräva|få dina uppgifter|request|ask for"
    r"|have your data)\b",
    re.IGNORECASE,
)
_ERASURE_EXCEPTED = re.compile(
    r"(raderad|radera|poist|erase|delet)\w*\b.{0,60}\b(utom|förutom|med undantag|paitsi"
    r"|lukuun ottamatta|ellei|except|unless|apart from)\b"
)


def _event(words, after=None):
    """The event a period counts from. With ``after`` (the verb or the period), the event
    named after it is read first: in "jäsenen nimi, syntymäaika … (säilytetään kaksi vuotta
    jäsenyyden päättymisestä)" the birth date is data kept, the membership's end the start."""
    if any(_DATE_OF_BIRTH.match(t.lower) for t in words):
        # "syntymäaika", "födelsedatum": a date of birth is data kept, not the event a
        # period counts from ("120 vuotta syntymästä" is).
        words = Words(t for t in words if not _DATE_OF_BIRTH.match(t.lower))
    if after is not None:
        later = Words(t for t in words if t.start > after.start)
        if later:
            found = _event(later)
            if found:
                return found
    for key, concept in _EVENTS:
        if concept.find(words):
            return key
    # "när du säger upp nyhetsbrevet", "kun lopetat tilauksen": cancelling in two words
    said = " ".join(t.lower for t in words)
    # (round 22) or a stop word answered to a text message: "när du svarar STOPP på ett sms"
    if _CANCELS.search(said) or v.STOP_WORD_REPLY.search(said):
        return "consent_withdrawn"
    return ""


_CANCELS = re.compile(
    r"\bsäg(er|s|a|it|t|as) upp\b|\bsade upp\b|\blopet\w* (\w+ )?(tilau\w*|uutiskir\w*|jäsenyy\w*)"
    # (round 34) the letter first, by whatever name: "Urakirjeen voit lopettaa milloin tahansa"
    r"|\b\w*(kirjee|kirjeen|tilauk|tilaus)\w* (\w+ ){0,2}lopet\w*"
    r"|\bcancel\w*"
    # (round 16) "Tar du tillbaka samtycket …", "drar tillbaka ditt samtycke"
    r"|\b(tar|ta|tas|tagit|drar|dra) (\w+ ){0,2}tillbaka (\w+ ){0,2}(samtycke\w*|medgivande\w*)"
    # (round 25) saying no to the messages: "när du säger nej till sms:en", "kun sanot ei
    # viesteille", "kun kiellät tarjoukset", "when you opt out"
    r"|\b(säg(er|a|s)?|sa(de|gt)?) nej\b|\bsano(t|tte|o)? ei\b|\bkiellät(te)?\b"
    # "när du säger till att du inte vill ha breven", "kun ilmoitat, ettet enää halua"
    r"|\binte (längre )?vill ha\b|\bet(te)? (enää )?halua\b|\bettet(te)? (enää )?halua\b"
    r"|\bno longer want\b|\b(do not|don't) want\b"
    r"|\bopt(s|ed)? out\b|\bsay(s)? no\b"
)


_DATE_OF_BIRTH = re.compile(
    r"(syntymä|födelse|birth)(aika|ajan|aja|päiv|vuo|datum|dag|år|date|day|year)"
)


# A data item with its period or criterion in brackets after it ("kameratallenteet (21
# vuorokautta)", "sähköpostiosoitteet (kunnes tilaus perutaan)", "e-post (tills du avslutar
# prenumerationen)"): the bracket is the item's retention, as a table row's cell is.
# (round 34) the data may hold a bracket of their own before the period's: "hoitokortti:
# esitiedot (sairaudet, lääkitys), vaivat ja annetut hoidot (12 vuotta potilaan kuolemasta …)"
_BRACKET_ITEM = re.compile(
    r"^(?P<data>(?:[^()]|\([^()]{0,200}\)){2,300}?)\s*\((?P<inner>[^()]{3,200})\)\s*[.;,]?$"
)


_KEPT_AFTER = casefree(r"\b(efter|jälkeen|after|päätyttyä|päätyttyään)\b", re.I)
_RELATIONSHIP_END_JUDGED = casefree(
    r"(asiakkuu\w*|asiakassuhte\w*|kundrelation\w*|kundförhållande\w*|relationship)\W+(\w+\W+){0,3}"
    r"(katsotaan päättyneeksi|on päättynyt|anses (vara )?avslutad|har upphört|has ended|is over)"
    r".{0,60}\b(arvioi\w*|tapauskohtai\w*|harkin\w*|bedöm\w*|från fall till fall|avgör\w*"
    r"|case by case|judge\w*|decide\w*)"
    # (round 29) the judgement first: "när vi bedömer att kundrelationen har upphört", "kun
    # arvioimme asiakkuuden päättyneen"
    r"|\b(bedöm\w*|anser|arvioi\w*|katso\w*|judge\w*|deem\w*|consider\w*)\W+(\w+\W+){0,2}"
    r"(asiakkuu\w*|asiakassuhte\w*|kundrelation\w*|kundförhållande\w*|(the )?relationship)"
    r"\W+(\w+\W+){0,2}(päättyn\w*|upphört|avslutad\w*|ended|is over)",
    re.IGNORECASE,
)


def _criterion_of_its_own(words):
    """A criterion word that is no part of the law's own name: "voimassa olevan lainsäädännön
    mukaan" is the law in force, named by none (round 22), not "sopimuksen ollessa voimassa"."""
    found = x.CRITERION.find(words)
    if found is None:
        return None
    index = next((i for i, t in enumerate(words) if t is found), None)
    following = words[index + 1].lower if index is not None and index + 1 < len(words) else ""
    if found.lower == "voimassa" and following.startswith("olev"):
        return None
    return found


_CANCELLED_DATA = casefree(
    r"\b(peruutet\w*|perutu\w*|perutt\w*|avbokade|avbokad\w*|cancell?ed)\b", re.IGNORECASE
)
_EVENT_LINK = casefree(
    r"\b(kun|kunnes|jolloin|när|tills|då|until|when|asti|saakka|jälkeen|efter|after|från|from"
    r"|alkaen|lähtien)\b",
    re.IGNORECASE,
)
_WAITING_TIME = casefree(
    r"\b(jonotusai\w*|odotusai\w*|jonotus kestää|väntetid\w*|kötid\w*|waiting times?|the wait)\b",
    re.IGNORECASE,
)
_BUT = casefree(r"\b(men|mutta|but)\b", re.IGNORECASE)


def _kept_on_but_vaguely(sentence):
    """(round 22) One use stopped on an event, "but" the data stay on with an end no one can
    check: "Tar du tillbaka ditt samtycke plockar jag bort bilden från webbplatsen, men själva
    bilderna ligger kvar i telefonen tills minnet blir fullt" (GDPR Art 13(2)(a))."""
    found = _BUT.search(sentence)
    if not found:
        return False
    rest = sentence[found.end() :]
    return bool(
        (_STAYS_ON.search(rest) or _KEEPS_AGAIN.search(rest))
        and (_JUDGED_END.search(rest) or _indefinite(rest) or _KEEPER_CAPACITY.search(rest))
    )


# "… parisen vuotta, mutta jos asiakas todennäköisesti palaa, säilytän niitä pidempäänkin"
_KEEPS_AGAIN = casefree(
    r"\b(säilyt\w*|säily\w*|pidän|pidämme|sparar|sparas|behåller|behålls|keep|keeps|kept)\b",
    re.IGNORECASE,
)


def _kept_on_after(rest):
    """Whether what a sentence says after its period ("därefter …", "minkä jälkeen …") keeps
    the data on with no end: "och därefter ligger de kvar i arkivet", "minkä jälkeen ne jäävät
    kansioon" (not what is left of them, "jäljelle jää vain lasku", "finns inget kvar", nor a
    deletion)."""
    lowered = rest.lower()
    return bool(
        _STAYS_ON.search(lowered)
        and not _ONLY_LEFT.search(lowered)
        and not REMOVED_WORD.search(lowered)
    )


_ONLY_LEFT = casefree(
    r"\b(jäljelle|vain|ainoastaan|pelkkä\w*|bara|endast|enbart|only|anonym\w*|tilasto\w*"
    r"|statisti\w*|inget|ingenting|inga|mitään|nothing|none)\b",
    re.I,
)
_STAYS_ON = casefree(
    r"\b(ligger|finns|är|stannar|blir) kvar\b|\bjää(vät|\b)|\bjäävät\b|\bpysyvät\b|\bremains?\b"
    # (round 29) a pronoun or an adverb between: "ligger de kvar", "blir därefter kvar"
    r"|\b(ligger|stannar|blir) (de|dessa|den|därefter|sedan|fortfarande|ändå) kvar\b"
    r"|\bstays?\b|\barkistoi\w*|\barkiver\w*|\barchived?\b",
    re.I,
)


def _negator_near(words, verb, lang, before=4, after=3):
    """Whether a negator of the notice's language stands within a few words of the keeping verb
    ("ei säilytetä", "sparas inte", "Arkivet rensar jag inte"; Swedish "en tid" is no "en")."""
    at = next(i for i, t in enumerate(words) if t is verb)
    own = negators(lang)
    return any(t.lower in own for t in words[max(0, at - before) : at + after + 1])


def _until_cell(cell):
    """Whether a row's last cell is a criterion: "kunnes perut tilauksen", also after a word or
    two of its own ("listalla, kunnes klikkaat peruutuslinkkiä", "på listan tills du …")."""
    cell = cell.strip()
    return bool(
        _UNTIL.match(cell)
        or _UNTIL.match(_CELL_LEAD.sub("", cell, count=1))
        or _WITH_OTHER_DATA.search(cell)
    )


# (round 26) a period tied to other data's: "Nödkontakt | namn och telefonnummer | stryks samma
# dag som ägarens uppgifter", "poistetaan samaan aikaan kuin asiakkaan tiedot" (the period of the
# data named, which has its own)
# (the other data a record: "som en del av skolans historia" keeps photos with no end)
_RECORD_NOUN = (
    r"(\w*kertomu\w*|\w*kort(et|en|ets|in)?\b|\w*asiakirj\w*|\w*rekister\w*|\w*journal\w*"
    r"|\w*akt(en)?\b|\w*records?\b|\w*files?\b|\w*cards?\b)"
)
_PART_OF_OTHER_DATA = casefree(
    r"\b(" + _RECORD_NOUN + r"|sen|niiden) (osana|mukana)\b"
    r"|\b(som (en )?del av|tillsammans med|as (a )?part of|(along|together) with) (\w+ )?"
    + _RECORD_NOUN,
    re.I,
)
_WITH_OTHER_DATA = casefree(
    r"\b(samma dag som|samtidigt som|samaan aikaan kuin|samana päivänä kuin|yhtä aikaa kuin"
    r"|together with|at the same time as|on the same day as)\b",
    re.I,
)


_CELL_LEAD = casefree(
    r"^[\w-]+( [\w-]+){0,2},? (?=(kunnes|tills|until|så länge|niin kauan)\b)", re.I
)


_UNTIL = casefree(
    r"^(kunnes|siihen asti|niin kauan|tills|till dess|så länge|until|as long"
    # "till slutet av året efter lägret", "vuoden loppuun asti"
    r"|till slutet av|fram till|to the end of)\b"
    # "valmennuksen päättymiseen asti", "kurssin loppuun saakka": until an event
    r"|^\w+ (päättymiseen|loppuun|loppumiseen|purkamiseen|peruuttamiseen) (asti|saakka)\b",
    re.I,
)


_SETTING = re.compile(r"(oletus|käyttäjä|järjestelmä|laite|selain|tili|profiili)asetu")
_LAW_TOKEN = re.compile(r"(laki|lain|lakia|lakiin|lagen|lag|asetus|asetuksen|förordning\w*)$")


# Statute numbers that are the data-protection law itself (GDPR, Tietosuojalaki, the repealed
# Henkilötietolaki): they oblige nothing to be processed.
DATA_PROTECTION_NUMBERS = ("2016/679", "1050/2018", "523/1999")


STATUTE_RE = re.compile(r"\b\d{2,4}/(19|20)\d{2}\b")


def _law_named(words, sentence=""):
    """The law a sentence names by name ("kirjanpitolain", "bokföringslagen", "785/1992"), as
    its lemma or number; "" when it names none or only "laki"/"lag" in general."""
    for m in STATUTE_RE.finditer(sentence):
        if m.group(0) not in DATA_PROTECTION_NUMBERS:
            return m.group(0)
    if re.search(
        r"potilaan asemasta|patientens ställning|om journalhandlingar|potilasasiakirjoista",
        sentence,
        re.I,
    ):
        return "785/1992"
    for token in words:
        if token.lower in _LAWS_IN_GENERAL:
            continue
        for form in (token.lemma, token.lower):
            if x.REAL_OBLIGATIONS.is_token(token) or x.DATA_PROTECTION_LAWS.is_token(token):
                return form
            if (
                _LAW_TOKEN.search(form)
                and len(form) > 6
                # (round 32) a setting is no decree: "oletusasetusten", "käyttäjäasetus"
                and not _SETTING.search(form)
                and form
                not in (
                    "lainsäädäntö",
                    "laki",
                    "lain",
                    "lakia",
                    "lakiin",
                    "lag",
                    "lagen",
                )
            ):
                return form
    return ""


# (round 34) laws and decrees in the plural name none: "så länge lagar och förordningar
# tillåter", "lakien ja asetusten salliman ajan"
_LAWS_IN_GENERAL = frozenset(
    "förordningar förordningarna lagar lagarna lait lakien lakeja asetukset asetusten asetuksia "
    "laws regulations".split()
)


_AGE_WORDS = frozenset(
    "barn barnen barnet lapset lapsille lasten lapsi lapsen ikä ikäiset ålder åldern åldrarna "
    "elever ungdomar nuoret aged age children kids".split()
)
_PART_ANAPHORS = frozenset("ne niitä nämä näitä de dem dessa they them these".split())
_DEFINITE_DATA = frozenset("uppgifterna tiedot tietoja data".split())
_ROW_LABEL = re.compile(r"^[-–•*]?\s*[^:–—|]{2,60}?(\s[–—|-]\s|:\s)")


_LABEL_ROW = re.compile(r"^[-–•*]?\s*(?P<label>[^:]{2,60}?):\s+(?P<value>\S.*)$")


_MAILING_LIST = casefree(
    r"\b(listalta|listasta|postituslista\w*|sähköpostilista\w*|ur listan|från listan"
    r"|utskickslista\w*|sändlista\w*|e-postlista\w*|from the (mailing )?list|mailing list"
    r"|erbjudandelista\w*|nyhetslista\w*|tarjouslista\w*|tarjouslistal\w*)\b",
    re.I,
)


def _retention_value(sentence, words, period, event):
    if period:
        count, unit, index = period
        start = max(0, index - 1)
        end = min(len(words), index + 4)
        return sentence[words[start].start : words[end - 1].start + len(words[end - 1].text)]
    return sentence.strip()


# The law in general, no law named: "lain edellyttämän ajan", "den tid som lagstiftningen
# förutsätter", "as the law requires".
GENERIC_LAW_RE = casefree(
    r"\blai\w*|\blaki\b|\blakien\b|lainsäädän\w*|\blag(en|ar|arna|stiftning\w*|krav\w*)?\b|\blaws?\b|legislation"
    # "lakisääteisen ajan", "den lagstadgade tiden", "the statutory period": a law named by none
    r"|lakisäätei\w*|lagstadga\w*|statutory",
    re.IGNORECASE,
)
