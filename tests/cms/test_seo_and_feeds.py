"""What search engines, social media and feed readers see: feeds, sitemap, robots.txt,
canonical URLs, OpenGraph, JSON-LD, hreflang and redirects."""

import datetime as dt
import json
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import PageViewRestriction

from cms.models import NewsPage
from tests import factories as f

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def parse_xml(content):
    """Parse XML the site itself produced (so the stdlib parser is safe here)."""
    return ET.fromstring(content)  # noqa: S314


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def json_ld(response):
    """Every JSON-LD block of a page, parsed."""
    return [
        json.loads(tag.string)
        for tag in soup(response).find_all("script", type="application/ld+json")
    ]


def meta(page_soup, prop):
    tag = page_soup.find("meta", property=prop) or page_soup.find("meta", attrs={"name": prop})
    return tag["content"] if tag else None


@pytest.fixture
def news():
    index = f.news_index()
    older = f.news_item(index, title="Oud bericht", slug="oud-bericht", date=dt.date(2026, 1, 5))
    newer = f.news_item(
        index,
        title="Maatjes gezocht & gevonden",
        slug="maatjes-gezocht",
        date=dt.date(2026, 2, 1),
        intro="Het Maatjesproject zoekt vrijwilligers.",
    )
    f.news_item(index, title="Nog een concept", slug="concept", publish_it=False)
    return {"index": index, "older": older, "newer": newer}


@pytest.fixture
def blogs():
    index = f.blog_index()
    author = f.person("Fatima", "El Amrani")
    blog = f.blog_item(index, title="Koffie met Anna", slug="koffie-met-anna", author=author)
    return {"index": index, "blog": blog, "author": author}


# Feeds ------------------------------------------------------------------------------


