"""The one registration engine: register, cancel, waiting list, offers, moves.

Every function locks the edition(s) it changes before it counts places, so the
number of confirmed registrations (plus open offers) never exceeds the capacity,
whatever runs at the same time. Mails are written to the outbox in the same
transaction and sent after it commits (see academy.notifications).
"""

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .. import notifications, rules
from ..models import (
    ACTIVE_PAYMENT_STATUSES,
    LIVE_STATUSES,
    PLACE_TAKING_STATUSES,
    AccreditationRegister,
    CourseAccreditation,
    Edition,
    EditionStatus,
    Payment,
    ProfessionalRegistration,
    Registration,
    RegistrationStatus,
)
from ..models.editions import PlaceCounts
from . import audit, charges
from .errors import (
    AlreadyRegistered,
    AlreadyWaiting,
    DeadlinePassed,
    EditionAlreadyHeld,
    EditionFull,
    InvalidAnswers,
    NoOpenOffer,
    NotFound,
    NotLive,
    OfferExpired,
    RegistrationClosed,
    RegistrationNotOpenYet,
)
from .locking import lock_editions, owns_transaction

Status = RegistrationStatus
CancelledBy = rules.CancelledBy
OFFER_HOURS = getattr(settings, "ACADEMY_OFFER_HOURS", 48)
MIN_OFFER = dt.timedelta(hours=2)


@dataclass
class Answers:
    """What the person filled in on the registration form."""

    dietary: str = ""
    accessibility: str = ""
    motivation: str = ""
    wants_accreditation: bool = False
    register_id: int | None = None
    register_number: str = ""


def check_open(edition, now, staff=False):
    """Raise the reason why this edition takes no registrations now (nothing when it does).
    The sign-up period is rules.signup_state's; staff may register someone who phones in
    outside it, as long as the edition is neither cancelled nor completed."""
    if edition.status in (EditionStatus.CANCELLED, EditionStatus.COMPLETED):
        raise RegistrationClosed()
    if staff:
        return
    state = rules.signup_state(edition, now)
    if state == rules.State.NOT_OPEN_YET:
        raise RegistrationNotOpenYet()
    if state != rules.State.OPEN:
        raise RegistrationClosed()


def _clean_answers(edition, participant, answers):
    answers = answers or Answers()
    course = edition.course if edition.course_id else None
    values = {
        "dietary": answers.dietary.strip()[:300] if course and course.ask_dietary else "",
        "accessibility": answers.accessibility.strip()[:300],
        "motivation": answers.motivation.strip()[:2000],
        "wants_accreditation": False,
        "register": None,
        "register_number": "",
    }
    if answers.wants_accreditation:
        # One look-up: the register, if this course gives points for it.
        register = None
        if course is not None and answers.register_id is not None:
            register = AccreditationRegister.objects.filter(
                pk=answers.register_id,
                pk__in=CourseAccreditation.objects.filter(course_id=course.pk).values(
                    "register_id"
                ),
            ).first()
        if register is None:
            raise InvalidAnswers(
                _("Voor dit register geeft deze training geen accreditatiepunten.")
            )
        try:
            number = register.clean_number(answers.register_number)
        except ValidationError as error:
            raise InvalidAnswers(error.messages[0]) from error
        values.update(wants_accreditation=True, register=register, register_number=number)
    return values


def _edition_with_course(edition):
    """`edition` as given (an Edition with its course, as the enrol page loaded it) or
    read by its id. Only its course is used as it is: the edition's own row is read again
    under the lock."""
    if isinstance(edition, Edition):
        return edition
    try:
        return Edition.objects.select_related("course").get(pk=int(edition))
    except (Edition.DoesNotExist, TypeError, ValueError) as error:
        raise NotFound() from error


def _price(course, participant_type):
    return course.price_for(participant_type) if course is not None else 0


@dataclass
class _Prepared:
    """What a registration takes from the course, worked out before the edition is locked:
    neither the prices nor the questions are guarded by the edition's lock (editors change
    them without it), and the lock is held for a shorter time without this work."""

    price_cents: int
    values: dict
    invalid: InvalidAnswers | None = None


