"""The one way the site writes a spreadsheet that staff open in Excel or LibreOffice.

Every export (contact-form submissions; in the academy registrations, payments and the
presence list for the registers) goes through here, so they all open the same way in
Dutch Excel:

- CSV: UTF-8 with a byte order mark (else Excel shows é as Ã©), ';' between the fields
  (Dutch Excel reads ',' as the decimal sign), CRLF line ends, decimals with a comma
  (7,5), dates as 31-12-2027 and times as 31-12-2027 19:30, in Dutch local time.
- XLSX: a named sheet, the header row in bold and frozen, column widths that fit the
  text, numbers as numbers and dates as dates.
- Nothing that a person typed ever runs as a formula (defuse_formula).

The PE-online number list is not a spreadsheet: PE-online wants plain text, one number per
line (academy.accreditation_export.number_list), so it does not come through here.
A list (the ticked boxes of a form) becomes one cell, its items separated by commas.
"""

import csv
import datetime as dt
import io
import re
from decimal import Decimal

from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.encoding import force_str

DELIMITER = ";"
LINE_END = "\r\n"
BOM = "\ufeff"
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DATE_FORMAT = "%d-%m-%Y"
DATETIME_FORMAT = "%d-%m-%Y %H:%M"
XLSX_DATE_FORMAT = "DD-MM-YYYY"
XLSX_DATETIME_FORMAT = "DD-MM-YYYY HH:MM"
MIN_WIDTH = 10
MAX_WIDTH = 50
# Characters Excel does not allow in a sheet name, and its maximum length.
SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
SHEET_NAME_LENGTH = 31

# A cell that starts with one of these is a formula in Excel and LibreOffice.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defuse_formula(value):
    """People type their own answers: never let a CSV cell run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _local(value):
    """A datetime as staff read it: Dutch local time, without a time zone (spreadsheets
    have none)."""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.replace(tzinfo=None, microsecond=0)


def csv_cell(value):
    """The text of one CSV cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, int):
        # A number is never a formula: -3 stays -3 (defusing would make it text).
        return str(value)
    if isinstance(value, Decimal):
        return f"{value:f}".replace(".", ",")
    if isinstance(value, float):
        return f"{value}".replace(".", ",")
    if isinstance(value, dt.datetime):
        return _local(value).strftime(DATETIME_FORMAT)
    if isinstance(value, dt.date):
        return value.strftime(DATE_FORMAT)
    if isinstance(value, (list, tuple)):
        return defuse_formula(", ".join(force_str(item) for item in value))
    return defuse_formula(force_str(value))


