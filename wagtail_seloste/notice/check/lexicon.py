"""The concepts the reader looks for, as lemmas (lemmas.py), in Finnish, Swedish and English.

A concept is matched on a word's lemma (simplemma's, or Voikko's), or, for compounds and words
the dictionary lacks, on the lemma's end or start: "tarkastusoikeus" ends with "oikeus",
"asiakastieto" with "tieto", "hälsouppgifter" starts with "hälso". Lemmas are lowercase.

Before widening a concept, write the sentence it should read and one it should not into the
check's tests (tests/core/test_check_claims.py).
"""

import itertools
from dataclasses import dataclass

from .lemmas import Words

# Each concept's own number: the key of what a sentence's ``Words`` remember it found.
_NUMBERS = itertools.count()
_NONE = object()


@dataclass(frozen=True)
class Concept:
    lemmas: frozenset = frozenset()
    ends: tuple = ()
    starts: tuple = ()

    def __post_init__(self):
        # What is known of each form met: {form: bool}, and the forms that are the concept. One
        # tuple, replaced (never emptied in place) when it grows too big, so that a thread
        # reading it never sees one half of it emptied.
        object.__setattr__(self, "_memo", ({}, set()))
        object.__setattr__(self, "_number", next(_NUMBERS))

    def _classify(self, form, memo):
        hit = memo[0][form] = (
            form in self.lemmas
            or bool(self.ends and (form.endswith(self.ends) or _definite(form, self.ends)))
            or bool(self.starts and form.startswith(self.starts))
        )
        if hit:
            memo[1].add(form)
        return hit

    def _forget_if_full(self, memo):
        if len(memo[0]) > 100_000:
            object.__setattr__(self, "_memo", ({}, set()))

    def matches(self, form):
        """Whether one word form is the concept (remembered: notices repeat their words)."""
        memo = self._memo
        hit = memo[0].get(form)
        if hit is None:
            hit = self._classify(form, memo)
            self._forget_if_full(memo)
        return hit

    def is_token(self, token):
        """Whether one token is the concept (``find((token,))``, without the loop)."""
        return self.matches(token.lemma) or (
            token.lower != token.lemma and self.matches(token.lower)
        )

    def find(self, words):
        """The first token that is the concept, by its lemma or its lowercase form."""
        # The hot loop of the reader (a 500 KB notice asks it some 200 000 times, most often of
        # words that hold no such token): a sentence's ``Words`` carry the set of their forms,
        # and a set that meets none of the concept's forms answers without the loop below.
        if type(words) is Words:
            # A sentence is asked of the same concept again and again (by each rule that reads
            # it): its ``Words`` remember the answer.
            found = words.found.get(self._number, _NONE)
            if found is _NONE:
                found = words.found[self._number] = self._find(words)
            return found
        return self._find(words)

    def _find(self, words):
        memo = self._memo
        seen = memo[0]
        found = None
        # Forms learnt here go into this memo even if another thread replaces it meanwhile.
        if type(words) is Words:
            new = words.forms.difference(seen)
            if new:
                for form in new:
                    self._classify(form, memo)
                self._forget_if_full(memo)
            if words.forms.isdisjoint(memo[1]):
                return None
        grew = False
        for token in words:
            hit = seen.get(token.lemma)
            if hit is None:
                hit, grew = self._classify(token.lemma, memo), True
            if not hit and token.lower != token.lemma:
                hit = seen.get(token.lower)
                if hit is None:
                    hit, grew = self._classify(token.lower, memo), True
            if hit:
                found = token
                break
        if grew:
            self._forget_if_full(memo)
        return found

    def all(self, words):
        return [t for t in words if self.matches(t.lemma) or self.matches(t.lower)]


def _compound_plural(form, ends):
    """Whether ``form`` is a compound's plural whose head is one of ``ends`` ("sessions-
    anteckningar"); the stem's test against all the ends at once comes first (it fails for
    almost every form), the compound's length only then."""
    for suffix in _PLURAL:
        if not form.endswith(suffix):
            continue
        stem = form[: -len(suffix)]
        if stem.endswith(ends) and any(
            stem.endswith(end) and len(stem) > len(end) + 2 for end in ends
        ):
            return True
    return False


# Swedish definite endings, which the lemmatizer leaves on compounds it does not know
# ("vårdavtalet", "kunduppgiftens"): the compound's last part is still the concept's end.
# Swedish definite endings after a compound's head: "-bilden", "-bilderna" ("Föreställnings-
# bilderna" is photographs as "bilder" is).
_DEFINITE = ("ets", "ens", "et", "en", "nas", "na")
# (round 16) The plural of such a compound, indefinite or definite: "sessionsanteckningar",
# "behandlingsanteckningarna" are notes as "anteckning" is. Compounds only: "loggar" alone is
# also a verb ("du loggar ut").
_PLURAL = ("arna", "erna", "orna", "ar", "er", "or", "t")


def _definite(form, ends):
    if form.endswith(_PLURAL) and _compound_plural(form, ends):
        return True
    if not form.endswith(_DEFINITE):
        return False  # most forms: one test instead of one per ending
    return any(
        form.endswith(suffix)
        and len(form) > len(suffix) + 3
        and form[: -len(suffix)].endswith(ends)
        for suffix in _DEFINITE
    )


def concept(lemmas="", ends=(), starts=()):
    return Concept(frozenset(lemmas.split()), tuple(ends), tuple(starts))