def test_news_rss_feed_is_valid_xml_with_the_published_items(client, news):
    response = client.get("/nieuws/rss/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    channel = parse_xml(response.content).find("channel")
    assert channel.findtext("title") == "Nieuws van VMCA Almere"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == [
        "Maatjes gezocht & gevonden",
        "Oud bericht",
    ]
    newest = items[0]
    assert newest.findtext("link") == news["newer"].get_full_url()
    assert newest.findtext("description") == "Het Maatjesproject zoekt vrijwilligers."
    assert newest.find("guid").get("isPermaLink") == "false"


def test_feed_item_guid_stays_the_same_when_title_and_slug_change(client, news):
    before = parse_xml(client.get("/nieuws/rss/").content).find("channel/item/guid").text

    page = news["newer"]
    page.title = "Een andere titel"
    page.slug = "andere-slug"
    f.publish(page)
    after_item = parse_xml(client.get("/nieuws/rss/").content).find("channel/item")

    assert after_item.findtext("title") == "Een andere titel"
    assert after_item.findtext("guid") == before
    assert before.startswith("tag:") and str(page.pk) in before


def test_news_atom_feed_is_valid_xml_with_entries(client, news):
    response = client.get("/nieuws/atom/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = parse_xml(response.content)
    assert feed.tag == f"{ATOM}feed"
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [
        "Maatjes gezocht & gevonden",
        "Oud bericht",
    ]
    assert entries[0].findtext(f"{ATOM}id").startswith("tag:")
    assert entries[0].find(f"{ATOM}link").get("href") == news["newer"].get_full_url()


def test_blog_feeds_name_the_author(client, blogs):
    rss = parse_xml(client.get("/blog/rss/").content)
    atom = parse_xml(client.get("/blog/atom/").content)

    assert rss.find("channel/item/title").text == "Koffie met Anna"
    assert "Fatima El Amrani" in ET.tostring(rss, encoding="unicode")
    assert atom.find(f"{ATOM}entry/{ATOM}author/{ATOM}name").text == "Fatima El Amrani"


def test_feeds_leave_out_drafts_and_private_pages(client, news):
    PageViewRestriction.objects.create(page=news["older"], restriction_type="login")

    titles = [
        item.findtext("title")
        for item in parse_xml(client.get("/nieuws/rss/").content).iter("item")
    ]

    assert titles == ["Maatjes gezocht & gevonden"]


def test_index_pages_advertise_their_feeds(client, news, blogs):
    for url, name in (("/nieuws/", "nieuws"), ("/blog/", "blog")):
        page_soup = soup(client.get(url))
        rss = page_soup.find("link", rel="alternate", type="application/rss+xml")
        atom = page_soup.find("link", rel="alternate", type="application/atom+xml")
        assert rss is not None and atom is not None, url
        assert rss["href"] == f"/{name}/rss/"
        assert atom["href"] == f"/{name}/atom/"
        assert rss.get("title")
        assert client.get(rss["href"]).status_code == 200


# Sitemap and robots.txt --------------------------------------------------------------------


def sitemap_locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = parse_xml(response.content)
    return [url.findtext(f"{SITEMAP}loc") for url in root.findall(f"{SITEMAP}url")]


def test_sitemap_lists_dutch_and_english_pages_but_not_drafts_or_private_pages(client, news):
    home = f.home_page()
    about = f.standard_page(home, title="Over VMCA", slug="over-vmca")
    f.translate(about, "en", title="About VMCA", slug="about-vmca")
    private = f.standard_page(home, title="Alleen voor medewerkers", slug="intern")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    f.standard_page(private, title="Onder intern", slug="onder-intern")

    locations = sitemap_locations(client)

    paths = {urlsplit(location).path for location in locations}
    assert all(location.startswith("http") for location in locations)
    assert {
        "/",
        "/over-vmca/",
        "/nieuws/",
        "/nieuws/maatjes-gezocht/",
        "/en/",
        "/en/about-vmca/",
    } <= paths
    assert not any("concept" in location for location in locations)
    assert not any("intern" in location for location in locations)


def test_robots_txt_points_to_the_sitemap_and_keeps_robots_out_of_admin(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


# Canonical URL, OpenGraph, JSON-LD ------------------------------------------------------------


def test_canonical_url_is_the_pages_full_url(client, news):
    page = news["newer"]

    page_soup = soup(client.get(page.url, {"utm_source": "nieuwsbrief"}))

    canonical = page_soup.find("link", rel="canonical")["href"]
    assert canonical == page.get_full_url()
    assert "utm_source" not in canonical


def test_canonical_url_of_a_later_listing_page_keeps_the_page_number(client):
    index = f.news_index()
    for n in range(13):
        f.quick_listing_page(index, NewsPage, date=dt.date(2026, 1, 1) + dt.timedelta(days=n))

    page_soup = soup(client.get("/nieuws/", {"page": 2, "thema": ""}))

    assert page_soup.find("link", rel="canonical")["href"] == index.get_full_url() + "?page=2"


def test_news_page_has_opengraph_tags_for_sharing(client, news):
    page = news["newer"]
    page.social_image = f.make_image("Deelplaatje", size=(1400, 800))
    page.search_description = "Word maatje van iemand in uw wijk."
    f.publish(page)

    page_soup = soup(client.get(page.url))

    assert meta(page_soup, "og:title") == "Maatjes gezocht & gevonden"
    assert meta(page_soup, "og:type") == "article"
    assert meta(page_soup, "og:url") == page.get_full_url()
    assert meta(page_soup, "og:description") == "Word maatje van iemand in uw wijk."
    assert meta(page_soup, "description") == "Word maatje van iemand in uw wijk."
    assert meta(page_soup, "og:locale") == "nl_NL"
    image_url = meta(page_soup, "og:image")
    assert image_url.startswith("http://") and ".fill-1200x630" in image_url
    assert meta(page_soup, "og:image:width") == "1200"
    assert meta(page_soup, "twitter:card") == "summary_large_image"


def test_meta_description_is_cut_to_a_sensible_length(client):
    page = f.standard_page(intro="Lang verhaal. " * 40)

    description = meta(soup(client.get(page.url)), "description")

    assert 0 < len(description) <= 160


def test_home_page_describes_the_organisation_in_json_ld(client):
    f.site_settings(
        organisation_name="VMCA Almere",
        phone="036 123 45 67",
        email="info@vmca.example",
        street_address="Stationsstraat 1",
        postal_code="1315 AA",
        city="Almere",
        facebook_url="https://www.facebook.com/vmca.example",
        opening_hours=json.dumps(
            [
                {"type": "hours", "value": {"day": "1", "opens": "09:00", "closes": "17:00"}},
                {"type": "hours", "value": {"day": "5", "opens": "09:00", "closes": "12:30"}},
            ]
        ),
    )

    data = json_ld(client.get("/"))

    organisation = next(item for item in data if item["@type"] == "Organization")
    assert organisation["@context"] == "https://schema.org"
    assert organisation["name"] == "VMCA Almere"
    assert organisation["telephone"] == "036 123 45 67"
    assert organisation["email"] == "info@vmca.example"
    assert organisation["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Stationsstraat 1",
        "postalCode": "1315 AA",
        "addressLocality": "Almere",
        "addressCountry": "NL",
    }
    hours = organisation["location"]["openingHoursSpecification"]
    assert hours == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": "Monday",
            "opens": "09:00",
            "closes": "17:00",
        },
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": "Friday",
            "opens": "09:00",
            "closes": "12:30",
        },
    ]
    assert organisation["sameAs"] == ["https://www.facebook.com/vmca.example"]


