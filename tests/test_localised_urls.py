"""Step and verification addresses in the page's language (issue 21, item 7): a Swedish or
English visitor never sees a Finnish address, and the Finnish addresses of links already sent
keep working under /sv/ and /en/."""

import re
from io import StringIO

import pytest
from django.core.management import call_command

from tests.public_pages import public_pages

FINNISH_WORDS = (
    "varaa",
    "palvelu",
    "aika",
    "yhteystiedot",
    "vahvistus",
    "valmis",
    "kiitos",
    "peru",
    "tiedot",
    "paiva",
    "viikko",
    "vahvista",
    "lataa",
)


@pytest.fixture
def demo(migrated_db):
    call_command("load_initial_data", stdout=StringIO())


def finnish_in(url):
    parts = re.split(r"[/?=&]", url)
    return [word for word in FINNISH_WORDS if word in parts]


@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_visitor_under_sv_or_en_never_meets_a_finnish_address(client, demo, mailoutbox, language):
    found = []
    for name, response in public_pages(client, language):
        html = response.content.decode()
        main = html[html.index("<main") : html.index("</main>")]
        urls = [response.request["PATH_INFO"]]
        urls += re.findall(r'(?:href|action)="([^"]+)"', main)
        found += [f"{name}: {url}" for url in urls if url.startswith("/") and finnish_in(url)]
    for message in mailoutbox:
        for url in re.findall(r"https?://\S+", message.body):
            if f"/{language}/" in url and finnish_in(url):
                found.append(f"email {message.subject}: {url}")
    assert found == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/sv/boka-tid/", "/sv/boka-tid/boka/tjanst/"),
        ("/en/book/", "/en/book/booking/service/"),
        ("/sv/boka-tid/varaa/palvelu/", "/sv/boka-tid/boka/tjanst/"),
        ("/en/book/varaa/palvelu/", "/en/book/booking/service/"),
        ("/sv/boka-tid/peru/1-abc/", "/sv/boka-tid/avboka/1-abc/"),
        ("/en/book/tiedot/1-abc/", "/en/book/details/1-abc/"),
        ("/sv/begaran-om-uppgifter/kiitos/", "/sv/begaran-om-uppgifter/tack/"),
        ("/en/your-data/vahvista/a1-b2-c3/", "/en/your-data/confirm/a1-b2-c3/"),
        (
            "/en/your-data/lataa/abcdefghijklmnopqrst/",
            "/en/your-data/download/abcdefghijklmnopqrst/",
        ),
    ],
)
def test_an_older_finnish_address_leads_to_the_pages_own(client, demo, old, new):
    response = client.get(old)
    assert response.status_code == 302
    assert response["Location"].endswith(new)


def test_the_time_steps_finnish_day_parameter_is_renamed(client, demo):
    client.get("/sv/boka-tid/")  # starts the wizard
    response = client.get("/sv/boka-tid/varaa/aika/?paiva=2030-01-02")
    assert response["Location"].endswith("/sv/boka-tid/boka/tid/?dag=2030-01-02")


def test_finnish_addresses_stay_finnish(client, demo):
    assert client.get("/ajanvaraus/")["Location"].endswith("/ajanvaraus/varaa/palvelu/")
    assert client.get("/ajanvaraus/varaa/palvelu/").status_code == 200
    assert client.get("/tietopyynto/kiitos/").status_code == 200
