"""The notice's own rules: what it says, held against GDPR Art 12–14, Art 9, Chapter V and
917/2014 §205.

Each rule takes a ``NoticeReading`` and yields findings. Rules read meaning, not presence: a
statement counts wherever it stands and however it is worded (vocabulary.py holds the
wordings), and a rule that depends on a condition (portability where a purpose rests on consent
or contract) fires only when the notice shows the condition.
"""

import dataclasses
import functools
import re

from django.utils.translation import gettext as _

from ..known_services import services, tracker
from ..legal_bases import cited_bases
from ..validators import business_id_is_valid
from . import lexicon as x
from . import meaning
from . import vocabulary as v
from .claims import (
    _FOLLOW_US,
    _STREET_RE,
    NOT_INSIDE_A_WORD,
    SAFEGUARDS,
    _states_portability,
    _words_of,
    bases_in,
    placeholder_text,
    service_body,
)
from .findings import ERROR, WARNING, Finding
from .reading import RIGHTS, NoticeReading, sentences, strings
from .retention import groups_in
from .search import casefree, found_in
from .spelling import Restored

# Henkilötietolaki 523/1999 was repealed on 1.1.2019 by Tietosuojalaki 1050/2018 (its 37 §).
# Every inflection of "henkilötietolaki" starts with "henkilötietola"; "henkilötietojen" does not.
REPEALED_LAW_RE = casefree(
    r"henkil[öo]tietola\w*|523\s*/\s*1999|personuppgiftslag\w*|personal data act",
    re.IGNORECASE,
)
INTEREST_DESCRIBED = casefree(
    r"(oikeutet\w* e[dt]\w*|berättiga\w* intresse\w*|legitimate interests?"
    r"|legitiimi\w* (?:e[dt]\w*|intressi\w*)|legitimt? intresse\w*)"
    r"(\s+\w+){0,2}\s*(on|ovat|eli|:|;|–|-|\(|är|is|to)\s*\S"
    r"|\b(jotta|koska|voidakse\w*|eli|för att|eftersom|i syfte|in order to|because|so that)\b"
    # (round 25) "berättigat intresse, det vill säga att vi vill veta …", "…, dvs. …"
    r"|\b(det vill säga|dvs|alltså|nämligen|toisin sanoen|nimittäin|that is|namely)\b"
    # (round 25) the interest as an infinitive: "berättigat intresse, att kunna försäkra mig om
    # …", "oikeutettu etu, että voimme …"
    r"|(oikeutet\w* e[dt]\w*|berättiga\w* intresse\w*|legitimate interests?"
    r"|legitiimi\w* (?:e[dt]\w*|intressi\w*)|legitimt? intresse\w*),?\s+"
    r"(att|että|to)\s+\w+\s+\w{3,}"
    # after a comma, an interest in two words or more, not another basis ("Oikeutettu etu,
    # palvelun kehittäminen"; not "oikeutettu etu, sopimus")
    r"|(oikeutet\w* e[dt]\w*|berättiga\w* intresse\w*|legitimate interests?"
    r"|legitiimi\w* (?:e[dt]\w*|intressi\w*)|legitimt? intresse\w*),\s*"
    r"(?!(sopimu|suostum|lakisää|velvoit|avtal|samtyck|rättslig|contract|consent|legal)\w*)"
    r"\w{4,}\s+\w{3,}"
    # a relative clause on the interest: "oikeutettu etuni, joka on kehittää vastaanottoa"
    r"|(oikeutet\w* e[dt]\w*|berättiga\w* intresse\w*|legitimate interests?"
    r"|legitiimi\w* (?:e[dt]\w*|intressi\w*)|legitimt? intresse\w*),\s*"
    r"(joka|jonka|mikä|som|which|that)\s+\w+\s+\w{3,}",
    re.IGNORECASE,
)
# A purpose line that goes on after the basis with what the interest is ("Kameravalvonta –
# oikeutettu etumme estää rikoksia ja selvittää vahinkoja"): Art 13(1)(d) is met in its text.
INTEREST_INLINE = casefree(
    r"(oikeutet\w* e[dt]\w*|berättiga\w* intresse\w*|legitimate interests?"
    r"|legitiimi\w* (?:e[dt]\w*|intressi\w*)|legitimt? intresse\w*)\s+"
    r"(?!(?:perusteella|nojalla|mukaisesti|pohjalta|grund|basis|on|ovat|är|is)\b)\w+\s+\w+",
    re.IGNORECASE,
)
# A sentence about the interest itself ("Oikeutettu etumme on …", "Vårt berättigade intresse
# är …"), not a purpose line that also names one.
_INTEREST_FIRST = casefree(
    r"^\W*(\w+\s+)?(oikeutet\w* e[dt]\w*|berättiga\w* intresse\w*|legitimate interests?"
    r"|legitiimi\w* (?:e[dt]\w*|intressi\w*)|legitimt? intresse\w*)",
    re.I,
)
_PROCESSING_AS_A_WHOLE = casefree(r"käsittel|behandl|\bprocess", re.I)
ACCOUNTING_ACT = casefree(r"kirjanpitola|bokföringslag|1336/1997|accounting act", re.I)
REPLACED_RE = casefree(
    r"korva(si|nnut|ttu|a)|kumo(si|ttu|nnut|ttiin)|tilalle|ersatte|ersatt|upphävd|upphävde"
    r"|replaced|repealed|superseded",
    re.IGNORECASE,
)
# The GDPR applies since 25.5.2018; templates often claim it entered into force on 1.1.2019.
WRONG_GDPR_DATE_RE = casefree(
    r"(1\.\s?1\.\s?2019|1\.1\.19)[^.]{0,80}tietosuoja-asetu|tietosuoja-asetu\w*[^.]{0,80}1\.\s?1\.\s?2019",
    re.IGNORECASE,
)
# Any other date given as the GDPR's entry into force or application (Art 99: in force since
# 24.5.2016, applied since 25.5.2018): "tuli voimaan 25.5.2016", "trädde i kraft 1.5.2018".
_GDPR_NAME_RE = casefree(
    r"tietosuoja-asetu|dataskyddsförordning|\bgdpr\b|2016/679"
    r"|general data protection regulation",
    re.IGNORECASE,
)
# A month written out: "25. toukokuuta 2016", "den 25 maj 2018", "25 May 2018".
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "tammikuuta januari january",
            "helmikuuta februari february",
            "maaliskuuta mars march",
            "huhtikuuta april",
            "toukokuuta maj may",
            "kesäkuuta juni june",
            "heinäkuuta juli july",
            "elokuuta augusti august",
            "syyskuuta september",
            "lokakuuta oktober october",
            "marraskuuta november",
            "joulukuuta december",
        ),
        start=1,
    )
    for name in names.split()
}
_DATE = r"\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{1,2}\.?\s(?:" + "|".join(_MONTHS) + r")\s\d{4}"
_GDPR_DATE_RE = casefree(
    # (round 28) "blev gällande i Finland den 1 januari 2019", "började gälla"
    r"(?:voimaan|voimassa|sovell\w*|i kraft|tillämp\w*|in force|effect|appl\w*|gällande|gälla)"
    rf"[^.\d]{{0,25}}(?P<a>{_DATE})"
    rf"|(?P<b>{_DATE})[^.\d]{{0,25}}"
    r"(?:voimaan|alkaen|i kraft|tillämp\w*|in force|appl\w*)",
    re.IGNORECASE,
)
# The Regulation named again by a bare noun in the next sentence: "Asetus on ollut voimassa …"
_GDPR_AGAIN_RE = casefree(r"^\W*(asetus|förordningen|the regulation)\b", re.IGNORECASE)


_OTHER_DECREE_RE = casefree(r"(?<!tietosuoja-)asetu|(?<!dataskydds)förordning", re.IGNORECASE)


def _numeric_date(date):
    """ "25. toukokuuta 2016" → "25.5.2016"; a numeric date unchanged."""
    words = date.replace(".", " ").split()
    if len(words) == 3 and words[1].lower() in _MONTHS:
        return f"{int(words[0])}.{_MONTHS[words[1].lower()]}.{words[2]}"
    return date


_GDPR_DATES = ("24.5.2016", "25.5.2018")
_OTHER_LAW_RE = casefree(
    r"tietosuojala\w*|dataskyddslag\w*|1050/2018|henkilötietola\w*|personuppgiftslag\w*",
    re.IGNORECASE,
)


def wrong_gdpr_dates(r):
    """The sentences that give the GDPR a date of entry into force or application other than
    its own (Art 99(1)-(2)), with the date given."""
    found = []
    before = ""
    for _kind, text in r.sentences:
        said_before, before = before, text
        # (only when no other decree is named there: "asetus potilasasiakirjoista")
        again = (
            _GDPR_AGAIN_RE.search(text)
            and _GDPR_NAME_RE.search(said_before)
            and not _OTHER_DECREE_RE.search(said_before)
        )
        if not _GDPR_NAME_RE.search(text) and not again:
            continue
        for match in _GDPR_DATE_RE.finditer(text):
            # "… tietosuojalakiin (1050/2018), joka tuli voimaan 1.1.2019": the date is the law's
            # named last before it, not the GDPR's.
            if _named_last(text, match.start()) == "law":
                continue
            date = _numeric_date(match.group("a") or match.group("b"))
            date = re.sub(r"\s", "", date)
            date = re.sub(r"\b0(\d)", r"\1", date)
            if date not in _GDPR_DATES:
                found.append((text, date))
    return found


def _named_last(text, end):
    """ "gdpr" or "law": the act a date at ``end`` belongs to (None if none is named). A
    relative clause ("tietosuojalakiin, joka tuli voimaan 1.1.2019") gives it to the act before;
    otherwise a Finnish participle ("1.1.2019 alkaen sovellettavaan tietosuoja-asetukseen")
    gives it to the act after, and failing that to the act before."""
    names = sorted(
        [(m.start(), m.end(), "gdpr") for m in _GDPR_NAME_RE.finditer(text)]
        + [(m.start(), m.end(), "law") for m in _OTHER_LAW_RE.finditer(text)]
    )
    before = [n for n in names if n[1] <= end]
    after = [n for n in names if n[0] >= end]
    # (any case of the relative pronoun: "tietosuoja-asetuksen mukaisesti, jota on sovellettu
    # 1.1.2019 alkaen")
    if before and re.search(
        r"\b(joka|jonka|jota|jotka|joita|jolla|jossa|som|vilken|vilket|which|that)\b",
        text[before[-1][1] : end],
        re.I,
    ):
        return before[-1][2]
    if after and re.search(
        r"voimaan tul|sovellettav|alkaen|tillämpa|i kraft", text[end : after[0][0]], re.I
    ):
        return after[0][2]
    if before:
        return before[-1][2]
    return after[0][2] if after else None


def _gdpr_said_to_start_2019(text):
    """ "tietosuoja-asetus … 1.1.2019", unless the date is the Tietosuojalaki's, named after
    the GDPR ("… ja tietosuojalakiin (1050/2018), joka tuli voimaan 1.1.2019")."""
    if not WRONG_GDPR_DATE_RE.search(text):
        return False
    dates = list(re.finditer(r"1\.\s?1\.\s?(2019|19)\b", text))
    return any(_named_last(text, m.start()) != "law" for m in dates)