def _prepare(edition, participant, answers):
    try:
        values, invalid = _clean_answers(edition, participant, answers), None
    except InvalidAnswers as error:
        values, invalid = {}, error  # raised under the lock, after the checks that come first
    return _Prepared(_price(edition.course, participant.participant_type), values, invalid)


@dataclass(frozen=True)
class _Places:
    """Under the lock: the edition's counts and whether this person is in it already."""

    counts: PlaceCounts
    own_live: int
    own_waiting: int


def _count_places_and_own(edition, participant):
    """One query, after the lock (so nothing committed before it is missed): the places
    taken and people waiting (Edition.count_places), and the person's own live
    registration in this edition (the duplicate check)."""
    own = Q(participant=participant)
    counts, own_counts = edition.count_places(
        own_live=Count("pk", filter=own & Q(status__in=LIVE_STATUSES)),
        own_waiting=Count("pk", filter=own & Q(status=Status.WAITING)),
    )
    return _Places(counts=counts, **own_counts)


def _existing_live(edition, participant):
    return edition.registrations.live().filter(participant=participant).first()


def _raise_duplicate(existing):
    _raise_duplicate_status(existing.status)


def _raise_duplicate_status(status):
    if status == Status.WAITING:
        raise AlreadyWaiting()
    raise AlreadyRegistered()


def _after_commit_availability(edition):
    from ..calendar_source import sync_edition_later

    sync_edition_later(edition.pk)


def _give_place(registration, now):
    """The place is theirs: confirmed, or held while they pay online for a paid training."""
    if rules.needs_online_payment(registration):
        registration.status = Status.AWAITING_PAYMENT
    else:
        registration.status = Status.CONFIRMED
        registration.confirmed_at = now


def _after_place_given(registration, now):
    """After the save: the confirmation mail, and the payment or invoice of a paid place."""
    if registration.status == Status.CONFIRMED:
        notifications.registration_confirmed(registration)
    charges.place_taken(registration, now)


def _place_or_wait(edition, registration, now, allow_waiting_list, counts=None):
    """Give a place or put on the waiting list. Returns True when this took the last place.
    `counts`: the edition's PlaceCounts when the caller counted them under the lock."""
    if counts is None:
        counts = edition.count_places()
    if rules.newcomer_gets_place(edition, counts):
        _give_place(registration, now)
        return rules.free_places(edition, counts) == 1
    if allow_waiting_list:
        registration.status = Status.WAITING
        registration.waiting_since = now
        return False
    raise EditionFull()


@owns_transaction
def _register(
    loaded, participant, prepared, channel, registered_by, allow_waiting_list, billing, now
):
    # The edition's row as it is now, locked (only the row: its course is `loaded`'s).
    edition = lock_editions(loaded.pk, queryset=Edition.objects.all())[loaded.pk]
    if edition.course_id == loaded.course_id:
        edition.course = loaded.course
    staff = channel == Registration.Channel.STAFF
    check_open(edition, now, staff)
    places = _count_places_and_own(edition, participant)
    if places.own_live:
        _raise_duplicate_status(Status.WAITING if places.own_waiting else Status.CONFIRMED)
    if prepared.invalid is not None:
        raise prepared.invalid
    registration = Registration(
        edition=edition,
        participant=participant,
        participant_type=participant.participant_type,
        price_cents=prepared.price_cents,
        channel=channel,
        registered_by=registered_by,
        billing=billing.as_dict() if billing is not None else {},
        **prepared.values,
    )
    took_last_place = _place_or_wait(
        edition, registration, now, allow_waiting_list, counts=places.counts
    )
    registration.save()
    if registration.status == Status.WAITING:
        notifications.waiting_list_joined(registration)
    else:
        _after_place_given(registration, now)
        if took_last_place:  # the agenda now shows the date as full
            _after_commit_availability(edition)
    return registration


