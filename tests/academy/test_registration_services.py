"""The registration engine's rules, through its service functions."""

import datetime as dt

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from academy.models import OutgoingMail, Registration, RegistrationStatus
from academy.services import errors
from academy.services import registration as services

from .conftest import course, edition, participant

pytestmark = pytest.mark.django_db

S = RegistrationStatus


def statuses(ed):
    return list(
        Registration.objects.filter(edition=ed).order_by("pk").values_list("status", flat=True)
    )


def test_places_then_waiting_list_in_order(academy):
    ed = edition(capacity=2)
    people = [participant() for _ in range(4)]
    results = [services.register(ed.pk, person) for person in people]
    assert [r.status for r in results] == [S.CONFIRMED, S.CONFIRMED, S.WAITING, S.WAITING]
    assert results[2].waiting_since <= results[3].waiting_since


def test_full_without_waiting_list_is_refused(academy):
    ed = edition(capacity=1)
    services.register(ed.pk, participant())
    with pytest.raises(errors.EditionFull):
        services.register(ed.pk, participant(), allow_waiting_list=False)
    assert Registration.objects.filter(edition=ed).count() == 1


def test_duplicate_registration_is_refused_and_nothing_saved(academy):
    ed = edition(capacity=5)
    person = participant()
    services.register(ed.pk, person)
    with pytest.raises(errors.AlreadyRegistered) as caught:
        services.register(ed.pk, person)
    assert caught.value.status == 409
    assert Registration.objects.filter(edition=ed).count() == 1


def test_waiting_person_registering_again_hears_they_are_waiting(academy):
    ed = edition(capacity=1)
    services.register(ed.pk, participant())
    person = participant()
    services.register(ed.pk, person)
    with pytest.raises(errors.AlreadyWaiting):
        services.register(ed.pk, person)


def test_database_refuses_a_second_live_registration(academy):
    ed = edition(capacity=5)
    person = participant()
    services.register(ed.pk, person)
    with pytest.raises(IntegrityError), transaction.atomic():
        Registration.objects.create(
            edition=ed, participant=person, status=S.WAITING, participant_type="vrijwilliger"
        )


def test_registering_again_after_cancelling_is_allowed(academy):
    ed = edition(capacity=5)
    person = participant()
    first = services.register(ed.pk, person)
    services.cancel(first)
    again = services.register(ed.pk, person)
    assert again.status == S.CONFIRMED


@pytest.mark.parametrize(
    "fields, error",
    [
        ({"status": "geannuleerd"}, errors.RegistrationClosed),
        ({"status": "afgerond"}, errors.RegistrationClosed),
        ({"status": "gepland"}, errors.RegistrationNotOpenYet),
    ],
)
def test_closed_editions_refuse(academy, fields, error):
    ed = edition(**fields)
    with pytest.raises(error):
        services.register(ed.pk, participant())
    assert not Registration.objects.filter(edition=ed).exists()


def test_registration_window(academy):
    now = timezone.now()
    not_yet = edition(registration_opens=now + dt.timedelta(days=1))
    closed = edition(registration_closes=now - dt.timedelta(minutes=1))
    started = edition(starts_in_days=-1)
    with pytest.raises(errors.RegistrationNotOpenYet):
        services.register(not_yet.pk, participant())
    for ed in (closed, started):
        with pytest.raises(errors.RegistrationClosed):
            services.register(ed.pk, participant())


def test_staff_may_register_after_closing_but_not_beyond_capacity(academy):
    ed = edition(capacity=1, registration_closes=timezone.now() - dt.timedelta(hours=1))
    first = services.register_by_staff(ed.pk, participant(email=""), by=None)
    second = services.register_by_staff(ed.pk, participant(email=""), by=None)
    assert (first.status, second.status) == (S.CONFIRMED, S.WAITING)


def test_unknown_edition_is_not_found(academy):
    with pytest.raises(errors.NotFound) as caught:
        services.register(999_999, participant())
    assert caught.value.status == 404


