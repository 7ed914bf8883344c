"""Visitors of the example site for `make loadtest` (locust, headless).

A visitor opens the home page, reads the privacy notice, accepts the cookies through the
banner, and books through the wizard: service, a day or week link of the time step at random,
a free time of the day shown, contact details, the consents. A time taken by someone else in
the meantime sends the wizard back to the time step; the visitor then picks another time. Every request goes to 127.0.0.1 (LOADTEST_HOSTS).

Per page, the answers of 500 and above (503, the database outage's page, apart from the others)
and the requests that got no answer at all (refused connections, timeouts: "errors") are counted
and written to LOADTEST_STATUS_FILE when the run ends, for loadtest.py's summary; every request's
start (Unix time), page and response time go to LOADTEST_TIMES_FILE, so that loadtest.py can
tell the latency of the quiet phase from that of each fault.

LOADTEST_SATURATE=notice (or book) makes every visitor repeat that one task without pausing:
the saturation run of `make saturate` (saturate.py).
"""

import html
import json
import os
import random
import re
import time
import uuid
from collections import Counter
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from locust import HttpUser, between, constant, events, task

HOSTS = os.environ.get("LOADTEST_HOSTS", "http://127.0.0.1:8001,http://127.0.0.1:8002").split(",")
for _host in HOSTS:
    if urlsplit(_host).hostname != "127.0.0.1":
        raise SystemExit(f"The load test sends traffic to 127.0.0.1 only, not to {_host}.")
BOOKING_PATH = os.environ.get("LOADTEST_BOOKING_PATH", "/ajanvaraus/")
EMAIL_DOMAIN = "loadtest.example"
# The time step's links to a day or a week ("…/aika/?paiva=2026-12-07").
DAY_LINK = re.compile(r'href="([^"]*/aika/\?[^"]*=\d{4}-\d{2}-\d{2})"')

server_errors = Counter()
unavailable = Counter()
no_answer = Counter()
# (start as Unix time, page, response time in ms) of every request.
timings = []


@events.request.add_listener
def count_server_errors(name, response, exception=None, response_time=0, **_kwargs):
    timings.append((round(time.time() - response_time / 1000, 3), name, round(response_time, 1)))
    status = getattr(response, "status_code", 0) or 0
    if status == 503:
        unavailable[name] += 1
    elif status >= 500:
        server_errors[name] += 1
    elif status == 0 and exception is not None:
        # Locust reports a refused connection or a timeout as status 0 with the exception:
        # a request that got no answer is a failure, not a request served.
        no_answer[name] += 1


@events.quitting.add_listener
def write_status(environment, **_kwargs):
    path = os.environ.get("LOADTEST_STATUS_FILE")
    if path:
        with open(path, "w") as out:
            json.dump(
                {"500": dict(server_errors), "503": dict(unavailable), "errors": dict(no_answer)},
                out,
            )
    path = os.environ.get("LOADTEST_TIMES_FILE")
    if path:
        with open(path, "w") as out:
            json.dump(timings, out)


class Forms(HTMLParser):
    """The page's POST forms: action, and every field with its type, value and flags."""

    def __init__(self):
        super().__init__()
        self.forms = []
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append({"action": attrs.get("action") or "", "fields": []})
        elif not self.forms:
            return
        elif tag in {"input", "button", "select"}:
            self.forms[-1]["fields"].append({"tag": tag, **attrs})
        elif tag == "textarea":
            self._textarea = {"tag": "textarea", **attrs, "value": ""}
            self.forms[-1]["fields"].append(self._textarea)
        elif tag == "option" and self.forms[-1]["fields"]:
            field = self.forms[-1]["fields"][-1]
            if field["tag"] == "select" and "value" not in field and attrs.get("value"):
                field["value"] = attrs["value"]

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None


def forms_of(html):
    parser = Forms()
    parser.feed(html)
    return parser.forms


def wizard_form(html):
    """The booking wizard's form: the one with the wizard's current-step field."""
    for form in forms_of(html):
        if any(f.get("name", "").endswith("-current_step") for f in form["fields"]):
            return form
    return None


def fill(form, person):
    """The data a visitor submits: a choice of each radio group, every required box ticked."""
    data = {}
    radios = {}
    for field in form["fields"]:
        name = field.get("name")
        kind = field.get("type", "text")
        if not name or field["tag"] == "button" or kind == "submit":
            continue
        if kind == "hidden":
            data[name] = field.get("value", "")
        elif kind == "radio":
            radios.setdefault(name, []).append(field.get("value", ""))
        elif kind == "checkbox":
            if "required" in field or random.random() < 0.5:  # noqa: S311 - test data
                data[name] = field.get("value", "on")
        elif field["tag"] == "select":
            data[name] = field.get("value", "")
        elif name.endswith("website"):
            data[name] = ""  # the honeypot stays empty
        else:
            data[name] = person.get(name.rsplit("-", 1)[-1], field.get("value", ""))
    for name, values in radios.items():
        data[name] = random.choice(values)  # noqa: S311 - test data
    return data


class Visitor(HttpUser):
    wait_time = between(0.5, 2)

    def on_start(self):
        self.client.base_url = random.choice(HOSTS)  # noqa: S311 - spread over both processes

    def person(self):
        token = uuid.uuid4().hex[:12]
        return {
            "first_name": "Testi",
            "last_name": f"Kuormitus{token[:4]}",
            "email": f"lt-{token}@{EMAIL_DOMAIN}",
            "phone": "040 " + str(random.randint(1000000, 9999999)),  # noqa: S311
            "message": "",
        }

    @task(3)
    def home(self):
        self.client.get("/", name="home")

    @task(2)
    def notice(self):
        self.client.get("/tietosuojaseloste/", name="notice")

    @task(1)
    def accept_cookies(self):
        page = self.client.get("/", name="home")
        for form in forms_of(page.text):
            names = {f.get("name") for f in form["fields"]}
            if "csrfmiddlewaretoken" in names and form["action"].startswith("/cookies/"):
                data = fill({"fields": [f for f in form["fields"] if f["tag"] != "button"]}, {})
                data["action"] = "accept_all"
                self.client.post(form["action"], data=data, name="cookie accept")
                return

    @task(2)
    def book(self):
        person = self.person()
        url = urljoin(self.client.base_url, BOOKING_PATH)
        response = self.client.get(url, name="booking: start")
        browsed = False
        for _ in range(12):
            form = wizard_form(response.text)
            if form is None:
                return  # the thanks page (or an error, counted by locust)
            step = re.sub(r"^.*/([^/]+)/?$", r"\1", urlsplit(response.url).path)
            days = DAY_LINK.findall(response.text)
            if step == "aika" and days and not browsed:
                # People look at the days before they choose: one day or week link, at
                # random, then a time of the day shown (not all on the first free time).
                browsed = True
                url = urljoin(response.url, html.unescape(random.choice(days)))  # noqa: S311
                response = self.client.get(url, name="booking: day")
                continue
            data = fill(form, person)
            if not any(name.endswith("-slot") for name in data) and step == "aika":
                return  # no free time left on the shown day
            action = urljoin(response.url, form["action"] or response.url)
            response = self.client.post(
                action, data=data, name=f"booking: {step}", headers={"Referer": response.url}
            )
            if "/kiitos/" in urlsplit(response.url).path or "/valmis/" in response.url:
                if wizard_form(response.text) is None:
                    return


SATURATE = os.environ.get("LOADTEST_SATURATE", "")
if SATURATE:
    Visitor.tasks = [{"notice": Visitor.notice, "book": Visitor.book}[SATURATE]]
    Visitor.wait_time = constant(0)
