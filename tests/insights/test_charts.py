"""The dashboard's charts (insights.charts): well-formed SVG that names itself, the two
periods told apart without colour, a group below five never drawn at its size, and
every text escaped."""

import datetime as dt
from xml.etree import ElementTree as ET

import pytest

from insights.charts import bar_chart, district_map, is_district_breakdown, line_chart
from insights.sections import COUNT, EURO, PEOPLE, Breakdown, Point, Row, Trend

SVG = "{http://www.w3.org/2000/svg}"


def parse(svg):
    return ET.fromstring(str(svg))  # noqa: S314 (our own output)


def months(*values):
    """Points for January, February, ... of 2027 from (current, previous) pairs."""
    return [
        Point(dt.date(2027, number, 1), current, previous)
        for number, (current, previous) in enumerate(values, start=1)
    ]


def trend(points, unit=PEOPLE, title="Aanmeldingen per maand"):
    return Trend("aanmeldingen", title, unit, points)


def breakdown(rows, unit=PEOPLE, title="Deelnemers per wijk"):
    return Breakdown("wijken", title, "Wijk", unit, rows)


def by_class(root, tag, css):
    return [
        element
        for element in root.iter(f"{SVG}{tag}")
        if css in (element.get("class") or "").split()
    ]


def texts(root):
    return ["".join(element.itertext()) for element in root.iter(f"{SVG}text")]


# Line chart ----------------------------------------------------------------------------


def test_line_chart_is_an_image_that_names_itself():
    root = parse(line_chart(trend(months((12, 8), (20, 10), (15, 30))), chart_id="c-1"))

    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "c-1-title c-1-desc"
    assert root.find(f"{SVG}title").get("id") == "c-1-title"
    assert root.find(f"{SVG}title").text == "Aanmeldingen per maand"
    desc = root.find(f"{SVG}desc")
    assert desc.get("id") == "c-1-desc"
    assert "januari 2027 t/m maart 2027" in desc.text
    # A fixed height and a width that follows the page.
    assert root.get("viewBox") == "0 0 560 280"
    assert root.get("width") == "100%"
    assert root.get("height") is None


def test_line_chart_draws_both_periods_with_different_lines_and_markers():
    root = parse(line_chart(trend(months((12, 8), (20, 10), (15, 30))), chart_id="c"))

    (current,) = by_class(root, "polyline", "ic-current-line")
    (previous,) = by_class(root, "polyline", "ic-previous-line")
    assert current.get("stroke-dasharray") is None
    assert previous.get("stroke-dasharray") == "7 5"
    assert len(current.get("points").split()) == 3
    assert len(previous.get("points").split()) == 3
    # Round markers for this period, square ones for a year earlier: 3 each plus the legend.
    assert len(by_class(root, "circle", "ic-current-marker")) == 3 + 1
    assert len(by_class(root, "rect", "ic-previous-marker")) == 3 + 1
    # The legend names both, with the same line styles as the chart.
    assert "Gekozen periode" in texts(root)
    assert "Een jaar eerder" in texts(root)
    legend_lines = [line for line in root.iter(f"{SVG}line") if "-line" in line.get("class", "")]
    assert {line.get("stroke-dasharray") for line in legend_lines} == {None, "7 5"}


def test_line_chart_has_month_labels_and_round_value_ticks():
    root = parse(line_chart(trend(months((12, 8), (20, 10), (37, 30))), chart_id="c"))
    labels = texts(root)
    assert ["Jan", "Feb", "Mrt"] == [label for label in labels if label in ("Jan", "Feb", "Mrt")]
    assert "2027" in labels
    # 37 is the highest value: ticks every 10 up to 40.
    assert [label for label in labels if label.isdigit() and len(label) <= 2] == [
        "0",
        "10",
        "20",
        "30",
        "40",
    ]


def test_line_chart_money_ticks_are_in_euros():
    root = parse(line_chart(trend(months((123_456, 0), (50_000, 0)), unit=EURO), chart_id="c"))
    # 1.234,56 euro at most: ticks of 500 euro.
    assert {"€ 0", "€ 500", "€ 1.000", "€ 1.500"} <= set(texts(root))