# Kept for code that imported them from the single-module check.
COMPLAINT_RE = v.AUTHORITY
WITHDRAWAL_RE = v.WITHDRAWAL

RULES = []


def rule(function):
    RULES.append(function)
    return function


# A finding that says more than another on the same matter replaces it.
SUPERSEDES = {"transfer-without-safeguard": {"missing-transfers"}}


def check_notice(notice):
    """The findings of the notice's own rules for a notice dict, in rule order."""
    # (round 33) a notice typed without å, ä and ö is read with them put back; its findings
    # quote it as written
    restored = Restored(notice)
    reading = NoticeReading(restored.notice)
    findings = [finding for check in RULES for finding in check(reading)]
    replaced = {code for f in findings for code in SUPERSEDES.get(f.code, ())}
    return [
        dataclasses.replace(f, sentences=tuple(restored.as_written(s) for s in f.sentences))
        if restored.changed and f.sentences
        else f
        for f in findings
        if f.code not in replaced
    ]


def _has_content(section, *list_fields):
    text = (section.get("text") or "").strip()
    # (round 30) a dash alone ("8. Tietojen siirto EU:n tai ETA:n ulkopuolelle" / "-"), an old
    # template's section left unfilled, says nothing
    if text and not placeholder_text(text) and re.search(r"[^\W_]", text):
        return True
    return any(section.get(field) for field in list_fields)


def _first_kind(pairs, default=None):
    return pairs[0][0] if pairs else default


# The controller ------------------------------------------------------------------------------


@rule
def controller_contact(r):
    # GDPR Art 13(1)(a): the controller's identity and contact details. They may stand in the
    # controller fields, on the controller section's own lines, or with its contact person. A
    # placeholder ("[email protected]" left by a web page's email protection, "[sähköposti]",
    # "040 XXX XXXX") is no contact.
    c = r.controller
    name = (c.get("name") or "").strip() or any(
        _names_someone(line)
        for s in r.of_kind("controller")
        for line in (s.get("text") or "").split("\n")
    )
    contacts = [
        claim
        for claim in r.claims_of("controller_contact")
        if claim.subject in ("email", "phone", "address")
    ]
    real = [claim for claim in contacts if not claim.detail.get("placeholder")]
    placeholders = [claim for claim in contacts if claim.detail.get("placeholder")]
    # "Personuppgiftsansvarig: Massage Lövdal / Johan Lövdal, FO-nummer …, Skolgatan 4, …": a
    # controller line gives the name before its contacts.
    name = name or any(
        claim.sentence != claim.value and _names_in_controller_line(claim.sentence)
        for claim in real
    )
    if not name or not real:
        yield Finding(
            "missing-controller-contact",
            ERROR,
            _(
                "The controller's name and contact details are missing or only a placeholder. "
                "Fill in the business name and at least a real email address in the controller "
                "details (GDPR Art 13(1)(a))."
            ),
            "controller",
            "GDPR Art 13(1)(a)",
            tuple(dict.fromkeys(claim.sentence for claim in placeholders))[:3],
        )
    business_id = (c.get("business_id") or "").strip()
    invalid = [business_id] if business_id and not business_id_is_valid(business_id) else []
    if not business_id:
        # The importer keeps an ID whose check digit is wrong in the text, not in the field.
        invalid = [
            m.group("id")
            for s in r.of_kind("controller", "other")
            for m in _LABELLED_ID.finditer(s.get("text") or "")
            if not business_id_is_valid(m.group("id"))
        ][:1]
    if invalid:
        yield Finding(
            "invalid-business-id",
            ERROR,
            _(
                "The business ID “%(value)s” is not valid: its check digit does not match. Copy "
                "the Y-tunnus from the YTJ service (ytj.fi)."
            )
            % {"value": invalid[0]},
            "controller",
            "",
        )


_LABELLED_ID = casefree(
    r"(?:y-?tunnus|fo-?nummer|fo-?nr|org\.?\s?nr|business id)\D{0,12}?(?P<id>\b\d{7}-\d\b)",
    re.IGNORECASE,
)
_BUSINESS_ID = casefree(r"\(?\s*(y-tunnus|fo-nummer|business id)\s*:?\s*[\d-]+\s*\)?", re.I)


_CONTROLLER_LABEL = casefree(
    r"^\s*(rekisterinpitäjä|rekisterin pitäjä|personuppgiftsansvarig|registeransvarig|ansvarig"
    r"|(data )?controller)\s*[:–-]\s*",
    re.IGNORECASE,
)


def _names_in_controller_line(line):
    """Whether a controller line that carries contacts names the business in its first part."""
    first = re.split(r",|/|\|", _CONTROLLER_LABEL.sub("", line or ""), maxsplit=1)[0]
    return bool(first.strip()) and _names_someone(first) and not _STREET_RE.search(first)


def _names_someone(line):
    """A controller line that names the business: "Kuuma Kivi Oy (Y-tunnus 3006642-2)"."""
    line = _BUSINESS_ID.sub(" ", line).strip()
    return bool(re.search(r"[^\W\d_]{3,}", line)) and not v.CONTACT_VALUE.search(line)


# Purposes and legal bases --------------------------------------------------------------------

# "Journalanteckningar: lagen om patientens ställning och rättigheter (785/1992)": a statute
# named for a purpose is its legal obligation (GDPR Art 6(1)(c)). An Art 9(2) condition is no
# Art 6 basis and does not count here.
_STATUTE_FOR_PURPOSE = re.compile(r"\b\d{2,4}/(19|20)\d{2}\b")
_DATA_PROTECTION_ONLY = re.compile(r"2016/679|1050/2018|523/1999")


def _names_its_law(purpose):
    found = [m.group(0) for m in _STATUTE_FOR_PURPOSE.finditer(purpose)]
    return any(not _DATA_PROTECTION_ONLY.fullmatch(f) for f in found)


_ART9 = casefree(r"\b9\s*(art|\(2\))|artikla\w* 9|artikel 9|art\.? 9\b|9 artikla|\b9\.2\b", re.I)


def _has_basis(r, text):
    return (
        any(w.search(text) for w in v.BASIS_WORDS.values())
        # "vårdavtal", "hoitosopimus": the basis read as lemmas (compounds included).
        or bool(bases_in(r, text))
        or bool(cited_bases(text))
        or _names_its_law(text)
    )


# "Käsittelemme tietojasi, jotta …", "Jag behandlar dina uppgifter för att …", "We process your
# data so that …": a sentence that says why the data is processed, as a whole.
_OVERVIEW = casefree(
    r"^(?:käsittel\w*|keräämme|kerään|vi behandlar|jag behandlar|behandlar vi|behandlar jag|"
    r"we process|i process)\b.{0,60}\b(?:jotta|koska|för att|eftersom|so that|in order to|to)\b"
    # (round 15) the purposes counted before they are told: "Tarvitsen tietojasi neljään
    # asiaan.", "Jag använder uppgifterna till tre saker.", "for four purposes"
    r"|^[^.]{0,60}\b(?:kahteen|kolmeen|neljään|viiteen|kuuteen|två|tre|fyra|fem|sex|two|three"
    r"|four|five|six|\d)\s+(?:eri\s+)?(?:asiaan|tarkoitukseen|käyttötarkoitukseen|saker|ändamål"
    r"|syften|things|purposes)\b",
    re.I,
)


_WHO_SEES = casefree(
    r"\b(läses|luetaan|lukee|näkee|näkevät|ser|har tillgång|pääsy\w*|käsittelee vain|vain \w+ itse"
    r"|bara|endast|ainoastaan|only)\b",
    re.I,
)
_PURPOSE_MARKER = casefree(
    r"\bsiihen,? että\b|\bså att\b|\bjotta\b|\bvarten\b|tarkoitu|\bvoidakse\w*|\bför att\b"
    r"|\bi syfte\b|ändamål|\bin order to\b|\bpurpose|\bso that\b|\w+(miseen|mään|maan)\b",
    re.I,
)


def _purposes_without_basis(r):
    """The listed purposes that name no legal basis, read as the notice means them.

    Not purposes of their own: a fragment of the sentence before ("du kan boka utan den."),
    the Art 9(2) condition of the health data (no Art 6 purpose), and the items of a data list
    the importer took for purposes ("nimi, henkilötunnus, osoite", "esitiedot …"). A purpose
    whose basis the next sentence gives ("… tarjoamme kanta-asiakashinnan. Tämä perustuu
    oikeutettuun etuumme …") has one.
    """
    items = r.purposes
    lacking = []
    numbered = _numbers_given_bases(r)
    # A purpose whose own text makes conduct count as consent ("Erbjudanden per sms. När du
    # köper ett kort godkänner du att vi skickar erbjudanden") states a basis, an invalid one:
    # consent-by-conduct reports it, with the fix.
    conduct = [c.sentence for c in r.claims_of("consent_by_conduct")]
    # A sentence of keeping or of withdrawing a consent ("Verifikaten sparas sex år …", "Du kan
    # återkalla det när som helst …") that the importer listed among the purposes is no purpose.
    # (A period counted from an event or set by a law: "voit tallentaa … ja muistutamme sinua
    # viikkoa ennen" is a purpose that happens to store and count.)
    kept = {
        c.sentence.strip()
        for c in r.claims_of("retention")
        if c.sentence and (c.detail.get("counted_from") or c.detail.get("law"))
    }
    # "Fältet är frivilligt, och du kan boka klasser utan att fylla i det.": whether the data
    # must be given (Art 13(2)(e)) is said of the purpose before, no purpose of its own.
    kept |= {c.sentence.strip() for c in r.claims_of("requirement") if c.sentence}
    for index, purpose in enumerate(items):
        text = (purpose.get("purpose") or "").strip()
        if purpose.get("legal_basis") or _has_basis(r, text):
            continue
        if text in kept or (
            (v.WITHDRAWAL.search(text) or _OPT_OUT.search(text))
            and not _PURPOSE_MARKER.search(text)
        ):
            continue
        if any(sentence and sentence in text for sentence in conduct):
            continue
        if _footnote_gives_basis(r, text, conduct):
            continue
        if _named_later_with_basis(r, text):
            continue
        if numbered and _list_position(items, purpose) in numbered:
            # "1. Kurssi-ilmoittautumiset …" and below the list "Kohdat 1 ja 2 perustuvat
            # sopimukseen …": a numbered purpose given its basis by its number
            continue
        if conduct and _CROSS_REFERENCE.search(text):
            # "Kampanjatarjoukset tekstiviestillä: ks. kohta 7 (Ajanvarausehdot)", where the
            # terms take booking as consent: the basis stated there, consent-by-conduct's to
            # report (its fix, the contract or a consent asked apart, is the same).
            continue
        if text[:1].islower() and text.endswith("."):
            continue
        if _ART9.search(text):
            continue
        previous = items[index - 1] if index else {}
        if (
            (previous.get("legal_basis") or _has_basis(r, previous.get("purpose") or ""))
            and _WHO_SEES.search(text)
            and not _PURPOSE_MARKER.search(text)
        ):
            # "Ansökningarna läses bara av salongens ägare.", "Tietoja käsittelee vain
            # hoitaja itse.": who sees the data of the purpose before, no purpose of its own.
            continue
        if _OVERVIEW.match(text) and (
            sum(
                bool(p.get("legal_basis") or _has_basis(r, p.get("purpose") or ""))
                for p in items[index + 1 :]
            )
            >= 2
        ):
            # "Käsittelen tietojasi, jotta voin sopia tapaamisista, toteuttaa terapian ja
            # laskuttaa käynnit. Ajanvaraus ja terapia perustuvat hoitosopimukseen. … perustuu
            # kirjanpitolakiin.": an overview of the processing whose parts the sentences after
            # it give their bases; it is no purpose of its own.
            continue
        following = items[index + 1] if index + 1 < len(items) else {}
        follows = (following.get("purpose") or "").strip()
        if (
            meaning.ANAPHOR.match(follows)
            or _names_again(r, text, follows)
            or _REFERS_BACK.match(follows)
        ) and (following.get("legal_basis") or _has_basis(r, follows)):
            continue
        lacking.append(purpose)
    data_items = [p for p in lacking if groups_in(_words_of(r, p.get("purpose") or ""))]
    if len(lacking) >= 2 and len(data_items) == len(lacking):
        return []
    return lacking