def test_cancel_offers_the_place_to_the_first_waiting(academy):
    ed = edition(capacity=1, starts_in_days=10)
    holder = services.register(ed.pk, participant())
    first_waiting = services.register(ed.pk, participant())
    services.register(ed.pk, participant())
    services.cancel(holder)
    first_waiting.refresh_from_db()
    assert first_waiting.status == S.OFFERED
    assert first_waiting.offer_expires_at - first_waiting.offered_at == dt.timedelta(hours=48)
    assert statuses(ed) == [S.CANCELLED, S.OFFERED, S.WAITING]
    assert OutgoingMail.objects.filter(kind="offer", registration=first_waiting).count() == 1


def test_offer_is_shorter_close_to_the_start(academy):
    ed = edition(capacity=1, starts_in_days=1)
    now = timezone.now()
    assert services.offer_validity(ed, now) == (ed.first_start - now) / 2
    assert services.offer_validity(ed, ed.first_start - dt.timedelta(hours=1)) == dt.timedelta(
        hours=1
    )


def test_accept_and_decline_offers(academy):
    ed = edition(capacity=1)
    holder = services.register(ed.pk, participant())
    a = services.register(ed.pk, participant())
    b = services.register(ed.pk, participant())
    services.cancel(holder)
    services.decline_offer(a)
    b.refresh_from_db()
    assert b.status == S.OFFERED
    services.accept_offer(b)
    assert statuses(ed) == [S.CANCELLED, S.DECLINED, S.CONFIRMED]
    with pytest.raises(errors.NoOpenOffer):
        services.accept_offer(b)


def test_expired_offer_goes_to_the_next_person(academy):
    ed = edition(capacity=1)
    holder = services.register(ed.pk, participant())
    a = services.register(ed.pk, participant())
    b = services.register(ed.pk, participant())
    services.cancel(holder)
    a.refresh_from_db()
    later = a.offer_expires_at + dt.timedelta(seconds=1)
    assert services.expire_offers(now=later) == 1
    a.refresh_from_db()
    b.refresh_from_db()
    assert (a.status, b.status) == (S.EXPIRED, S.OFFERED)
    with pytest.raises(errors.OfferExpired) as caught:
        services.accept_offer(a, now=later)
    assert caught.value.status == 410


def test_accepting_too_late_expires_the_offer(academy):
    ed = edition(capacity=1)
    holder = services.register(ed.pk, participant())
    a = services.register(ed.pk, participant())
    services.cancel(holder)
    a.refresh_from_db()
    with pytest.raises(errors.OfferExpired):
        services.accept_offer(a, now=a.offer_expires_at + dt.timedelta(minutes=1))
    a.refresh_from_db()
    assert a.status == S.EXPIRED


def test_cancel_after_deadline_is_refused_for_participants_not_staff(academy, now):
    # Within the 24 hours before the start, and not started ("today at 19:30" has, at 23:00).
    ed = edition(capacity=3, first_start=now + dt.timedelta(hours=12))
    reg = services.register_by_staff(ed.pk, participant(), by=None)
    with pytest.raises(errors.DeadlinePassed):
        services.cancel(reg)
    services.cancel(reg, by=services.CancelledBy.STAFF, reason="Gebeld")
    reg.refresh_from_db()
    assert reg.status == S.CANCELLED and reg.end_reason == "Gebeld"


def test_leave_waiting_list(academy):
    ed = edition(capacity=1)
    services.register(ed.pk, participant())
    waiting = services.register(ed.pk, participant())
    services.leave_waiting_list(waiting)
    waiting.refresh_from_db()
    assert waiting.status == S.REMOVED
    with pytest.raises(errors.NotLive):
        services.cancel(waiting)


