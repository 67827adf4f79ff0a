"""The agenda as a visitor uses it: filters without JavaScript, pages that keep the filters,
cancelled dates that say so, and an activity downloaded into a calendar app."""

import re

from tests.browser.conftest import BROWSER_TESTS, PHONE

pytestmark = BROWSER_TESTS


def _names(wijk_slug, kind_slug):
    from cms.models import Wijk
    from events.models import EventKind

    return Wijk.objects.get(slug=wijk_slug), EventKind.objects.get(slug=kind_slug)


def _matching_count(wijk_slug, kind_slug):
    from events.agenda import agenda_occurrences

    return agenda_occurrences({"wijk": wijk_slug, "soort": kind_slug}).count()


def _assert_rows_match(tab, wijk, kind):
    """Every activity in the list is of this kind and in this wijk (or one of its buurten)."""
    from cms.models import Wijk

    places = {wijk.name, *Wijk.objects.filter(district=wijk).values_list("name", flat=True)}
    rows = tab.locator("main .occurrence")
    assert rows.count() > 0
    for meta in rows.locator(".occurrence__meta").all_inner_texts():
        parts = {part.strip() for part in meta.replace("·", "\n").splitlines() if part.strip()}
        assert kind.name in parts, meta
        assert parts & places, meta


def test_filter_by_wijk_and_kind_without_javascript_keeps_the_filters_on_page_2(open_tab, site):
    from django.conf import settings

    wijk_slug, kind_slug = site.pages["agenda"].filter
    wijk, kind = _names(wijk_slug, kind_slug)
    expected = _matching_count(wijk_slug, kind_slug)
    assert expected > settings.AGENDA_PAGE_SIZE

    tab = open_tab(viewport=PHONE, javascript=False)
    tab.goto(site.pages["agenda"].path)
    form = tab.locator("form.filters")
    form.get_by_label("Wijk").select_option(wijk_slug)
    form.get_by_label("Soort").select_option(kind_slug)
    with tab.expect_navigation():
        form.get_by_role("button", name="Toon activiteiten").click()

    assert f"wijk={wijk_slug}" in tab.url and f"soort={kind_slug}" in tab.url
    heading = tab.locator("#listing-title").inner_text()
    assert heading.startswith(f"{expected} activiteiten"), heading
    assert tab.locator("main .occurrence").count() == settings.AGENDA_PAGE_SIZE
    _assert_rows_match(tab, wijk, kind)
    assert tab.get_by_role("link", name="Wis filters").is_visible()

    with tab.expect_navigation():
        tab.locator("nav.pagination").get_by_role("link", name="Volgende").click()
    assert re.search(r"[?&]page=2(&|$)", tab.url), tab.url
    assert f"wijk={wijk_slug}" in tab.url and f"soort={kind_slug}" in tab.url
    assert tab.locator("nav.pagination [aria-current=page]").inner_text() == "2"
    assert form.get_by_label("Wijk").input_value() == wijk_slug
    assert form.get_by_label("Soort").input_value() == kind_slug
    _assert_rows_match(tab, wijk, kind)
    assert tab.locator("#listing-title").inner_text().startswith(f"{expected} activiteiten")


def test_a_cancelled_date_says_geannuleerd_on_the_event_and_in_the_agenda(open_tab, site):
    from django.utils import timezone

    from events.models import Occurrence

    event = site.pages["event_repeating"]
    cancelled = (
        Occurrence.objects.filter(
            entry__source="events",
            entry__object_id=str(event.page.pk),
            status="cancelled",
            end__gte=timezone.now(),
        )
        .order_by("start")
        .first()
    )
    assert cancelled is not None
    day = cancelled.local_date.isoformat()

    tab = open_tab(javascript=False)
    # The page lists its next five dates; "Toon alle data" lists the rest.
    tab.goto(event.path)
    with tab.expect_navigation():
        tab.get_by_role("link", name="Toon alle data").click()
    row = tab.locator(".event-date--cancelled").filter(has=tab.locator(f"time[datetime^='{day}']"))
    assert row.count() == 1
    assert row.locator(".status").text_content().strip() == "Geannuleerd"
    # No "add to your calendar" for a date that does not happen.
    assert row.locator(".add-to-calendar").count() == 0

    # In the agenda, for that one day.
    tab.goto(f"{site.pages['agenda'].path}?van={day}&tot={day}")
    row = tab.locator(".occurrence").filter(has_text=event.title)
    assert row.count() == 1
    assert "occurrence--cancelled" in row.get_attribute("class")
    assert row.locator(".occurrence__title").inner_text().startswith("Geannuleerd")


def test_download_an_event_for_a_calendar_app(open_tab, site):
    event = site.pages["event_single"]
    tab = open_tab(viewport=PHONE)
    tab.goto(event.path)
    link = tab.get_by_role("link", name="Download voor uw agenda (.ics)")
    with tab.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    # A download has no response event in the page; ask for the same address once more.
    response = tab.request.get(link.get_attribute("href"))
    assert response.headers["content-type"].startswith("text/calendar")
    assert "attachment" in response.headers["content-disposition"]
    text = open(download.path(), encoding="utf-8").read()
    assert text.startswith("BEGIN:VCALENDAR")
    unfolded = text.replace("\r\n ", "").replace("\n ", "")
    assert f"SUMMARY:{event.title}" in unfolded.replace("\\,", ",").replace("\\;", ";")


def test_the_agenda_advertises_its_calendar_feed(open_tab, site):
    tab = open_tab()
    tab.goto(site.pages["agenda"].path)
    feed = tab.locator("head link[rel=alternate][type='text/calendar']")
    assert feed.count() == 1
    href = feed.get_attribute("href")
    assert href.startswith("http") and "/ical/" in href
    response = tab.request.get(href)
    assert response.ok
    assert response.headers["content-type"].startswith("text/calendar")
    assert response.text().startswith("BEGIN:VCALENDAR")
    # The subscribe block offers the same feed, as webcal:// and to copy for Google Calendar.
    assert tab.locator("#feed-url").input_value() == href
    webcal = tab.get_by_role("link", name="Abonneer in uw agenda-app").get_attribute("href")
    assert webcal == "webcal://" + href.split("://", 1)[1]