# "Kohdat 1 ja 2 perustuvat sopimukseen", "Kohta 3 on lakisääteinen velvoite", "Punkterna 1–3
# grundar sig på avtalet": bases given to numbered purposes by their numbers.
_NUMBERED_ITEMS = casefree(
    r"\b(kohd(at|a|an|issa|ille)|kohta|punkt(erna|en)?|items?|points?)\s+"
    r"(?P<numbers>\d{1,2}(?:\s*(?:,|ja|och|and|–|-)\s*\d{1,2})*)",
    re.IGNORECASE,
)


def _named_later_with_basis(r, text):
    """Whether a sentence of the purposes or the basis section opens by naming the purpose and
    gives its basis ("5. jonotuslistan pitämiseen" … "Jonotuslista perustuu pyyntöösi …")."""
    # the purpose's own head, its first word ("jonotuslistan pitämiseen"), not any word of it
    named = {t.lemma for t in _words_of(r, text)[:1] if len(t.lemma) >= 5}
    if not named:
        return False
    for kind, sentence in r.sentences:
        if kind not in ("purposes", "legal_basis") or sentence.strip() == text:
            continue
        opening = _words_of(r, sentence)[:1]
        if opening and len(opening[0].lemma) >= 5 and opening[0].lemma in named:
            if _gives_basis(r, sentence):
                return True
        # (round 15) "Bokningen sker enligt avtal och nyhetsbrevet med ditt samtycke": a basis
        # sentence that names each purpose in turn names this one too
        if _gives_basis(r, sentence) and any(
            len(t.lemma) >= 5 and t.lemma in named for t in _words_of(r, sentence)[1:]
        ):
            return True
        # "Molemmat perustuvat asiakassopimukseen", "Båda grundar sig på avtalet", "Kaikki
        # käsittely perustuu sopimukseen", "Näiden peruste: sopimus": a basis given to all the
        # purposes at once
        if _COLLECTIVE.match(sentence) and _gives_basis(r, sentence):
            return True
    return False


_COLLECTIVE = casefree(
    r"\W*(molemmat|kumpikin|kaikki|kaikkien|näiden|niiden|nämä|ne kaikki|båda|bägge|alla|all"
    r"|samtliga|dessa|these|both|each of them|all of them"
    # (round 18) the processing as the subject: "Behandlingen grundar sig på vårdavtalet …,
    # utom journalföringen …", "Käsittely perustuu asiakassopimukseen", "The processing is
    # based on …"
    r"|(henkilö)?tietojen(si)? käsittely|käsittely|käsittelymme|behandlingen|behandlingarna"
    r"|personuppgiftsbehandlingen|the processing)\b",
    re.I,
)


def _gives_basis(r, sentence):
    """Whether a sentence names a legal basis, in the words' own forms or as the reader's basis
    claim ("perustuvat hoitosopimukseemme": a possessive suffix the patterns do not read)."""
    return any(w.search(sentence) for w in v.BASIS_WORDS.values()) or any(
        c.sentence == sentence for c in r.claims_of("basis")
    )


def _list_position(items, purpose):
    """The 1-based place of a purpose among the list's items (short lines with no sentence
    end and no basis of their own), which "Kohdat 1 ja 2 …" and "Ensimmäinen ja toinen …"
    number."""
    listed = [
        p
        for p in items
        if (p.get("purpose") or "").strip()
        and not (p.get("purpose") or "").strip().endswith((".", "!", "?"))
    ]
    return next((i + 1 for i, p in enumerate(listed) if p is purpose), None)


_ORDINALS = {
    "ensimmäinen": 1, "toinen": 2, "kolmas": 3, "neljäs": 4, "viides": 5, "kuudes": 6,
    "första": 1, "andra": 2, "tredje": 3, "fjärde": 4, "femte": 5, "sjätte": 6,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
}  # fmt: skip
_ORDINAL_RE = casefree(r"\b(" + "|".join(_ORDINALS) + r")\b", re.IGNORECASE)


def _numbers_given_bases(r):
    numbers = set()
    for _kind, sentence in r.sentences:
        # "Ensimmäinen ja toinen perustuvat hoitosopimukseemme", "Kolmas perustuu …, neljäs
        # kirjanpitolakiin": the purposes above by their ordinals
        if _ORDINAL_RE.match(sentence.strip()) and _gives_basis(r, sentence):
            numbers.update(_ORDINALS[m.group(1).lower()] for m in _ORDINAL_RE.finditer(sentence))
        for m in _NUMBERED_ITEMS.finditer(sentence):
            if not _gives_basis(r, sentence):
                continue
            found = [int(n) for n in re.findall(r"\d{1,2}", m.group("numbers"))]
            if re.search(r"[–-]", m.group("numbers")) and len(found) == 2:
                found = list(range(found[0], found[1] + 1))
            numbers.update(found)
    return numbers


_CROSS_REFERENCE = casefree(
    r"\b(ks|kts|katso|se|see)\.?\s+(kohta|kohdat|kohdasta|kohtaa|osio\w*|avsnitt\w*|punkt\w*"
    r"|section|paragraph|alla|alempana|jäljempänä|nedan|längre ned|below)\b",
    re.IGNORECASE,
)
# "Voit lopettaa viestit milloin tahansa vastaamalla STOP", "Du kan när som helst svara STOPP
# …": how the person stops the messages (an opt-out, Art 21(3) or 7(3)), no purpose of its own.
_OPT_OUT = casefree(
    r"\b(voit|voi|kan du|du kan|you can|you may)\b.{0,60}"
    r"\b(lopett\w*|lopeta\w*|STOPP?|avsluta\w*|avregistrer\w*|unsubscrib\w*|opt.?out|säga upp"
    r"|stop\w*)\b",
    re.IGNORECASE,
)
# A purpose with a footnote mark ("Kurssikuvien käyttö kotisivuilla¹") and the footnote below
# ("¹ Kurssille ilmoittautuminen katsotaan luvaksi …"): the footnote says the purpose's basis.
# (The importer gives such a purpose the one basis its footnote names; a footnote that takes
# conduct for consent, or a notice imported before round 14, is read here.)
_FOOTNOTE_MARK = re.compile(r"([¹²³⁴⁵⁶⁷⁸⁹]+|\*{1,3}|\(\d\))\s*[.;]?$")


def _footnote_gives_basis(r, text, conduct):
    mark = _FOOTNOTE_MARK.search(text)
    if not mark:
        return False
    sign = mark.group(1)
    for _kind, sentence in r.sentences:
        stripped = sentence.strip()
        if not stripped.startswith(sign) or stripped == text:
            continue
        if any(c and c in stripped for c in conduct) or any(
            w.search(stripped) for w in v.BASIS_WORDS.values()
        ):
            return True
    return False


# "Vi behandlar dem med stöd av avtalet", "Käsittelemme niitä sopimuksen perusteella": the
# keeper does something with what the sentence before named, by a pronoun after the verb.
_REFERS_BACK = casefree(
    r"^\W*(vi|jag|me|minä|we|i)\s+\w+\s+(dem|dessa|det|niitä|näitä|niitäkin|sitä|them|these|it)\b",
    re.I,
)


def _names_again(r, text, follows):
    """Whether the next sentence opens by naming again what the purpose introduced ("…
    lähetän … sähköpostikirjeen … Kirjeen saavat vain ne, jotka …, joten peruste on
    suostumuksesi"): it goes on about the same purpose, and its basis is that purpose's."""
    opening = _words_of(r, follows)[:1]
    named = {t.lemma for t in _words_of(r, text) if len(t.lemma) >= 4}
    return any(
        len(t.lemma) >= 4 and any(lemma.endswith(t.lemma) for lemma in named) for t in opening
    )


# A table's basis column by its header: "Peruste", "Oikeusperuste", "Rättslig grund", "Grund",
# "Legal basis".
_BASIS_HEADER = casefree(
    r"^\W*(oikeus)?peruste(et)?\W*$|^\W*(rättslig |laglig )?grund(en)?\W*$"
    r"|^\W*(legal )?basis\W*$",
    re.IGNORECASE,
)
_EMPTY_CELL = re.compile(r"^[\s\-–—.]*$")


def _table_rows_without_basis(r):
    """(round 18) The rows of a purposes table whose basis cell is empty or a dash ("Syntymä-
    päiväviesti | nimi, syntymäpäivä | – | kaksi vuotta"), where the header names a basis
    column: a purpose with no basis (GDPR Art 6(1), 13(1)(c))."""
    lacking = []
    for kind in ("purposes", "legal_basis"):
        column = None
        for line in r.text_of(kind).splitlines():
            cells = [c.strip() for c in line.split("|")] if "|" in line else []
            if not cells:
                # (round 26) a table of two columns too ("Ändamål | Rättslig grund", then
                # "Kundenkäter efter avslutad behandlingsperiod |"); a line with no cell
                # ends the table
                column = None
                continue
            header = [i for i, c in enumerate(cells) if _BASIS_HEADER.match(c)]
            if header:
                column = header[0]
                continue
            if column is not None and column < len(cells) and _EMPTY_CELL.match(cells[column]):
                lacking.append(cells[0])
    return lacking


# A basis sentence that tells what is done: it points back at the acts told before it ("Allt det
# här gör jag för att …", "Tämä kaikki perustuu …"), lists them ("… rätt att hålla reda på dina
# tider, skicka påminnelser och fakturera dig"), or names the keeper doing them; "Käsittely
# perustuu sopimukseen" names no act.
_TELLS_WHAT_IS_DONE = casefree(
    r"^\W*(allt (det|detta)( här| där)?|tämä kaikki|kaikki tämä|all (of )?this|nämä kaikki)\b"
    r"|\w, \w[^.]* (och|ja|sekä|and) \w"
    r"|\b(jag|vi|minä|me|we)\b",
    re.IGNORECASE,
)


