"""Each academy rule is decided once (academy.rules): the engine, the pages, the mails and
the calendar give the same answer for the same edition at the same moment."""

import datetime as dt
import itertools

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from academy import rules
from academy.calendar_source import sync_edition
from academy.catalogue.queries import catalogue_courses
from academy.mailer import mail_context
from academy.models import (
    Edition,
    EditionStatus,
    OutgoingMail,
    Refund,
    Registration,
    RegistrationStatus,
)
from academy.services import payments
from academy.services import registration as services
from academy.services.errors import (
    DeadlinePassed,
    EditionAlreadyHeld,
    RegistrationClosed,
    RegistrationNotOpenYet,
)
from events.models import Occurrence

from .conftest import catalogue, course, edition, participant, user_with_participant
from .test_admin import edition_form_data

pytestmark = pytest.mark.django_db

S = RegistrationStatus
CancelledBy = rules.CancelledBy
PRICE = 4500


def fresh(ed):
    return Edition.objects.with_counts().get(pk=ed.pk)


def availability_now(ed, now):
    return rules.availability(fresh(ed), now)


def mark_full(ed):
    """Staff set the status to "vol" (without saving through the admin form)."""
    Edition.objects.filter(pk=ed.pk).update(status=EditionStatus.FULL)
    ed.refresh_from_db()
    return ed


def paid_registration(refund_percent=100, **edition_fields):
    page = course(prices={"professional": PRICE}, refund_percent=refund_percent)
    ed = edition(page, **edition_fields)
    registration = services.register(ed.pk, participant(participant_type="professional"))
    payments.apply_outcome(
        registration.payments.get(), "paid", event_id=f"evt_{registration.pk}", source="test"
    )
    registration.refresh_from_db()
    assert registration.status == S.CONFIRMED
    return registration


# "Vol" --------------------------------------------------------------------------------------


def test_edition_marked_full_puts_the_next_person_on_the_waiting_list_despite_free_places(
    academy,
):
    ed = mark_full(edition(capacity=10))
    now = timezone.now()

    assert availability_now(ed, now).state == rules.State.FULL
    registration = services.register(ed.pk, participant(), now=now)

    assert registration.status == S.WAITING


def test_edition_marked_full_shows_as_full_in_catalogue_course_page_and_agenda(client, academy):
    page = course(title="Levensverhalen opschrijven")
    ed = mark_full(edition(page, capacity=10))
    sync_edition(ed.pk)

    catalogue_html = client.get(catalogue().url).content.decode()
    course_html = client.get(page.url).content.decode()

    assert "Vol – wachtlijst" in catalogue_html
    assert "Aanmelden voor de wachtlijst" in course_html
    assert Occurrence.objects.get(entry__page_id=page.pk).status == "full"


