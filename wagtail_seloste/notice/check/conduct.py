"""Consent by conduct: an act of the person said to count as their consent (issue 18).

Consent is a statement or a clear affirmative act of its own (GDPR Art 4(11)), asked apart from
other matters (Art 7(2)), and a service may not be conditioned on consent it does not need (Art
7(4)); silence or inactivity is none (recital 32). A notice that says booking, coming in, paying
or using the service "counts as" consent, or that takes any act of the person as their agreement
to what the keeper does with their data, claims consent by conduct.

``consent_by_conduct(words, parts, lang)`` reads one sentence (its tokens and clauses,
lemmas.py) and returns the words of the conduct as written, or "". ``act_then_agreement`` reads
the act in one sentence and the agreement "at the same time" in the next. The reader reads the
sentence's shape, not only its words: the act of the person as the means ("varaamalla",
"genom att boka"), the condition ("Kun istut tuoliin, …"), the subject ("Palveluun
kirjautuminen merkitsee …"), the time ("vastaanotolle tullessaan"), the doer by its noun,
silence on a condition, and what the keeper does with the data after the person's agreement.
Terms, prices, ticked boxes, consents asked apart and the keeper's own side stay out.
"""

import re

from . import lexicon as x
from .lemmas import tokens
from .search import casefree


def consent_by_conduct(words, parts, lang):
    text = " ".join(t.lower for t in words)
    if _SAFEGUARD_JOINED.search(text):
        # (round 21) a transfer's safeguard approved or joined ("Företaget … deltar i
        # dataskyddsramen …, som kommissionen har godkänt"): the provider's and the
        # Commission's acts, none of the person's (an Art 49 consent said given by booking is
        # still read)
        return ""
    untouched = _TICK_LEFT.search(text)
    if untouched and set(text[: untouched.start()].split()[-3:]) & _NOT_TICKED:
        untouched = None  # "Rutan är inte förkryssad", "ruutu ei ole valmiiksi rastitettu"
    if untouched and (
        x.CONSENT.find(words)
        or x.PERMISSION.find(words)
        or x.ACCEPT.find(words)
        or _keeper_processes(words)
    ):
        # (round 21) a box ticked in advance, or a tick the person did not remove: silence,
        # no act (GDPR recital 32; CJEU C-673/17 Planet49)
        return untouched.group("left")
    if _EQUATION_DENIED.search(text):
        # (round 23) "Terapiaan tuleminen ei tarkoita, että olisit antanut suostumuksen
        # mihinkään", "Att du bokar innebär inte att …": the equation denied, whatever the act
        return ""
    if _GROUND_NAMED.search(text) and not x.CONSENT.find(words):
        # (round 28) "Kun varaat ajan, meillä on lupa käsitellä tietojasi sopimuksen
        # perusteella": a leave the contract or the law gives, no consent taken from the act
        return ""
    if _ORDERED_THEMSELVES.search(text):
        # (round 24) "Det skickas bara till dem som själva har beställt det på webbplatsen, och
        # grunden är samtycke": the person's own order of the letter is the clear act itself
        return ""
    agreements = [*x.CONSENT.all(words), *x.ACCEPT.all(words), *x.PERMISSION.all(words)]
    if agreements and all(_withdrawn_around(words, t) for t in agreements):
        # (round 24) "Voit perua suostumuksesi milloin tahansa klikkaamalla … peruutuslinkkiä":
        # the act withdraws a consent given, it gives none (GDPR Art 7(3))
        return ""
    conduct = _consent_by_conduct(words, parts, lang)
    ticked_or_said = _TICKED_OR_SIGNED.search(text) or _said_yes(text, lang)
    if not conduct and not ticked_or_said and not _OPT_OUT.search(text):
        # (round 22) the keeper's own reading of the person as agreeing, whatever the act:
        # "Asiakkaan, joka … istuu hoitotuoliin, katson hyväksyneen kuvaamisen", "Hör jag
        # inget … förstår jag det så att du är med på det", "Inskrivningen är för oss beskedet
        # att det går bra", "… tilaussopimus kattaa myös valmennettavan luvan", "Siitä
        # eteenpäin meillä on huoltajan lupa …" (GDPR Art 4(11), 7(2), 7(4), recital 32)
        read = words.forms & _READING_WORDS and _KEEPER_READS_AGREEMENT.search(text)
        if read:
            from .lemmas import negators  # noqa: PLC0415

            # "En katso, että …", "Vi tolkar inte …": the reading denied (the language's own
            # negators: Swedish "en" is an article)
            # (round 26) the "not" just before the reading or inside it: "Erillistä lupaa en
            # kysy: jos et erikseen kiellä, oletan …" denies the asking, not the reading
            near = text[: read.start()].split()[-3:] + read.group(0).split()
            # (round 23) terms accepted are no consent: "Kun osallistut kurssille, katsomme
            # sinun hyväksyneen kurssin ehdot."
            terms = _OPT_OUT_OR_TERMS.search(text[read.end() : read.end() + 40])
            if not set(near) & set(negators(lang)) and not terms:
                return read.group("head")
    if conduct and ticked_or_said and not _OPT_OUT.search(text):
        # "Ruksin laittaminen lomakkeen kohtaan tarkoittaa, että annat suostumuksen …",
        # "Allekirjoitettu suostumuslomake …": a box ticked or a consent signed is the clear
        # affirmative act itself (GDPR Art 4(11), recital 32)
        return ""
    return (
        conduct
        or _equated_with_agreement(words, lang)
        or _deemed_from_an_act(text, lang)
        or _bundled_with_an_act(text, lang)
        or _leave_held_after_an_act(text, lang)
        or _marketing_allowed_by_an_act(text, lang)
        or _agreement_as_a_consequence(text, lang)
        or _put_on_a_list_by_an_act(text, lang)
        or _leave_given_by_an_act(text, lang)
        or _marketing_received_by_an_act(text, lang)
        or _bundled_with_the_terms(text, lang)
        or _keepers_leave_from_an_act(text, lang)
        or _consent_obtained_when_an_act(text)
        or _yes_said_by_doing(text, lang)
        or _consent_inside_the_contract(text, lang)
        or _consent_made_a_condition(text)
        or _consent_given_at_an_act(text, lang)
    )


# (round 26) A consent bundled into the acceptance of terms: "När du godkänner medlemsvillkoren
# godkänner du samtidigt att vi behandlar dina uppgifter för marknadsföring", "Hyväksymällä
# jäsenehdot annat samalla suostumuksen markkinointiin". Terms accepted are no consent (round
# 23); a second agreement said "at the same time" with them is consent tied to the contract,
# neither distinguishable nor free (GDPR Art 7(2), 7(4), recital 43).
_ACCEPTING = r"(hyväksy\w*|godkän\w*|accept\w*|agree\w*)"
_SECOND_AGREEMENT = (
    r"(hyväksy\w*|godkän\w*|accept\w*|agree\w*|suostu\w*|samtyck\w*|consent\w*|luvan)"
)
# "at the same time / also" said with the second agreement (the reading of an act bundled with
# agreement has a compiled _AT_THE_SAME_TIME of its own below)
_ALSO_SAID = r"(samalla|myös|samtidigt|även|också|also|thereby|därmed|automaattisesti|automatiskt)"
_BUNDLED_WITH_TERMS = re.compile(
    _ACCEPTING
    # the terms in their cases ("jäsenehdot", "ehdoissa", "villkoren"), not "ehdotus"
    + r" (\w+ ){0,3}?\w*(ehdot|ehtoja|ehtojen|ehtoihin|ehdoi\w*|villkor\w*|terms)\b"
    + r"(?P<after>.{0,80}?\b("
    + _SECOND_AGREEMENT
    + r" (\w+ ){0,2}?"
    + _ALSO_SAID
    + r"|"
    + _ALSO_SAID
    + r" (\w+ ){0,2}?"
    + _SECOND_AGREEMENT
    + r")\b.*)"
)
# (marketing only: processing the terms need is the contract's, said in the wrong words)
_MARKETING_AFTER = re.compile(
    r"markkinoin\w*|marknadsför\w*|marketing|tarjou\w*"
    r"|erbjud\w*|offers?\b|uutiskir\w*|nyhetsbrev\w*|newsletter\w*|\bsms\w*|mainon\w*|reklam\w*"
)


def _bundled_with_the_terms(text, lang):
    from .lemmas import negators  # noqa: PLC0415

    bundled = _BUNDLED_WITH_TERMS.search(text)
    if not bundled or not _MARKETING_AFTER.search(bundled.group("after")):
        return ""
    if set(bundled.group("after").split()) & set(negators(lang)):
        # "… hyväksyt ehdot, mutta et samalla anna suostumusta markkinointiin"
        return ""
    return bundled.group(1)


# (round 23) The shape of consent by conduct, read from three kinds of word in one sentence
# rather than from listed phrasings: an agreement (consent, leave, approval, an okay), a word
# that deems or takes something as something ("katsotaan", "räknas", "innebär", "utgår från",
# "counts as"), and an act of the person (booking, coming, joining, sending, buying, taking
# part, using, tagging) — with no consent asked apart, no box ticked, no signature and the
# deeming not denied (GDPR Art 4(11), 7(2), 7(4), recital 32).
_AGREEMENT_WORD = re.compile(
    r"\b(suostu\w*|lupa|lupaa|lupaan|luvan|luvaksi|luvalla|lupana|hyväksy\w*|hyväksyn\w*|okei|ok"
    r"|samtyck\w*|samtycke\w*|tillstånd\w*|godkän\w*|godkänn\w*|klartecken\w*|medgivande\w*"
    r"|lov|okej|consent\w*|permission|agree\w*|approv\w*|kyllä|grönt ljus|går bra"
    r"|tervetullei\w*|tervetullut|välkomn\w*|välkomm\w*|welcome|go-ahead|green light)\b"
    # a Swedish yes as a noun ("betraktar vi som ditt ja till sms-erbjudandena"); Finnish "ja"
    # is "and", so only after a determiner
    r"|\b(ditt|ert|ett|sitt|vårt) ja\b"
    # a wish presumed: "tar vi det som att du gärna vill ha våra sms-erbjudanden"
    r"|\b(vill ha|haluat saada|haluavasi|want to (get|receive))\b"
    # a leave said by what the keeper may then do: "… merkitsee, että palautteen saa julkaista"
    r"|\b(saa|saamme|saan|får|may) (\w+ ){0,2}(julkais|käyttä|lähettä|jaka|publicer|använd|skick"
    r"|dela|lägga|publish|use|share|send)\w*"
)
_DEEMING = re.compile(
    r"\b(katsotaan|katsomme|katson|katsoo|katsottu\w*|katsottava\w*|pidetään|pidämme|tulkit\w*"
    r"|tarkoitta\w*|merkitse\w*|merkitsee|oleta\w*|lasketaan|riittä\w*|räknas|anse\w*|anses"
    r"|(räknar|räkna) (jag |vi )?(det |detta )?(som|med)|innebär|betyder|tolka\w*|utgå\w* från"
    r"|gäller som|räcker|counts? as|counted as|means|deem\w*|consider\w*|treat\w*|regard\w*"
    r"|assum\w*|implies|taken as|betrakta\w*|förutsätt\w*"
    # (a colloquial "tarkottaa"; "ser vi det som", "tar jag det som"; a sign: "kolmas käynti on
    # minulle merkki siitä, että …", "ett tecken på att …")
    r"|tarkott\w*|(ser|tar) (vi|jag) (det|detta) som|merkki\w*|merkiksi|tecken|tecknet|a sign"
    # (round 24) serving as: "Kurssille ilmoittautuminen toimii samalla lupana …"
    r"|toimii|toimivat|fungerar som|serves as|acts as)\b"
)
_PERSONS_ACT = re.compile(
    r"\b(varaa\w*|varau\w*|varat\w*|varanne\w*|ajanvarau\w*|boka\w*|bokning\w*|bokar|book\w*"
    r"|käyn\w*|käyttämällä|käytät|käyttäessä\w*|tulet|tulemalla|tullessa\w*"
    r"|tulo|tulon|tulosi|saapu\w*|besök\w*|kommer|komma|visit\w*"
    # (not "liittyvät", related to: joining only)
    r"|liityt|liittymällä|liittyessä\w*|liittyminen|liittymisen|liittynyt|liittyneet|liittyneen"
    r"|jäseny\w*|jäseneksi|medlemskap\w*|medlem|join\w*|ilmoittau\w*|anmäl\w*"
    r"|register\w*|lähet\w*|skicka\w*|send\w*|täyt\w*|fyll\w*|fill\w*|osta\w*|ostoks\w*|köp\w*"
    r"|buy\w*|purchas\w*|tilaa\w*|tilau\w*|beställ\w*|order\w*|maksa\w*|betala\w*|pay\w*"
    r"|osallistu\w*|delta\w*|deltagande|participat\w*|attend\w*|använd\w*|use|uses|using"
    # (not "seuraava", next, nor "följande", following, nor Swedish "sitt", one's own)
    r"|istu\w*|sitter|sitta|sätter|tägä\w*|tagga\w*|taggar|tag|tags|tagged|tagging|kirjaut\w*"
    r"|logga\w*|seuraat|seuraamalla|seuraajaksi|följer|följa|följt|jatka\w*|fortsätt\w*"
    r"|continu\w*|palaa\w*|återkomm\w*|return\w*|antaa|antamalla|annat"
    r"|lunast\w*|inlös\w*|redeem\w*|vahvist\w*|bekräft\w*|confirm\w*"
    r"|ger|lämna\w*|jättä\w*"
    # answering a message ("Svarar du på sms:et, så får vi …"; not "vastaa", is responsible)
    r"|vastaat|vastaamalla|vastaatte|svarar|svarat|reply|replies|replied"
    # staying on a list, checking in, bringing a child, posting a review of one's own
    # ("tuo…" reads bringing, tuot, tuomalla, and harmlessly a product, tuote, too)
    r"|pysy\w*|stann\w*|stays?|incheckning\w*|checka\w*|check-in|tar med|tuo\w*"
    # staying for a photo: "kun asiakas jää … peilin eteen kuvattavaksi"
    r"|jää|jäät|jäämällä|jäädessä\w*"
    # returning a form: "Jäsenhakemuksen palauttaminen katsotaan …"
    r"|palautta\w*|palautat|palautettu\w*"
    r"|bring\w*|lagt ut|lägger ut|postat\w*|postar|omdöme\w*|arvostel\w*"
    # connecting a device or an app: "laitteen yhdistäminen sovellukseen", "kopplar klockan"
    r"|review\w*|yhdistä\w*|yhdistämi\w*|koppla\w*|connect\w*|synkron\w*|synka\w*)\b"
)
# Silence taken as an act: "hör vi inget …", "Jos asiakas ei ennen hoidon alkua kerro, ettei …"
# (recital 32: silence or inactivity is no consent).
_SILENCE = re.compile(
    r"\bhör (vi|jag) (inget|ingenting)\b|\bom (vi|jag) inte hör\b"
    r"|\b(jos|mikäli) (\w+ ){0,4}(ei|et|eivät) (\w+ ){0,5}(kerro|sano|ilmoita|kiellä|vastusta)\w*"
    r"|\bom (du|ni) inte (\w+ ){0,3}(säger|meddelar|hör av|invänder)\w*"
    r"|\b(unless|if) you (do not|don't) (tell|object|say)\b"
    # (round 35) the client named, and objecting in other verbs: "Om kunden inte uttryckligen
    # motsätter sig det", "om hen inte förbjuder det", "unless you object"
    r"|\bom (kunden|hen|medlemmen|deltagaren|eleven|man|du|ni) inte (\w+ ){0,3}(motsätter"
    r"|förbjuder|protesterar|nekar|säger ifrån|invänder|meddelar|hör av)\w*"
    r"|\bunless (you|the client|the customer) (object|tell|say|opt)\w*"
)
_ASKED_OR_MARKED = re.compile(
    r"\b(pyydä\w*|pyydetään|pyydämme|pyydän|kysy\w*|kysymme|kysyn|ber|frågar|fråga|ask\w*"
    r"|request\w*|erikseen|erillis\w*|separat\w*|separate\w*|rasti\w*|ruks\w*|kryss\w*|tick\w*"
    r"|allekirj\w*|underteck\w*|kirjallise\w*|skriftlig\w*|written|valintaruu\w*|klikka\w*"
    r"|klick\w*|click\w*|kakrut\w*|evästebanner\w*|evästeikkun\w*)\b"
)
_DENIED_NEAR = 3
_CLAUSE_BREAKS = frozenset("ja sekä mutta vaan och samt men utan and but".split())


def _asked_or_marked(text, lang):
    """Whether the sentence asks apart, has a box ticked or a form signed — not when that is
    denied: "joten erillistä rastia tähän ei lomakkeessa ole", "vi frågar inte separat"."""
    from .lemmas import negators  # noqa: PLC0415

    said = text.split()
    nots = set(negators(lang))
    for match in _ASKED_OR_MARKED.finditer(text):
        at = len(text[: match.start()].split())
        # (round 25) "eikä lomakkeessa ole tätä varten erillistä rastia": a box said not to be
        # there, its negator up to eight words before in the same clause
        window = said[max(0, at - 8) : at]
        for i in range(len(window) - 1, -1, -1):
            if window[i] in _CLAUSE_BREAKS:
                window = window[i + 1 :]
                break
        if not (set(window) | set(said[at : at + 5])) & nots:
            return True
    return False


# A consent said not asked ("Erillistä lupaa en kysy", "Vi frågar inte …"). (round 27: one
# pattern; a second one of the same name further down had silently replaced this one)
NOT_ASKED = re.compile(
    r"\b(en|emme|ei|et) (\w+ ){0,2}(kysy|kysele|pyydä|pyydetä|kysytä)\b"
    r"|\b(frågar|ber) (jag|vi) (inte|aldrig)\b|\b(do|does) not ask\b|\bwe don't ask\b"
)


def _deemed_from_an_act(text, lang):
    """The deeming words of a sentence that takes an act of the person as their agreement
    ("Kuvan lähettäminen ryhmään katsotaan luvaksi …", "Deltagande räknas som klartecken …"),
    else ""."""
    deem = _DEEMING.search(text)
    if not deem or not _AGREEMENT_WORD.search(text):
        return ""
    # the act is what is deemed, so it comes first ("Kuvan lähettäminen … katsotaan luvaksi");
    # an act after the deeming is the keeper's ("Suostumuksesi tarkoittaa, että voimme lähettää
    # …")
    acts = [m.group(0) for m in _PERSONS_ACT.finditer(text[: deem.start()])]
    silence = _SILENCE.search(text[: deem.start()])
    after = _SILENCE.search(text, deem.end())
    if not silence and not acts and after:
        # (round 35) silence is the person's whichever side of the deeming it is said: "Vi
        # tolkar det som ditt samtycke till marknadsföring om du inte hör av dig inom två
        # veckor" (recital 32)
        silence = after
    if (not acts and not silence) or _asked_or_marked(text, lang):
        return ""
    if _OPT_OUT_OR_TERMS.search(text):
        return ""
    if acts and not silence and _LETTER.search(text) and all(_SUBSCRIBE_ACT.match(a) for a in acts):
        # subscribing to a letter is the clear act of consent to that letter ("Uutiskirjeen
        # tilaaminen tarkoittaa, että suostut saamaan uutiskirjeen")
        return ""
    from .lemmas import negators  # noqa: PLC0415

    # the silence's own "not" denies nothing ("hör vi inget räknar vi med att det är okej")
    said = (text[: silence.start()] + text[silence.end() :]).split() if silence else text.split()
    before = len(text[: deem.start()].split()) - (len(silence.group(0).split()) if silence else 0)
    after = said[before : before + _DENIED_NEAR + 1]
    # (round 25) the deeming's own words end at its agreement: "ilmoittautuminen riittää minulle
    # luvaksi, eikä lomakkeessa ole … rastia" denies the box, not the deeming
    ends = [i for i, word in enumerate(after) if _AGREEMENT_WORD.fullmatch(word)]
    if ends:
        after = after[: ends[0] + 1]
    # (round 26) "Erillistä lupaa en kysy: jos et erikseen kiellä, oletan …": a consent not
    # asked ("en kysy", "frågar vi inte") is no denial of the deeming
    window = said[max(0, before - _DENIED_NEAR) : before]
    asked_not = set()
    for i in range(len(window)):
        not_asked = NOT_ASKED.match(" ".join(window[i : i + 4]))
        if not_asked:
            asked_not.update(range(i, i + len(not_asked.group(0).split())))
    near = {word for i, word in enumerate(window) if i not in asked_not} | set(after)
    if near & set(negators(lang)):
        return ""
    return deem.group(0)


# (round 24) The keeper holding the person's agreement from an act on ("när ni tar med barnet
# till den första lektionen har vi från och med då ert godkännande"), or the person said to have
# given it by an act ("i och med incheckningen har du gett oss klartecken till det") (GDPR Art
# 4(11), 7(2), recital 32).
_LEAVE_HELD = re.compile(
    r"\b(har (vi|jag)|meillä on|minulla on|we have|i have)( \w+){0,4} (ditt |ert |er |sinun "
    r"|teidän |your )?(godkännande\w*|samtycke\w*|lov|tillstånd\w*|medgivande\w*|klartecken"
    r"|lupa\w*|luvan|suostumu\w*|hyväksyntä\w*|consent|permission)\b"
)
_GIVEN_BY_AN_ACT = re.compile(
    r"\b(i och med|genom) (\w+ ){0,3}(har|gav|ger) (du|ni) (\w+ ){0,2}(gett|givit|lämnat)?"
    r"( \w+){0,2} (klartecken\w*|samtycke\w*|godkännande\w*|lov|tillstånd\w*|medgivande\w*)\b"
)


def _leave_held_after_an_act(text, lang):
    """The words of a sentence in which the keeper holds the person's agreement after an act
    of theirs, or the person gave it by one, else ""."""
    held = _LEAVE_HELD.search(text)
    given = _GIVEN_BY_AN_ACT.search(text)
    if not (held or given):
        return ""
    found = held or given
    if held and not _PERSONS_ACT.search(text[: held.start()]):
        return ""
    if _OTHER_GROUND.search(text):
        return ""  # "Kun varaat ajan, meillä on lupa käsitellä tietoja sopimuksen perusteella"
    if _asked_or_marked(text, lang) or _OPT_OUT_OR_TERMS.search(text) or _OFFERED.search(text):
        return ""
    from .lemmas import negators  # noqa: PLC0415

    if set(text[: found.end()].split()[-10:]) & set(negators(lang)):
        return ""
    return found.group(0).split()[0]


