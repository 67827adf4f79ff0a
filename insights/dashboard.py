"""All of VMCA's figures for one period, compared with the same period a year earlier.

The dashboard page, its CSV and XLSX export and the yearly report call `build()`; each
section comes from its own module in insights.metrics, which reads one app's tables.
"""

from dataclasses import dataclass

from .metrics import academy, agenda, vacaturebank, wegwijzer


@dataclass(frozen=True)
class Dashboard:
    period: object
    previous: object
    sections: list

    def section(self, key):
        return next(s for s in self.sections if s.key == key)


def build(period, now):
    """Every section for `period`. `now` cuts off what has not happened yet (a session
    later today is not "held")."""
    previous = period.previous_year()
    return Dashboard(
        period=period,
        previous=previous,
        sections=[
            module.section(period, previous, now)
            for module in (academy, vacaturebank, wegwijzer, agenda)
        ],
    )