def test_line_chart_small_groups_sit_in_the_band_and_do_not_set_the_scale():
    # February this period and January a year earlier are below five.
    chart = line_chart(trend(months((12, 3), (4, 20), (15, 30))), chart_id="c")
    root = parse(chart)

    hollow = [
        element for element in root.iter() if "ic-hollow" in (element.get("class") or "").split()
    ]
    assert len(hollow) == 2
    band = by_class(root, "rect", "ic-band")
    assert band, "a chart with a small group shows the '< 5' band"
    assert "< 5: minder dan 5" in texts(root)
    # The hidden points all sit at the same height, whatever their value was.
    same = parse(line_chart(trend(months((12, 0), (1, 20), (15, 30))), chart_id="c"))
    hollow_same = [e for e in same.iter() if "ic-hollow" in (e.get("class") or "").split()]
    assert [e.get("cy") or e.get("y") for e in hollow] == [
        e.get("cy") or e.get("y") for e in hollow_same
    ]
    # No exact small value is written anywhere.
    assert not {"3", "4"} & set(texts(root))


def test_line_chart_breaks_at_a_month_without_a_value():
    root = parse(line_chart(trend(months((12, 8), (None, 10), (15, 30), (18, 31))), chart_id="c"))
    current = by_class(root, "polyline", "ic-current-line")
    # January stands alone (a marker, no line); March and April are joined.
    assert len(current) == 1
    assert len(current[0].get("points").split()) == 2
    assert len(by_class(root, "circle", "ic-current-marker")) == 3 + 1


def test_line_chart_escapes_its_title():
    chart = line_chart(
        trend(months((12, 8)), title='Aanmeldingen <script>alert("x")</script>'), chart_id="c"
    )
    assert "<script>" not in chart
    assert parse(chart).find(f"{SVG}title").text == 'Aanmeldingen <script>alert("x")</script>'


def test_line_chart_of_an_empty_trend_still_parses():
    root = parse(line_chart(trend([]), chart_id="leeg"))
    assert "Er zijn geen maanden om te tonen." in root.find(f"{SVG}desc").text


# Bar chart -----------------------------------------------------------------------------


def bar_widths(root, css):
    return [float(rect.get("width")) for rect in by_class(root, "rect", css)]


def test_bar_chart_draws_this_period_solid_and_a_year_earlier_hatched():
    rows = [Row("haven", "Almere Haven", 40, 20), Row("stad", "Almere Stad", 10, 30)]
    root = parse(bar_chart(breakdown(rows), chart_id="b-1"))

    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "b-1-title b-1-desc"
    assert root.find(f"{SVG}title").text == "Deelnemers per wijk"
    # Legend first, then one bar per row; lengths in proportion (40 is the longest).
    current = bar_widths(root, "ic-current-bar")[1:]
    previous = bar_widths(root, "ic-previous-bar")[1:]
    assert current[0] == pytest.approx(4 * current[1])
    assert previous[1] == pytest.approx(1.5 * previous[0])
    assert current[0] == pytest.approx(4 / 3 * previous[1])
    hatched = by_class(root, "rect", "ic-previous-bar")
    assert {rect.get("fill") for rect in hatched} == {"url(#b-1-hatch)"}
    assert root.find(f".//{SVG}pattern").get("id") == "b-1-hatch"
    assert {rect.get("fill") for rect in by_class(root, "rect", "ic-current-bar")} != {
        "url(#b-1-hatch)"
    }
    # The value stands at the end of each bar.
    values = [t for t in texts(root) if t.isdigit()]
    assert values == ["40", "20", "10", "30"]
    assert ["Almere Haven", "Almere Stad"] == [t for t in texts(root) if t.startswith("Almere")]


def test_bar_chart_small_group_is_a_stub_that_says_less_than_five():
    small = [Row("haven", "Almere Haven", 40, 20), Row("poort", "Almere Poort", 3, 1)]
    smaller = [Row("haven", "Almere Haven", 40, 20), Row("poort", "Almere Poort", 1, 4)]
    first = bar_chart(breakdown(small), chart_id="b")
    second = bar_chart(breakdown(smaller), chart_id="b")

    # The exact value is nowhere: the two charts are the same drawing.
    assert first == second
    root = parse(first)
    assert texts(root).count("< 5") == 2
    assert bar_widths(root, "ic-current-bar")[2] == 4
    assert bar_widths(root, "ic-previous-bar")[2] == 4
    assert not {"1", "3", "4"} & set(texts(root))


def test_bar_chart_scale_comes_from_the_shown_values_only():
    # Only small groups: the scale is the same whatever they are, so nothing leaks.
    one = parse(bar_chart(breakdown([Row("a", "A", 4, 0)]), chart_id="b"))
    other = parse(bar_chart(breakdown([Row("a", "A", 1, 2)]), chart_id="b"))
    assert bar_widths(one, "ic-current-bar") == bar_widths(other, "ic-current-bar")


