"""What a visitor does on the public site, in a real chromium: navigate, read news, search,
switch language, filter without JavaScript, skip to the content and send the contact form."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils.html import strip_tags

from tests.browser.conftest import BROWSER_TESTS, PHONE, fill_contact_form, submit_contact_form

pytestmark = BROWSER_TESTS


def expect_path(tab, path):
    from playwright.sync_api import expect

    expect(tab).to_have_url(re.compile(re.escape(path) + r"(\?.*)?$"))


def heading_text(tab):
    return " ".join(tab.get_by_role("heading", level=1).inner_text().split())


def test_home_page_loads_and_shows_the_main_navigation(open_tab, site):
    tab = open_tab()
    response = tab.goto("/")
    assert response.status == 200
    assert tab.locator("html").get_attribute("lang") == "nl"
    assert "VMCA Almere" in tab.title()
    assert tab.get_by_role("heading", level=1).is_visible()

    nav = tab.get_by_role("navigation", name="Hoofdmenu")
    assert nav.is_visible()
    links = nav.get_by_role("link")
    assert links.count() >= 3, "the main menu should show the demo's menu links"
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert site.pages["news_index"].path in hrefs, hrefs
    assert all(links.nth(i).is_visible() for i in range(links.count()))


def test_main_navigation_is_reachable_on_a_phone(open_tab, site):
    tab = open_tab(viewport=PHONE)
    tab.goto("/")
    nav = tab.get_by_role("navigation", name="Hoofdmenu")
    news_link = nav.locator(f"a[href='{site.pages['news_index'].path}']")
    if not news_link.is_visible():
        # A collapsed menu must open with a visible button.
        nav_toggle = tab.get_by_role("button", name=re.compile("menu", re.IGNORECASE))
        nav_toggle.click()
    news_link.click()
    expect_path(tab, site.pages["news_index"].path)


def test_news_page_opens_from_a_card_on_the_news_index(open_tab, site):
    news = site.pages["news"]
    tab = open_tab()
    tab.goto(site.pages["news_index"].path)
    assert heading_text(tab) == site.pages["news_index"].title

    card_link = tab.locator("main").get_by_role("link", name=news.page.get_listing_title())
    card_link.first.click()

    expect_path(tab, news.path)
    assert heading_text(tab) == news.title


def test_search_finds_a_page_and_opens_it(open_tab, site):
    search = site.pages["search"]
    tab = open_tab()
    tab.goto("/")

    search_form = tab.locator("header").get_by_role("search")
    search_form.get_by_role("searchbox", name="Zoeken op deze website").fill(search.word)
    with tab.expect_navigation():
        search_form.get_by_role("button", name="Zoek").click()

    expect_path(tab, "/zoeken/")
    assert parse_qs(urlsplit(tab.url).query)["q"] == [search.word]
    results = tab.locator("main").get_by_role("link", name=search.page.get_listing_title())
    assert results.count() >= 1, f"searching for {search.word!r} should find {search.title!r}"
    results.first.click()

    expect_path(tab, search.page.url)
    assert heading_text(tab) == search.title


def test_language_switcher_goes_to_english_and_back_on_the_same_page(open_tab, site):
    english = site.pages["english"]
    dutch = english.original
    tab = open_tab()
    tab.goto(dutch.url)
    assert tab.locator("html").get_attribute("lang") == "nl"

    tab.locator("header").get_by_role("link", name="English", exact=True).click()
    expect_path(tab, english.path)
    assert tab.locator("html").get_attribute("lang") == "en"
    assert heading_text(tab) == english.title

    tab.locator("header").get_by_role("link", name="Nederlands", exact=True).click()
    expect_path(tab, dutch.url)
    assert tab.locator("html").get_attribute("lang") == "nl"
    assert heading_text(tab) == dutch.title


def test_news_filter_works_without_javascript(open_tab, site):
    from django.conf import settings

    from cms.listings import filter_pages
    from cms.models import Theme

    news_index = site.pages["news_index"].page
    everything = list(news_index.item_queryset())
    # A theme that shows some news items, but not all of them.
    theme = None
    for candidate in Theme.objects.order_by("name"):
        count = filter_pages(news_index.item_queryset(), theme=candidate).count()
        if 0 < count < len(everything):
            theme = candidate
            break
    assert theme is not None, "the test content needs a theme that some news items have"
    matching = filter_pages(news_index.item_queryset(), theme=theme)
    expected = list(matching[: settings.LISTING_PAGE_SIZE])
    matching_pks = set(matching.values_list("pk", flat=True))
    left_out = next(item for item in everything if item.pk not in matching_pks)

    tab = open_tab(javascript=False)
    tab.goto(site.pages["news_index"].path)
    form = tab.locator("main form").filter(has=tab.locator("select[name='thema']"))
    form.get_by_label("Thema").select_option(theme.slug)
    with tab.expect_navigation():
        form.get_by_role("button", name="Toon resultaten").click()

    assert f"thema={theme.slug}" in tab.url
    assert form.get_by_label("Thema").input_value() == theme.slug
    main = tab.locator("main")
    for item in expected:
        assert main.get_by_role("link", name=item.get_listing_title(), exact=True).count() >= 1, (
            f"{item.title!r} has theme {theme.slug!r} and should be listed"
        )
    assert main.get_by_role("link", name=left_out.get_listing_title(), exact=True).count() == 0, (
        f"{left_out.title!r} does not have theme {theme.slug!r} and should not be listed"
    )


def test_skip_link_is_the_first_stop_and_moves_focus_to_main(open_tab, site):
    tab = open_tab()
    tab.goto(site.pages["standard"].path)

    tab.keyboard.press("Tab")
    skip_link = tab.locator(":focus")
    assert skip_link.inner_text().strip() == "Direct naar de inhoud"
    box = skip_link.bounding_box()
    assert skip_link.is_visible() and box and box["width"] > 10 and box["height"] > 10, (
        f"the focused skip link must be visible on screen, got {box}"
    )
    assert box["y"] >= 0 and box["x"] >= 0, f"the focused skip link is off screen: {box}"

    tab.keyboard.press("Enter")
    assert tab.evaluate("document.activeElement.tagName") == "MAIN"
    # The next Tab goes to the first link or field inside the main content.
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.closest('main') !== null")


def test_contact_form_can_be_filled_in_and_sent(open_tab, site):
    from django.core import mail
    from wagtail.contrib.forms.models import FormSubmission

    contact = site.pages["contact"].page
    tab = open_tab()
    tab.goto(contact.url)

    # Every visible field has a label a screen reader announces.
    form = fill_contact_form(tab, contact)
    for field in contact.get_form_fields():
        assert form.get_by_label(field.label).count() >= 1, f"no label for {field.label!r}"

    response = submit_contact_form(tab, contact)

    assert response.status == 200
    thanks = " ".join(strip_tags(contact.thank_you_text).split())
    body = " ".join(tab.locator("main").inner_text().split())
    assert thanks[:60] in body, f"the thank-you text should be shown, got: {body[:300]}"
    assert FormSubmission.objects.filter(page=contact).count() == 1
    assert len(mail.outbox) == 1 and contact.to_address in mail.outbox[0].to


def test_contact_form_with_missing_answers_shows_the_errors(open_tab, site):
    from wagtail.contrib.forms.models import FormSubmission

    contact = site.pages["contact"].page
    tab = open_tab()
    tab.goto(contact.url)
    with tab.expect_navigation() as navigation:
        tab.locator("main form").get_by_role("button", name="Verstuur").click()

    assert navigation.value.status == 400
    assert tab.title().startswith("Fout:")
    # A drop-down always sends its first choice; the text fields stay empty.
    left_empty = [
        field
        for field in contact.get_form_fields()
        if field.required and field.field_type not in ("dropdown", "radio", "multiselect")
    ]
    invalid = tab.locator("main [aria-invalid='true']")
    assert invalid.count() == len(left_empty), "every empty required field is marked invalid"
    # The error summary links to each field; following a link puts focus in that field.
    summary_links = tab.locator("main .error-summary a, main [role='alert'] a")
    assert summary_links.count() == len(left_empty)
    summary_links.first.click()
    assert tab.evaluate("document.activeElement.getAttribute('aria-invalid')") == "true"
    assert FormSubmission.objects.filter(page=contact).count() == 0


def test_news_index_next_page_link_shows_the_older_items(open_tab, site):
    from django.conf import settings

    news_index = site.pages["news_index"].page
    items = list(news_index.item_queryset())
    if len(items) <= settings.LISTING_PAGE_SIZE:
        pytest.skip("the test content fits on one page of the news index")
    tab = open_tab(javascript=False)
    tab.goto(site.pages["news_index"].path)
    pagination = tab.get_by_role("navigation", name="Paginering")
    with tab.expect_navigation():
        pagination.get_by_role("link", name="Volgende").click()

    assert "page=2" in tab.url
    older = items[settings.LISTING_PAGE_SIZE]
    main = tab.locator("main")
    assert main.get_by_role("link", name=older.get_listing_title(), exact=True).count() == 1
    assert main.get_by_role("link", name=items[0].get_listing_title(), exact=True).count() == 0
