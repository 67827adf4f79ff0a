"""The yearly impact report: VMCA's figures of one year against the year before, for the
municipality and the board, as a PDF (cms.pdf, the site's one renderer) or as XLSX
(insights.export, the dashboard's workbook).

The report reads a Dashboard (insights.dashboard.build) and only arranges it: a cover, the
key figures, a chapter per expertise centre (Vrijwillige inzet: the vacaturebank;
Mantelzorg: the wegwijzer), the Vrijwilligersacademie and the Agenda (they serve both
centres), the tables per wijk and a colophon. Every number is written by
insights.sections, so the "< 5" rule and the changes are the dashboard's own.
"""

from dataclasses import dataclass, field, replace

from django.conf import settings
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from cms.figures import local_today, local_zone
from cms.models.settings import SiteSettings
from cms.pdf import render_pdf

from . import charts
from .dashboard import build
from .export import xlsx_bytes
from .periods import Period
from .sections import shown

TEMPLATE = "insights/report.html"
STYLESHEETS = ("css/pdf.css", "css/impact_report.css")
LOGO = "img/logo.svg"
# The first year with figures on the site; a report before it would be empty.
FIRST_YEAR = 2000
# How many figures of each section the summary on page two shows.
SUMMARY_FIGURES = 3

PDF = "pdf"
XLSX = "xlsx"
CONTENT_TYPES = {
    PDF: "application/pdf",
    XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
FORMATS = tuple(CONTENT_TYPES)

# The section keys of insights.metrics (the academy's has been spelled both ways).
ACADEMY_KEYS = ("academie", "academy")
VACATUREBANK_KEYS = ("vacaturebank",)
WEGWIJZER_KEYS = ("wegwijzer",)
AGENDA_KEYS = ("agenda",)


class BadRequest(ValueError):
    """Input the report cannot be made for; the message is for the reader (Dutch)."""


# Input ---------------------------------------------------------------------------------


def last_year_allowed(now):
    return local_today(now).year


def parse_year(value, now):
    """The year asked for, as an int; BadRequest with a message when it is not a year the
    site can report on (from FIRST_YEAR up to this year)."""
    text = str(value if value is not None else "").strip()
    if not (text.isascii() and text.isdigit() and len(text) == 4):
        raise BadRequest(_("Vul een jaar in met vier cijfers, bijvoorbeeld 2026."))
    year = int(text)
    last = last_year_allowed(now)
    if not FIRST_YEAR <= year <= last:
        raise BadRequest(
            _("Kies een jaar van %(first)s tot en met %(last)s.")
            % {"first": FIRST_YEAR, "last": last}
        )
    return year


def parse_format(value):
    text = str(value or PDF).strip().lower()
    if text not in FORMATS:
        raise BadRequest(_("Kies als bestand pdf of xlsx."))
    return text


# What the report shows -------------------------------------------------------------------


@dataclass(frozen=True)
class Chart:
    """A trend or breakdown with its chart (inline SVG) for beside its table."""

    item: object
    svg: str
    heading: str  # the column of the labels: "Maand", "Wijk", "Thema"
    rows: list  # (label, previous year, this year) as text, "< 5" rule applied


@dataclass(frozen=True)
class Part:
    """One section of the dashboard inside a chapter."""

    section: object
    figures: list
    trends: list
    breakdowns: list


@dataclass(frozen=True)
class Chapter:
    key: str
    title: str
    intro: str
    parts: list = field(default_factory=list)

    @property
    def empty(self):
        return not any(p.figures or p.trends or p.breakdowns for p in self.parts)


@dataclass(frozen=True)
class WijkTable:
    section_title: str
    chart: Chart


@dataclass(frozen=True)
class Explanation:
    label: str
    help: str


def _section(dashboard, keys):
    return next((s for s in dashboard.sections if s.key in keys), None)


def is_per_wijk(breakdown):
    return "wijk" in breakdown.key.lower() or str(breakdown.dimension).strip().lower() == "wijk"


def _chart_id(*parts):
    return "-".join(str(p) for p in parts).replace("_", "-")


def trend_chart(trend, chart_id):
    rows = [
        (
            formats.date_format(point.month, "F"),
            shown(point.previous, trend.unit),
            shown(point.current, trend.unit),
        )
        for point in trend.points
    ]
    return Chart(trend, charts.line_chart(trend, chart_id=chart_id), _("Maand"), rows)


def breakdown_chart(breakdown, chart_id):
    rows = [
        (row.label, row.shown_previous(breakdown.unit), row.shown(breakdown.unit))
        for row in breakdown.rows
    ]
    svg = charts.bar_chart(breakdown, chart_id=chart_id) if breakdown.rows else ""
    return Chart(breakdown, svg, str(breakdown.dimension), rows)


def _part(section):
    return Part(
        section=section,
        figures=list(section.figures),
        trends=[trend_chart(t, _chart_id("trend", section.key, t.key)) for t in section.trends],
        breakdowns=[
            breakdown_chart(b, _chart_id("bars", section.key, b.key))
            for b in section.breakdowns
            if not is_per_wijk(b)
        ],
    )


def _chapter(key, title, intro, sections):
    return Chapter(key, title, intro, [_part(s) for s in sections if s is not None])


def chapters(dashboard):
    """The four chapters in the order of the report."""
    return [
        _chapter(
            "vrijwillige-inzet",
            _("Expertisecentrum Vrijwillige inzet"),
            _(
                "Wij brengen vrijwilligers en organisaties bij elkaar. In de vacaturebank "
                "zetten organisaties hun vacatures. Vrijwilligers reageren erop. "
                "De trainingen voor vrijwilligers en coördinatoren staan in het hoofdstuk "
                "Vrijwilligersacademie."
            ),
            [_section(dashboard, VACATUREBANK_KEYS)],
        ),
        _chapter(
            "mantelzorg",
            _("Expertisecentrum Mantelzorg"),
            _(
                "Wij steunen mantelzorgers: mensen die zorgen voor iemand in hun omgeving. "
                "De wegwijzer op de website helpt hen de steun te vinden die past. "
                "Wij tellen alleen hoe vaak de wegwijzer is gebruikt, niet wie hem gebruikte."
            ),
            [_section(dashboard, WEGWIJZER_KEYS)],
        ),
        _chapter(
            "academie",
            _("Vrijwilligersacademie"),
            _(
                "De Vrijwilligersacademie geeft trainingen aan vrijwilligers, coördinatoren "
                "en mantelzorgers. Zij werkt voor beide expertisecentra."
            ),
            [_section(dashboard, ACADEMY_KEYS)],
        ),
        _chapter(
            "agenda",
            _("Agenda"),
            _(
                "In de agenda staan activiteiten, bijeenkomsten en trainingen voor "
                "vrijwilligers en mantelzorgers. Ook deze agenda is er voor beide "
                "expertisecentra."
            ),
            [_section(dashboard, AGENDA_KEYS)],
        ),
    ]


def wijk_chart(breakdown, chart_id):
    """A per-wijk table with the map of the districts beside it (the section's chapter
    already has its bars)."""
    chart = breakdown_chart(breakdown, chart_id)
    if charts.is_district_breakdown(breakdown):
        return replace(chart, svg=charts.district_map(breakdown, chart_id=chart_id))
    return chart


def wijk_tables(dashboard):
    return [
        WijkTable(
            section.title, wijk_chart(breakdown, _chart_id("wijk", section.key, breakdown.key))
        )
        for section in dashboard.sections
        for breakdown in section.breakdowns
        if is_per_wijk(breakdown)
    ]


def summary(dashboard):
    """The first figures of each section: what the board reads first."""
    return [
        (section.title, figure)
        for section in dashboard.sections
        for figure in section.figures[:SUMMARY_FIGURES]
    ]


def explanations(dashboard):
    """What counts how: every figure with an explanation, once."""
    seen = set()
    found = []
    for section in dashboard.sections:
        for figure in section.figures:
            if figure.help and figure.label not in seen:
                seen.add(figure.label)
                found.append(Explanation(f"{section.title}: {figure.label}", str(figure.help)))
    return found


def data_until(period, now):
    """The last day the figures cover: the end of the year, or today for this year."""
    today = local_today(now)
    return min(period.last_day, today)


def organisation_name():
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return "VMCA Almere"
    return SiteSettings.for_site(site).organisation_name or "VMCA Almere"


def _day(value):
    return formats.date_format(value, "j F Y")


def report_context(dashboard, now):
    """Everything report.html shows, from one Dashboard; no further queries for figures."""
    period, previous = dashboard.period, dashboard.previous
    local_now = timezone.localtime(now, local_zone())
    until = data_until(period, now)
    the_chapters = chapters(dashboard)
    return {
        "language": translation.get_language() or settings.LANGUAGE_CODE,
        "organisation": organisation_name(),
        "logo_url": f"{settings.STATIC_URL}{LOGO}",
        "period": period,
        "previous": previous,
        "year": period.label,
        "previous_year": previous.label,
        "title": _("Jaarverslag %(year)s") % {"year": period.label},
        "subtitle": _("De cijfers van %(year)s naast die van %(previous)s")
        % {"year": period.label, "previous": previous.label},
        "summary": summary(dashboard),
        "chapters": the_chapters,
        "wijk_tables": wijk_tables(dashboard),
        "explanations": explanations(dashboard),
        "produced_on": _day(local_now.date()),
        "produced_at": formats.time_format(local_now.time()),
        "data_until": _day(until),
        "year_unfinished": until < period.last_day,
        "small_group": "< 5",
    }


# Files -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportFile:
    data: bytes
    filename: str
    content_type: str


def report_pdf(dashboard, now):
    return render_pdf(TEMPLATE, report_context(dashboard, now), stylesheets=STYLESHEETS)


def report_xlsx(dashboard):
    return xlsx_bytes(dashboard)


def filename(year, fmt):
    return f"vmca-jaarverslag-{year}.{fmt}"


def make_report(year, fmt, now):
    """The yearly report of `year` as a file: figures counted up to `now`."""
    dashboard = build(Period.year(year), now)
    with timezone.override(local_zone()):
        data = report_pdf(dashboard, now) if fmt == PDF else report_xlsx(dashboard)
    return ReportFile(data, filename(year, fmt), CONTENT_TYPES[fmt])
