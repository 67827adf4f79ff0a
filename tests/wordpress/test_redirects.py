"""Every old WordPress address gets a 301 (cms.wordpress.redirects).

The builder's export is read back with the WXR reader; the targets are real pages made with
the project's factories, and the test client follows the old addresses through the site's
middleware (plus WordPressQueryRedirectMiddleware for "/?p=123", see the module)."""

import dataclasses
import random

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

from cms.models import BlogPage, NewsPage
from cms.wordpress import redirects, wxr
from cms.wordpress.redirects import PageRoute
from tests import factories
from tests.wordpress import export_builder as builder

KOFFIE = "/2023/01/10/koffieochtend-voor-nieuwe-vrijwilligers/"
TAALMAATJE = "/2023/03/25/mijn-eerste-jaar-als-taalmaatje/"


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    built = builder.build_export(tmp_path_factory.mktemp("wxr") / "export.xml")
    site, terms, items = None, [], []
    for record in wxr.read(built.path):
        if isinstance(record, wxr.Site):
            site = record
        elif isinstance(record, wxr.Term):
            terms.append(record)
        elif isinstance(record, wxr.Item):
            items.append(record)
    return site, terms, items


def item(export, post_id):
    return next(found for found in export[2] if found.post_id == post_id)


@dataclasses.dataclass
class Targets:
    news: object
    blog: object
    koffie: object
    taalmaatje: object
    over_ons: object
    mantelzorg: object
    document: object

    def for_item(self, found):
        if found.post_id == 100:
            return self.koffie
        if found.post_id == 102:
            return self.taalmaatje.pk
        if found.kind == wxr.KIND_POST:
            return self.news.pk
        if found.post_id in (10, 11, 12):
            return self.over_ons
        if found.post_id == 18:
            return self.mantelzorg
        if found.post_id == 45:  # the PDF: straight to the document
            return self.document.url
        return None  # other pages (reported), images (their parent's target)

    def for_category(self, slug):
        return {
            "nieuws": self.news.pk,
            "blog-uit-de-wijk": self.blog,
            "mantelzorg": redirects.listing_link(self.news, theme="mantelzorg"),
        }.get(slug)

    def for_tag(self, slug):
        return redirects.listing_link(self.news, tag=slug)

    def plan(self, export, items=None, **options):
        site, terms, all_items = export
        options.setdefault("posts_per_page", 5)
        return redirects.plan(
            all_items if items is None else items,
            terms,
            site,
            target_for_item=self.for_item,
            target_for_category=self.for_category,
            target_for_tag=self.for_tag,
            news_listing=self.news,
            feed_url=PageRoute(self.news.pk, "/rss/"),
            **options,
        )


@pytest.fixture
def targets(db):
    news = factories.news_index()
    blog = factories.blog_index()
    return Targets(
        news=news,
        blog=blog,
        koffie=factories.quick_listing_page(
            news, NewsPage, title="Koffieochtend", slug="koffieochtend"
        ),
        taalmaatje=factories.quick_listing_page(
            blog, BlogPage, title="Een jaar taalmaatje", slug="taalmaatje"
        ),
        over_ons=factories.standard_page(title="Over VMCA", slug="over-vmca"),
        # The same address as the old page "Mantelzorg" (/mantelzorg/).
        mantelzorg=factories.section_page(title="Mantelzorg", slug="mantelzorg"),
        document=factories.make_document("Jaarverslag 2024"),
    )


def wagtail_site():
    return Site.objects.get(is_default_site=True)


# Old paths of one item -----------------------------------------------------------------------


