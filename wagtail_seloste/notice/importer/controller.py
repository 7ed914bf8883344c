"""Contact details in an old notice: the controller's and the contact person's.

Old notices write them as labelled lines ("Y-tunnus: 1234567-8", "puh. 040 123 4567"), spread
over several lines (street on one, postal code and city on the next) and with obfuscated email
addresses ("nimi(at)firma.fi"). A line leaves the section's text only when every part of it
went into a structured field, so the notice keeps whatever the importer did not understand.
"""

import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from ..validators import business_id_is_valid, normalise_phone, validate_deliverable_email
from .headings import fold

# Labels, folded (see ``headings.fold``), and the field each one announces.
LABELS = {
    "nimi": "name",
    "yritys": "name",
    "yrityksen nimi": "name",
    "toiminimi": "name",
    "rekisterinpitaja": "name",
    "y tunnus": "business_id",
    "ytunnus": "business_id",
    "yritystunnus": "business_id",
    "y tunnus ja nimi": "business_id",
    "osoite": "address",
    "postiosoite": "address",
    "kayntiosoite": "address",
    "katuosoite": "address",
    "puhelin": "phone",
    "puh": "phone",
    "p": "phone",
    "tel": "phone",
    "puhelinnumero": "phone",
    "gsm": "phone",
    "matkapuhelin": "phone",
    "sahkoposti": "email",
    "sahkopostiosoite": "email",
    "s posti": "email",
    "sposti": "email",
    "email": "email",
    "e mail": "email",
    "verkkosivut": "website",
    "verkkosivusto": "website",
    "kotisivut": "website",
    "kotisivu": "website",
    "www": "website",
    "internet": "website",
    "yhteyshenkilo": "name",
    "yhteyshenkilon nimi": "name",
    "liikeosoite": "address",
    "puhelinnro": "phone",
    "puh nro": "phone",
    "matkapuh": "phone",
    # Swedish: dataskyddsbeskrivning, registerbeskrivning.
    "namn": "name",
    # "Personuppgiftsansvarig: Massage Gran, FO-nummer …, Strandgatan 5, 65100 Vasa", as
    # "Rekisterinpitäjä: …" is read
    "personuppgiftsansvarig": "name",
    "den personuppgiftsansvarige": "name",
    "registeransvarig": "name",
    "registerforare": "name",
    "foretag": "name",
    "foretagets namn": "name",
    "fo nummer": "business_id",
    "fo nr": "business_id",
    "foretagsnummer": "business_id",
    "organisationsnummer": "business_id",
    "org nr": "business_id",
    "foretags och organisationsnummer": "business_id",
    "adress": "address",
    "besoksadress": "address",
    "postadress": "address",
    "gatuadress": "address",
    "telefon": "phone",
    "tfn": "phone",
    "mobil": "phone",
    "e post": "email",
    "epost": "email",
    "webbplats": "website",
    "hemsida": "website",
    "webbsida": "website",
    "kontaktperson": "name",
}
# Labels after which the controller section talks about a person, not the business.
PERSON_LABELS = {
    "yhteyshenkilo",
    "yhteyshenkilon nimi",
    "rekisteriasioista vastaava",
    "kontaktperson",
    "tietosuojavastaava",
}