def register(
    edition, participant, answers=None, *, allow_waiting_list=True, billing=None, now=None
):
    """The person signs up on the website: a place, or a place on the waiting list when the
    edition is full. In a paid training the place waits for the online payment, or with
    `billing` (services.charges.Billing) it is confirmed and an invoice is sent.

    `edition`: its id, or the Edition the caller has loaded with its course (and, to save
    a look-up, the course's prices prefetched); its row is read again under the lock."""
    return _register_once(
        edition,
        participant,
        answers,
        Registration.Channel.ONLINE,
        None,
        allow_waiting_list,
        billing,
        now or timezone.now(),
    )


def register_by_staff(
    edition_id,
    person,
    answers=None,
    *,
    by,
    allow_waiting_list=True,
    billing=None,
    now=None,
):
    """Staff register someone who phoned or walked in, also outside the sign-up period.
    `person` may be a new participant not saved yet: it is saved with the registration, or
    not at all. A register number in `answers` is checked as on the website and kept on
    the person too. The audit trail records who did it, in the same transaction."""
    now = now or timezone.now()
    new_person = person.pk is None
    with transaction.atomic():
        if new_person:
            person.save()
        registration = _register_once(
            edition_id,
            person,
            answers,
            Registration.Channel.STAFF,
            by,
            allow_waiting_list,
            billing,
            now,
        )
        if registration.wants_accreditation:
            # The number staff took down is the person's, for the next time too.
            ProfessionalRegistration.objects.update_or_create(
                participant=person,
                register=registration.register,
                defaults={"number": registration.register_number},
            )
        audit.log_registration_action(
            audit.REGISTERED_BY_STAFF, registration, by, new_person=new_person
        )
    return registration


def _register_once(edition, participant, answers, *args):
    loaded = _edition_with_course(edition)
    prepared = _prepare(loaded, participant, answers)
    try:
        return _register(loaded, participant, prepared, *args)
    except IntegrityError as error:
        # Two requests of the same person at once: the database constraint caught the second.
        existing = _existing_live(loaded, participant)
        if existing is None:
            raise
        _raise_duplicate(existing)
        raise AssertionError from error  # pragma: no cover


def offer_validity(edition, now):
    """How long an offered place is kept: 48 hours, less when the start is near."""
    full = dt.timedelta(hours=OFFER_HOURS)
    if edition.first_start is None:
        return full
    until_start = edition.first_start - now
    return max(min(full, until_start / 2), min(MIN_OFFER, until_start))


def _offer_free_places(edition, now):
    """Offer every free place to the next people on the waiting list (edition is locked)."""
    if edition.status in (EditionStatus.CANCELLED, EditionStatus.COMPLETED):
        return []
    if edition.first_start is not None and edition.first_start <= now:
        return []
    free = rules.free_places(edition, edition.count_places())
    offered = []
    if free <= 0:
        return offered
    for registration in edition.registrations.waiting_in_order()[:free]:
        registration.status = Status.OFFERED
        registration.offered_at = now
        registration.offer_expires_at = now + offer_validity(edition, now)
        registration.save()
        notifications.place_offered(registration)
        offered.append(registration)
    return offered


def _lock_registration(registration_id):
    registration = (
        Registration.objects.select_related("edition", "participant")
        .filter(pk=registration_id)
        .first()
    )
    if registration is None:
        raise NotFound()
    lock_editions(registration.edition_id)
    registration.refresh_from_db()
    return registration


@owns_transaction
def _cancel(registration_id, by, reason, staff_user, now):
    registration = _lock_registration(registration_id)
    edition = registration.edition
    edition.refresh_from_db()
    if not registration.is_live:
        raise NotLive()
    if not rules.may_cancel(registration, now, by):
        raise DeadlinePassed()
    was = registration.status
    registration.status = Status.REMOVED if was == Status.WAITING else Status.CANCELLED
    registration.ended_at = now
    registration.end_reason = reason[:300]
    registration.save()
    if was == Status.WAITING:
        notifications.waiting_list_left(registration)
    else:
        notifications.registration_cancelled(registration)
        _end_payments(registration, now, reason or _("Afgemeld"), by)
        _offer_free_places(edition, now)
        _after_commit_availability(edition)
    if by is CancelledBy.STAFF:
        audit.log_registration_action(audit.CANCELLED_BY_STAFF, registration, staff_user)
    return registration


