"""The one rule for when a support offer must be checked again.

An offer that nobody confirmed for GUIDE_REVIEW_MONTHS months (12 unless the settings say
otherwise) may no longer be right: the admin lists it for review. `now` is passed in, so
the rule never reads the clock itself.
"""

import calendar
import datetime as dt

from django.conf import settings
from django.db.models import Q
from django.utils import timezone


def review_months():
    return getattr(settings, "GUIDE_REVIEW_MONTHS", 12)


def months_before(day, months):
    """`day` moved back `months` calendar months; the 31st becomes the last day of a
    shorter month (31 March minus one month is 28 or 29 February)."""
    month_index = day.year * 12 + (day.month - 1) - months
    year, month = divmod(month_index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def review_cutoff(now):
    """Offers last checked before this date are due: checked exactly 12 months ago is
    still fine today, one day longer ago is not."""
    return months_before(timezone.localdate(now), review_months())


def due_for_review_q(now):
    """Live offers never checked, or last checked more than the review period ago."""
    return Q(live=True) & (Q(last_checked__isnull=True) | Q(last_checked__lt=review_cutoff(now)))


def is_due_for_review(offer, now):
    if not offer.live:
        return False
    return offer.last_checked is None or offer.last_checked < review_cutoff(now)
