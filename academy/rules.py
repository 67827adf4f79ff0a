"""The academy's rules, each decided by exactly one function.

Is there a place for a newcomer? Is sign-up open? May this person still cancel? How much
is refunded? Every page, mail, feed, export and service asks here, so they cannot
disagree. The functions only read: the objects they are given and the moment `now` they
are given. The registration engine asks while it holds the edition's lock, with places
counted at that moment; pages ask with the counts of `Edition.objects.with_counts()`.

What "vol" means: staff mark an edition full when they want no more people in it, even
if the capacity would allow more. From then on nobody gets a place: newcomers join the
waiting list, and a freed place stays free (nobody on the waiting list is offered it)
until staff set the edition back to "open".
"""

import datetime as dt
import enum
from dataclasses import dataclass

from django.db.models import Q

from .models.choices import EditionStatus, RegistrationChannel, RegistrationStatus
from .models.editions import PlaceCounts

# Without a deadline of its own, a confirmed place can be given back until 24 hours
# before the first session.
DEFAULT_CANCELLATION_HOURS = 24
# Statuses in which the engine gives no place at all.
NO_PLACES_STATUSES = (EditionStatus.FULL, EditionStatus.CANCELLED, EditionStatus.COMPLETED)


# Places --------------------------------------------------------------------------------------


def place_counts(edition):
    """The counts of an edition from `Edition.objects.with_counts()`, or counted now."""
    if hasattr(edition, "taken_count"):
        return PlaceCounts(taken=edition.taken_count, waiting=edition.waiting_count)
    return edition.count_places()


def free_places(edition, counts):
    """Places the engine may still give away: to a newcomer or, by an offer, to the next
    person on the waiting list. None while the edition is "vol", cancelled or completed."""
    if edition.status in NO_PLACES_STATUSES:
        return 0
    return max(0, edition.capacity - counts.taken)


def newcomer_gets_place(edition, counts):
    """A newcomer gets a place only when one is free and nobody waits: whoever waits is
    first in line for a freed place."""
    return free_places(edition, counts) > 0 and counts.waiting == 0


# Signing up ----------------------------------------------------------------------------------


class State(enum.StrEnum):
    """What a newcomer can do with an edition (templates compare the values)."""

    OPEN = "open"  # a place is free: sign up now
    FULL = "full"  # sign up for the waiting list
    NOT_OPEN_YET = "not_open_yet"
    CLOSED = "closed"  # sign-up has ended, or the edition has begun
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Availability:
    state: State
    free_places: int = 0
    opens: dt.datetime | None = None
    closes: dt.datetime | None = None

    @property
    def can_register(self):
        return self.state in (State.OPEN, State.FULL)

    @property
    def is_full(self):
        return self.state == State.FULL

    @property
    def is_cancelled(self):
        return self.state == State.CANCELLED


def registration_closes(edition):
    """Sign-up ends at the moment staff set, and never later than the first session's
    start (without sessions there is nothing to sign up for: None)."""
    first, closes = edition.first_start, edition.registration_closes
    if first is None:
        return None
    return first if closes is None else min(closes, first)


def signup_state(edition, now):
    """Where sign-up stands at `now`, before places are counted: OPEN, NOT_OPEN_YET,
    CLOSED or CANCELLED."""
    if edition.status == EditionStatus.CANCELLED:
        return State.CANCELLED
    closes = registration_closes(edition)
    if edition.status == EditionStatus.COMPLETED or closes is None or now >= closes:
        return State.CLOSED
    if edition.status == EditionStatus.PLANNED:
        return State.NOT_OPEN_YET
    if edition.registration_opens and now < edition.registration_opens:
        return State.NOT_OPEN_YET
    return State.OPEN


def signup_open_q(now):
    """signup_state(edition, now) == OPEN as a filter on editions, so a listing can put
    open editions first in SQL (tests/academy/test_rules.py checks that both agree)."""
    return (
        Q(status__in=(EditionStatus.OPEN, EditionStatus.FULL))
        & Q(first_start__gt=now)
        & (Q(registration_closes__isnull=True) | Q(registration_closes__gt=now))
        & (Q(registration_opens__isnull=True) | Q(registration_opens__lte=now))
    )


def availability(edition, now, counts=None):
    """What a newcomer can do now, with the facts to say it: the one answer for the
    catalogue, the course page, the enrol page, event pages and JSON-LD."""
    counts = counts if counts is not None else place_counts(edition)
    state = signup_state(edition, now)
    closes = registration_closes(edition)
    if state == State.OPEN:
        if newcomer_gets_place(edition, counts):
            return Availability(State.OPEN, free_places=free_places(edition, counts), closes=closes)
        return Availability(State.FULL, closes=closes)
    if state == State.NOT_OPEN_YET:
        return Availability(state, opens=edition.registration_opens, closes=closes)
    if state == State.CLOSED:
        return Availability(state, closes=closes)
    return Availability(state)