# Data groups (GDPR Art 13(2)(a) per group; keys as the retention targets and the claims API).
GROUPS = {
    "health": concept(
        "terveys sairaus lääkitys lääke diagnoosi allergia raskaus esitieto hoitomerkintä "
        "hoitokertomus sairauskertomus potilaskertomus anamneesi journal patientjournal "
        "health medical allergy diagnosis",
        ends=(
            "terveystieto",
            "hoitotieto",
            "potilastieto",
            "hoitomerkintä",
            "esitieto",
            "esitietolomake",
            "hoitokortti",
            "potilaskortti",
            # (round 26) the Swedish treatment card: "Behandlingskorten sparas så länge lagen
            # kräver"
            "behandlingskort",
            "behandlingskortet",
            "behandlingskorten",
            "patientkort",
            "asiakaskertomus",
            "terapiamuistiinpano",
            "terapiamuistiinpanot",
            "muistiinpano",
            "hoitosuunnitelma",
            "kuntoutussuunnitelma",
            "sairaushistoria",
            "terveydentila",
            "terveystila",
            "hälsouppgift",
            "hälsouppgifter",
            "hälsotillstånd",
            "journalanteckning",
            # (round 21) keeping the journal: "journalföringen är min lagstadgade skyldighet"
            "journalföring",
            "journalhandling",
            "journalhandlingar",
            # (round 22) "Behandlingsjournalen sparas …", "vårdjournal", "hoitojournaali"
            "journal",
            "journaali",
            # notes of a session ("anteckningar från coachingsamtalen"), as "muistiinpano"
            "anteckning",
            "vårdanteckning",
            "patientuppgift",
            "behandlingsanteckning",
            "allergi",
            "allergia",
            "allergiat",
            # fitness tests and body measurements ("kuntotestien tulokset", "konditionstest"):
            # what they show of a body is health data (the docs' fitness-test example)
            "kuntotesti",
            "kehonkoostumus",
            "konditionstest",
            "kroppssammansättning",
            # a diet told for food allergies or illness ("ruokavaliotietosi", "specialkost")
            "ruokavaliotieto",
            "erityisruokavalio",
            "specialkost",
        ),
        starts=(
            "terveystie",
            "terveydenti",
            "terveyttä",
            "terveyte",
            "potilasas",
            "potilastie",
            "potilaskert",
            "hoitomerkin",
            "hoitotie",
            "esitie",
            "hälsoupp",
            "hälsotill",
            "hälsoinfo",
            "patientjourn",
            "patientupp",
            "sjukdom",
            "allergi",
            # (round 16) a health questionnaire and body measurements as the compound's first
            # part: "terveyskysely", "hälsoenkäten", "kehonkoostumusmittaukset"
            "terveysky",
            "terveyslomak",
            "hälsoenkät",
            "hälsodeklar",
            "hälsoformulär",
            "kehonkoostum",
            "kroppssammansät",
            "kuntotest",
            "konditionstest",
            "diagno",
            "medicin",
            "lääkity",
            "sairau",
            "health",
        ),
    ),
    "invoices": concept(
        "lasku laskutus kirjanpito tosite kuitti tilinpäätös maksu maksaa faktura bokföring "
        "verifikat kvitto bokslut invoice bookkeeping accounting receipt",
        ends=(
            "lasku",
            "laskutus",
            "laskutustieto",
            "kirjanpito",
            "kirjanpitoaineisto",
            "tosite",
            "maksutieto",
            "faktura",
            "bokföring",
            "verifikat",
        ),
        starts=(
            "laskut",
            "kirjanpi",
            "tosit",
            "bokför",
            "faktur",
            "verifikat",
            "invoic",
            "bookkeep",
            "accounting",
            "tilinpäät",
            "maksutie",
            "betalning",
        ),
    ),
    "bookings": concept(
        "varaus ajanvaraus varata käynti tapaaminen bokning tidsbokning boka besök booking "
        "appointment "
        # a shop's orders are its client register's ("Beställningarna sparas …"); a course's
        # registrations are its bookings ("Anmälningar … raderas ett år efter kursen")
        "beställning ilmoittautuminen anmälan anmälning registration",
        ends=("varaus", "varaustieto", "ajanvaraus", "käyntitieto", "bokning"),
        starts=(
            "ajanvara",
            "varaustie",
            "tidsbok",
            "bokning",
            "booking",
            "appointment",
            # the history of bookings or visits is booking data
            "varaushistori",
            "käyntihistori",
            "besökshistorik",
            # a waiting list holds requests for a time not yet booked
            "jonotuslist",
            "jonolist",
            "odotuslist",
            "väntelist",
            "kölist",
            "waiting list",
            "waitlist",
            "ilmoittautumi",
            "anmälning",
        ),
    ),
    "marketing": concept(
        "uutiskirje markkinointi suoramarkkinointi mainonta nyhetsbrev marknadsföring "
        "direktmarknadsföring newsletter marketing",
        # Periodic letters to clients are newsletters whatever their period or name.
        ends=(
            "uutiskirje",
            "markkinointi",
            "nyhetsbrev",
            "marknadsföring",
            "kuukausikirje",
            "viikkokirje",
            "asiakaskirje",
            "jäsenkirje",
            "månadsbrev",
            "veckobrev",
            "kundbrev",
        ),
        starts=(
            "uutiskir",
            "markkinoin",
            "suoramark",
            "nyhetsbrev",
            "marknadsför",
            "newsletter",
            "marketing",
            "sähköpostilist",
            "postituslist",
            # (round 17) "nyhetsmejlen", "utskickslistan", "e-postlistan"
            "nyhetsmejl",
            "utskickslist",
            "e-postlist",
            "mainonta",
            # campaigns and adverts sent ("Erbjudanden och kampanjer per e-post",
            # "tekstiviestitarjoukset"); an offer alone may be a quote for a job
            "kampanj",
            "mainos",
            "tekstiviestitarjou",
            "sms-tarjou",
            # (round 16) a list of those who get offers: "tarjouslista", "erbjudandelistan"
            "tarjouslist",
            "tarjousviest",
            "erbjudandemeddeland",
            "erbjudandesms",
            "tarjousrekister",
            "erbjudandelist",
            "erbjudandeutskick",
            "offer list",
            # (round 25) a list for offers by text message: "sms-listan för erbjudanden",
            # "tekstiviestilistalle"
            "sms-list",
            "tekstiviestilist",
            "textmeddelandelist",
            # a letter's distribution list: "kausikirjeen jakelulistan sähköpostiosoitteet",
            # "sändlistan"
            "jakelulist",
            "sändlist",
            "kausikirje",
            # messages to loyal customers are offers: "Kanta-asiakasviestien numerot"
            "kanta-asiakasviest",
            "stamkundsutskick",
            "stamkundsmeddeland",
            # (round 18) the subscriber of a letter: "Prenumerantens adress tas bort …"
            "prenumerant",
            "subscriber",
        ),
    ),
    # Access control is a log of entries too ("Kulunvalvontatiedot: 6 kuukautta", "leimaukset",
    # "passerloggar"): no part of the client's record.
    "logs": concept(
        "loki lokitieto logg loggdata log kulunvalvonta passerkontroll",
        ends=("loki", "lokitieto", "logg", "loggdata", "loggfil", "kulunvalvontatieto"),
        starts=(
            "lokitie",
            "palvelinlok",
            "loggfil",
            "loggdat",
            "serverlogg",
            "log file",
            "kulunvalvon",
            "passerkontroll",
            "inpassering",
            # access events of a gym's door: "leimaukset", "kulkutapahtumat", "passerloggar",
            # "passagehändelser" (access-control records are logs)
            "leimau",
            "kulkutapahtum",
            # "Kulkutiedot | 6 kuukautta", "sisäänkulkutiedot", "passerdata"
            "kulkutie",
            "sisäänkulkutie",
            "passerdata",
            "passeruppg",
            "passerlogg",
            "passagehändelse",
            # (round 15) "Ovijärjestelmän kulkumerkinnät: 90 päivää", "dörrloggen"
            "kulkumerkin",
            # (round 16) entries at the door: "sisäänkäyntitiedot", "ovitapahtumat"
            # (round 35) and its openings: "ovenavaustiedot", "ovenavausten ajankohdat"
            "ovenavau",
            "dörröppning",
            "sisäänkäyntitie",
            "ovitapahtum",
            "dörrhändelse",
            "ovitapahtum",
            "ovimerkin",
            "dörrlogg",
            "dörrhändelse",
            "passermarkering",
        ),
    ),
    "cookies": concept(
        "eväste cookie kaka",
        ends=("eväste", "cookie", "kaka", "kakor"),
        starts=("eväst", "cookie", "kakor"),
    ),
    "consents": concept(
        "",
        ends=("suostumustieto", "samtyckesuppgift"),
        # the consents themselves, in the plural ("Suostumukset säilytetään …", "Samtyckena
        # sparas …"): the records of who consented
        starts=("suostumustie", "samtyckesupp", "suostumukset", "samtyckena"),
    ),
    "requests": concept("", ends=("tarkastuspyyntö",), starts=("tarkastuspyyn",)),
    # Photographs taken of clients (a photographer's shoots, a salon's before/after pictures)
    # are a data group of their own (GDPR Art 13(2)(a)): a period for contact data says nothing
    # of them. "kuva" alone is not read: "Seloste kuvaa …" lemmatizes to it; its plural and
    # partitive forms are.
    "photos": concept(
        "valokuva kuvat kuvia kuvien kuvista kuviin kuvissa kuvamateriaali bild foto fotografi "
        # (round 19) the comitative: "Asiakaskortti kuvineen poistetaan …"
        "kuvineen valokuvineen "
        "photo photograph picture",
        # Not "valokuvaaja", "valokuvaamo", "fotograf": the photographer is no data.
        # "esityskuvat", "tapahtumakuvat": a compound's head
        ends=(
            "valokuva",
            "valokuvat",
            "kuvamateriaali",
            "bild",
            "bilder",
            "foto",
            "fotografier",
            "kuvat",
            "kuvia",
            "kuvista",
        ),
        # the files of a shoot: "kuvaustiedostot", "kuva-aineisto", "bildfilerna"
        starts=(
            "kuvatiedosto",
            "kuvaustiedosto",
            "kuva-aineisto",
            "kuvaaineisto",
            "raakakuv",
            "bildfil",
            "fotofil",
            "bildmaterial",
        ),
    ),
    # Groups a statement covers only for themselves: job applications, camera recordings,
    # reviews.
    "other": concept(
        "hakemus työhakemus ansökan tallenne kameravalvonta valvontakamera videotallenne "
        "kamerabevakning inspelning "
        # (round 16) sound recordings: "äänitteet", "nauhoitteet", "ljudinspelningarna"
        "äänite nauhoite ljudinspelning ljudfil "
        # (round 28) films of a class or a session: "filmer från passen där deltagarna syns",
        # "tunneilla kuvatut filmit" (not "video", which is also a call: "via video")
        "film filmi filmer filmit",
        ends=(
            "hakemus",
            "tallenne",
            "kameravalvonta",
            "ansökan",
            "bevakning",
            "äänite",
            "nauhoite",
            # (round 17) "kamerainspelningar", "videoövervakning": a Swedish compound's head
            "inspelning",
            # (round 28) "Konsertfilmerna", "esiintymisfilmit"
            "film",
            "filmen",
            "filmer",
            "filmerna",
            "filmi",
            "filmit",
            "övervakning",
        ),
        starts=(
            "työhakem",
            "kameraval",
            "videotall",
            "tallentee",
            "kamerabev",
            "ansökning",
            "äänitte",
            "nauhoitte",
            "ljudinspelning",
            # (round 28) answers to a feedback survey, a list of their own: "palautekyselyn
            # vastaukset", "kundenkätens svar" (a survey named as a purpose is none: claims.py)
            "palautekysel",
            "asiakaskysel",
            "asiakastyytyväisyyskysel",
            "kyselyvastau",
            "enkätsvar",
            "kundenkät",
            "feedback survey",
            # (round 32) a course's returned work: "palautetut kirjoitustehtävät ja ääninäytteet",
            # "inlämningsuppgifterna", "ljudproven" (not homework given in a therapy, which is
            # part of the session notes: "hemuppgifter", "kotitehtävät")
            "kirjoitustehtäv",
            "kurssitehtäv",
            "palautustehtäv",
            "ääninäyt",
            "inlämningsuppgift",
            "ljudprov",
            "assignment",
        ),
    ),
    "clients": concept(
        # (round 28) "numret", "numeron": a phone number deleted ("svara STOPP så tar vi bort
        # numret") is a contact detail, never the data as a whole
        "nummer numero mobilnummer matkapuhelinnumero "
        "asiakas asiakkuus asiakastieto yhteystieto nimi puhelinnumero sähköpostiosoite "
        "osoite asiakasrekisteri jäsen jäsentieto valmennettava oppilas kund kunduppgift "
        "kontaktuppgift namn telefonnummer medlem client customer contact "
        # a membership is a gym's or a club's client relationship, as "asiakkuus" is a shop's
        "jäsenyys medlemskap membership "
        # the people served, named as a table's row ("Potilaat | …", "Kursdeltagare | …")
        "osallistuja deltagare kursdeltagare kurssilainen elev ohjattava "
        "coachattava kundkort participant student "
        # a shop's clients: "ostajan tiedot", "köparens uppgifter"
        "ostaja köpare beställare",
        ends=(
            "asiakastieto",
            "yhteystieto",
            "asiakasrekisteri",
            "jäsentieto",
            "kunduppgift",
            "kontaktuppgift",
            "kundregister",
            "klientuppgift",
            "klient",
            "henkilötieto",
            "perustieto",
            "asiakaskortti",
            # The history of the client's visits and treatments is the client's record, not
            # their contact details ("Yhteystiedot ja hoitohistoria poistetaan …").
            "hoitohistoria",
            "asiakashistoria",
            "käyntihistoria",
            # a shop's order history is its client record ("tilaushistorian säilytämme …")
            "tilaushistoria",
            "ostohistoria",
            "köphistorik",
            "orderhistorik",
            # patients in the plural ("Potilaat | …"); "potilaan asemasta" and "patientens
            # ställning" name the Patient Act, not data
            "potilaat",
            "potilaiden",
            "patienter",
            "patienterna",
            "patienternas",
            "behandlingshistorik",
            "kundhistorik",
            "besökshistorik",
        ),
        starts=(
            "medlemsuppg",
            "medlemsregist",
            # pupils and participants: "Elevuppgifterna", "oppilastiedot", "Deltagaruppgifterna"
            "elevuppg",
            "elevregist",
            "elevkort",
            "deltagaruppg",
            "deltagarregist",
            "oppilastie",
            "oppilasrek",
            "oppilaskort",
            # a person's card: "Ratsastajakortit", "jäsenkortti", "ryttarkortet", "medlemskort"
            "ratsastajakort",
            "jäsenkort",
            "ryttarkort",
            "medlemskort",
            "deltagarkort",
            "valmennettav",
            "ohjattav",
            "kurssilai",
            "kursdeltag",
            "osallistuj",
            "asiakastie",
            "asiakasreki",
            "yhteystie",
            "asiakkuu",
            # the client relationship: "asiakassuhteen hoitaminen", "kundrelationen"
            "asiakassuh",
            "kundrelation",
            "kundförhåll",
            "kunduppg",
            "kontaktupp",
            "kundreg",
            "customer",
            "client",
            "klient",
        ),
    ),
}
# "Tiedot", "henkilötiedot", "personuppgifterna", "the data": a statement about the data as a
# whole, which covers every group without a period of its own.
ALL_DATA = concept(
    "tieto henkilötieto rekisteri tietosisältö uppgift personuppgift data information",
    ends=("rekisteritieto",),
)

