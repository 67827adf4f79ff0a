"""'Cijfers' in the admin: VMCA's figures for a chosen period against the same period a
year earlier (insights.dashboard.build), as cards, line charts per month and bars per
wijk or theme, each chart with its numbers in a table; downloads as CSV and XLSX.

Who may see it: staff with insights.view_figures (insights.models.VIEW_PERMISSION);
superusers have it, a group gets it in Instellingen > Groepen.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy
from django.views.defaults import permission_denied
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cms.figures import local_today

from . import export
from .charts import bar_chart, district_map, is_district_breakdown, line_chart
from .dashboard import build
from .forms import period_form
from .models import may_view
from .sections import shown


@dataclass(frozen=True)
class ShownPoint:
    month: object
    current: str
    previous: str


@dataclass(frozen=True)
class ShownRow:
    label: str
    current: str
    previous: str


@dataclass(frozen=True)
class ChartWithTable:
    """A chart and the rows of its table, as the template shows them."""

    id: str
    title: str
    unit: str
    chart: str
    rows: list
    dimension: str = ""
    map: str = ""  # per district: the tile map of Almere beside the bars


@dataclass(frozen=True)
class ShownSection:
    key: str
    title: str
    figures: list
    trends: list
    breakdowns: list

    @property
    def empty(self):
        return not (self.figures or self.trends or self.breakdowns)


def _chart_id(*parts):
    return "chart-" + "-".join(str(part) for part in parts)


def shown_sections(dashboard):
    """The sections with their charts drawn and their table values written."""
    sections = []
    for number, section in enumerate(dashboard.sections, start=1):
        trends = [
            ChartWithTable(
                id=_chart_id(number, "trend", index),
                title=trend.title,
                unit=trend.unit,
                chart=line_chart(trend, chart_id=_chart_id(number, "trend", index)),
                rows=[
                    ShownPoint(
                        month=point.month,
                        current=shown(point.current, trend.unit),
                        previous=shown(point.previous, trend.unit),
                    )
                    for point in trend.points
                ],
            )
            for index, trend in enumerate(section.trends, start=1)
        ]
        breakdowns = [
            ChartWithTable(
                id=_chart_id(number, "bars", index),
                title=breakdown.title,
                unit=breakdown.unit,
                dimension=breakdown.dimension,
                chart=bar_chart(breakdown, chart_id=_chart_id(number, "bars", index)),
                map=(
                    district_map(breakdown, chart_id=_chart_id(number, "map", index))
                    if is_district_breakdown(breakdown)
                    else ""
                ),
                rows=[
                    ShownRow(
                        label=row.label,
                        current=row.shown(breakdown.unit),
                        previous=row.shown_previous(breakdown.unit),
                    )
                    for row in breakdown.rows
                ],
            )
            for index, breakdown in enumerate(section.breakdowns, start=1)
        ]
        sections.append(
            ShownSection(
                key=section.key,
                title=section.title,
                figures=list(section.figures),
                trends=trends,
                breakdowns=breakdowns,
            )
        )
    return sections


class DashboardView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "insights/dashboard.html"
    page_title = gettext_lazy("Cijfers")
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
        now = timezone.now()
        form = period_form(request.GET, now)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        dashboard = build(form.period, now)
        kind = form.cleaned_data["export"]
        if kind == "csv":
            return export.csv_response(dashboard)
        if kind == "xlsx":
            return export.xlsx_response(dashboard)
        query = urlencode(form.values)
        # The yearly report of the period's year; of this year when the period lies ahead.
        report_year = min(dashboard.period.start.year, local_today(now).year)
        here = reverse("insights_dashboard")
        return self.render_to_response(
            self.get_context_data(
                form=form,
                dashboard=dashboard,
                sections=shown_sections(dashboard),
                csv_url=f"{here}?{query}&export=csv",
                xlsx_url=f"{here}?{query}&export=xlsx",
                report_year=report_year,
                report_url=(
                    f"{reverse('insights_report')}?"
                    f"{urlencode({'year': report_year, 'format': 'pdf'})}"
                ),
            )
        )