def same_course_booking(edition, registrations, now):
    """The person's other place in the same course, which the enrol page of `edition`
    names before they take a second one: of `registrations` (the person's own, with their
    editions), the soonest live one for another edition of the same course that is not
    cancelled and has not ended at `now`; else None.

    The engine allows two editions of one course (staff sometimes want it); on the
    website the person first sees this warning and must choose to go on."""
    if not edition.course_id:
        return None
    found = [
        registration
        for registration in registrations
        if registration.is_live
        and registration.edition_id != edition.pk
        and registration.edition.course_id == edition.course_id
        and registration.edition.status != EditionStatus.CANCELLED
        and (registration.edition.last_end is None or registration.edition.last_end > now)
    ]
    if not found:
        return None
    return min(found, key=lambda item: (item.edition.first_start or now, item.pk))


def shows_as_full(edition, counts):
    """For the agenda and the feeds, which do not change by the minute: the edition goes
    ahead but a newcomer would only join the waiting list."""
    return edition.status != EditionStatus.CANCELLED and not newcomer_gets_place(edition, counts)


def edition_can_be_cancelled(edition, now):
    """Staff can call off an edition until its last session has ended: a training that
    took place is not cancelled afterwards (it would tell everyone it does not go ahead)."""
    if edition.status in (EditionStatus.CANCELLED, EditionStatus.COMPLETED):
        return False
    return edition.last_end is None or now < edition.last_end


# Paying --------------------------------------------------------------------------------------


def needs_online_payment(registration):
    """A place in a paid training taken on the website waits for the online payment; staff
    sign-ups and sign-ups with invoice details do not."""
    return (
        registration.price_cents > 0
        and registration.channel == RegistrationChannel.ONLINE
        and not registration.billing
    )


# Cancelling and refunds ----------------------------------------------------------------------


class CancelledBy(enum.Enum):
    """Who ends a registration: it decides whether the deadline applies and what is refunded."""

    PARTICIPANT = "participant"  # the person, on the website or through an e-mail link
    ACCOUNT_CLOSED = "account"  # the person deletes their account, or their data is erased
    STAFF = "staff"  # staff, for someone who phoned; any refund is staff's own decision
    ACADEMY = "academy"  # the edition does not go ahead


def cancellation_deadline(edition):
    """Until when a confirmed place can be given back: the edition's own deadline, else 24
    hours before the first session (None without sessions)."""
    if edition.cancellation_deadline:
        return edition.cancellation_deadline
    if edition.first_start:
        return edition.first_start - dt.timedelta(hours=DEFAULT_CANCELLATION_HOURS)
    return None


def cancellation_open(edition, now):
    """A person can still give back a confirmed place: before the deadline, not at it."""
    deadline = cancellation_deadline(edition)
    return deadline is None or now < deadline


def may_cancel(registration, now, by=CancelledBy.PARTICIPANT):
    """Whether this registration can be ended now by `by`. The deadline only binds the
    person's own cancellation of a confirmed place: leaving a waiting list, declining an
    offer or dropping a place that is not paid yet is always possible, and staff, the
    academy and a closed account end any live registration."""
    if not registration.is_live:
        return False
    if by is not CancelledBy.PARTICIPANT:
        return True
    if registration.status != RegistrationStatus.CONFIRMED:
        return True
    return cancellation_open(registration.edition, now)


def course_refund_percent(edition):
    """The share a person gets back who cancels in time (the course's setting)."""
    course = edition.course if edition.course_id else None
    return course.refund_percent if course is not None else 100


def refund_percent(edition, now, by):
    """The share of what was paid that goes back when `by` ends a place at `now`."""
    if by is CancelledBy.ACADEMY:
        return 100
    if by is CancelledBy.STAFF:
        return 0  # staff refund all or part themselves, with a reason, in the payments admin
    if not cancellation_open(edition, now):
        return 0  # only a closed account can end a place this late
    return course_refund_percent(edition)


def refund_cents(payment, edition, now, by):
    """What goes back of `payment` (cents) when `by` ends the place at `now`: the amount
    shown before someone cancels, and the amount booked when they do."""
    if payment is None:
        return 0
    return payment.refundable_cents * refund_percent(edition, now, by) // 100


# Attendance ----------------------------------------------------------------------------------

# People arrive early: from this long before a session starts, the trainer can check them in
# at the door. Earlier than that, nothing about attendance can be recorded yet.
ATTENDANCE_OPENS_BEFORE = dt.timedelta(minutes=30)


def attendance_opens(session):
    """From when attendance of `session` can be recorded (roster, check-in, walk-ins)."""
    return session.start - ATTENDANCE_OPENS_BEFORE


def attendance_open(session, now):
    """Whether attendance of `session` can be recorded at `now`: from half an hour before
    its start, and afterwards without an end (a trainer may fill in the list later)."""
    return now >= attendance_opens(session)