def _end_payments(registration, now, reason, by):
    """What was paid goes back as rules.refund_cents says for `by`; what was not paid yet
    is called off."""
    charges.registration_ended(registration, now, by=by, reason=reason)


def cancel(registration, *, by=CancelledBy.PARTICIPANT, reason="", staff_user=None, now=None):
    """End a registration or waiting-list place; a freed place goes to the waiting list.
    `by` (rules.CancelledBy) decides whether the deadline applies and what is refunded;
    when staff cancel, `staff_user` is who, for the audit trail."""
    return _cancel(registration.pk, by, reason, staff_user, now or timezone.now())


def leave_waiting_list(registration, *, now=None):
    if registration.status != Status.WAITING:
        raise NotLive(_("U staat niet (meer) op de wachtlijst voor deze datum."))
    return cancel(registration, now=now)


@owns_transaction
def _answer_offer(registration_id, accept, now):
    registration = _lock_registration(registration_id)
    edition = registration.edition
    edition.refresh_from_db()
    if registration.status != Status.OFFERED:
        if registration.status == Status.EXPIRED:
            raise OfferExpired()
        raise NoOpenOffer()
    if registration.offer_expires_at and now >= registration.offer_expires_at:
        _expire(registration, now)
        _offer_free_places(edition, now)
        return registration, False
    if accept:
        _give_place(registration, now)
        registration.save()
        _after_place_given(registration, now)
    else:
        registration.status = Status.DECLINED
        registration.ended_at = now
        registration.save()
        notifications.offer_declined(registration)
        _offer_free_places(edition, now)
    _after_commit_availability(edition)
    return registration, True


def accept_offer(registration, *, now=None):
    registration, answered = _answer_offer(registration.pk, True, now or timezone.now())
    if not answered:
        raise OfferExpired()
    return registration


def decline_offer(registration, *, now=None):
    registration, answered = _answer_offer(registration.pk, False, now or timezone.now())
    if not answered:
        raise OfferExpired()
    return registration


def _expire(registration, now):
    registration.status = Status.EXPIRED
    registration.ended_at = now
    registration.save()
    notifications.offer_expired(registration)


@owns_transaction
def _expire_edition_offers(edition_id, now):
    edition = lock_editions(edition_id)[edition_id]
    expired = edition.registrations.filter(status=Status.OFFERED, offer_expires_at__lte=now)
    count = 0
    for registration in expired:
        _expire(registration, now)
        count += 1
    _offer_free_places(edition, now)
    return count


def expire_offers(*, now=None):
    """Offers nobody answered in time go to the next person. Run from cron every few minutes."""
    now = now or timezone.now()
    edition_ids = (
        Registration.objects.filter(status=Status.OFFERED, offer_expires_at__lte=now)
        .values_list("edition_id", flat=True)
        .distinct()
    )
    return sum(_expire_edition_offers(edition_id, now) for edition_id in list(edition_ids))


@owns_transaction
def _fill(edition_id, now):
    edition = lock_editions(edition_id)[edition_id]
    return _offer_free_places(edition, now)


def fill_free_places(edition, *, now=None):
    """After staff add places: offer them to the waiting list."""
    return _fill(edition.pk, now or timezone.now())