def test_place_freed_in_an_edition_marked_full_stays_free_until_staff_open_it(
    academy, staff_client
):
    ed = edition(capacity=1)
    first = services.register(ed.pk, participant())
    waiting = services.register(ed.pk, participant())
    mark_full(ed)

    services.cancel(first)

    waiting.refresh_from_db()
    assert waiting.status == S.WAITING  # no offer while the edition is "vol"
    response = staff_client.post(
        reverse("academy_editions:edit", args=[ed.pk]),
        edition_form_data(ed, status=EditionStatus.OPEN),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    waiting.refresh_from_db()
    assert waiting.status == S.OFFERED


# Signing up: one answer for the engine and the pages ------------------------------------------


def _edition_in_state(page, case, now):
    """An edition of `page` for one combination of status, sign-up window and places:
    filled while sign-up is open, then given its status and window."""
    status, window, places = case
    ed = edition(page, capacity=2, first_start=now + dt.timedelta(days=5))
    if places in ("full", "waiting"):
        taken = [services.register(ed.pk, participant(), now=now) for _ in range(2)]
    if places == "waiting":
        services.register(ed.pk, participant(), now=now)
        # A place comes free while someone waits (an offer that was not made yet).
        Registration.objects.filter(pk=taken[0].pk).update(status=S.CANCELLED)
    window_fields = {
        "always": {},
        "opens_later": {"registration_opens": now + dt.timedelta(days=1)},
        "closed_early": {"registration_closes": now - dt.timedelta(hours=1)},
        "closes_after_start": {"registration_closes": ed.first_start + dt.timedelta(days=2)},
    }[window]
    Edition.objects.filter(pk=ed.pk).update(status=status, **window_fields)
    return fresh(ed)


CASES = list(
    itertools.product(
        [EditionStatus.OPEN, EditionStatus.FULL, EditionStatus.PLANNED],
        ["always", "opens_later", "closed_early", "closes_after_start"],
        ["free", "full", "waiting"],
    )
)


def test_engine_and_listings_do_what_the_pages_promise_in_every_state(academy, now):
    page = course(title="Elke toestand")
    for case in CASES:
        ed = _edition_in_state(page, case, now)
        shown = rules.availability(ed, now)
        signup_open = rules.signup_state(ed, now) == rules.State.OPEN
        # Listings sort open editions first with the same rule in SQL.
        in_sql = Edition.objects.filter(rules.signup_open_q(now), pk=ed.pk).exists()
        assert in_sql == signup_open, case
        # The engine does what the page promised.
        try:
            registration = services.register(ed.pk, participant(), now=now)
        except RegistrationNotOpenYet:
            assert shown.state == rules.State.NOT_OPEN_YET, case
        except RegistrationClosed:
            assert shown.state in (rules.State.CLOSED, rules.State.CANCELLED), case
        else:
            expected = {rules.State.OPEN: S.CONFIRMED, rules.State.FULL: S.WAITING}
            assert registration.status == expected.get(shown.state), case


def test_catalogue_puts_a_course_with_an_open_edition_first(academy, now):
    closed = course(title="Aanmelden gesloten")
    edition(closed, first_start=now + dt.timedelta(days=2), registration_closes=now)
    open_later = course(title="Later open")
    edition(open_later, first_start=now + dt.timedelta(days=9))

    listed = list(catalogue_courses(catalogue(), {}, now))

    assert [page.pk for page in listed][:2] == [open_later.pk, closed.pk]
    assert [page.catalogue_group for page in listed][:2] == [0, 1]


def test_sign_up_closes_when_the_first_session_starts_even_if_set_later(academy):
    start = timezone.now() + dt.timedelta(days=3)
    ed = edition(starts_in_days=3, registration_closes=start + dt.timedelta(days=7))
    start = ed.first_start

    assert rules.registration_closes(ed) == start
    services.register(ed.pk, participant(), now=start - dt.timedelta(seconds=1))
    with pytest.raises(RegistrationClosed):
        services.register(ed.pk, participant(), now=start)


# Cancelling ----------------------------------------------------------------------------------


def test_a_person_can_cancel_until_the_deadline_and_not_at_it(academy):
    ed = edition(starts_in_days=10)
    deadline = rules.cancellation_deadline(ed)
    assert deadline == ed.first_start - dt.timedelta(hours=24)
    in_time = services.register(ed.pk, participant())
    too_late = services.register(ed.pk, participant())

    services.cancel(in_time, now=deadline - dt.timedelta(seconds=1))
    with pytest.raises(DeadlinePassed):
        services.cancel(too_late, now=deadline)


def test_pages_and_mails_offer_cancelling_exactly_when_the_engine_allows_it(client, academy):
    ed = edition(starts_in_days=10)
    deadline = rules.cancellation_deadline(ed)
    user, person = user_with_participant()
    registration = services.register(ed.pk, person)
    client.force_login(user)
    cancel_url = reverse("academy:cancel", args=[registration.pk])
    token_url = reverse("academy:registration", args=[registration.token])

    for moment, allowed in ((deadline - dt.timedelta(minutes=1), True), (deadline, False)):
        with time_machine.travel(moment, tick=False):
            mine = client.get(reverse("academy:mine")).content.decode()
            cancel_page = client.get(cancel_url).context
            token_page = client.get(token_url).context
            mail = mail_context("reminder", registration)
        assert (cancel_url in mine) is allowed
        assert cancel_page["can_cancel"] is allowed
        assert token_page["can_cancel"] is allowed
        assert mail["cancel_open"] is allowed


def test_staff_and_a_closed_account_may_end_a_place_after_the_deadline(academy):
    ed = edition(starts_in_days=10)
    late = rules.cancellation_deadline(ed) + dt.timedelta(hours=1)
    by_staff = services.register(ed.pk, participant())
    leaving = services.register(ed.pk, participant())

    services.cancel(by_staff, by=CancelledBy.STAFF, now=late)
    services.cancel(leaving, by=CancelledBy.ACCOUNT_CLOSED, now=late)

    assert Registration.objects.filter(pk__in=[by_staff.pk, leaving.pk]).live().count() == 0


def test_waiting_list_and_unpaid_places_can_be_left_after_the_deadline(academy):
    page = course(prices={"professional": PRICE})
    ed = edition(page, capacity=1, starts_in_days=10)
    holding = services.register(ed.pk, participant(participant_type="professional"))
    waiting = services.register(ed.pk, participant())
    late = rules.cancellation_deadline(ed) + dt.timedelta(hours=1)
    assert holding.status == S.AWAITING_PAYMENT and waiting.status == S.WAITING

    assert rules.may_cancel(holding, late) and rules.may_cancel(waiting, late)
    services.cancel(waiting, now=late)
    services.cancel(holding, now=late)


# Refunds -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "by, when, refund_percent, expected",
    [
        (CancelledBy.PARTICIPANT, "in_time", 50, PRICE // 2),
        (CancelledBy.PARTICIPANT, "in_time", 100, PRICE),
        (CancelledBy.ACCOUNT_CLOSED, "in_time", 50, PRICE // 2),
        (CancelledBy.ACCOUNT_CLOSED, "late", 50, 0),
        (CancelledBy.STAFF, "in_time", 100, 0),
        (CancelledBy.ACADEMY, "late", 0, PRICE),
    ],
)
def test_refund_follows_who_cancels_and_when(academy, by, when, refund_percent, expected):
    registration = paid_registration(refund_percent=refund_percent, starts_in_days=10)
    deadline = rules.cancellation_deadline(registration.edition)
    now = deadline - dt.timedelta(hours=1) if when == "in_time" else deadline
    payment = registration.payments.get()

    assert rules.refund_cents(payment, registration.edition, now, by) == expected
    if by is CancelledBy.ACADEMY:
        services.cancel_edition(registration.edition, now=now)
    else:
        services.cancel(registration, by=by, now=now)
    booked = sum(Refund.objects.filter(payment=payment).values_list("amount_cents", flat=True))
    assert booked == expected


def test_refund_shown_before_cancelling_equals_refund_booked(client, academy):
    user, person = user_with_participant(participant_type="professional")
    page = course(prices={"professional": PRICE}, refund_percent=40)
    ed = edition(page, starts_in_days=10)
    registration = services.register(ed.pk, person)
    payment = registration.payments.get()
    payments.apply_outcome(payment, "paid", event_id="evt_shown", source="test")
    client.force_login(user)
    url = reverse("academy:cancel", args=[registration.pk])
    moment = rules.cancellation_deadline(ed) - dt.timedelta(minutes=5)

    with time_machine.travel(moment, tick=False):
        shown = client.get(url).context["summary"]["refund_cents"]
        assert "€ 18,00" in client.get(url).content.decode()
        response = client.post(url)
    assert response.status_code == 302

    assert shown == PRICE * 40 // 100
    assert payment.refunds.get().amount_cents == shown


# Cancelling an edition -------------------------------------------------------------------------


def test_an_edition_that_took_place_cannot_be_cancelled(academy, staff_client):
    ed = edition(starts_in_days=3)
    services.register(ed.pk, participant())
    after = ed.last_end + dt.timedelta(minutes=1)
    cancel_url = reverse("academy_editions:cancel_edition", args=[ed.pk])
    registrations_url = reverse("academy_editions:registrations", args=[ed.pk])

    with pytest.raises(EditionAlreadyHeld):
        services.cancel_edition(ed, reason="Te laat bedacht", now=after)
    with time_machine.travel(after, tick=False):
        overview = staff_client.get(registrations_url)
        response = staff_client.post(cancel_url, {"reason": "Te laat bedacht", "confirm": "on"})

    assert cancel_url not in overview.content.decode()  # no button for it
    assert response.status_code == 409
    assert "Deze editie heeft al plaatsgevonden" in response.content.decode()
    ed.refresh_from_db()
    assert ed.status == EditionStatus.OPEN
    assert Registration.objects.filter(edition=ed).live().count() == 1
    assert not OutgoingMail.objects.filter(kind="edition_cancelled").exists()


def test_a_completed_edition_cannot_be_cancelled(academy):
    ed = edition(starts_in_days=3)
    Edition.objects.filter(pk=ed.pk).update(status=EditionStatus.COMPLETED)
    ed.refresh_from_db()

    with pytest.raises(EditionAlreadyHeld) as refused:
        services.cancel_edition(ed, now=timezone.now())
    assert "al plaatsgevonden" in str(refused.value.message)