# Retention (GDPR Art 13(2)(a)): keeping and deleting.
RETAIN = concept(
    # "poistua" (are removed, intransitive: "tallenteet poistuvat 21 vuorokauden kuluttua")
    "säilyttää säilyä säilö säilöä säilytys säilytysaika poistaa poisto poistua hävittää hävitys "
    "arkistoida tuhota anonymisoida spara bevara lagra förvara radera gallra arkivera "
    # "Vi behåller", "förstörs", "slängs", "makuleras"; the particle of "tas bort" and "finns
    # kvar", and "pidetään tallessa": keeping and deleting in a verb of two words
    "behålla förstöra slänga makulera bort kvar tallessa "
    # a list emptied: "Jonotuslista tyhjennetään lukukauden lopussa", "Väntelistan töms"
    "tyhjentää tömma "
    # cleaning a list or a folder, data that stay: "numerolistaa siivotaan", "viestit jäävät
    # sähköpostiini jonkin aikaa"
    "siivota rensa "
    # (round 17) culling: "Niitä karsin aina kun …", "karsitaan"
    "karsia "
    # (round 18) culled or vanishing of themselves: "merkinnät karsiutuvat", "försvinner"
    "karsiutua karsiutuvat karsiutuu försvinna försvinner "
    # (round 19) a list set back to nothing: "kön nollställs varje kvartal", "lista nollataan"
    "nollställa nollställs nollställas nollata nollataan nollautuu nollautuvat "
    # thrown away: "Närvarolistorna kastas när terminen är slut", "heitetään pois"
    "kasta kastas kastar heittää heitetään "
    "retain keep store delete erase remove destroy",
    starts=(
        "behåll",
        "tyhjennet",
        "töms",
        # "viestit jäävät sähköpostiini jonkin aikaa" (not "jäimme", we left off)
        "jäävät",
        "förstör",
        "släng",
        "makuler",
        "säilyt",
        "säilytettäv",
        "poistet",
        "poistuv",
        "poistuu",
        "hävitet",
        "sparas",
        "lagras",
        "raderas",
        "gallras",
        "bevaras",
        "förvaras",
        "lagringstid",
        "sparar",
        "sparat",
        "sparade",
        "lagrar",
        "lagrat",
        "bevarar",
        "förvarar",
        "raderar",
        "gallrar",
        "arkiver",
        "arkistoi",
        "anonymisoi",
        "tuhot",
        "hävitä",
        "poistam",
        "säilöt",
        "delet",
        "kept",
        "retain",
        "stored",
        "erased",
    ),
)
# A period or criterion that bounds a retention ("kolme vuotta", "asiakkuuden päättymiseen
# asti", "kunnes peruutat suostumuksesi", "kirjanpitolain mukaisesti").
# "Yhteystiedot poistan samalla", "Allergiuppgifterna raderas samtidigt": at the time the
# sentence before names.
TIME_UNIT = concept(
    "vuosi kuukausi viikko päivä vuorokausi år månad vecka dag dygn year month week day "
    "vuotta kuukautta halvår kvartal quarter",
    starts=("vuo", "kuukau", "viiko", "halvår", "kvartal", "neljännesvuo"),
)
CRITERION = concept(
    "päättyminen päättyä loppu loppuminen kesto voimassa voimassaolo kunnes saakka asti "
    "peruuttaa perua peruutus kuolema syntymä viimeinen upphöra slut tills avsluta återkalla "
    "död födelse until end withdraw death "
    # a day the data goes: "poistamme ne lähtöpäivänäsi", "raderas på avresedagen", "vid
    # utcheckningen", "heti", "genast"
    "heti välittömästi genast omedelbart immediately "
    # the end of a term or a season: "lukukauden lopussa", "kauden lopulla"
    "lopussa lopulla päätteeksi",
    starts=(
        "päättymi",
        "peruut",
        "upphör",
        "voimassa",
        "lähtöpäiv",
        "avresedag",
        "utcheckning",
        "uloskirjau",
        "checkout",
        "departure",
    ),
)
VAGUE = concept(
    "tarpeellinen tarpeen tarvita tarvittava edellyttää vaatia nödvändig behöva behov krävas "
    "kräva "
    "förutsätta fordra necessary needed required require toistaiseksi "
    # "niin kauan kuin niistä on hyötyä", "så länge de är till nytta": usefulness is a need
    # in other words, no event that ends the keeping
    "hyöty hyötyä hyödyllinen nytta användbar useful "
    # "niin kauan kuin on välttämätöntä", "kohtuullisen ajan", "skälig tid": a need or a
    # measure the reader cannot check
    "välttämätön välttämättä kohtuullinen skälig rimlig nödvändigt essential reasonable "
    # "för behövlig tid", "tarpeelliseksi katsotun ajan"
    "behövlig erforderlig motiverad befogad perusteltu "
    # "alan käytännön mukaisesti", "enligt gällande praxis": a custom is no period
    "käytäntö praxis practice sedvänja",
    starts=(
        "hyödyllis",
        "välttämät",
        "kohtuulli",
        "behövl",
        "erforderl",
        "motiver",
        "befoga",
        "perustelt",
    ),
)
LAW = concept(
    "laki lainsäädäntö asetus säädös lag förordning law legislation",
    ends=("laki", "lag", "lagen", "asetus", "förordning"),
)
DEATH = concept("kuolema kuolla död dö death", starts=("kuolem", "kuoli", "döds", "död"))
BIRTH = concept("syntymä syntyä födelse född birth", starts=("syntym", "födel", "birth"))