_RELATIONSHIP_AS_BASIS = casefree(
    r"asiakassuh|asiakkuu|jäsenyys|jäsensuh|kundförhållande|kundrelation|kundrelationen"
    r"|medlemskap|customer relationship|client relationship",
    re.IGNORECASE,
)


@rule
def purposes_and_bases(r):
    purposes_sections = r.of_kind("purposes")
    # GDPR Art 13(1)(c): purposes and the legal basis of each.
    stated = [
        p
        for p in r.purposes
        if (p.get("purpose") or "").strip() and not placeholder_text(p["purpose"])
    ]
    # (round 18) A notice that gives its bases in sentences of what it does ("Allt det här gör
    # jag för att vi har ett avtal med varandra", "Det är vårdavtalet som ger mig rätt att hålla
    # reda på dina tider …") states its purposes in the same prose, under whatever heading; a
    # template's purposes left as an instruction ("[Kirjoita tähän, mihin tietoja käytetään.]")
    # states none, whatever bases follow.
    template_left = any(placeholder_text(p.get("purpose") or "") for p in r.purposes)
    told_in_prose = not template_left and any(
        not c.detail.get("structured") and _TELLS_WHAT_IS_DONE.search(c.sentence)
        for c in r.claims_of("basis")
        if len(c.sentence.split()) >= 10
    )
    if (
        not stated
        and not any(_has_content(s) for s in purposes_sections)
        # (round 25) beside a template's instruction, a purpose read from the basis or the
        # data ("Kirjanpitoaineiston osalta käsittely perustuu kirjanpitolakiin", "puhelinnumero
        # tarvitaan, jotta tavoitamme sinut") states no purposes of the register
        and not [c for c in r.claims_of("purpose") if not template_left or c.section == "purposes"]
        and not told_in_prose
    ):
        yield Finding(
            "missing-purposes",
            ERROR,
            _(
                "The notice does not say why personal data is processed. Add the purposes to the "
                "section “Purposes of processing personal data” (GDPR Art 13(1)(c))."
            ),
            "purposes",
            "GDPR Art 13(1)(c)",
        )
    # A legal basis section that names a basis ("Oikeusperuste: sopimus") covers the purposes
    # listed without one, as imported notices write it.
    # (round 31) So does an old template's basis line that names the client relationship alone
    # ("Kundförhållandet mellan den registrerade och den registeransvariga.", "Asiakassuhde"):
    # the contract, in the words of the law before the GDPR.
    basis_section = r.text_of("legal_basis")
    legal_basis_text = any(w.search(basis_section) for w in v.BASIS_WORDS.values()) or bool(
        _RELATIONSHIP_AS_BASIS.search(basis_section)
    )
    without_basis = _purposes_without_basis(r)
    # A basis the reader took from a sentence ("Grunden är vårdavtalet …", "Bokning och
    # fysioterapi – vårdavtal") is named, in whatever words or section.
    named_in_text = any(w.search(r.basis_text) for w in v.BASIS_WORDS.values()) or any(
        not claim.detail.get("structured") for claim in r.claims_of("basis")
    )
    # "Ajan varaamalla asiakas hyväksyy käsittelyn": the notice states a basis, an invalid
    # one; consent-by-conduct reports it, and its fix (the contract) is the same.
    # Said in another section of the processing as a whole ("Varför? … När du bokar en tid
    # anses du ha godkänt att vi behandlar dina personuppgifter", in a notice without a legal
    # basis heading), it is the notice's statement of its basis too; conduct taken as consent
    # to one activity ("hyväksyt, että voimme lähettää tarjouksia") is not.
    legal_basis_text = legal_basis_text or any(
        c.section not in ("rights", "cookies", "security", "changes")
        and _PROCESSING_AS_A_WHOLE.search(c.sentence)
        for c in r.claims_of("consent_by_conduct")
    )
    if (
        without_basis
        and len(without_basis) == 1
        and len(r.purposes) > 1
        and r.claims_of("consent_by_conduct")
    ):
        # (round 20) One purpose without a basis beside others with theirs, in a notice that
        # takes an act as consent: its basis is the act ("Kampanjaviestit – ks. alla", where
        # below the booking reply counts as permission), which consent-by-conduct reports with
        # the fix (the contract, or a consent asked apart).
        without_basis = []
    if (
        (r.purposes and without_basis and not legal_basis_text)
        or (not r.purposes and not legal_basis_text and not named_in_text)
        or _table_rows_without_basis(r)
    ):
        yield Finding(
            "missing-legal-basis",
            ERROR,
            _(
                "A purpose has no legal basis. Choose the legal basis of every purpose, for "
                "example contract or consent (GDPR Art 6(1) and 13(1)(c))."
            ),
            "purposes",
            "GDPR Art 6(1), 13(1)(c)",
        )
    # GDPR Art 13(1)(d): the legitimate interests pursued, where that is the basis.
    # In text: "kohta d yrityksen oikeutettuun etuun" names the basis but not the interest;
    # "oikeutettu etu: haluamme kehittää tunteja" and "… jotta voimme …" describe it.
    stated = [c for c in r.claims_of("basis") if c.value == "f" and not c.detail.get("structured")]
    described = [
        c
        for c in stated
        if INTEREST_DESCRIBED.search(c.sentence) or INTEREST_INLINE.search(c.sentence)
    ]
    structured_f = [p for p in r.purposes if p.get("legal_basis") == "f"]
    text_gap = (
        bool(stated)
        and not described
        and not any((p.get("legitimate_interest") or "").strip() for p in structured_f)
    )
    # Read per purpose: an interest written on a purpose's own line ("d) Utskick – berättigat
    # intresse: att hålla kontakten") is that purpose's, so another purpose line on legitimate
    # interest without one ("c) Statistik – berättigat intresse.") still lacks its own, unless
    # a sentence that is no purpose line describes the interest for the notice as a whole.
    purpose_lines = {c.sentence for c in r.claims_of("purpose")}
    described_apart = any(
        c.sentence not in purpose_lines or _INTEREST_FIRST.match(c.sentence) for c in described
    )
    # A purpose the importer gave its interest as structure ("Kameravalvonta | oikeutettu etu:
    # turvallisuus") has it; a text line beside it on legitimate interest without one
    # ("Kulunvalvonta | oikeutettu etu") still lacks its own.
    own_interest = {
        (p.get("purpose") or "").strip()
        for p in structured_f
        if (p.get("legitimate_interest") or "").strip()
    }
    text_gap = text_gap or (
        not described_apart
        and any(
            c.sentence in purpose_lines
            and c not in described
            and (
                not structured_f
                or (
                    c.sentence.strip() not in own_interest
                    and not _interest_described_for(r, c.sentence, described)
                )
            )
            for c in stated
        )
    )
    if text_gap or any(
        p.get("legal_basis") == "f"
        and not (p.get("legitimate_interest") or "").strip()
        and not INTEREST_INLINE.search(p.get("purpose") or "")
        and not _interest_described_for(r, p.get("purpose") or "", described)
        for p in r.purposes
    ):
        yield Finding(
            "missing-legitimate-interest",
            ERROR,
            _(
                "A purpose is based on legitimate interest but does not say what the interest "
                "is. Describe the interest next to the purpose (GDPR Art 13(1)(d))."
            ),
            "purposes",
            "GDPR Art 13(1)(d)",
        )


_BASIS_LABEL_WORDS = frozenset(
    "grund grunden peruste perusteena oikeusperuste oikeusperusteena käsittelyperuste basis "
    "rättslig laglig".split()
)


def _interest_described_for(r, purpose, described):
    """Whether a sentence of the text that rests a purpose on legitimate interest and says
    what the interest is names this purpose ("Palautekysely perustuu oikeutettuun etuumme
    kehittää kursseja" for the list item "palautekysely kurssin päätyttyä"): Art 13(1)(d) is
    met for it in the text, though the item carries no interest of its own."""
    # The purpose's own words: not the basis written on its line ("– oikeutettu etu").
    basis_words = (x.LEGITIMATE, x.INTEREST, x.CONSENT, x.CONTRACT, x.OBLIGATION)
    named = {
        t.lemma
        for t in _words_of(r, re.split(r"\s[–—-]\s|[:(]", purpose)[0])
        if len(t.lemma) > 4
        and not any(c.is_token(t) for c in basis_words)
        # (round 30) nor the label of the basis ("… inpasseringsloggen. Grund: berättigat
        # intresse."), which every purpose line of such a list shares
        and t.lower not in _BASIS_LABEL_WORDS
    }
    # The described sentence with the purpose it was given for ("Lähetän … palautekyselyn.
    # Peruste: oikeutettu etuni, joka on kehittää …").
    return bool(named) and any(
        named
        & {
            t.lemma
            for text in (c.sentence, *c.detail.get("given_for", ()))
            for t in _words_of(r, text)
        }
        for c in described
    )


_PERIOD_CELL = casefree(r"\b(vuo|år|year|kuukau|månad|month|päivä|dag|day)\w*", re.IGNORECASE)


def _without_period_cells(text):
    """(round 25) A table row without its retention cell: "Laskutus ja kirjanpito | … |
    asiakkaan suostumus | kuusi vuotta … (kirjanpitolaki)" names the law for the period, not as
    the basis."""
    if " | " not in text:
        return text
    return " | ".join(cell for cell in text.split(" | ") if not _PERIOD_CELL.search(cell))