def test_old_paths_of_a_post_a_page_an_attachment_and_a_draft(export):
    site = export[0]
    assert redirects.old_paths(item(export, 100), site) == [
        (KOFFIE.rstrip("/"), redirects.PERMALINK),
        ("/?p=100", redirects.QUERY_P),
        (KOFFIE + "feed", redirects.ITEM_FEED),
    ]
    assert redirects.old_paths(item(export, 11), site) == [
        ("/over-ons/ons-team", redirects.PERMALINK),
        ("/?p=11", redirects.QUERY_P),
        ("/?page_id=11", redirects.QUERY_PAGE_ID),
        ("/over-ons/ons-team/feed", redirects.ITEM_FEED),
    ]
    assert redirects.old_paths(item(export, 40), site) == [
        (KOFFIE + "koffieochtend", redirects.PERMALINK),
        ("/?p=40", redirects.QUERY_P),
        ("/?attachment_id=40", redirects.QUERY_ATTACHMENT_ID),
    ]
    # A draft's link is "?p=105" itself: one path, no feed.
    assert redirects.old_paths(item(export, 105), site) == [("/?p=105", redirects.PERMALINK)]
    assert redirects.old_paths(item(export, 900), site) == []  # a menu item


def test_old_paths_are_what_the_middleware_looks_up(export):
    site = export[0]
    paths = {path for path, _ in redirects.old_paths(item(export, 100), site)}
    # Wagtail normalises the request's path the same way before it looks it up.
    for requested in (KOFFIE, KOFFIE.rstrip("/"), "/?p=100"):
        assert Redirect.normalise_path(requested, decode_unicode=False) in paths


def test_a_site_in_a_folder_and_a_link_to_another_host(export):
    site = dataclasses.replace(
        export[0],
        base_site_url="https://www.vmca-almere.example/wp",
        base_blog_url="https://www.vmca-almere.example/wp",
    )
    moved = dataclasses.replace(
        item(export, 100), link="https://www.vmca-almere.example/wp/2023/01/10/koffie/"
    )
    assert [path for path, _ in redirects.old_paths(moved, site)] == [
        "/wp/2023/01/10/koffie",
        "/wp?p=100",  # Wagtail's form: "/wp/?p=100" is looked up as this too
        "/wp/2023/01/10/koffie/feed",
    ]
    elsewhere = dataclasses.replace(moved, link="https://staging.example.org/koffie/")
    assert [path for path, _ in redirects.old_paths(elsewhere, site)] == ["/wp?p=100"]


# Planning ------------------------------------------------------------------------------------


def test_plan_covers_items_archives_and_feeds(export, targets):
    plans = targets.plan(export)
    by_path = {plan.old_path: plan for plan in plans}
    news, feed = targets.news.pk, PageRoute(targets.news.pk, "/rss/")
    assert by_path[KOFFIE.rstrip("/")].target == targets.koffie.pk
    assert by_path["/?p=40"].target == targets.koffie.pk  # an image: its parent's target
    assert by_path["/?attachment_id=45"].target == targets.document.url
    assert by_path["/category/nieuws"].target == news
    # Ten published posts in "nieuws" at five a page: pages 2, no page 3.
    assert by_path["/category/nieuws/page/2"].target == news
    assert "/category/nieuws/page/3" not in by_path
    assert by_path["/category/nieuws/feed"].target == feed
    assert by_path["/category/mantelzorg/jonge-mantelzorgers"].target == news
    assert by_path["/category/jonge-mantelzorgers"].target == news
    assert by_path["/?cat=3"].target == news
    assert by_path["/tag/maatjes"].target == "/nieuws/?tag=maatjes"
    assert by_path["/author/sanne"].target == news
    assert by_path["/2024/07/16"].target == news
    assert by_path["/feed"].target == feed
    assert by_path["/comments/feed"].target == feed
    # 26 published posts: pages 2 to 6 of the home page.
    assert [p for p in by_path if p.startswith("/page/")] == [f"/page/{n}" for n in range(2, 7)]
    assert all(plan.old_path == Redirect.normalise_path(plan.old_path) for plan in plans)