# Legal bases, GDPR Art 6(1).
CONSENT = concept(
    "suostumus suostua samtycke samtycka medgivande consent",
    ends=("suostumus",),
    starts=("suostum", "suostu", "samtyck", "medgivande", "consent"),
)
CONTRACT = concept(
    "sopimus sopimussuhde avtal avtalsförhållande contract",
    ends=("sopimus", "avtal"),
    starts=("sopimu", "avtal", "contract"),
)
OBLIGATION = concept(
    "lakisääteinen velvoite velvollisuus velvoittaa förpliktelse lagstadgad skyldighet obligation",
    starts=("lakisäät", "velvoit", "velvolli", "förpliktelse", "lagstadg", "obligation", "skyldig"),
)
# (round 32) with a translator's calques: "legitiimi etu", "legitiimi intressi", "legitimt
# intresse"
LEGITIMATE = concept(
    "oikeutettu berättigad legitimate legitiimi legitim legitimt",
    # (not "legitim…" as a start: "legitimerad", "legitimation" are a licence and an ID)
    starts=("oikeutet", "berättiga", "legitiim"),
)
INTEREST = concept("etu intresse interest intressi", ends=("etu",))

# Laws a notice names; the GDPR and the Tietosuojalaki oblige nothing to be processed.
DATA_PROTECTION_LAWS = concept(
    "tietosuojalaki tietosuoja-asetus henkilötietolaki dataskyddsförordning dataskyddslag "
    "gdpr personuppgiftslag",
    ends=(
        "tietosuojalaki",
        "tietosuoja-asetus",
        "henkilötietolaki",
        "dataskyddsförordning",
        "dataskyddslag",
        "dataskyddslagen",
        "tietosuojalainsäädäntö",
        "tietosuojasäädös",
    ),
    starts=(
        "tietosuojala",
        "tietosuoja-asetu",
        "henkilötietola",
        "dataskyddsförordn",
        "dataskyddslag",
        "gdpr",
        "tietosuojalainsäädä",
        "tietosuojasääd",
    ),
)
REAL_OBLIGATIONS = concept(
    "kirjanpitolaki arvonlisäverolaki verolaki potilaslaki bokföringslag mervärdesskattelag "
    "patientlag",
    ends=(
        "kirjanpitolaki",
        "verolaki",
        "bokföringslag",
        "bokföringslagen",
        "potilaslaki",
        "patientlag",
        "patientlagen",
        "kuluttajansuojalaki",
        "rahanpesulaki",
    ),
    starts=(
        "kirjanpitola",
        "arvonlisäverol",
        "bokföringsla",
        "mervärdesskattel",
        "potilasasiakirja",
        "patientdatala",
        "journalhandling",
    ),
)

