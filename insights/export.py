"""Every figure of the dashboard as a spreadsheet: CSV (one list) and XLSX (one sheet per
section), written by cms.spreadsheets so they open the same way in Dutch Excel.

One row per number the page shows: a key figure, a month of a trend, a row of a
breakdown, each with the chosen period, a year earlier and the change. Values go through
sections.exported(): numbers stay numbers (money in euros), a group below five people
is the text "< 5", as on the screen. The change is a number too (per cent, or
percentage points for a percentage), empty where the page shows none.
"""

from django.utils import formats
from django.utils.translation import gettext as _

from cms.spreadsheets import csv_response as spreadsheet_csv_response
from cms.spreadsheets import xlsx_workbook_bytes, xlsx_workbook_response

from .sections import DAYS, EURO, PERCENT, POINTS, Figure, exported

UNIT_SUFFIXES = {PERCENT: "%", EURO: "€"}


def _unit_suffix(unit):
    if unit == DAYS:
        return _("dagen")
    if unit == POINTS:
        return _("punten")
    return UNIT_SUFFIXES.get(unit, "")


def _labelled(label, unit):
    """ "Opkomst (%)": the unit is not in a bare number, so it goes with the label."""
    suffix = _unit_suffix(unit)
    return f"{label} ({suffix})" if suffix else str(label)


def _change(figure):
    """The change as a number, so a spreadsheet can sort on it (a Decimal: CSV writes
    -3, not '-3); None where the page shows no change."""
    return figure.change_value


def _row_change(key, label, unit, current, previous):
    return _change(Figure(key, str(label), unit, current, previous))


def headings(dashboard):
    return [
        _("Onderdeel"),
        _("Tabel"),
        _("Wat"),
        _("Gekozen periode: %(period)s") % {"period": dashboard.period.label},
        _("Een jaar eerder: %(period)s") % {"period": dashboard.previous.label},
        _("Verschil in % (bij een percentage: in %-punt)"),
    ]


def section_rows(section):
    """The rows of one section (without the section's name in front)."""
    key_figures = _("Kerncijfers")
    for figure in section.figures:
        yield [
            key_figures,
            _labelled(figure.label, figure.unit),
            exported(figure.current, figure.unit, figure.base),
            exported(figure.previous, figure.unit, figure.previous_base),
            _change(figure),
        ]
    for trend in section.trends:
        table = _labelled(trend.title, trend.unit)
        for point in trend.points:
            yield [
                table,
                formats.date_format(point.month, "F Y"),
                exported(point.current, trend.unit),
                exported(point.previous, trend.unit),
                _row_change(trend.key, trend.title, trend.unit, point.current, point.previous),
            ]
    for breakdown in section.breakdowns:
        table = _labelled(f"{breakdown.title} ({breakdown.dimension})", breakdown.unit)
        for row in breakdown.rows:
            yield [
                table,
                str(row.label),
                exported(row.current, breakdown.unit),
                exported(row.previous, breakdown.unit),
                _row_change(row.key, row.label, breakdown.unit, row.current, row.previous),
            ]


def rows(dashboard):
    """(section, table, what, this period, a year earlier, change) for every figure."""
    for section in dashboard.sections:
        for row in section_rows(section):
            yield [str(section.title), *row]


def filename(dashboard, extension):
    return f"cijfers-vmca-{dashboard.period.slug}.{extension}"


def csv_response(dashboard):
    return spreadsheet_csv_response(
        filename(dashboard, "csv"), headings(dashboard), list(rows(dashboard))
    )


def _sheets(dashboard):
    sheet_headings = headings(dashboard)[1:]
    return [
        (str(section.title), sheet_headings, list(section_rows(section)))
        for section in dashboard.sections
    ]


def xlsx_bytes(dashboard):
    """The workbook: one sheet per section (Vrijwilligersacademie, Vacaturebank, ...)."""
    return xlsx_workbook_bytes(_sheets(dashboard))


def xlsx_response(dashboard):
    return xlsx_workbook_response(filename(dashboard, "xlsx"), _sheets(dashboard))
