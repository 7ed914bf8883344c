"""The processors and transfers the live notices listed become rows of their site's register.

From 0.2 the notice's processors and transfers sections list the processors register's rows
(one source); the lists the notices held are moved there, once, per site. A transfer whose
recipient is also a processor completes that row with its country and safeguard. No agreement
date is invented: the register's check asks the owner for it.
"""

from django.db import migrations

# Written out here (not imported) so that this migration keeps working whatever the code
# becomes: names a notice gives a country → ISO code.
COUNTRY_NAMES = {
    "suomi": "FI",
    "finland": "FI",
    "fi": "FI",
    "ruotsi": "SE",
    "sverige": "SE",
    "sweden": "SE",
    "se": "SE",
    "viro": "EE",
    "estland": "EE",
    "estonia": "EE",
    "saksa": "DE",
    "tyskland": "DE",
    "germany": "DE",
    "irlanti": "IE",
    "irland": "IE",
    "ireland": "IE",
    "alankomaat": "NL",
    "hollanti": "NL",
    "nederländerna": "NL",
    "netherlands": "NL",
    "tanska": "DK",
    "danmark": "DK",
    "denmark": "DK",
    "ranska": "FR",
    "frankrike": "FR",
    "france": "FR",
    "norja": "NO",
    "norge": "NO",
    "norway": "NO",
    "eu": "EU",
    "eu/eta": "EU",
    "eu/ees": "EU",
    "eu/eea": "EU",
    "yhdysvallat": "US",
    "usa": "US",
    "förenta staterna": "US",
    "united states": "US",
    "us": "US",
    "iso-britannia": "GB",
    "storbritannien": "GB",
    "united kingdom": "GB",
    "uk": "GB",
    "sveitsi": "CH",
    "schweiz": "CH",
    "switzerland": "CH",
    "kanada": "CA",
    "canada": "CA",
    "japani": "JP",
    "japan": "JP",
}
EEA = {"FI", "SE", "EE", "DE", "IE", "NL", "DK", "FR", "NO", "EU"}


def _code(text):
    return COUNTRY_NAMES.get(" ".join((text or "").split()).casefold(), "")


def _lists(raw_stream):
    processors, transfers = [], []
    for block in raw_stream or []:
        value = block.get("value") or {}
        if block.get("type") == "processors":
            processors.extend(p for p in value.get("processors") or [] if p.get("name"))
        elif block.get("type") == "transfers":
            transfers.extend(t for t in value.get("transfers") or [] if t.get("recipient"))
    return processors, transfers


def move_lists(apps, schema_editor):
    Site = apps.get_model("wagtailcore", "Site")
    Page = apps.get_model("wagtailcore", "Page")
    NoticePage = apps.get_model("wagtail_seloste", "NoticePage")
    Processor = apps.get_model("wagtail_seloste", "Processor")
    Settings = apps.get_model("wagtail_seloste", "SelosteSettings")
    for site in Site.objects.all():
        root = Page.objects.filter(pk=site.root_page_id).first()
        if root is None or Processor.objects.filter(site=site).exists():
            continue
        notices = list(NoticePage.objects.filter(live=True, path__startswith=root.path))
        # The canonical notice first: its list wins where names repeat.
        canonical = Settings.objects.filter(site=site).values_list("notice_id", flat=True).first()
        notices.sort(key=lambda page: page.pk != canonical)
        rows = {}
        for notice in notices:
            processors, transfers = _lists(notice.sections.raw_data)
            for item in processors:
                key = item["name"].strip().casefold()
                if key in rows:
                    continue
                country = _code(item.get("country"))
                rows[key] = Processor(
                    site=site,
                    name=item["name"].strip()[:200],
                    service=(item.get("service") or "").strip()[:200],
                    country=country,
                    notes=(
                        ""
                        if country or not item.get("country")
                        else f"Country as the notice gave it: {item['country']}"
                    ),
                )
            for item in transfers:
                key = item["recipient"].strip().casefold()
                row = rows.get(key) or next(
                    (r for k, r in rows.items() if key in k or k in key), None
                )
                if row is None:
                    row = rows[key] = Processor(site=site, name=item["recipient"].strip()[:200])
                country = _code(item.get("country"))
                if country and (not row.country or row.country in EEA):
                    row.country = country
                safeguard = item.get("safeguard") or ""
                if safeguard == "adequacy" and row.country == "US":
                    # The United States' adequacy decision is the Data Privacy Framework.
                    safeguard = "dpf"
                if safeguard and not row.safeguard:
                    row.safeguard = safeguard
        Processor.objects.bulk_create(rows.values())


class Migration(migrations.Migration):
    dependencies = [
        ("wagtail_seloste", "0003_processors_record_breaches"),
    ]

    operations = [migrations.RunPython(move_lists, migrations.RunPython.noop)]