# Conduct that notices take as consent: booking, using, buying, visiting, giving the data.
CONDUCT = concept(
    "varata ajanvaraus varaus käyttää käyttö ostaa tilata vierailla asioida antaa luovuttaa "
    "ilmoittautua rekisteröityä boka bokning använda köpa beställa besöka lämna registrera "
    "book booking use buy order visit provide submit "
    # paying, arriving, filling in a form, taking part: acts of the service, no act of choice
    "maksaa saapua täyttää osallistua jättää betala anlända fylla delta pay arrive fill attend "
    # confirming a booking is booking ("När du bekräftar kursplatsen via länken …")
    "vahvistaa bekräfta confirm "
    # (round 27) opening an account or logging in ("Kun avaat asiakastilin, suostut …")
    "kirjautua avata luoda logga skapa öppna",
    # the verbal nouns: "Ilmoittautuminen kurssille tarkoittaa suostumusta …", "Registreringen
    # innebär …"
    starts=(
        "ilmoittautumi",
        "rekisteröitymi",
        "varaami",
        "ostami",
        "käyttämi",
        "asiointi",
        "anmälan",
        "registrering",
        "beställning",
        "användning",
    ),
)
# The 3rd infinitive's adessive ("varaamalla", "käyttämällä") and Swedish "genom att": the
# means by which something happens.
MEANS_SUFFIXES = ("malla", "mällä")
ACCEPT = concept(
    "hyväksyä hyväksyntä godkänna godta acceptera accept agree sallia",
    starts=("hyväksy", "godkän", "godta", "accept", "agree"),
)
PERMISSION = concept(
    "lupa tillstånd tillåtelse permission lov klartecken", starts=("luvan", "tillåtelse")
)
DEEMED = concept(
    "katsoa katsotaan tulkita merkitä tarkoittaa anses betraktas räknas innebära betyda deem "
    "count mean",
    starts=("katsota", "tulkita", "anses", "betraktas", "räknas", "deemed", "merkitsev", "innebär"),
)

