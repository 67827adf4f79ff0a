"""What one registration through the enrol page costs in queries (issue 17, "Speed").

A signed-in person who saw the enrol page presses "Aanmelden". The counts are pinned
exactly, so a query that creeps back shows up here with the SQL printed (pytest -s).

Counted from the session look-up on: which Wagtail site answers the request is the site
middleware's business (cms.site_lookup, cached), not the registration's. In these tests the
service's transaction is a savepoint inside the test's transaction; in production it is
BEGIN (IMMEDIATE on SQLite) and COMMIT, the same number of statements on SQLite (on
PostgreSQL BEGIN and COMMIT are not logged, and the lock adds SET LOCAL lock_timeout).
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from academy.models import Registration, RegistrationStatus
from academy.services import registration as services

from .conftest import course, edition, participant, user_with_participant

pytestmark = pytest.mark.django_db

S = RegistrationStatus

# Every registration, in this order:
SIGNED_IN = [
    "django_session",  # the session
    "auth_user",  # the signed-in user
    # Their participant, with the account's verified primary address that it follows
    # (academy.accounts.ensure_participant): one query.
    "academy_participant",
]
REGISTERED = [
    # The edition with its course page, and whether the person has a place in another
    # edition of the course (then the enrol page asks first): one query.
    "academy_edition",
    "academy_courseprice",  # the course's prices, for the form and for the engine
    "SAVEPOINT",  # the engine's transaction (BEGIN IMMEDIATE on SQLite)
    *(["SET LOCAL lock_timeout"] if connection.vendor == "postgresql" else []),
    "academy_edition",  # its row locked (FOR UPDATE on PostgreSQL)
    "academy_registration",  # places taken, waiting, and the person's own (duplicate check)
    'INSERT INTO "academy_registration"',
    "SAVEPOINT",  # the outbox's savepoint: a mail key that exists already is no error
    'INSERT INTO "academy_outgoingmail"',  # the mail, in the same transaction
    "RELEASE SAVEPOINT",
    "RELEASE SAVEPOINT",  # COMMIT
]


def _post(client, ed, data=None):
    """POST the enrol form after a GET of the page; the SQL of the POST from the session
    look-up on."""
    url = reverse("academy:enrol", args=[ed.pk])
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.post(url, data or {})
    queries = [query["sql"] for query in captured.captured_queries]
    first = next(n for n, sql in enumerate(queries) if '"django_session"' in sql)
    for number, sql in enumerate(queries[first:], 1):
        print(number, sql[:200])
    return response, queries[first:]


def _assert_made(queries, expected):
    assert len(queries) == len(expected), "\n".join(queries)
    for sql, what in zip(queries, expected, strict=True):
        # A statement ("SAVEPOINT", "INSERT INTO ...") starts the SQL; a table is in it.
        found = sql.startswith(what) if what[0].isupper() else f'"{what}"' in sql
        assert found, f"expected {what!r}, got {sql[:200]}"


def _signed_in(client, **kwargs):
    user, person = user_with_participant(**kwargs)
    client.force_login(user)
    return person


def test_a_free_place_costs_the_pinned_queries(client, academy):
    ed = edition(capacity=5)
    person = _signed_in(client)
    response, queries = _post(client, ed)
    assert response.status_code == 302
    assert Registration.objects.get(edition=ed, participant=person).status == S.CONFIRMED
    _assert_made(queries, SIGNED_IN + REGISTERED)


def test_a_place_on_the_waiting_list_adds_only_the_position(client, academy):
    ed = edition(capacity=1)
    services.register(ed.pk, participant())
    person = _signed_in(client)
    response, queries = _post(client, ed)
    assert response.status_code == 302
    assert Registration.objects.get(edition=ed, participant=person).status == S.WAITING
    # The message names the place on the list, counted after the commit.
    _assert_made(queries, SIGNED_IN + REGISTERED + ["SELECT COUNT(*)"])


def test_a_professional_of_an_accredited_course_adds_the_registers(client, academy):
    from academy.models import AccreditationRegister

    register = AccreditationRegister.objects.create(
        name="Kwaliteitsregister V&VN", short_name="V&VN"
    )
    ed = edition(course(accreditations=[(register, "ABC-1", 2)]), capacity=5)
    _signed_in(client, participant_type="professional")
    response, queries = _post(client, ed)
    assert response.status_code == 302
    # The form offers points: the course's registers and the person's known numbers.
    expected = (
        SIGNED_IN
        + REGISTERED[:2]
        + [
            "academy_courseaccreditation",
            "academy_accreditationregister",
            "academy_professionalregistration",
        ]
        + REGISTERED[2:]
    )
    _assert_made(queries, expected)


def test_a_paid_place_writes_the_payment_in_the_same_transaction(client, academy):
    ed = edition(course(prices={"vrijwilliger": 2500}), capacity=5)
    person = _signed_in(client)
    response, queries = _post(client, ed, {"payment_method": "online"})
    assert response.status_code == 302
    registration = Registration.objects.get(edition=ed, participant=person)
    assert registration.status == S.AWAITING_PAYMENT
    before_mail = REGISTERED.index('INSERT INTO "academy_registration"') + 1
    registered = REGISTERED[:before_mail] + ['INSERT INTO "academy_payment"', "RELEASE SAVEPOINT"]
    paying = queries[len(SIGNED_IN) + len(registered) :]
    _assert_made(queries[: len(SIGNED_IN) + len(registered)], SIGNED_IN + registered)
    assert paying, "then the checkout is opened (academy.views.payments)"


def test_an_edition_of_an_event_page_reads_that_page_to_check_it_is_live(client, academy):
    from .test_event_registration import linked_edition, werkcafe

    ed = linked_edition(werkcafe(), capacity=5)
    person = _signed_in(client)
    response, queries = _post(client, ed)
    assert response.status_code == 302
    assert Registration.objects.get(edition=ed, participant=person).status == S.CONFIRMED
    # No course: no prices; the event page instead, for the 404 check of an unpublished one.
    event_page = ["academy_edition", "events_eventpage"]
    _assert_made(queries, SIGNED_IN + event_page + REGISTERED[2:])