def csv_lines(headings, rows):
    """The CSV file line by line (as bytes), the first with the byte order mark: for a
    streaming response, so a long list does not sit in memory."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=DELIMITER, lineterminator=LINE_END)

    def line(values):
        buffer.seek(0)
        buffer.truncate()
        writer.writerow([csv_cell(value) for value in values])
        return buffer.getvalue()

    yield (BOM + line(force_str(heading) for heading in headings)).encode("utf-8")
    for row in rows:
        yield line(row).encode("utf-8")


def csv_bytes(headings, rows):
    return b"".join(csv_lines(headings, rows))


def sheet_name(name, fallback="Lijst"):
    """A name Excel accepts for a sheet."""
    return SHEET_NAME_FORBIDDEN.sub("-", force_str(name)).strip()[:SHEET_NAME_LENGTH] or fallback


def _xlsx_value(value):
    if isinstance(value, dt.datetime):
        return _local(value)
    if value is None or isinstance(value, (bool, int, float, Decimal, dt.date)):
        return value
    if isinstance(value, (list, tuple)):
        return ", ".join(force_str(item) for item in value)
    return force_str(value)


def _width(value):
    if value is None:
        return 0
    if isinstance(value, dt.datetime):
        return len(XLSX_DATETIME_FORMAT)
    if isinstance(value, dt.date):
        return len(XLSX_DATE_FORMAT)
    return max((len(line) for line in force_str(value).splitlines()), default=0)


def xlsx_bytes(title, headings, rows):
    """An XLSX file with one sheet called `title`: bold frozen header, fitting widths."""
    return xlsx_workbook_bytes([(title, headings, rows)])


def _write_sheet(sheet, headings, rows):
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    headings = [force_str(heading) for heading in headings]
    sheet.append(headings)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = [len(heading) for heading in headings]
    for row in rows:
        values = [_xlsx_value(value) for value in row]
        sheet.append(values)
        for position, cell in enumerate(sheet[sheet.max_row]):
            value = values[position] if position < len(values) else None
            if isinstance(value, str) and cell.data_type == "f":
                # openpyxl turns text that starts with '=' into a formula; people type
                # their own names and answers, so all text stays text.
                cell.data_type = "s"
            elif isinstance(value, dt.datetime):
                cell.number_format = XLSX_DATETIME_FORMAT
            elif isinstance(value, dt.date):
                cell.number_format = XLSX_DATE_FORMAT
            elif isinstance(value, Decimal) and value.as_tuple().exponent < 0:
                # As many decimals as the value has: 45,00 for money, 7,5 for points.
                cell.number_format = "0." + "0" * -value.as_tuple().exponent
            if position < len(widths):
                widths[position] = max(widths[position], _width(value))
    sheet.freeze_panes = "A2"
    for position, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(position)].width = min(
            max(width + 2, MIN_WIDTH), MAX_WIDTH
        )


def _attachment(response, filename):
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_response(filename, headings, rows):
    """A streaming CSV download; `filename` with its extension."""
    response = StreamingHttpResponse(csv_lines(headings, rows), content_type=CSV_CONTENT_TYPE)
    return _attachment(response, filename)


def xlsx_response(filename, title, headings, rows):
    return FileResponse(
        io.BytesIO(xlsx_bytes(title, headings, rows)),
        as_attachment=True,
        filename=filename,
        content_type=XLSX_CONTENT_TYPE,
    )


class ListingExportMixin:
    """For a Wagtail IndexView with list_export: its CSV and XLSX downloads in this dialect.

    Set `export_sheet_title`; rows come from the view's to_row_dict(), raw values (text,
    numbers, dates) that this module formats."""

    export_sheet_title = "Lijst"

    def export_rows(self, queryset):
        for item in queryset:
            row = self.to_row_dict(item)
            yield [row[field] for field in self.list_export]

    def export_headings_for(self, queryset):
        return [self.get_heading(queryset, field) for field in self.list_export]

    def write_csv_response(self, queryset):
        return csv_response(
            f"{self.get_filename()}.csv",
            self.export_headings_for(queryset),
            self.export_rows(queryset),
        )

    def write_xlsx_response(self, queryset):
        return xlsx_response(
            f"{self.get_filename()}.xlsx",
            self.export_sheet_title,
            self.export_headings_for(queryset),
            self.export_rows(queryset),
        )


def xlsx_workbook_bytes(sheets):
    """An XLSX file with a sheet for each (title, headings, rows) in `sheets`. Titles are
    made unique (Excel refuses two sheets with the same name)."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    used = set()
    for title, headings, rows in sheets or [("Lijst", [], [])]:
        name = sheet_name(title)
        number = 2
        while name.lower() in used:
            suffix = f" ({number})"
            name = sheet_name(title)[: SHEET_NAME_LENGTH - len(suffix)] + suffix
            number += 1
        used.add(name.lower())
        _write_sheet(workbook.create_sheet(name), headings, rows)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def xlsx_workbook_response(filename, sheets):
    """A download of xlsx_workbook_bytes(sheets); `filename` with its extension."""
    return FileResponse(
        io.BytesIO(xlsx_workbook_bytes(sheets)),
        as_attachment=True,
        filename=filename,
        content_type=XLSX_CONTENT_TYPE,
    )
