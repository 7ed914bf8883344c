"""The breach log (GDPR Art 33–34): the 72-hour clock, the proposal, every step logged, the
48-hour reminder, and each owner's own breaches."""

import datetime
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry, Site

from wagtail_seloste.outbox.models import OutboxEmail
from wagtail_seloste.register.breaches.assessment import clock, deadline, propose
from wagtail_seloste.register.breaches.reminders import send_breach_reminders
from wagtail_seloste.register.breaches.scope import Estimate
from wagtail_seloste.register.models import Breach, BreachStep

HELSINKI = ZoneInfo("Europe/Helsinki")
URL = "/admin/seloste/breaches/"


@pytest.fixture
def site(notice):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def make_breach(site, django_user_model):
    def make(**fields):
        fields.setdefault("site", site)
        fields.setdefault("title", "Kannettava varastettu")
        fields.setdefault("description", "Kannettava tietokone varastettiin autosta.")
        fields.setdefault("aware_at", timezone.now() - timedelta(hours=1))
        fields.setdefault("nature", ["confidentiality"])
        fields.setdefault("scope_kind", "manual")
        fields.setdefault("scope_note", "Asiakaskortit")
        fields.setdefault("last_activity_at", fields["aware_at"])
        return Breach.objects.create(**fields)

    return make


def logged(breach, action):
    return ModelLogEntry.objects.filter(object_id=str(breach.pk), action=action).exists()


# The clock ------------------------------------------------------------------------------------


def test_the_deadline_is_72_hours_from_awareness_in_helsinki_time(make_breach):
    # Summer time starts in Finland on 29.3.2026: 72 hours are 72 real hours.
    aware = datetime.datetime(2026, 3, 27, 10, 0, tzinfo=HELSINKI)
    breach = make_breach(aware_at=aware)

    due = deadline(breach)

    assert due.astimezone(datetime.UTC) - aware.astimezone(datetime.UTC) == timedelta(hours=72)
    assert due.tzinfo == HELSINKI
    assert (due.day, due.hour, due.utcoffset()) == (30, 11, timedelta(hours=3))


def test_the_clock_counts_down_and_then_says_it_is_late(make_breach):
    now = timezone.now()
    breach = make_breach(aware_at=now - timedelta(hours=30))

    running = clock(breach, now)
    late = clock(breach, now + timedelta(hours=50))

    assert running.state == "running" and running.left_text == "42 t 0 min"
    assert late.state == "late" and "72" in late.text


def test_a_notified_breach_says_when_and_how_soon(make_breach):
    aware = timezone.now() - timedelta(hours=80)
    breach = make_breach(aware_at=aware, authority_notified_at=aware + timedelta(hours=20))

    state = clock(breach)

    assert state.state == "notified" and "20 t 0 min" in state.text


# The proposal -----------------------------------------------------------------------------------


def test_health_data_is_high_risk_to_notify_to_both(make_breach):
    proposal = propose(
        make_breach(), Estimate(people=3, records=5, groups={"clients", "health"}, health_records=2)
    )

    assert (proposal.risk, proposal.notify_authority, proposal.notify_people) == (
        "high",
        True,
        True,
    )


def test_contact_data_is_notified_to_the_ombudsman_only(make_breach):
    proposal = propose(
        make_breach(), Estimate(people=40, records=60, groups={"clients", "bookings"})
    )

    assert (proposal.risk, proposal.notify_authority, proposal.notify_people) == (
        "risk",
        True,
        False,
    )


def test_encrypted_data_need_not_be_told_to_the_people(make_breach):
    breach = make_breach(encrypted=True)

    proposal = propose(
        breach, Estimate(people=40, records=60, groups={"clients", "health"}, health_records=1)
    )

    assert proposal.notify_authority and not proposal.notify_people


def test_an_availability_breach_alone_is_documented_only(make_breach):
    breach = make_breach(nature=["availability"])

    proposal = propose(breach, Estimate(people=40, records=60, groups={"clients"}))

    assert (proposal.risk, proposal.notify_authority) == ("unlikely", False)


def test_nothing_in_scope_is_documented_only(make_breach):
    breach = make_breach(scope_note="")

    assert not propose(breach, Estimate()).notify_authority


# Recording a breach in the admin ----------------------------------------------------------------


