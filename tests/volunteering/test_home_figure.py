"""The home page's "De cijfers" can show the real number of matches, live."""

import datetime as dt

import pytest
from bs4 import BeautifulSoup

from tests import factories as f
from tests.volunteering import builders as b
from volunteering.models import ReactionStatus

pytestmark = pytest.mark.django_db
LABEL = "mensen vonden vrijwilligerswerk via onze vacaturebank"


def home_with_figures(*figures):
    home = f.home_page()
    home.body = f.stream(("key_figures", {"title": "De cijfers", "figures": list(figures)}))
    f.publish(home)
    return home


def shown_numbers(client):
    response = client.get("/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [n.get_text() for n in soup.select(".sf-figures__number")]


def matches(vacancy, count, now):
    for _ in range(count):
        b.reaction(vacancy, created=now - dt.timedelta(days=3), status=ReactionStatus.STARTED)


def test_an_editor_can_choose_the_live_number_of_matches(client, now):
    vacancy = b.vacancy(now=now)
    matches(vacancy, 6, now)
    b.reaction(vacancy, created=now - dt.timedelta(days=3), status=ReactionStatus.NO_MATCH)
    home_with_figures(
        {"number": "2.400", "label": LABEL, "source": "vacaturebank-matches"},
        {"number": "6", "label": "stadsdelen", "source": ""},
    )

    assert shown_numbers(client) == ["6", "6"]


def test_a_small_number_of_matches_is_shown_as_less_than_five(client, now):
    matches(b.vacancy(now=now), 3, now)
    home_with_figures({"number": "2.400", "label": LABEL, "source": "vacaturebank-matches"})

    assert shown_numbers(client) == ["< 5"]


def test_a_typed_number_stays_as_typed_and_old_figures_still_work(client, now):
    matches(b.vacancy(now=now), 7, now)
    # A figure saved before the choice existed has no "source".
    home_with_figures({"number": "2.400", "label": LABEL}, {"number": "310", "label": "x"})

    assert shown_numbers(client) == ["2.400", "310"]


def test_an_unknown_live_figure_falls_back_to_the_typed_number(client):
    home_with_figures({"number": "2.400", "label": LABEL, "source": "bestaat-niet"})

    assert shown_numbers(client) == ["2.400"]


def test_the_choice_is_offered_in_the_block():
    from cms.blocks import KeyFigureBlock

    choices = dict(KeyFigureBlock().child_blocks["source"].field.choices)

    assert "vacaturebank-matches" in choices
    assert "" in choices