@owns_transaction
def _move(registration_id, to_edition_id, by, now):
    registration = Registration.objects.filter(pk=registration_id).first()
    if registration is None:
        raise NotFound()
    editions = lock_editions(registration.edition_id, to_edition_id)
    registration.refresh_from_db()
    old, new = editions[registration.edition_id], editions[int(to_edition_id)]
    if not registration.is_live:
        raise NotLive()
    if old.pk == new.pk:
        raise AlreadyRegistered()
    if new.status in (EditionStatus.CANCELLED, EditionStatus.COMPLETED):
        raise RegistrationClosed()
    existing = _existing_live(new, registration.participant)
    if existing is not None:
        _raise_duplicate(existing)
    held_place = registration.status in PLACE_TAKING_STATUSES
    moved = Registration(
        edition=new,
        participant=registration.participant,
        participant_type=registration.participant_type,
        price_cents=registration.price_cents,
        channel=Registration.Channel.STAFF,
        registered_by=by,
        billing=registration.billing,
        dietary=registration.dietary,
        accessibility=registration.accessibility,
        motivation=registration.motivation,
        wants_accreditation=registration.wants_accreditation,
        register=registration.register,
        register_number=registration.register_number,
    )
    _place_or_wait(new, moved, now, allow_waiting_list=True)
    moved.save()
    registration.status = Status.CANCELLED
    registration.ended_at = now
    registration.end_reason = "moved"
    registration.moved_to = moved
    registration.save()
    # What was paid or invoiced goes with the person to the new date.
    Payment.objects.filter(registration=registration, status__in=ACTIVE_PAYMENT_STATUSES).update(
        registration=moved
    )
    notifications.registration_moved(registration, moved)
    audit.log_registration_action(audit.MOVED_BY_STAFF, moved, by, from_edition=old.pk)
    if held_place:
        _offer_free_places(old, now)
    _after_commit_availability(old)
    _after_commit_availability(new)
    return moved


def move(registration, to_edition_id, *, by=None, now=None):
    """Staff (`by`) move someone to another edition: a place there, or its waiting list when
    it is full."""
    return _move(registration.pk, to_edition_id, by, now or timezone.now())


@owns_transaction
def _cancel_edition(edition_id, reason, by, now):
    edition = lock_editions(edition_id)[edition_id]
    if edition.status == EditionStatus.CANCELLED:
        return edition, 0
    if not rules.edition_can_be_cancelled(edition, now):
        raise EditionAlreadyHeld()
    edition.status = EditionStatus.CANCELLED
    edition.save(update_fields=["status", "updated"])
    count = 0
    for registration in edition.registrations.live():
        registration.status = Status.CANCELLED
        registration.ended_at = now
        registration.end_reason = reason[:300] or "edition cancelled"
        registration.save()
        notifications.edition_cancelled(registration, reason)
        _end_payments(
            registration, now, reason or _("De editie gaat niet door."), CancelledBy.ACADEMY
        )
        count += 1
    audit.log_edition_cancelled(edition, by, told=count)
    _after_commit_availability(edition)
    return edition, count


def cancel_edition(edition, *, reason="", by=None, now=None):
    """Staff (`by`) cancel a whole edition: everyone is told, feeds show it as cancelled.
    An edition that has already taken place cannot be cancelled."""
    return _cancel_edition(edition.pk, reason, by, now or timezone.now())


def get_edition(edition_id):
    try:
        return Edition.objects.get(pk=int(edition_id))
    except (Edition.DoesNotExist, TypeError, ValueError) as error:
        raise NotFound() from error


# Called by services.payments with the edition locked ---------------------------------------


def confirm_paid(registration, now):
    """The payment for a held place came in: the place is confirmed. The number of free
    places stays the same (a held place counts as taken), so the agenda needs no sync."""
    registration.status = Status.CONFIRMED
    registration.confirmed_at = now
    registration.save()
    notifications.registration_confirmed(registration)


def release_unpaid(registration, now, reason):
    """The payment failed or was not finished in time: the held place goes to the next
    person on the waiting list."""
    registration.status = Status.NOT_PAID
    registration.ended_at = now
    registration.end_reason = str(reason)[:300]
    registration.save()
    notifications.payment_not_received(registration)
    _offer_free_places(registration.edition, now)
    _after_commit_availability(registration.edition)


def reinstate_paid(registration, now):
    """A payment that arrived after its hold ran out: the place is given back when one is
    still free. False when it is not (the caller refunds)."""
    edition = registration.edition
    if edition.status in (EditionStatus.CANCELLED, EditionStatus.COMPLETED):
        return False
    if edition.first_start is not None and edition.first_start <= now:
        return False
    if _existing_live(edition, registration.participant) is not None:
        return False
    if rules.free_places(edition, edition.count_places()) <= 0:
        return False
    registration.status = Status.CONFIRMED
    registration.confirmed_at = now
    registration.ended_at = None
    registration.end_reason = ""
    registration.save()
    notifications.registration_confirmed(registration)
    _after_commit_availability(edition)
    return True
