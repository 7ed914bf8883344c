"""The rights a notice offers and the terms it sets on requests: the rights reader of the check.

A sentence's rights (GDPR Art 13(2)(b)–(d), 15–22): in a rights section any mention, elsewhere
with a word of offering; rights said in plain words (a wrong entry put right is rectification,
data handed over for another to take in is portability, the person's "no" to a use of their
data is objection). The terms on requests: a cap or a fee on them (Art 12(5): free, and only a
manifestly unfounded or excessive request may be charged for or refused) and a request
restricted to one form or channel (Art 12(2): no form may be required). ``claims.NoticeClaims``
calls these for each sentence and makes the claims ``right``, ``right_limit`` and
``request_channel`` of what they return.
"""

import re

from . import lexicon as x
from .conduct import WITHDRAWS
from .lemmas import lowered, negators
from .retention import period_in
from .search import casefree


def _negated_near(words, token, lang, window=3):
    """Whether a negator stands within ``window`` words before ``token`` ("ei poisteta",
    "emme voi poistaa"); "som lagen inte kräver att jag sparar raderar jag" is not."""
    index = words.index(token)
    return any(t.lower in negators(lang) for t in words[max(0, index - window) : index])


# The person's "not": "ettet halua", "jos ette halua", "att du inte vill", "you do not want";
# the controller's own ("emme halua", "vi vill inte") refuses nothing on the person's behalf.
_PERSON_NEGATORS = frozenset(
    "et ette ettet ettette etkä ettekä ei ettei inte ej not never don't".split()
)


_CONTROLLER_WORDS = frozenset("me vi jag we i minä".split())


_SAY_NO_RE = casefree(
    r"\bsäga (ifrån|nej)|\bsanoa ei\b|\btacka nej|\bopt(?:-| )out|\bsay no\b", re.IGNORECASE
)


_REQUEST_REFUSED = casefree(
    r"\b(avböja|avböjer|avslå|avslår|kieltäytyä|kieltäydyn|kieltäydymme|refuse|decline)"
    r"\s+(\w+\s+)?(begäran\w*|pyynnö\w*|pyyntö\w*|requests?)\b"
    r"|\b(pyynnö\w*|pyyntö\w*) (\w+ )?kieltäy\w*",
    re.IGNORECASE,
)


def _refuses_processing(words, sentence):
    """Whether a sentence that offers something lets the person refuse the processing in plain
    words, which is the right to object (GDPR Art 21(1)–(3)): a refusal ("ettet halua", "säga
    ifrån", "kieltäytyä") of a use or a sending of the data, or followed by the controller's
    stopping ("jolloin lopetamme", "och då slutar vi"). A consent's withdrawal is Art 7(3),
    not an objection."""
    if x.CONSENT.find(words):
        return False
    if _REQUEST_REFUSED.search(sentence):
        # (round 26) "… kan jag ta ut en skälig avgift eller avböja begäran": the keeper
        # refusing an excessive request (Art 12(5)), not the person refusing the processing
        return False
    refused = bool(_SAY_NO_RE.search(sentence) or x.REFUSE.find(words))
    if not refused:
        for index, token in enumerate(words):
            if not x.WANT.matches(token.lemma) and not token.lower.startswith("halu"):
                continue
            before = [t.lower for t in words[max(0, index - 3) : index]]
            if any(w in _PERSON_NEGATORS for w in before) and not any(
                w in _CONTROLLER_WORDS for w in before
            ):
                refused = True
                break
    if not refused:
        return False
    return bool(x.STOP.find(words) or x.PROCESS.find(words) or x.SEND.find(words))


# Words that make a request free ("utan avgift", "det kostar ingenting", "ilman maksua").
_FREE_OF_CHARGE = (
    r"maksuton|maksutta|ilmai\w*|veloituksetta|ilman maksua|ei maksa|avgiftsfri|kostnadsfri"
    r"|gratis|utan (avgift|kostnad)|kostar (aldrig|ingenting|inget|inte)|free of charge|\bfree\b"
    r"|without (a )?(fee|charge)|no (fee|charge)|costs nothing"
)


# A fee stated ("maksaa 10 €", "tas ut", "peritään"); the words drop "€": "maksaa 5 €" is read
# as "maksaa 5".
_CHARGED = re.compile(
    r"\b(maksaa|kostar|costs?)\b (\w+ )?\d|\d+ ?(€|e|eur|euro|euroa|euron|euros)\b|€ ?\d"
    r"|\btas (\w+ ){0,3}ut\b|\buttas\b|\bperi(tään|mme|n|ä)\b|\bdebiter\w*"
)


def _people_only(words):
    """Whether the words of "in person" the sentence holds are only persons ("yrkesutbildad
    person", "rätt personer"), no channel."""
    found = x.IN_PERSON.all(words)
    return bool(found) and all(t.lower in ("person", "personer", "personerna") for t in found)


# Plain asking, which a request about one's data shares with asking for anything.
_ASKING = frozenset("be ber bett bad pyytää pyytänyt pyytäneet pyysi pyysivät ask asked".split())


# (round 27) the price of the service itself, said among the rights: "Kurssimaksu on 120 euroa
# lukukaudessa", "Kursavgiften är 120 euro per termin" (no request's price)
_SERVICE_PRICE = re.compile(
    r"\b(kurssi|jäsen|lukukausi|kuukausi|vuosi|kausi|hoito|tunti|hieronta|kurs|medlems|termins"
    r"|månads|års|behandlings|lektions|course|membership|tuition|session|treatment)\w*"
    r"(maksu|avgift|hinta|pris|fee|price)\w*"
)
_AMOUNT = re.compile(
    r"\d+ ?(€|e|eur|euro|euroa|euron|euros)\b|€ ?\d|\b(maksaa|kostar|costs?)\b (\w+ )?\d"
)


