"""Dutch first, English second: English pages under /en/, the language switcher, and
English interface strings."""

import os
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from tests import factories as f

ROOT = Path(__file__).resolve().parents[2]
PO_FILE = ROOT / "locale" / "en" / "LC_MESSAGES" / "django.po"
MO_FILE = PO_FILE.with_suffix(".mo")
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def switcher_links(response):
    """{language code: href} of the language switcher."""
    nav = soup(response).select_one("nav.language-switcher")
    if nav is None:
        return {}
    return {link["hreflang"]: link["href"] for link in nav.find_all("a", hreflang=True)}


def english_url(name, *args):
    with translation.override("en"):
        return reverse(name, args=args)


@pytest.fixture
def about(db):
    page = f.standard_page(title="Over VMCA", slug="over-vmca", intro="Wie wij zijn.")
    english = f.translate(page, "en", title="About VMCA", slug="about-vmca", intro="Who we are.")
    return {"nl": page, "en": english}


@pytest.mark.django_db
def test_english_translation_renders_under_en_in_english(client, about):
    response = client.get("/en/about-vmca/")

    page_soup = soup(response)
    assert about["en"].url == "/en/about-vmca/"
    assert page_soup.html["lang"] == "en"
    assert page_soup.h1.get_text(strip=True) == "About VMCA"
    assert response["Content-Language"] == "en"


@pytest.mark.django_db
def test_dutch_pages_stay_dutch_even_for_english_browsers(client, about):
    response = client.get("/over-vmca/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")

    assert soup(response).html["lang"] == "nl"
    assert "Wie wij zijn." in response.content.decode()


@pytest.mark.django_db
def test_english_home_page_is_at_en(client, about):
    response = client.get("/en/")

    assert soup(response).html["lang"] == "en"


@pytest.mark.django_db
def test_language_switcher_links_to_the_translation(client, about):
    dutch = switcher_links(client.get("/over-vmca/"))
    english = switcher_links(client.get("/en/about-vmca/"))

    assert dutch == {"nl": "/over-vmca/", "en": "/en/about-vmca/"}
    assert english == {"nl": "/over-vmca/", "en": "/en/about-vmca/"}


@pytest.mark.django_db
def test_language_switcher_marks_the_current_language(client, about):
    nav = soup(client.get("/en/about-vmca/")).select_one("nav.language-switcher")

    current = nav.find("a", attrs={"aria-current": True})
    assert current["hreflang"] == "en"
    assert current["lang"] == "en"


@pytest.mark.django_db
def test_language_switcher_falls_back_to_the_other_languages_home_page(client, about):
    f.standard_page(title="Alleen in het Nederlands", slug="alleen-nl")

    links = switcher_links(client.get("/alleen-nl/"))

    assert links["en"] == "/en/"
    assert links["nl"] == "/alleen-nl/"
    assert client.get(links["en"]).status_code == 200


@pytest.mark.django_db
def test_language_switcher_never_links_to_a_missing_english_site(client):
    f.standard_page(title="Nog geen Engels", slug="nog-geen-engels")

    links = switcher_links(client.get("/nog-geen-engels/"))

    for href in links.values():
        assert client.get(href).status_code == 200, href


@pytest.mark.django_db
def test_language_switcher_on_search_keeps_the_query_page(client, about):
    links = switcher_links(client.get("/zoeken/"))

    assert links["en"] == english_url("search")
    assert client.get(links["en"]).status_code == 200


@pytest.mark.django_db
def test_interface_strings_are_english_on_english_pages(client, about):
    search = client.get(english_url("search"))
    page = client.get("/en/about-vmca/")

    search_html = search.content.decode()
    page_html = page.content.decode()
    assert soup(search).html["lang"] == "en"
    assert "Search" in soup(search).title.get_text()
    assert "Waar zoekt u naar?" not in search_html
    for dutch in ("Direct naar de inhoud", "Zoeken op deze website", "Taal kiezen", "Kruimelpad"):
        assert dutch not in page_html, dutch


@pytest.mark.django_db
def test_error_messages_are_english_on_english_pages(client, about):
    response = client.get(
        english_url("search"), {"q": "x" * (settings.SEARCH_QUERY_MAX_LENGTH + 1)}
    )

    assert response.status_code == 400
    html = response.content.decode()
    assert "Uw zoekvraag is te lang" not in html
    assert str(settings.SEARCH_QUERY_MAX_LENGTH) in html


@pytest.mark.django_db
def test_english_listing_shows_english_theme_names(client):
    home_en = f.translate(f.home_page(), "en", title="VMCA Almere")
    index = f.news_index()
    f.translate(index, "en", title="News", slug="news")
    f.theme("Eenzaamheid", slug="eenzaamheid", name_en="Loneliness")

    html = client.get("/en/news/").content.decode()

    assert home_en.url == "/en/"
    assert '<option value="eenzaamheid">Loneliness</option>' in html


@pytest.mark.django_db
def test_english_404_page_is_in_english(client, about):
    response = client.get("/en/does-not-exist/")

    assert response.status_code == 404
    page_soup = BeautifulSoup(response.content, "html.parser")
    assert page_soup.html["lang"] == "en"
    assert "Deze pagina bestaat niet" not in response.content.decode()


# The translation file ------------------------------------------------------------------------


def po_file_or_skip():
    if not PO_FILE.exists():
        if IN_CI:
            pytest.fail(f"{PO_FILE} is missing (CI=true, so this is an error, not a skip)")
        pytest.skip(f"{PO_FILE.relative_to(ROOT)} does not exist yet; run `make messages`")
    import polib

    return polib.pofile(str(PO_FILE))


def test_english_translation_file_has_no_untranslated_or_fuzzy_entries():
    po = po_file_or_skip()

    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]

    assert len(po.translated_entries()) > 0
    assert untranslated == [], f"untranslated: {untranslated[:10]}"
    assert fuzzy == [], f"fuzzy: {fuzzy[:10]}"


def test_compiled_translations_match_the_translation_file():
    import polib

    po = po_file_or_skip()
    assert MO_FILE.exists(), "compile the translations: make messages"
    mo = polib.mofile(str(MO_FILE))

    def as_dict(entries):
        return {
            (entry.msgctxt, entry.msgid): (entry.msgstr, tuple(sorted(entry.msgstr_plural.items())))
            for entry in entries
            if not entry.obsolete and "fuzzy" not in entry.flags and entry.msgid
        }

    assert as_dict(mo) == as_dict(po.translated_entries())
