"""Every decision about a vacancy's life, in one place.

Is a vacancy live (public, in the search, the feeds, the sitemap, the alerts and the
counts)? When does it expire, and when is the organisation reminded? May an
organisation publish at all? Every page, mail, feed, export and service asks here.
Reads only; changes nothing. `now` is always passed in.
"""

import datetime as dt
from enum import StrEnum

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models.choices import OrganisationStatus, ReactionStatus, VacancyStatus


def today(now):
    """The date in Almere at `now` (a vacancy lives through its whole last day there)."""
    return timezone.localdate(now)


def lifetime_days():
    return settings.VOLUNTEERING_VACANCY_LIFETIME_DAYS


def organisation_may_publish(account):
    """Only an organisation VMCA approved (and did not suspend) has vacancies online."""
    return account is not None and account.status == OrganisationStatus.APPROVED


def organisation_may_submit(account):
    """An organisation may write and submit vacancies while VMCA has not yet decided on it
    (they go live once it is approved), but not once VMCA suspended it."""
    return account is not None and account.status != OrganisationStatus.SUSPENDED


def expiry_date(published_on, end_date):
    """The last day a vacancy is online: its end date, or the set time after it was
    approved (or renewed), whichever comes first."""
    limit = published_on + dt.timedelta(days=lifetime_days())
    if end_date is not None and end_date < limit:
        return end_date
    return limit


def renewed_expiry_date(vacancy, now):
    """ "Verlengen": the set time again from today. An end date that would stop it
    earlier no longer holds, because renewing says the work goes on."""
    return today(now) + dt.timedelta(days=lifetime_days())


def live_q(now):
    """The live vacancies as a filter (for querysets): published, not expired, and the
    organisation approved. Agrees with is_live() (a test checks both)."""
    return Q(
        status=VacancyStatus.PUBLISHED,
        expires_on__gte=today(now),
        organisation__vacancy_account__status=OrganisationStatus.APPROVED,
    )


def is_live(vacancy, now):
    account = getattr(vacancy.organisation, "vacancy_account", None)
    return (
        vacancy.status == VacancyStatus.PUBLISHED
        and vacancy.expires_on is not None
        and vacancy.expires_on >= today(now)
        and organisation_may_publish(account)
    )


class VacancyState(StrEnum):
    """What an organisation sees in "Mijn organisatie" (and staff in the admin)."""

    DRAFT = "concept"
    SUBMITTED = "ingediend"
    RETURNED = "teruggestuurd"
    LIVE = "online"
    EXPIRED = "verlopen"
    CLOSED = "gesloten"
    # Published and not expired, but the organisation is not (or no longer) approved.
    ON_HOLD = "wacht-op-organisatie"

    @property
    def label(self):
        return STATE_LABELS[self]


STATE_LABELS = {
    VacancyState.DRAFT: _("Concept"),
    VacancyState.SUBMITTED: _("Wacht op controle door VMCA"),
    VacancyState.RETURNED: _("Teruggestuurd"),
    VacancyState.LIVE: _("Online"),
    VacancyState.EXPIRED: _("Verlopen"),
    VacancyState.CLOSED: _("Gesloten"),
    VacancyState.ON_HOLD: _("Wacht op goedkeuring van de organisatie"),
}


def vacancy_state(vacancy, now):
    if vacancy.status == VacancyStatus.PUBLISHED:
        if vacancy.expires_on is None or vacancy.expires_on < today(now):
            return VacancyState.EXPIRED
        if not organisation_may_publish(getattr(vacancy.organisation, "vacancy_account", None)):
            return VacancyState.ON_HOLD
        return VacancyState.LIVE
    return {
        VacancyStatus.DRAFT: VacancyState.DRAFT,
        VacancyStatus.SUBMITTED: VacancyState.SUBMITTED,
        VacancyStatus.RETURNED: VacancyState.RETURNED,
        VacancyStatus.CLOSED: VacancyState.CLOSED,
    }[vacancy.status]


def may_renew(vacancy, now):
    """Renew in one click: a published vacancy that expires within the reminder time or
    expired already (not a closed one: closing was a choice)."""
    if vacancy.status != VacancyStatus.PUBLISHED or vacancy.expires_on is None:
        return False
    return vacancy.expires_on <= today(now) + dt.timedelta(
        days=settings.VOLUNTEERING_EXPIRY_REMINDER_DAYS
    )


def expiry_reminder_due_q(now):
    """Live vacancies that expire within the reminder time and were not reminded yet. One
    reminder per expiry date: renewing sets a new date and clears the reminder."""
    soon = today(now) + dt.timedelta(days=settings.VOLUNTEERING_EXPIRY_REMINDER_DAYS)
    return live_q(now) & Q(expires_on__lte=soon, expiry_reminder_sent_on__isnull=True)


def add_working_days(start_date, days):
    """The date `days` working days (Monday to Friday) after `start_date`."""
    current = start_date
    while days > 0:
        current += dt.timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current


def reaction_reminder_due(reaction, now):
    """An organisation that has not reacted within the set number of working days gets
    one reminder, and VMCA sees the reaction in its list of unanswered ones."""
    if reaction.status != ReactionStatus.NEW or reaction.reminder_sent_at is not None:
        return False
    return today(now) >= add_working_days(
        timezone.localdate(reaction.created), settings.VOLUNTEERING_REACTION_ANSWER_DAYS
    )


def unanswered_q(now):
    """reaction_reminder_due() for querysets, without the reminder condition: reactions
    still 'nieuw' whose answer time has passed (VMCA's list of unanswered reactions)."""
    day = today(now)
    answer_days = settings.VOLUNTEERING_REACTION_ANSWER_DAYS
    # add_working_days only grows with its start date: find the last day of receipt
    # whose answer time has passed, and take everything received up to its end.
    last_overdue = day
    while add_working_days(last_overdue, answer_days) > day:
        last_overdue -= dt.timedelta(days=1)
    end = dt.datetime.combine(
        last_overdue + dt.timedelta(days=1), dt.time.min, tzinfo=timezone.get_current_timezone()
    )
    return Q(status=ReactionStatus.NEW, created__lt=end)


def is_match(reaction):
    """A reaction counts as a match when the person started (what VMCA reports)."""
    return reaction.status == ReactionStatus.STARTED


def match_q():
    """is_match() for querysets of reactions (the figures count matches in SQL)."""
    return Q(status=ReactionStatus.STARTED)


def state_q(state, now):
    """vacancy_state() for querysets: the vacancies in `state` (a VacancyState) at `now`,
    for the admin's filter. Agrees with vacancy_state()."""
    day = today(now)
    published = Q(status=VacancyStatus.PUBLISHED)
    approved = Q(organisation__vacancy_account__status=OrganisationStatus.APPROVED)
    if state == VacancyState.LIVE:
        return live_q(now)
    if state == VacancyState.EXPIRED:
        return published & (Q(expires_on__isnull=True) | Q(expires_on__lt=day))
    if state == VacancyState.ON_HOLD:
        return published & Q(expires_on__gte=day) & ~approved
    return Q(
        status={
            VacancyState.DRAFT: VacancyStatus.DRAFT,
            VacancyState.SUBMITTED: VacancyStatus.SUBMITTED,
            VacancyState.RETURNED: VacancyStatus.RETURNED,
            VacancyState.CLOSED: VacancyStatus.CLOSED,
        }[VacancyState(state)]
    )