# (not "vastaa", which also answers: "Rekisterinpitäjä vastaa rekisteröidyn pyyntöihin")
_REQUESTER_PAYS = casefree(
    r"\b(maksaa|maksavat|maksettava\w*|betalas av|bekostar|pays?|borne by)\b(\W+\w+){0,4}\W+"
    r"(pyytäjä\w*|pyynnön tekijä\w*|rekisteröi\w*|den som begär|den registrerade|sökande\w*"
    r"|requester|data subject)"
    r"|\b(pyytäjä\w*|pyynnön tekijä\w*|den som begär\w*( \w+)?|den registrerade|the requester)"
    r" (maksaa|maksavat|betalar|står för|bekostar|pays?)\b",
    re.IGNORECASE,
)


# The speed of an answer as a service of its own ("pikakäsittely", "expresshandläggning",
# "förtur", "nopeammin", "snabbare"), said of an answer or a request.
_SPEED_SOLD = re.compile(
    r"\b(pikakäsittel\w*|kiirekäsittel\w*|express\w*|snabbhandl\w*|förtur\w*"
    # "kiireellisen käsittelyn lisä on 20 €", "brådskande handläggning"
    r"|(kiireellise\w*|kiireelli\w*|brådskande|urgent) (käsittel\w*|handläggning\w*|handling)"
    r"|(nopeammin|nopeamman|snabbare|faster|quicker|urgent)\b(\W+\w+){0,6}\W+"
    r"(vastau\w*|vastaus\w*|vastata|svar\w*|handl\w*|käsittel\w*|answer\w*|repl\w*)"
    r"|(vastau\w*|vastaus\w*|svar\w*|answer\w*|repl\w*)(\W+\w+){0,6}\W+(nopeammin"
    r"|snabbare|faster|quicker))"
)


_DELIVERY_CHARGED = re.compile(
    r"\b(laskutan|laskutamme|laskutetaan|veloitan|veloitamme|veloitetaan|perin|perimme|peritään"
    r"|debiterar|debiteras|fakturerar|faktureras|tar (vi|jag) ut|tas ut|charge[sd]?|bill)"
    r"(\W+\w+){0,4}\W+\w*(postimaksu|postiku|lähetysku|toimitusku|porto|portot|frakt|postage"
    r"|shipping|delivery)\w*"
)


# (round 26) the delivery's cost put on the person without a charging verb: "kirjeenä, jonka
# postikulut lisätään asiakkaan seuraavaan laskuun", "portot betalar du själv", "asiakas maksaa
# postikulut".
_DELIVERY_COST = (
    r"(postimaksu|postiku|lähetysku|toimitusku|porto|portot|portokostnad|fraktkostnad"
    r"|postage|shipping cost|delivery cost)\w*"
)
_DELIVERY_BILLED = re.compile(
    _DELIVERY_COST + r"(\W+\w+){0,6}?\W+(laskuun|laskulle|laskussa|fakturan|fakturor|faktureras"
    r"|maksaa|maksat|maksettava\w*|betalar|betalas|står (du|kunden|asiakas) för|bekostar"
    r"|on asiakkaan|korvaa|korvattava\w*|invoice|bill|paid by|pay|pays)\b"
    r"|\b(asiakas|sinä|te|kunden|du|you) (itse |själv |själva )?(maksaa|maksat|maksatte|betalar"
    r"|står för|pays?)\W+(\w+\W+){0,2}" + _DELIVERY_COST
)


_FREE_SINCE_THE_LAST = re.compile(
    r"(maksuton|maksutta|veloituksetta|ilmai\w*|avgiftsfri|kostnadsfri|gratis|free)[^.]{0,60}"
    r"\b(jos|mikäli|kun|om|ifall|när|if|provided|when|once)\b[^.]{0,40}"
    r"\b(edellis\w*|föregående|senaste|förra|previous|last)\b"
)


_FREE = re.compile(_FREE_OF_CHARGE + r"|ingenting|\bnothing\b|aldrig något|ei mitään")


_CHANGES_OF_NOTICE = re.compile(r"\b(muuta\w*|muutok\w*|muutos|ändr\w*|chang\w*)\b")


# Something wrong in the data, on a condition: "Jos huomaat virheen", "jos jokin ei pidä
# paikkaansa", "Om något inte stämmer", "om en uppgift är fel".
_WRONG_ENTRY = casefree(
    r"\b(jos|mikäli)\b[^.]{0,40}\b(virhe\w*|väärin|ei pidä paikkaansa|puuttuu)"
    r"|\b(om|ifall)\b[^.]{0,40}\b(fel|felaktig\w*|inte stämmer|stämmer inte)\b"
    r"|^\W*(stämmer|är)\b[^.]{0,30}\b(inte|fel)\b"
    r"|\bif\b[^.]{0,40}\b(wrong|incorrect|mistake)",
    re.IGNORECASE,
)


# The data moved or read in by another: "siirtää toiselle palveluntarjoajalle", "jonka toinen
# hieroja pystyy siirtämään omaan järjestelmäänsä" (GDPR Art 20).
_TO_ANOTHER = casefree(
    r"(siirt\w*|flytta\w*|överför\w*|transfer\w*)[^.]{0,60}(toise\w*|anna[nt]|another)"
    r"|(toise\w*|anna[nt]|another)[^.]{0,40}(rekisterinpitäjä\w*|palveluntarjoaja\w*|ansvarig|controller)"
    # (round 17) "jonka toinen hieroja pystyy siirtämään omaan järjestelmäänsä"
    r"|\b(toinen|toise\w*|en annan|ett annat|another)\b[^.]{0,50}\b(luke\w*|siirtä\w*"
    r"|läs\w*|importer\w*|read\w*|import\w*|för\w* över|ta\w* emot|tuo\w*)",
    re.IGNORECASE,
)


# Rights offered ---------------------------------------------------------------------------------