# (round 24) Marketing the keeper "may" send once the person has done something: "Svarar du på
# sms:et, så får vi också skicka erbjudanden …", "Jos vastaat viestiin, saamme lähettää
# tarjouksia" — leave derived from an act that is no statement of consent (GDPR Art 4(11),
# 7(2), recital 32; 917/2014 200 §).
_IF_AN_ACT = re.compile(
    r"^(jos|kun|om|när|if|when)\b|^(svarar|bokar|köper|kommer|besöker|deltar|anmäler|checkar"
    r"|lämnar|skickar|betalar|fyller) (du|ni)\b"
)
_MARKETING_OBJECT = (
    r"\w*(tarjou\w*|erbjud\w*|markkinoin\w*|marknadsför\w*|kampanj\w*|uutiskir\w*"
    r"|nyhetsbrev\w*|reklam\w*|mainok\w*|offers?|newsletter)"
)
_KEEPER_MAY_MARKET = re.compile(
    r"\b(saamme|saan|voimme|voin|får (vi|jag)|kan (vi|jag)|we may|we can)( \w+){0,3} "
    r"((lähettää|skicka|send|lisätä|lägga till|add)( \w+){0,4} "
    + _MARKETING_OBJECT
    # photos only when published ("saamme julkaista kuvan"), not sent to the client
    + r"|(julkaista|publicera|publish)( \w+){0,4} ("
    + _MARKETING_OBJECT
    + r"|\w*(kuv|bild|photo)\w*))"
)
# A ground the sentence gives of its own: the contract or the law (no leave taken from an act).
_GROUND_NAMED = re.compile(
    r"\b(sopimuksen|sopimukseen|lain|oikeutetun edun) (perusteella|nojalla|perustuen)\b"
    r"|\b(på grund av|enligt|med stöd av) (avtalet|lagen)\b|\b(based on|under) the (contract|law)\b"
)
_OTHER_GROUND = re.compile(
    r"sopimu|\bavtal|\blain\b|lakiin|\blagen\b|enligt lag|contract|oikeutet\w* e|berättigat"
    r"|legitimate"
)


def _marketing_allowed_by_an_act(text, lang):
    """The words of a sentence that lets the keeper market to the person on an act of theirs,
    else ""."""
    opened = _IF_AN_ACT.search(text)
    may = _KEEPER_MAY_MARKET.search(text)
    if not opened or not may or not _PERSONS_ACT.search(text[: may.start()]):
        return ""
    acts = [m.group(0) for m in _PERSONS_ACT.finditer(text[: may.start()])]
    if _LETTER.search(text) and all(_SUBSCRIBE_ACT.match(a) for a in acts):
        return ""  # "Jos tilaat uutiskirjeen, saamme lähettää sen": the clear act itself
    if _OTHER_GROUND.search(text):
        return ""
    if _asked_or_marked(text, lang) or _OPT_OUT_OR_TERMS.search(text) or _OFFERED.search(text):
        return ""
    from .lemmas import negators  # noqa: PLC0415

    if set(text.split()) & set(negators(lang)):
        return ""
    return may.group(1)


_ORDERED_THEMSELVES = re.compile(
    r"\b(själva|själv|itse|themselves|himself|herself) (har |ovat |on |have |has )?(beställt"
    r"|prenumererat|anmält sig|tilanneet|tilannut|subscribed|ordered|signed up)\b"
)


# (round 24) The person agreeing as a consequence of the act the sentence before names: "…
# allekirjoittaa hoitosopimuksen ensimmäisellä käynnillä. Sen myötä asiakas hyväksyy myös, että
# hänen sähköpostiosoitteensa liitetään Liikekirjeen jakeluun." (GDPR Art 7(2), 7(4)).
_AS_A_CONSEQUENCE = re.compile(
    r"^(sen myötä|tämän myötä|näin ollen|siten|därmed|därigenom|i och med det"
    r"|thereby|with that|by doing so)\b"
)
_PERSON_AGREES = re.compile(
    r"\b(hyväksyy|hyväksyt|hyväksytte|suostuu|suostut|antaa (\w+ )?(luvan|suostumuksen)"
    r"|annat (\w+ )?(luvan|suostumuksen)|godkänner|samtycker|ger (du |ni )?(\w+ )?(samtycke|lov"
    r"|tillstånd)|agrees?|consents?)\b"
)


_INVOICING = re.compile(r"laskut|kirjanpi|faktur|bokför|invoic|bookkeep")


def _agreement_as_a_consequence(text, lang):
    """The connective of a sentence that makes the person agree as a consequence of an act
    said before it, else ""."""
    opened = _AS_A_CONSEQUENCE.search(text)
    if not opened or not _PERSON_AGREES.search(text):
        return ""
    if _INVOICING.search(text):
        return ""  # "… hyväksyt, että käytämme tietoja laskutukseen": the contract's own use
    if _asked_or_marked(text, lang) or _OPT_OUT_OR_TERMS.search(text) or _OFFERED.search(text):
        return ""
    from .lemmas import negators  # noqa: PLC0415

    if set(text.split()) & set(negators(lang)):
        return ""
    return opened.group(0)


# (round 25) The person put on a marketing list as the consequence of an act or by default, with
# no agreement said at all: "Den som hämtar ut ett stämpelkort hos oss hamnar samtidigt på vår
# sms-lista med erbjudanden", "Kurssille ilmoittautuneet liitetään automaattisesti
# tarjouskirjeen jakeluun", "… ovat oletuksena mukana uutiskirjeen jakelussa, ellei …". Marketing
# by electronic mail rests on consent (917/2014 200 §), and an act or a default is none (GDPR
# Art 4(11), 7(2), recital 32: inactivity and pre-selection are no consent).
_PUT_ON = re.compile(
    r"\b(liitetään|liitämme|liitän|lisätään|lisäämme|lisään|viedään|viemme|siirretään"
    r"|siirrämme|merkitään|otetaan mukaan|tulee mukaan|tulevat mukaan|pääsee mukaan"
    r"|pääsevät mukaan|(on|ovat) (\w+ ){0,2}mukana|päätyy|päätyvät|liitetty|lisätty"
    r"|läggs ([\w-]+ ){0,4}(till|in|upp)|lägger (vi|jag) ([\w-]+ ){0,3}(till|in|upp)|förs in|för (vi|jag) in"
    r"|hamnar|kommer med|skrivs (in|upp)|sätts upp|tas med|är med (i|på)|ingår (i|på)"
    r"|added|put on|included in|signed up)\b"
)
_LIST_OBJECT = re.compile(
    _MARKETING_OBJECT
    + r"|\w*(sms-list|tekstiviestilist|sändlist|utskickslist|postituslist|sähköpostilist"
    r"|e-postlist|kuukausikirje|viikkokirje|asiakaskirje|jäsenkirje|månadsbrev|veckobrev|kundbrev"
    r"|medlemsbrev)\w*|mailing list|email list"
)
_BY_DEFAULT = re.compile(
    r"\b(oletuksena|automaattisesti|automatiskt|per automatik|som standard|som förval"
    r"|by default|automatically|samalla|samtidigt|därmed|i samma veva)\b"
)
# Who acts, named by the act: "Den som hämtar …", "alla som anmäler sig", "kaikki
# ilmoittautuneet", "lahjakortin ostajat".
_ACTOR_NAMED = re.compile(
    r"\b(den|de|alla|var och en|envar|everyone|anyone|those) (som|who)\b"
    r"|\b(joka|jotka) \w+|\w*(ostaja|lunastaja|saaja|köpare|deltagare|osallistuja)\w*"
)
# An opt-out ends what the list is about: "…, ellei lomakkeella erikseen valitse kohtaa …" asks
# nothing of the person before they are put on it.
_UNLESS = re.compile(
    r"\b(ellei|elleivät|ellet|jos et|mikäli et|om du inte|om ni inte|såvida (du|ni) inte|unless"
    r"|if you do not|if you don't)\b"
)
_LETTER_SUBSCRIBED = re.compile(
    r"(kirje|nyhetsbrev|newsletter|list)\w*( \w+){0,2} (tilaa|tilau|tilat|beställ|prenumer"
    r"|subscri)|(tilaa|tilat|tilaus|beställ|prenumer|subscri)\w*( \w+){0,3} \w*(kirje|nyhetsbrev"
    r"|newsletter|list)"
)


def _put_on_a_list_by_an_act(text, lang):
    """The inclusion words of a sentence that puts the person on a marketing list on an act of
    theirs or by default, else ""."""
    put = _PUT_ON.search(text)
    if not put or not _LIST_OBJECT.search(text):
        return ""
    unless = _UNLESS.search(text)
    main = text[: unless.start()] if unless and unless.start() > put.end() else text
    before = main[: put.start()]
    by_act = _PERSONS_ACT.search(before) or _ACTOR_NAMED.search(before)
    by_default = _BY_DEFAULT.search(main)
    # (round 35) silence as the act: an objection not made before the inclusion ("Ellet
    # erikseen kiellä, lisäämme sinut postituslistalle …", "Om du inte säger ifrån lägger vi
    # till dig på utskickslistan", "… meddela oss det före första lektionen – annars lägger vi
    # till dig på utskickslistan"): the person is on the list by saying nothing (recital 32)
    silent = (
        unless is not None
        and unless.start() < put.start()
        and _OBJECTION.search(text[unless.end() : put.start()])
    ) or _OTHERWISE_SILENT.search(" ".join(before.split()[-3:]))
    if silent:
        by_act = by_act or silent
        unless = unless or silent
    if not (by_default and (by_act or unless)) and not (by_act and unless):
        return ""
    if _LETTER_SUBSCRIBED.search(main) or _ORDERED_THEMSELVES.search(main):
        return ""  # "När du beställer nyhetsbrevet läggs din e-postadress till i sändlistan"
    # (before the inclusion a silence says only what the person has not done: "Ellet erikseen
    # kiellä" asks nothing apart)
    if (not silent and _REAL_CONSENT.search(before)) or _consent_named(main):
        return ""
    # (the silence's own words ask nothing: "Ellet erikseen kiellä" is no consent asked apart)
    asked_in = main[put.start() :] if silent else main
    if _asked_or_marked(asked_in, lang) or _OFFERED.search(asked_in) or _OTHER_GROUND.search(text):
        return ""
    from .lemmas import negators  # noqa: PLC0415

    said = main.split()
    at = len(main[: put.start()].split())
    # (the silence's own "not" denies nothing: "Ellet kiellä, lisäämme …")
    near = said[max(0, at - 4) : at + 3] if not silent else said[at : at + 3]
    if set(near) & set(negators(lang)) or said[:1] == ["ingen"]:
        return ""
    return put.group(0)


_OBJECTION = re.compile(
    r"\b(kiel\w*|vastust\w*|ilmoit\w*|kerro\w*|sano\w*|säger ifrån|säga ifrån|meddela\w*"
    r"|invänd\w*|motsätt\w*|hör av|object\w*|tell\w*|opt out)"
)
_OTHERWISE_SILENT = re.compile(r"\b(annars|muussa tapauksessa|muuten|otherwise|i annat fall)\b")


# (round 25) The person said to have given leave by an act: "Tar du emot ett stämpelkort har du
# därmed gett oss lov att föra in ditt mobilnummer på vår sms-lista", "Kun liityt ryhmään, olet
# samalla antanut luvan …" — the leave is the keeper's conclusion from the act, not the person's
# statement (GDPR Art 4(11), 7(2), recital 32).
_GIVE_LEAVE = re.compile(
    r"\b(ger|gett|givit|gav|lämnar|lämnat|antaa|annat|antanut|antaneet|antavat|gives?|given|gave)"
    r"( \w+){0,3} (lov|tillstånd\w*|klartecken|samtycke\w*|godkännande\w*|medgivande\w*|lupa"
    r"|luvan|suostumuksen|suostumuksesi|hyväksyntäsi|hyväksynnän|permission|consent)\b"
)
# A Swedish condition said verb first: "Tar du emot …", "Köper du …" (not a question's "Kan du
# …", "Vill du …").
_ACT_FIRST = re.compile(
    r"^(?!(kan|vill|får|ska|skall|måste|har|är|behöver|bör|vet|minns|önskar)\b)\w+r (du|ni)\b"
)
_CONDITION_WORD = re.compile(r"\b(jos|mikäli|kun|om|ifall|när|if|when|once)\b")
_THEREBY_WORD = re.compile(
    r"\b(därmed|därigenom|samtidigt|samalla|siten|näin ollen|thereby|automatiskt"
    r"|automaattisesti)\b"
)
_GIVEN_THEREBY = re.compile(
    r"\b(därmed|därigenom|samtidigt|samalla|siten|näin ollen|thereby|automatiskt|automaattisesti"
    r"|också|även|myös)\b|\b(har (du|ni)|olet|olette|you have)\b"
)


def _leave_given_by_an_act(text, lang):
    """The giving words of a sentence in which the person is said to give leave by an act of
    theirs, else ""."""
    give = _GIVE_LEAVE.search(text)
    if not give:
        return ""
    before = text[: give.start()]
    act = _ACT_FIRST.match(text) or _PERSONS_ACT.search(before) or _ACTOR_NAMED.search(before)
    # the consequence word may stand inside the giving: "ger du oss därmed lov"
    said = text[: give.end()]
    if not act or not _GIVEN_THEREBY.search(said):
        return ""
    if not (_THEREBY_WORD.search(said) or _ACT_FIRST.match(text) or _IF_AN_ACT.search(text)):
        # "… kurssikuvat, joihin olet antanut luvan": a consent given, said of the data
        return ""
    condition = next(reversed(list(_CONDITION_WORD.finditer(before))), None)
    if condition and not _PERSONS_ACT.search(before[condition.end() :]):
        return ""  # "… jos olet antanut niihin suostumuksen": a consent given, on its condition
    if _TICKED_OR_SIGNED.search(text) or _said_yes(text, lang) or _OFFERED.search(before):
        return ""
    if (
        _asked_or_marked(text, lang)
        or _OTHER_GROUND.search(text)
        or _LETTER_SUBSCRIBED.search(text)
    ):
        return ""
    if any(WITHDRAWS.match(w) for w in text.split()):
        return ""
    from .lemmas import negators  # noqa: PLC0415

    if set(before.split()[-6:]) & set(negators(lang)):
        return ""
    return give.group(1)


# (round 25) Marketing the person receives as a consequence of an act, with no sign-up asked:
# "Jäsenkortin lunastaneet saavat jatkossa myös kuukausittaiset kampanjaviestit tekstiviestillä;
# tähän ei tarvita erillistä ilmoittautumista", "Den som köper ett klippkort får även våra
# sms-erbjudanden" (917/2014 200 §; GDPR Art 4(11), recital 32).
_RECEIVES = re.compile(r"\b(saa|saavat|saat|får|receive[s]?|get[s]?)\b")
_AS_WELL = re.compile(
    r"\b(myös|jatkossa|automaattisesti|samalla|också|även|automatiskt|samtidigt|framöver|also"
    r"|automatically)\b"
)
_ACT_PARTICIPLE = re.compile(r"\b\w+(neet|nut|nyt|neita|neille)\b")


def _marketing_received_by_an_act(text, lang):
    """The receiving word of a sentence in which those who did something also receive
    marketing, nothing asked apart, else ""."""
    receives = _RECEIVES.search(text)
    if not receives or not _AS_WELL.search(text):
        return ""
    before = text[: receives.start()]
    after = " ".join(text[receives.end() :].split()[:6])
    if not re.search(_MARKETING_OBJECT, after):
        return ""
    participle = _ACT_PARTICIPLE.search(before)
    acted = (
        _ACTOR_NAMED.search(before)
        or (participle and _PERSONS_ACT.search(participle.group(0)))
        or (_IF_AN_ACT.search(text) and _PERSONS_ACT.search(before))
    )
    if not acted:
        return ""
    if _LETTER_SUBSCRIBED.search(text) or _ORDERED_THEMSELVES.search(text):
        return ""
    if _consent_named(text) or _OFFERED.search(text) or _OTHER_GROUND.search(text):
        return ""
    if _asked_or_marked(text, lang):
        return ""
    from .lemmas import negators  # noqa: PLC0415

    if set(before.split()[-4:]) & set(negators(lang)):
        return ""
    return receives.group(0)


_CONSENT_GIVEN = re.compile(
    r"\b(suostumu\w*|suostut\w*|samtyck\w*|godkän\w*|lupa\w*|luvan|consent\w*|permission)\b"
)


def _consent_named(text):
    """Whether the sentence names a consent or a leave (its other readings judge those)."""
    return bool(_CONSENT_GIVEN.search(text))


# Subscribing to a letter, and the letters it is the clear act of consent to. Narrower than
# _SUBSCRIBES and _SUBSCRIBING below on purpose: joining or signing up ("liittyä", "anmäla
# sig") to a club is no subscription to its letter, so here it stays an act that can be deemed.
_SUBSCRIBE_ACT = re.compile(r"(tilaa|tilau|tilat|tilan|beställ|prenumer|subscri)")
_LETTER = re.compile(r"(kirje|postituslist|nyhetsbrev|brev\b|newsletter|mailing list|utskickslist)")

# (round 23) A consent bundled with an act of the person: "Kun vahvistat ajan linkistä,
# vahvistat samalla tilauksesi kuukausittaiseen kirjeeseen", "Bokningsbekräftelsen innehåller
# också ditt medgivande till att vi fotograferar …" (GDPR Art 7(2), 7(4): consent asked apart).
_BUNDLED = re.compile(
    r"\b(samalla|sisältä\w*|sisälty\w*|kattaa|innehåller|ingår|inbegriper|omfattar|includes?"
    r"|included|covers)\b"
)
# A consent the person may give at the same time is offered, not bundled ("Kun varaat ajan, voit
# samalla antaa suostumuksen uutiskirjeeseen").
_OFFERED = re.compile(
    r"\b(voit|voitte|halutessasi|halutessanne|kan du|du kan|ni kan|kan ni|om du vill|you can"
    r"|you may|if you wish)\b"
)
_SUBSCRIPTION_WORD = re.compile(r"\b(tilauksesi|tilauksen|prenumeration\w*|subscription)\b")


def _bundled_with_an_act(text, lang):
    """The inclusion word of a sentence that bundles the person's agreement with an act of
    theirs, else ""."""
    from .lemmas import negators  # noqa: PLC0415

    bundled = _BUNDLED.search(text)
    if not bundled or not _PERSONS_ACT.search(text[: bundled.start()]):
        return ""
    after = text[bundled.end() :]
    agreement = _AGREEMENT_WORD.search(after) or _SUBSCRIPTION_WORD.search(after)
    if not agreement or re.match(r" (du|ni|vi|jag) ", after):
        # "ingår du ett avtal": entering into a contract, no inclusion
        return ""
    if set(after[: agreement.start()].split()[-2:]) & set(negators(lang)):
        return ""  # "det är avtalet, inte ett samtycke"
    if _asked_or_marked(text, lang) or _OPT_OUT_OR_TERMS.search(text) or _OFFERED.search(text):
        return ""
    near = text[: bundled.start()].split()[-3:] + after.split()[:2]
    if set(near) & set(negators(lang)):
        return ""
    return bundled.group(0)


_EQUATION_DENIED = re.compile(
    r"\b(ei|eikä|inte|not|doesn't) (tarkoita|merkitse|katsota|pidetä|tulkita|innebär|betyder"
    r"|räknas|anses|tolkas|mean|count|imply)\b|\b(innebär|betyder|räknas|anses) inte\b"
)


# Terms or rules accepted are no consent to processing (compounds too: "peruutusehdot",
# "bokningsvillkoren", "varausehtoni").
# (round 29: one pattern with the learned reading's; a proposal, "ehdotuksemme", and
# "ehdoton", unconditional, are no terms; "ehtoja", "varausehtoni" are)
TERMS_WORD = r"ehdot\b|ehdo(i|l|n\b|s)\w*|ehto(?!o)\w*|villkor|\bterms\b|sääntö|säännö|regler"
_OPT_OUT_OR_TERMS = re.compile(TERMS_WORD)


_KEEPER_READS_AGREEMENT = re.compile(
    # the keeper deeming the person to have agreed
    r"(?P<head>\b(katson|katsomme|katsotaan|tulkitsen|tulkitsemme|tulkitaan) (\w+ ){0,3}"
    r"(hyväksyneen|hyväksyneensä|suostuneen|suostuneensa|antaneen (\w+ )?(luvan|suostumuksen)"
    r"|riittävän (\w+ ){0,4}(luvaksi|perusteeksi|suostumukseksi))"
    r"|\b(förstår|tolkar|tar|ser|uppfattar) (jag|vi) (det|detta|tystnaden) (så|som) (att )?"
    r"(du|ni|ägaren|kunden|klienten|föräldern) (är med på|godkänner|går med på|samtycker"
    r"|accepterar|har godkänt|har samtyckt|vill vara med)"
    r"|\b(är|var) (för (oss|mig) )?(beskedet|ett besked|tecknet|ett tecken|svaret|ett svar|ett ja)"
    r" (om |på )?att (det går bra|det är (okej|ok|i sin ordning)|du godkänner|ni godkänner"
    r"|du samtycker|vi får)"
    r"|\b(pidän|pidämme) (sitä|tätä|sen) (merkkinä|merkiksi) (siitä )?(että )?"
    r"(\w+ ){0,6}(tervetullei\w*|ok\b|hyväksy\w*|sallit\w*|luvan)"
    # the keeper presuming the person's interest or wish and acting on it: "Kun olet käynyt
    # hoidossa kolme kertaa, oletan sinun olevan kiinnostunut kanta-asiakaseduistamme ja liitän
    # numerosi tekstiviestilistalle" (found by a notice written after round 22's rules)
    r"|\b(oletan|oletamme|oletetaan|katson|katsomme|utgår (jag|vi) från att|antar (jag|vi) att"
    r"|räknar (jag|vi) med att|((jag|vi) )?förutsätter ((jag|vi) )?(det )?att|(jag|vi) utgår från att|(we|i) assume( that)?) (\w+ ){0,3}"
    r"(olevan kiinnostu\w*"
    r"|haluavan|toivovan|(du|ni) (är|blir) (intresserad\w*|nyfiken)|(du|ni) vill (ha|få)"
    r"|you (are|would be) interested|you want)"
    # (round 24) "Vi antar att du som kommer tillbaka … gärna vill ha våra kampanj-sms"
    r"|\b(jag|vi) antar att (\w+ ){0,10}(gärna )?vill (ha|få)\b"
    # a consent bundled in a contract: "tilaussopimus kattaa myös valmennettavan luvan",
    # "det godkännande som ingår i medlemsavtalet"
    r"|\b\w*(sopimu\w*|avtal\w*) (\w+ ){0,2}(kattaa|kattavat|sisältää|sisältävät|omfattar"
    r"|innefattar|inkluderar) (myös |även |också )?(\w+ )?(luvan|suostumuksen|samtycke\w*"
    r"|godkännande\w*|medgivande\w*|lov)\b"
    r"|\b(godkännande\w*|samtycke\w*|medgivande\w*|lupa|suostumus) (som |joka )?(ingår|sisältyy)"
    r" (i|osana) (\w+ )?\w*(avtal\w*|sopimu\w*)"
    # the keeper holding leave from an event on: "Siitä eteenpäin meillä on huoltajan lupa
    # kuvata …", "Från och med då har vi ditt lov att …"
    r"|\b(siitä eteenpäin|siitä lähtien|sen jälkeen|från och med (då|det)|därefter|from then on)"
    r",? (meillä|minulla|har vi|har jag|we have) (on )?(\w+ ){0,2}(lupa|luvan|lov|tillstånd"
    r"|samtycke|permission|consent)\b"
    r"|\b(från och med|from) (\w+ ){1,4}(har vi|har jag|we have) (\w+ ){0,2}(lov|tillstånd"
    r"|samtycke|permission|consent)\b"
    r"|\b(alkaen|lähtien|eteenpäin),? (meillä|minulla) on (\w+ ){0,2}(lupa|luvan|suostumus)\b"
    # a consent "given by the fact that" the person goes on: "samtycke (ges i och med att
    # terapin fortsätter …)"
    r"|\b(samtycke\w*|suostumu\w*|lupa|luvan|consent) \(?(ges|annetaan|is given) (i och med att"
    r"|sillä että|siten että|by the fact that))"
)