@rule
def consent_for_legal_obligation(r):
    # GDPR Art 6(1)(c) and 7(3): what law requires (bookkeeping: Kirjanpitolaki 1336/1997
    # 2:10 §) cannot rest on consent; withdrawing it would not stop the processing, so calling
    # it consent misleads.
    offending = [
        p
        for p in r.purposes
        if p.get("legal_basis") == "a"
        and v.LEGALLY_REQUIRED_TOPIC.search(p.get("purpose") or "")
        and not v.OTHER_BASIS.search(_without_period_cells(p.get("purpose") or ""))
    ]
    said = [
        (kind, s)
        for kind, s in r.sentences_where(
            v.LEGALLY_REQUIRED_TOPIC, kinds=("purposes", "legal_basis")
        )
        if v.BASIS_WORDS["a"].search(v.WITHOUT_CONSENT.sub(" ", s))
        and not v.OTHER_BASIS.search(_without_period_cells(s))
        # "Med ditt samtycke för vi anteckningar om allergier; fakturorna sparar vi enligt
        # bokföringslagen": the consent and the invoices stand in clauses of their own.
        and any(
            v.LEGALLY_REQUIRED_TOPIC.search(part) and v.BASIS_WORDS["a"].search(part)
            for part in s.split(";")
        )
    ]
    # (round 30) consent the one basis of the notice, bookkeeping among its purposes, whether or
    # not the importer gave consent to some item as structure ("• uutiskirje …" under
    # "Käsittely perustuu asiakkaan suostumukseen"), and whether the purposes stand under a
    # purposes heading or in a sentence ("Vi behandlar kunduppgifter för … fakturering och
    # bokföring …" before "Rättslig grund: kundens samtycke")
    only_consent = (
        r.bases == {"a"}
        and all(p.get("legal_basis") in ("", None, "a") for p in r.purposes)
        and (
            v.LEGALLY_REQUIRED_TOPIC.search(r.text_of("purposes"))
            or any(
                v.LEGALLY_REQUIRED_TOPIC.search(c.subject or "")
                for c in r.claims_of("basis")
                if c.value == "a" and not c.negated
            )
        )
    )
    # "Laskutus ja kirjanpito perustuvat kirjanpitolain mukaiseen lakisääteiseen velvoitteeseen"
    # gives invoicing its own basis, whatever basis a purpose listing it beside others got.
    # Judged item by item: a purpose line of its own that names the law ("Laskutus perustuu
    # kirjanpitolakiin.") gives invoicing its basis, even if the importer read it as structure.
    invoicing_obliged = any(
        claim.value == "c"
        and v.LEGALLY_REQUIRED_TOPIC.search(claim.sentence)
        and (not claim.detail.get("structured") or ACCOUNTING_ACT.search(claim.sentence))
        for claim in r.claims_of("basis")
    )
    if offending and invoicing_obliged and not said:
        offending = []
    # Read per purpose in any section: "laskutukseen (suostumus)" in a list of purposes, a
    # table row "Laskutus | … | suostumus", "Faktureringen grundar sig på ditt samtycke".
    said = said or meaning.consent_for_obligation_claims(r)
    said = said or _consent_for_a_purpose_by_letter(r)
    if not invoicing_obliged:
        said = said or _consent_for_all_processing(r)
    if offending or said or only_consent:
        yield Finding(
            "consent-for-legal-obligation",
            ERROR,
            _(
                "Bookkeeping or other processing that the law requires is said to rest on "
                "consent. Consent could be withdrawn, the legal duty cannot: give such purposes "
                "the legal basis “legal obligation” (for bookkeeping, the Accounting Act "
                "1336/1997) (GDPR Art 6(1)(c))."
            ),
            "purposes",
            "GDPR Art 6(1)(c), 7(3)",
        )


# (round 24) A basis given to purposes by their letters: "d) laskutusta ja kirjanpitoa varten"
# … "Kohta d: rekisteröidyn suostumus", "Punkterna a och c: avtalet".
_PURPOSE_BY_LETTER = re.compile(r"^\s*\(?(?P<letter>[a-h])\)\s+(?P<text>\S.*)$", re.MULTILINE)
_BASIS_BY_LETTER = casefree(
    r"^\s*(kohta|kohdat|kohd(?:issa|assa|ille|alle)|punkt(?:erna|en)?|points?|items?|tarkoitus|ändamål)"
    r"\s+(?P<letters>[a-h](?:\s*(?:,|ja|och|and|&)\s*[a-h])*)\s*[:–—-]\s*(?P<basis>.+)$",
    re.MULTILINE | re.IGNORECASE,
)


def _consent_for_a_purpose_by_letter(r):
    """The sentences that give consent as the basis to a legally required purpose named by its
    letter (GDPR Art 6(1)(c), 7(3))."""
    text = r.all_text
    purposes = {
        m.group("letter").lower(): m.group("text") for m in _PURPOSE_BY_LETTER.finditer(text)
    }
    if not purposes:
        # the importer took the lettered list into the structured purposes, in its order
        purposes = {"abcdefgh"[i]: p.get("purpose") or "" for i, p in enumerate(r.purposes[:8])}
    found = []
    for match in _BASIS_BY_LETTER.finditer(text):
        basis = match.group("basis")
        if not v.BASIS_WORDS["a"].search(basis) or v.OTHER_BASIS.search(basis):
            continue
        letters = re.findall(r"\b[a-h]\b", match.group("letters").lower())
        if any(v.LEGALLY_REQUIRED_TOPIC.search(purposes.get(letter, "")) for letter in letters):
            found.append(("legal_basis", match.group(0).strip()))
    return found


# (round 24) All processing said to rest on consent, while a purpose is one the law requires:
# "Alla personuppgifter i kundregistret behandlas med stöd av kundens samtycke", beside
# "fakturering … och salongens bokföring" (GDPR Art 6(1)(c), 7(3)).
_ALL_PROCESSING = casefree(
    r"\b(kaikki\w*|kaikkea|alla|all|samtliga)\b( \w+){0,3} (henkilötie\w*|tie\w*|käsittel\w*"
    r"|personuppgift\w*|uppgift\w*|behandling\w*|personal data|data|processing)",
    re.IGNORECASE,
)
_EXCEPT = casefree(r"\b(paitsi|lukuun ottamatta|utom|förutom|med undantag|except)\b", re.I)


def _consent_for_all_processing(r):
    if not v.LEGALLY_REQUIRED_TOPIC.search(r.text_of("purposes")):
        return []
    return [
        (kind, s)
        for kind, s in r.sentences_where(v.BASIS_WORDS["a"], kinds=("purposes", "legal_basis"))
        if _ALL_PROCESSING.search(s)
        and not _EXCEPT.search(s)
        and not v.OTHER_BASIS.search(s)
        and not v.BASIS_WORDS["b"].search(s)
        and not v.BASIS_WORDS["c"].search(s)
    ]


rule(meaning.basis_not_an_obligation)
rule(meaning.consent_by_conduct)


# Special categories --------------------------------------------------------------------------


# A pronoun for data named in the sentence before ("Vi behandlar dem …", "Käsittelemme niitä …").
_SPECIAL_PRONOUN = casefree(
    r"\b(dem|dessa|de|niitä|niiden|ne|näitä|näiden|nämä|them|these|they|sitä|sen|se|det|detta)\b",
    re.IGNORECASE,
)


# A yes said in so many words: "när du uttryckligen har sagt ja", "vastaat nimenomaisesti kyllä".
_SAID_YES = casefree(
    r"\b(sagt|säger|säga|svarat|svarar) ja\b|\b(vastannut|vastaat|vastaa|sanonut|sanot) kyllä\b"
    r"|\bsaid yes\b",
    re.IGNORECASE,
)


# Servers or processing in a third country: "vars servrar finns i USA", "palvelimet
# sijaitsevat Yhdysvalloissa", "lagras på servrar i USA", "hosted in the United States".
_SERVERS_THERE = casefree(
    r"\b(palvelim\w*|server\w*|servrar\w*|datacent\w*|konesal\w*)\b[^.]{0,40}"
    r"\b(yhdysval\w*|usa|förenta staterna|united states|the us|intia\w*|india)\b"
    r"|\b(lagras|stored|hosted|tallennetaan|säilytetään)\b[^.]{0,30}\b(i|in|på)?\s*"
    r"(yhdysvalloissa|usa|förenta staterna|the united states)\b",
    re.IGNORECASE,
)
_NOTES_IT = re.compile(
    r"\b(anteckn\w*|kirjaa\w*|kirjaan|kirjaamme|kirjata\w*|merkits\w*|merkitä\w*|noter\w*"
    r"|records?|notes?|write (it|them) down)\b"
)
_TRANSFER_WORD = re.compile(r"siirr|siirt|överför|transfer")


@rule
def special_category_condition(r):
    # GDPR Art 9(1)–(2): health and other special data only under an Art 9(2) condition: for a
    # health-care professional 9(2)(h) with Tietosuojalaki 1050/2018 6 § and the patient-record
    # duty (785/1992, 94/2022); otherwise explicit consent, 9(2)(a).
    structured, said = r.special_categories()
    if not structured and not said:
        return
    if _affirmed(r, v.SPECIAL_CONDITION):
        return
    # "Vi antecknar allergier endast med ditt uttryckliga samtycke": explicit consent asked
    # for the special data itself, in any wording and section (Art 9(2)(a)).
    if any(
        x.EXPLICIT.find(words) and (x.CONSENT.find(words) or _SAID_YES.search(s))
        for s, words in ((s, _words_of(r, s)) for _kind, s in said)
    ):
        return  # (round 17: "… bara när du uttryckligen har sagt ja till den")
    # (round 17) the same in a sentence that names the special data where the notice lists its
    # data ("Om du har allergier … kan jag anteckna det, men bara om du ger mig ditt uttryckliga
    # samtycke"), whichever sentence the notice's special data were read from
    if any(
        x.EXPLICIT.find(words) and x.CONSENT.find(words)
        for _kind, s in r.sentences_where(
            v.SPECIAL_CATEGORY, kinds=("data_content", "purposes", "other")
        )
        for words in (_words_of(r, s),)
    ):
        return
    # "… uppgifter om allergier som du själv berättar om. Vi behandlar dem med ditt uttryckliga
    # samtycke": the sentence after, speaking of the special data by a pronoun, asks for it.
    following = {}
    for (_kind, sentence), (_next_kind, after) in zip(r.sentences, r.sentences[1:], strict=False):
        following.setdefault(sentence, after)
    if any(
        _SPECIAL_PRONOUN.search(after) and x.EXPLICIT.find(words) and x.CONSENT.find(words)
        for after in (following.get(s, "") for _kind, s in said)
        for words in (_words_of(r, after),)
    ):
        return
    # (round 32) "Har du reagerat på ett hårfärgämne antecknar vi det endast med ditt
    # uttryckliga samtycke": explicit consent asked for noting what the person tells, in a
    # sentence that names no special word itself (the allergy is named elsewhere)
    if any(
        x.EXPLICIT.find(words)
        and x.CONSENT.find(words)
        and _NOTES_IT.search(s.lower())
        and not _TRANSFER_WORD.search(s.lower())
        for _kind, s in r.sentences
        if _kind in ("data_content", "purposes", "legal_basis", "other")
        for words in (_words_of(r, s),)
    ):
        return
    if any(_consent_purpose_for_special_data(p) for p in r.purposes) or any(
        v.BASIS_WORDS["a"].search(v.WITHOUT_CONSENT.sub(" ", s))
        for _kind, s in r.sentences_where(
            v.SPECIAL_CATEGORY, kinds=("purposes", "legal_basis", "data_content")
        )
    ):
        return  # consent is asked for the special data itself
    yield Finding(
        "missing-special-category-condition",
        ERROR,
        _(
            "The notice processes health or other special category data but does not say on "
            "which condition. State it: a health-care professional processes health data to "
            "provide care and keep patient records (GDPR Art 9(2)(h), Data Protection Act "
            "1050/2018 section 6); others need the client's explicit consent, asked separately "
            "and never a condition of booking (GDPR Art 9(2)(a))."
        ),
        _first_kind(said, "data_content"),
        "GDPR Art 9(2)",
    )


rule(meaning.health_data_undeclared)


def _affirmed(r, pattern):
    """Whether the notice states what ``pattern`` names, not in a negated clause: "Valmentajamme
    eivät ole terveydenhuollon ammattihenkilöitä" names no Art 9(2)(h) condition. A match only
    in a structured field counts."""
    from .lemmas import negated_at  # noqa: PLC0415

    if not pattern.search(r.all_text):
        return False
    hits = r.sentences_where(pattern)
    if not hits:
        return True
    lang = meaning._lang(r)
    return any(
        not negated_at(sentence, lang, m.start())
        for _kind, sentence in hits
        for m in pattern.finditer(sentence)
    )