def _rights_in_plain_words(sentence, words):
    """Rights said in plain words, offered or not, in any section: a wrong entry put right
    (round 17: "Jos huomaat virheen, korjaan sen"), the data handed over for another to take in
    ("… jonka toinen hieroja pystyy siirtämään omaan järjestelmäänsä"), and (round 18) one's
    record read ("Du får läsa din journal när du vill"), data deleted when the person asks
    ("bokningsuppgifter … tar jag bort om du ber om det") and data left unused while a dispute
    is settled ("Medan vi reder ut en oenighet … kan du be mig att inte använda dem")."""
    found = []
    if _WRONG_ENTRY.search(sentence) and x.RIGHTS["rectification"].find(words):
        found.append("rectification")
    if _TO_ANOTHER.search(sentence) and x.ALL_DATA.find(words):
        found.append("portability")
    if _READ_OWN.search(sentence):
        found.append("access")
    if _DELETED_ON_REQUEST.search(sentence):
        found.append("erasure")
    if _UNUSED_WHILE_DISPUTED.search(sentence):
        found.append("restriction")
    return found


_LAW_OR_PAYER = re.compile(
    r"^(laki|lain|lakia|lakiin|\w+laki|\w+lain|lag|lagen|\w+lagen|law|asetus|förordning\w*|kela"
    r"|kelalle|kelan|fpa|vakuutusyhtiö\w*|försäkringsbolag\w*|viranomai\w*|myndighet\w*)$"
)


def _REQUIRED_NOT_REQUESTED(words, request):
    """Whether "vaatia" is a law's or a payer's requiring ("kirjanpitolaki sitä vaatii",
    "vaaditut tiedot"), not the person's demand."""
    if not request.lower.startswith(("vaadi", "vaati", "kräv")):
        return False
    if request.lower.startswith(("vaadit", "vaadittu")):
        return True  # the participle: "vaaditut tiedot", "vaadittavat liitteet"
    index = next((i for i, t in enumerate(words) if t is request), 0)
    return any(_LAW_OR_PAYER.match(t.lower) for t in words[max(0, index - 5) : index])


# (round 18) One's own record read: "Du får läsa din journal", "Voit lukea potilaskertomuksesi".
_READ_OWN = casefree(
    r"\b(får|kan) (du |ni )?(läsa|se|titta i) (din|dina|er|era) (journal\w*|uppgift\w*"
    r"|anteckning\w*|kundkort\w*)"
    r"|\b(voit|saat|voitte|saatte) (lukea|nähdä|katsoa) (potilaskertomuksesi|potilastietosi"
    r"|tietosi|merkintäsi|muistiinpanosi|asiakaskorttisi|tietonne)"
    r"|\byou (may|can) (read|see|view) your (record|notes|file|data)",
    re.IGNORECASE,
)
# (round 18) Deleted when the person asks: "tar jag bort om du ber om det", "poistan ne, jos
# pyydät", "raderas på din begäran", "we delete them if you ask".
_DELETED_ON_REQUEST = casefree(
    r"\b(tar (jag|vi) bort|raderar (jag|vi)|raderas|tas bort|poistan|poistamme|poistetaan"
    r"|delete|remove|erase)\b[^.;]{0,60}\b(om (du|ni) (ber|begär|vill)|jos (pyydät|pyydätte"
    r"|haluat)|pyynnöstäsi|på (din|er) begäran|if you ask|at your request|on your request)",
    re.IGNORECASE,
)
# (round 18) Data left unused while a dispute is settled: "Medan vi reder ut en oenighet om
# dina uppgifter kan du be mig att inte använda dem", "Sillä aikaa kun selvitämme …, voit
# pyytää, etten käytä tietojasi".
_UNUSED_WHILE_DISPUTED = casefree(
    r"\b(medan|så länge|tills|sillä aikaa|sinä aikana|kunnes|while|until)\b[^.;]{0,80}"
    r"\b(be (mig|oss) (att )?inte använda|begära att (jag|vi) inte använder|pyytää,? (että )?"
    r"(en|emme|etten|ettemme) käytä|ask (me|us) not to use)"
    # the request first, the while after: "Voit pyytää, ettei tietojasi käytetä sinä aikana,
    # kun selvitämme …", "begära att jag inte använder den medan …"
    r"|\b(pyytää|begära|be (mig|oss)|ask)\b,? (ettei|etten|ettemme|att (jag|vi) inte|not to)"
    r"[^.;]{0,60}\b(sinä aikana|sillä aikaa|kunnes|medan|tills|while|until)\b"
    # data only kept, not used (GDPR Art 18(2)): "säilytämme ne silloin vain tallessa", "etten
    # käsittele niitä muuten kuin säilyttämällä", "be mig att bara förvara den utan att använda
    # den", "only store it without using it"
    r"|\b(bara|endast|vain|ainoastaan|only) (förvara|spara|lagra|säilyttä|säilytä|store|keep)"
    r"\w*[^.;]{0,40}(utan att använda|käyttämättä|without using)"
    r"|\bmuuten kuin säilyttä\w*|\butöver att (förvara|spara|lagra)\b"
    r"|\bother than (storing|keeping)\b|\bvain tallessa\b",
    re.IGNORECASE,
)