# A word one of which every wording of _KEEPER_READS_AGREEMENT holds: most sentences are passed
# by at once.
_READING_WORDS = frozenset(
    "katson katsomme katsotaan tulkitsen tulkitsemme tulkitaan förstår tolkar tar ser uppfattar "
    "beskedet besked tecknet tecken svaret svar ja pidän pidämme kattaa kattavat sisältää "
    "sisältävät omfattar innefattar inkluderar ingår sisältyy eteenpäin lähtien jälkeen från "
    "därefter from alkaen ges annetaan given oletan oletamme oletetaan utgår antar räknar "
    "assume förutsätter betraktar antar".split()
)


def _said_yes(text, lang):
    """A yes the person answers or writes is the statement itself (GDPR Art 4(11)): "Vastaamalla
    tekstiviestiin KYLLÄ annat suostumuksen …", "Svarar du ja på sms:et …". In Finnish "ja" is
    "and", so only "kyllä" and "yes" count there."""
    yes = r"kyllä|yes|ok" if lang == "fi" else r"kyllä|yes|ok|ja"
    return re.search(rf"\b{_ANSWERS}\w* (\w+ ){{0,3}}({yes})\b", text)


_ANSWERS = (
    r"(vastaa|vastaat|vastanne|svara|svarar|repl|answer|sano|säg|skriv|kirjoit|lähetä|skicka)"
)


_SAFEGUARD_JOINED = re.compile(
    r"tietosuojakehy|privacy framework|\bdpf\b|dataskyddsram|vakiolausek|vakiosopimuslausek"
    r"|standard contractual|standardavtalsklausul|riittävyyspäätö|adekvat skyddsnivå"
    r"|adequacy decision"
)
_NOT_TICKED = frozenset(
    "inte ej ei eivät eikä eivätkä ole mitään yhtään not no never aldrig koskaan inga ingen "
    "inget".split()
)
# a box to tick for saying no is no consent given by ticking: "rastita ruutu, jos et halua …"
_OPT_OUT = re.compile(r"\b(jos et|ellet|mikäli et|om du inte|if you do not|if you don't)\b")
# A box ticked, in every language; one string for every reading below that names one.
_TICK = r"rasti\w*|ruks\w*|valintaruu\w*|kryss\w*|checkbox\w*|tick\w*"
# A consent signed or put on a form of its own.
_SIGNED = (
    r"suostumuslomak\w*|samtyckesblankett\w*|consent form\w*|(allekirjoit|underteckn)\w* (\w+ )?"
    r"(suostumu|samtyck|lupa|luva|medgivand)\w*"
)
_TICKED_OR_SIGNED = re.compile(rf"\b({_TICK}|{_SIGNED})")
# (round 21) a tick left in place: "Jos et poista rastia …, olet antanut meille luvan …",
# "Om du inte tar bort krysset …", "ruutu on valmiiksi rastitettu", "en förkryssad ruta"
_TICK_LEFT = re.compile(
    r"\b(?P<left>(jos et|ellet|mikäli et|om du inte|if you do not|if you don't|unless you) (\w+ )?"
    r"(poista|ota pois|poistat|tar bort|avmarkerar|avmarkera|kryssar ur|untick|remove|uncheck)"
    rf" (\w+ )?({_TICK}|ruksi\w*|merkin\w*|bock\w*)"
    r"|valmiiksi (rastit|ruksat|merkit|valit)\w*|esi(rastit|valit)\w*|förkryssad\w*"
    r"|förbockad\w*|förvald\w*|redan (ikryssad|kryssad|markerad)\w*|pre-?(ticked|checked|selected))"
)


# (round 19) The sentence's shape that makes an act the consent, whatever the act: something
# said to mean, to equal or to be deemed the person's agreement. Consent is the person's own
# statement or clear affirmative act (GDPR Art 4(11)); no act "means" or "counts as" one, and
# none is "deemed" given (recital 32; EDPB 05/2020 §3.1.2). A closed list of what a consent may
# rest on (a box ticked, a form signed, a yes said, a consent asked apart) instead of a list of
# the acts that may not: an act no writer has named yet is read too.
_EQUATES = re.compile(
    r"\b(tarkoittaa|tarkoittavat|merkitsee|merkitsevät|vastaa|vastaavat|rinnastetaan|rinnastuu"
    r"|rinnastamme|rinnastan|sisältää|sisältävät|(on|ovat) (\w+ ){0,2}(sama asia|samaa|sama) kuin"
    r"|innebär|betyder|likställs|likställer|likställer vi|motsvarar|innefattar|medför"
    # (round 19) "Bokningen omfattar även ditt samtycke", "Ajanvaraus kattaa myös suostumuksen"
    r"|omfattar|inkluderar|includes|kattaa|kattavat"
    # (round 21) "Valmennuspaketin hintaan sisältyy lupa julkaista …", "I priset ingår ditt
    # samtycke till …"
    r"|sisältyy|sisältyvät|ingår|is included"
    r"|är (\w+ ){0,2}(detsamma|samma sak|samma|liktydig\w*) (som|med)|räknas som|gäller som"
    r"|means|equals|amounts to|implies|counts as|is the same as|is equal to)\b"
)
_DEEMS = re.compile(
    r"\b(katsotaan|katsottaneen|tulkitaan|oletetaan|anses|betraktas|tolkas|uppfattas|ses som"
    r"|is deemed|are deemed|is considered|are considered|is taken as|are taken as"
    # (round 19) the keeper treating an act as one: "Vi behandlar din bokning som ett samtycke"
    r"|behandlar (\w+ ){0,3}som|treat (\w+ ){0,3}as)\b"
)
# (round 19) a consent said given by an act: "Samtycket till nyhetsbrevet ges genom att du
# bokar en tid", "Suostumus annetaan varaamalla aika"
_GIVEN_BY = re.compile(
    r"\b(samtycke\w*|suostumu\w*|lupa|luvan|medgivande\w*|consent|permission) (\w+ ){0,4}"
    r"(ges|lämnas|annetaan|is given|are given) (\w+ ){0,2}(genom att|genom|by|through|när|kun"
    r"|when|i samband med)\b"
)
# deemed subscribers: "Kaikki ajan varanneet katsotaan uutiskirjeen tilaajiksi"
_SUBSCRIBERS_DEEMED = re.compile(r"\b(tilaaj\w*|prenumerant\w*|subscriber\w*|postituslistal\w*)")
# What a consent may rest on besides a consent asked, ticked or given apart (``_REAL_CONSENT``):
# a signature, a consent said explicit (and a yes said, ``_said_yes``).
_CONSENT_ACT = re.compile(
    rf"\b({_SIGNED}|bock\w*|allekirjoit\w*|underteckn\w*|signer\w*|sign\w*"
    r"|nimenomai\w*|uttryckli\w*|explicit\w*|ber (vi|jag) om)\b"
)


def _consent_rests_on_an_act(text, lang):
    return bool(_REAL_CONSENT.search(text) or _CONSENT_ACT.search(text) or _said_yes(text, lang))


_WITHDRAWAL = re.compile(r"\b(peru(?!st)\w*|peruu\w*|återkall\w*|withdr\w*|kiel\w*|vastust\w*)\b")
_BARE_SUBJECT = frozenset(
    "tämä se näin tämän sen det detta så this it that också myös siis alltså".split()
)


# (round 21) words that name nothing of the act: "I priset för kortet ingår …" reads "priset"
_FUNCTION_WORDS = frozenset("i på för av till med om in of for to at on the a an en ett".split())


def _is_agreement(token):
    return bool(
        x.CONSENT.is_token(token)
        or x.ACCEPT.is_token(token)
        or x.PERMISSION.is_token(token)
        or _AGREES.match(token.lower)
        and token.lower not in ("ger", "antaa", "annat", "går", "gått")
        or _AFFIRMATIVE.match(token.lower)
    )


# (round 20) a yes as a noun is an agreement too: "… räknas som ditt ja till att jag lägger in
# dig i mitt månadsutskick", "… on myöntävä vastauksesi", "counts as your yes"
_AFFIRMATIVE = re.compile(
    r"^(myöntäv\w*|myöntymy\w*|kyllä-?vastau\w*|jakande|ja-svar\w*|affirmative)$"
)
_YES = frozenset("ja yes kyllä".split())
_POSSESSIVE = frozenset("ditt ert sitt ett your a an sinun hänen".split())


def _agreements(words):
    """For each word, whether it says an agreement: an agreement word, or a yes after a
    possessive ("ditt ja", "your yes"), which alone is only "and" in Finnish or an answer."""
    return [
        _is_agreement(t) or (t.lower in _YES and i > 0 and words[i - 1].lower in _POSSESSIVE)
        for i, t in enumerate(words)
    ]


def _equated_with_agreement(words, lang):
    """An act of the person said to mean or to equal the person's agreement to a keeper's
    processing ("Anmälan till en kurs likställs med samtycke till att vi lägger till dig i
    kampanjutskicken", "Ensimmäinen hoitokäyntisi on minulle sama asia kuin lupa lähettää
    sinulle tarjousviestejä"), or the agreement said deemed given on an act ("… maksaneen
    jäsenen katsotaan hyväksyneen, että …"); the act's words, or ""."""
    text = " ".join(t.lower for t in words)
    agreeing = _agreements(words)
    given_by = _GIVEN_BY.search(text)
    if given_by and not _TICKED_OR_SIGNED.search(text) and not any(t.lower in _MAY for t in words):
        after_given = words[len(text[: given_by.end()].split()) :]
        act = next((t for t in after_given if _actish(t, words) or _ACT_VERB.match(t.lower)), None)
        if act is not None:
            return act.text
    deemed = _DEEMS.search(text)
    if (
        deemed
        and _SUBSCRIBERS_DEEMED.search(text[deemed.end() :])
        and not _consent_rests_on_an_act(text, lang)
    ):
        act = next((t for t in words if _conduct(t, words) or _participle_of_act(t)), None)
        if act is not None:
            return act.text
    if (
        _consent_rests_on_an_act(text, lang)
        or _WITHDRAWAL.search(text)
        or _COOKIE_WORDS.search(text)
    ):
        return ""
    equates = _EQUATES.search(text)
    deems = _DEEMS.search(text)
    # "Tietojen antaminen lomakkeella on suostumus …", "Yhteydenotto meihin antaa meille luvan
    # …": an act the subject of a consent by a copula or by giving; the act must be named
    is_or_gives = _IS_AGREEMENT.search(text) or _GIVES_AGREEMENT.search(text)
    if is_or_gives and not (equates or deems):
        before = words[: len(text[: is_or_gives.start()].split())]
        if (
            not any(_actish(t, words) for t in before)
            or any(agreeing[: len(before)])
            # "Grunden för bokningen är ditt samtycke": a basis named, no act equated
            or _BASIS_WORD.search(" ".join(t.lower for t in before))
            # "voit halutessasi antaa suostumuksen": a consent the person may give
            or any(t.lower in _MAY for t in words)
        ):
            return ""
        equates = is_or_gives
    marker = equates or deems
    if marker is None:
        # (round 19) the agreement "at the same time" as an act named before it, or by an act
        # named as the means: "Asiakas, joka tulee hoitoon, hyväksyy samalla …", "Genom ditt
        # besök bekräftar du ditt samtycke …"
        bundled = _AT_THE_SAME_TIME.search(text) or _BY_AN_ACT.search(text)
        if bundled is None or any(t.lower in _MAY for t in words):
            return ""
        by_act = bundled.re is _BY_AN_ACT
        at = len(text[: bundled.start()].split())
        # the act: the means named, or an act before the agreement
        index = at if by_act else None
        if index is None:
            first = next((i for i, a in enumerate(agreeing) if a), len(words))
            index = next(
                (
                    i
                    for i, t in enumerate(words[: min(at, first)])
                    if _actish(t, words) or _ACT_VERB.match(t.lower)
                ),
                None,
            )
        if index is None or any(agreeing[:index]):
            return ""
        marker = bundled
        equates = bundled
        content_word = bundled.group("act") if by_act else words[index].text
        # the agreement is read after the act
        marker_at = index + 1
    else:
        content_word = None
        marker_at = None
    at = marker_at if marker_at is not None else len(text[: marker.start()].split())
    after = words[at:]
    agreement = next((i for i, a in enumerate(agreeing[at:]) if a), None)
    if agreement is None:
        return ""
    agreed = after[agreement + 1 :]
    agreed_text = " ".join(t.lower for t in agreed)
    if not agreed or not (
        _keeper_processes(agreed)
        or x.GROUPS["marketing"].find(agreed)
        or _KEEPER_ADDS.search(agreed_text)
    ):
        return ""  # "… tarkoittaa, että hyväksyt peruutusehdot": terms, not processing
    # the clause of the marker denied: "Ajanvaraus ei tarkoita, että suostuisit …"
    from .lemmas import negators  # noqa: PLC0415

    if any(t.lower in negators(lang) for t in words[max(0, at - 3) : at + agreement + 1]):
        return ""
    before = words[:at]
    if any(agreeing[:at]):
        return ""  # "Suostumuksesi tarkoittaa, että …": the consent is the source, not the act
    if deems and not equates:
        # deemed: the act is anywhere but the agreement ("… maksaneen jäsenen katsotaan
        # hyväksyneen", "Samtycke anses givet när du bokar")
        act = next((t for t in words if _conduct(t, words) or _participle_of_act(t)), None)
        return act.text if act is not None else ""
    if content_word:
        return content_word
    content = [
        t
        for t in before
        if t.lower not in _BARE_SUBJECT and t.lower not in _FUNCTION_WORDS and t.lower.isalpha()
    ]
    if not content:
        return ""  # "Tämä tarkoittaa, että …": what "this" is, the sentence before says
    if (
        any(t.lower.startswith(_SUBSCRIBING) for t in before)
        and (
            x.GROUPS["marketing"].find(before)
            or _KEEPER_ADDS.search(" ".join(t.lower for t in before))
        )
    ) and not any(_KEEPER_PROCESSES.match(t.lower) and not _SENDING.match(t.lower) for t in agreed):
        return ""  # subscribing to a letter is consenting to receive it
    return content[0].text


# the keeper adding the person to a list or a mailing, or mailing offers: "att vi lägger till
# dig i kampanjutskicken", "että lisäämme sinut tarjouslistalle"
_KEEPER_ADDS = re.compile(
    r"\b(lägger|läggs|lägga|lisään|lisäämme|lisätään|liitän|liitämme|liitetään|adds?|added"
    r"|putting|puts?)\b|kampanj|utskick|tarjou|erbjud|mainos|markkin|marknadsf|nyhetsbrev"
    r"|uutiskirj|newsletter|\boffers?\b"
)


_AT_THE_SAME_TIME = re.compile(r"\b(samalla|samtidigt|därmed|därigenom|thereby|at the same time)\b")
_BY_AN_ACT = re.compile(
    r"\b(genom|through|by|med) (ditt|din|dina|your|the|sitt|sin)? ?(?P<act>(besök|bokning|anmälan"
    r"|köp|betalning|deltagande|visit|booking|purchase|payment|registration|attendance)\w*)"
)
# the person's acts in a verb: coming, booking, paying, joining, sending (present or relative)
_ACT_VERB = re.compile(
    r"^(tulee|tulevat|tulet|saapuu|saapuvat|saavut|varaa|varaavat|varaat|maksaa|maksavat|maksat"
    r"|ostaa|ostavat|ostat|ilmoittautuu|ilmoittautuvat|ilmoittaudut|osallistuu|osallistuvat"
    r"|osallistut|lähettää|lähetät|kommer|bokar|betalar|köper|anmäler|deltar|skickar|comes"
    r"|books|pays|buys|joins|sends)$"
)
_MAY = frozenset("voi voit voitte voivat voisit kan kunna may can could".split())
_BASIS_WORD = re.compile(r"perust|peruste|grund|basis|based|oikeutu|rätt till|laillis")
_IS_AGREEMENT = re.compile(
    r"\b(on|ovat|är|is|are) ((samalla|samtidigt|myös|även|också|ditt|din|sinun|your|an?|ett"
    r"|alltså|siis|thereby|also) ){0,2}"
    r"(?=(suostumu|lupa|luva|hyväksyn|samtyck|medgivand|godkännand|tillstånd|consent"
    r"|permission|agreement|myöntäv|jakande|ja-svar|kyllä-?vastau|(?<=ditt |your )(ja|yes)\b))"
)
_GIVES_AGREEMENT = re.compile(
    r"\b(antaa|antavat|ger|gives|give) (meille |oss |us |minulle |mig |me )?(samtidigt |samalla"
    r" |myös |även )?(?=(luva|suostumu|oikeude|tillstånd|samtyck|rätt|permission|consent|the "
    r"right))"
)
_ACT_NOUN = re.compile(
    r"(minen|misen|ning|ningen|ande|andet|yhteydenot|kontakt|käyn|besök|visit|anmäl|ilmoittau"
    r"|osallistu|deltag|varau|bokning|booking|viesti|meddel|message|maksu|betalning|payment)"
)


def _actish(token, words):
    """Whether a word names an act of the person: a conduct (``_conduct``) or a verbal noun
    ("antaminen", "anmälan", "yhteydenotto", "besöket")."""
    lower = token.lower
    if _KEEPERS_ACT_NOUN.match(lower) or x.GROUPS["marketing"].is_token(token):
        return False  # "kuvaaminen", "marknadsföringen": the keeper's act, not the person's
    return bool(_conduct(token, words) or _ACT_NOUN.search(lower))


_KEEPERS_ACT_NOUN = re.compile(
    r"^(kuvaa|valokuva|julkais|tallenn|tallent|käsittel|käsitel|behandl|lagr|spar|fotograf"
    r"|marknadsför|markkinoin|publicer|film|videoi|kirjaa|merkitse|rekisteröi|profiloi|analy"
    r"|seura|följ|dela|jaka|luovut|siirt|överför|grund|peruste|oikeusperuste|rättslig)"
)


_PARTICIPLE_OF_ACT = re.compile(r"(nut|nyt|neen|neet|neiden|nutta|nyttä)$")


def _participle_of_act(token):
    """ "maksaneen", "varannut", "saapuneet": a past participle (the doer of an act)."""
    return bool(_PARTICIPLE_OF_ACT.search(token.lower)) and not _AGREES.match(token.lower)