def test_news_page_is_a_news_article_in_json_ld(client, news):
    page = news["newer"]
    page.image = f.make_image("Maatjes")
    f.publish(page)

    (data,) = json_ld(client.get(page.url))

    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Maatjes gezocht & gevonden"
    assert data["datePublished"] == "2026-02-01"
    assert data["mainEntityOfPage"] == page.get_full_url()
    assert data["publisher"]["name"] == "VMCA Almere"
    assert data["inLanguage"] == "nl"
    assert data["image"].startswith("http://")


def test_blog_page_is_a_blog_posting_with_its_author_in_json_ld(client, blogs):
    (data,) = json_ld(client.get(blogs["blog"].url))

    assert data["@type"] == "BlogPosting"
    assert data["author"] == {"@type": "Person", "name": "Fatima El Amrani"}
    assert data["headline"] == "Koffie met Anna"


def test_json_ld_cannot_be_broken_out_of_by_page_text(client):
    page = f.standard_page(title="</script><script>alert(1)</script>")

    response = client.get(page.url)

    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert json_ld(response)[0]["name"] == "</script><script>alert(1)</script>"


# hreflang ------------------------------------------------------------------------------------


def test_translated_page_links_its_translation_with_hreflang(client):
    page = f.standard_page(title="Over VMCA", slug="over-vmca")
    english = f.translate(page, "en", title="About VMCA", slug="about-vmca")

    for url in (page.url, english.url):
        links = {
            link["hreflang"]: link["href"]
            for link in soup(client.get(url)).find_all("link", rel="alternate", hreflang=True)
        }
        assert links["nl"].endswith("/over-vmca/"), url
        assert links["en"].endswith("/en/about-vmca/"), url
        assert links["x-default"] == links["nl"], url
        assert all(href.startswith("http") for href in links.values())


def test_untranslated_page_has_no_hreflang_for_the_missing_language(client):
    f.translate(f.home_page(), "en", title="VMCA Almere")
    page = f.standard_page(title="Alleen Nederlands", slug="alleen-nederlands")

    links = {
        link["hreflang"] for link in soup(client.get(page.url)).find_all("link", hreflang=True)
    }

    assert "en" not in links
    assert "nl" in links


# Redirects -----------------------------------------------------------------------------------


def test_old_address_redirects_permanently_to_the_new_page(client, news):
    Redirect.add_redirect("/oude-nieuwspagina", redirect_to=news["newer"], is_permanent=True)

    response = client.get("/oude-nieuwspagina/")

    assert response.status_code == 301
    assert response["Location"] in (news["newer"].url, news["newer"].get_full_url())
    assert client.get(response["Location"]).status_code == 200


def test_redirect_to_an_outside_address(client):
    Redirect.objects.create(old_path="/folder", redirect_link="https://www.example.org/folder.pdf")

    response = client.get("/folder")

    assert response.status_code == 301
    assert response["Location"] == "https://www.example.org/folder.pdf"


def test_unknown_address_without_redirect_is_404(client):
    assert client.get("/bestaat-echt-niet/").status_code == 404