def rights_offered(section, sentence, words, parts, lang):
    """The rights a sentence offers: in a rights section any mention, elsewhere with a word
    of offering ("voit pyytää", "du har rätt att", "you may"). A denied right ("Hoito-
    merkintöjä ei poisteta pyynnöstä") is not offered."""
    in_rights = section == "rights"
    plain = _rights_in_plain_words(sentence, words)
    if not in_rights and not x.OFFER.find(words):
        return plain
    found = []
    for right, concept in x.RIGHTS.items():
        for clause in parts:
            token = concept.find(clause.tokens)
            if token is None:
                continue
            # A denied right is not offered, in the rights section too ("Journalanteckningar
            # kan inte raderas på begäran"); another clause may still offer it ("…, mutta
            # ajanvaraustiedot poistan, kun pyydät").
            if _negated_near(clause.tokens, token, lang):
                continue
            if (
                right == "access"
                and token.lemma in ("kopio", "kopia", "copy", "ote", "utdrag")
                and not in_rights
            ):
                # "Voit pyytää minulta: - kopion tiedoistasi": a copy of one's data asked
                # for is access; "Saat kopion laskusta" is not.
                if not (
                    x.OFFER.find(clause.tokens)
                    or (x.REQUEST.find(words) and x.ALL_DATA.find(clause.tokens))
                ):
                    continue
            if (
                right == "erasure"
                and not in_rights
                and x.RETAIN.find(words)
                and not x.REQUEST.find(words)
            ):
                continue  # "tiedot poistetaan kolmen vuoden kuluttua": retention, not a right
            found.append(right)
            break
    found += [right for right in plain if right not in found]
    if "portability" not in found and _TO_ANOTHER.search(sentence):
        found.append("portability")
    if "objection" not in found and _refuses_processing(words, sentence):
        found.append("objection")
    if (
        "access" not in found
        and re.search(
            r"(kysyä|kysy|tietää|selvittää|få veta|få se|ta reda på|fråga|find out|ask)[^.]{0,40}"
            r"(mitä|vilka|vad|what)"
            # seeing one's data, with or without "get to": "rätt att se dina uppgifter",
            # "oikeus nähdä tietonsa", "to view your data" ("se till att" ensures)
            r"|(få se|att se(?! till)|saada nähdä|nähdä|to see|to view)\s[^.]{0,30}"
            r"(uppgift\w*|tieto\w*|tiedo\w*|data|information)"
            r"|(mitä|vilka|vad)[^.]{0,30}(tieto\w*|uppgift\w*)[^.]{0,30}(sinusta|om dig|on tallennet)"
            # "rätt att se vad jag har antecknat om er", "nähdä, mitä sinusta on kirjattu"
            r"|(att se|få se|nähdä|katsoa|to see),? (vad|mitä|what)\b[^.]{0,40}"
            r"(om (dig|er)|sinusta|teistä|about you)",
            sentence,
            re.IGNORECASE,
        )
        and (in_rights or x.OFFER.find(words))
    ):
        found.append("access")
    return found


# Requests: caps, fees and channels -------------------------------------------------------------