def _consent_by_conduct(words, parts, lang):
    # "går med på att …", "sallit, että …": agreeing in a phrase of its own
    phrase = next((t for t in words if t.lower in _AGREE_PHRASE_HEADS), None)
    if phrase is not None and not _agree_phrase(words, phrase):
        phrase = None
    # "annat meille oikeuden käyttää tietojasi", "ger du oss rätt att använda", "asiakas
    # sitoutuu siihen, että hänen tietojaan käsitellään": granting or committing is agreeing
    phrase = phrase or _grants_or_commits(words)
    silence = _silence_read_as_leave(words, lang)
    if silence:
        return silence
    if "halua" in words.forms or "vill" in words.forms or "want" in words.forms:
        dont = _REFUSAL_DONT.search(" ".join(t.lower for t in words))
        if dont:
            return dont.group("use")
    if words.forms & _TAKEN_AS_HEADS and (
        x.CONSENT.find(words) or x.ACCEPT.find(words) or x.PERMISSION.find(words)
    ):
        # (round 18) the keeper taking an act as the consent, whatever other consent words the
        # sentence holds: "Varje e-postmeddelande du skickar oss ser vi också som ett
        # medgivande till att …"
        lowered = " ".join(t.lower for t in words)
        taken = _TAKEN_AS.search(lowered) and _act_taken_as_agreement(words, lowered, lang)
        if taken:
            return taken
    if words.forms & _PRESUMING and NOT_ASKED.search(" ".join(t.lower for t in words)):
        # (round 22) a permission said not asked, then leave presumed on an act: "Erillistä
        # lupaa en näihin viesteihin pyydä: kun olet maksanut ensimmäisen hoitokäyntisi,
        # katson, että saan lähettää sinulle tarjousviestejä"
        presumed = _leave_presumed_on_an_act(words, lang)
        if presumed:
            return presumed
    if not (x.CONSENT.find(words) or x.ACCEPT.find(words) or x.PERMISSION.find(words) or phrase):
        if words.forms & _TAKEN_AS_HEADS:
            # "Kommer du tillbaka …, tar jag det som ditt klartecken till att jag antecknar …"
            lowered = " ".join(t.lower for t in words)
            if _TAKEN_AS.search(lowered):
                return _act_taken_as_agreement(words, lowered, lang)
        if words.forms & _PRESUMING:
            # "Ellet sano, ettet halua, oletan että saan kuvata …": leave presumed on silence;
            # (round 21) or on an act: "Bokar du ett introduktionssamtal utgår jag från att det
            # är okej för dig att jag lägger in din e-postadress i sändlistan"
            return _silence_taken_as_agreement(words, lang) or _leave_presumed_on_an_act(
                words, lang
            )
        return ""  # most sentences: nothing of consent, nothing more to read
    silence = _silence_taken_as_agreement(words, lang)
    if silence:
        return silence
    lowered = " ".join(t.lower for t in words)
    refusal = _REFUSAL_BLOCKS.search(lowered) or _REFUSAL_DONT.search(lowered)
    if refusal:
        # "Om du inte godkänner behandlingen kan du inte använda tjänsten", "Jos et hyväksy
        # tietojesi käsittelyä, et voi käyttää palvelua": the service conditioned on
        # agreeing to the processing (Art 7(4))
        return refusal.group("use")
    processing = any(
        form.startswith(
            # storing is processing ("ger du oss tillåtelse att spara dina uppgifter")
            ("käsitel", "käsittel", "behandl", "process", "hanter", "tallent", "tallenn")
        )
        or form in ("spara", "sparas", "lagra", "lagras")
        for t in words
        for form in (t.lemma, t.lower)
    )
    # "antaa luvan tietojensa käsittelyyn", "ger tillstånd till behandlingen": permission
    # to the processing is consent by another word.
    # "annat luvan niiden käyttämiseen markkinointiin": permission to use the data is one too
    # "… lähetämme kampanjatarjouksia: kortin ostaminen sisältää luvan tähän": permission
    # to send offers
    using = any(
        t.lower.startswith(
            ("käyttämi", "användning", "markkinoin", "marknadsför", "kampanj", "mainon", "mainok")
        )
        # "antaa luvan käyttää osaa kuvista", "tillstånd att använda / publicera bilderna"
        or t.lower
        in (
            "käyttää",
            "käytetään",
            "använda",
            "används",
            "julkaista",
            "publicera",
            "use",
            "used",
            "publish",
        )
        or "tarjou" in t.lower
        or "erbjud" in t.lower
        for t in words
    )
    permission = x.PERMISSION.find(words) if processing or using else None
    if permission is None and phrase is not None and _you_give(words, phrase):
        # (round 27) a right the person grants is a permission by another word: "Varaamalla
        # ajan annat meille oikeuden lähettää sinulle mainoksia" (GDPR Art 4(11), 7(2)); not
        # "det är avtalet och lagen som ger mig rätt"
        permission = phrase
    if permission is not None and NOT_ASKED.search(" ".join(t.lower for t in words)):
        # (round 17) "Erillistä lupaa emme kysy: se, että asiakas tulee tunnille, on meille
        # riittävä lupa …": the permission the sentence claims is the last, not the one not asked
        permission = x.PERMISSION.all(words)[-1]
    consent = x.CONSENT.find(words) or x.ACCEPT.find(words) or permission or phrase
    if consent is not None and NOT_ASKED.search(" ".join(t.lower for t in words)):
        # (round 22) "En kysy … erillistä suostumusta, vaan kurssille ilmoittautuminen
        # tarkoittaa, että osallistuja hyväksyy …": the agreement claimed is the last one, not
        # the consent said not asked
        said = [*x.CONSENT.all(words), *x.ACCEPT.all(words)]
        if said:
            consent = max(said, key=lambda t: t.start)
    # "Du kan inte boka utan att samtidigt godkänna …", "Varausta ei voi tehdä hyväksymättä
    # …": not doing without agreeing makes the agreement a condition of the service (Art
    # 7(4)), not a denial.
    not_without = _NOT_WITHOUT.search(" ".join(t.lower for t in words))
    if consent is None and x.PERMISSION.find(words):
        lowered = " ".join(t.lower for t in words)
        tacit = _TACIT.search(lowered)
        if tacit and not any(c.negated for c in parts):
            return tacit.group(0)  # "Kuvien julkaisuun oletetaan lupa, ellei toisin sovita"
        # a permission to a keeper's act of its own verb: "Paikalle saapumalla asiakas antaa
        # luvan kirjata terveystietonsa"; (round 17) or the conduct said to be one: "Tunnille
        # osallistuminen riittää meille luvaksi kuvaamiseen ja kuvien julkaisuun"
        return _act_taken_as_agreement(words, lowered, lang) or _conduct_before_consent(
            words, lowered, lang
        )
    if consent is None or (
        not not_without and any(c.negated and consent in c.tokens for c in parts)
    ):
        return ""
    if _the_law_allows(words, consent):
        # (round 18) "… kuten laki sähköisen viestinnän palveluista (917/2014) sallii": the law
        # allows, not the person
        return ""
    if _conduct_denied(words, consent, lang):
        # "… eikä ajan varaaminen tai vastaanotolle tuleminen tarkoita, että olisit
        # suostunut mihinkään": the conduct is denied to be consent, in the clause before
        # the consent's own.
        return ""
    if ASKED_APART.search(" ".join(t.lower for t in words)):
        # "Referenssit (lupa pyydetty erikseen sähköpostitse)": a permission asked apart is
        # a real one, whatever conduct the sentence names besides.
        return ""
    if _offered(words, consent):
        # "Kun varaat ajan, voit samalla antaa suostumuksen uutiskirjeeseen": a consent the
        # person may give is a choice, not conduct taken as one.
        return ""
    text = " ".join(t.lower for t in words)
    tacit = _TACIT.search(text)
    if tacit and not any(c.negated for c in parts):
        # "Ilmoittautumalla annat hiljaisen hyväksyntäsi sille, että nimesi näkyy …", "tyst
        # samtycke": silence or inactivity is no consent (GDPR Art 4(11), recital 32).
        return tacit.group(0)
    # "Tunnille ilmoittautunut asiakas on samalla antanut suostumuksensa tietojensa
    # käsittelyyn", "Den som bokar en tid har därmed samtyckt …", "A client who books has
    # thereby consented …": the person who did something has thereby consented.
    doer = _CONDUCT_DOER.search(text)
    if (
        doer
        and (processing or using or _keeper_processes(words))
        and (_THEREBY.search(text) or x.DEEMED.find(words))
    ):
        return doer.group(0)
    # "Palvelun käyttäjä hyväksyy tietojensa käsittelyn", "Kunden godkänner behandlingen
    # … i och med bokningen": the user of the service, or the booking as the occasion.
    user = _SERVICE_USER.search(text)
    if user and processing and (x.ACCEPT.find(words) or x.CONSENT.find(words)):
        return user.group(0)
    if processing and re.search(r"\bi och med (bokningen|köpet|anmälan|besöket)\b", text):
        return "i och med"
    if (
        x.GROUPS["marketing"].find(words)
        and not re.search(r"\b(kaik\w+|all|alla|allt|koko|every|all of)\b", text)
        # Buying a card is no act of choosing marketing: "Kun ostat sarjakortin, hyväksyt
        # samalla, että voimme lähettää sinulle tarjouksia" bundles it (Art 7(4)).
        # What is subscribed to is the marketing itself ("Tilaamalla uutiskirjeen"), not a
        # product bought ("Tilaamalla tuotteen annat suostumuksesi … markkinointiin").
        and (
            re.search(_SUBSCRIBES + r"\w*( \w+){0,2} \w*" + _MARKETING_THING, text)
            # "ett månadsbrev med erbjudanden till dem som anmält sig till det"
            or re.search(_MARKETING_THING + r"\w*( \w+){0,4} \w*" + _SUBSCRIBES, text)
        )
    ):
        return ""  # "Tilaamalla uutiskirjeen annat suostumuksen": a clear affirmative act
    # Accepting is consent only when what is accepted is the processing ("hyväksyt, että
    # tietojasi käsitellään"); accepting the booking terms is not.
    accepted = (
        processing
        or any(
            form.startswith(
                (
                    "tieto",
                    "henkilötie",
                    "uppgift",
                    "personuppg",
                    "tarjou",
                    "mainon",
                    "markkinoin",
                    "erbjud",
                    "reklam",
                    "marknadsför",
                    "data",
                    "offer",
                    # campaigns and adverts are marketing in any of the three languages
                    "mainos",
                    "kampanj",
                    "campaign",
                    "advert",
                )
            )
            for t in words
            for form in (t.lemma, t.lower)
        )
        or bool(x.GROUPS["marketing"].find(words))
    )
    accepts = x.ACCEPT.all(words) if accepted else []
    # (round 17) "Allekirjoittamalla valmennussopimuksen hyväksyt sen ehdot, ja henkilötietojasi
    # käsittelen sopimuksen täyttämiseksi": terms accepted in a clause of their own are no
    # consent, whatever the keeper's clause after them says
    terms_only = bool(accepts) and all(_terms_only(parts, t) for t in accepts)
    accepts = [t for t in accepts if not _terms_only(parts, t)]
    if x.CONSENT.find(words) is None and not accepts and permission is None:
        if terms_only and not phrase:
            return ""
        return _conduct_before_consent(words, text, lang) or _act_taken_as_agreement(
            words, text, lang
        )
    consent_words = {t.start for t in x.CONSENT.all(words) + accepts}
    if permission is not None:
        consent_words.add(permission.start)
    # "Sopimuksen hyväksymällä asiakas hyväksyy myös tietojensa käsittelyn", "Genom att
    # godkänna avtalet godkänner du också behandlingen": accepting the contract or the terms
    # is the conduct, and the processing is bundled with it (Art 7(4)).
    for index, token in enumerate(words):
        by_accepting = token.lower.endswith(x.MEANS_SUFFIXES) or (
            index >= 2 and words[index - 2].lower == "genom" and words[index - 1].lower == "att"
        )
        if (
            by_accepting
            and processing
            and x.ACCEPT.is_token(token)
            and any(
                x.CONTRACT.is_token(t) or t.lemma in _TERMS or t.lower in _TERMS
                for t in words[max(0, index - 2) : index + 3]
            )
            and any(t.start in consent_words and t.start > token.start for t in words)
        ):
            return token.text
    for index, token in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else None
        gives_consent = following is not None and following.start in consent_words
        # "varaamalla", "käyttämällä", "antamalla tietonsa": the 3rd infinitive's adessive
        # (the means). "antamalla suostumuksensa" gives consent: not conduct.
        # "genom att boka", "by booking": the same means in Swedish and English.
        means = token.lower.endswith(x.MEANS_SUFFIXES) or (
            index >= 2 and words[index - 2].lower == "genom" and words[index - 1].lower == "att"
        )
        means = means or (
            index >= 1 and words[index - 1].lower == "by" and token.lower.endswith("ing")
        )
        # "… voit perua milloin tahansa soittamalla minulle", "återkalla genom att skicka ett
        # sms": the means of withdrawing, just after its verb
        # (a consent withdrawn, not a booking cancelled: "ajan voi perua")
        withdrawing = any(
            WITHDRAWS.match(t.lower) and _consent_before(words, i)
            for i, t in enumerate(words[:index])
            if i >= index - 5
        )
        if means and _conduct(token, words) and not gives_consent and not withdrawing:
            return token.text
    # "Kun ilmoittaudut tunnille tai ostat kausikortin, hyväksyt …", "När du bokar en tid
    # samtycker du …", "If you book, you agree …": a condition of conduct, consent after it.
    for position, clause in enumerate(parts):
        first = clause.tokens[0].lower if clause.tokens else ""
        # "Tackar du ja till erbjudandet, räknas det som …", "Bokar du en tid, godkänner du
        # …": a Swedish condition said verb first
        verb_first = (
            len(clause.tokens) > 1
            and clause.tokens[1].lower in ("du", "ni")
            and _conduct(clause.tokens[0], clause.tokens)
        )
        # (round 17) whatever the person does, verb first, "thereby" agreeing after it: "Följer
        # du studion på Instagram och taggar oss …, har du därmed gett oss lov att dela …"
        any_verb_first = (
            position == 0
            and not verb_first
            and len(clause.tokens) > 1
            and clause.tokens[1].lower in ("du", "ni")
            and not _CHOICE_ACTS.match(first)
            and first not in _AUXILIARIES
            and _THEREBY.search(" ".join(t.lower for c in parts[1:] for t in c.tokens))
        )
        if first not in _CONDITIONS and not verb_first and not any_verb_first:
            continue
        conduct = (
            [clause.tokens[0]]
            if any_verb_first
            else [
                t
                for i, t in enumerate(clause.tokens)
                if _conduct(t, clause.tokens)
                and _conduct(t, words)
                and not (i + 1 < len(clause.tokens) and clause.tokens[i + 1].start in consent_words)
            ]
        )
        later = [t for c in parts[position + 1 :] for t in c.tokens]
        # The consent may follow in the same clause when no comma cuts it: "När du lämnar
        # dina uppgifter i bokningssystemet godkänner du samtidigt att de behandlas".
        # Not the noun there: "jos annat siihen nimenomaisen suostumuksesi" gives consent.
        later += [
            t
            for t in clause.tokens
            if conduct
            and t.start > conduct[0].start
            and t.lemma not in ("suostumus", "samtycke", "consent")
        ]
        # "… poistetaan, kun tilaus on toimitettu, tai heti, jos perut suostumuksesi": a
        # consent withdrawn is no consent given by the conduct before it
        # "…, yhtiö saa laskun ja, kirjallisella suostumuksellasi, yhteenvedon": a consent
        # given in writing is its own act, not the condition's
        if conduct and any(
            t.start in consent_words and not _withdrawn_at(words, t) and not _in_writing(words, t)
            for t in later
        ):
            return conduct[0].text

    # (round 16) the act after the agreement, in a condition of its own: "Du godkänner att jag
    # skickar dig erbjudanden när du betalar ditt första besök", "Hyväksyt, että lähetämme
    # sinulle tarjouksia, kun maksat ensimmäisen hoitosi"
    for index, token in enumerate(words):
        if index == 0 or token.lower not in _CONDITIONS:
            continue
        if not any(t.start in consent_words for t in words[:index]):
            continue
        act = next(
            (
                i
                for i in range(index + 1, min(index + 4, len(words)))
                if _conduct(words[i], words) and not words[i].lower.startswith(_SUBSCRIBING)
            ),
            None,
        )
        if act is not None and _agrees_to_processing(words[:index], 0, -1, lang):
            return words[act].text
    # "Ajanvarauksen tehdessään asiakas antaa samalla luvan tietojensa käsittelyyn": the
    # 2nd infinitive's inessive ("tehdessään", "varatessasi") is the time of the conduct.
    booking_word = x.GROUPS["bookings"].find(words)
    for token in words:
        if not re.search(r"(ess|ss)(a|ä)(an|än|si|mme|nne)?$", token.lower):
            continue
        if not (_conduct(token) or (booking_word is not None and token.lemma == "tehdä")):
            continue
        if any(t.start in consent_words and t.start > token.start for t in words):
            return token.text
    # "genom att boka", "genom att skicka formuläret": the means, a word of conduct.
    for index, token in enumerate(words[:-2]):
        if token.lower == "genom" and words[index + 1].lower == "att":
            means = words[index + 2]
            withdrawing = any(
                WITHDRAWS.match(t.lower) and _consent_before(words, i)
                for i, t in enumerate(words[:index])
                if i >= index - 3
            )
            if _conduct(means, words) and means.start not in consent_words and not withdrawing:
                return f"genom att {means.text}"
    # "by booking".
    m = re.search(
        r"\bby (booking|using|buying|ordering|visiting|providing|submitting)\b",
        text,
    )
    if m:
        return m.group(0)
    deemed = x.DEEMED.find(words)
    # ("varaa" may be lemmatised as "vara": the conduct's own stems are read too)
    booking = (
        x.GROUPS["bookings"].find(words)
        or x.CONDUCT.find(words)
        or next((t for t in words if deemed and _CONDUCT_STEMS.match(t.lower)), None)
    )
    # What is deemed given: consent, or acceptance of the processing itself ("asiakas
    # hyväksyy henkilötietojensa käsittelyn", "du godkänner att dina uppgifter behandlas");
    # accepting the booking terms is not consent and is not read as such.
    consents = consent.lemma in ("suostumus", "suostua", "samtycke", "samtycka", "consent")
    accepts_processing = bool(x.ACCEPT.find(words)) and any(
        form.startswith(
            ("käsitel", "käsittel", "behandl", "process", "tallent", "tallenn", "lagring")
        )
        for t in words
        for form in (t.lemma, t.lower)
    )
    if deemed and booking and (consents or accepts_processing):
        return booking.text
    # "Ajanvarauksen yhteydessä asiakas hyväksyy tietojensa tallentamisen", "I samband med
    # bokningen godkänner du …": the conduct as the occasion of the acceptance.
    # The person accepts or consents by a verb; "pyydämme erillisen suostumuksen" (the
    # business asks for a consent) is a consent asked for, not conduct taken as one.
    agrees = accepts_processing or any(t.lemma in ("suostua", "samtycka", "agree") for t in words)
    # a consent said given in the passive: "ges samtidigt samtycke till att uppgifterna
    # sparas", "annetaan samalla suostumus"
    agrees = agrees or bool(
        x.CONSENT.find(words)
        and words.forms & {"ges", "lämnas", "annetaan", "given", "is"}
        and processing
    )
    if booking and agrees and not deemed:
        index = next(i for i, t in enumerate(words) if t is booking)
        occasion = (
            (index + 1 < len(words) and words[index + 1].lower == "yhteydessä")
            or (
                index >= 3
                and [t.lower for t in words[index - 3 : index]] == ["i", "samband", "med"]
            )
            # "Vid bokning ges samtidigt samtycke …", "Med din anmälan …"
            or (index >= 1 and words[index - 1].lower in ("vid", "med", "at", "upon"))
            or (
                index >= 2
                and words[index - 2].lower in ("vid", "med")
                and words[index - 1].lower in ("din", "er", "en")
            )
        )
        later = [t for t in words[index + 1 :] if t.start in consent_words]
        if occasion and later:
            return booking.text
    return _conduct_before_consent(words, text, lang) or _act_taken_as_agreement(words, text, lang)


# (round 22) A question how consent is given: "Hur ger jag mitt samtycke till erbjudandena?",
# "Miten annan luvan kuvien julkaisuun?", "How do I give my consent?"
HOW_CONSENT_IS_GIVEN = casefree(
    r"\b(hur|miten|kuinka|how)\b.{0,40}\b(samtycke\w*|medgivande\w*|godkännande\w*|lov|tillstånd"
    r"|suostumu\w*|lupa\w*|luvan|hyväksyn\w*|consent|permission)",
    re.IGNORECASE,
)
_BY_DOING = casefree(r"^\W*(genom att|genom|by|\w+(malla|mällä)\b|kun |när |when )", re.IGNORECASE)


def answered_by_an_act(before, sentence, lang):
    """(round 22) The act that answers a question how consent is given ("Hur ger jag mitt
    samtycke till erbjudandena? Genom att komma tillbaka."), as written; else "". An act is no
    statement of consent (GDPR Art 4(11), 7(2)); a box ticked or a yes said is."""
    if not (before.rstrip().endswith("?") and HOW_CONSENT_IS_GIVEN.search(before)):
        return ""
    lowered = sentence.lower()
    if (
        not _BY_DOING.match(sentence)
        or _TICKED_OR_SIGNED.search(lowered)
        or _said_yes(lowered, lang)
        or _REAL_CONSENT.search(lowered)
    ):
        return ""
    words = tokens(sentence, lang)
    act = next((t for t in words if _conduct(t, words) or _ACT_OF_COMING.match(t.lower)), None)
    return act.text if act is not None else ""


# coming back or coming in, said by the infinitive: "Genom att komma tillbaka", "tulemalla"
_ACT_OF_COMING = re.compile(r"^(komma|kommer|tulla|tulemalla|palaamalla|return\w*|coming)$")


def act_then_agreement(before, sentence, lang):
    """The act of the person in ``before`` when ``sentence`` agrees to the processing "at the
    same time" or "thereby" ("Varaat ajan verkossa. Samalla hyväksyt, että tallennamme tietosi
    markkinointia varten."), as written; else "" (Art 4(11), 7(4))."""
    lowered = sentence.lower()
    if (
        not _THEREBY_START.match(sentence)
        or _REAL_CONSENT.search(lowered)
        or _EXPLICIT_WORD.search(lowered)
    ):
        return ""
    words, before_words = tokens(sentence, lang), tokens(before, lang)
    act = next((t for t in before_words if _conduct(t, before_words)), None)
    if act is None and any(t.lower in _PERSONS | _WHO for t in before_words):
        # "… deltagare som ändå kliver in i salen syns i filmen. Därmed anses samtycke
        # till publiceringen ha getts.": any act of the person named before
        act = next(t for t in before_words if t.lower in _PERSONS | _WHO)
    if (
        act is None
        or x.CONSENT.find(before_words)
        or x.ACCEPT.find(before_words)
        or not (
            _agrees_to_processing(words, 1, 0, lang)
            or _deemed_consent(words, lang)
            or _leave_taken(words)
        )
    ):
        return ""
    return act.text


# (round 21) the keeper's own leave after the act: "… numerosi tallentuu ajanvarausohjelmaan.
# Näin ollen saan lähettää siihen myös … kausitarjouksista", "Därmed får vi skicka erbjudanden"
_LEAVE_HEADS = frozenset("saan saamme voin voimme får may".split())


def _leave_taken(words):
    at = next((i for i, t in enumerate(words[:4]) if t.lower in _LEAVE_HEADS), None)
    return at is not None and _keeper_processes(words[at:])


# Keeping with no end said: "toistaiseksi", "tills vidare", "indefinitely", "for the time
# being", "until further notice" (GDPR Art 13(2)(a) asks a period or a criterion; WP260 rev.01).
_CONDUCT_DOER = re.compile(
    r"\b(?:ilmoittautu|varan|osta|maksa|käyttä|tilan|rekisteröity|liitty|asioi)\w*(?:nut|neet)\b"
    # (round 17) whatever the person does: "Den som tar emot vårt stämpelkort ger oss därmed
    # lov …" (giving a consent itself, ticking or signing a consent is no conduct)
    r"|\b(?:den|de|kund\w*|deltagar\w*|medlem\w*|besökar\w*) som (?:har )?(?!ger\b|gett\b|gav\b"
    r"|samtyck|godkän|kryssa|signer|underteckn|uttryckligen)(?:[a-zåäö]+(?:ar|er|r|at|it|tt))\b"
    r"|\b(?:den|de|kund\w*|deltagar\w*|medlem\w*|besökar\w*) som (?:har )?(?:bokar|bokat|anmäler"
    r"|anmält|köper|köpt|betalar|betalat|använder|använt|förnyar|förnyat|handlar|handlat"
    r"|registrerar|registrerat|löser|löst|deltar|deltagit|besöker|besökt)\b"
    # (round 18) whatever the person has done, as a participle before the person: "Ensimmäiselle
    # käynnille saapunut asiakas on samalla hyväksynyt …", "kurssin aloittaneet osallistujat"
    r"|\b[a-zåäö]{3,}(?:nut|nyt|neet) (?:asiakas|asiakkaat|jäsen|jäsenet|kävijä|kävijät"
    r"|osallistuja|osallistujat|oppilas|oppilaat|vieras|vieraat|henkilö|henkilöt)\b"
    r"|\b(?:anyone|a client|clients|customers?|members?) who (?:books|booked|signs up|signed up"
    r"|buys|bought|pays|paid|uses|used)\b"
)


_SERVICE_USER = re.compile(
    r"\b(?:palvelun|palveluiden|sivuston|verkkosivujen|verkkokaupan) käyttäjä\w*"
    r"|\b(?:tjänstens|webbplatsens|webbutikens) användare\b"
    r"|\busers? of (?:the|our) (?:service|site|website)\b"
)


_THEREBY = re.compile(
    r"\b(samalla|siten|näin ollen|automaattisesti|därmed|härmed|samtidigt|automatiskt|thereby"
    r"|automatically|at the same time)\b"
)


