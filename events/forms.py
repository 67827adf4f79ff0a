"""The admin form of an event page: exceptions must be dates the repetition really has, and
an activity without any date may be saved as a draft but not published."""

import datetime as dt

from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from .calendar.recurrence import local_starts
from .calendar.spec import EntrySpec, Recurrence

NO_DATES = _(
    "Deze activiteit heeft geen datum. Vul bij 'Data' minstens één datum in, of stel bij "
    "'Herhalen' een herhaling in. Zonder datum kunt u de activiteit alleen als concept opslaan."
)


def _day(value):
    return date_format(value, "l j F Y")


class EventPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        dates = self._kept_rows("dates")
        exceptions = self._kept_rows("exceptions")
        rule_dates = self._rule_dates(cleaned) if self._rule_is_complete(cleaned) else None
        excluded = {data["date"] for _form, data in exceptions if data.get("kind") == "excluded"}
        self._check_exceptions(cleaned, exceptions, rule_dates)
        # Saving a draft defers what only publishing needs (Wagtail's deferred validation);
        # publishing, sending for approval and approving do not.
        if not self.is_deferred_validation and not dates:
            if not cleaned.get("repeat") or (rule_dates is not None and rule_dates <= excluded):
                self.add_error(None, NO_DATES)
        return cleaned

    def _kept_rows(self, name):
        """(form, cleaned data) of the rows of an inline panel that stay (not deleted).

        The formsets are validated here, before this form's own checks: the page form is
        cleaned before its formsets otherwise, and their rows would not be known yet.
        """
        formset = self.formsets.get(name)
        if formset is None:
            return []
        formset.is_valid()
        rows = []
        for form in formset.forms:
            data = getattr(form, "cleaned_data", None) or {}
            if data and not data.get("DELETE") and data.get("date"):
                rows.append((form, data))
        return rows

    @staticmethod
    def _rule_is_complete(cleaned):
        # The page's own rules explain what is missing (EventPage.clean).
        return bool(
            cleaned.get("repeat")
            and cleaned.get("repeat_start_date")
            and (cleaned.get("repeat_until") or cleaned.get("repeat_count"))
        )

    @staticmethod
    def _check_exceptions(cleaned, exceptions, rule_dates):
        seen = set()
        for form, day in [(form, data["date"]) for form, data in exceptions]:
            if not cleaned.get("repeat"):
                form.add_error(
                    "date",
                    _(
                        "Deze activiteit herhaalt niet, dus een uitzondering op %(day)s doet "
                        "niets. Verwijder de uitzondering, of stel bij 'Herhalen' een herhaling in."
                    )
                    % {"day": _day(day)},
                )
            elif rule_dates is not None and day not in rule_dates:
                form.add_error("date", _not_in_series(day, rule_dates))
            elif day in seen:
                form.add_error(
                    "date",
                    _("Voor %(day)s is al een uitzondering. Kies per datum één uitzondering.")
                    % {"day": _day(day)},
                )
            seen.add(day)

    @staticmethod
    def _rule_dates(cleaned):
        start_date = cleaned["repeat_start_date"]
        repeat = cleaned["repeat"]
        spec = EntrySpec(
            key="check",
            uid="check",
            title="",
            start=dt.datetime.combine(start_date, dt.time()),
            recurrence=Recurrence(
                frequency="MONTHLY" if repeat == "monthly" else "WEEKLY",
                interval=2 if repeat == "biweekly" else 1,
                nth=cleaned.get("repeat_nth"),
                until=cleaned.get("repeat_until"),
                count=cleaned.get("repeat_count"),
            ),
        )
        return {start.date() for start in local_starts(spec)}


def _not_in_series(day, rule_dates):
    """The message for an exception on a day the repetition does not have, with the
    nearest day it does have."""
    if not rule_dates:
        return _("De datum %(day)s hoort niet bij de herhaling.") % {"day": _day(day)}
    nearest = min(rule_dates, key=lambda rule_day: (abs((rule_day - day).days), rule_day))
    return _(
        "De datum %(day)s hoort niet bij de herhaling. Kies een datum uit de reeks, "
        "bijvoorbeeld %(nearest)s."
    ) % {"day": _day(day), "nearest": _day(nearest)}