def _consent_purpose_for_special_data(purpose):
    """A purpose on consent that is itself about special data ("Terveystietojen huomioiminen
    valmennuksessa", basis consent), not one that mentions it beside other things."""
    if purpose.get("legal_basis") != "a":
        return False
    parts = sentences(purpose.get("purpose") or "")
    return len(parts) == 1 and bool(v.SPECIAL_CATEGORY.search(parts[0]))


# Recipients and transfers --------------------------------------------------------------------


@rule
def recipients(r):
    # GDPR Art 13(1)(e): recipients or categories of recipients.
    if any(_has_content(s, "recipients") for s in r.of_kind("recipients")):
        return
    if r.sentences_where(v.RECIPIENTS_STATEMENT, exclude=("cookies",)):
        return
    if r.claims_of("recipient") or r.claims_of("recipient", negated=True):
        return
    yield Finding(
        "missing-recipients",
        WARNING,
        _(
            "The notice does not say to whom data is disclosed. List the recipients, or say "
            "that data is not disclosed (GDPR Art 13(1)(e))."
        ),
        "recipients",
        "GDPR Art 13(1)(e)",
    )


@rule
def transfers_stated(r):
    # GDPR Art 13(1)(f): transfers outside the EU/EEA.
    if any(_has_content(s, "transfers") for s in r.of_kind("transfers")):
        return
    if r.sentences_where(v.TRANSFERS_STATEMENT, exclude=("cookies", "legislation")):
        return
    if any(not c.subject for c in r.claims_of("transfer") + r.claims_of("transfer", True)):
        return
    # A named service's transfer with its safeguard ("Meta Platforms Inc. i USA är certifierat
    # enligt EU–US Data Privacy Framework") states the transfer and what it rests on (GDPR Art
    # 13(1)(f)); the notice is not silent on transfers.
    if any(c.value for c in r.claims_of("transfer")):
        return
    yield Finding(
        "missing-transfers",
        WARNING,
        _(
            "The notice does not say whether data is transferred outside the EU or EEA. List "
            "the transfers and their safeguards, or say that there are none (GDPR Art 13(1)(f))."
        ),
        "transfers",
        "GDPR Art 13(1)(f)",
    )


@functools.lru_cache(maxsize=512)
def _service_pattern(alias):
    """One service's name in its cases (Googlen, Mailchimpin, Zoomissa; Swedish Googles), as
    the claims reader reads it."""
    return re.compile(NOT_INSIDE_A_WORD + service_body(alias), re.IGNORECASE)


def _services_in(text):
    """Known services outside the EU/EEA that the text names, in any inflection.

    An alias is looked for as a plain substring first and its pattern is run only on the lines
    that hold it: one pattern of every alias run over a long notice is slow.
    """
    lowered_lines = [(line, line.lower()) for line in text.split("\n")]
    lowered = text.lower()
    found = []
    for service in services():
        if not service.outside_eea:
            continue
        for alias in service.aliases:
            key = alias.lower()[:4]
            if key not in lowered:
                continue
            pattern = _service_pattern(alias)
            if any(key in low and pattern.search(line) for line, low in lowered_lines):
                found.append(service)
                break
    return found


@rule
def transfer_safeguards(r):
    # GDPR Art 13(1)(f), 44–49: a transfer outside the EU/EEA rests on an adequacy decision (the
    # EU–US Data Privacy Framework, 10.7.2023), standard contractual clauses (Art 46(2)(c)) or
    # an Art 49 derogation, and the notice names it.
    structured = r.structured("transfers", "transfers")
    unsafe = [
        t.get("recipient") or t.get("country") or "?"
        for t in structured
        if not (t.get("safeguard") or "").strip()
    ]
    safe = [t for t in structured if (t.get("safeguard") or "").strip()]
    covered = " ".join(f"{t.get('recipient') or ''} {t.get('country') or ''}" for t in safe)

    def is_covered(name):
        name = (name or "").strip().lower()
        return bool(name) and any(
            name in (t.get("recipient") or "").lower()
            or (t.get("recipient") or "-").lower() in name
            for t in safe
        )

    # The notice's words, without the structured transfers (their safeguard values, "scc").
    text = "\n".join(
        r.section_text({k: val for k, val in s.items() if k != "transfers"}) for s in r.sections
    )
    text += "\n" + "\n".join(strings(r.cookies))
    covered_services = _services_in(covered)
    # "Verkkosivuilla ei … käytetä Google Analyticsia": a service named only in a denial is not
    # used, so nothing is transferred to it (a declared cookie of it still counts).
    cookie_services = _services_in("\n".join(strings(r.cookies)))
    named = [
        s.name
        for s in _services_in(text)
        if s not in covered_services and (s in cookie_services or not _only_denied(r, s))
    ]
    countries = [
        p.get("country")
        for p in r.structured("processors", "processors")
        if v.THIRD_COUNTRY.search(p.get("country") or "") and not is_covered(p.get("name"))
    ]
    country_sentences = [
        sentence
        for section in r.of_kind("transfers", "processors", "recipients")
        for sentence in sentences(section.get("text") or "")
        if (
            v.THIRD_COUNTRY.search(sentence)
            or (
                # (not a heading: "Siirrot EU:n ulkopuolelle"; not "enkä siirrä", "ingenting
                # överförs")
                _OUTSIDE_STATED.search(sentence.lower())
                and len(sentence.split()) > 4
                and not r.denies(sentence)
                and not _NOTHING.search(sentence.lower())
            )
        )
        and not v.NEGATION.search(sentence)
    ]
    # (round 32) a service of one paragraph whose servers are in a third country, said outside
    # the transfers section ("Onlinecoachningen sköts i träningsappen Trainerize, som drivs av
    # ett amerikanskt företag och vars servrar finns i USA"): a transfer like one named there
    country_sentences += [
        sentence
        for section in r.sections
        if section.get("kind") not in ("transfers", "processors", "recipients", "cookies", "rights")
        for sentence in sentences(section.get("text") or "")
        if _SERVERS_THERE.search(sentence) and not v.NEGATION.search(sentence)
    ]
    # EDPB Guidelines 2/2018: the Art 49 derogations (explicit consent to the transfer …) are
    # exceptions for occasional transfers, never the safeguard of a service used routinely (a
    # newsletter, analytics, booking or video service): such a service needs an adequacy
    # decision (the DPF for a certified US company) or standard contractual clauses.
    # (round 27) a third country reached by a service in daily use or at every booking, said
    # without the service's name and resting on Art 49 ("Pilvipalvelumme sijaitsee
    # Yhdysvalloissa … (49 art. 1 b), joten muita suojatoimia ei tarvita"), whatever else the
    # sentence denies: the derogation is no safeguard for it either (EDPB Guidelines 2/2018)
    routine = [
        sentence
        for section in r.of_kind("transfers", "processors", "recipients")
        for sentence in sentences(section.get("text") or "")
        if v.THIRD_COUNTRY.search(sentence)
        and _ROUTINE_USE.search(sentence)
        and re.search(r"\b49\b", sentence)
    ]
    if not (unsafe or named or countries or country_sentences or routine):
        return
    named_safeguards = {key for key, pattern in SAFEGUARDS if found_in(pattern, text)}
    only_art49 = named_safeguards == {"art49"}
    weak = _weakly_safeguarded(text) if named_safeguards else []
    if named_safeguards and not only_art49:
        named = _without_their_own_safeguard(text, _listed_as_transfers(r, named))
        countries, country_sentences = [], []
    if only_art49:
        countries, country_sentences = [], []
    else:
        routine = []
    outside = list(dict.fromkeys(unsafe + named + weak + countries))
    if not outside and country_sentences:
        outside = [_("a third country")]
    if not outside and routine:
        said = routine[0].strip()
        outside = [said if len(said) <= 120 else said[:119].rstrip() + "…"]
    if not outside:
        return
    fix = _(
        "Use a provider that processes the data in the EU or EEA under a data processing "
        "agreement, or name the safeguard of the transfer: the EU–US Data Privacy Framework "
        "for a certified US company (adequacy decision of 10.7.2023) or the Commission's "
        "standard contractual clauses (GDPR Art 13(1)(f), 28, 45 and 46)."
    )
    if only_art49 and not named and routine:
        message = _(
            "The notice transfers data outside the EU or EEA as a part of its everyday work "
            "(“%(names)s”), but the transfer rests only on an Art 49 derogation (such as "
            "consent to the transfer). The derogations are exceptions for occasional transfers, "
            "not a safeguard for a service used every day (EDPB Guidelines 2/2018)."
        )
    elif only_art49:
        message = _(
            "%(names)s are used routinely, but their transfer outside the EU or EEA rests only "
            "on an Art 49 derogation (such as consent to the transfer). The derogations are "
            "exceptions for occasional transfers, not a safeguard for a service used every day "
            "(EDPB Guidelines 2/2018)."
        )
    elif v.NO_TRANSFERS.search(r.all_text):
        message = _(
            "The notice says that data is not transferred outside the EU or EEA, but names "
            "%(names)s, which process data outside it. Say which transfers there are."
        )
    else:
        message = _(
            "%(names)s process data outside the EU or EEA, but the notice names no safeguard "
            "for the transfer."
        )
    message = message % {"names": ", ".join(outside)} + " " + fix
    if re.search(r"privacy shield", r.all_text, re.IGNORECASE):
        message += " " + _(
            "The EU–US Privacy Shield the notice names is no longer valid: the Court of Justice "
            "annulled it on 16.7.2020 (C-311/18)."
        )
    transfer_sentences = tuple(
        dict.fromkeys(c.sentence for c in r.claims_of("transfer") if c.subject and c.sentence)
    )[:3]
    yield Finding(
        "transfer-without-safeguard",
        ERROR,
        message,
        "transfers",
        "GDPR Art 13(1)(f), 44–49",
        transfer_sentences,
    )


# (round 27) A transfer outside the EU/EEA said without a country: "Tietoja voidaan siirtää
# EU:n ulkopuolelle palveluntarjoajiemme kautta", "Uppgifter kan överföras utanför EU".
_OUTSIDE_STATED = re.compile(
    r"(siirr|siirt|överför|transfer)\w*[^.]{0,60}(ulkopuol|utanför (eu|ees|eu/ees|europa)"
    r"|outside (the )?(eu|eea|europe)|kolmansiin maihin|kolmanteen maahan|tredje land"
    r"|third countr)"
)
_NOTHING = re.compile(r"\b(ingenting|inget|inga|mitään|nothing|no data)\b")
# A service in daily use, or a transfer at every booking, named by its kind.
_ROUTINE_USE = casefree(
    r"palvelu|pilvi|järjestelm|ohjelm|sovellu|alusta|tjänst|system|program|\bapp|moln|verktyg"
    r"|plattform|platform|cloud|software|service|varauksen|ajanvarau|bokning|bokar|booking"
    r"|jokai|aina|varje|alltid|every|always",
    re.IGNORECASE,
)