_CONDUCT_STEMS = re.compile(
    r"^(vara|varaa|varat|käyttä|käytä|osta|ostat|ostaa|tilaa|tilat|antama|luovuttama|vieraile"
    r"|asioi|ilmoittau|rekisteröity|bokar|boka|använd|köp|beställ|besök|lämnar|registrer"
    r"|book|use|using|buy|order|visit|provid|submit"
    r"|maksa|maksat|saavu|saavut|saapu|täyttä|täytä|osallistu|betala|betalar|anländ|fyll|jättä"
    r"|delta|pay|arriv|fill|attend|vahvistat|vahvista|bekräfta|confirm|anlita|tilaus"
    # going on with the service: "Om du fortsätter vår första träff …", "jatkamalla tapaamista"
    r"|fortsätt|jatka|continu|anmäl"
    # (round 17) writing a review or a form: "Arvion kirjoittaminen riittää meille luvaksi",
    # "Puhelinnumeron kirjoittaminen ajanvarauslomakkeelle toimii samalla lupana"
    r"|kirjoittami|kirjoittamalla"
    # (round 17) visits that go on: "jatkuvat hoitokäynnit tulkitaan hyväksynnäksi"
    r"|jatkuv|\w*käynti|\w*käynnit|\w*käynnin"
    # joining a group or a club: "Liittymällä ryhmän WhatsApp-keskusteluun hyväksyt …", "När du
    # ansluter dig till gruppen …" ("liittyvät", related to, is no joining)
    r"|liittymä|liittymi|liityt|liittyessä|ansluter|ansluta|anslutit|join(?!t)"
    # coming to the service, a fee paid: "Tulemalla kuvaukseen asiakas antaa luvan …",
    # "Inbetald kursavgift räknas som ditt godkännande …"
    r"|tulema|tulet$|komma$|inbetal|betald|maksettu|maksetu"
    # registering a child: "Lapsen ilmoittaminen soitintunneille katsotaan suostumukseksi"
    r"|ilmoittami"
    # redeeming a gift card, accepting an offer: "Den som löser in ett presentkort godkänner
    # …", "Tackar du ja till vårt erbjudande … räknas det som ditt medgivande", "lunastamalla"
    r"|löser|lösa$|lunast|tackar$|tacka$"
    # entering a client relationship, shopping: "Asiakassuhteen solmimalla …", "Kunder som
    # handlar i vår webbutik har därmed godkänt …" ("handlar om", is about, is read apart)
    r"|solmi|ingår$|ingå$|handlar$|handla$|handlat$"
    # choosing a service's option, renewing a card: "Väljer du digitalt kvitto …, godkänner du
    # samtidigt …", "Den som förnyar sitt årskort anses därmed ha godkänt …"
    r"|väljer$|valitsemalla|valitset$|förnyar|förnya$|uusimalla|uusit$|uusii$|uusiessa"
    # entering with a key tag or logging in: "Kun leimaat avaimenperällä sisään", "när du
    # stämplar in", "kirjautumalla palveluun"
    r"|leimaa|leimat|leimaam|kirjaudu|kirjautu|stämpla|checka|logga|swip"
    # being a member or a client as the conduct: "Medlemskapet innebär samtycke …",
    # "Jäsenyys edellyttää, että jäsen hyväksyy …"
    r"|medlemskap|jäsenyy|jäsenyys|membership"
    # signing a client card or a form: "Asiakaskortin allekirjoittamalla asiakas hyväksyy …"
    # (signing a consent form is giving consent: the consent word after it is read as such)
    r"|allekirjoitta|allekirjoit|underteckn|signer|signing"
    # (round 20) replying, clicking a button, following an account: "Myöntävä vastauksesi
    # toimii samalla lupana …", "När du klickar på Boka och betala godkänner du samtidigt …",
    # "Seuraamalla tiliämme annat luvan …"
    # ("vastaamalla" stays out: answering a survey or a consent question is read apart)
    r"|vastauksesi|vastauksen$|svarar$|svarat$|svaret$|repl"
    r"|klikk|klick|click|painamalla|painat$|painaa$|trycker$|seuraamalla|seuraat$)"
)


# What a person agrees to when the agreement is to the processing: the processing, the data,
# keeping or using them, or the privacy notice itself ("hyväksyt tämän tietosuojaselosteen").
_AGREED_TO = re.compile(
    r"käsitel|käsittel|behandl|process|tallent|tallenn|lagr|spar[ae]|säilyt|\bkäytön\b|käyttöä\b"
    r"|käyttöön\b|käyttämis|\banvändning(en)? av|rekisteröin|rekisteriin|registrering|registret"
    # marketing to the person: "… lähetämme kampanjatarjouksia: kortin ostaminen sisältää luvan"
    r"|tarjou|markkinoin|mainon|kampanj|erbjud|reklam|marknadsför|\boffers\b|marketing"
    # (round 17) using or quoting the person's words, passing data on: "att jag får använda
    # citat ur dina svar", "että välitämme harjoitusohjelman ohjaajille", "jag delar bilder"
    r"|\banvända\b|\banvänder\b|\bkäyttää\b|\bcitat\w*|\blainau\w*|\bquote\w*"
    r"|\bvälit(ämme|än|etään|tää)\b|\bluovut\w*|\blämna\w* ut\b|\bvidarebefordr\w*|\bdisclos\w*"
    r"|\bdelar\b|\bdelas\b|\bjaa(n|mme)\b|\bjaetaan\b|\bshare\w*"
    # (round 22) "hyväksyy kuviensa jakamisen Instagramissa"
    r"|\bjakami\w*|\bjakaa\b|\bdelning\w*|\bkuv(ien|iensa|iasi|iaan|iesi)\b"
    # (round 17) messages to the person: "toimii samalla lupana näille viesteille"
    r"|\bviest\w*|\btekstiviest\w*|\bmeddelande\w*|\bsms\w*|\bmessages?\b"
    # (round 17) a mailing list the person is put on: "osoitteesi liitetään postituslistalle"
    r"|postitusli|sähköpostili|uutiskir|utskickslist|e-postlist|nyhetsbrev|mailing list|newsletter"
    r"|tieto|tiedo|uppgift|data\b|tietosuojaselost|selostee|dataskyddsbeskriv|integritetspolicy"
    r"|dataskyddspolicy|privacy (notice|policy)"
    # what is done with the person's name, picture or contact: recorded, listed, published or
    # sent ("hyväksyy, että hänen nimensä kirjataan läsnäololistaan", "godkänner att bilder
    # publiceras", "hyväksyy, että hänelle lähetetään muistutus")
    r"|\bkirja(ta|taan|tta|amme|an|ttu|ttuun)\b|\bmerkitää\w*|\bantecknas\b|\bnoteras\b"
    r"|\bjulkais\w*|\bjulkaist\w*|\bpublicer\w*|\bpublish\w*|\bkuv(a|ia|ista|at|asi|ansa|aa)\b"
    r"|\bvalokuv\w*|\bbild(er|erna|en)?\b|\bfoto\w*|\bphoto\w*|\bnime(si|nsä)\b|\bnimesi\b"
    r"|\bditt namn\b|\bhens namn\b|\bnamnet\b|\byour name\b|\blähetetään\b|\bskickas\b"
)


# A consent that is asked for, optional, separate or ticked is a real one (Art 4(11), 7(2)).
_REAL_CONSENT = re.compile(
    r"\b(pyy[dt]\w*|kysy\w*|be(r|dja)? om|ask\w*|request\w*|erillis\w*"
    rf"|erikseen|separat\w*|{_TICK}|ruutu\w*"
    r"|halutessasi|om du vill|if you wish|vapaaehtoi\w*|frivillig\w*|voluntar\w*)\b"
)


# The person's own act of agreeing: a verb of the person, a permission, or the conduct said to
# be a consent ("Tilaus on samalla suostumus", "Bokningen är ett samtycke").
_AGREES = re.compile(
    r"^(suostu[ut]|suostuvat|suostuit|suostunut|hyväksy[ty]|hyväksyvät|hyväksyit|hyväksynyt"
    r"|samtycker|samtyckt|godkänner|godkänt|accepterar|accepterat|ger|antaa|annat|agrees?|accepts?"
    r"|går|gått|godtar|godtagit|godtog"
    # the infinitive and the negated form of a condition: "Du kan inte boka utan att samtidigt
    # godkänna att …", "Ajanvarausta ei voi tehdä hyväksymättä samalla tietojen tallentamista"
    r"|godkänna|acceptera|samtycka|hyväksyä|hyväksymättä|suostua|suostumatta|agree|accept"
    # the perfect participle of one deemed: "hänen katsotaan hyväksyneen tämän selosteen"
    r"|hyväksyneen|hyväksyneeksi|suostuneen|suostuneeksi"
    # allowing: "merkitsee, että asiakas sallii tietojensa käsittelyn"
    r"|sallii|sallit|sallivat|sallia|tillåter|tillåta|allows?)$"
)


_COPULA_CONSENT = re.compile(
    # "Tilaus on samalla suostumus", "Asiakkaaksi ryhtyminen merkitsee suostumusta", "Palvelun
    # käyttö edellyttää suostumusta", "Användning av tjänsten förutsätter ditt samtycke"
    r"\b(on|är|is|merkitsee|tarkoittaa|innebär|betyder|means|edellyttää|edellyttävät|förutsätter"
    # (round 15) "Ajanvarauksen vahvistus toimii samalla suostumuksena …", "Bokningsbekräftelsen
    # fungerar även som samtycke …", "serves as consent"
    r"|toimii|toimivat|fungerar (?:även |också )?som|serves as|counts as|gäller (?:även )?som"
    # "kortin ostaminen sisältää luvan tähän", "ses som ditt medgivande", "katsotaan luvaksi"
    r"|sisältää|sisältävät|innefattar|innefatta|inkluderar|inkludera|includes?|ses som|anses som"
    r"|betraktas som"
    r"|räknas som|pidetään|katsotaan|nähdään|is seen as|is taken as"
    # "Bokningen tolkas som samtycke", "Varaus tulkitaan suostumukseksi"
    r"|tolkas som|uppfattas som|tulkitaan|is interpreted as|is deemed"
    # (round 17) "Tunnille osallistuminen riittää meille luvaksi kuvaamiseen", "Besöket räcker
    # som ditt klartecken", "counts enough as permission"
    r"|riittää|riittävät|räcker som|räcker|suffices as"
    r"|kräver|requires?) (samalla |siten |därmed |också |myös |ett |a |thereby |also |ditt |din "
    r"|your |asiakkaan |kundens |meille |minulle |oss |mig |us |även |myöskin |riittävä "
    # (round 32) another person's agreement taken from the act: "näytökseen osallistuminen =
    # huoltajan hyväksyntä julkaisulle", "deltagandet är målsmans godkännande"
    r"|huoltajan |huoltajien |vanhemman |vanhempien |målsmans |vårdnadshavarens |förälderns "
    r"|föräldrarnas |(?:the )?(?:guardian|parent)'?s |jäsenen |medlemmens |osallistujan "
    r"|deltagarens "
    r"|riittävän |tillräckligt |tillräcklig |enough |sufficient )*"
    r"(suostumu\w*|samtycke\w*|consent|hyväksyntä\w*|hyväksynnä\w*|godkännande|lupa|luvan"
    r"|luvaksi|lupana|tillstånd|tillåtelse|medgivande|klartecken|myöntymy\w*)\b"
)


_THAT_ACT = casefree(
    r"(^\W*|: |\bkysy |\bfrågar inte )(se,? että|se seikka,? että|det att|det faktum att"
    r"|the fact that)\b",
    re.IGNORECASE,
)
# (round 17) a consent said not to be asked: "Erillistä kuvauslupaa emme kysy", "vi frågar inte
# om lov", "we do not ask for consent"


ASKED_APART = re.compile(
    r"\b(lupa|luvan|suostumus|suostumuksen|samtycke|samtycket|tillstånd|consent|permission)"
    r"( \w+){0,2} (pyy[dt]\w*|kysy\w*|erikseen|separat\w*|inhämta\w*|asked|requested)"
    r"|\b(pyydämme|pyydän|kysymme|kysyn|ber vi om|ber jag om|we ask for)( \w+){0,2} "
    r"(erillis\w* |separat\w* |separate )?(luvan|suostumuks\w*|samtycke\w*|consent|permission)"
)


def _is_terms(token):
    """A word of terms or conditions, a compound's too ("peruutusehdot", "avbokningsvillkor")."""
    return (
        token.lemma in _TERMS
        or token.lower in _TERMS
        or token.lower.endswith(("ehdot", "ehtoja", "ehdoista", "villkor", "villkoren"))
        or token.lemma.endswith(("ehto", "villkor"))
    )


def _terms_only(parts, token):
    """Whether what ``token`` accepts, up to its clause's end, is terms or a contract alone
    ("hyväksyt sen ehdot", "godkänner du villkoren"), with no data or processing named."""
    clause = next((c.tokens for c in parts if token in c.tokens), None)
    if clause is None:
        return False
    after = clause[clause.index(token) + 1 :]
    return any(_is_terms(t) for t in after[:3]) and not any(
        _AGREED_TO.search(t.lower) for t in after
    )


_TERMS = frozenset(
    "ehto ehdot ehdot käyttöehto käyttöehdot sopimusehto sopimusehdot villkor villkoren avtal "
    "avtalet terms conditions contract agreement".split()
)


_REFUSAL_BLOCKS = re.compile(
    r"\b(om|jos|mikäli|if)\b (du |ni |you )?(inte|ej|et|ette|not|don't|do not) "
    r"(godkänn\w*|samtyck\w*|hyväksy\w*|suostu\w*|accept\w*|agree\w*|consent\w*)\b[^.]*"
    r"(käsitel|käsittel|behandl|process|tallenn|spar)[^.]*\b(kan (du|ni) inte|et voi|ette voi|cannot"
    r"|can't|can not) (?P<use>använda|boka|köpa|delta|käyttää|varata|ostaa|osallistua|use|book"
    r"|buy|attend)\b"
)


_REFUSAL_DONT = re.compile(
    r"\b(jos|om|if)\b (et|du inte|ni inte|you do not|you don't) (halua|vill|want)\b[^.]*"
    r"(käsitel|käsittel|behandl|process|tallenn|spar)[^.]*\b(älä|älkää|ska (du|ni) inte|bör (du|ni) "
    r"inte|do not|don't) (?P<use>använda|boka|köpa|delta|käytä|käyttäkö|varaa|osta|osallistu|use"
    r"|book|buy|attend)\w*"
)


_NOT_WITHOUT = re.compile(
    # (not "en": a Swedish article)
    r"\b(inte|ej|ei|et|emme|ette|eivät|not|cannot)\b.*(\butan att\b|\bwithout\b|\bilman\b"
    r"|\w+mättä\b)"
)


_SUBSCRIBES = r"(tilaa|tilaam|tilaus|tilatt|prenumer|subscri|beställ|liitty|liity|anmäl)"


_MARKETING_THING = (
    r"(uutiskir|tiedot|markkin|viest|nyhetsbrev|utskick|newsletter|mailing|erbjud|tarjou|kirje"
    r"|brev|lista|list|sms|tekstiviest|kampanj|mainos|reklam)"
)


_AGREE_PHRASE_HEADS = frozenset(("går", "gått", "gick", "gå"))


_GIVES = frozenset(("antaa", "annat", "antavat", "ger", "gett", "give", "gives"))


_A_RIGHT = frozenset(("oikeuden", "oikeus", "rätt", "rätten", "right"))


def _you_give(words, give):
    """Whether the person addressed is the one who gives: "annat", "ger du", "du ger", "you
    give"."""
    if give.lower in ("annat", "annatte"):
        return True
    index = next((i for i, t in enumerate(words) if t is give), 0)
    near = {t.lower for t in words[max(0, index - 1) : index + 2]}
    return bool(near & {"du", "ni", "you"})


WITHDRAWS = re.compile(
    r"^(peru(?!st)\w*|peruut\w*|peruuta\w*|vedä\w*|återkall\w*|withdr\w*|revok\w*|tillbaka)$"
)


def _withdrawn_at(words, token):
    """Whether a word of consent is a consent withdrawn, its verb before it ("jos perut
    suostumuksesi", "om du återkallar ditt samtycke"); "annat suostumuksen, jonka voit perua"
    gives one."""
    index = next((i for i, t in enumerate(words) if t is token), 0)
    return any(WITHDRAWS.match(t.lower) for t in words[max(0, index - 3) : index])


def _withdrawn_around(words, token):
    """Whether a word of consent is withdrawn by a verb before it or, put first, by one soon
    after it ("Samtycket kan du ta tillbaka när du vill", "Suostumuksen voit perua")."""
    index = next((i for i, t in enumerate(words) if t is token), 0)
    # (round 32) a consent that opens the sentence is the object put first, and its own words
    # may be many before the verb ("Samtycket till hälsoanteckningar eller bilder kan du ta
    # tillbaka när du vill genom att skicka ett sms")
    reach = 10 if index <= 1 else 5
    return _withdrawn_at(words, token) or any(
        WITHDRAWS.match(t.lower) for t in words[index + 1 : index + reach]
    )


def _conduct_denied(words, consent, lang):
    """Whether a negator stands before a word of conduct that stands before the consent ("eikä
    ajan varaaminen tarkoita, että olisit suostunut", "bokningen innebär inte att du
    samtycker"), not a condition ("Du kan inte boka utan att samtidigt godkänna …")."""
    text = " ".join(t.lower for t in words)
    if _NOT_WITHOUT.search(text):
        return False
    index = next((i for i, t in enumerate(words) if t is consent), None)
    if index is None:
        return False
    from .lemmas import negators  # noqa: PLC0415

    # (the language's own: Swedish "en" is an article, Finnish "en" a negator)
    words_not = negators(lang)
    negator = next((i for i, t in enumerate(words[:index]) if t.lower in words_not), None)
    if negator is None:
        return False
    # the negator before the conduct, or right after it ("Bokningen innebär inte …")
    conduct = [i for i, t in enumerate(words[:index]) if _conduct(t, words)]
    # (round 17) or a conduct as the subject of a deeming denied: "Pelkkä kurssille
    # ilmoittautuminen tai tunnille tuleminen ei tarkoita, että suostut kuvaamiseen"
    deeming_denied = negator + 1 < len(words) and x.DEEMED.is_token(words[negator + 1])

    def reaches(c):
        # (round 22) a negation ends at "vaan", "utan", "but": "en pyydä … erillistä lupaa,
        # vaan kuvausajan varaaminen tarkoittaa, että asiakas hyväksyy …" denies the asking
        return c < negator or not any(t.lower in _CONTRAST_BREAKS for t in words[negator + 1 : c])

    return any((c > negator or negator - c <= 3 or deeming_denied) and reaches(c) for c in conduct)


_CONTRAST_BREAKS = frozenset("vaan mutta utan men but instead".split())


def _grants_or_commits(words):
    """The word of granting a right over the data ("annat meille oikeuden", "ger oss rätt") or
    of committing to its processing ("sitoutuu siihen, että …", "förbinder sig"), else None."""
    for index, token in enumerate(words):
        if token.lower in _GIVES and any(t.lower in _A_RIGHT for t in words[index + 1 : index + 4]):
            return token
        if token.lower.startswith(("sitoutu", "sitoudu", "förbind")):
            return token
    return None


def _agree_phrase(words, head):
    """Whether ``head`` opens "gå med på" (to agree to), its subject after it or not ("går du
    med på", a clause begun by the act)."""
    index = next(i for i, t in enumerate(words) if t is head)
    after = [t.lower for t in words[index + 1 : index + 4]]
    return after[:2] == ["med", "på"] or after[1:] == ["med", "på"]


def _offered(words, consent):
    """Whether a consent is offered as the person's choice ("voit antaa suostumuksen", "kan du
    ge ditt samtycke", "you may consent")."""
    index = next((i for i, t in enumerate(words) if t is consent), 0)
    # "om du samtycker", "jos suostut", "if you agree": a consent on a condition is the
    # person's choice
    # (only the person between: "Jos varaat ajan, hyväksyt …" is conduct on a condition)
    conditional = ("om", "ifall", "jos", "mikäli", "if")
    if (index >= 1 and words[index - 1].lower in conditional) or (
        index >= 2
        and words[index - 2].lower in conditional
        and words[index - 1].lower in ("du", "ni", "you", "asiakas", "kunden")
    ):
        return True
    for position in range(max(0, index - 4), index):
        if words[position].lower not in ("voit", "voi", "voitte", "kan", "may", "can"):
            continue
        # Only the person, a giving verb and the consent's own words may stand between: "voit
        # samalla antaa suostumuksen", "kan du också ge ditt samtycke". "Genom att boka kan du
        # anses ha samtyckt" is deemed; "tietoja voi käsitellä suostumuksella, joka katsotaan
        # annetuksi varattaessa" is what the business may do.
        if all(
            t.lower in _OFFER_FILLERS or t.lemma in _OFFER_FILLERS
            for t in words[position + 1 : index]
        ):
            return True
    return False


_OFFER_FILLERS = frozenset(
    "antaa ge give lämna du ni you asiakas kunden kunden the client samalla myös lisäksi "
    "halutessasi också även dessutom also ditt din your oma omasi sen siihen erillisen "
    "nimenomaisen uttryckligt separat separate".split()
)


def _conduct_before_consent(words, text, lang="fi"):
    """The conduct a sentence takes as consent when the reader's narrower patterns did not: a
    conduct of the person (booking, using, paying, registering, giving data) stands before the
    person's own agreement to the processing, as its subject, its occasion or a relative clause
    ("Asiakas, joka varaa ajan, suostuu tietojensa tallentamiseen", "Palvelun käyttäminen
    merkitsee, että hyväksyt tämän selosteen", "Tilaus on samalla suostumus tietojen
    käsittelyyn", "Med din bokning ger du oss tillåtelse att spara dina uppgifter"). Consent by
    conduct is no consent (GDPR Art 4(11), 7(2), 7(4); EDPB 05/2020 §3.1.2)."""
    if (_REAL_CONSENT.search(text) and not NOT_ASKED.search(text)) or not _AGREED_TO.search(text):
        return ""
    if about_cookies_alone(text):
        return ""
    # "Asiakkuuden alkaessa asiakas hyväksyy …": becoming a client is the occasion.
    becoming = _BECOMING_CLIENT.search(text)
    agreement = None
    for index, token in enumerate(words):
        if token.lower in _AGREE_PHRASE_HEADS and not _agree_phrase(words, token):
            continue  # "det går inte att …": no agreeing
        if (
            _AGREES.match(token.lower)
            and (
                token.lower not in ("ger", "antaa", "annat")
                # giving is agreeing only when a consent or a permission is what is given
                or any(
                    x.CONSENT.is_token(t)
                    or x.PERMISSION.is_token(t)
                    or t.lower.startswith("tillåt")
                    for t in words[index + 1 : index + 5]
                )
            )
        ):
            agreement = index
            break
    if agreement is None:
        granted = _grants_or_commits(words)
        if granted is not None:
            agreement = next(i for i, t in enumerate(words) if t is granted)
    if agreement is not None and _offered(words, words[agreement]):
        return ""
    if (
        agreement is not None
        and (
            # "godkänner du mina avbokningsvillkor: …": terms agreed to, not the processing
            any(
                t.lemma in _TERMS or _TERMS_WORD.search(t.lower) for t in words[agreement + 1 :][:6]
            )
            # "när lagen ger oss rätt till det", "jos laki sen sallii": the law allows, not the person
            or any(_LAW_WORD.match(t.lower) for t in words[max(0, agreement - 3) : agreement])
            # (round 32) "det är avtalet som ger oss rätt att behandla", "sopimus antaa meille
            # oikeuden": the contract gives the right (Art 6(1)(b)), not a conduct
            or any(x.CONTRACT.is_token(t) for t in words[max(0, agreement - 3) : agreement])
        )
    ):
        return ""
    if agreement is not None and not _NOT_WITHOUT.search(text):
        # "Man kan boka en tid utan att godkänna …", "Voit varata ajan hyväksymättä …":
        # booking without agreeing, said as a choice, is the opposite of consent by conduct
        head = words[agreement]
        before = [t.lower for t in words[max(0, agreement - 2) : agreement]]
        if (
            head.lower.endswith(("mättä", "matta"))
            or before[-2:] == ["utan", "att"]
            or (before and before[-1] in ("without", "ilman"))
        ):
            return ""
    copula = _COPULA_CONSENT.search(text)
    if agreement is None and copula is None:
        return ""
    if agreement is None:
        before = len(text[: copula.start()].split())
        agreement = min(before, len(words))
    from .lemmas import negators  # noqa: PLC0415

    # (the "not" of a consent not asked, "Erillistä kuvauslupaa emme kysy: …", denies no conduct)
    not_asked = NOT_ASKED.search(text)
    asked_words = len(text[: not_asked.end()].split()) if not_asked else 0
    if any(
        t.lower in negators(lang) for t in words[asked_words : agreement + 1]
    ) and not _NOT_WITHOUT.search(text):
        # "… eikä ajan varaaminen tai vastaanotolle tuleminen tarkoita, että olisit suostunut
        # mihinkään": conduct denied to be consent
        return ""
    for token in words[:agreement]:
        if _conduct(token, words) and not x.GROUPS["marketing"].is_token(token):
            return token.text
        # "Bokningsbekräftelsen fungerar även som samtycke …": the booking, by its noun
        if copula is not None and x.GROUPS["bookings"].is_token(token):
            return token.text
    # (round 17) "Se, että oppilas nousee konsertissa lavalle, on meille riittävä lupa julkaista
    # …", "Det att du deltar räknas som …": the person's act in a clause of its own is the
    # subject said to be the consent
    that_act = _THAT_ACT.search(text)
    if copula is not None and that_act and that_act.end() <= copula.start():
        return that_act.group(2)
    # (``text`` is the words joined by spaces: its word count gives the word's index.)
    if becoming and len(text[: becoming.start()].split()) < agreement:
        return becoming.group(0)
    return ""


