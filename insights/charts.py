"""Charts as inline SVG, drawn on the server: no script, no third-party host, no inline
style attribute (the admin and the PDF report show the same markup).

- `line_chart(trend, chart_id=...)`: a trend per month. The chosen period is a solid line
  with round markers, a year earlier a dashed line with square markers, so the two differ
  without colour.
- `bar_chart(breakdown, chart_id=...)`: horizontal bars per row (a wijk, a theme). The
  chosen period is a solid bar, a year earlier a hatched, outlined bar.

A count of people below five is never drawn at its size: a bar is a short stub with
the text "< 5", a point sits in a shaded band marked "< 5" at the foot of the chart, and
the scale is worked out from the other values only. Every chart names itself (<title>,
<desc>, role="img"); its numbers stand in a table next to it on the page.

Colours come from presentation attributes (for the PDF) that static/css/insights.css
overrides in the admin (light and dark theme). `chart_id` must be unique on the page:
the ids of the title, description and hatch pattern start with it.
"""

import math
from decimal import Decimal

from django.utils import formats
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from cms.figures import SMALL_GROUP_LABEL, SMALL_GROUP_LIMIT

from .sections import COUNT, EURO, PEOPLE, PERCENT, shown

WIDTH = 560
LINE_HEIGHT = 280
FONT_SIZE = 13
SMALL_FONT_SIZE = 12
CURRENT_COLOUR = "#00676a"
PREVIOUS_COLOUR = "#4d4d4d"
TEXT_COLOUR = "#1a1a1a"
GRID_COLOUR = "#d0d0d0"
BAND_COLOUR = "#ececec"
MAX_MONTH_LABELS = 12
MAX_LABEL_LENGTH = 22
STUB_LENGTH = 4
TICKS = 4


def _number(value, decimals=0):
    return formats.number_format(value, decimal_pos=decimals, force_grouping=True)


def _f(value):
    """A coordinate: short, with a dot (SVG is not localised)."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _hidden(value, unit):
    return value is not None and shown(value, unit) == SMALL_GROUP_LABEL


def _scale_value(value, unit):
    """The value on the chart's scale: euros for money, else the value itself."""
    if value is None:
        return None
    value = Decimal(value)
    return value / 100 if unit == EURO else value


def _tick_label(value, unit):
    decimals = max(0, -value.normalize().as_tuple().exponent) if value % 1 else 0
    text = _number(value, decimals)
    if unit == EURO:
        return f"€ {text}"
    if unit == PERCENT:
        return f"{text} %"
    return text