# Rights (GDPR Art 15–22) and requests.
REQUEST = concept(
    "pyyntö pyytää vaatia vaatimus tarkastuspyyntö hakemus begäran begära förfrågan be ber bett "
    "request ask förfrågning",
    ends=("pyyntö", "begäran"),
    starts=("pyyn", "pyyd", "pyytä", "begär", "request", "förfrågning"),
)
ACCESS = concept(
    "tarkastaa tarkastus tarkastusoikeus registerutdrag insyn kopio jäljennös access copy "
    # "Utdraget är gratis en gång om året", "Tillgång till uppgifterna ges mot en avgift"
    "utdrag tillgång",
    ends=(
        "tarkastus",
        "tarkastusoikeus",
        "tarkastuspyyntö",
        "registerutdrag",
        "utdrag",
        "utdraget",
        "rekisteriote",
    ),
    starts=("tarkast", "registerutdr", "jäljennö", "insyn", "rekisteriot"),
)
RIGHT = concept("oikeus rätt rättighet right", ends=("oikeus", "rätt", "rättighet"))
FEE = concept(
    "maksu veloittaa periä hinta euro kustannus avgift debitera kosta fee charge "
    # "Tarkastaminen on maksullista (15 €)", "Registerutdrag är avgiftsbelagda"
    "maksullinen avgiftsbelagd chargeable "
    # "seuraavista laskutamme kulut", "vi debiterar våra kostnader"
    "laskuttaa kulu kostnad",
    ends=("maksu", "avgift"),
    starts=("veloit", "käsittelymaks", "avgift", "debiter", "maksulli", "laskutamme"),
)
YEAR_PERIOD = concept(
    "vuosittain årligen annually kalenterivuosi",
    starts=("kalenterivuo",),
)
TIMES = concept(
    # "kahdesti vuodessa", "kolmesti": a count of times in one word
    "kerta kerran kertaa gång once twice thrice time kahdesti kolmesti neljästi",
    starts=("kerra", "kerta"),
)
AT_MOST = concept("enintään korkeintaan högst most", starts=("enintä", "korkeinta"))
LAWFUL_FEE = concept(
    # (repetition alone is no ground: "toistuvista pyynnöistä perin 25 euroa" charges every
    # repeated request; Art 12(5) allows a fee for a manifestly unfounded or excessive one)
    "perusteeton kohtuuton lisäkopio ogrundad orimlig uppenbart manifestly excessive",
    starts=(
        "perusteet",
        "kohtuut",
        "lisäkopio",
        "ilmeise",
        "ogrund",
        "orimli",
        "uppenbar",
        "manifest",
        "excessiv",
    ),
)
# "Further" is lawful for copies (GDPR Art 15(3): a fee for further copies), not for requests
# ("för ytterligare begäranden tar vi ut en avgift" caps free requests, Art 12(5)).
FURTHER = concept(
    "lisä ylimääräinen ytterligare further additional extra",
    # (round 26) the further copy or print, not every word that starts so: "postikulut
    # lisätään laskuun" (added), "lisäksi" (besides) and "lisämaksu" (an extra fee) are none
    starts=(
        "lisäkop",
        "lisäjäljen",
        "lisätulost",
        "lisäselvit",
        "lisäote",
        "lisäottee",
        "lisäpyyn",
        "lisätoimit",
        "ytterligare",
        "additional",
        "further",
    ),
)
COPY = concept(
    "kopio jäljennös kopia copy exemplar "
    # (round 15) what is made for the person: "Selvityksen laatimisesta laskutamme …", "en
    # utskrift", "sammanställningen av dina uppgifter"
    "selvitys tuloste utskrift sammanställning printout",
    ends=("kopio", "kopia", "jäljennös", "tuloste", "utskrift"),
    starts=("kopi",),
)
SIGNED = concept(
    "allekirjoittaa allekirjoitus omakätinen underteckna underskrift signera sign signature "
    # "försedd med din namnteckning", "nimikirjoituksellasi varustettu"
    "namnteckning nimikirjoitus",
    starts=(
        "allekirjoit",
        "omakätis",
        "underteckn",
        "underskr",
        "signe",
        "sign",
        "namnteckn",
        "nimikirjoit",
    ),
)
POST = concept(
    "kirje kirjeitse posti postitse brev post letter mail",
    starts=("kirje", "postits", "brev"),
)
IN_PERSON = concept(
    "henkilökohtaisesti paikan päällä kasvotusten kasvokkain personligen person face-to-face",
    starts=("henkilökohtai", "personlig", "kasvotu", "kasvokk"),
    # (round 24) at the counter: "ainoastaan salin vastaanoton tiskillä", "i receptionens disk"
    ends=("tiski", "infotiski", "asiakaspalvelutiski", "disk", "informationsdisk"),
)
OWN_FORM = concept(
    # (round 15) the keeper's own portal or app as the one way in: "vain asiakasportaalin kautta",
    # "via formuläret i kundportalen"
    "lomake blankett form portaali portal sovellus app",
    ends=("lomake", "blankett", "portaali", "portal", "sovellus", "appen")
    # (round 26) a customer account's messages as the one way in: "vain … asiakastilin
    # viestitoiminnon kautta", "endast via meddelandefunktionen i ditt kundkonto"
    + ("asiakastili", "käyttäjätili", "viestitoiminto", "kundkonto", "användarkonto")
    + ("meddelandefunktion",),
    starts=("lomakkee",),
)
ONLY = concept(
    "vain ainoastaan pelkästään yksinomaan endast enbart bara only solely exclusively "
    # (round 28) "the only channel": "pyyntöjen ainoa käsittelykanava on …", "den enda vägen"
    "ainoa enda sole",
)
EMAIL = concept("sähköposti sähköpostitse e-post mejl email e-mail", starts=("sähköpost", "e-post"))