# Words that end in the 3rd infinitive's adessive but are nouns or adjectives ("samalla", at
# the same time; "omalla", own).
_NOT_MEANS = frozenset(
    "samalla omalla lomalla kuumalla tummalla rumalla kamalla himalla ilmalla palmalla "
    "summalla".split()
)


# Acts that are choices, not conduct: wanting, giving the consent itself, ticking, withdrawing.
_CHOICE_ACTS = re.compile(
    r"^(halu|toivo|tahdo|vill|önsk|want|wish|rasti|ruksa|ruksi|kryss|tick|check|peru|peruu"
    r"|återkall|withdr|kiell|förbj|vastusta|invänd|object|suostu|samtyck|consent|hyväksy"
    r"|godkän|accept|agree|sall|tillåt|allow|anna|anta|ger$|ge$|give)"
)


# The keeper's acts of processing, said of what the person agrees to ("… hyväksyy, että
# merkitsemme hoitokorttiin hänen vaivansa", "godkänner du att vi fotograferar resultatet").
_KEEPER_PROCESSES = re.compile(
    # the keeper in the first person singular too: a one-person business writes "kuvaan",
    # "jaan", "säilytän" where a company writes "kuvaamme"
    r"^(merkits\w*|merkit(ään|ä|ty\w*)|kirjaa\w*|kirjat\w*|kirjoit(an|amme|etaan)|tallenn\w*"
    r"|tallent\w*|kuvaa(n|mme|minen|miseen|misen)|kuvat(aan|ut)|valokuva(an|amme|taan)"
    r"|videoi\w*|nauhoit\w*|äänit\w*|seuraa(n|mme|minen|miseen)|seurataan|jaa(n|mme)|jaetaan"
    r"|julkais\w*|julkaist\w*|säilyt(än|ämme|etään|tää|täminen|tämiseen)|käsittel\w*"
    r"|käsitel\w*|käytä(mme|n)|käytetään|käyttää|käyttämi\w*|luovut(an|amme|etaan)"
    r"|siirr(än|ämme|etään)|rekisteröi(n|mme|dään)|kerää(n|mme|minen|miseen)|kerätään"
    r"|profiloi\w*|analysoi(n|mme|daan)"
    # the infinitive after a leave ("saan kuvata", "luvan jakaa")
    r"|kuvata|valokuvata|jakaa|seurata|kerätä|säilyttää"
    r"|anteckn(ar|as|a)|noter(ar|as|a)|registrer(ar|as|a)|spar(ar|as|a)|lagr(ar|as|a)"
    r"|fotografer\w*|fota(r|s)?|film(ar|as|a)|spela(r|s)?|följer|följs|delar|delas|dela"
    r"|publicer\w*"
    r"|använder|används|använda|överför\w*|samla(r|s)|behandl\w*|journalför\w*|skriver|skrivs"
    r"|observer\w*|analyser(ar|as|a)|profiler\w*"
    r"|record\w*|stores?|stored|photograph\w*|films?|track\w*|shares?|publish\w*|process\w*"
    r"|collect\w*|monitor\w*)$"
)


def _means_verb(token):
    """Whether a Finnish word is the 3rd infinitive's adessive of a verb ("asettumalla",
    "avaamalla"): the means by which something happens."""
    lower = token.lower
    return (
        lower.endswith(x.MEANS_SUFFIXES)
        and len(lower) >= 8
        and lower[-6] in "aeiouyäö"
        and lower not in _NOT_MEANS
    )


_THEREBY_START = casefree(
    r"\W*(samalla|näin|tällöin|siten|samtidigt|därmed|därigenom|härmed|thereby|by doing so"
    r"|in doing so|at the same time)\b",
    re.IGNORECASE,
)


_SUBSCRIBING = (
    "tilaa",
    "tilat",
    # the perfect: "jos olet tilannut sen itse"
    "tilann",
    "prenumer",
    "subscrib",
    "anmäl",
    "liity",
    "liitty",
    "rekisteröi",
)


_AS_A_CLIENT = frozenset(
    "asiakkaana jäsenenä kävijänä osallistujana potilaana valmennettavana kurssilaisena".split()
)


# The keeper's side by its noun: no act of the person ("Rekisterinpitäjä", "Valmentaja").
_KEEPER_SIDE = re.compile(
    r"pitäjä|valmentaja|ohjaaja|hieroja|kampaaja|opettaja|kouluttaja|järjestäjä|tarjoaja"
    r"|yrittäjä|omistaja|kuvaaja|toteuttaja|hoitaja|vetäjä|käsittelijä"
)


_CLIENT_NOUNS = frozenset("kund kunden medlem deltagare besökare klient patient".split())


_CONDITIONS = frozenset(("kun", "jos", "mikäli", "när", "då", "om", "ifall", "if", "when", "once"))


_PERSONS = frozenset(
    "sinä te asiakas asiakkaan jäsen kävijä du ni kunden klienten medlemmen besökaren you the "
    "client customer member visitor".split()
)


# "Kurssilaiset, jotka jäävät saliin, …", "deltagare som ändå kliver in …": people who do
# something, named by what they do.
_WHO = frozenset("joka jotka som who".split())


_AUXILIARIES = frozenset("olet olette on ovat har have has".split())


def _act_of_person(words, lang):
    """The person's act said as the means or the condition of what follows: "asettumalla",
    "genom att lägga dig", "kun avaat", "när du sätter dig", "Öppnar du …", else None."""
    from .lemmas import negators  # noqa: PLC0415

    no = negators(lang)
    for index, token in enumerate(words):
        act = None
        if _means_verb(token):
            act = index
        elif index < 3 and token.lower.endswith("minen") and len(token.lower) > 8:
            act = index  # "Palveluun kirjautuminen merkitsee, että …": the act as the subject
        elif index < 3 and (
            token.lower in _AS_A_CLIENT
            or (
                token.lower == "som"
                and index + 1 < len(words)
                and words[index + 1].lower in _CLIENT_NOUNS
            )
        ):
            # "Asiakkaana hyväksyt, että …", "Som kund godkänner du att …": being a client,
            # the relationship itself, as the act
            return index if token.lower != "som" else index + 1
        elif (
            index < 3
            and token.lower.endswith(("aja", "äjä"))
            and len(token.lower) >= 6
            and not token.lower.startswith(_SUBSCRIBING)
            and not _KEEPER_SIDE.search(token.lower)
        ):
            act = index  # "Lahjakortin lunastaja hyväksyy …": the one who acts, by its noun
        elif token.lower == "att" and index >= 1 and words[index - 1].lower == "genom":
            act = index + 1
        elif token.lower in _CONDITIONS and index + 1 < len(words):
            following = index + 1
            if words[following].lower in _PERSONS:
                following += 1
                if following < len(words) and words[following].lower in ("client", "customer"):
                    following += 1
            elif not (lang == "fi" and words[following].lower.endswith(("t", "tte"))):
                # (round 17) the person's act said in the passive or by its noun: "Kun
                # ensimmäinen kuukausimaksusi on maksettu, pidämme sitä merkkinä …"
                following = next(
                    (
                        i
                        for i in range(index + 1, min(index + 7, len(words)))
                        if _conduct(words[i], words)
                        and not x.GROUPS["marketing"].is_token(words[i])
                    ),
                    None,
                )
                if following is None:
                    continue
            act = following
        elif (
            index + 1 < len(words)
            and words[index + 1].lower in ("du", "ni")
            and (index == 0 or words[index - 1].lower in ("och", "men"))
            and lang == "sv"
        ):
            act = index  # "Öppnar du mejlet, godkänner du …": a condition said verb first
        if act is None or act >= len(words):
            continue
        if words[act].lower in _AUXILIARIES and act + 1 < len(words):
            act += 1
        verb = words[act]
        if verb.lower in no or _CHOICE_ACTS.match(verb.lower) or _CHOICE_ACTS.match(verb.lemma):
            continue
        # subscribing to the marketing is the clear act of choosing it ("Kun tilaat
        # uutiskirjeen, suostut siihen, että lähetämme sen"), not conduct taken as consent
        if verb.lower.startswith(_SUBSCRIBING) and x.GROUPS["marketing"].find(words):
            continue
        # giving the consent itself by the act: "antamalla suostumuksen", "genom att ge samtycke"
        if any(
            (x.CONSENT.is_token(t) or x.PERMISSION.is_token(t)) for t in words[act + 1 : act + 3]
        ):
            continue
        return act
    return None


def _act_taken_as_agreement(words, text, lang):
    """The person's act, then the person's agreement to a keeper's act of processing: consent
    by conduct read from the sentence's shape (round 15), whatever the act's word."""
    if _REAL_CONSENT.search(text) or ASKED_APART.search(text) or _EXPLICIT_WORD.search(text):
        return ""
    act = _act_of_person(words, lang)
    if act is None:
        act = _persons_verb_before_taking(words)
    if act is None:
        # "Asiakas hyväksyy vastaanotolle tullessaan, että …": the 2nd infinitive's inessive
        # with the person's suffix is the time of the act, before or after the agreement.
        act = next((i for i, t in enumerate(words) if _TIME_OF_ACT.search(t.lower)), None)
        if act is None or (
            # "annat siihen suostumuksesi tilatessasi uutiskirjeen": subscribing is the act of
            # choosing the marketing, no conduct
            words[act].lower.startswith(_SUBSCRIBING) and x.GROUPS["marketing"].find(words)
        ):
            return ""
        return words[act].text if _agrees_to_processing(words, 0, act, lang) else ""
    return words[act].text if _agrees_to_processing(words, act + 1, act, lang) else ""


_ALLOWS = frozenset("sallii sallivat tillåter medger allows permits".split())


def _the_law_allows(words, consent):
    """Whether the agreement the sentence holds is a law allowing ("kuten laki sallii", "som
    lagen tillåter"), its subject a law named a few words before."""
    if consent is None or consent.lower not in _ALLOWS:
        return False
    index = next((i for i, t in enumerate(words) if t is consent), None)
    return index is not None and any(
        _LAW_WORD.match(t.lower) for t in words[max(0, index - 12) : index]
    )


_PERSON_SUBJECTS = frozenset("du ni you sinä te asiakas kunden klienten".split())
_RELATIVES_OF_ACT = frozenset("jonka jota joita jotka som that".split())


def _persons_verb_before_taking(words):
    """(round 18) The person's verb in a clause before the keeper's taking it as a consent:
    "Varje e-postmeddelande du skickar oss ser vi som ett medgivande …", "Jokaisen viestin,
    jonka lähetät meille, tulkitsemme luvaksi …"."""
    head = next((i for i, t in enumerate(words) if t.lower in _TAKEN_AS_HEADS), None)
    if head is None:
        return None
    for index in range(min(head, len(words) - 1)):
        token, following = words[index], words[index + 1]
        if index + 1 >= head:
            break
        if token.lower in _PERSON_SUBJECTS and following.lower not in _KEEPER_SUBJECT:
            return index + 1  # "du skickar"
        if token.lower in _RELATIVES_OF_ACT and following.lower.endswith(("t", "tte")):
            return index + 1  # "jonka lähetät"
    return None


# "tullessaan", "varatessasi", "saapuessanne" (not "tapauksessa", "tilanteessa": nouns)
_TIME_OF_ACT = re.compile(r"\w{3}[^ek]ess[aä](an|än|si|nne)$")


def _agrees_to_processing(words, start, act, lang):
    """Whether, from ``start``, the person agrees (or gives a permission or a consent) to a
    keeper's act of processing ("hyväksyy, että merkitsemme …", "godkänner du att vi
    fotograferar …"), not denied, not offered as a choice, not the condition's own."""
    from .lemmas import negators  # noqa: PLC0415

    no = negators(lang)
    for index in range(start, len(words)):
        if index == act:
            continue
        token = words[index]
        if token.lower in no:
            return False  # "Istumalla tuoliin et hyväksy mitään": denied
        # "tar jag det som ditt klartecken till att …", "otan sen luvaksi": the keeper takes the
        # act as the person's agreement
        if token.lower in _TAKEN_AS_HEADS and _TAKEN_AS.match(
            " ".join(t.lower for t in words[index : index + 8])
        ):
            return _keeper_processes(words[index + 2 :])
        agrees = _AGREES.match(token.lower) and (
            token.lower not in _GIVES
            and token.lower not in ("antaa",)
            or any(
                x.CONSENT.is_token(t) or x.PERMISSION.is_token(t) or t.lower.startswith("tillåt")
                for t in words[index + 1 : index + 5]
            )
        )
        if not agrees:
            continue
        if _offered(words, token):
            return False
        if any(_is_terms(t) for t in words[index + 1 : index + 4]):
            # (round 17) "Genom att boka en tid godkänner du följande villkor: Priserna följer
            # …": terms agreed to, whatever the terms say next
            return False
        if any(t.lower in ("ja", "och", "and") for t in words[act + 1 : index]) and any(
            t.lower in _CONDITIONS for t in words[max(0, act - 3) : act]
        ):
            return False  # "jos kerrot niistä ja annat luvan …": the agreement is the condition's
        return _keeper_processes(words[index + 1 :])
    return False


def _deemed_consent(words, lang):
    """Whether a consent or a permission to a keeper's act is said deemed given ("Därmed anses
    samtycke till publiceringen ha getts", "hänen katsotaan antaneen luvan kuvien
    julkaisemiseen"), not denied."""
    from .lemmas import negators  # noqa: PLC0415

    deemed = x.DEEMED.find(words)
    if deemed is None or any(t.lower in negators(lang) for t in words):
        return False
    given = next(
        (
            i
            for i, t in enumerate(words)
            if (x.CONSENT.is_token(t) or x.PERMISSION.is_token(t) or x.ACCEPT.is_token(t))
        ),
        None,
    )
    return given is not None and _keeper_processes(words[given:])


def _silence_taken_as_agreement(words, lang):
    """ "Mikäli asiakas ei hoidon aikana kiellä kuvaamista, hänen katsotaan antaneen luvan …",
    "Om du inte säger nej, räknas det som samtycke till …": the person's not acting, on a
    condition, taken as consent. Silence or inactivity is no consent (GDPR Art 4(11), recital
    32)."""
    from .lemmas import negators  # noqa: PLC0415

    no = negators(lang)
    for index, token in enumerate(words):
        if token.lower in ("ellei", "ellet", "ellette", "elleivät", "unless"):
            negator = index
        elif token.lower in _OTHERWISE_HEADS and _OTHERWISE.match(
            " ".join(t.lower for t in words[index : index + 3])
        ):
            negator = index
        elif token.lower in _CONDITIONS:
            negator = next(
                (i for i in range(index + 1, min(index + 4, len(words))) if words[i].lower in no),
                None,
            )
            if negator is None:
                continue
        else:
            continue
        rest = words[negator + 1 :]
        if token.lower in _OTHERWISE_HEADS:
            # "…; muussa tapauksessa lupa … katsotaan annetuksi", "i annat fall anses samtycke
            # ha getts": silence on the duty to object before, taken as consent
            return words[negator].text if _deemed_consent(rest, lang) else ""
        # the consent deemed given after the condition, not within it ("jos et anna
        # suostumusta" is a consent refused, and what follows is the keeper's not processing)
        if any(x.CONSENT.is_token(t) or x.PERMISSION.is_token(t) for t in rest[:3]):
            return ""
        if _deemed_consent(rest, lang) or _agrees_to_processing(rest, 1, 0, lang):
            return words[negator].text
        # "Ellet erikseen sano, ettet halua, oletan että saan kuvata …": the keeper presumes
        # its own leave to process
        presumed = _PRESUMED_LEAVE.search(" ".join(t.lower for t in rest))
        if presumed and _keeper_processes(tokens(presumed.group("rest"), lang)):
            return words[negator].text
        return ""
    return ""


# (round 17) Silence read as leave: "tolkar vi tystnaden som att du gett klartecken till att du
# får synas i filmerna", "tulkitsen hiljaisuuden niin, että saan käyttää kuvia". Silence or
# inactivity is no consent (GDPR Art 4(11), recital 32), whatever verb reads it as one.
_SILENCE_WORD = (
    r"(hiljaisuu\w*|vaikenemi\w*|vastaamattomuu\w*|vastaamatta jättämi\w*|tystnad\w*"
    r"|uteblivet svar|uteblivna svar\w*|utebliven reaktion|silence|no reply|no response)"
)
_READ_AS = (
    r"(tulkits\w*|tulkitaan|tulkittu\w*|katso\w*|pidä\w*|pidetään|otan|otamme|lasketaan"
    r"|merkitsee|riittää|tolka\w*|räkna\w*|betrakta\w*|anse\w*|innebär|räcker|treat\w*|take"
    r"|taken|interpret\w*|deem\w*|count\w*|means)"
)
_SILENCE_READ = re.compile(
    r"\b"
    + _READ_AS
    + r"\b(?P<between1>( \w+){0,3}) "
    + _SILENCE_WORD
    + r"|\b"
    + _SILENCE_WORD
    + r"\b(?P<between2>( \w+){0,3}) "
    + _READ_AS
    + r"\b"
)


_YES_WORDS = frozenset(("ja", "joo", "kyllä", "okej", "yes", "ok"))


def _silence_read_as_leave(words, lang):
    """The person's silence read as their consent or as the keeper's leave to process, not
    denied ("Hiljaisuutta ei koskaan tulkita suostumukseksi" reads nothing)."""
    from .lemmas import negators  # noqa: PLC0415

    lowered = " ".join(t.lower for t in words)
    found = _SILENCE_READ.search(lowered)
    if found is None:
        return ""
    no = negators(lang) | {"aldrig", "never", "koskaan"}
    span = lowered[: found.end()].split()
    if any(w in no for w in span[-(len(found.group(0).split()) + 2) :]):
        return ""
    after = len(lowered[: found.end()].split())
    rest = words[after:]
    # (a consent, a permission, an acceptance or a yes: "räknar vi tystnaden som ett ja till
    # att bilderna läggs ut"; or the keeper's act of processing after it)
    if any(
        x.CONSENT.is_token(t)
        or x.PERMISSION.is_token(t)
        or x.ACCEPT.is_token(t)
        or t.lower in _YES_WORDS
        for t in rest[:6]
    ) or _keeper_processes(rest):
        return found.group(0)
    return ""


_WRITTEN = frozenset(
    "kirjallisella kirjallinen kirjallisen kirjallista erillisellä erillinen erillisen skriftligt "
    "skriftlig skriftliga separat separata written separate signed".split()
)


def _in_writing(words, token):
    """Whether the consent word is qualified as written or separate ("kirjallisella
    suostumuksellasi", "ditt skriftliga samtycke")."""
    index = next((i for i, t in enumerate(words) if t is token), 0)
    return any(t.lower in _WRITTEN for t in words[max(0, index - 2) : index])


def _consent_before(words, index):
    """Whether a consent or a permission is named before ``index`` (what a withdrawing verb
    there withdraws: "Suostumuksen kuviin voit perua …"; "Ajan voi perua" cancels a booking)."""
    return any(x.CONSENT.is_token(t) or x.PERMISSION.is_token(t) for t in words[:index])


# The law as the one that allows: "lagen ger rätt", "laki sallii", "lainsäädäntö edellyttää".
# (round 22) a law named by its compound or its section: "kuten tietosuojalain 29 § sallii",
# "som dataskyddslagen tillåter"
_LAW_WORD = re.compile(
    r"^(laki|lain|lagen|lag|law|the law|lainsäädäntö|lagstiftningen|asetus|\w+(lain|laki|lagen"
    r"|asetus|asetuksen|förordningen))$"
)
_PRESUMING = frozenset(
    "oletan oletamme oletetaan katson katsomme utgår antar förutsätter assume presume räknar "
    "räknas anser consider".split()
)
# "Otherwise", after a duty to object: "muussa tapauksessa", "muutoin", "i annat fall",
# "annars", "otherwise".
_OTHERWISE_HEADS = frozenset("muussa muutoin muuten i annars otherwise".split())
_OTHERWISE = re.compile(r"^(muussa tapauksessa|muutoin|muuten|i annat fall|annars|otherwise)\b")
# The keeper presuming its own leave: "oletan, että saan kuvata", "utgår jag från att jag får
# använda bilderna", "we assume we may publish".
_PRESUMED_LEAVE = re.compile(
    r"\b(oletan|oletamme|oletetaan|katson|katsomme|utgår (jag|vi) från|antar (jag|vi)|förutsätter"
    r" (jag|vi)|(we|i) (assume|presume)),? (että|att|that)? ?(saan|saamme|voin|voimme|jag får"
    r"|vi får|jag kan|vi kan|we may|i may|we can|i can) (?P<rest>.*)"
)


