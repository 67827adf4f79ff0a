"""An event page's head (dates, place) and its organiser are cached (issue 17); the sign-up
is not. Nothing stale after a publish, dates that pass drop out, previews never cached."""

import datetime as dt
import json

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import querydict_from_html

from tests import factories as f
from tests.events.conftest import AGENDA_DAY, event
from tests.events.test_event_page import FIRST_TUESDAY, shown_dates, tuesdays, weekly

pytestmark = [pytest.mark.django_db, pytest.mark.fixed_clock(AGENDA_DAY)]


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0
    f.site_settings()  # made on first use otherwise, which counts as a content change


def test_a_visitor_s_second_look_costs_at_most_ten_queries(client, django_assert_max_num_queries):
    weekly(54)
    # Both looks in the same five minutes: the cached dates also change with the slot.
    with time_machine.travel(timezone.now(), tick=False):
        client.get("/agenda/spreekuur/")
        with django_assert_max_num_queries(10):
            response = client.get("/agenda/spreekuur/")
    assert shown_dates(response.content.decode()) == tuesdays(5)


def test_a_published_change_shows_at_once(client):
    page = weekly(10)
    client.get("/agenda/spreekuur/")

    page.venue = "Wijkhuis De Regenboog"
    f.publish(page)

    assert "Wijkhuis De Regenboog" in client.get("/agenda/spreekuur/").content.decode()


def test_a_date_that_passed_drops_out(client, now):
    weekly(10)
    assert shown_dates(client.get("/agenda/spreekuur/").content.decode())[0] == tuesdays(1)[0]

    # The first Tuesday's morning is over (12.00): the next visit starts a week later.
    after_first = dt.datetime.combine(FIRST_TUESDAY, dt.time(13, 0), tzinfo=now.tzinfo)
    with time_machine.travel(after_first, tick=False):
        html = client.get("/agenda/spreekuur/").content.decode()
        data = json.loads(
            html.split('<script type="application/ld+json">', 1)[1].split("</script>")[0]
        )

    assert shown_dates(html) == tuesdays(5, start=FIRST_TUESDAY + dt.timedelta(weeks=1))
    assert all(item["startDate"] > after_first.date().isoformat() for item in data)


def test_a_preview_shows_the_draft_and_leaves_the_cache_alone(client):
    page = event(title="Werkcafé", slug="werkcafe", dates=[(FIRST_TUESDAY, "19:30", "21:00")])
    assert "Buurtcentrum De Schakel" in client.get("/agenda/werkcafe/").content.decode()

    client.force_login(f.superuser())
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    data.setdefault("body-count", "0")
    data["venue"] = "Een geheime plek"
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    assert json.loads(client.post(preview_url, data).content)["is_valid"]
    assert "Een geheime plek" in client.get(preview_url).content.decode()

    client.logout()
    live = client.get("/agenda/werkcafe/").content.decode()
    assert "Een geheime plek" not in live
    assert "Buurtcentrum De Schakel" in live