def right_limit(section, words, parts):
    # A request, or access offered as a right ("tarkastusoikeutta voi käyttää …"); "Rekisterin
    # tiedot tarkastetaan kerran vuodessa" is the controller's own review, not a cap.
    access = x.ACCESS.find(words)
    if access is not None and access.lower.endswith("mme"):
        # "Tarkastamme tietojen oikeellisuuden kahdesti vuodessa": the controller's own
        # review (its first person plural), not a request.
        access = None
    text = lowered(words)
    # "Vill du se dina uppgifter oftare än …", "Jos haluat nähdä tietosi useammin …": access
    # said as seeing one's data.
    seeing = re.search(
        r"\b(?:få )?se (?:dina|sina|era) (?:person)?uppgifter|\bnähdä (?:omat |sinusta )?"
        r"(?:tieto|tietosi|tietojasi|tietonne)\b|\bsee (?:your|their) (?:personal )?data"
        # "Årets första genomgång av journalen", "potilasasiakirjojen läpikäynti"
        r"|\bgenomgång\w* av (?:din |dina )?(?:journal\w*|uppgift\w*)"
        # "Voit kysyä tietojasi maksutta", "Tietojen tarkistaminen kerran vuodessa"
        r"|\bkysy\w* (?:omia |kaikkia )?tieto\w*|\btietojen tarkist\w*|\btarkistaa tieto\w*"
        # (round 27) the data as the object put first: "Tiedot voi tarkistaa kerran …",
        # "Uppgifterna kan granskas en gång …"
        r"|\btiedo?t\w* (?:voi|voit|saa|saat) (?:tarkist|tarkast)\w*"
        r"|\buppgifter\w* (?:kan|får) (?:du )?(?:granska|kontroller|se)\w*"
        r"|\b(?:potilasasiakirjojen|tietojen|tietojesi) (?:läpikäynti|katsominen|tarkastelu)"
        # (round 28) the person's own data checked, wherever it is said: "rekisteröidyn omien
        # tietojen tarkastuksia tehdään enintään kaksi", "granskning av de egna uppgifterna"
        r"|\bomien tietojen (?:tarkast|tarkist)\w*|\begna uppgifter\w* (?:granska|kontroller)\w*"
        r"|\b(?:granskning|kontroll)\w* av (?:sina |dina |de )?egna (?:person)?uppgifter\w*",
        text,
    )
    request = x.REQUEST.find(words)
    if (
        request is not None
        and section != "rights"
        and request.lower in _ASKING
        and not (access or x.RIGHT.find(words) or x.ALL_DATA.find(words))
    ):
        # "många kunder har bett mig påminna dem, och ett kort sms två gånger om året …":
        # asking for a service, no request about one's data
        request = None
    if request is not None and _REQUIRED_NOT_REQUESTED(words, request):
        # (round 18) what a law or a payer requires ("kirjanpitolaki sitä vaatii", "lähetän
        # Kelalle vaaditut tiedot") is no request of the person's
        request = None
    topic = (
        request
        or (access and (section == "rights" or x.OFFER.find(words)))
        or seeing
        # "Vill du ha en kopia oftare än en gång per år …": a copy of one's data asked for
        or (section == "rights" and x.COPY.find(words))
        # (round 15) an amount charged in the rights section is the requests' price,
        # whatever is named: "Tietojen toimittaminen USB-tikulla maksaa 5 €"
        or (section == "rights" and _AMOUNT.search(text) and not _SERVICE_PRICE.search(text))
        # (round 16) an amount charged for access anywhere: "Registerutdrag kostar 10
        # euro", a footnote's "Utdraget skickas mot en hanteringskostnad på 10 euro"
        # ("Ytterligare utdrag kostar 10 euro": a further copy, Art 15(3))
        or (
            access
            and _AMOUNT.search(text)
            and not x.FURTHER.find(words)
            and not re.search(_FREE_OF_CHARGE, text)
        )
    )
    # (round 25) the delivery of one's data charged: "lähetän ne kirjattuna kirjeenä ja
    # laskutan sinulta postimaksun (noin 8 €)", "debiterar vi portot" (Art 12(5), 15(3): the
    # first copy is free, however it is sent)
    if (
        (
            _DELIVERY_CHARGED.search(text)
            # (round 26) a cost put on the person, in a request's words or under rights only:
            # a shop's "postikulut lisätään tilauksen laskuun" is no request's price
            or ((topic or section == "rights") and _DELIVERY_BILLED.search(text))
        )
        and (
            # (round 27) under rights the data need no word: "För utskick på papper tar jag ut
            # portokostnaden"
            section == "rights"
            or re.search(
                r"tieto|tiedo|uppgift|kopi|utdrag|\bdata\b|cop(y|ies)|selvity|rekisteriote", text
            )
        )
        and not x.FURTHER.find(words)
        and not re.search(_FREE_OF_CHARGE, text)
    ):
        return " ".join(t.text for t in words)
    if _SPEED_SOLD.search(text) and (
        _AMOUNT.search(text)
        or x.FEE.find(words)
        # the words drop "€": "kiireellisen käsittelyn lisä on 20 €" reads "lisä on 20"
        or re.search(r"\b(on|är|is|maksaa|kostar|costs?)\s+\d+\b", text)
    ):
        # (round 25) a faster answer sold: "Jos haluat vastauksen kahden viikon sisällä,
        # pikakäsittely maksaa 30 euroa", "expresshandläggning, som kostar 15 euro". Art 12(3)
        # owes every answer without undue delay and Art 12(5) free of charge: a price on the
        # speed is a price on the request.
        return " ".join(t.text for t in words)
    if not topic:
        return ""
    if _FREE_SINCE_THE_LAST.search(text) and (period_in(words) or x.TIME_UNIT.find(words)):
        # (round 25) free only when time has passed since the last request, whatever is asked
        # for ("Jos haluat lisäksi kattavan selvityksen …, saat sen maksutta, kun edellisestä
        # pyynnöstäsi on kulunut vähintään 12 kuukautta"): a cap on the requests (Art 12(5))
        return " ".join(t.text for t in words)
    if x.LAWFUL_FEE.find(words) or (x.FURTHER.find(words) and x.COPY.find(words)):
        return ""
    # "vill du ha fler kopior av samma uppgifter kan jag ta ut en rimlig avgift": more copies
    # of the same (Art 15(3)), said by a word of number next to the copies
    if re.search(r"\b(fler|flera|useampi\w*|useita|more) (\w+ )?(kopi\w*|copies)\b", text):
        return ""
    text = lowered(words)
    yearly = bool(
        x.YEAR_PERIOD.find(words)
        or re.search(
            r"\b(vuodessa|vuosittain|kalenterivuodessa|vuoden aikana|12 kuukauden|kahdentoista kuukauden"
            r"|per år|om året|i året|varje år|per kalenderår|a year|per year|each year"
            # a school's term as the window: "en gång per termin", "kerran lukukaudessa"
            r"|per termin|varje termin|i terminen|per säsong|lukukaudessa|lukukausittain"
            r"|kaudessa|per term|each term|a term|per semester"
            # (round 25) a season of its own name: "ett utdrag per seglingssäsong",
            # "kerran purjehduskaudessa"
            r"|per \w+(säsong|termin)|\w+kaudessa"
            # (round 27) "under en tolvmånadersperiod", "tolv månaders period"
            r"|\w*månadersperiod\w*|\w*årsperiod\w*"
            # (round 28) a quarter as the window: "yksi pyyntö vuosineljännestä kohden",
            # "en begäran per kvartal"
            r"|vuosineljänne\w*|neljännesvuo\w*|\w*kvartal\w*|quarter\w*)\b",
            text,
        )
    )
    count = bool(
        x.TIMES.find(words)
        or x.AT_MOST.find(words)
        or re.search(r"\b(yksi|yhden|kaksi|kahden|1|2|en|ett|två|one|two)\b", text)
    )
    fee = None
    for clause in parts:
        token = x.FEE.find(clause.tokens)
        if token and not clause.negated:
            fee = token
    # Any window of time caps requests as a year does: "kuuden kuukauden välein", "en gång
    # i månaden", "once every six months".
    window = yearly or bool(
        x.TIME_UNIT.find(words)
        and (
            x.TIMES.find(words)
            # (a rate: "per halvår", not a channel: "per e-post")
            or re.search(
                r"välein|mellanrum|intervall|\bevery\b|\bper (\w+ (och|and) )?\w*(år|månad"
                r"|kvartal|vecka|termin|säsong|year|month|week|quarter|term)",
                text,
            )
        )
    )
    if window and (count or fee):
        return " ".join(t.text for t in words)
    # "Tarkastuspyyntöjä voi tehdä puolen vuoden välein", "med sex månaders mellanrum": an
    # interval between requests caps them with no count said.
    if x.TIME_UNIT.find(words) and re.search(
        r"\b(välein|välin|mellanrum|intervall\w*|every)\b", text
    ):
        return " ".join(t.text for t in words)
    # "inte oftare än var sjätte månad", "ei useammin kuin kerran puolessa vuodessa": a
    # frequency cap on the requests is a limit whatever it costs (Art 12(5)).
    if (x.TIME_UNIT.find(words) or yearly) and re.search(
        r"\boftare än\b|\buseammin kuin\b|\bmore often than\b|\bmore than once\b", text
    ):
        return " ".join(t.text for t in words)
    # "Tarkastusoikeutta voi käyttää vuosittain": a year's window on the right itself.
    if yearly and re.search(r"\bvoi käyttää\b|\bkan (utnyttjas|användas)\b|\bcan be used\b", text):
        return " ".join(t.text for t in words)
    # "Ensimmäinen tarkastus on ilmainen, seuraavista laskutamme kulut", "Den första begäran
    # är gratis, för de följande debiterar vi": free only the first time.
    if (
        # (round 27) or priced by a verb and an amount: "Ensimmäinen pyyntö on ilmainen,
        # seuraavat maksavat 25 €"
        (fee or _AMOUNT.search(text) or re.search(r"\bmaksavat \d", text))
        and re.search(r"\b(ensimmäi\w*|första|first)\b", text)
        and re.search(
            r"\b(seuraav\w*|följande|därefter|sen jälkeen|subsequent|following|further)\b", text
        )
    ):
        return " ".join(t.text for t in words)
    # "Ensimmäinen tarkastuspyyntö vuodessa on maksuton", "Den första begäran per år är
    # kostnadsfri": free only the first time in a window, so the next ones are not (a
    # further copy of Art 15(3) was let through above).
    if (
        window
        and re.search(r"\b(ensimmäi\w*|första|first)\b", text)
        and re.search(_FREE_OF_CHARGE, text)
    ):
        return " ".join(t.text for t in words)
    # "Tietojen toimittaminen USB-tikulla maksaa 5 €": an amount in the rights section
    if (
        section == "rights"
        and _AMOUNT.search(text)
        and not re.search(_FREE_OF_CHARGE, text)
        and not _SERVICE_PRICE.search(text)
    ):
        return " ".join(t.text for t in words)
    # "Postikulut maksaa pyytäjä", "Portot betalas av den som begär utdraget": the costs put
    # on the one who asks make the request no free one (Art 12(5)).
    if _REQUESTER_PAYS.search(text) and not re.search(_FREE_OF_CHARGE, text):
        return " ".join(t.text for t in words)
    # "Seuraavan tarkastuspyynnön voi esittää aikaisintaan neljän kuukauden päästä
    # edellisestä", "tidigast sex månader efter den föregående": a wait between requests
    # caps them as a window does (Art 12(5)).
    if x.TIME_UNIT.find(words) and re.search(
        r"\baikaisintaan\b|\bedellise\w*|\btidigast\b|\bföregående\b|\bat the earliest\b"
        r"|\bsince (the|your) (last|previous)\b|\bförra\b|\bviimei\w* (pyynnö|tarkastukse)\w*"
        r"|\bsenaste (begäran|förfrågan)\b",
        text,
    ):
        return " ".join(t.text for t in words)
    # (round 14) Any fee on a request, in a clause that makes it no free one: "Tarkastus
    # maksaa 10 €", "Förfrågningar behandlas först när handläggningsavgiften är betald",
    # "För att utnyttja rätten till insyn tas en skälig ersättning ut", "…; jokaisesta
    # uudesta tarkastuspyynnöstä laskutamme käsittelykulut" (Art 12(5): every request is
    # free; a fee only for a manifestly unfounded or excessive one, read above).
    for clause in parts:
        if clause.negated:
            continue
        clause_text = lowered(clause.tokens)
        charged = x.FEE.find(clause.tokens) or _CHARGED.search(clause_text)
        # ("Avgifter: att se dina uppgifter kostar aldrig något": a label, then its text)
        # the fee is the request's: said in the same clause as the request or the access
        own = (
            x.REQUEST.find(clause.tokens)
            or x.ACCESS.find(clause.tokens)
            or x.COPY.find(clause.tokens)
            or (seeing and seeing.group(0) in clause_text)
        )
        if charged and own and len(clause.tokens) > 2 and not _FREE.search(clause_text):
            return " ".join(t.text for t in words)
    # "Varje begäran debiteras med en skälig avgift", "Jokaisesta pyynnöstä peritään
    # kohtuullinen maksu": a fee on every request, whatever its amount.
    if (
        fee
        and re.search(
            r"\b(varje|jokai\w*|kaikista|kaikki\w*|each|every|all)\b|skälig|kohtuullinen"
            r"|reasonable",
            text,
        )
        and not re.search(r"maksuton|maksutta|avgiftsfri|kostnadsfri|free of charge|gratis", text)
    ):
        return " ".join(t.text for t in words)
    # "Tarkastus on maksuton, jos edellisestä tarkastuksesta on kulunut vähintään 12
    # kuukautta; muutoin peritään toimistokulut": free only on a condition of time is a cap.
    if (
        re.search(
            r"(maksuton|maksutta|veloituksetta|avgiftsfri|kostnadsfri|gratis|free of charge|free)"
            r"[^.]{0,60}\b(jos|mikäli|kun|om|ifall|if|provided|when)\b",
            text,
        )
        and (period_in(words) or x.TIME_UNIT.find(words))
        and (
            fee
            or re.search(r"\b(muutoin|muuten|muussa tapauksessa|annars|otherwise)\b", text)
            # (round 25) the time counted from the last request: "saat sen maksutta, kun
            # edellisestä pyynnöstäsi on kulunut vähintään 12 kuukautta"
            or re.search(r"\b(edellis\w*|föregående|senaste|förra|previous|last)\b", text)
        )
    ):
        return " ".join(t.text for t in words)
    # "Kaksi ensimmäistä pyyntöäsi käsittelen maksutta; kolmannesta alkaen perin 15 euron
    # maksun": an amount charged, read clause by clause (a semicolon apart from the free
    # ones).
    free = _FREE_OF_CHARGE
    if fee and not re.search(free, text):
        # "on maksullista (12 €)", "Tarkastuksesta peritään toimistomaksu", "För
        # registerutdrag tar vi ut en expeditionsavgift": a fee on the request itself.
        return " ".join(t.text for t in words)
    for clause in parts:
        part = lowered(clause.tokens)
        if (
            not clause.negated
            and x.FEE.find(clause.tokens)
            and re.search(r"\d|euro|€", part)
            and not re.search(
                r"maksuton|maksutta|avgiftsfri|kostnadsfri|free of charge|gratis", part
            )
        ):
            return " ".join(t.text for t in words)
    return ""