LABEL_RE = re.compile(r"^(?P<label>[^\W\d][\w .\-/]{0,30}?)\s*:(?!//)\s*(?P<rest>.*)$")
# A label without a colon in front of its value: "puh. 040 123 4567", "Y-tunnus 1234567-8".
INLINE_LABEL_RE = re.compile(
    r"^(?P<label>y-?tunnus|puh(?:elin)?\.?|p\.|tel\.?|gsm|s-?posti|sähköposti|email|e-mail|www:?"
    r"|fo-?nummer|fo-?nr|org\.?\s?nr|tfn\.?|telefon|e-?post)\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
SEPARATOR_RE = re.compile(r"\s*[,;|]\s+|\s+[–—|·•]\s+")
SLASH_RE = re.compile(r"\s+/\s+")
# "Bittipaja Oy (2167612-2)", "Firma Oy (Y-tunnus: 1234567-8)": the ID as a part of its own.
PARENTHESES_ID_RE = re.compile(r"\s*\((?P<inner>[^()]*\d{7}-\d[^()]*)\)")
# "Rekisterinpitäjänä toimii Firma Oy …": the name follows the phrase.
NAME_PHRASE_RE = re.compile(
    r"^(?:rekisterinpitäjänä\s+(?:toimii|on)|rekisterinpitäjä\s+on|rekisterin\s+pitäjä\s+on"
    r"|personuppgiftsansvarig\s+är|registeransvarig\s+är|den\s+personuppgiftsansvarige\s+är)"
    r"\s+",
    re.IGNORECASE,
)

# Bounded parts and a start at a word boundary keep the search linear on any line (RFC 5321
# limits the local part to 64 characters and a label to 63).
EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
MAX_EMAIL_CHARS = 254
OBFUSCATED_EMAIL_RE = re.compile(
    r"(?P<user>[\w.+-]+)\s*(?:\(at\)|\[at\]|\{at\}|\(ät\)|\[ät\]|\(a\)|\[a\]|\s+at\s+|#)\s*"
    r"(?P<domain>[\w-]+(?:\s*(?:\.|\(dot\)|\[dot\]|\(piste\)|\s+dot\s+|\s+piste\s+)\s*[\w-]+)+)",
    re.IGNORECASE,
)
BUSINESS_ID_RE = re.compile(r"(?<![\d-])(\d{7}-\d)(?![\d-])")
PHONE_RE = re.compile(r"^(?:\+|00)?\d[\d\s\-/()]{5,18}\d$")
WEBSITE_RE = re.compile(r"^(?:https?://|www\.)[\w.-]+\.[a-z]{2,}(?:/\S*)?$", re.IGNORECASE)
DOMAIN_RE = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/?$", re.IGNORECASE)
POSTAL_RE = re.compile(
    r"^(?:FI-?)?(?P<code>\d{5})\s+(?P<city>[^\W\d][\w\-]*(?:\s[^\W\d][\w\-]*){0,2})$"
)
STREET_RE = re.compile(
    r"^(?:(?:PL|Postilokero|PO Box)\s*\d+|[^\W\d][\w.\-]*(?:\s+[^\W\d][\w.\-]*)*\s+\d+(?:\s*[-–]\s*\d+)?(?:\s*[A-Za-zÅÄÖåäö]{1,2})?(?:\s*\d+)?)$"
)
STREET_WORD_RE = re.compile(
    r"(katu|tie|kuja|polku|väylä|ranta|raitti|rinne|mäki|tori|aukio|kaari|vainio|kulma|"
    r"puistikko|tanhua|penger|laituri|piha|kartano|gatan|gata|vägen|väg|gränd|torget|stigen|"
    r"backen|kajen|esplanadi|esplanaden|allé|plan)\b",
    re.IGNORECASE,
)
# Contact details inside a sentence: "… sähköpostilla x@y.fi tai puhelimella 045 678 1234."
PROSE_PHONE_RE = re.compile(
    r"(?:puh(?:elin|elimella|\.)?|tel\.?|tfn\.?|telefon|gsm)[:\s]+"
    r"(?P<phone>(?:\+|00)?\d[\d \-]{5,16}\d)",
    re.IGNORECASE,
)
PROSE_ID_RE = re.compile(
    r"(?:y-?tunnus|fo-?nummer|org\.?\s?nr|organisationsnummer)\D{0,12}?(?P<id>\d{7}-\d)\b",
    re.IGNORECASE,
)
PROSE_POSTAL_RE = re.compile(r"(?<![\d-])(?P<code>\d{5})\s+(?P<city>[A-ZÅÄÖ][\wåäö\-]+)")
PROSE_STREET_RE = re.compile(
    r"(?P<street>[A-ZÅÄÖ][\wåäöÅÄÖ\-]*(?:katu|tie|kuja|polku|tori|gatan|vägen|väg|gränd|torget)"
    r"\s+\d+(?:\s*[A-Z]\b)?(?:\s+\d+)?)"
)
COMPANY_FORMS = ("oy", "oy.", "ky", "ky.", "tmi", "tmi.", "oyj", "ay", "ry", "ry.", "osk")


def deobfuscate_email(value):
    """The address in "nimi(at)firma.fi", "nimi [at] firma [dot] fi"; None for anything else.

    "[email protected]" (what a web page's email protection leaves in copied text) is not
    an address and gives None.
    """
    value = value.strip()
    if len(value) > MAX_EMAIL_CHARS + 20:  # room for "(at)" and "[dot]"
        return None
    match = EMAIL_RE.fullmatch(value)
    if match is None:
        obfuscated = OBFUSCATED_EMAIL_RE.fullmatch(value)
        if obfuscated is None:
            return None
        domain = re.sub(
            r"\s*(?:\.|\(dot\)|\[dot\]|\(piste\)|\s+dot\s+|\s+piste\s+)\s*",
            ".",
            obfuscated.group("domain"),
            flags=re.IGNORECASE,
        )
        value = f"{obfuscated.group('user')}@{domain}"
    value = value.rstrip(".").lower()
    try:
        validate_deliverable_email(value)
    except ValidationError:
        return None
    return value


def _phone(value, labelled):
    """E.164 when the number parses; else, after a "puhelin:" label, the number as written
    (the owner fixes it in the editor, where the field is validated)."""
    try:
        return normalise_phone(value)
    except ValidationError:
        return value if labelled and len(value) <= 32 else None


def _website(value):
    url = value.rstrip("/.") if not value.endswith("/") else value
    if not url.lower().startswith(("http://", "https://")):
        url = "https://" + url
    try:
        URLValidator()(url)
    except ValidationError:
        return None
    return url


def _looks_like_name(text):
    words = text.split()
    if not words or len(words) > 8 or not text[0].isupper() or re.search(r"[:()?!]", text):
        return False
    if text.endswith(".") and words[-1].lower() not in COMPANY_FORMS:
        return False
    return not re.search(r"\d{3,}|@|https?://|www\.", text)


@dataclass
class Contact:
    """The fields found in a run of lines, and the lines they fully account for."""

    name: str = ""
    business_id: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    accounted: set = field(default_factory=set)  # Line numbers fully in structured fields

    def person(self):
        """The contact person's fields (``PersonBlock``): one address line."""
        place = " ".join(part for part in (self.postal_code, self.city) if part)
        address = ", ".join(part for part in (self.address, place) if part)
        return {"name": self.name, "email": self.email, "phone": self.phone, "address": address}


def is_person_label(label):
    """ "Yhteyshenkilö", "Yhteyshenkilö rekisteriasioissa", "Kontaktperson i registerärenden"."""
    return bool(label) and (
        label in PERSON_LABELS or label.startswith(("yhteyshenkilo", "kontaktperson"))
    )


def _split_label(text):
    match = LABEL_RE.match(text)
    if match:
        label = fold(match.group("label"))
        return label, match.group("rest").strip()
    match = INLINE_LABEL_RE.match(text)
    if match:
        return fold(match.group("label")), match.group("rest").strip()
    return None, text


PERSON_FIELDS = ("name", "email", "phone", "address", "postal_code", "city")


class _Reader:
    def __init__(self, contact, fields):
        self.contact = contact
        self.fields = fields

    def take(self, field_name, value):
        """Store ``value`` unless the field is set; True when the field holds this value."""
        if field_name not in self.fields:
            return False  # a person has no Y-tunnus: the line stays in the text
        current = getattr(self.contact, field_name)
        if not current:
            setattr(self.contact, field_name, value)
            return True
        return current == value

    def segment(self, segment, hint, next_segment):
        """Put one comma-separated part of a line into its field; whether it went somewhere."""
        segment = segment.strip()
        if not segment:
            return True
        label, rest = _split_label(segment)
        if label is not None and label in LABELS:
            hint, segment = LABELS[label], rest
        email = deobfuscate_email(segment)
        if email:
            return self.take("email", email)
        business_id = BUSINESS_ID_RE.fullmatch(segment)
        if business_id:
            return business_id_is_valid(segment) and self.take("business_id", segment)
        postal = POSTAL_RE.match(segment)
        if postal:
            return self.take("postal_code", postal.group("code")) & self.take(
                "city", postal.group("city").strip()
            )
        # Finnish numbers start with 0 or +358; "2018-2023" is not a number without a label.
        if (
            PHONE_RE.match(segment)
            and len(re.sub(r"\D", "", segment)) >= 7
            and (hint == "phone" or segment.startswith(("0", "+")))
        ):
            phone = _phone(segment, labelled=hint == "phone")
            return bool(phone) and self.take("phone", phone)
        if WEBSITE_RE.match(segment) or (hint == "website" and DOMAIN_RE.match(segment)):
            website = _website(segment)
            return bool(website) and self.take("website", website)
        next_is_postal = bool(next_segment and POSTAL_RE.match(next_segment.strip()))
        if STREET_RE.match(segment) and (
            hint == "address" or next_is_postal or STREET_WORD_RE.search(segment)
        ):
            return self.take("address", segment)
        if hint == "name" and len(segment) <= 100:
            return self.take("name", segment)
        if hint is None and not self.contact.name and _looks_like_name(segment):
            return self.take("name", segment)
        return False


def read_contact(lines, fields=None, contact=None):
    """The contact details in ``lines`` (a section's body): a ``Contact``.

    ``fields`` limits what is read (``PERSON_FIELDS`` for a contact person). Pass the
    ``contact`` of an earlier section to go on filling it: a value that differs from the one
    already read leaves its line in the text.

    Reading stops where the text moves on to a contact person ("Yhteyshenkilö: …"), so the
    person's details never become the business's.
    """
    contact = contact if contact is not None else Contact()
    contact.accounted = set()
    reader = _Reader(
        contact, fields or [f for f in Contact.__dataclass_fields__ if f != "accounted"]
    )
    for index, line in enumerate(lines):
        text = line.item
        label, rest = _split_label(text)
        if is_person_label(label) and reader.contact.name:
            break
        hint = LABELS.get(label) if label is not None else None
        if hint is None and is_person_label(label):
            hint = "name"
        if (
            hint is None
            and label
            and label.endswith(("osoite", "adress"))
            and not re.search(r"sahkoposti|verkko|www|e post|ip", label)
        ):
            hint = "address"  # "Talliosoite:", "Toimipisteen osoite:", "Leveransadress:"
        if label is not None and hint is None:
            continue  # "kotipaikka: Seinäjoki": a label we do not read stays in the text
        body = rest if hint is not None else text
        phrase = NAME_PHRASE_RE.match(body)
        if phrase:
            body = body[phrase.end() :]
        segments = _segments(body, sentence=bool(phrase))
        following = lines[index + 1].item if index + 1 < len(lines) else ""
        results = []
        for position, segment in enumerate(segments):
            next_segment = segments[position + 1] if position + 1 < len(segments) else following
            results.append(reader.segment(segment, hint, next_segment))
        if results and all(results) and not phrase and body.strip():
            contact.accounted.add(line.number)
        elif not (results and all(results)):
            _read_prose(reader, text)
    return contact


def _segments(body, sentence=False):
    """The comma-, bar- or dash-separated parts of a line of contact details."""
    body = PARENTHESES_ID_RE.sub(lambda match: ", " + match.group("inner"), body)
    segments = []
    for segment in SEPARATOR_RE.split(body):
        if SLASH_RE.search(segment) and re.search(r"@|\d", segment):
            segments += SLASH_RE.split(segment)  # "nimi@firma.fi / 040 123 4567"
        else:
            segments.append(segment)
    # "… 70100 Kuopio." ends a sentence; a name never ends in a full stop (``_looks_like_name``).
    if segments and (sentence or POSTAL_RE.match(segments[-1].rstrip("."))):
        segments[-1] = segments[-1].rstrip(".")
    return segments


def _read_prose(reader, text):
    """Fill what is still empty from a sentence: the line stays in the text."""
    for match in EMAIL_RE.finditer(text):
        email = deobfuscate_email(match.group(0))
        if email and reader.take("email", email):
            break
    match = PROSE_ID_RE.search(text)
    if match and business_id_is_valid(match.group("id")):
        reader.take("business_id", match.group("id"))
    match = PROSE_PHONE_RE.search(text)
    if match:
        phone = _phone(match.group("phone").strip(), labelled=False)
        if phone:
            reader.take("phone", phone)
    match = PROSE_STREET_RE.search(text)
    if match:
        reader.take("address", match.group("street"))
    match = PROSE_POSTAL_RE.search(text)
    if match:
        reader.take("postal_code", match.group("code"))
        reader.take("city", match.group("city"))


def person_start(lines):
    """Where a controller section moves on to its contact person, or None.

    "Rekisterinpitäjä ja yhteyshenkilö" sections give the business first and then
    "Yhteyshenkilö: Maija Meikäläinen, maija@firma.fi" (or "Yhteyshenkilö" on its own line).
    """
    for index, line in enumerate(lines):
        if index == 0:
            continue
        label, _rest = _split_label(line.item)
        if is_person_label(label) or fold(line.item) in PERSON_LABELS:
            return index
    return None
