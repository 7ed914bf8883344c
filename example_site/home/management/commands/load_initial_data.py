"""Load the demo content. Idempotent: running it twice changes nothing."""

import json
import os
from datetime import date, time, timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from example_site.home.models import HomePage
from wagtail_seloste.booking.models import (
    Booking,
    BookingPage,
    Client,
    ClosedDate,
    ConsentCheckbox,
    ConsentRecord,
    OpeningHours,
    Service,
)
from wagtail_seloste.cookies.consent import sync_cookies
from wagtail_seloste.cookies.models import TrackingSnippet
from wagtail_seloste.models import NoticePage, Processor, SelosteSettings
from wagtail_seloste.notice.json_format import create_notice, page_fields_from_dict
from wagtail_seloste.rights.models import RightsRequest, RightsRequestPage

FIXTURES = Path(__file__).resolve().parent.parent.parent / "fixtures"
DEMO_USER, DEMO_PASSWORD = "admin", "changeme"
DEMO_SNIPPET_NAME = "Demoanalytiikka"
# Runs only after consent to "analytics": sets the cookie that the notice declares there and
# marks the page, so the demo (and the browser tests) can see it ran. No network requests.
DEMO_SNIPPET_CODE = """<script>
document.cookie = "_demo_analytics=1; path=/; max-age=31536000; SameSite=Lax";
document.documentElement.setAttribute("data-demo-analytics", "loaded");
</script>"""
DEMO_CLIENT = "maija.meikalainen@example.com"
# The services the demo business uses (its processors register, GDPR Art 28): both in Finland.
DEMO_PROCESSORS = {
    "Esimerkkihosting Oy": {
        "service": "Verkkosivujen ja ajanvarauksen palvelin",
        "country": "FI",
        "data_groups": ["clients", "bookings", "health", "consents", "requests", "visitors"],
        "dpa_url": "https://esimerkkihosting.example/kasittelysopimus",
    },
    "Tilitoimisto Numerot Oy": {
        "service": "Kirjanpito",
        "country": "FI",
        "data_groups": ["invoices"],
    },
}

# The Swedish and English translations of the demo pages (Wagtail's localisation: the same
# translation_key as the Finnish page). Written for Swedish- and English-speaking visitors,
# not word for word. Lists follow the order of the Finnish page's items.
TRANSLATIONS = {
    "sv": {
        "home": {
            "title": "Massageklinik Lempeä Kosketus",
            "intro": (
                "<p>Klassisk massage och idrottsmassage i centrala Jyväskylä hos utbildade "
                "massören Aino Esimerkki.</p><p>Det här är exempelwebbplatsen för tillägget "
                "wagtail-seloste; företaget är påhittat.</p>"
            ),
        },
        "notice": {"slug": "dataskyddsbeskrivning", "fixture": "demo_notice_sv.json"},
        "booking": {
            "title": "Boka tid",
            "slug": "boka-tid",
            "intro": "<p>Boka en massage: välj först behandling och sedan en tid som passar dig.</p>",
            "done_text": (
                "<p>Välkommen! Mottagningen finns på innergården till Kauppakatu 12.</p>"
            ),
            "services": [
                ("Klassisk massage", "Avslappnande massage av hela kroppen."),
                ("Idrottsmassage", "Återhämtande massage för dig som tränar."),
            ],
            "closed_dates": ["Julafton"],
            "consent_intro": (
                "Vi använder bokningens uppgifter för att sköta bokningen och ge dig massagen. "
                "Samtyckena nedan är frivilliga."
            ),
            "existing_customer_services": "massage och andra hälsotjänster",
            "consents": [
                "Ni får skicka ert nyhetsbrev till mig per e-post.",
                "Ni får skicka erbjudanden till mig per sms.",
            ],
        },
        "rights": {
            "title": "Begäran om dina uppgifter",
            "slug": "begaran-om-uppgifter",
            "intro": (
                "<p>Du kan be att få se, rätta eller radera dina uppgifter. Vi skickar en "
                "bekräftelselänk till din e-post och svarar senast en månad efter att vi har "
                "fått din begäran.</p>"
            ),
        },
    },
    "en": {
        "home": {
            "title": "Lempeä Kosketus Massage Clinic",
            "intro": (
                "<p>Classic and sports massage in the centre of Jyväskylä, by trained massage "
                "therapist Aino Esimerkki.</p><p>This is the demo site of the wagtail-seloste "
                "plugin; the business is fictional.</p>"
            ),
        },
        "notice": {"slug": "privacy-notice", "fixture": "demo_notice_en.json"},
        "booking": {
            "title": "Book an appointment",
            "slug": "book",
            "intro": "<p>Book a massage: pick a treatment first, then a time that suits you.</p>",
            "done_text": (
                "<p>See you soon! You will find us in the courtyard of Kauppakatu 12.</p>"
            ),
            "services": [
                ("Classic massage", "A relaxing full-body massage."),
                ("Sports massage", "A massage to help you recover from training."),
            ],
            "closed_dates": ["Christmas Eve"],
            "consent_intro": (
                "We use the booking's details to handle your booking and give you your massage. "
                "The consents below are optional."
            ),
            "existing_customer_services": "massage and other well-being services",
            "consents": [
                "You may email me your newsletter.",
                "You may text me offers.",
            ],
        },
        "rights": {
            "title": "Ask about your data",
            "slug": "your-data",
            "intro": (
                "<p>You can ask to see, correct or delete the data we hold about you. We will "
                "email you a link to confirm the request, and we reply within one month of "
                "receiving it.</p>"
            ),
        },
    },
}