def test_move_to_another_edition(academy):
    page = course()
    old = edition(page, capacity=1)
    new = edition(page, capacity=1, starts_in_days=30)
    person = participant()
    reg = services.register(old.pk, person)
    waiting = services.register(old.pk, participant())
    moved = services.move(reg, new.pk)
    reg.refresh_from_db()
    waiting.refresh_from_db()
    assert moved.edition == new and moved.status == S.CONFIRMED
    assert reg.status == S.CANCELLED and reg.moved_to == moved
    assert waiting.status == S.OFFERED
    with pytest.raises(errors.AlreadyRegistered):
        services.move(moved, new.pk)


def test_move_to_a_full_edition_joins_its_waiting_list(academy):
    page = course()
    old, new = edition(page, capacity=2), edition(page, capacity=1, starts_in_days=30)
    services.register(new.pk, participant())
    reg = services.register(old.pk, participant())
    assert services.move(reg, new.pk).status == S.WAITING


def test_cancel_edition_ends_everyone(academy):
    ed = edition(capacity=1)
    regs = [services.register(ed.pk, participant()) for _ in range(3)]
    _, count = services.cancel_edition(ed, reason="Te weinig aanmeldingen")
    assert count == 3
    assert statuses(ed) == [S.CANCELLED] * 3
    assert OutgoingMail.objects.filter(kind="edition_cancelled").count() == 3
    with pytest.raises(errors.RegistrationClosed):
        services.register(ed.pk, participant())
    assert len(regs) == 3


def test_more_places_are_offered_to_the_waiting_list(academy):
    ed = edition(capacity=1)
    services.register(ed.pk, participant())
    waiting = [services.register(ed.pk, participant()) for _ in range(3)]
    ed.capacity = 3
    ed.save()
    offered = services.fill_free_places(ed)
    assert [r.pk for r in offered] == [waiting[0].pk, waiting[1].pk]


def test_price_and_answers_are_kept(academy):
    from academy.models import AccreditationRegister

    big = AccreditationRegister.objects.get(short_name="BIG")
    page = course(
        prices={"professional": 4500, "vrijwilliger": 0},
        accreditations=[(big, "BIG-123", 3)],
        ask_dietary=True,
    )
    ed = edition(page)
    pro = participant(participant_type="professional")
    answers = services.Answers(
        dietary="Vegetarisch",
        wants_accreditation=True,
        register_id=big.pk,
        register_number="123 456 789 01",
    )
    reg = services.register(ed.pk, pro, answers)
    assert (reg.price_cents, reg.dietary, reg.register_number) == (
        4500,
        "Vegetarisch",
        "12345678901",
    )


@pytest.mark.parametrize("number", ["", "1234", "abcdefghijk"])
def test_bad_register_number_is_refused(academy, number):
    from academy.models import AccreditationRegister

    big = AccreditationRegister.objects.get(short_name="BIG")
    ed = edition(course(accreditations=[(big, "BIG-1", 2)]))
    answers = services.Answers(wants_accreditation=True, register_id=big.pk, register_number=number)
    with pytest.raises(errors.InvalidAnswers) as caught:
        services.register(ed.pk, participant(participant_type="professional"), answers)
    assert caught.value.status == 400
    assert not Registration.objects.filter(edition=ed).exists()


def test_mails_for_confirmation_and_waiting(academy):
    ed = edition(capacity=1)
    first = services.register(ed.pk, participant())
    second = services.register(ed.pk, participant())
    kinds = dict(OutgoingMail.objects.values_list("registration_id", "kind"))
    assert kinds == {first.pk: "confirmation", second.pk: "waiting_list"}


def test_phone_only_participant_gets_no_mail_but_a_place(academy):
    ed = edition(capacity=1)
    reg = services.register_by_staff(ed.pk, participant(email=""), by=None)
    assert reg.status == S.CONFIRMED
    assert not OutgoingMail.objects.exists()


def test_capacity_cannot_drop_below_the_places_taken(academy):
    from django.core.exceptions import ValidationError

    ed = edition(capacity=3)
    for _ in range(3):
        services.register(ed.pk, participant())
    ed.capacity = 2
    with pytest.raises(ValidationError) as caught:
        ed.full_clean()
    assert "capacity" in caught.value.message_dict
    ed.capacity = 4
    ed.full_clean()