_WHO_HAS_ACCESS = re.compile(
    r"\b(har|have|has) tillgång\b|\btillgång till (registret|systemet|uppgifterna)|\bpääsy\w*"
    r"|\bkäyttöoikeu\w*|\blösenord\w*|\bsalasan\w*|\bpasswords?\b"
)
_REFUSED = re.compile(
    r"\b(behandlas|besvaras|tas emot|godkänns|accepteras) inte\b"
    r"|\bei (käsitellä|oteta vastaan|vastata|hyväksytä)\b"
    r"|\b(are|is) not (handled|answered|accepted|processed)\b"
)


# The verbs of a refused request: "… pyyntöihin en vastaa", "besvaras inte".
_REFUSING = re.compile(
    r"\b(vastaa\w*|käsittel\w*|käsitellä|besvara\w*|behandla\w*|accept\w*|answer\w*"
    r"|tas emot|oteta vastaan"
    # (round 28) "vi tar inte emot begäranden per e-post eller telefon"
    r"|tar (inte )?emot|ta emot|vastaanota\w*)\b"
)
# The ways a person may bring a request, as a refusal names them.
_CHANNEL_KINDS = (
    ("phone", re.compile(r"puhelim\w*|puhelu\w*|tekstivie\w*|telefon\w*|sms\w*|phone")),
    (
        "in_person",
        re.compile(
            r"kasvotusten|paikan päällä|paikan päälle|vastaanotolla|studiolla|salilla|liikkeessä"
            # (round 26) the premises by other names: "hoitolassa", "klinikalla", "i butiken"
            r"|hoitolassa|klinikalla|toimipisteessä|toimitiloissa|salongissa|kaupassa"
            r"|personligen|på plats|på mottagningen|i salongen|på kliniken|i butiken|i studion"
            r"|in person"
        ),
    ),
    (
        "social",
        re.compile(
            r"instagram\w*|facebook\w*|whatsapp\w*|messenger\w*|somessa|some-\w*|sosiaalis\w*"
            r"|sociala medier|social media|direktmeddelande\w*|yksityisviest\w*"
        ),
    ),
    ("post", re.compile(r"postitse|kirjee\w*|per post|brev\w*|by post|letter")),
)


