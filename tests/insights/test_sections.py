"""How a figure is written: the "< 5" rule, money, rates and the change on a year earlier."""

from decimal import Decimal

from insights.sections import COUNT, DAYS, EURO, PEOPLE, PERCENT, POINTS, Figure, exported, shown


def test_people_below_five_are_never_shown_exactly():
    assert shown(4, PEOPLE) == "< 5"
    assert shown(0, PEOPLE) == "< 5"
    assert shown(5, PEOPLE) == "5"
    assert shown(1234, PEOPLE) == "1.234"
    # Things are not people: three editions are three editions.
    assert shown(3, COUNT) == "3"


def test_a_rate_over_fewer_than_five_people_is_not_shown():
    assert shown(Decimal("75"), PERCENT, base=4) == "< 5"
    assert shown(Decimal("87.5"), PERCENT, base=8) == "88 %"
    assert shown(Decimal("2.25"), DAYS, base=3) == "< 5"
    assert shown(Decimal("2.25"), DAYS, base=30) == "2,3"


def test_money_points_and_missing_values():
    assert shown(123456, EURO) == "€ 1.234,56"
    assert shown(Decimal("12.25"), POINTS) == "12,3"
    assert shown(None, PEOPLE) == "–"


def test_exports_keep_numbers_as_numbers_unless_hidden():
    assert exported(12, PEOPLE) == 12
    assert exported(3, PEOPLE) == "< 5"
    assert exported(123456, EURO) == Decimal("1234.56")
    assert exported(Decimal("87.54"), PERCENT, base=8) == Decimal("87.5")


def test_the_change_on_a_year_earlier():
    assert Figure("r", "Aanmeldingen", PEOPLE, 120, 100).change == "+20 %"
    assert Figure("r", "Aanmeldingen", PEOPLE, 90, 100).change == "−10 %"
    assert Figure("r", "Aanmeldingen", PEOPLE, 90, 90).change == "0 %"
    # Nothing to compare with, or a change that would reveal a small group.
    assert Figure("r", "Aanmeldingen", PEOPLE, 12, 0).change == ""
    assert Figure("r", "Aanmeldingen", PEOPLE, 12, 3).change == ""
    rate = Figure("a", "Aanwezig", PERCENT, Decimal(80), Decimal(75), base=40, previous_base=30)
    assert rate.change == "+5 %-punt"


def test_the_change_as_a_number_is_the_same_rule():
    """The export sorts on the number; the page shows the text: one rule for both."""
    assert Figure("r", "Aanmeldingen", PEOPLE, 90, 100).change_value == Decimal(-10)
    assert Figure("r", "Aanmeldingen", PEOPLE, 12, 3).change_value is None
    rate = Figure("a", "Aanwezig", PERCENT, Decimal(80), Decimal(75), base=40, previous_base=30)
    assert rate.change_value == Decimal(5)