RIGHTS_INTRO_FI = (
    "<p>Voit pyytää tietojasi nähtäväksi, korjattavaksi tai poistettavaksi. Lähetämme "
    "sähköpostiisi vahvistuslinkin; vastaamme viimeistään kuukauden kuluessa pyynnön "
    "saapumisesta.</p>"
)
# What the demo's request pages said before the deadline was counted from receipt.
OLD_RIGHTS_INTROS = {
    "fi": (
        "<p>Voit pyytää tietojasi nähtäväksi, korjattavaksi tai poistettavaksi. Lähetämme "
        "sähköpostiisi vahvistuslinkin; vastaamme kuukauden kuluessa vahvistuksesta.</p>"
    ),
    "sv": (
        "<p>Du kan be att få se, rätta eller radera dina uppgifter. Vi skickar en "
        "bekräftelselänk till din e-post och svarar inom en månad från att du har bekräftat "
        "begäran.</p>"
    ),
    "en": (
        "<p>You can ask to see, correct or delete the data we hold about you. We will email "
        "you a link to confirm the request, and we reply within a month of your "
        "confirmation.</p>"
    ),
}


class Command(BaseCommand):
    help = "Create the demo business's pages and the demo superuser (demo only)."

    @transaction.atomic
    def handle(self, *args, **options):
        home = self.home_page()
        notice = NoticePage.objects.child_of(home).filter(slug="tietosuojaseloste").first()
        if notice is None:
            data = json.loads((FIXTURES / "demo_notice.json").read_text(encoding="utf-8"))
            notice = create_notice(data, parent=home, publish=True)
            self.stdout.write(f"Created the demo notice at {notice.url_path}.")
        settings = SelosteSettings.for_site(Site.objects.get(is_default_site=True))
        if settings.notice_id != notice.pk:
            settings.notice = notice
            settings.save()
        self.processors(notice)
        self.cookie_banner(notice)
        self.booking_page(home)
        self.rights_page(home)
        self.translations(home, notice)
        self.correct_request_intros()
        self.demo_register(home)
        self.demo_user()

    def processors(self, notice):
        """The demo business's processors register: the notice's processors and transfers
        sections list these rows (one source), each with its processor agreement."""
        site = notice.get_site()
        today = timezone.localdate()
        for name, values in DEMO_PROCESSORS.items():
            row, created = Processor.objects.get_or_create(site=site, name=name)
            if created or not row.has_agreement:
                for field, value in values.items():
                    setattr(row, field, value)
                row.status = Processor.ACTIVE
                row.dpa_date = row.dpa_date or date(2025, 3, 1)
                row.review_date = row.review_date or today + timedelta(days=365)
                row.save()
                self.stdout.write(f"Added {name} to the processors register.")

    def cookie_banner(self, notice):
        """Sync the cookie banner with the notice and add the demo analytics snippet."""
        sync_cookies(notice)
        if not TrackingSnippet.objects.filter(name=DEMO_SNIPPET_NAME).exists():
            TrackingSnippet.objects.create(
                site=notice.get_site(),
                name=DEMO_SNIPPET_NAME,
                category="analytics",
                code=DEMO_SNIPPET_CODE,
            )
            self.stdout.write("Created the demo analytics snippet.")

    def home_page(self):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site and isinstance(site.root_page.specific, HomePage):
            return site.root_page.specific
        root = Page.get_first_root_node()
        home = HomePage(
            title="Hierontaklinikka Lempeä Kosketus",
            slug="koti",
            intro=(
                "<p>Klassista hierontaa ja urheiluhierontaa Jyväskylän keskustassa. "
                "Koulutettu hieroja Aino Esimerkki.</p><p>Tämä on wagtail-seloste-lisäosan "
                "esimerkkisivusto; yritys on kuvitteellinen.</p>"
            ),
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        if site is None:
            site = Site(
                hostname="localhost", port=80, is_default_site=True, site_name="Lempeä Kosketus"
            )
        old_root = site.root_page if site.root_page_id else None
        site.root_page = home
        site.save()
        # Wagtail's "Welcome to your new Wagtail site!" page is replaced by the demo home.
        if old_root is not None and old_root.pk != home.pk and old_root.depth == 2:
            old_root.delete()
        self.stdout.write("Created the demo home page.")
        return home

    def booking_page(self, home):
        """The demo booking page at /ajanvaraus/ (created once, never overwritten)."""
        site = Site.objects.get(is_default_site=True)
        # `make demo` serves on 127.0.0.1:$PORT (8000 by default): links in emails (cancel,
        # confirm details) use the site's real address, so the Site follows the port.
        port = int(os.environ.get("PORT") or 8000)
        if site.hostname in ("localhost", "127.0.0.1") and (site.hostname, site.port) != (
            "127.0.0.1",
            port,
        ):
            site.hostname, site.port = "127.0.0.1", port
            site.save()
        if BookingPage.objects.child_of(home).filter(slug="ajanvaraus").exists():
            return
        page = BookingPage(
            title="Ajanvaraus",
            slug="ajanvaraus",
            intro="<p>Varaa aika hierontaan. Valitse ensin palvelu, sitten sopiva aika.</p>",
            done_text="<p>Tervetuloa! Vastaanotto on Kauppakatu 12:n sisäpihalla.</p>",
            slot_step_minutes=30,
            buffer_minutes=15,
            min_notice_hours=2,
            days_ahead=60,
            auto_confirm=True,
            cancellation_cutoff_hours=24,
            health_data_basis="professional",
            close_public_holidays=True,
            consent_intro=(
                "Käytämme varauksen tietoja ajanvarauksen hoitamiseen ja hierontasi "
                "toteuttamiseen. Suostumukset alla ovat vapaaehtoisia."
            ),
            # Offers of similar services to existing customers (917/2014 200 § 2 mom.): not
            # consent; the last step offers the refusal, and the notice declares the purpose.
            existing_customer_offers=True,
            existing_customer_services="hieronta- ja hyvinvointipalvelut",
        )
        page.services = [
            Service(
                name="Klassinen hieronta",
                description="Rentouttava koko kehon hieronta.",
                duration_minutes=60,
                price="65.00",
            ),
            Service(
                name="Urheiluhieronta",
                description="Palauttava hieronta urheilijoille.",
                duration_minutes=45,
                price="55.00",
                needs_health_info=True,
            ),
        ]
        page.opening_hours = [
            OpeningHours(weekday=day, opens=time(9), closes=time(17)) for day in range(5)
        ]
        # The coming Christmas and New Year holidays, whenever the demo is loaded.
        today = timezone.localdate()
        year = today.year if today < date(today.year, 12, 24) else today.year + 1
        page.closed_dates = [
            # Public holidays are closed by default; the owner opens Christmas Eve morning.
            ClosedDate(date=date(year, 12, 24), opens=time(9), closes=time(12), note="Jouluaatto"),
        ]
        # No checkbox is required (GDPR Art 7(4)); marketing by SMS is offered wherever
        # marketing by email is (917/2014 200 §). The demo business is a trained masseur
        # (koulutettu hieroja, a health-care professional, laki 559/1994): health information
        # is patient-record data under GDPR Art 9(2)(h), so no health consent is asked. Offers
        # by email to clients need no consent (917/2014 200 §: the refusal box beside these):
        # the email consent is for the newsletter only, so the two never ask the same thing.
        page.consent_checkboxes = [
            ConsentCheckbox(
                label="Minulle saa lähettää uutiskirjeen sähköpostilla.",
                kind="marketing_email",
                notice_section="purposes",
            ),
            ConsentCheckbox(
                label="Minulle saa lähettää tarjouksia tekstiviestillä.",
                kind="marketing_sms",
                notice_section="purposes",
            ),
        ]
        home.add_child(instance=page)
        page.save_revision().publish()
        self.stdout.write(f"Created the demo booking page at {page.url_path}.")

    def rights_page(self, home):
        """The demo data subject request page at /tietopyynto/ (created once)."""
        if RightsRequestPage.objects.child_of(home).filter(slug="tietopyynto").exists():
            return
        page = RightsRequestPage(
            title="Tietopyyntö",
            slug="tietopyynto",
            intro=RIGHTS_INTRO_FI,
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        self.stdout.write(f"Created the data subject request page at {page.url_path}.")

    def translations(self, home, notice):
        """The Swedish and English translations of the home, notice, booking and request pages
        (each created once, never overwritten)."""
        booking = BookingPage.objects.child_of(home).filter(slug="ajanvaraus").first()
        rights = RightsRequestPage.objects.child_of(home).filter(slug="tietopyynto").first()
        for code, texts in TRANSLATIONS.items():
            locale, _created = Locale.objects.get_or_create(language_code=code)
            self.translate(home, locale, texts["home"])
            data = json.loads((FIXTURES / texts["notice"]["fixture"]).read_text(encoding="utf-8"))
            fields = page_fields_from_dict(data, language=code)
            self.translate(notice, locale, {**fields, "slug": texts["notice"]["slug"]})
            if booking is not None:
                self.translate(booking, locale, texts["booking"])
            if rights is not None:
                self.translate(rights, locale, texts["rights"])

    def correct_request_intros(self):
        """Demos loaded before 0.2 said the month to answer runs from the confirmation; it runs
        from receipt (GDPR Art 12(3)). Only the demo's own old words are replaced, never an
        edited introduction."""
        new = {
            "fi": RIGHTS_INTRO_FI,
            **{code: texts["rights"]["intro"] for code, texts in TRANSLATIONS.items()},
        }
        for page in RightsRequestPage.objects.filter(intro__in=OLD_RIGHTS_INTROS.values()):
            code = page.locale.language_code
            if page.intro == OLD_RIGHTS_INTROS.get(code) and code in new:
                page.intro = new[code]
                page.save_revision().publish()
                self.stdout.write(f"Corrected the deadline in {page.title!r}.")

    def translate(self, page, locale, texts):
        """Publish ``page``'s translation in ``locale`` with ``texts`` unless it exists."""
        if page.get_translation_or_none(locale) is not None:
            return
        translation = page.copy_for_translation(locale).specific
        texts = dict(texts)
        children = {
            "services": texts.pop("services", None),
            "closed_dates": texts.pop("closed_dates", None),
            "consents": texts.pop("consents", None),
        }
        for field, value in texts.items():
            setattr(translation, field, value)
        if children["services"]:
            services = list(translation.services.all())
            for service, (name, description) in zip(services, children["services"], strict=True):
                service.name, service.description = name, description
            translation.services = services
        if children["closed_dates"]:
            closed = list(translation.closed_dates.all())
            for closed_date, note in zip(closed, children["closed_dates"], strict=True):
                closed_date.note = note
            translation.closed_dates = closed
        if children["consents"]:
            boxes = list(translation.consent_checkboxes.all())
            for box, label in zip(boxes, children["consents"], strict=True):
                box.label = label
            translation.consent_checkboxes = boxes
        translation.save_revision().publish()
        self.stdout.write(f"Created the {locale.language_code} translation of {page.title!r}.")

    def demo_register(self, home):
        """Demo clients with bookings and consents, and an open request near its due date, so
        that the admin can export and erase someone and `seloste_purge --dry-run` has work."""
        site = Site.objects.get(is_default_site=True)
        page = BookingPage.objects.child_of(home).filter(slug="ajanvaraus").first()
        if page is None or Client.objects.filter(site=site, email=DEMO_CLIENT).exists():
            return
        service = page.services.first()
        now = timezone.now()

        def booking(client, days, invoiced=False, message="", health=""):
            start = timezone.localtime(now + timedelta(days=days)).replace(
                hour=10, minute=0, second=0, microsecond=0
            )
            return Booking.objects.create(
                page=page,
                service=service,
                client=client,
                start=start,
                end=start + timedelta(minutes=service.duration_minutes),
                status="confirmed",
                invoiced=invoiced,
                first_name=client.first_name,
                last_name=client.last_name,
                email=client.email,
                phone=client.phone,
                # The demo business is a trained masseur: health notes are patient records.
                health_info=health,
                health_basis="professional" if health else "",
                message=message,
            )

        def consent(client, kind, given=True):
            ConsentRecord.objects.create(
                site=site,
                client=client,
                kind=kind,
                given=given,
                text=next((b.label for b in page.consent_checkboxes.all() if b.kind == kind), kind),
                notice=NoticePage.for_site(site),
                source="booking",
            )

        maija = Client.objects.create(
            site=site,
            email=DEMO_CLIENT,
            first_name="Maija",
            last_name="Meikäläinen",
            phone="+358401234567",
            marketing_email=True,
            # A patient record is kept 120 years from birth while the death is not known
            # (asetus 94/2022): the erasure preview shows the date.
            birth_year=1984,
        )
        booking(maija, -400, invoiced=True, health="Niska jumissa.")
        booking(maija, -60, health="Alaselkä kipeä.", message="Tulen pyörällä.")
        booking(maija, 10)
        for kind in ("marketing_email", "marketing_sms"):
            consent(maija, kind, given=kind == "marketing_email")
        # A client whose last visit was four years ago: the notice keeps client data for
        # three years from the last booking, so the purge deletes them.
        old = Client.objects.create(
            site=site, email="vanha.asiakas@example.com", first_name="Ville", last_name="Vanha"
        )
        booking(old, -4 * 365)
        consent(old, "marketing_email", given=False)
        Client.objects.filter(pk=old.pk).update(created_at=now - timedelta(days=4 * 365 + 30))
        rights_request = RightsRequest.objects.create(
            site=site,
            page=RightsRequestPage.objects.child_of(home).first(),
            types=["access", "erasure"],
            name="Maija Meikäläinen",
            email=DEMO_CLIENT,
            message="Haluan nähdä tietoni ja sitten poistaa ne.",
            received_at=now - timedelta(days=25),
        )
        rights_request.verify(now - timedelta(days=25))
        rights_request.save()
        self.stdout.write(
            f"Created demo clients, bookings and a data subject request #{rights_request.pk}."
        )

    def demo_user(self):
        User = get_user_model()
        if not User.objects.filter(username=DEMO_USER).exists():
            User.objects.create_superuser(DEMO_USER, "admin@lempeakosketus.example", DEMO_PASSWORD)
            self.stdout.write(
                self.style.WARNING(
                    f"Created the demo superuser {DEMO_USER} / {DEMO_PASSWORD}. "
                    "Demo only: never use it on a real site."
                )
            )