# (round 21) The keeper presuming its own leave, whatever the act before it: "utgår jag från
# att det är okej för dig att jag lägger in …", "vi räknar därför med att vi får skicka …",
# "katsomme, että saamme mainita nimesi …".
_LEAVE_PRESUMED = re.compile(
    r"\b(oletan|oletamme|oletetaan|katson|katsomme|utgår (\w+ )?från|räknar (\w+ ){0,2}med"
    r"|antar (jag|vi)|förutsätter (jag|vi)|anser (jag|vi)|(we|i) (assume|presume|take it|consider))"
    r",? (että|att|that)? ?"
    # "det är okej för dig att", "det går bra att", "sinulle sopii, että", "it's fine to": after
    # it any act follows, the keeper's in Finnish without its pronoun ("… sinulle sopii, että
    # lähetän sinulle tarjouksia")
    r"((det (är|går) (\w+ )?(okej|ok|bra|i sin ordning|fritt fram|fine)( \w+){0,3} att "
    r"|(se )?(on|sopii) (\w+ )?(ok|okei|hyvä|kunnossa|sinulle)( \w+){0,2} että "
    r"|(sinulle|teille) (sopii|käy) että "
    r"|(it is|it's) (\w+ )?(okay|ok|fine|all right)( \w+){0,3} (to|that|if) )(?P<fine_with>.*)"
    # or the keeper's leave itself: "oletan, että saan kuvata …", "utgår jag från att jag får …"
    r"|(?P<leave>(saan|saamme|voin|voimme|jag får|vi får|jag kan|vi kan|we may|i may|we can"
    r"|i can|jag|vi|we|i) .*))"
)
# "Den som hämtar ut en provveckobiljett …", "De som bokar …": the person named by the act
_ACTOR_BY_ACT = frozenset(("den", "de", "alla", "var", "hen", "whoever", "anyone", "those"))


def _leave_presumed_on_an_act(words, lang):
    """(round 21) The person's act, then the keeper presuming its own leave to process: no
    statement of the person's at all, only the keeper's assumption (GDPR Art 4(11), recital 32;
    EDPB 05/2020 §3.4). The act's word, or ""."""
    from .lemmas import negators  # noqa: PLC0415

    lowered = " ".join(t.lower for t in words)
    presumed = _LEAVE_PRESUMED.search(lowered)
    if presumed is None or (
        # (round 22) "Erillistä lupaa en näihin viesteihin pyydä: kun olet maksanut …": a
        # consent said not asked is none asked
        (_REAL_CONSENT.search(lowered) and not NOT_ASKED.search(lowered))
        or ASKED_APART.search(lowered)
        or _said_yes(lowered, lang)
    ):
        return ""
    at = len(lowered[: presumed.start()].split())
    act = _act_of_person(words, lang)
    if act is None and len(words) > 2 and words[0].lower in _ACTOR_BY_ACT:
        # "Den som hämtar ut …": the person named by the act of a relative clause
        act = next((i + 1 for i in range(1, 3) if words[i].lower in _WHO), None)
    if act is None or act >= at:
        return ""
    no = negators(lang)
    if any(t.lower in no for t in words[max(0, at - 3) : at + 4]):
        return ""  # "… en oleta, että saan …": no leave presumed
    rest = tokens(presumed.group("leave") or presumed.group("fine_with"), lang)
    if words[act].lower.startswith(_SUBSCRIBING) and x.GROUPS["marketing"].find(words):
        return ""  # subscribing is choosing the letter
    if any(_STORING.match(t.lower) for t in rest[:4]) and not x.GROUPS["marketing"].find(rest):
        # "Kun varaat ajan, oletamme, että saamme tallentaa tietosi ajanvarausjärjestelmään":
        # the booking's own record, which the contract needs (Art 6(1)(b)), no leave presumed
        return ""
    return words[act].text if _keeper_processes(rest) else ""


_STORING = re.compile(
    r"^(tallent|tallenn|säilyt|kirja|merki|spara|lagra|förvara|registrer|anteckn|store|record"
    r"|keep)"
)


# The person's data as a keeper's act's object: pictures, recordings, data, a name.
_DATA_NOUN = re.compile(
    r"^(kuv[ai]\w*|valokuv\w*|video\w*|tallentei\w*|tieto\w*|tiedo\w*|nime\w*|bild\w*|foto\w*"
    r"|film\w*|inspelning\w*|uppgift\w*|namn\w*|picture\w*|photo\w*|recording\w*|data"
    # (round 17) the person's address or number: "vi för in e-postadressen på utskickslistan"
    r"|\w*adress\w*|\w*osoit\w*|puhelinnumer\w*|telefonnummer\w*|address\w*)$"
)


_TAKEN_AS_HEADS = frozenset(
    "tar räknar ser tolkar betraktar uppfattar anser otan otamme tulkitsen tulkitsemme katson "
    "katsomme pidän pidämme take treat regard".split()
)


_TAKEN_AS = re.compile(
    r"(tar|räknar|ser|tolkar|betraktar|uppfattar|anser) (\w+ ){0,3}som (\w+ )?(klartecken"
    r"|samtycke|medgivande|godkännande|tillåtelse|tillstånd|ja|okej|lov"
    # (round 21) a yes taken, as in ``_AFFIRMATIVE``: "ser jag det som ett jakande svar"
    r"|jakande|ja-svar)\b"
    r"|(otan|otamme|tulkitsen|tulkitsemme|katson|katsomme|pidän|pidämme) (\w+ ){0,3}(luvaksi"
    r"|suostumukseksi|hyväksynnäksi|myöntymiseksi|lupana|merkkinä|merkiksi"
    # (round 21) "katson sen myöntäväksi vastaukseksi siihen, että …"
    r"|myöntäväksi|myönteiseksi|myöntävänä|myönteisenä|kyllä-vastaukseksi)\b"
    # (round 17) "tar vi det som ett tecken på att …", "pidämme sitä merkkinä siitä, että …"
    r"|(tar|räknar|ser|tolkar|betraktar) (\w+ ){0,3}som (ett )?(tecken|bevis)\b"
    r"|(take|treat|regard) (\w+ ){0,3}as (\w+ )?(consent|agreement|permission|go-ahead)\b"
)


_KEEPER_SUBJECT = frozenset("me vi we jag minä i".split())


_TERMS_WORD = re.compile(r"ehdo|ehto|villkor|terms|maksu|avgift|hinta|hinnan|pris|price|fee")


_SENDING = re.compile(r"^(lähet\w*|skicka\w*|skickas|send\w*|sent)$")


def _keeper_processes(agreed):
    """Whether what a person agrees to is a keeper's act of processing: a verb of processing
    ("merkitsemme", "fotograferar"), sending marketing ("luvan lähettää sinulle tarjouksia"),
    or the keeper (or a passive) doing anything to the person's data ("att vi väljer ut några
    av bilderna", "otetaan valokuvia"); not a term or a price."""
    if any(_KEEPER_PROCESSES.match(t.lower) for t in agreed):
        return True
    lowered = " ".join(t.lower for t in agreed)
    if _SEEN_IN_PICTURES.search(lowered):
        return True  # (round 17) "till att barnet syns på bilderna": shown in the keeper's photos
    if _TERMS_WORD.search(lowered):
        return False
    if x.GROUPS["marketing"].find(agreed):
        return True  # "hyväksyy samalla uutiskirjeen tilauksen": the marketing itself
    if any(_SENDING.match(t.lower) for t in agreed) and any(
        # (round 21) a discount or a campaign sent is an offer, in a compound too:
        # "tekstiviestin, jossa on alennuskoodi", "sms-kampanjer", "kausitarjouksista"
        any(stem in t.lower for stem in _OFFER_STEMS)
        for t in agreed
    ):
        return True  # "luvan lähettää sinulle tarjouksia": offers sent (no marketing word)
    keeper = any(
        t.lower in _KEEPER_SUBJECT or t.lower.endswith(("mme", "taan", "tään", "daan", "dään"))
        for t in agreed
    )
    return keeper and any(_DATA_NOUN.match(t.lower) for t in agreed)


_OFFER_STEMS = ("tarjou", "erbjud", "offer", "alennu", "rabatt", "discount", "kampanj", "campaign")


# Being shown in pictures or films: "att barnet syns på bilderna", "että näyt kuvissa",
# "appear in our photos".
_SEEN_IN_PICTURES = re.compile(
    r"\b(syns|synas|synts|näky\w*|näyt|appear\w*) (\w+ ){0,2}(bild\w*|foto\w*|film\w*|video\w*"
    r"|kuv\w*|valokuv\w*|photo\w*|pictures?)"
)


_PERSONAL_DATA = re.compile(
    r"henkilötie|tietojesi|tietojensa|tietojen käsittel|personuppg|dina uppgifter|sina uppgifter"
    r"|uppgifterna|personal data|your data"
)


_TACIT = re.compile(
    r"\b(hiljai\w*|äänettö\w*|oletettu\w*|tyst\w*|underförstå\w*|tacit\w*|implied|implicit)"
    r" (hyväksyn\w*|suostumu\w*|samtycke\w*|godkännande\w*|medgivande\w*|consent|approval"
    r"|acceptance)"
    # a consent presumed (round 14): "utgår vi från att du godkänner …", "oletamme, että
    # hyväksyt …", "we assume that you agree": the keeper's assumption is no act of the person
    r"|\butgår (vi|jag) från att (du|ni|kunden|klienten) (\w+ )?(godkänner|samtycker|accepterar"
    r"|går med på)|\bolet(amme|an|etaan),? (että )?(asiakas |sinä |te )?(hyväksy\w*|suostu\w*)"
    r"|\bwe (assume|presume) (that )?(you|the client) (agrees?|consents?|accepts?)"
    # (round 15) a permission presumed: "Kuvien julkaisuun oletetaan lupa, ellei toisin
    # sovita", "samtycke förutsätts", "consent is assumed"
    r"|\bolete\w* (\w+ ){0,2}(lupa|luvan|suostumu\w*|hyväksyn\w*)"
    r"|\b(lupa|luvan|suostumu\w*|hyväksyn\w*) (\w+ ){0,2}olete\w*"
    r"|\bförutsätt\w* (\w+ ){0,2}(samtycke|medgivande|godkännande)"
    r"|\b(samtycke\w*|medgivande\w*|godkännande\w*) (\w+ ){0,2}(förutsätt\w*|antas)\b"
    r"|\bconsent (is )?(assumed|presumed)"
)


_COOKIE_WORDS = re.compile(r"eväst|\bkak(a|or|orna|an)\b|cookie")


def about_cookies_alone(text):
    """Whether a (lowercase) text speaks of cookies and of no personal data: cookies alone have
    their own rules (the cookie codes and the banner), not consent by conduct's; "… hyväksyt
    evästeiden käytön ja henkilötietojesi käsittelyn" is about both."""
    return bool(_COOKIE_WORDS.search(text)) and not speaks_of_personal_data(text)


def speaks_of_personal_data(text):
    """Whether a (lowercase) text names personal data ("tietojesi", "dina uppgifter")."""
    return bool(_PERSONAL_DATA.search(text))


_BECOMING_CLIENT = re.compile(
    r"\b(asiakkuu|asiakassuhtee|jäsenyy|kundförhållande|kundrelation|medlemskap)\w* "
    r"(alka\w*|synty\w*|inled\w*|börja\w*)"
    r"|\b(asiakkaaksi|jäseneksi) (tul|ryht|rekisteröi|liitty)\w*"
    r"|\bblir (kund|medlem)\b"
)


_IT = frozenset("sen sitä sen den det dem niitä it them".split())


_SIGNING = re.compile(r"^(allekirjoit|underteckn|signer|signing)")


_EXPLICIT_WORD = re.compile(
    r"\b(nimenomai\w*|uttryckli\w*|explicit\w*|suostumuskoh\w*|samtyckes\w*|consent form)"
)


def _conduct(token, words=()):
    """Whether a word is booking, using, buying, visiting or giving data (not subscribing to a
    newsletter: that is a clear affirmative act of its own); sending counts when the person
    sends ("lähettämällä lomakkeen", "kun lähetät viestin", "genom att skicka formuläret", "när
    du skickar"), not when the business does ("voimme lähettää sinulle tarjouksia")."""
    if (token.lemma in ("antaa", "ge", "give") or token.lower in _GIVES) and words:
        # "jos annat siihen erillisen, nimenomaisen suostumuksen", "om du ger oss ditt
        # samtycke": giving the consent itself is no conduct taken as one
        index = next((i for i, t in enumerate(words) if t is token), None)
        if index is not None and any(
            x.CONSENT.is_token(t) or x.PERMISSION.is_token(t) for t in words[index + 1 : index + 6]
        ):
            return False
    if token.lower.startswith(_SUBSCRIBING) and words:
        # (round 17) "Tilaamalla sen annat suostumuksesi siihen, että lähetän sinulle
        # uutiskirjeen": subscribing to the letter the sentence names is a clear act of its own
        index = next((i for i, t in enumerate(words) if t is token), None)
        following = words[index + 1].lower if index is not None and index + 1 < len(words) else ""
        if following in _IT and x.GROUPS["marketing"].find(words):
            return False
        # (round 28) or the letter named right after: "suostumus, jonka annat tilaamalla
        # kirjeen verkkosivun lomakkeella"
        if _LETTER.match(following) or following.startswith(("uutiskirje", "kuukausikirje")):
            return False
    if _SIGNING.match(token.lower):
        # Signing a consent of its own ("allekirjoittamalla lomakkeen erillisen suostumus-
        # kohdan", "nimenomaisesti hyväksyt") is giving consent by a clear act; signing a client
        # card that is then taken as consent is conduct.
        text = " ".join(t.lower for t in words)
        return not (_REAL_CONSENT.search(text) or _EXPLICIT_WORD.search(text))
    if x.CONDUCT.is_token(token) or _CONDUCT_STEMS.match(token.lower):
        if token.lower.startswith("handla"):
            index = next((i for i, t in enumerate(words) if t is token), None)
            following = (
                words[index + 1].lower if index is not None and index + 1 < len(words) else ""
            )
            return following in ("i", "hos", "på", "av", "från")
        return True
    if not x.SEND.is_token(token):
        return False
    # "lähettämällä", "kun lähetät", the verbal noun "Sähköpostin lähettäminen meille on …"
    if token.lower.endswith(x.MEANS_SUFFIXES + ("ät", "ätte", "essäsi", "essänne", "minen")):
        return True
    index = next((i for i, t in enumerate(words) if t is token), None)
    if index is None:
        return False
    near = {t.lower for t in words[max(0, index - 2) : index + 2]}
    # the person sends: "du", "ni", "när kunden skickar in formuläret"
    return bool(near & {"du", "you", "ni", "kunden", "klienten", "asiakas", "the client"}) or (
        index >= 2 and words[index - 2].lower == "genom" and words[index - 1].lower == "att"
    )


# (round 27) The keeper's leave read from the person's act or silence, in everyday words: "Kun
# tulet hoitoon, oletan, että sopii lähettää sinulle tarjouksia", "I praktiken betyder varje
# bokning att jag får skicka dig meddelanden om nya tjänster", "Följer du mig på Instagram tar
# jag det som ett ja", "Tystnad är för mig ett ja: om du inte invänder lägger jag till dig i
# utskickslistan". An act of the person (or their silence), the keeper's leave or presumption,
# and marketing or publishing as what it allows: consent by conduct (GDPR Art 4(11), 7(2),
# 7(4), recital 32). A choice offered apart ("vain jos rastit", "bara om du kryssar i"), the
# letter ordered itself and a denial stay out.
_EVERYDAY_ACT = re.compile(
    # Finnish: a condition or time of the person's act, the means, the act as a noun
    r"\b(kun|jos|mikäli|heti kun) (\w+ ){0,2}(tulet|tulette|varaat|varaatte|maksat|maksatte"
    r"|ostat|ostatte|seuraat|seuraatte|lähetät|lähetätte|istut|istutte|käyt|käytte|tilaat"
    r"|ilmoittaudut|saavut|jätät|annat|kirjaudut|liityt|tykkäät|merkitset"
    # bringing a child, a dog or a horse: "Kun tuot koirasi ensimmäiselle tunnille" (the
    # after-rules notice of round 27; a verb of any second person here cost held-out false
    # alarms and was taken back)
    r"|tuot|tuotte|tuonut"
    # "kun olet tullut", "jos olet varannut"
    r"|tullut|varannut|maksanut|ostanut|käynyt|lähettänyt|seurannut|ilmoittautunut)\b"
    # "asiakkaat, jotka käyvät", "kunder som besöker": the doers by a relative clause
    # (the clients, not "alla som besöker Instagram")
    r"|\b(asiakkaat|asiakkaille|asiakas|kunder|kunderna|kunden|clients|customers),? "
    r"(jotka|joka|som|who) (\w+ ){0,2}(käyvät|käy|varaavat|varaa|ostavat|ostaa|maksavat|maksaa"
    r"|seuraavat|seuraa|besöker|bokar|köper|betalar|följer|kommer)\b"
    r"|\b\w+(malla|mällä)\b"
    r"|\b(jokainen|jokaisen|jokaista) (\w+ )?(varaus|varauksen|käynti|käynnin|osto|oston|ostos)\w*"
    r"|\b\w*(asiakkaaksi tuleminen|varaaminen|ostaminen|maksaminen|seuraaminen|tuleminen)\b"
    # Swedish: a condition, the verb first, the means, every booking, becoming a client
    r"|\b(när|om|så fort) du (\w+ ){0,2}(kommer|bokar|betalar|köper|följer|skickar|sätter|besöker"
    r"|lämnar|anmäler|loggar|gillar|taggar|tar med"
    # "när du har kommit", "om du har bokat"
    r"|kommit|bokat|betalat|köpt|följt|skickat|besökt|lämnat|anmält)\b"
    r"|\b(kommer|bokar|betalar|köper|följer|skickar|besöker|lämnar|anmäler|gillar|taggar) du\b"
    r"|\bgenom att \w+"
    r"|\b(varje|varenda|en) (\w+ )?(bokning|besök|köp|beställning)\b"
    r"|\batt bli kund\b"
    # English
    r"|\b(when|if|once) you (\w+ ){0,2}(come|book|pay|buy|follow|send|sit|visit|leave|sign)\b"
    r"|\bby \w+ing\b|\bevery (booking|visit|purchase)\b|\bbecoming a client\b"
)
_PERSONS_SILENCE = re.compile(
    r"\b(jos et|ellet|mikäli et|om du inte|ifall du inte|if you do not|if you don't|unless you)"
    r" (\w+ ){0,2}(kiellä|sano|vastusta|ilmoita|kieltäydy|säger|invänder|meddelar|protesterar"
    r"|motsätter|object|say|tell|refuse)\w*"
    r"|\b(hiljaisuu\w*|tystnad\w*|silence)\b"
    # "jos ei sovi, sano", "om det inte passar, säg till": an opt-out said by the keeper
    r"|\b(jos|mikäli) ei (sovi|käy)\b|\bom det inte (passar|går bra)\b|\bif not\b"
)
# (the keeper's "may" with a verb of doing: "saan lähettää", "får jag skicka"; "får vi ditt
# namn", "saan nimesi" receive the data, no leave)
_DOING = (
    r"(\w+ ){0,2}(lähettää|laittaa|laitella|kertoa|julkaista|käyttää|jakaa|lisätä|soittaa|mainostaa"
    r"|tarjota|muistuttaa|ottaa yhteyttä|olla yhteydessä|skicka|lägga|dela|publicera|använda"
    r"|berätta|kontakta|ringa|mejla|höra av|send|post|share|publish|use|contact|add)\b"
)
_KEEPERS_LEAVE = re.compile(
    # Finnish: I may (doing), it suits, I assume, a sign, a yes, permission, ok with it
    r"\b(saan|saamme|saavani|saavamme|saatan|saatamme) "
    + _DOING
    + r"|\b(sopii|oletan|oletamme|merkki\w*|myöntävä\w*|luvaksi|luvan|ok|okei|okay"
    r"|kyllä-vastaus\w*|lähden siitä|lähdemme siitä|lähtöoletus\w*)\b"
    # the act deemed to show a wish: "käyntien katsotaan kertovan kiinnostuksesta", "besöken
    # anses visa att man är intresserad"
    r"|\b(katsotaan|tulkitaan|anses|räknas|betraktas)\b[^.]{0,30}\b(kiinnostu\w*|intresse\w*"
    r"|intresserad\w*|halu\w*|vill)\b"
    # Swedish
    + r"|\b(får jag|jag får|vi får|får vi) "
    + _DOING
    + r"|\b(okej|utgår jag|utgår vi|jag utgår|vi utgår|tecken|ett ja|som ja|med på|lov"
    r"|klartecken)\b"
    # English
    r"|\b(i may|we may|i can assume|we assume|i assume|a yes|a sign|fine with|okay with)\b"
)
_MARKETING_OR_PUBLISHING = re.compile(
    r"(tarjou\w*|kampanj\w*|uutiskir\w*|postitusli\w*|markkin\w*|mainon\w*|mainos\w*"
    r"|kuukausikir\w*|viesti\w* uusista|julkai\w*|facebook\w*|instagram\w*|tarin\w*|\bsome\w*"
    r"|kuvi\w* (käyt|jak)\w*|kuva\w* käyt\w*|bilder\w* (används|delas)|använd\w* bild\w*"
    r"|erbjud\w*|nyhetsbrev\w*|utskick\w*|marknadsf\w*|reklam\w*|månadsbrev\w*"
    r"|meddelanden om nya|publicer\w*|lägga upp|stories|offers?|newsletter\w*|marketing"
    r"|publish\w*)"
)
_CHOICE_APART = re.compile(
    r"\b(rasti\w*|ruksi\w*|kryss\w*|valintaruu\w*|vain jos|bara om|ainoastaan jos|endast om"
    r"|only if|erikseen|separat\w*|separately|ilman että kysyn|utan att (först )?fråga"
    r"|jos annat|jos hyväksyt|jos suostut|om du ger|om du godkänner|om du samtycker"
    r"|if you agree|if you consent|kysyn|frågar jag|i ask)\b"
)


_PUBLISHING = re.compile(
    r"julkai\w*|facebook\w*|instagram\w*|tarin\w*|\bsome\w*|kuvi\w* (käyt|jak)\w*|kuva\w* käyt\w*"
    r"|publicer\w*|lägga upp|lägger upp|stories|bilder\w* (används|delas)|använd\w* bild\w*"
    r"|dela\w* bild\w*|publish\w*|post\w* (your )?(photo|picture)\w*"
)
_KEEPER_MAY = re.compile(
    r"\b(kan jag|kan vi|voin|voimme|saatan|saatamme|i may|we may|i can|we can)\b"
)
_WITHDRAWING = re.compile(
    r"\b(peru(?!st)\w*|peruut\w*|lopett\w*|återkall\w*|ta tillbaka|avbeställ\w*|avsluta\w*"
    r"|withdraw\w*|unsubscrib\w*|ångra\w*)\b"
)


_DEEMED_WISH = re.compile(r"(katsotaan|tulkitaan|anses|räknas|betraktas)\b")
# (round 27) marketing in the terms accepted at booking: "… koska varauksen yhteydessä on
# hyväksytty käyttöehdot, joissa tämä mainitaan", "eftersom användarvillkoren som godkänns vid
# bokningen nämner det" (consent tied to a contract, Art 7(2), 7(4))
_TERMS_SAY_SO = re.compile(
    r"(hyväksy\w*|godkän\w*|accept\w*)[^.]{0,40}\b(\w*ehdo\w*|\w*ehdot|\w*villkor\w*|terms)\b"
    r"[^.]{0,40}\b(joissa (tämä|tästä|se|siitä) (mainitaan|kerrotaan|sanotaan)|som nämner det"
    r"|där det (nämns|står)|which mention)"
    r"|(\w*ehdo\w*|\w*ehdot|\w*villkor\w*|terms)\b (\w+ ){0,2}(som|jotka|that) (\w+ ){0,1}"
    r"(godkänns|hyväksytään|are accepted)\b[^.]{0,40}\b(nämner det|mainitsevat sen|mention it)"
)