# Sources (GDPR Art 14(2)(f)): the person themselves.
SOURCE_SELF = concept("itse själv itsensä yourself themselves directly suoraan direkt")
SOURCE_VERB = concept(
    "saada kerätä antaa ilmoittaa lähde tietolähde kerätty lämna samla få källa "
    "collect obtain provide source "
    # "Kaiken tämän kerrot minulle itse", "Det berättar du själv"
    "kertoa berätta tell",
    ends=("lähde", "källa"),
)

# Recipients and transfers.
DISCLOSE = concept(
    "luovuttaa luovutus jakaa lämna utlämna dela disclose share",
    starts=("luovut", "utlämn", "disclos"),
)
TRANSFER = concept(
    "siirtää siirto siirtyä överföra överföring transfer",
    starts=("siirr", "siirt", "överför", "transfer"),
)
EXPLICIT = concept("nimenomainen uttrycklig explicit", starts=("nimenomai", "uttryckli"))

# Changes to the notice.
CHANGE = concept(
    "muuttaa muutos päivittää päivitys ändra ändring uppdatera change update amend modify",
    starts=("muut", "päivit", "ändr", "uppdater"),
)

# The rights of GDPR Art 15–21 as verbs and nouns (in a rights section, or in a sentence that
# says the person can ask for them).
RIGHTS = {
    "access": concept(
        "tarkastaa tarkastus tarkastusoikeus nähdä nähtävä jäljennös kopio pääsy granska insyn "
        "registerutdrag tillgång access copy "
        # "otteen tiedoistasi", "en kopia av dina uppgifter", "ett utdrag ur registret", "du kan
        # kontrollera dina uppgifter"
        "ote kopia utdrag kontrollera",
        ends=("tarkastusoikeus", "registerutdrag", "jäljennös", "utdrag"),
        starts=(
            "tarkast",
            "nähtäv",
            "jäljennö",
            "granska",
            "registerutdr",
            "insyn",
            "tillgång",
            "kontroller",
        ),
    ),
    "rectification": concept(
        "korjata korjaus korjaaminen oikaista oikaisu täydentää täydennys korjauttaa rätta "
        "rättelse rättning korrigera komplettera rectify rectification correct",
        starts=("korja", "oikai", "täydent", "rättel", "rättni", "korriger", "komplett", "rectif"),
    ),
    "erasure": concept(
        "poistaa poisto poistaminen hävittää unohdettu unohtaa radera radering erase erasure "
        "delete deletion forget forgotten",
        starts=("poist", "unohde", "hävit", "rader", "utplån", "eras", "delet"),
    ),
    "restriction": concept(
        "rajoittaa rajoitus rajoittaminen rajoite rajata begränsa begränsning restrict restriction",
        # "käytetään vain rajatusti": the lemmatizer reads "rajatusti" as "raja" (a border)
        starts=("rajoit", "begräns", "restrict", "rajatust", "rajattu"),
    ),
    "portability": concept(
        "koneluettava siirrettävyys maskinläsbar dataportabilitet portability portable",
        starts=(
            "koneluettav",
            "koneellisesti",
            "siirto-oikeu",
            "siirrettävy",
            "maskinläsbar",
            "dataportab",
            "portab",
            "machine-read",
        ),
    ),
    "objection": concept(
        "vastustaa vastustaminen vastustusoikeus kieltää kielto kielto-oikeus invända "
        "invändning motsätta object objection",
        starts=("vastust", "kielto", "kieltä", "kiellä", "invänd", "motsätt", "object"),
    ),
}
# The right to object said in plain words (GDPR Art 21(1)–(3): the person objects, and the
# controller no longer processes): "ilmoittaa, ettet halua tietojasi käytettävän …, jolloin
# lopetamme sen", "säga ifrån mot att vi använder dina uppgifter, och då slutar vi".
WANT = concept("haluta halu vilja want wish", starts=("halu",))
REFUSE = concept("kieltäytyä avböja refuse decline", starts=("kieltäyty", "avböj"))
STOP = concept(
    "lopettaa lakata keskeyttää sluta upphöra avbryta stop cease",
    starts=("lopet", "lakka", "upphör"),
)
SEND = concept("lähettää skicka send", starts=("lähet", "skick"))
# "Voit pyytää", "sinulla on oikeus", "du kan begära", "you may": a sentence that offers.
OFFER = concept(
    "voida oikeus pyytää vaatia kysyä rätt rättighet begära kunna be kräva right request may "
    "can ask "
    # "Antamasi tiedot saat halutessasi koneluettavassa muodossa", "om du vill": the person's
    # wish offers it
    "haluta vilja wish",
    ends=("oikeus", "rätt"),
    starts=("oikeu", "pyy", "vaati", "rätt", "begär", "halutessa"),
)

