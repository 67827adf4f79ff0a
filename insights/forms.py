"""The period of the 'Cijfers' dashboard, read from the address (GET): a month, a quarter,
a year or a custom range of days. A parameter left out or empty gets its default, so
`?kind=year&year=2026` alone works; with none at all the period is this year up to and
including today (Almere's date), compared with the same days a year earlier.

The yearly report and the exports read the period from the same parameters
(`period_form(query, now)`), so a download shows what the page showed.
"""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cms.figures import local_today, same_day_in_year

from .periods import CUSTOM, MONTH, QUARTER, YEAR, Period

FIRST_YEAR = 2000
LAST_YEAR = 2100
MAX_YEARS = 5
DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d-%m-%Y"]


def defaults(now):
    """The form's values when the address gives none: this year up to and including today."""
    today = local_today(now)
    return {
        "kind": CUSTOM,
        "year": str(today.year),
        "month": str(today.month),
        "quarter": str((today.month - 1) // 3 + 1),
        "start": today.replace(month=1, day=1).isoformat(),
        "end": today.isoformat(),
    }


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self):
        super().__init__(format="%Y-%m-%d")


class PeriodForm(forms.Form):
    kind = forms.ChoiceField(
        label=gettext_lazy("Soort periode"),
        choices=[
            (MONTH, gettext_lazy("Maand")),
            (QUARTER, gettext_lazy("Kwartaal")),
            (YEAR, gettext_lazy("Jaar")),
            (CUSTOM, gettext_lazy("Zelf kiezen (van en tot en met)")),
        ],
        error_messages={
            "invalid_choice": gettext_lazy("Kies maand, kwartaal, jaar of zelf kiezen."),
            "required": gettext_lazy("Kies een soort periode."),
        },
    )
    year = forms.IntegerField(
        label=gettext_lazy("Jaar"),
        required=False,
        min_value=FIRST_YEAR,
        max_value=LAST_YEAR,
        error_messages={
            "invalid": gettext_lazy("Vul een jaar in, bijvoorbeeld 2026."),
            "min_value": gettext_lazy("Kies een jaar vanaf 2000."),
            "max_value": gettext_lazy("Kies een jaar tot en met 2100."),
        },
    )
    month = forms.TypedChoiceField(
        label=gettext_lazy("Maand"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=[
            (number, name)
            for number, name in enumerate(
                [
                    gettext_lazy("januari"),
                    gettext_lazy("februari"),
                    gettext_lazy("maart"),
                    gettext_lazy("april"),
                    gettext_lazy("mei"),
                    gettext_lazy("juni"),
                    gettext_lazy("juli"),
                    gettext_lazy("augustus"),
                    gettext_lazy("september"),
                    gettext_lazy("oktober"),
                    gettext_lazy("november"),
                    gettext_lazy("december"),
                ],
                start=1,
            )
        ],
        error_messages={"invalid_choice": gettext_lazy("Kies een maand uit de lijst.")},
    )
    quarter = forms.TypedChoiceField(
        label=gettext_lazy("Kwartaal"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=[(number, f"Q{number}") for number in range(1, 5)],
        error_messages={"invalid_choice": gettext_lazy("Kies kwartaal 1, 2, 3 of 4.")},
    )
    start = forms.DateField(
        label=gettext_lazy("Van"),
        required=False,
        input_formats=DATE_INPUT_FORMATS,
        widget=DateInput(),
        error_messages={
            "invalid": gettext_lazy("Vul een datum in, bijvoorbeeld 2026-03-31."),
        },
    )
    end = forms.DateField(
        label=gettext_lazy("Tot en met"),
        required=False,
        input_formats=DATE_INPUT_FORMATS,
        widget=DateInput(),
        error_messages={
            "invalid": gettext_lazy("Vul een datum in, bijvoorbeeld 2026-03-31."),
        },
    )
    export = forms.ChoiceField(
        required=False,
        choices=[("", ""), ("csv", "CSV"), ("xlsx", "XLSX")],
        error_messages={
            "invalid_choice": gettext_lazy("Dit soort bestand kennen we niet. Kies CSV of XLSX.")
        },
    )

    def clean_start(self):
        return self._date_in_range("start")

    def clean_end(self):
        return self._date_in_range("end")

    def _date_in_range(self, name):
        day = self.cleaned_data.get(name)
        if day is not None and not (FIRST_YEAR <= day.year <= LAST_YEAR):
            raise forms.ValidationError(_("Kies een datum tussen 2000 en 2100."))
        return day

    def clean(self):
        data = super().clean()
        kind = data.get("kind")
        needed = {
            MONTH: ("year", "month"),
            QUARTER: ("year", "quarter"),
            YEAR: ("year",),
            CUSTOM: ("start", "end"),
        }.get(kind, ())
        for name in needed:
            if data.get(name) is None and name not in self.errors:
                self.add_error(name, _("Vul dit in voor deze soort periode."))
        if kind == CUSTOM and data.get("start") and data.get("end"):
            start, end = data["start"], data["end"]
            if end < start:
                self.add_error("end", _("Deze datum ligt voor de eerste datum."))
            elif end >= same_day_in_year(start, start.year + MAX_YEARS):
                self.add_error("end", _("Kies een periode van hoogstens 5 jaar."))
        return data

    @property
    def period(self):
        """The chosen period (insights.periods.Period); only after is_valid()."""
        data = self.cleaned_data
        kind = data["kind"]
        if kind == MONTH:
            return Period.month(data["year"], data["month"])
        if kind == QUARTER:
            return Period.quarter(data["year"], data["quarter"])
        if kind == YEAR:
            return Period.year(data["year"])
        return Period.days(data["start"], data["end"])


def period_form(query, now):
    """The form for the parameters in `query` (request.GET), with defaults for what is left
    out; call is_valid() and read `.period`. The values that were used are in `.values`."""
    values = defaults(now)
    values.update({name: value for name, value in query.items() if value and name in values})
    if query.get("export"):
        values["export"] = query["export"]
    form = PeriodForm(values)
    form.values = {name: value for name, value in values.items() if name != "export"}
    return form
