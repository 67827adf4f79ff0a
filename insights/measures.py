"""Measures more than one section needs, decided once."""

import statistics
from decimal import Decimal

from django.db.models import FloatField, Func

SECONDS_PER_DAY = Decimal(24 * 60 * 60)


class Seconds(Func):
    """A moment as seconds since a fixed point, as a number: the database subtracts two of
    them without a Python function per row (SQLite's own julianday; PostgreSQL's epoch)."""

    output_field = FloatField()

    def as_sqlite(self, compiler, connection, **extra):
        return self.as_sql(compiler, connection, template="(julianday(%(expressions)s) * 86400.0)")

    def as_postgresql(self, compiler, connection, **extra):
        return self.as_sql(compiler, connection, template="EXTRACT(EPOCH FROM %(expressions)s)")


def median_days(rows, since, until):
    """(median days from the field `since` to the field `until`, how many rows had both)
    over the queryset `rows`; (None, 0) when none had. One query. The median is rounded to
    whole seconds, so SQLite and PostgreSQL agree."""
    waits = (
        rows.filter(**{f"{since}__isnull": False, f"{until}__isnull": False})
        .annotate(wait=Seconds(until) - Seconds(since))
        .values_list("wait", flat=True)
    )
    seconds = [max(float(wait), 0.0) for wait in waits]
    if not seconds:
        return None, 0
    return Decimal(round(statistics.median(seconds))) / SECONDS_PER_DAY, len(seconds)