def test_unpublished_items_and_items_without_a_target_are_reported(export, targets):
    plans = targets.plan(export)
    planned = {plan.old_path for plan in plans}
    problems = {(problem.source, problem.kind) for problem in plans.problems}
    for post_id in (105, 106, 119):  # draft, private, trashed
        assert (f"post:{post_id}", redirects.NOT_PUBLIC) in problems
        assert f"/?p={post_id}" not in planned
    assert ("page:19", redirects.NO_TARGET) in problems  # Contact: no target given
    assert "/?page_id=19" not in planned
    assert "/?p=900" not in planned  # a menu item was never a page
    assert "/?p=950" not in planned  # the contact form (no target, not reported)
    assert all(problem.message for problem in plans.problems)


def test_a_collision_is_reported_and_the_first_one_wins(export, targets):
    site, terms, items = export
    # Post 101 claims post 100's permalink (an export edited by hand, a plugin).
    twin = dataclasses.replace(item(export, 101), link=builder.SITE_URL + KOFFIE, post_id=99)
    both = [*items, twin]
    plans = targets.plan(export, items=both)
    by_path = {plan.old_path: plan for plan in plans}
    assert by_path[KOFFIE.rstrip("/")].source == "post:99"  # the lower id comes first
    assert by_path[KOFFIE.rstrip("/")].target == targets.news.pk
    collisions = [p for p in plans.problems if p.kind == redirects.COLLISION]
    assert [(p.old_path, p.source) for p in collisions] == [
        (KOFFIE.rstrip("/"), "post:100"),
        (KOFFIE + "feed", "post:100"),
    ]
    # The file's order does not matter.
    random.Random(19).shuffle(both)
    again = targets.plan(export, items=both)
    assert list(again) == list(plans)
    assert again.problems == plans.problems


# Applying and following ----------------------------------------------------------------------


def test_old_addresses_answer_with_a_301_to_the_new_address(client, export, targets):
    redirects.apply(targets.plan(export), wagtail_site())
    news_url = targets.news.url
    expected = {
        KOFFIE: targets.koffie.url,
        KOFFIE.rstrip("/"): targets.koffie.url,
        "/?p=100": targets.koffie.url,
        "/?p=100&utm_source=nieuwsbrief": targets.koffie.url,
        "/?p=102": targets.taalmaatje.url,
        TAALMAATJE + "feed/": targets.taalmaatje.url,
        "/?page_id=11": targets.over_ons.url,
        "/over-ons/ons-team/": targets.over_ons.url,
        KOFFIE + "koffieochtend/": targets.koffie.url,  # an attachment page
        "/?attachment_id=41": "/nieuws/",  # its parent post (101) went to the overview
        "/over-ons/jaarverslagen/jaarverslag-2024/": targets.document.url,
        "/category/nieuws/": news_url,
        "/category/nieuws/page/2/": news_url,
        "/category/nieuws/feed/": news_url + "rss/",
        "/category/blog-uit-de-wijk/": targets.blog.url,
        "/category/mantelzorg/": "/nieuws/?thema=mantelzorg",
        "/category/mantelzorg/jonge-mantelzorgers/": news_url,
        "/?cat=4": targets.blog.url,
        "/tag/maatjes/": "/nieuws/?tag=maatjes",
        "/?tag=maatjes": "/nieuws/?tag=maatjes",
        "/author/redactie/": news_url,
        "/2023/": news_url,
        "/2023/01/": news_url,
        "/feed/": news_url + "rss/",
        "/?feed=rss2": news_url + "rss/",
        "/comments/feed/": news_url + "rss/",
    }
    for old, new in expected.items():
        response = client.get(old)
        assert (old, response.status_code, response["Location"]) == (old, 301, new)
    # The new addresses are there.
    assert client.get(targets.koffie.url).status_code == 200
    feed = client.get(news_url + "rss/")
    assert (feed.status_code, feed["Content-Type"]) == (200, "application/rss+xml; charset=utf-8")
    # Addresses WordPress never had, or an unknown id: nothing changes.
    assert client.get("/category/nieuws/page/3/").status_code == 404
    assert client.get("/?p=105").status_code == 200  # the draft: just the home page
    assert client.get("/?p=123456").status_code == 200


