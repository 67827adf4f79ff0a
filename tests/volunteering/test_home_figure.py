"""The home page's "De cijfers" can show the real number of matches, live: over the period
the editor chose, counted up to and including yesterday in Almere."""

import datetime as dt
import zoneinfo

import pytest
from bs4 import BeautifulSoup

from tests import factories as f
from tests.volunteering import builders as b
from volunteering.models import ReactionStatus

pytestmark = pytest.mark.django_db
ALMERE = zoneinfo.ZoneInfo("Europe/Amsterdam")
LABEL = "mensen vonden vrijwilligerswerk via onze vacaturebank"
MARCH_10 = "2027-03-10T12:00:00+01:00"


def at(*args):
    return dt.datetime(*args, tzinfo=ALMERE)


def home_with_figures(*figures):
    home = f.home_page()
    home.body = f.stream(("key_figures", {"title": "De cijfers", "figures": list(figures)}))
    f.publish(home)
    return home


def shown(client):
    response = client.get("/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        (
            item.select_one(".sf-figures__number").get_text(),
            note.get_text(strip=True) if (note := item.select_one(".sf-figures__note")) else "",
        )
        for item in soup.select(".sf-figures__item")
    ]


def live(period):
    return {"number": "2.400", "label": LABEL, "source": "vacaturebank-matches", "period": period}


def matches(vacancy, count, created):
    for _ in range(count):
        b.reaction(vacancy, created=created, status=ReactionStatus.STARTED)


@pytest.mark.fixed_clock(MARCH_10)
def test_an_editor_can_choose_the_matches_of_a_period(client):
    vacancy = b.vacancy(now=at(2026, 1, 1, 9))
    matches(vacancy, 6, at(2027, 3, 7, 10))  # this year
    matches(vacancy, 5, at(2026, 12, 31, 23, 30))  # last year, just
    matches(vacancy, 2, at(2027, 3, 10, 9))  # today: counted tomorrow
    b.reaction(vacancy, created=at(2027, 3, 7, 10), status=ReactionStatus.NO_MATCH)
    home_with_figures(
        live("dit-jaar"),
        live("vorig-jaar"),
        {"number": "6", "label": "stadsdelen", "source": ""},
    )

    assert shown(client) == [
        ("6", "Geteld tot en met 9 maart 2027"),
        ("5", "Geteld tot en met 31 december 2026"),
        ("6", ""),
    ]


@pytest.mark.fixed_clock(MARCH_10)
def test_a_block_saved_before_the_period_counts_every_match_so_far(client):
    vacancy = b.vacancy(now=at(2025, 1, 1, 9))
    matches(vacancy, 3, at(2025, 6, 1, 10))
    matches(vacancy, 4, at(2027, 3, 9, 10))
    home_with_figures({"number": "2.400", "label": LABEL, "source": "vacaturebank-matches"})

    assert shown(client) == [("7", "Geteld tot en met 9 maart 2027")]


@pytest.mark.fixed_clock(MARCH_10)
def test_a_small_number_of_matches_is_shown_as_less_than_five(client):
    matches(b.vacancy(now=at(2027, 1, 1, 9)), 3, at(2027, 3, 1, 10))
    home_with_figures(live("dit-jaar"))

    assert shown(client) == [("< 5", "Geteld tot en met 9 maart 2027")]


def test_a_typed_number_stays_as_typed_and_old_figures_still_work(client, now):
    matches(b.vacancy(now=now), 7, now - dt.timedelta(days=3))
    # A figure saved before the choice existed has no "source".
    home_with_figures({"number": "2.400", "label": LABEL}, {"number": "310", "label": "x"})

    assert shown(client) == [("2.400", ""), ("310", "")]


def test_an_unknown_live_figure_falls_back_to_the_typed_number(client):
    home_with_figures({"number": "2.400", "label": LABEL, "source": "bestaat-niet"})

    assert shown(client) == [("2.400", "")]


def test_the_choice_is_offered_in_the_block():
    from cms.blocks import KeyFigureBlock

    choices = dict(KeyFigureBlock().child_blocks["source"].field.choices)

    assert choices["vacaturebank-matches"] == "Matches via de vacaturebank"
    assert "" in choices