def new_breach_data(site, **fields):
    now = timezone.localtime()
    data = {
        "site": site.pk,
        "title": "Varauslista väärään osoitteeseen",
        "description": "Päivän varauslista lähti väärälle vastaanottajalle.",
        "aware_at": now.strftime("%Y-%m-%d %H:%M"),
        "occurred_at": "",
        "nature": ["confidentiality"],
        "scope_kind": "manual",
        "scope_start": "",
        "scope_end": "",
        "scope_page": "",
        "scope_note": "Paperinen päivälista",
        "people_estimate": "8",
        "records_estimate": "8",
        "consequences": "",
        "measures_taken": "",
        "measures_proposed": "",
    }
    data.update(fields)
    return data


def test_recording_a_breach_logs_it_and_opens_its_page(admin_client, site):
    response = admin_client.post(URL + "new/", new_breach_data(site))

    breach = Breach.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/inspect/{breach.pk}/")
    assert breach.created_by.username == "admin"
    assert logged(breach, "wagtail.create") and logged(breach, "wagtail_seloste.breach.estimate")
    page = admin_client.get(response["Location"]).content.decode()
    assert "Suomen aikaa" in page


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"aware_at": "2099-01-01 10:00"}, "aware_at"),
        ({"occurred_at": "2099-01-01 10:00"}, "occurred_at"),
        ({"scope_note": ""}, "scope_note"),
        ({"nature": []}, "nature"),
        ({"aware_at": "eilen"}, "aware_at"),
    ],
)
def test_bad_input_is_shown_back_with_a_message(admin_client, site, fields, field):
    response = admin_client.post(URL + "new/", new_breach_data(site, **fields))

    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not Breach.objects.exists()


# Steps ----------------------------------------------------------------------------------------


def test_the_decision_is_a_logged_step(admin_client, make_breach):
    breach = make_breach(last_activity_at=timezone.now() - timedelta(hours=10))

    admin_client.post(
        f"{URL}{breach.pk}/decide/",
        {
            "risk": "risk",
            "notify_authority": "yes",
            "notify_people": "no",
            "decision_reasons": "Vain yhteystietoja.",
        },
    )

    breach.refresh_from_db()
    assert (breach.risk, breach.notify_authority, breach.notify_people) == ("risk", "yes", "no")
    assert breach.steps.get().kind == BreachStep.DECISION
    assert logged(breach, "wagtail_seloste.breach.decision")
    assert timezone.now() - breach.last_activity_at < timedelta(minutes=1)


def test_the_ombudsman_is_notified_in_stages(admin_client, make_breach):
    breach = make_breach()
    first = timezone.localtime() - timedelta(minutes=30)

    for kind, at, reference in [
        ("authority_initial", first, ""),
        ("authority_supplement", timezone.localtime(), "1234/161/2026"),
    ]:
        admin_client.post(
            f"{URL}{breach.pk}/authority/",
            {
                "kind": kind,
                "at": at.strftime("%Y-%m-%d %H:%M"),
                "reference": reference,
                "text": "Ilmoitus.",
            },
        )

    breach.refresh_from_db()
    assert [s.kind for s in breach.steps.all()] == ["authority_initial", "authority_supplement"]
    assert abs(breach.authority_notified_at - first) < timedelta(minutes=1)
    assert breach.authority_reference == "1234/161/2026"


def test_a_late_notification_needs_the_reasons_and_keeps_what_was_typed(admin_client, make_breach):
    breach = make_breach(aware_at=timezone.now() - timedelta(hours=100))

    response = admin_client.post(
        f"{URL}{breach.pk}/authority/",
        {
            "kind": "authority_initial",
            "at": timezone.localtime().strftime("%Y-%m-%d %H:%M"),
            "reference": "",
            "text": "Kirjoitettu teksti",
        },
    )

    assert response.status_code == 400
    assert "Kirjoitettu teksti" in response.content.decode()
    assert not breach.steps.exists()