# Purposes: a verb of processing and a word of purpose.
PROCESS = concept(
    "käsitellä käyttää kerätä tarvita tallentaa kirjata hyödyntää behandla använda samla "
    "behöva registrera spara process use collect need",
    starts=("käsittel", "käytä", "käyte", "kerä", "tarvit", "tallenn", "behandl", "använd"),
)
AUTOMATED = concept(
    "automaattinen automaattisesti automatisk automatiskt automatiserad automated automatic "
    "automatically profilointi profiloida profilera profilering profiling profile",
    starts=(
        "automaatt",
        "automatis",
        "automated",
        "automatic",
        "profiloi",
        "profiler",
        "profiling",
    ),
)
DECISION = concept(
    "päätös päätöksenteko päättää tehdä beslut besluta fatta decision decide decision-making",
    starts=("päätö", "beslut", "decision"),
)
REQUIREMENT = concept(
    "edellytys pakollinen vapaaehtoinen välttämätön förutsättning obligatorisk frivillig "
    "nödvändig mandatory voluntary requirement",
    starts=(
        "edellyty",
        "pakollis",
        "vapaaehto",
        "välttämät",
        "förutsätt",
        "obligatori",
        "frivillig",
        "nödvändig",
        "mandator",
        "voluntar",
    ),
)

# Recipients (GDPR Art 13(1)(e)): a verb of giving or seeing and someone who receives.
HAND_OVER = concept(
    "luovuttaa luovutus antaa jakaa myydä vuokrata toimittaa lähettää välittää nähdä saada "
    "käsitellä lämna utlämna dela sälja hyra skicka överlämna se få ta del disclose share "
    "sell rent send pass see receive access",
    starts=("luovut", "utlämn", "disclos"),
)
# Processing on the controller's behalf: a processor is a recipient (GDPR Art 4(9), 28):
# "Tilitoimisto hoitaa kirjanpitoni", "Leverantören behandlar uppgifterna för vår räkning".
PROCESS_FOR = concept("käsitellä hoitaa behandla sköta hantera process handle manage")
# How data are handled or protected: a sentence of these says nothing of where data come from.
HANDLE = concept(
    "käsitellä ylläpitää suojata säilyttää salata behandla skydda upprätthålla hantera "
    "process protect maintain handle secure",
    starts=("käsitel", "käsitt", "ylläpid", "ylläpit", "suojat", "suojaa", "behandl", "skydd"),
)
RECEIVER = concept(
    "muu kolmas osapuoli ulkopuolinen kukaan kirjanpitäjä tilitoimisto viranomainen kela "
    "palveluntarjoaja toimittaja kumppani yhteistyökumppani vakuutusyhtiö tredje part "
    "utomstående ingen bokförare bokföringsbyrå myndighet fpa leverantör partner anybody "
    "nobody accountant authority provider third",
    # "bokföringsbyrån", "redovisningsbyrån": a compound's definite head
    ends=("toimisto", "yhtiö", "kirjanpitäjä", "byrå", "byrån", "viranomainen", "myndighet"),
)
# Telling people about changes (GDPR Art 12(1), 13(3); WP260 rev.01).
NOTIFY = concept(
    "ilmoittaa tiedottaa kertoa informoida meddela informera underrätta notify inform tell "
    # (round 26) "ändringar … berättar jag om på mottagningen", "talar om", "varslar"
    "berätta berättar tala varsla meddelar",
    starts=("ilmoit", "tiedott", "tiedote", "tiedota", "meddela", "informer", "underrätt", "notif"),
)
