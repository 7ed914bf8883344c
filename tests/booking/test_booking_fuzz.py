"""No malformed, tampered or replayed POST to any wizard step produces a server error."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.booking_helpers import first_free

STEPS = ["palvelu", "aika", "yhteystiedot", "vahvistus"]
FIELDS = {
    "palvelu": ["service"],
    "aika": ["slot"],
    "yhteystiedot": ["first_name", "last_name", "email", "phone", "message", "website"],
    "vahvistus": ["consent_1", "consent_2", "consent_3", "consent_99"],
}

text = st.one_of(
    st.text(max_size=60),
    st.sampled_from(
        [
            "",
            "1",
            "-1",
            "999999999999999999999",
            "2030-01-07T09:00:00+02:00",
            "2030-01-07T09:00",
            "on",
            "\x00",
            "a@b",
            "040 123 4567",
            "+3584012345678901234",
            "palvelu",
            "valmis",
        ]
    ),
    st.integers().map(str),
    st.datetimes().map(lambda d: d.isoformat()),
)


def payload(step):
    keys = st.sampled_from(
        [f"{step}-{name}" for name in FIELDS[step]]
        + ["wizard_goto_step", "csrfmiddlewaretoken", "x"]
        + [f"{other}-{name}" for other in STEPS for name in FIELDS[other]]
    )
    management = st.one_of(
        st.just(step), st.sampled_from(STEPS + ["valmis", "", "0"]), st.text(max_size=20)
    )
    return st.tuples(
        management,
        st.booleans(),
        st.dictionaries(keys, st.one_of(text, st.lists(text, max_size=3)), max_size=8),
    )


def prepare(wizard, step):
    """Answer the steps before ``step`` validly, so the fuzzed POST reaches ``step``'s form."""
    wizard.client.get("/ajanvaraus/")
    if STEPS.index(step) > 0:
        wizard.choose_service()
    if STEPS.index(step) > 1:
        wizard.choose_time(first_free(wizard.page, wizard.service()))
    if STEPS.index(step) > 2:
        wizard.contact()


@pytest.mark.parametrize("step", STEPS)
def test_random_posts_never_cause_a_server_error(wizard, step):
    prepare(wizard, step)
    prefix = wizard.prefix

    @settings(
        max_examples=120,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        database=None,
    )
    @given(payload(step))
    def check(case):
        management, include_management, data = case
        if include_management:
            data = {**data, f"{prefix}-current_step": management}
        response = wizard.client.post(f"/ajanvaraus/varaa/{step}/", data)
        assert response.status_code < 500
        if response.status_code == 302 and response["Location"].startswith("/ajanvaraus/"):
            assert wizard.client.get(response["Location"]).status_code < 500

    check()
