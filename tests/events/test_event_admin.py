"""The event page's admin form, posted as the browser sends it: an exception on a day the
repetition does not have, and an activity without any date, are refused with a message
and nothing is saved; a draft without dates may be saved."""

import datetime as dt

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html

from events.models import CalendarEntry, EventException, EventPage
from tests import factories as f
from tests.events.conftest import AGENDA_DAY, agenda, event, kind

pytestmark = [pytest.mark.django_db, pytest.mark.fixed_clock(AGENDA_DAY)]

TUESDAYS = {
    "repeat": "weekly",
    "start_date": dt.date(2027, 3, 2),  # a Tuesday
    "start_time": dt.time(9, 30),
    "end_time": dt.time(12, 0),
    "count": 6,
}


@pytest.fixture
def editor(client):
    client.force_login(f.superuser())
    return client


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def form_data(client, page):
    """The edit form of the page as the admin draws it (stream fields added by hand)."""
    html = client.get(edit_url(page)).content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    data.setdefault("body-count", "0")
    return data


def add_row(data, prefix, **values):
    """One more row in an inline panel (what "Uitzondering toevoegen" does in the browser)."""
    number = int(data[f"{prefix}-TOTAL_FORMS"])
    data[f"{prefix}-TOTAL_FORMS"] = str(number + 1)
    data[f"{prefix}-{number}-id"] = ""
    data[f"{prefix}-{number}-ORDER"] = str(number + 1)
    data[f"{prefix}-{number}-DELETE"] = ""
    for name, value in values.items():
        data[f"{prefix}-{number}-{name}"] = value
    return data


def delete_rows(data, prefix):
    for number in range(int(data[f"{prefix}-TOTAL_FORMS"])):
        data[f"{prefix}-{number}-DELETE"] = "1"
    return data


def post(client, page, data, action):
    data[f"action-{action}"] = "1"
    return client.post(edit_url(page), data)


def saved_state(page):
    """What is stored of the page: its revisions, exceptions, live version and calendar."""
    page = Page.objects.get(pk=page.pk).specific
    return (
        page.revisions.count(),
        page.latest_revision_id,
        sorted(EventException.objects.filter(page=page).values_list("date", "kind")),
        page.live,
        sorted(
            CalendarEntry.objects.filter(object_id=str(page.pk)).values_list(
                "key", "sequence", "withdrawn"
            )
        ),
    )


@pytest.mark.parametrize("action", ["publish", "save-draft"])
def test_an_exception_on_a_day_outside_the_series_is_refused_naming_the_day(editor, action):
    page = event(title="Spreekuur", slug="spreekuur", repeat=TUESDAYS)
    before = saved_state(page)
    data = add_row(form_data(editor, page), "exceptions", date="2027-03-10", kind="excluded")

    response = post(editor, page, data, action)

    assert response.status_code == 200  # the form again, with the message
    html = response.content.decode()
    assert "De datum woensdag 10 maart 2027 hoort niet bij de herhaling." in html
    assert "bijvoorbeeld dinsdag 9 maart 2027" in html
    assert saved_state(page) == before


def test_an_exception_on_a_day_of_the_series_is_accepted(editor):
    page = event(title="Spreekuur", slug="spreekuur", repeat=TUESDAYS)
    data = add_row(form_data(editor, page), "exceptions", date="2027-03-09", kind="excluded")

    response = post(editor, page, data, "publish")

    assert response.status_code == 302, response.content.decode()[:3000]
    series = CalendarEntry.objects.get(object_id=str(page.pk), key="series")
    assert series.exdates == ["2027-03-09T09:30:00"]


def test_an_exception_without_a_repetition_is_refused(editor):
    page = event(
        title="Informatieavond", slug="info", dates=[(dt.date(2027, 3, 29), "19:30", "21:00")]
    )
    before = saved_state(page)
    data = add_row(form_data(editor, page), "exceptions", date="2027-03-29", kind="cancelled")

    response = post(editor, page, data, "publish")

    assert response.status_code == 200
    assert "Deze activiteit herhaalt niet, dus een uitzondering op maandag 29 maart 2027" in (
        response.content.decode()
    )
    assert saved_state(page) == before