def _keepers_leave_from_an_act(text, lang):
    from .lemmas import negators  # noqa: PLC0415

    if _TERMS_SAY_SO.search(text) and _MARKETING_OR_PUBLISHING.search(text):
        return _TERMS_SAY_SO.search(text).group(0)

    if _WITHDRAWING.search(text):
        # a consent withdrawn or a letter stopped by an act ("Luvan voit perua milloin tahansa
        # kertomalla siitä minulle") gives no leave
        return ""
    silence = _PERSONS_SILENCE.search(text)
    act = _EVERYDAY_ACT.search(text) or silence
    if not act:
        return ""
    # the rest without the silence's own words ("jos et erikseen kiellä", "om du inte säger nej")
    rest = _PERSONS_SILENCE.sub(" ", text)
    leave = _KEEPERS_LEAVE.search(rest)
    if leave is None and silence and _PUBLISHING.search(rest):
        # silence taken as leave to publish: "Om du inte säger nej kan jag lägga upp dina bilder"
        leave = _KEEPER_MAY.search(rest)
    # (what is allowed follows the leave; an interest deemed from the act may come after it:
    # "… får automatiskt mitt erbjudandebrev – besöken anses visa att man är intresserad")
    deemed = leave is not None and _DEEMED_WISH.match(leave.group(0))
    if not leave or not _MARKETING_OR_PUBLISHING.search(rest if deemed else rest[leave.start() :]):
        return ""
    if _CHOICE_APART.search(rest) or re.search(
        _SUBSCRIBES + r"\w*( \w+){0,2} \w*" + _MARKETING_THING, rest
    ):
        return ""
    # a denial outside the silence's own "not": "varaus ei tarkoita, että saan …"
    if set(rest.split()) & set(negators(lang)):
        return ""
    return act.group(0)


# (round 28) A consent said to be obtained when the person does something else: "suostumus,
# joka saadaan, kun jäsen kirjautuu salille ensimmäisen kerran", "samtycke som ges när du
# hämtar ditt kort". What the person does is the occasion, no statement of agreeing (GDPR Art
# 4(11), 7(2), recital 32). A consent obtained when the person ticks, signs, answers, clicks
# to confirm or tells the keeper is a real one.
_CONSENT_WHEN = re.compile(
    r"\b(suostumu\w*|lupa|luvan|samtycke\w*|medgivande\w*|consent) (joka|jonka|som|which|that)"
    r" (\w+ ){0,2}(saadaan|annetaan|katsotaan|erhålls|fås|ges|lämnas|anses|inhämtas"
    r"|is given|is obtained|is deemed)( \w+){0,3} (kun|jolloin|när|då|once|when)"
    r"(?P<act>( \w+){1,10})"
)
_REAL_ACT = re.compile(
    rf"\b({_TICK}|{_SIGNED}|suostu\w*|hyväksy\w*|samtyck\w*|godkän\w*|consent\w*|agree\w*"
    r"|anta\w*|anna\w*|ger|gett|gives?|ilmoitta\w*|meddela\w*|kerto\w*|berätta\w*|tell\w*"
    r"|pyytä\w*|pyytää|ber|begär\w*|asks?|vastaa\w*|svara\w*|repl\w*|answer\w*|klik\w*"
    r"|klick\w*|click\w*|vahvist\w*|bekräft\w*|confirm\w*|valit\w*|välj\w*|choos\w*"
    r"|merkit\w*|markera\w*|tilaa\w*|tilaat|beställ\w*|subscri\w*|prenumer\w*|kyllä|yes)\b"
)


_ACT_ENDS = frozenset("kunnes tills until ja och and mutta men but tai eller or".split())


def _consent_obtained_when_an_act(text):
    found = _CONSENT_WHEN.search(text)
    if not found:
        return ""
    act = []
    for word in found.group("act").split()[:7]:
        if word in _ACT_ENDS:
            break  # the act's clause ends ("… kirjautuu salille | kunnes jäsen vastaa …")
        act.append(word)
    if not _REAL_ACT.search(" ".join(act)):
        return " ".join([found.string[found.start() : found.start("act")].strip(), *act])
    return ""


# (round 28) The person who did something has "thereby said yes": "den som anmäler sig till en
# terapigrupp har därmed redan sagt ja till dem" (the yes is the keeper's word for the act).
_SAID_YES_TO = re.compile(
    r"\b(sagt|säger|säga|tackat|tackar) ja\b|\b(sanonut|sanoo|sanoneet) kyllä\b|\bsaid yes\b"
)


def _yes_said_by_doing(text, lang):
    doer = _CONDUCT_DOER.search(text)
    if doer and _THEREBY.search(text) and _SAID_YES_TO.search(text):
        return doer.group(0)
    return (
        _fine_told_by_doing(text)
        or _presumed_from_an_act(text, lang)
        or _agreed_by_an_act(text, lang)
    )


# (round 32) The keeper presumes the person's leave or wish from what the person does: "Vi
# förutsätter att du som återkommer till salongen gärna vill få våra erbjudanden per sms",
# "Bokar du en hårfärgning tar vi det för givet att vi får spara färgreceptet", "Alla som
# hämtar ut ett gratispass räknar vi med att vi får kontakta", "Jatkaessasi kuntoutusta katson,
# että kokemuksesi saa mainita". Three parts, in any order: a presumption of the keeper's, a
# leave or a wish about the data, and an act of the person; a presumption is no statement of
# the person's (GDPR Art 4(11), 7(2); recital 32: silence or inactivity is no consent).
_PRESUMES = re.compile(
    r"\b(utgår (jag|vi) från|(jag|vi) utgår från|förutsätter|räknar (jag|vi) med|(jag|vi) räknar"
    r" med|tar (jag|vi) (det )?för givet|(jag|vi) tar (det )?för givet|anser (jag|vi)|(jag|vi)"
    r" anser|tolkar (jag|vi)|(jag|vi) tolkar|oletan|oletamme|oletetaan|lähden siitä|lähdemme"
    r" siitä|pidän selvänä|pidämme selvänä|katson|katsomme|tulkitsen|tulkitsemme|merkki(nä)?"
    r" siitä|(we|i) (assume|take it|presume))\b"
)
_LEAVE_OR_WISH = re.compile(
    r"\b(godkän\w*|godta\w*|samtyck\w*|accepter\w*|tillstånd\w*|tillåtelse\w*|lov att"
    r"|får (\w+ )?(kontakta|skicka|använda|spara|publicera|ringa|dela|lägga|visa|filma|fotografera)"
    r"|vill (ha|få)|hyväksy\w*|suostu\w*|lupa|luvan|luvaksi"
    r"|saa(n|mme|daan)? (\w+ )?(lähettää|käyttää|julkaista|kuvata|muistaa|mainita|tallentaa|jakaa"
    r"|soittaa)|saa mainita|haluat (saada|vastaanottaa)|haluavan|toivovan"
    r"|consent\w*|permission|may (contact|send|use|publish))\b"
)
_ACT_PRESUMED_FROM = re.compile(
    r"\b(du som|ni som|kunder som|kunden som|alla som|de som|den som|när (du|ni|kunden)|om (du|ni)"
    r"|ditt (köp|besök|deltagande)|din (bokning|beställning|anmälan)|i och med att|genom att"
    r"|kun (olet|tulet|palaat|varaat|ostat|jatkat)|jos (olet|tulet|palaat|varaat|ostat|jatkat)"
    r"|\w+(essasi|essäsi|essaan|essään|malla|mällä)|you who|when you|if you|by \w+ing)\b"
    # the Swedish condition said by the verb first: "Bokar du …", "Beställer du …"
    r"|^\W*[a-zåäö]+(ar|er|r) (du|ni) "
)


def _presumed_from_an_act(text, lang):
    from .lemmas import negators  # noqa: PLC0415

    presumed = _PRESUMES.search(text)
    if not presumed or not _ACT_PRESUMED_FROM.search(text):
        return ""
    leave = _LEAVE_OR_WISH.search(text, presumed.end()) or _LEAVE_OR_WISH.search(
        text[: presumed.start()]
    )
    if not leave or not _BEYOND_THE_SERVICE.search(text):
        # (keeping the booking while it is needed is the contract's, presumed or not)
        return ""
    near = set(text[max(0, presumed.start() - 20) : presumed.end() + 12].split())
    if near & set(negators(lang)) or _CHOICE_SAID.search(text):
        # "Vi utgår aldrig från att …", "om du vill": no presumption, or the person's choice
        return ""
    if ASKED_APART.search(text) or _TICKED_OR_SIGNED.search(text) or _OPT_OUT.search(text):
        return ""
    return presumed.group(0)


# (round 32) The person said to agree by an act, the act said by a participle, a means or an
# occasion: "Hoitoon tuleva asiakas hyväksyy samalla, että hänen tietojaan käytetään …
# markkinointiin", "Kunden godkänner genom sin bokning att hens uppgifter får användas i våra
# kampanjer", "Valmennussopimuksen solmiessaan asiakas sitoutuu siihen, että hänen tietojaan
# käsitellään myös … markkinoinnissa" (GDPR Art 4(11), 7(2), 7(4)).
_AGREES_BY_AN_ACT = re.compile(
    r"\b(hyväksyy|hyväksyt|suostuu|suostut|sitoutuu|sitoudut|godkänner|samtycker|samtyker"
    r"|accepterar|förbinder (sig|du dig)|agrees?|consents?)\b"
)
_ACT_AS_OCCASION = re.compile(
    r"\b\w{3,}(va|vä) (asiakas|jäsen|potilas|osallistuja|kurssilainen|oppilas|huoltaja|henkilö)\b"
    r"|\bgenom (sin|din|er|ert|sitt|ditt) (bokning|beställning|anmälan|registrering|köp|besök)"
    r"|\bvid (bokningen|köpet|anmälan|registreringen|första besöket|beställningen)"
    r"|\bi samband med att (hen|du|ni|kunden|han|hon) \w+"
    r"|\b(ostoksen|varauksen|ajanvarauksen|ilmoittautumisen|tilauksen) yhteydessä"
    r"|\b\w+(essaan|essään|essasi|essäsi)\b"
)
_THAT_PROCESSING = re.compile(r"\b(että|att|till att|siihen,? että|that|to)\b")


def _agreed_by_an_act(text, lang):
    from .lemmas import negators  # noqa: PLC0415

    agrees = _AGREES_BY_AN_ACT.search(text)
    act = _ACT_AS_OCCASION.search(text) if agrees else None
    if not act:
        return ""
    after = text[agrees.end() : agrees.end() + 160]
    that = _THAT_PROCESSING.search(after[:40])
    if not that or not DONE_WITH_DATA.search(after[that.end() :]):
        return ""
    near = set(text[max(0, agrees.start() - 25) : agrees.end() + 5].split())
    if near & set(negators(lang)) or _CHOICE_SAID.search(text) or _OFFERED_VERB.search(text):
        return ""
    if ASKED_APART.search(text) or _TICKED_OR_SIGNED.search(text) or _OPT_OUT.search(text):
        return ""
    if re.search(r"\b\w*(ehdot|ehtoihin|ehdo\w*|villkor\w*|terms)\b", after[:40]):
        return ""  # terms accepted, read by the terms' own reading
    return act.group(0)


_OFFERED_VERB = re.compile(r"\b(voi|voit|voitte|kan|may|can)\b")


# Uses beyond the service itself: marketing, publishing, pictures, sharing, recording.
_BEYOND_THE_SERVICE = re.compile(
    r"julkai|publicer|publish|kuva|bild|foto|photo|video|film|jaka|jaet|\bdela|share|markkin"
    r"|marknad|market|tarjou|erbjud|kampanj|uutiskir|nyhetsbrev|newsletter|spela\w* in|inspel"
    r"|nauhoit|äänit|record|\bsms|tekstiviest|mainon|reklam|portfolio|suosittel|referens"
    r"|omdöme|arvio|review|profil|samarbetspart|kumppan|partner|kontakta\w* (dig|er|eleven|kunden)"
    r" (om|med)|syntymäpäiv|födelsedag|birthday"
)
# A choice offered to the person ("voit", "om du vill", "if you want"): what follows is theirs to
# do, no act taken for them. learned.py reads the same choice with the wider forms its gate needs
# (not here: the keeper's "oletan sinun haluavan" presumes a wish, it offers no choice).
CHOICE_WORDS = (
    r"om du (själv )?vill|vill du|om ni vill|if you (want|wish|like)|halutessasi|jos haluat|voit"
    r"|kan du|du kan"
)
_CHOICE_SAID = re.compile(rf"\b({CHOICE_WORDS})\b")


# (round 32) An act said as the means by which the person "tells" that a use of their data is
# fine: "jo kyselyyn vastaamalla kerrot, että palautteesi julkaiseminen sopii sinulle", "genom
# att svara visar du att det går bra att vi publicerar", "by replying you tell us that
# publishing is fine with you". The act tells nothing of the kind (GDPR Art 4(11), 7(2)).
_MEANS_THEN_TELLS = re.compile(
    r"\b(?P<act>(?!samalla\b|tällä\b)\w+(malla|mällä)|genom att \w+|by \w+ing)\b"
    r"(\s+\w+){0,3}?\s+(kerrot|ilmoitat|osoitat|näytät|viestität|kerrotte|ilmoitatte|osoitatte"
    r"|visar|meddelar|berättar|säger|signalerar|you (tell|show|signal|let us know))\b"
    r"[^.]{0,20}?\b(että|att|that)\b(?P<rest>[^.]{0,90})"
)
_FINE = re.compile(
    r"\b(sopii|käy|on (ok|okei|kunnossa|hyväksyttävää))\b|\b(passar|går bra|är (ok|okej|i sin "
    r"ordning))\b|\b(is (fine|ok|okay|all right))\b"
)


def _fine_told_by_doing(text):
    if not _FINE.search(text):
        return ""  # (speed) most sentences say nothing is fine
    told = _MEANS_THEN_TELLS.search(text)
    if told and _FINE.search(told.group("rest")) and DONE_WITH_DATA.search(told.group("rest")):
        return told.group("act")
    return ""


# What is done with a person's data: processed, kept, sent, published, used for marketing,
# recorded. Shared with learned.py, whose reading asks it of every sentence.
DONE_WITH_DATA = re.compile(
    r"käsit|behandl|process|tieto|tiedo|uppgift|\bdata|markkin|marknad|market|tarjou|erbjud"
    r"|kirje|nyhetsbrev|newsletter|mainos|mainon|reklam|kampanj|kuva|bild|foto|photo|video|film"
    r"|julkai|publice|publish|tallenn|spara|spela\w* in|inspel|record|nauhoit|äänit|jaka|jaet"
    r"|dela|share|lähet|skick|send|viest|meddel|sms|sähköpost|e-post|email|kamera|camera|arvio"
    r"|arvostel|omdöme|review|käyt|använd|\buse|kontakt|contact|yhtey|\bring|soit|\bcall"
)


# (round 33) A consent said to be part of a contract: "Markkinointisuostumus sisältyy
# jäsensopimukseen", "Samtycket till sms-utskicken ingår i medlemsavtalet", "consent to the
# newsletter is part of the membership terms". Accepting the contract is then the act taken as
# consent to marketing: neither distinguishable nor free (GDPR Art 4(11), 7(2), 7(4), recital
# 43). Read on the sentence's lowercase words.
_CONSENT_STEM = r"\w*(suostumu|samtyck|consent)\w*"
_CONTRACT_STEM = r"\w*(sopimu|ehto|ehdo|avtal|villkor|agreement|contract|terms)\w*"
# a consent or a leave by another name: "markkinointilupa", "tillståndet"
_LEAVE_STEM = r"\w*(suostumu|samtyck|consent|lupa|luva|tillstånd|permission)\w*"
_INSIDE_THE_CONTRACT = re.compile(
    rf"\b{_CONSENT_STEM}\b(( [\w-]+){{0,6}}?) (sisälty\w*|kuulu\w*|on osa\w*|ingår"
    rf"|är (en )?del av|included in|is part of|forms part of|part of)( [\w-]+){{0,3}}? "
    rf"{_CONTRACT_STEM}\b"
    rf"|\b{_CONTRACT_STEM}\b( [\w-]+){{0,3}}? (sisältää|sisältävät|innehåller|omfattar|include[s]?"
    rf"|contain[s]?)( [\w-]+){{0,3}}? {_CONSENT_STEM}\b"
    # (round 34) the contract first, the leave put into it after: "varausehdot, joihin
    # markkinointilupa on sisällytetty", "villkoren som samtycket har tagits in i"; or the
    # leave as the contract's own: "Sopimukseen sisältyvä markkinointisuostumus", "det i
    # avtalet ingående samtycket"
    rf"|\b{_CONTRACT_STEM}\b (joihin|johon|jonka|joiden|som|där|which|that)( [\w-]+){{0,3}}? "
    rf"{_LEAVE_STEM}( [\w-]+){{0,2}}? (sisällytetty|sisällytetään|sisältyy|sisältyvät|ingår"
    rf"|inkluder\w*|included)\b"
    rf"|\b{_CONTRACT_STEM} (sisältyvä\w*|ingående|included) ([\w-]+ )?{_LEAVE_STEM}\b"
)


def _consent_inside_the_contract(text, lang):
    if not _MARKETING_AFTER.search(text):
        return ""  # processing the contract needs is its own, only said in the wrong words
    inside = _INSIDE_THE_CONTRACT.search(text)
    if not inside:
        return ""
    from .lemmas import negators  # noqa: PLC0415

    said = inside.group(0).split()
    if set(said) & set(negators(lang)) or "inte" in text[inside.end() :].split()[:2]:
        # "Suostumus ei sisälly jäsensopimukseen", "Samtycket ingår inte i avtalet"
        return ""
    return inside.group(0)


# (round 33) Marketing made a condition of the service: "Jos et hyväksy tarjousviestejä, et
# valitettavasti voi liittyä salin jäseneksi", "Om du inte godkänner våra sms-erbjudanden kan du
# inte bli medlem". A consent the service depends on is not freely given (GDPR Art 7(4),
# recital 43).
_REFUSED_UNLESS = re.compile(
    r"\b(jos|mikäli) (et|ette|asiakas ei|jäsen ei) ([\w-]+ ){0,2}?(hyväksy|anna|salli|suostu)\w*"
    r"(?P<what>( [\w-]+){1,12}?) (et|ette|ei) ([\w-]+ ){0,2}?(voi|pysty|pääse)\w*"
    r"(?P<then>( [\w-]+){1,4})"
    r"|\bellet ([\w-]+ ){0,2}?(hyväksy|anna|salli|suostu)\w*(?P<what2>( [\w-]+){1,12}?)"
    r" (et|ette|ei) ([\w-]+ ){0,2}?(voi|pysty|pääse)\w*(?P<then2>( [\w-]+){1,4})"
    r"|\bom (du|ni) inte ([\w-]+ ){0,2}?(godkänner|samtycker|accepterar|ger|tillåter|går med)"
    r"(?P<what3>( [\w-]+){1,12}?) (kan|får) (du|ni) ([\w-]+ ){0,2}?inte(?P<then3>( [\w-]+){1,4})"
    r"|\bif you (do not|don't) ([\w-]+ ){0,2}?(accept|agree|consent|allow)"
    r"(?P<what4>( [\w-]+){1,12}?) you (cannot|can't|can not|won't be able)(?P<then4>( [\w-]+){1,4})"
)
# What the refusal costs when it makes marketing a condition: the service itself (joining,
# booking, using, buying, taking part), not the marketing refused ("Om du inte ger ditt
# samtycke till nyhetsbrevet kan du inte få nyhetsbrevet" is only true).
_THE_SERVICE = re.compile(
    r"\b(liitty\w*|jäsene\w*|käyttä\w*|käytt\w*|varat\w*|varaa\w*|osta\w*|tulla|tulemaan"
    r"|osallistu\w*|asiakkaa\w*|bli (medlem|kund)|använda|boka|köpa|delta|komma|ta del"
    r"|join|use|book|buy|attend|become)\b"
)


def _consent_made_a_condition(text):
    refused = _REFUSED_UNLESS.search(text)
    if not refused:
        return ""
    what = next(g for g in refused.group("what", "what2", "what3", "what4") if g is not None)
    then = next(g for g in refused.group("then", "then2", "then3", "then4") if g is not None)
    if not _MARKETING_AFTER.search(what):
        return ""  # "Jos et hyväksy sopimusehtoja, et voi liittyä": the contract's own terms
    if not _THE_SERVICE.search(then) or _MARKETING_AFTER.search(then):
        return ""  # the marketing refused is all that is lost
    return refused.group(0)


# (round 33) A consent noted as given at an act, in a table's cell or a bracket: "suostumus
# (annetaan sarjakorttia ostettaessa)", "samtycke (ges vid köp av klippkort)", "consent (given
# when buying a punch card)". The act is no statement of consent (GDPR Art 4(11), 7(2)); a box
# ticked or a consent asked apart at the act is (read by _asked_or_marked).
_GIVEN_AT_AN_ACT = re.compile(
    rf"\b{_CONSENT_STEM} ([\w-]+ )?(annetaan|annettu|saadaan|kerätään|ges|lämnas|inhämtas|given"
    r"|obtained|collected) ([\w-]+ ){0,3}?(?P<act>\w+(ttaessa|ttäessä)\b|vid (köp|bokning|anmälan"
    r"|registrering|inskrivning|inträde)\w*|i samband med (köp|bokning|anmälan)\w*"
    r"|when (buying|booking|joining|registering|signing up|purchasing)|on (purchase|booking))"
    # (round 34) in a relative clause, the act in the temporal form: "suostumukseesi, jonka
    # annat maksaessasi ensimmäisen valmennuskertasi", "det samtycke du lämnar när du betalar för
    # ditt första pass"
    rf"|\b{_CONSENT_STEM} (jonka|som)? ?(annat|annatte|asiakas antaa|du lämnar|du ger"
    r"|kunden lämnar|kunden ger|you give) ([\w-]+ ){0,2}?(?P<act2>(maksa|vara|osta|ilmoittaudu"
    r"|liity|rekisteröidy|allekirjoit)\w*essa\w*|när (du|kunden) (betalar|bokar|köper|anmäler"
    r"|registrerar|skriver under|blir medlem)\b|when you (pay|book|buy|register|sign|join))"
    # the act first: "Vid köp av klippkort lämnar kunden sitt samtycke till …"
    rf"|\bvid (köp|bokning|anmälan|betalning)\w* ([\w-]+ ){{0,3}}?(lämnar|ger) (du|kunden|ni)"
    rf" (\w+ )?{_CONSENT_STEM}"
)


def _consent_given_at_an_act(text, lang):
    given = _GIVEN_AT_AN_ACT.search(text)
    if not given or _asked_or_marked(text, lang):
        return ""
    return given.group(0)
