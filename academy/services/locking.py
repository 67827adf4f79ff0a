"""One writer per edition at a time, on PostgreSQL and on SQLite.

PostgreSQL: the edition rows are locked (SELECT ... FOR UPDATE) inside the
service's transaction, in primary-key order so two services never deadlock, with a
lock timeout so a stuck transaction turns into a clear "busy" answer instead of a
hanging request. SQLite: the settings open every transaction with BEGIN IMMEDIATE
and a busy timeout, so writers queue instead of failing with "database is locked".
"""

import functools
import time

from django.conf import settings
from django.db import OperationalError, connection, transaction

from ..models import Edition
from .errors import Busy, NotFound

ATTEMPTS = 3


def set_lock_timeout():
    """PostgreSQL: wait at most ACADEMY_LOCK_TIMEOUT_MS for a row lock in this transaction
    (SQLite's busy timeout is set once, in the settings)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            timeout_ms = int(getattr(settings, "ACADEMY_LOCK_TIMEOUT_MS", 5000))
            cursor.execute(f"SET LOCAL lock_timeout = {timeout_ms}")


def lock_editions(*edition_ids, queryset=None):
    """Lock and return {id: Edition}; must run inside transaction.atomic(). By default the
    course page comes along (its questions and prices are needed) but only the edition row
    is locked: editors may save the page meanwhile. A caller that has the course already
    passes `queryset=Edition.objects.all()` for the bare row (a shorter query while the
    lock is held). Count registrations in a query of their own, after this one: on
    PostgreSQL a subquery here would see the rows as they were before it waited."""
    ids = sorted({int(pk) for pk in edition_ids})
    set_lock_timeout()
    if queryset is None:
        queryset = Edition.objects.select_related("course")
    editions = {
        edition.pk: edition
        for edition in queryset.select_for_update(of=("self",)).filter(pk__in=ids).order_by("pk")
    }
    if len(editions) != len(ids):
        raise NotFound()
    return editions


def _is_contention(error):
    text = str(error).lower()
    return "lock" in text or "deadlock" in text or "could not serialize" in text


def owns_transaction(func):
    """Run `func` in its own transaction; retry a few times when the database is contended."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        for attempt in range(ATTEMPTS):
            try:
                with transaction.atomic():
                    return func(*args, **kwargs)
            except OperationalError as error:
                if not _is_contention(error):
                    raise
                if attempt == ATTEMPTS - 1:
                    raise Busy() from error
                time.sleep(0.05 * (attempt + 1))
        raise Busy()  # pragma: no cover (the loop returns or raises)

    return wrapper