def test_bar_chart_counts_and_money_are_exact():
    root = parse(bar_chart(breakdown([Row("a", "Cursus", 12_500, None)], unit=EURO), chart_id="b"))
    assert "€ 125,00" in texts(root)
    assert "–" in texts(root)  # no value a year earlier: no bar, a dash
    assert len(by_class(root, "rect", "ic-previous-bar")) == 1  # the legend only
    root = parse(bar_chart(breakdown([Row("a", "Edities", 2, 1)], unit=COUNT), chart_id="b"))
    assert {"2", "1"} <= set(texts(root))


def test_bar_chart_escapes_labels_and_shortens_long_ones():
    rows = [
        Row("x", 'Wijk <img src=x onerror="alert(1)">', 10, 12),
        Row("y", "Een heel erg lange naam van een wijk & buurt", 10, 12),
    ]
    chart = bar_chart(breakdown(rows, title="Per <b>wijk</b>"), chart_id="b")
    assert "<img" not in chart and "<b>" not in chart
    root = parse(chart)
    # No event handler and no style attribute on any element.
    attributes = {name for element in root.iter() for name in element.attrib}
    assert not [name for name in attributes if name.startswith("on") or name == "style"]
    assert root.find(f"{SVG}title").text == "Per <b>wijk</b>"
    labels = by_class(root, "text", "ic-label")
    assert "".join(labels[0].itertext()).startswith("Wijk <img")
    # The long label is cut short, with its full text as a tooltip.
    assert labels[1].find(f"{SVG}title").text == "Een heel erg lange naam van een wijk & buurt"
    assert labels[1][0].tail.endswith("…")


def test_bar_chart_without_rows_says_so():
    root = parse(bar_chart(breakdown([]), chart_id="b"))
    assert "Geen gegevens in deze periode." in texts(root)


def test_charts_need_no_request_and_ids_follow_chart_id():
    one = line_chart(trend(months((12, 8))), chart_id="rapport-1")
    two = bar_chart(breakdown([Row("a", "A", 5, 6)]), chart_id="rapport-2")
    assert 'id="rapport-1-title"' in one and 'id="rapport-2-hatch"' in two


# Map of the districts -----------------------------------------------------------------


def district_rows():
    return [
        Row("stad", "Almere Stad", 120, 100),
        Row("haven", "Almere Haven", 40, 3),
        Row("buiten", "Almere Buiten", 3, 12),
        Row("poort", "Almere Poort", 60, 55),
        Row("", "Onbekend", 9, 2),
    ]


def tiles(root):
    """{name: (this period, a year earlier, shade)} per tile, read from the SVG."""
    found = {}
    rects = by_class(root, "rect", "ic-tile")
    names = by_class(root, "text", "ic-tile-name")
    values = by_class(root, "text", "ic-tile-value")
    previous = by_class(root, "text", "ic-tile-previous")
    for rect, name, value, before in zip(rects, names, values, previous, strict=True):
        found[name.text] = (value.text, before.text, float(rect.get("fill-opacity")))
    return found


def test_the_map_shows_each_district_with_both_years_written_out():
    chart = breakdown(district_rows())
    assert is_district_breakdown(chart)
    root = parse(district_map(chart, chart_id="m-1"))

    assert root.get("role") == "img" and root.get("aria-labelledby") == "m-1-title m-1-desc"
    assert "zes stadsdelen" in root.find(f"{SVG}desc").text
    found = tiles(root)
    # All six districts, also those without any count; "Onbekend" is left to the table.
    assert set(found) == {
        "Almere Stad",
        "Almere Haven",
        "Almere Buiten",
        "Almere Poort",
        "Almere Pampus",
        "Almere Hout",
    }
    assert found["Almere Stad"][:2] == ("120", "een jaar eerder: 100")
    assert found["Almere Haven"][:2] == ("40", "een jaar eerder: < 5")
    assert found["Almere Hout"][:2] == ("–", "een jaar eerder: –")


def test_the_shade_follows_the_number_and_a_small_group_gets_the_lightest():
    found = tiles(parse(district_map(breakdown(district_rows()), chart_id="m-2")))

    assert found["Almere Stad"][2] > found["Almere Poort"][2] > found["Almere Haven"][2]
    # Three people: written as "< 5" and shaded like an empty district, so the shade
    # gives nothing away.
    assert found["Almere Buiten"][:1] == ("< 5",)
    assert found["Almere Buiten"][2] == found["Almere Hout"][2] == min(v[2] for v in found.values())


def test_only_a_breakdown_by_district_gets_a_map():
    themes = Breakdown(
        "themes", "Per thema", "Thema", PEOPLE, [Row("eenzaamheid", "Eenzaamheid", 8, 4)]
    )
    assert not is_district_breakdown(themes)
    assert not is_district_breakdown(breakdown([Row("stad", "Almere Stad", 8, 4)]))