# (round 23) A safeguard that is none, said of a service in the service's own sentence: the
# annulled Privacy Shield (CJEU C-311/18), the provider's own promise or terms ("Calendly har i
# sina användarvillkor lovat att skydda uppgifterna …"), and an Art 49 derogation for a service
# used routinely (weekly sessions, a whole therapy: EDPB Guidelines 2/2018). Read whatever
# other services' safeguards the notice names, since those cover only their own services.
_NO_SAFEGUARD = casefree(
    r"privacy shield|\b(luvannut|lupautuu|lupautunut|vakuuttaa|vakuuttanut|lovar|lovat"
    r"|utlovar|försäkrar|promises?|promised|assures?)\b"
    # "Meta lupaa ehdoissaan huolehtia tietojen turvallisuudesta" (not "lupaa", a permission)
    r"|\blupaa (\w+ ){0,2}(huolehtia|suojata|suojella|turvata|pitää|säilyttää|noudattaa)\b",
    re.IGNORECASE,
)
_ROUTINE = casefree(
    r"viikoittai|joka viikko|viikossa|kaikki tulevat|kaikkiin tuleviin|koko terapia"
    r"|varje vecka|i veckan|veckovis|alla kommande|hela terapi|weekly|every week|all future",
    re.IGNORECASE,
)


def _weakly_safeguarded(text):
    """Names of the services whose own sentences give them only a safeguard that is none."""
    art49 = dict(SAFEGUARDS)["art49"]
    # Only the lines that speak of such a safeguard are cut into sentences (a long notice has
    # few of them), with the sentences around an Art 49 one for its routine.
    lines = [line for line in text.split("\n") if _NO_SAFEGUARD.search(line) or art49.search(line)]
    if not lines:
        return []
    valid = [pattern for key, pattern in SAFEGUARDS if key != "art49"]
    weak = []
    for line in lines:
        said = sentences(line)
        for index, sentence in enumerate(said):
            if any(p.search(sentence) for p in valid):
                continue
            if _NO_SAFEGUARD.search(sentence):
                weak += _services_in(sentence)
            elif art49.search(sentence):
                around = " ".join(said[max(0, index - 1) : index + 2])
                if _ROUTINE.search(around):
                    weak += _services_in(around)
    if not weak:
        return []
    # a service given a valid safeguard in a sentence of its own elsewhere is covered
    safe = {
        service
        for line in text.split("\n")
        if any(p.search(line) for p in valid)
        for sentence in sentences(line)
        if any(p.search(sentence) for p in valid)
        for service in _services_in(sentence)
    }
    return [s.name for s in dict.fromkeys(weak) if s not in safe]


# A safeguard sentence that speaks for every service: "kuten muutkin käyttämämme palvelut",
# "alla våra leverantörer", "all our providers".
_ALL_SERVICES = casefree(
    r"\b(muut\w*|kaikki\w*|kumpikin|molemm\w*|övriga|andra|alla|båda|others?|all|both)\b",
    re.IGNORECASE,
)


def _listed_as_transfers(r, named):
    """Of the services ``named``, those the notice names where it speaks of processors,
    recipients or transfers, or in a sentence of a third country: a service named only as
    where clients post reviews is not said to receive the notice's data."""
    listed = {
        service.name
        for section in r.of_kind("transfers")
        for service in _services_in(section.get("text") or "")
    }
    listed.update(
        service.name
        for _kind, sentence in r.sentences_where(v.THIRD_COUNTRY)
        for service in _services_in(sentence)
    )
    return [name for name in named if name in listed]


_LIST_ITEM = re.compile(r"^\s*([-•*–]|\d{1,2}[.)]|[a-h]\))\s")


def _without_their_own_safeguard(text, named):
    """Of the services ``named``, those left without a safeguard when the notice gives its
    safeguards service by service ("Zoom: vakiolausekkeet", "Google on DPF-sertifioitu") and
    says none for them (round 24; GDPR Art 13(1)(f): the safeguard of each transfer). A
    safeguard said in a sentence of no service, or of all of them, covers every service."""
    valid = [pattern for key, pattern in SAFEGUARDS if key != "art49"]
    covered = set()
    for line in text.split("\n"):
        if not any(p.search(line) for p in valid):
            continue
        for sentence in sentences(line):
            if not any(p.search(sentence) for p in valid):
                continue
            # a sentence of no service speaks for the services of its list item ("- Zoom
            # (sessioner): Zoom Communications Inc., USA. Certifierat enligt Data Privacy
            # Framework."), and otherwise for every service
            services = _services_in(sentence) or (
                _services_in(line) if _LIST_ITEM.match(line) else []
            )
            if not services or _ALL_SERVICES.search(sentence):
                return []
            covered.update(s.name for s in services)
    return [name for name in named if name not in covered]


def _only_denied(r, service):
    """Whether every sentence that names ``service`` names it in a negated clause."""
    from .lemmas import negated_at  # noqa: PLC0415

    lang = meaning._lang(r)
    aliases = [(alias.lower(), _service_pattern(alias)) for alias in service.aliases]
    # An alias is looked for as a plain substring first and its pattern run only where it
    # stands (as _services_in does): every pattern over every sentence of a long notice is slow.
    mentions = [
        (sentence, m.start())
        for (_kind, sentence), low in zip(r.sentences, r.lowered_sentences, strict=True)
        for alias, pattern in aliases
        if alias in low
        for m in pattern.finditer(sentence)
    ]
    # "Seuraa meitä Facebookissa": a link to the business's own page is no use of the service
    # for the clients' data (its cookies, if any, are declared and counted apart).
    return bool(mentions) and all(
        negated_at(sentence, lang, at) or _FOLLOW_US.search(sentence) for sentence, at in mentions
    )


# Retention -----------------------------------------------------------------------------------


def _retention_sentences(r):
    """Sentences that speak of keeping or deleting data, outside security and cookies."""
    in_sections = [(k, s) for k, s in r.sentences if k == "retention"]
    elsewhere = r.sentences_where(
        v.RETENTION_VERB, exclude=("retention", "security", "cookies", "logs", "rights")
    )
    return in_sections, elsewhere


rule(meaning.retention_rule)


def _is_heading_only(sentence):
    return len(sentence.split()) <= 4 and not sentence.endswith(".")


# Rights --------------------------------------------------------------------------------------

RIGHT_MESSAGES = {
    "access": (
        "GDPR Art 13(2)(b), 15",
        lambda: _(
            "The notice does not mention the right of access: to know what data is held and to "
            "get a copy. Add it to the rights (GDPR Art 13(2)(b) and 15)."
        ),
    ),
    "rectification": (
        "GDPR Art 13(2)(b), 16",
        lambda: _(
            "The notice does not mention the right to have inaccurate data corrected. Add it to "
            "the rights (GDPR Art 13(2)(b) and 16)."
        ),
    ),
    "erasure": (
        "GDPR Art 13(2)(b), 17",
        lambda: _(
            "The notice does not mention the right to erasure. Add it to the rights, with what "
            "the law requires you to keep (GDPR Art 13(2)(b) and 17)."
        ),
    ),
    "restriction": (
        "GDPR Art 13(2)(b), 18",
        lambda: _(
            "The notice does not mention the right to restriction of processing (for example "
            "while the accuracy of the data is checked). Add it to the rights (GDPR Art 13(2)(b) "
            "and 18)."
        ),
    ),
    "portability": (
        "GDPR Art 13(2)(b), 20",
        lambda: _(
            "Processing rests on consent or a contract, but the notice does not mention the "
            "right to data portability: to get the data the person gave in a machine-readable "
            "form. Add it to the rights (GDPR Art 13(2)(b) and 20)."
        ),
    ),
    "objection": (
        "GDPR Art 13(2)(b), 21",
        lambda: _(
            "Processing rests on legitimate interest or is direct marketing, but the notice does "
            "not mention the right to object. Add it to the rights, stated apart from other "
            "information (GDPR Art 13(2)(b) and 21)."
        ),
    ),
}


@rule
def rights(r):
    # GDPR Art 13(2)(b): the data subject's rights.
    stated = r.stated_rights
    # No right stated at all is one finding, also under a rights heading whose text states
    # none (round 31: "Lisätietoa oikeuksistasi löydät tietosuoja.fi-sivuilta" is a pointer,
    # not the rights); the fix is the whole list, not six findings of one gap.
    if not (stated & set(RIGHTS)):
        yield Finding(
            "missing-rights",
            ERROR,
            _(
                "The notice does not tell the data subject's rights. Add the section “Rights of "
                "the data subject” (GDPR Art 13(2)(b))."
            ),
            "rights",
            "GDPR Art 13(2)(b)",
        )
    else:
        needed = ["access", "rectification", "erasure", "restriction"]
        # Art 20(1): portability applies to processing based on consent or contract.
        if r.bases_for_rights & {"a", "b"}:
            needed.append("portability")
        # Art 21(1)–(2): objection to processing on Art 6(1)(e)/(f), and to direct marketing.
        if r.bases & {"e", "f"} or r.marketing_needs_objection():
            needed.append("objection")
        for right in needed:
            if right not in stated:
                source, message = RIGHT_MESSAGES[right]
                yield Finding(f"missing-right-{right}", ERROR, message(), "rights", source)

    # GDPR Art 13(2)(c): the right to withdraw consent, where consent is a basis.
    # Health data counts as consent-based unless the notice names another Art 9(2) condition
    # (a health-care professional's 9(2)(h)).
    special, _said = r.special_categories()
    consent_based = "a" in r.bases or (
        special and not _affirmed(r, v.NON_CONSENT_SPECIAL_CONDITION)
    )
    # Consent by conduct is no consent (Art 4(11)): the fix is the contract basis, not a
    # sentence on withdrawing a consent that was never asked.
    if consent_based and meaning.only_consent_by_conduct(r) and not special:
        consent_based = False
    # Nor is "consent" to bookkeeping (GDPR Art 6(1)(c)): when it is the only consent the
    # notice names, the fix is the legal obligation (consent-for-legal-obligation), not a way
    # to withdraw it.
    if consent_based and not special and meaning.only_consent_for_obligation(r):
        consent_based = False
    if consent_based and not r.states_withdrawal():
        yield Finding(
            "missing-consent-withdrawal",
            ERROR,
            _(
                "Consent is a legal basis, but the notice does not say that consent can be "
                "withdrawn at any time. Add the right to withdraw consent (GDPR Art 7(3) and "
                "13(2)(c))."
            ),
            "rights",
            "GDPR Art 7(3), 13(2)(c)",
        )
    # GDPR Art 13(2)(d) and 77: the right to complain to the supervisory authority.
    if not r.states_complaint_right():
        yield Finding(
            "missing-complaint-right",
            ERROR,
            _(
                "The notice does not mention the right to lodge a complaint with the Data "
                "Protection Ombudsman (Tietosuojavaltuutetun toimisto). Add it to the rights "
                "(GDPR Art 13(2)(d) and 77)."
            ),
            "rights",
            "GDPR Art 13(2)(d), 77",
        )


