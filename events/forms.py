"""The admin form of an event page: exceptions must be dates the repetition really has."""

import datetime as dt

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from .calendar.recurrence import local_starts
from .calendar.spec import EntrySpec, Recurrence


class EventPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("exceptions")
        if not cleaned.get("repeat") or not cleaned.get("repeat_start_date") or formset is None:
            return cleaned
        if not (cleaned.get("repeat_until") or cleaned.get("repeat_count")):
            return cleaned  # the page's own rules already explain what is missing
        dates = self._rule_dates(cleaned)
        for form in formset.forms:
            data = getattr(form, "cleaned_data", {})
            if not data or data.get("DELETE") or not data.get("date"):
                continue
            if data["date"] not in dates:
                form.add_error(
                    "date",
                    _("Deze datum hoort niet bij de herhaling. Kies een datum uit de reeks."),
                )
        return cleaned

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