def test_a_live_page_is_never_hidden_by_a_redirect(client, export, targets):
    result = redirects.apply(targets.plan(export), wagtail_site())
    assert not Redirect.objects.filter(old_path="/mantelzorg").exists()
    assert [(p.old_path, p.kind, p.source) for p in result.problems] == [
        ("/mantelzorg", redirects.LIVE_PAGE, "page:18")
    ]
    assert client.get("/mantelzorg/").status_code == 200
    response = client.get("/?page_id=18")
    assert (response.status_code, response["Location"]) == (301, targets.mantelzorg.url)


def test_a_second_run_changes_nothing_and_a_dry_run_writes_nothing(export, targets):
    plans = targets.plan(export)
    site = wagtail_site()
    dry = redirects.apply(plans, site, dry_run=True)
    assert Redirect.objects.count() == 0
    assert dry.counts() == (len(plans) - 1, 0, 0, 1)  # /mantelzorg is a live page
    first = redirects.apply(plans, site)
    assert first.counts() == dry.counts()
    assert Redirect.objects.filter(site=site, is_permanent=True).count() == len(plans) - 1
    ids = sorted(Redirect.objects.values_list("pk", flat=True))
    second = redirects.apply(targets.plan(export), site)
    assert second.counts() == (0, 0, len(plans) - 1, 1)
    assert sorted(Redirect.objects.values_list("pk", flat=True)) == ids


def test_a_changed_target_updates_the_redirect(client, export, targets):
    site = wagtail_site()
    redirects.apply(targets.plan(export), site)
    other = factories.quick_listing_page(targets.news, NewsPage, slug="koffie-nieuw")
    targets.koffie = other
    plans = targets.plan(export)
    # The permalink, ?p= and feed of post 100, and its two attachment pages (3 paths each).
    assert redirects.apply(plans, site, dry_run=True).counts()[:2] == (0, 9)
    assert client.get(KOFFIE)["Location"] == "/nieuws/koffieochtend/"  # dry run: unchanged
    result = redirects.apply(plans, site)
    assert result.counts() == (0, 9, len(plans) - 10, 1)
    assert client.get(KOFFIE)["Location"] == "/nieuws/koffie-nieuw/"


def test_a_page_that_is_gone_is_skipped(export, targets):
    plans = targets.plan(export)
    targets.taalmaatje.delete()
    result = redirects.apply(plans, wagtail_site())
    gone = {p.old_path for p in result.problems if p.kind == redirects.MISSING_PAGE}
    assert gone == {TAALMAATJE.rstrip("/"), "/?p=102", TAALMAATJE + "feed"}
    assert result.skipped == 4  # and /mantelzorg
    assert not Redirect.objects.filter(old_path="/?p=102").exists()


def test_apply_reads_with_the_same_number_of_queries_for_few_and_many(export, targets):
    plans = targets.plan(export)
    assert len(plans) > 200

    def queries(chosen):
        site = wagtail_site()
        with CaptureQueriesContext(connection) as captured:
            redirects.apply(chosen, site)
        statements = [query["sql"].split(" ", 1)[0] for query in captured.captured_queries]
        return statements.count("SELECT"), statements.count("INSERT")

    # The pages, the site's root, live pages, existing redirects; one insert per batch
    # (SQLite takes some 140 rows per statement, PostgreSQL all of them).
    assert queries(redirects.Plans(plans[:20])) == (4, 1)
    Redirect.objects.all().delete()
    selects, inserts = queries(plans)
    assert selects == 4
    assert inserts <= len(plans) // 100 + 1
    assert queries(plans) == (4, 0)  # nothing to write


def test_a_cached_home_page_for_an_old_link_is_not_served_after_the_import(
    client, settings, export, targets, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 600
    client.get("/")  # the first request of a test starts the content version
    before = client.get("/?p=100")
    assert (before.status_code, before["X-Page-Cache"]) == (200, "miss")  # the home page
    assert client.get("/?p=100")["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        redirects.apply(targets.plan(export), wagtail_site())
    after = client.get("/?p=100")
    assert (after.status_code, after["Location"]) == (301, targets.koffie.url)