rule(meaning.limits_free_requests)
rule(meaning.request_form_required)


# The rest of Art 13–14 -----------------------------------------------------------------------


@rule
def requirement_statement(r):
    # GDPR Art 13(2)(e): is giving the data a statutory or contractual requirement?
    if any((s.get("requirement") or "").strip() for s in r.of_kind("data_content")):
        return
    # "… niin kauan kuin laki edellyttää" is what the law asks of keeping data, not whether
    # the person must give it: a retention statement states no requirement.
    kept = {c.sentence for c in r.claims_of("retention")}
    if any(
        sentence not in kept
        for _kind, sentence in r.sentences_where(
            v.REQUIREMENT_STATEMENT, exclude=("cookies", "security", "retention")
        )
    ):
        return
    if r.claims_of("requirement"):
        return
    yield Finding(
        "missing-requirement-statement",
        ERROR,
        _(
            "The notice does not say whether giving the data is a statutory or contractual "
            "requirement and what follows from not giving it. Fill in “Is giving the data a "
            "requirement?” in the data content section (GDPR Art 13(2)(e))."
        ),
        "data_content",
        "GDPR Art 13(2)(e)",
    )


@rule
def automated_decisions(r):
    # GDPR Art 13(2)(f): automated decision-making, including profiling.
    if any(_has_content(s) for s in r.of_kind("automated_decisions")):
        return
    if r.claims_of("automated_decisions") or r.claims_of("automated_decisions", negated=True):
        return
    if r.sentences_where(v.AUTOMATED_STATEMENT):
        return
    yield Finding(
        "missing-automated-decisions",
        WARNING,
        _(
            "The notice does not say whether automated decisions or profiling are used. Add "
            "the section, even if only to say that they are not (GDPR Art 13(2)(f))."
        ),
        "automated_decisions",
        "GDPR Art 13(2)(f)",
    )


@rule
def sources(r):
    # GDPR Art 14(2)(f): the source of the data, where it is not collected from the person.
    # A sources section counts when it names where data comes from; "Tietoja käsitellään
    # luottamuksellisesti" under the heading "Tietolähteet" names none.
    if any(
        _has_content(s) and _names_an_origin(r, r.section_text(s, heading=False))
        for s in r.of_kind("sources")
    ):
        return
    if r.claims_of("source"):
        return
    if any(
        not _states_portability(sentence)
        for _kind, sentence in r.sentences_where(v.SOURCES_STATEMENT, exclude=("cookies",))
    ):
        return
    yield Finding(
        "missing-sources",
        WARNING,
        _(
            "The notice does not say where the data comes from. Add the section “Regular "
            "sources of data” (GDPR Art 14(2)(f))."
        ),
        "sources",
        "GDPR Art 14(2)(f)",
    )


# Where data comes from: a party in the ablative or elative ("asiakkaalta", "kameroista"), a
# preposition of origin ("från", "av", "from"), a verb of getting or giving ("saadaan",
# "kerätään", "lämnas"), the person themselves ("itse", "själv").
_ORIGIN_PREPOSITIONS = frozenset("från av via genom from by via through".split())
_ORIGIN_CASES = ("lta", "ltä", "sta", "stä")


def _names_an_origin(r, text):
    """Whether a sources section's text names where data comes from. A list of parties under
    the heading ("Rekisteröity. Kela.") does; a sentence about how the data are handled
    ("Asiakasrekisteriä ylläpidetään huolellisesti ja tietoja käsitellään luottamuksellisesti")
    does not."""
    from .lemmas import tokens  # noqa: PLC0415

    lang = meaning._lang(r)
    for sentence in sentences(text):
        words = tokens(sentence, lang)
        if x.SOURCE_VERB.find(words) or x.SOURCE_SELF.find(words):
            return True
        if any(
            t.lower in _ORIGIN_PREPOSITIONS
            or (len(t.lower) > 4 and t.lower.endswith(_ORIGIN_CASES) and t.lemma != t.lower)
            for t in words
        ):
            return True
        if not (x.HANDLE.find(words) or x.RETAIN.find(words)):
            return True
    return False


# Cookies -------------------------------------------------------------------------------------


def _necessary_keys(r):
    return {"necessary"} | {
        c.get("key") for c in r.structured("cookies", "categories") if c.get("necessary")
    }


_NEXT_GROUP = re.compile(r"\s(sekä|samt|mutta|men|but|whereas|kun taas|medan)\s|[;:]")


def _own_part(purpose, name):
    """(round 25) The part of an imported purpose that speaks of the cookie: "välttämättömiä
    evästeitä (csrftoken, istunto) sekä analytiikkaevästeitä vain … suostumuksella" describes
    csrftoken up to "sekä"; the analytics are another cookie's."""
    at = purpose.find(name) if name else -1
    if at < 0:
        return purpose
    after = _NEXT_GROUP.search(purpose, at + len(name))
    return purpose[: after.start()] if after else purpose


@rule
def tracker_in_necessary(r):
    # 917/2014 §205: only cookies strictly necessary for the service the user asked for may be
    # set without consent; Traficom's guidance counts analytics and marketing as not necessary.
    necessary = _necessary_keys(r)
    wrong = []
    for cookie in r.cookies:
        if cookie.get("category") not in necessary:
            continue
        known = tracker(cookie.get("name"))
        described = f"{_own_part(cookie.get('purpose') or '', cookie.get('name'))} " + (
            cookie.get("provider") or ""
        )
        # "analytiikka- tai markkinointievästeitä ei käytetä" beside a session cookie denies.
        said = not v.NEGATION.search(described)
        if known or (
            said and (v.TRACKER_PURPOSE.search(described) or v.TRACKING_TOOL.search(described))
        ):
            wrong.append(cookie.get("name") or "?")
    if wrong:
        yield Finding(
            "tracker-in-necessary",
            ERROR,
            _(
                "Analytics or marketing cookies are declared as necessary: %(names)s. Such "
                "cookies need the visitor's consent: move them to an analytics or marketing "
                "category (Act on Electronic Communications Services 917/2014, section 205)."
            )
            % {"names": ", ".join(wrong)},
            "cookies",
            "917/2014 §205",
        )


@rule
def undeclared_cookies(r):
    # 917/2014 §205: the banner asks consent for the categories the notice declares; a notice
    # that speaks of analytics, marketing or third-party cookies without declaring one leaves
    # them without consent.
    declared = [c for c in r.structured("cookies", "categories") if not c.get("necessary")]
    if declared:
        return
    necessary = _necessary_keys(r)
    if any(c.get("category") not in necessary for c in r.cookies):
        return
    if any(tracker(c.get("name")) for c in r.cookies):
        # a tracker declared necessary is declared: tracker-in-necessary tells the owner
        return
    spoken = [
        (kind, s)
        for kind, s in r.sentences_where(v.COOKIE_WORD, affirmative=True)
        if v.NON_NECESSARY_COOKIE_TOPIC.search(s)
    ] + r.sentences_where(v.TRACKING_TOOL, affirmative=True)
    if spoken:
        yield Finding(
            "undeclared-cookies",
            ERROR,
            _(
                "The notice speaks of analytics, marketing or third-party cookies but declares "
                "no such cookie category, so the cookie banner would ask nothing. Add the "
                "category and its cookies (name, provider, purpose, duration) to the cookies "
                "section, or remove the text if no such cookies are used (Act on Electronic "
                "Communications Services 917/2014, section 205)."
            ),
            "cookies",
            "917/2014 §205",
        )


# Changes, dates and outdated law -------------------------------------------------------------


@rule
def changes_without_notice(r):
    # GDPR Art 12(1), 13(3) and WP260 rev.01 paragraphs 29–33: material changes are
    # communicated to data subjects; a notice cannot reserve the right to change silently.
    silent = [c for c in r.claims_of("changes") if c.value == "without_notice"]
    notified = [c for c in r.claims_of("changes") if c.value == "notified"]
    # A sentence read as notifying ("… ilmoittamatta, mutta jos käyttötarkoitukset muuttuvat,
    # kerromme siitä") is not silent for the words it also holds.
    notifying = {c.sentence for c in notified}
    found = [
        (kind, s)
        for kind, s in r.sentences_where(v.CHANGE_WORD)
        if v.WITHOUT_NOTICE.search(s) and not v.MATERIAL_CHANGE.search(s) and s not in notifying
    ]
    if not found and silent and not notified:
        found = [(c.section, c.sentence) for c in silent]
    if found:
        yield Finding(
            "changes-without-notice",
            ERROR,
            _(
                "The notice reserves the right to change it without telling the people it "
                "concerns. Material changes must be communicated: say how you tell about them "
                "(for example on the website and by email to clients) (GDPR Art 12(1) and 13(3))."
            ),
            found[0][0],
            "GDPR Art 12(1), 13(3)",
            tuple(dict.fromkeys(sentence for _kind, sentence in found))[:3],
        )


@rule
def dates_and_laws(r):
    if (
        not r.notice.get("updated")
        and not v.UPDATED_STATEMENT.search(r.all_text)
        and not r.claims_of("updated")
    ):
        yield Finding(
            "missing-updated-date",
            WARNING,
            _("The notice has no “updated” date. Set the date of its latest change."),
            None,
            "",
        )
    repealed = r.sentences_where(REPEALED_LAW_RE)
    # "Tietosuojalaki … korvasi vanhan henkilötietolain" tells history: the notice does not
    # rest on the old act.
    cited = [(k, sentence) for k, sentence in repealed if not REPLACED_RE.search(sentence)]
    if cited or (not repealed and REPEALED_LAW_RE.search(r.all_text)):
        yield Finding(
            "repealed-law-reference",
            ERROR,
            _(
                "The notice refers to the Personal Data Act (Henkilötietolaki 523/1999), which "
                "was repealed on 1.1.2019. Refer to the GDPR (2016/679) and the Data Protection "
                "Act (Tietosuojalaki 1050/2018) instead."
            ),
            _section_containing(r, REPEALED_LAW_RE),
            "Tietosuojalaki 1050/2018 §37",
        )
    if any(_gdpr_said_to_start_2019(text) for _kind, text in r.sentences):
        yield Finding(
            "incorrect-gdpr-date",
            WARNING,
            _(
                "The notice says the GDPR entered into force on 1.1.2019. It has applied since "
                "25.5.2018; 1.1.2019 is when the Finnish Data Protection Act came into force."
            ),
            _section_containing(r, WRONG_GDPR_DATE_RE),
            "GDPR Art 99(2)",
        )
    elif wrong_gdpr_dates(r):
        wrong = wrong_gdpr_dates(r)
        yield Finding(
            "incorrect-gdpr-date",
            WARNING,
            _(
                "The notice gives the GDPR a wrong date (%(date)s). The GDPR entered into force "
                "on 24.5.2016 and has applied since 25.5.2018."
            )
            % {"date": wrong[0][1]},
            None,
            "GDPR Art 99",
            tuple(dict.fromkeys(text for text, _date in wrong))[:3],
        )


def _section_containing(r, pattern):
    for section in r.sections:
        if pattern.search(NoticeReading.section_text(section)):
            return section.get("kind")
    return None
