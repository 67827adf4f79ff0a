"""'Wegwijzer in cijfers' in the Reports menu: the anonymous counts of the wegwijzer
(guide.counts) for a range of months and a wijk, as tables and as CSV or XLSX.

Who may see it: staff with the model permission "guide.view_answercount" (superusers
have it; a group gets it in Instellingen > Groepen). The counts hold no personal data,
but they are VMCA's internal figures, so not every editor sees them.
"""

import datetime as dt
import re
from urllib.parse import urlencode

from django import forms
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.defaults import permission_denied
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cms.spreadsheets import csv_response, xlsx_response

from . import counts
from .models import WegwijzerPage
from .wegwijzer.state import districts

VIEW_PERMISSION = "guide.view_answercount"
DEFAULT_MONTHS = 12
MAX_MONTHS = 120  # ten years: the table stays readable
MONTH_PATTERN = re.compile(r"^(\d{4})-(\d{1,2})$")
NOT_SAID = "geen"


def may_view(user):
    return bool(user.is_active and user.has_perm(VIEW_PERMISSION))


def months_back(month, number):
    """The first day of the month `number` months before `month`."""
    index = month.year * 12 + month.month - 1 - number
    return dt.date(index // 12, index % 12 + 1, 1)


class MonthField(forms.CharField):
    """A month as 2026-03 (what <input type="month"> sends), cleaned to its first day."""

    widget = forms.TextInput(attrs={"type": "month", "placeholder": "2026-03"})

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return None
        match = MONTH_PATTERN.match(value)
        if match is None or not (1 <= int(match[2]) <= 12 and 2000 <= int(match[1]) <= 2100):
            raise forms.ValidationError(
                _("Vul een maand in als jaar en maand, bijvoorbeeld 2026-03.")
            )
        return dt.date(int(match[1]), int(match[2]), 1)


class CountsFilterForm(forms.Form):
    start = MonthField(label=gettext_lazy("Van maand"))
    end = MonthField(label=gettext_lazy("Tot en met maand"))
    wijk = forms.ChoiceField(
        label=gettext_lazy("Wijk"),
        required=False,
        error_messages={"invalid_choice": gettext_lazy("Kies een wijk uit de lijst.")},
    )
    wegwijzer = forms.TypedChoiceField(
        label=gettext_lazy("Wegwijzer"),
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": gettext_lazy("Kies een wegwijzer uit de lijst.")},
    )
    export = forms.ChoiceField(
        required=False,
        choices=[("", ""), ("csv", "CSV"), ("xlsx", "XLSX")],
        error_messages={
            "invalid_choice": gettext_lazy("Dit soort bestand kennen we niet. Kies CSV of XLSX.")
        },
    )

    def __init__(self, data, *, district_names, pages):
        super().__init__(data)
        self.fields["wijk"].choices = [
            ("", _("Alle wijken")),
            *district_names.items(),
            (NOT_SAID, counts.no_district_label()),
        ]
        self.fields["wegwijzer"].choices = [
            ("", _("Alle wegwijzers")),
            *((page.pk, page.title) for page in pages),
        ]
        self.pages = {page.pk: page for page in pages}

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end:
            if start > end:
                self.add_error("end", _("Deze maand ligt voor de eerste maand."))
            elif (end.year - start.year) * 12 + end.month - start.month >= MAX_MONTHS:
                self.add_error("end", _("Kies hoogstens 10 jaar."))
        return data

    def district(self):
        """None for all wijken, "" for walks without one, else the district's slug."""
        value = self.cleaned_data["wijk"]
        if not value:
            return None
        return "" if value == NOT_SAID else value

    def page(self):
        return self.pages.get(self.cleaned_data["wegwijzer"])


def default_filters(now):
    """The last twelve months, this one included."""
    this_month = counts.month_of(now)
    return {
        "start": months_back(this_month, DEFAULT_MONTHS - 1).strftime("%Y-%m"),
        "end": this_month.strftime("%Y-%m"),
    }


class CountsReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "guide/admin/counts.html"
    page_title = gettext_lazy("Wegwijzer in cijfers")
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        # Not a raised PermissionDenied: the admin turns that into a redirect to the
        # dashboard, which hides that the answer was no.
        if not may_view(request.user):
            return permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.get_page_title()}]

    def get(self, request, *args, **kwargs):
        # A field left out or empty gets its default, so ?wijk=haven alone works.
        data = default_filters(timezone.now())
        data.update({name: value for name, value in request.GET.items() if value})
        form = CountsFilterForm(
            data,
            district_names=districts(),
            pages=WegwijzerPage.objects.order_by("title"),
        )
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        filters = form.cleaned_data
        report = counts.overview(
            filters["start"],
            counts.next_month(filters["end"]),
            district=form.district(),
            page=form.page(),
        )
        if filters["export"]:
            name = f"wegwijzer-in-cijfers-{filters['start']:%Y-%m}-{filters['end']:%Y-%m}"
            return export(report, filters["export"], name)
        query = urlencode({k: v for k, v in data.items() if k != "export"})
        return self.render_to_response(
            self.get_context_data(
                form=form,
                report=report,
                csv_url=f"{reverse('guide_counts')}?{query}&export=csv",
                xlsx_url=f"{reverse('guide_counts')}?{query}&export=xlsx",
            )
        )


def export(report, kind, name):
    headings = [_("Cijfer"), _("Wegwijzer"), _("Vraag"), _("Antwoord"), _("Maand"), _("Aantal")]
    rows = export_rows(report)
    if kind == "xlsx":
        return xlsx_response(f"{name}.xlsx", _("Wegwijzer in cijfers"), headings, rows)
    return csv_response(f"{name}.csv", headings, rows)


def export_rows(report):
    """One table in long form, so every figure fits in one sheet; counts below five as
    "< 5", like on the screen."""
    walks, need, district, answer = _("Paden gelopen"), _("Behoefte"), _("Wijk"), _("Antwoord")
    for row in report.months:
        yield [walks, "", "", "", row.key.strftime("%Y-%m"), counts.exported(row.count)]
    for row in report.needs:
        yield [need, "", "", row.label, "", counts.exported(row.count)]
    for row in report.districts:
        yield [district, "", "", row.label, "", counts.exported(row.count)]
    for question in report.questions:
        for row in question.rows:
            yield [
                answer,
                question.page.title,
                question.text,
                row.label,
                "",
                counts.exported(row.count),
            ]