def test_notes_closing_and_reopening_are_logged(admin_client, make_breach):
    breach = make_breach()

    admin_client.post(f"{URL}{breach.pk}/note/", {"text": "Salasanat vaihdettu."})
    admin_client.post(f"{URL}{breach.pk}/close/", {"text": ""})
    breach.refresh_from_db()
    assert breach.status == Breach.CLOSED
    admin_client.post(f"{URL}{breach.pk}/close/", {"text": "Uutta tietoa."})

    breach.refresh_from_db()
    assert breach.status == Breach.OPEN
    assert [s.kind for s in breach.steps.all()] == ["note", "closed", "reopened"]
    for action in ("note", "close", "reopen"):
        assert logged(breach, f"wagtail_seloste.breach.{action}")


def test_a_breach_cannot_be_deleted(admin_client, make_breach):
    breach = make_breach()

    response = admin_client.post(f"{URL}delete/{breach.pk}/")

    assert response.status_code in (302, 403, 404)
    assert Breach.objects.filter(pk=breach.pk).exists()


def test_breaches_are_kept_by_the_retention_purge(make_breach, site):
    breach = make_breach(aware_at=timezone.now() - timedelta(days=3650))

    call_command("seloste_purge", "--site", str(site.pk), stdout=__import__("io").StringIO())

    assert Breach.objects.filter(pk=breach.pk).exists()


# The 48-hour reminder ---------------------------------------------------------------------------


def test_the_owner_is_reminded_after_48_quiet_hours(make_breach, django_user_model):
    now = timezone.now()
    owner = django_user_model.objects.create_user("omistaja", email="omistaja@example.com")
    breach = make_breach(aware_at=now - timedelta(hours=49), created_by=owner)

    assert send_breach_reminders(now) == 1

    assert [m.to for m in mail.outbox] == [["omistaja@example.com"]]
    assert f"#{breach.pk}" in mail.outbox[0].subject
    assert "Kannettava" not in mail.outbox[0].body  # the reminder names no details
    breach.refresh_from_db()
    assert breach.reminder_sent_at == now
    assert logged(breach, "wagtail_seloste.breach.reminder")


def test_the_reminder_is_sent_once_per_48_quiet_hours(make_breach):
    now = timezone.now()
    make_breach(aware_at=now - timedelta(hours=49))

    sent = [send_breach_reminders(now), send_breach_reminders(now + timedelta(hours=1))]
    later = send_breach_reminders(now + timedelta(hours=49))

    assert sent == [1, 0] and later == 1


@pytest.mark.parametrize(
    "fields",
    [
        {"last_activity_at_hours": 47},
        {"status": Breach.CLOSED},
    ],
)
def test_no_reminder_for_a_recent_step_or_a_closed_breach(make_breach, fields):
    now = timezone.now()
    hours = fields.pop("last_activity_at_hours", 60)
    make_breach(
        aware_at=now - timedelta(hours=60), last_activity_at=now - timedelta(hours=hours), **fields
    )

    assert send_breach_reminders(now) == 0
    assert not OutboxEmail.objects.exists()


def test_the_reminder_command_runs(make_breach):
    out = __import__("io").StringIO()
    make_breach(aware_at=timezone.now() - timedelta(hours=50))

    call_command("seloste_breach_reminders", stdout=out)

    assert "1" in out.getvalue()


# Each owner's own breaches ----------------------------------------------------------------------


def test_an_owner_sees_and_acts_only_on_their_own_sites_breaches(
    site_owner, make_breach, other_site
):
    theirs = make_breach()
    mine = make_breach(site=other_site, title="B:n loukkaus")
    client = site_owner(other_site, ["breach"])

    listed = {b.pk for b in client.get(URL).context["object_list"]}

    assert listed == {mine.pk}
    for url in (
        f"{URL}history/{theirs.pk}/",
        f"{URL}usage/{theirs.pk}/",
        f"{URL}inspect/{theirs.pk}/",
        f"{URL}edit/{theirs.pk}/",
        f"{URL}{theirs.pk}/message/",
    ):
        assert client.get(url).status_code == 404
    for action in ("note", "decide", "authority", "people", "close", "message"):
        assert client.post(f"{URL}{theirs.pk}/{action}/", {"text": "x"}).status_code == 404
    assert not theirs.steps.exists()
    assert client.get(f"{URL}inspect/{mine.pk}/").status_code == 200


def test_the_breach_log_needs_its_own_permission(site_owner, other_site):
    client = site_owner(other_site, ["processor"])

    assert client.get(URL).status_code in (302, 403)