def _nice_step(maximum, whole):
    """A round step (1, 2, 2.5 or 5 times a power of ten) that splits 0..maximum in about
    TICKS parts; at least 1 for things that are counted (`whole`)."""
    raw = float(maximum) / TICKS
    if raw <= 0:
        return Decimal(1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = Decimal(str(10 * magnitude))
    for multiple in (1, 2, 2.5, 5):
        if multiple * magnitude >= raw:
            step = Decimal(str(multiple * magnitude))
            break
    if whole:
        step = max(step, Decimal(1)).to_integral_value(rounding="ROUND_CEILING")
    if step == step.to_integral_value():
        return Decimal(int(step))
    return step


def _axis(values, unit, any_hidden):
    """(top of the scale, step between the ticks). Hidden values never set the scale."""
    visible = [v for v in values if v is not None]
    maximum = max(visible + [Decimal(0)])
    if any_hidden:
        maximum = max(maximum, Decimal(2 * SMALL_GROUP_LIMIT))
    if maximum <= 0:
        maximum = Decimal(1) if unit != PEOPLE else Decimal(2 * SMALL_GROUP_LIMIT)
    step = _nice_step(maximum, whole=unit in (COUNT, PEOPLE))
    top = step * math.ceil(maximum / step)
    return top, step


def _text(x, y, text, *, anchor="start", size=FONT_SIZE, css="ic-text", extra=""):
    return (
        f'<text x="{_f(x)}" y="{_f(y)}" font-size="{size}" text-anchor="{anchor}" '
        f'fill="{TEXT_COLOUR}" class="{css}"{extra}>{escape(text)}</text>'
    )


def _svg(chart_id, height, title, desc, body, css):
    return mark_safe(  # noqa: S308 (every text in it went through escape())
        f'<svg xmlns="http://www.w3.org/2000/svg" class="insights-chart {css}" '
        f'viewBox="0 0 {WIDTH} {height}" width="100%" role="img" '
        f'aria-labelledby="{escape(chart_id)}-title {escape(chart_id)}-desc" '
        ">"
        f'<title id="{escape(chart_id)}-title">{escape(title)}</title>'
        f'<desc id="{escape(chart_id)}-desc">{escape(desc)}</desc>'
        f"{''.join(body)}</svg>"
    )


def _short(label):
    label = str(label)
    if len(label) <= MAX_LABEL_LENGTH:
        return label
    return label[: MAX_LABEL_LENGTH - 1].rstrip() + "…"


def _circle(x, y, css, colour, hollow=False):
    fill = "#ffffff" if hollow else colour
    extra = " ic-hollow" if hollow else ""
    return (
        f'<circle cx="{_f(x)}" cy="{_f(y)}" r="4.5" fill="{fill}" stroke="{colour}" '
        f'stroke-width="2" class="{css}-marker{extra}"/>'
    )


def _square(x, y, css, colour, hollow=False):
    fill = "#ffffff" if hollow else colour
    extra = " ic-hollow" if hollow else ""
    return (
        f'<rect x="{_f(x - 4)}" y="{_f(y - 4)}" width="8" height="8" fill="{fill}" '
        f'stroke="{colour}" stroke-width="2" class="{css}-marker{extra}"/>'
    )


CURRENT_DASH = ""
PREVIOUS_DASH = ' stroke-dasharray="7 5"'


def _legend_line(y, label, *, dashed, marker):
    css = "ic-previous" if dashed else "ic-current"
    colour = PREVIOUS_COLOUR if dashed else CURRENT_COLOUR
    dash = PREVIOUS_DASH if dashed else CURRENT_DASH
    return (
        f'<g class="ic-legend-item"><line x1="0" y1="{_f(y)}" x2="32" y2="{_f(y)}" '
        f'stroke="{colour}" stroke-width="2.5"{dash} class="{css}-line"/>'
        f"{marker(16, y, css, colour)}"
        f"{_text(40, y + 4.5, label)}</g>"
    )


# Line chart ----------------------------------------------------------------------------


def line_chart(trend, *, chart_id):
    """An inline <svg> of `trend` (insights.sections.Trend): one point per month."""
    unit = trend.unit
    points = list(trend.points)
    current = [_scale_value(p.current, unit) for p in points]
    previous = [_scale_value(p.previous, unit) for p in points]
    hidden_current = [_hidden(p.current, unit) for p in points]
    hidden_previous = [_hidden(p.previous, unit) for p in points]
    any_hidden = any(hidden_current) or any(hidden_previous)
    visible = [
        v
        for v, h in zip(current + previous, hidden_current + hidden_previous, strict=True)
        if not h
    ]
    top, step = _axis(visible, unit, any_hidden)

    left, right = 72, WIDTH - 12
    plot_top, plot_bottom = 44, LINE_HEIGHT - 44
    inset = 14

    def y_of(value):
        return plot_bottom - float(value) / float(top) * (plot_bottom - plot_top)

    def x_of(index):
        if len(points) <= 1:
            return (left + right) / 2
        return left + inset + index * (right - left - 2 * inset) / (len(points) - 1)

    body = [
        _legend_line(14, _("Gekozen periode"), dashed=False, marker=_circle),
        f'<g transform="translate(180 0)">'
        f"{_legend_line(14, _('Een jaar eerder'), dashed=True, marker=_square)}</g>",
    ]
    if any_hidden:
        body.append(
            f'<rect x="360" y="5" width="32" height="18" fill="{BAND_COLOUR}" '
            f'stroke="{GRID_COLOUR}" class="ic-band"/>'
            + _text(400, 18.5, _("%(label)s: minder dan 5") % {"label": SMALL_GROUP_LABEL})
        )
    # The value axis: grid lines and labels at round values.
    tick = Decimal(0)
    while tick <= top:
        y = y_of(tick)
        body.append(
            f'<line x1="{left}" y1="{_f(y)}" x2="{right}" y2="{_f(y)}" '
            f'stroke="{GRID_COLOUR}" stroke-width="1" class="ic-grid"/>'
        )
        body.append(_text(left - 8, y + 4, _tick_label(tick, unit), anchor="end"))
        tick += step
    band_middle = SMALL_GROUP_LIMIT / 2
    if any_hidden:
        band_top = y_of(SMALL_GROUP_LIMIT)
        body.append(
            f'<rect x="{left}" y="{_f(band_top)}" width="{right - left}" '
            f'height="{_f(plot_bottom - band_top)}" fill="{BAND_COLOUR}" class="ic-band"/>'
        )
    body.append(
        f'<line x1="{left}" y1="{plot_bottom}" x2="{right}" y2="{plot_bottom}" '
        f'stroke="{TEXT_COLOUR}" stroke-width="1" class="ic-axis"/>'
    )
    # The months along the bottom: at most MAX_MONTH_LABELS, with the year under January
    # and under the first one.
    every = max(1, math.ceil(len(points) / MAX_MONTH_LABELS))
    for index, point in enumerate(points):
        if index % every:
            continue
        x = x_of(index)
        body.append(
            _text(x, plot_bottom + 18, formats.date_format(point.month, "M"), anchor="middle")
        )
        if index == 0 or point.month.month <= every:
            body.append(
                _text(
                    x,
                    plot_bottom + 34,
                    str(point.month.year),
                    anchor="middle",
                    size=SMALL_FONT_SIZE,
                )
            )

    def series(values, hidden, dashed, marker):
        css = "ic-previous" if dashed else "ic-current"
        colour = PREVIOUS_COLOUR if dashed else CURRENT_COLOUR
        dash = PREVIOUS_DASH if dashed else CURRENT_DASH
        coordinates = []
        for index, (value, is_hidden) in enumerate(zip(values, hidden, strict=True)):
            if value is None:
                coordinates.append(None)
                continue
            y = y_of(band_middle if is_hidden else value)
            coordinates.append((x_of(index), y, is_hidden))
        parts = []
        # A month without a value (None) breaks the line.
        runs, run = [], []
        for item in coordinates:
            if item is None:
                if run:
                    runs.append(run)
                run = []
            else:
                run.append(item)
        if run:
            runs.append(run)
        for run in runs:
            if len(run) > 1:
                path = " ".join(f"{_f(x)},{_f(y)}" for x, y, _hidden_point in run)
                parts.append(
                    f'<polyline points="{path}" fill="none" stroke="{colour}" '
                    f'stroke-width="2.5" stroke-linejoin="round"{dash} class="{css}-line"/>'
                )
        for item in coordinates:
            if item is not None:
                x, y, is_hidden = item
                parts.append(marker(x, y, css, colour, hollow=is_hidden))
        return f'<g class="{css}">{"".join(parts)}</g>'

    body.append(series(previous, hidden_previous, True, _square))
    body.append(series(current, hidden_current, False, _circle))

    if points:
        first = formats.date_format(points[0].month, "F Y")
        last = formats.date_format(points[-1].month, "F Y")
        span = _("Per maand, van %(first)s t/m %(last)s.") % {"first": first, "last": last}
    else:
        span = _("Er zijn geen maanden om te tonen.")
    desc = " ".join(
        [
            span,
            _("Doorgetrokken lijn met rondjes: de gekozen periode."),
            _("Stippellijn met vierkantjes: een jaar eerder."),
            _("Open rondjes en vierkantjes in de grijze strook zijn minder dan 5.")
            if any_hidden
            else "",
            _("De getallen staan in de tabel bij deze grafiek."),
        ]
    ).replace("  ", " ")
    return _svg(chart_id, LINE_HEIGHT, trend.title, desc.strip(), body, "insights-chart--line")


# Bar chart -----------------------------------------------------------------------------

BAR_HEIGHT = 14
BAR_GAP = 3
ROW_GAP = 14
LEGEND_HEIGHT = 34


def _hatch_pattern(chart_id):
    return (
        f'<defs><pattern id="{escape(chart_id)}-hatch" width="6" height="6" '
        f'patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        f'<rect width="6" height="6" fill="#ffffff" class="ic-hatch-ground"/>'
        f'<line x1="0" y1="0" x2="0" y2="6" stroke="{PREVIOUS_COLOUR}" stroke-width="2.5" '
        f'class="ic-hatch-line"/></pattern></defs>'
    )


def _bar(x, y, width, *, previous, chart_id):
    if previous:
        return (
            f'<rect x="{_f(x)}" y="{_f(y)}" width="{_f(width)}" height="{BAR_HEIGHT}" '
            f'fill="url(#{escape(chart_id)}-hatch)" stroke="{PREVIOUS_COLOUR}" '
            f'stroke-width="1.5" class="ic-previous-bar"/>'
        )
    return (
        f'<rect x="{_f(x)}" y="{_f(y)}" width="{_f(width)}" height="{BAR_HEIGHT}" '
        f'fill="{CURRENT_COLOUR}" class="ic-current-bar"/>'
    )


def bar_chart(breakdown, *, chart_id):
    """An inline <svg> of `breakdown` (insights.sections.Breakdown): two bars per row."""
    unit = breakdown.unit
    rows = list(breakdown.rows)
    label_right, bars_left, bars_right = 168, 176, WIDTH - 96
    row_height = 2 * BAR_HEIGHT + BAR_GAP + ROW_GAP
    height = LEGEND_HEIGHT + max(len(rows), 1) * row_height + 4

    values = []
    for row in rows:
        for value in (row.current, row.previous):
            if not _hidden(value, unit):
                values.append(_scale_value(value, unit))
    any_hidden = any(_hidden(r.current, unit) or _hidden(r.previous, unit) for r in rows)
    top, _step = _axis(values, unit, any_hidden)

    def length(value):
        return float(_scale_value(value, unit)) / float(top) * (bars_right - bars_left)

    body = [
        _hatch_pattern(chart_id),
        f'<rect x="0" y="4" width="24" height="{BAR_HEIGHT}" fill="{CURRENT_COLOUR}" '
        f'class="ic-current-bar"/>',
        _text(32, 16, _("Gekozen periode")),
        f'<rect x="180" y="4" width="24" height="{BAR_HEIGHT}" '
        f'fill="url(#{escape(chart_id)}-hatch)" stroke="{PREVIOUS_COLOUR}" stroke-width="1.5" '
        f'class="ic-previous-bar"/>',
        _text(212, 16, _("Een jaar eerder")),
    ]
    if not rows:
        body.append(_text(0, LEGEND_HEIGHT + 20, _("Geen gegevens in deze periode.")))
    for index, row in enumerate(rows):
        y = LEGEND_HEIGHT + index * row_height
        label = str(row.label)
        short = _short(label)
        title = f"<title>{escape(label)}</title>" if short != label else ""
        body.append(
            f'<text x="{label_right}" y="{_f(y + BAR_HEIGHT + 6)}" font-size="{FONT_SIZE}" '
            f'text-anchor="end" fill="{TEXT_COLOUR}" class="ic-text ic-label">'
            f"{title}{escape(short)}</text>"
        )
        for offset, value, previous in (
            (0, row.current, False),
            (BAR_HEIGHT + BAR_GAP, row.previous, True),
        ):
            bar_y = y + offset
            if value is None:
                width = 0
            elif _hidden(value, unit):
                width = STUB_LENGTH
            else:
                width = max(length(value), 0)
            if width:
                body.append(_bar(bars_left, bar_y, width, previous=previous, chart_id=chart_id))
            body.append(
                _text(
                    bars_left + width + 5,
                    bar_y + BAR_HEIGHT - 3,
                    shown(value, unit),
                    size=SMALL_FONT_SIZE,
                    css="ic-text ic-value",
                )
            )
    desc = " ".join(
        [
            _("Staafdiagram per %(dimension)s.") % {"dimension": str(breakdown.dimension).lower()},
            _("Volle staaf: de gekozen periode. Gestreepte staaf: een jaar eerder."),
            _("Het getal staat achter elke staaf; minder dan 5 is een kort stukje met „< 5”.")
            if any_hidden
            else _("Het getal staat achter elke staaf."),
            _("De getallen staan ook in de tabel bij deze grafiek."),
        ]
    )
    return _svg(chart_id, height, breakdown.title, desc, body, "insights-chart--bars")


# Almere's six districts as tiles, placed roughly where they lie: Pampus and Buiten in
# the north, Poort, Stad and Hout across the middle, Haven in the south. A tile map, not
# a true outline: every district gets the same room for its name and its numbers.
DISTRICT_TILES = {
    "pampus": (0, 0),
    "buiten": (2, 0),
    "poort": (0, 1),
    "stad": (1, 1),
    "hout": (2, 1),
    "haven": (1, 2),
}
TILE_WIDTH, TILE_HEIGHT, TILE_GAP = 176, 84, 8
# Larger than the other charts' text: on a phone the map is drawn at about 60 %.
TILE_NAME_SIZE, TILE_VALUE_SIZE = 16, 24
# Four shades from light to dark; the number is always written on the tile as well. The
# darkest keeps dark text readable (contrast above 7:1).
TILE_OPACITY = (0.08, 0.18, 0.32, 0.5)


def is_district_breakdown(breakdown):
    """Does `breakdown` count per district of Almere (so a map can show it)?"""
    return sum(1 for row in breakdown.rows if row.key in DISTRICT_TILES) >= 2


def district_map(breakdown, *, chart_id):
    """An inline <svg> tile map of a per-district `breakdown`: each district's name, this
    period's value in large type and the value a year earlier below it; the shade repeats
    the size of this period's value. Rows that are not a district (unknown, elsewhere)
    are left to the table."""
    unit = breakdown.unit
    rows = {row.key: row for row in breakdown.rows if row.key in DISTRICT_TILES}
    visible = [
        _scale_value(row.current, unit)
        for row in rows.values()
        if row.current is not None and not _hidden(row.current, unit)
    ]
    top = max(visible + [Decimal(0)])
    height = 3 * TILE_HEIGHT + 2 * TILE_GAP
    left = (WIDTH - 3 * TILE_WIDTH - 2 * TILE_GAP) / 2
    body = []
    for key, (column, line) in DISTRICT_TILES.items():
        row = rows.get(key)
        x = left + column * (TILE_WIDTH + TILE_GAP)
        y = line * (TILE_HEIGHT + TILE_GAP)
        current = row.current if row is not None else None
        if current is None or _hidden(current, unit) or not top:
            shade = TILE_OPACITY[0]
        else:
            step = int(float(_scale_value(current, unit)) / float(top) * len(TILE_OPACITY))
            shade = TILE_OPACITY[min(step, len(TILE_OPACITY) - 1)]
        body.append(
            f'<rect x="{_f(x)}" y="{_f(y)}" width="{TILE_WIDTH}" height="{TILE_HEIGHT}" rx="6" '
            f'fill="{CURRENT_COLOUR}" fill-opacity="{shade}" stroke="{CURRENT_COLOUR}" '
            f'class="ic-tile"/>'
        )
        # A district without any count has no row: its name as Almere writes it.
        name = row.label if row is not None else f"Almere {key.capitalize()}"
        lines = (
            (y + 22, _short(name), TILE_NAME_SIZE, "ic-tile-name"),
            (y + 51, shown(current, unit), TILE_VALUE_SIZE, "ic-tile-value"),
            (
                y + 74,
                _("een jaar eerder: %(value)s")
                % {"value": shown(row.previous if row is not None else None, unit)},
                TILE_NAME_SIZE - 2,
                "ic-tile-previous",
            ),
        )
        for text_y, text, size, css in lines:
            body.append(
                f'<text x="{_f(x + TILE_WIDTH / 2)}" y="{_f(text_y)}" font-size="{size}" '
                f'text-anchor="middle" fill="{TEXT_COLOUR}" class="ic-text {css}">'
                f"{escape(text)}</text>"
            )
    desc = " ".join(
        [
            _("Kaart van de zes stadsdelen van Almere, als vakjes.")
            + " "
            + _("In elk vakje staan het getal van de gekozen periode en dat van een jaar eerder."),
            _("Hoe donkerder het vakje, hoe hoger het getal."),
            _("De getallen staan ook in de tabel bij deze grafiek."),
        ]
    )
    return _svg(chart_id, height, breakdown.title, desc, body, "insights-chart--map")