def _with_listed_before(parts):
    """Each clause with its tokens and those of the short list items just before it.

    (round 26) "Sähköpostitse, puhelimitse tai hoitolassa esitettyihin pyyntöihin emme
    vastaa": the comma cuts the list, and "Sähköpostitse" stands alone as a clause of one
    word; it belongs to the refused clause after it. A clause of three words or more
    ("Voit lähettää pyynnön sähköpostilla, mutta …") says something of its own.
    """
    listed = []
    for clause in parts:
        yield clause, [*listed, *clause.tokens]
        listed = [*listed, *clause.tokens] if len(clause.tokens) <= 2 else []


_PREMISES = dict(_CHANNEL_KINDS)["in_person"]


def _names_channel(name, concept, words, text):
    """Whether the words name a channel: its concept, or (round 28) for a visit the premises
    said in a phrase ("på plats i salongen", "paikan päällä hoitolassa")."""
    return bool(concept.find(words) or (name == "in_person" and _PREMISES.search(text)))


def request_channel(section, words, parts):
    topic = x.REQUEST.find(words) or x.ACCESS.find(words) or x.RIGHT.find(words)
    if (
        section in ("purposes", "legal_basis", "data_content", "retention", "recipients")
        or (
            # "… uttryckliga samtycke, som vi ber om på en separat blankett": the business's
            # form for a consent it asks is no channel for the person's requests
            # ("pyydän siihen luvan allekirjoitetulla lomakkeella": a permission asked)
            (x.CONSENT.find(words) or x.PERMISSION.find(words))
            and not any(WITHDRAWS.match(t.lower) for t in words)
        )
    ) and not (x.ACCESS.find(words) or x.RIGHT.find(words)):
        # "Kirje lähetetään vain niille, jotka ovat rastineet kohdan jäsenhakemuksessa": a
        # letter the business sends, or an application for the service, is no channel for
        # the data subject's requests.
        return ""
    if _WHO_HAS_ACCESS.search(lowered(words)) and not x.REQUEST.find(words):
        # (round 22) "Registret finns i anmälningssystemet, som bara lärarna och kansliet har
        # tillgång till med personliga lösenord": who may open the register, not a channel
        return ""
    if not topic and (section != "rights" or _CHANGES_OF_NOTICE.search(lowered(words))):
        # "Jos muutan tätä kirjettä, kerron siitä …": how changes are told, no request.
        return ""
    signed = x.SIGNED.find(words)
    if signed and not any(c.negated and signed in c.tokens for c in parts):
        return "signed"
    only = x.ONLY.find(words)
    # "… sähköpostitse tai puhelimitse tulleisiin pyyntöihin en vastaa": a channel named in
    # a denied clause is refused, not offered.
    offered = [t for c in parts if not c.negated for t in c.tokens] if parts else words
    email = x.EMAIL.find(offered)
    text = lowered(words)
    if (
        re.search(
            r"\bmuulla (tavalla|tavoin|keinoin)\b|\bmuuta kautta\b|\bannat sätt\b|\bannan väg\b"
            r"|\bmuilla (tavoin|tavoilla|keinoin|keinoilla)\b"
            r"|\bandra (vägar|sätt|kanaler)\b|\bmui(ta|den) (kanavi\w*|reittej\w*|teitä)\b"
            r"|\bother (ways?|means|channels?)\b",
            text,
        )
        and x.REQUEST.find(words)
        and any(c.negated for c in parts)
    ):
        # "Muulla tavoin lähetettyjä pyyntöjä ei käsitellä", "Begäran som kommer på annat
        # sätt behandlas inte": every other channel refused.
        return "exclusive"
    if re.search(
        r"\bmui(ta|hin|den) (pyyntö\w*|tietopyyntö\w*)|\bandra (begäran|förfrågningar)\b"
        r"|\bother requests\b",
        text,
    ) and any(c.negated for c in parts):
        # "Käytä lomaketta; muita pyyntöjä emme käsittele": the others refused.
        return "exclusive"
    if (
        topic
        and re.search(r"\b(muuten|muussa tapauksessa|annars|i annat fall|otherwise)\b", text)
        and any(c.negated for c in parts)
        and (
            x.OWN_FORM.find(words)
            or x.POST.find(words)
            or x.IN_PERSON.find(words)
            or re.search(r"lomake\w*|lomakett\w*|blankett\w*|formulär\w*|\bform\b", text)
        )
    ):
        # (round 27) "Käytä liitteenä olevaa lomaketta, muuten pyyntöä ei voida käsitellä",
        # "Använd blanketten …, annars kan den inte behandlas": one way, or none (Art 12(2))
        return "exclusive"
    # "Begäran ska skickas per brev", "Pyyntö on toimitettava postitse", "must be sent by
    # post": one channel made a requirement, with no other channel beside it.
    phone = re.search(r"puhelim\w*|telefon\w*|phone", " ".join(t.lower for t in offered))
    machine_readable = re.search(r"maskinläsbar|koneluettav|machine-readable", text)
    for clause in parts:
        if clause.negated or email or phone:
            break
        clause_text = lowered(clause.tokens)
        if not re.search(
            # "tulee lähettää" obliges; "muutos tulee voimaan" does not
            r"\b(ska|skall|måste|must|shall|täytyy|pitää)\b|\btulee \w+(a|ä)\b"
            r"|\bon \w+(ttava|ttävä|tava|tävä)\b",
            clause_text,
        ):
            continue
        channels = [
            (name, c)
            for name, c in (
                ("post", x.POST),
                ("in_person", x.IN_PERSON),
                ("own_form", x.OWN_FORM),
            )
            if _names_channel(name, c, words, text)
            and not (name == "own_form" and machine_readable)
            # "yrkesutbildad person" is a person, "in person" a channel
            and not (
                name == "in_person"
                and _people_only(words)
                and not re.search(r"\bin person\b", text)
            )
        ]
        if len(channels) == 1:
            return channels[0][0]
    # "Begäran lämnas personligen på mottagningen": one channel stated as how it is done,
    # in the passive, with no other offered and nothing optional said.
    if (
        not (email or phone or only)
        and topic
        and re.search(
            r"\b(lämnas|inlämnas|görs|skickas|sänds|framställs|tehdään|esitetään|toimitetaan"
            r"|lähetetään|jätetään|osoitetaan)\b",
            text,
        )
        # the answer sent by post is how the business replies, not how one asks
        and not re.search(r"\b(vastau\w*|vastaamme|svar\w*|answer\w*|reply|replies)\b", text)
        and not re.search(
            r"\b(kan|voi|voit|voidaan|voitte|may|can|också|även|myös|esimerkiksi|till exempel"
            r"|eller|tai|or)\b",
            text,
        )
    ):
        one = [
            name
            for name, c in (
                ("post", x.POST),
                ("in_person", x.IN_PERSON),
                ("own_form", x.OWN_FORM),
            )
            if _names_channel(name, c, words, text)
        ]
        if len(one) == 1 and not machine_readable:
            return one[0]
    # "Sähköpostitse tulleisiin pyyntöihin emme vastaa": email refused, in a request
    # sentence of its own, leaves only the others (Art 12(2)). Email is the channel anyone
    # has; a phone refused alone for identity's sake is another matter, but (round 24) two
    # ways or more refused ("Puhelimessa, Instagramissa tai studiolla esitettyihin pyyntöihin
    # en vastaa") leave one way as a requirement (EDPB Guidelines 01/2022 on the right of
    # access).
    if topic and any(
        c.negated
        and _REFUSING.search(lowered(c.tokens))
        and (
            x.EMAIL.find(refused)
            or len({kind for kind, pattern in _CHANNEL_KINDS if pattern.search(lowered(refused))})
            >= 2
        )
        for c, refused in _with_listed_before(parts)
    ):
        return "exclusive"
    if (
        topic
        and x.EMAIL.find(words)
        and _REFUSED.search(text)
        and not re.search(r"\b(förrän|ennen kuin|until|before)\b", text)
    ):
        # (round 22) "Begäran som kommer per e-post, telefon eller brev behandlas inte": the
        # negation at the end refuses every channel named before it (Art 12(2))
        return "exclusive"
    if only and not email:
        if x.POST.find(words):
            return "post"
        # ("bara rätt personer kommer in": people, not a channel)
        if x.IN_PERSON.find(words) and not _people_only(words):
            return "in_person"
        if (
            x.OWN_FORM.find(words)
            or re.search(r"\bvå(rt|ra) \w*formulär", text)
            # "enbart via formuläret på vår webbplats"
            or re.search(r"formulär\w* på (vår|min) (webbplats|hemsida|sida)", text)
            or re.search(r"lomakkee\w* (verkkosivuillamme|sivuillamme|kotisivuillamme)", text)
        ):
            # "Endast begäran som kommer in via vårt formulär …"
            return "own_form"
    return ""