def test_two_exceptions_for_the_same_day_are_refused(editor):
    page = event(title="Spreekuur", slug="spreekuur", repeat=TUESDAYS)
    before = saved_state(page)
    data = add_row(form_data(editor, page), "exceptions", date="2027-03-09", kind="excluded")
    data = add_row(data, "exceptions", date="2027-03-09", kind="cancelled")

    response = post(editor, page, data, "publish")

    assert response.status_code == 200
    assert "Voor dinsdag 9 maart 2027 is al een uitzondering." in response.content.decode()
    assert saved_state(page) == before


def test_publishing_an_event_without_dates_is_refused(editor):
    page = event(
        title="Informatieavond", slug="info", dates=[(dt.date(2027, 3, 29), "19:30", "21:00")]
    )
    before = saved_state(page)
    data = delete_rows(form_data(editor, page), "dates")

    response = post(editor, page, data, "publish")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Deze activiteit heeft geen datum." in html
    assert "alleen als concept opslaan" in html
    assert saved_state(page) == before
    assert EventPage.objects.get(pk=page.pk).dates.count() == 1


def test_publishing_a_series_whose_every_date_falls_out_is_refused(editor):
    page = event(
        title="Spreekuur",
        slug="spreekuur",
        repeat={**TUESDAYS, "count": 1},
    )
    before = saved_state(page)
    data = add_row(form_data(editor, page), "exceptions", date="2027-03-02", kind="excluded")

    response = post(editor, page, data, "publish")

    assert response.status_code == 200
    assert "Deze activiteit heeft geen datum." in response.content.decode()
    assert saved_state(page) == before


def test_sending_an_event_without_dates_for_approval_is_refused(client):
    page = event(
        title="Informatieavond", slug="info", dates=[(dt.date(2027, 3, 29), "19:30", "21:00")]
    )
    client.force_login(f.redacteur())
    before = saved_state(page)
    data = delete_rows(form_data(client, page), "dates")

    response = post(client, page, data, "submit")

    assert response.status_code == 200
    assert "Deze activiteit heeft geen datum." in response.content.decode()
    assert saved_state(page) == before


def test_a_draft_without_dates_may_be_saved_and_stays_off_the_site(editor):
    page = event(
        title="Nieuw", slug="nieuw", publish_it=False, dates=[(dt.date(2027, 3, 29), "19:30", None)]
    )
    page.unpublish()
    data = delete_rows(form_data(editor, page), "dates")

    response = post(editor, page, data, "save-draft")

    assert response.status_code == 302, response.content.decode()[:3000]
    page = EventPage.objects.get(pk=page.pk)
    assert not page.live
    assert page.get_latest_revision_as_object().dates.count() == 0
    assert not CalendarEntry.objects.filter(object_id=str(page.pk), withdrawn=False).exists()


def test_a_new_event_without_dates_cannot_be_published_but_can_be_a_draft(editor):
    index = agenda()
    url = reverse("wagtailadmin_pages:add", args=("events", "eventpage", index.pk))
    data = querydict_from_html(editor.get(url).content.decode(), form_id="page-edit-form")
    data.setdefault("body-count", "0")
    data.update({"title": "Buurtlunch", "slug": "buurtlunch", "kind": str(kind().pk)})

    refused = editor.post(url, {**data.dict(), "action-publish": "1"})

    assert refused.status_code == 200
    assert "Deze activiteit heeft geen datum." in refused.content.decode()
    assert not EventPage.objects.filter(slug="buurtlunch").exists()

    draft = editor.post(url, {**data.dict(), "action-save-draft": "1"})

    assert draft.status_code == 302, draft.content.decode()[:3000]
    assert not EventPage.objects.get(slug="buurtlunch").live
