"""Every address of the old WordPress site keeps working: a permanent (301) Wagtail redirect
to the new page or the nearest listing (issue 19).

Three steps, so the importer can show what will happen before anything changes:

- `old_paths(item, site)`: every path under which WordPress served one post, page or
  attachment (its permalink, `/?p=ID`, `/?page_id=ID`, `/?attachment_id=ID`, its feed).
- `plan(items, terms, site, *, target_for_item, ...)`: those paths plus the archives
  (categories, tags, authors, dates, their pages and feeds, the main feeds), each with the
  target the importer names. Nothing is written; collisions and items without a target
  are in `Plans.problems`.
- `apply(plans, wagtail_site, *, dry_run=False)`: creates or updates the Redirect rows.
  Running it again with the same plans changes nothing.

Paths are stored exactly as `Redirect.normalise_path` makes them, because that is what
Wagtail's RedirectMiddleware looks up: no trailing slash (one row answers "/a/b" and
"/a/b/"), query parameters sorted, percent-encoding decoded. A path is the whole path on
the old host: WordPress in a folder (https://example.org/wp/) gives "/wp/2023/...".

A target is a page id (or a Page), a `PageRoute` (a page and one of its routes, such as an
overview's RSS feed "/rss/"), or a URL (a filtered listing: `listing_link(...)`, a
document). A page target follows the page when editors move it.

Wagtail's RedirectMiddleware only answers a 404. "/?p=123" is the home page with a query
string, which is found (200), so those old links need `WordPressQueryRedirectMiddleware`
below in settings.MIDDLEWARE (after cms.site_lookup.CachedSiteMiddleware).
"""

import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple
from urllib.parse import urlencode, urlsplit

from django.db import transaction
from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from django.utils.translation import gettext
from wagtail.contrib.redirects.middleware import get_redirect
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from . import wxr

# Why a path is planned (RedirectPlan.reason).
PERMALINK = "permalink"
QUERY_P = "p"
QUERY_PAGE_ID = "page_id"
QUERY_ATTACHMENT_ID = "attachment_id"
ITEM_FEED = "item-feed"
CATEGORY = "category"
TAG = "tag"
AUTHOR = "author"
DATE = "date"
HOME_PAGED = "home-paged"
FEED = "feed"
COMMENTS_FEED = "comments-feed"

# Why a path got no redirect (Problem.kind).
COLLISION = "collision"
NO_TARGET = "no-target"
NOT_PUBLIC = "not-public"
TOO_LONG = "too-long"
LIVE_PAGE = "live-page"
MISSING_PAGE = "missing-page"

# WordPress's own default of posts per archive page ("Blog pages show at most").
POSTS_PER_PAGE = 10
# The query parameters of WordPress's plain links that WordPressQueryRedirectMiddleware
# looks for on the home page.
QUERY_KEYS = ("p", "page_id", "attachment_id", "cat", "tag", "feed")
_OLD_PATH_MAX = Redirect._meta.get_field("old_path").max_length
_CHUNK = 500


class PageRoute(NamedTuple):
    """A page and one of its routes ("/rss/"): stored as redirect_page + route path."""

    page_id: int
    route: str


@dataclass(frozen=True)
class RedirectPlan:
    """One old path and where it goes. target: a page id, a PageRoute or a URL. source says
    who claimed it ("post:123", "category:nieuws", "date:2023/01", "feed")."""

    old_path: str
    target: int | PageRoute | str
    reason: str
    source: str = ""

    @property
    def page_id(self):
        if isinstance(self.target, PageRoute):
            return self.target.page_id
        return self.target if isinstance(self.target, int) else None

    @property
    def route(self):
        return self.target.route if isinstance(self.target, PageRoute) else ""

    @property
    def link(self):
        return self.target if isinstance(self.target, str) else ""


@dataclass(frozen=True)
class Problem:
    """An old path that gets no redirect (or not from this claimant), and why, in Dutch."""

    old_path: str
    kind: str
    message: str
    source: str = ""


class Plans(list):
    """The planned redirects (a list of RedirectPlan, in a fixed order) and the problems
    found while planning them."""

    def __init__(self, plans=(), problems=()):
        super().__init__(plans)
        self.problems = list(problems)


@dataclass
class Applied:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    problems: list[Problem] = field(default_factory=list)

    def counts(self):
        return (self.created, self.updated, self.unchanged, self.skipped)


# Old paths of one item -----------------------------------------------------------------------


def normalise(path):
    """The form Wagtail stores and looks up (Redirect.normalise_path)."""
    return Redirect.normalise_path(path)


def home_path(site):
    """The path of the old blog's home ("/", or "/wp/" for WordPress in a folder)."""
    base = site.base_blog_url or site.base_site_url or site.link
    path = urlsplit(base).path or "/"
    return path if path.endswith("/") else path + "/"


def _hosts(site):
    return {
        urlsplit(url).netloc.lower()
        for url in (site.base_site_url, site.base_blog_url, site.link)
        if url and urlsplit(url).netloc
    }


def permalink_path(item, site):
    """The path (and query) of item.link on the old host, not yet normalised; "" when the
    item has no link or one on another host."""
    if not item.link:
        return ""
    parts = urlsplit(item.link)
    if parts.netloc and parts.netloc.lower() not in _hosts(site):
        return ""
    path = parts.path or "/"
    return f"{path}?{parts.query}" if parts.query else path


def old_paths(item, site):
    """Every path under which WordPress served `item`, normalised as Wagtail stores them,
    each once, in a fixed order: (path, reason) pairs. A menu item has none."""
    if item.kind == wxr.KIND_MENU_ITEM:
        return []
    home = home_path(site)
    found = []
    permalink = permalink_path(item, site)
    if permalink:
        found.append((permalink, PERMALINK))
    found.append((f"{home}?p={item.post_id}", QUERY_P))
    if item.kind == wxr.KIND_PAGE:
        found.append((f"{home}?page_id={item.post_id}", QUERY_PAGE_ID))
    if item.kind == wxr.KIND_ATTACHMENT:
        found.append((f"{home}?attachment_id={item.post_id}", QUERY_ATTACHMENT_ID))
    elif permalink and "?" not in permalink:
        # The comments feed of a post or page.
        found.append((permalink.rstrip("/") + "/feed/", ITEM_FEED))
    result = []
    seen = set()
    for path, reason in found:
        path = normalise(path)
        if path not in seen:
            seen.add(path)
            result.append((path, reason))
    return result


# Planning ------------------------------------------------------------------------------------


def listing_link(page, **filters):
    """The URL of a listing page with its filters ("/nieuws/?thema=mantelzorg"): theme,
    wijk, tag as in cms.listings.ListingFilterForm."""
    from ..listings import ListingFilterForm

    query = {ListingFilterForm.field_names[name]: value for name, value in filters.items() if value}
    url = page.get_url()
    return f"{url}?{urlencode(sorted(query.items()))}" if query else url


def _target(value):
    """A callback's answer as a plan target (a Page becomes its id), or None."""
    if value is None or value == "":
        return None
    if isinstance(value, Page):
        return value.pk
    if isinstance(value, PageRoute | int | str):
        return value
    raise TypeError(f"Not a redirect target: {value!r}")


def _is_public(item):
    if item.kind == wxr.KIND_ATTACHMENT:
        return True
    return item.status == "publish"


class _Planner:
    def __init__(self):
        self.plans = {}
        self.problems = []

    def claim(self, path, target, reason, source):
        path = normalise(path)
        if len(path) > _OLD_PATH_MAX:
            self.problems.append(
                Problem(
                    path[:80] + "…",
                    TOO_LONG,
                    gettext(
                        "Dit oude adres is langer dan %(max)s tekens. Een doorverwijzing kan "
                        "dat niet opslaan."
                    )
                    % {"max": _OLD_PATH_MAX},
                    source,
                )
            )
            return
        first = self.plans.get(path)
        if first is None:
            self.plans[path] = RedirectPlan(path, target, reason, source)
        elif first.target != target and first.source != source:
            self.problems.append(
                Problem(
                    path,
                    COLLISION,
                    gettext(
                        "Twee onderdelen hebben hetzelfde oude adres. De doorverwijzing gaat "
                        "naar het eerste (%(first)s), niet naar %(second)s."
                    )
                    % {"first": first.source, "second": source},
                    source,
                )
            )

    def problem(self, path, kind, message, source):
        self.problems.append(Problem(path, kind, message, source))


def plan(
    items,
    terms,
    site,
    *,
    target_for_item,
    target_for_category,
    target_for_tag,
    news_listing,
    feed_url,
    target_for_author=None,
    posts_per_page=POSTS_PER_PAGE,
):
    """Plan a redirect for every old address of the export; writes nothing.

    items: the export's Items; terms: its Terms (categories and tags); site: its Site.
    target_for_item(item), target_for_category(slug), target_for_tag(slug) and
    target_for_author(login) give a target (page id, Page, PageRoute or URL) or None;
    None sends an archive to `news_listing`. An attachment without a target of its own
    goes where its parent post or page goes. `feed_url` is the target of every old feed
    (the main feed, the comments feed, the feed of a category, tag or author).
    posts_per_page: the old site's "Blog pages show at most" (for "/page/N/").

    Order: items by WordPress id, then categories, tags, authors, dates, the home's pages
    and the feeds. When two claim one path, the first wins and the other is a problem.
    """
    news_listing = _target(news_listing)
    feed_url = _target(feed_url)
    home = home_path(site)
    planner = _Planner()
    items = sorted(items, key=lambda item: item.post_id)
    by_id = {item.post_id: item for item in items}
    own_targets = {}
    for item in items:
        if item.kind in (wxr.KIND_POST, wxr.KIND_PAGE, wxr.KIND_ATTACHMENT, wxr.KIND_OTHER):
            own_targets[item.post_id] = _target(target_for_item(item))

    for item in items:
        _plan_item(planner, item, site, own_targets, by_id)

    published = [item for item in items if item.kind == wxr.KIND_POST and _is_public(item)]
    # Categories (with their parents' paths), with page 2 and on, and their feeds.
    categories = [term for term in terms if term.kind == wxr.TAXONOMY_CATEGORY and term.slug]
    tags = [term for term in terms if term.kind == wxr.TAXONOMY_TAG and term.slug]
    parents = {term.slug: term.parent for term in categories}
    counts = _term_counts(published, parents)
    for term in categories:
        target = _target(target_for_category(term.slug)) or news_listing
        source = f"category:{term.slug}"
        bases = [f"{home}category/{term.slug}/"]
        chain = _ancestors(term.slug, parents)
        if len(chain) > 1:
            bases.append(f"{home}category/{'/'.join(chain)}/")
        pages = _page_count(counts[(wxr.TAXONOMY_CATEGORY, term.slug)], posts_per_page)
        for base in bases:
            _plan_archive(planner, base, target, feed_url, pages, CATEGORY, source)
        if term.term_id is not None:
            planner.claim(f"{home}?cat={term.term_id}", target, CATEGORY, source)
    for term in tags:
        target = _target(target_for_tag(term.slug)) or news_listing
        source = f"tag:{term.slug}"
        pages = _page_count(counts[(wxr.TAXONOMY_TAG, term.slug)], posts_per_page)
        _plan_archive(planner, f"{home}tag/{term.slug}/", target, feed_url, pages, TAG, source)
        planner.claim(f"{home}?tag={term.slug}", target, TAG, source)

    authors = defaultdict(int)
    for item in published:
        if item.creator:
            authors[item.creator] += 1
    for login in sorted(authors):
        found = _target(target_for_author(login)) if target_for_author else None
        pages = _page_count(authors[login], posts_per_page)
        _plan_archive(
            planner,
            f"{home}author/{login}/",
            found or news_listing,
            feed_url,
            pages,
            AUTHOR,
            f"author:{login}",
        )

    dates = defaultdict(int)
    for item in published:
        day = item.date_local or item.date_gmt
        if day is None:
            continue
        for archive in (f"{day:%Y}", f"{day:%Y}/{day:%m}", f"{day:%Y}/{day:%m}/{day:%d}"):
            dates[archive] += 1
    for archive in sorted(dates):
        pages = _page_count(dates[archive], posts_per_page)
        _plan_archive(
            planner, f"{home}{archive}/", news_listing, None, pages, DATE, f"date:{archive}"
        )

    for number in range(2, _page_count(len(published), posts_per_page) + 1):
        planner.claim(f"{home}page/{number}/", news_listing, HOME_PAGED, "home")
    for path in ("feed/", "feed/rss2/", "feed/rss/", "feed/atom/", "?feed=rss2", "?feed=atom"):
        planner.claim(f"{home}{path}", feed_url, FEED, "feed")
    for path in ("comments/feed/", "?feed=comments-rss2"):
        planner.claim(f"{home}{path}", feed_url, COMMENTS_FEED, "feed")
    return Plans(planner.plans.values(), planner.problems)


def _plan_item(planner, item, site, own_targets, by_id):
    if item.kind == wxr.KIND_MENU_ITEM:
        return
    source = f"{item.post_type}:{item.post_id}"
    paths = old_paths(item, site)
    if not _is_public(item):
        if item.kind in (wxr.KIND_POST, wxr.KIND_PAGE):
            planner.problem(
                paths[0][0],
                NOT_PUBLIC,
                gettext(
                    "Dit item stond niet openbaar op de oude site (status: %(status)s). Het "
                    "krijgt geen doorverwijzing."
                )
                % {"status": item.status or "?"},
                source,
            )
        return
    target = own_targets.get(item.post_id)
    if target is None and item.kind == wxr.KIND_ATTACHMENT and item.parent_id:
        parent = by_id.get(item.parent_id)
        if parent is not None and _is_public(parent):
            target = own_targets.get(item.parent_id)
    if target is None:
        if item.kind != wxr.KIND_OTHER:
            planner.problem(
                paths[0][0],
                NO_TARGET,
                gettext("Voor dit item is geen nieuwe pagina of adres bekend."),
                source,
            )
        return
    for path, reason in paths:
        planner.claim(path, target, reason, source)


def _plan_archive(planner, base, target, feed_url, pages, reason, source):
    planner.claim(base, target, reason, source)
    for number in range(2, pages + 1):
        planner.claim(f"{base}page/{number}/", target, reason, source)
    if feed_url is not None:
        planner.claim(f"{base}feed/", feed_url, FEED, source)


def _ancestors(slug, parents):
    """The slugs from the top category down to `slug` (a loop in the export stops it)."""
    chain = [slug]
    while parents.get(chain[0]) and parents[chain[0]] not in chain:
        chain.insert(0, parents[chain[0]])
    return chain


def _term_counts(posts, parents):
    """Published posts per (taxonomy, slug); a parent category's archive shows its
    children's posts too."""
    counts = defaultdict(int)
    for item in posts:
        slugs = set()
        for ref in item.categories:
            if ref.slug:
                slugs.update(_ancestors(ref.slug, parents))
        for slug in slugs:
            counts[(wxr.TAXONOMY_CATEGORY, slug)] += 1
        for ref in item.tags:
            if ref.slug:
                counts[(wxr.TAXONOMY_TAG, ref.slug)] += 1
    return counts


def _page_count(count, per_page):
    return max(1, math.ceil(count / per_page)) if per_page > 0 else 1


# Applying ------------------------------------------------------------------------------------


def apply(plans, wagtail_site, *, dry_run=False):
    """Create or update a permanent Redirect for every plan on `wagtail_site`.

    Skipped (and in Applied.problems): a path that is the address of a live page of this
    site (a redirect must never hide a real page), and a plan whose target page does not
    exist (any more). A second run with the same plans changes nothing; with dry_run
    nothing is written and the counts say what would happen.

    One transaction for all: the redirects are one table derived from one plan, nothing
    outside the database is touched, so all or nothing is cheap and leaves no half-done
    set behind. The queries grow with the number of plans only per 500 (chunks).
    """
    plans = list(plans)
    result = Applied()
    missing = _missing_pages(plans)
    shadowing = _live_page_paths(plans, wagtail_site)
    wanted = []
    for item in plans:
        if item.old_path in shadowing:
            result.problems.append(
                Problem(
                    item.old_path,
                    LIVE_PAGE,
                    gettext(
                        "Op dit adres staat al een pagina van de nieuwe site. Er komt geen "
                        "doorverwijzing."
                    ),
                    item.source,
                )
            )
        elif item.page_id is not None and item.page_id in missing:
            result.problems.append(
                Problem(
                    item.old_path,
                    MISSING_PAGE,
                    gettext("De pagina waar dit adres heen moet, bestaat niet (meer)."),
                    item.source,
                )
            )
        else:
            wanted.append(item)
            continue
        result.skipped += 1

    existing = {}
    for chunk in _chunks([item.old_path for item in wanted]):
        for redirect in Redirect.objects.filter(site=wagtail_site, old_path__in=chunk):
            existing[redirect.old_path] = redirect
    to_create = []
    to_update = []
    for item in wanted:
        values = {
            "redirect_page_id": item.page_id,
            "redirect_page_route_path": item.route if item.page_id is not None else "",
            "redirect_link": item.link,
            "is_permanent": True,
        }
        redirect = existing.get(item.old_path)
        if redirect is None:
            to_create.append(Redirect(old_path=item.old_path, site=wagtail_site, **values))
        elif any(getattr(redirect, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(redirect, name, value)
            to_update.append(redirect)
        else:
            result.unchanged += 1
    result.created = len(to_create)
    result.updated = len(to_update)
    if dry_run or not (to_create or to_update):
        return result
    with transaction.atomic():
        Redirect.objects.bulk_create(to_create, batch_size=_CHUNK)
        Redirect.objects.bulk_update(
            to_update,
            ["redirect_page", "redirect_page_route_path", "redirect_link", "is_permanent"],
            batch_size=_CHUNK,
        )
        # "/?p=123" may be in the page cache as the home page: make it stale.
        from ..cache import bump_content_version

        transaction.on_commit(bump_content_version)
    return result


def _chunks(values):
    values = list(values)
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _missing_pages(plans):
    wanted = {item.page_id for item in plans if item.page_id is not None}
    found = set()
    for chunk in _chunks(sorted(wanted)):
        found.update(Page.objects.filter(pk__in=chunk).order_by().values_list("pk", flat=True))
    return wanted - found


def _live_page_paths(plans, wagtail_site):
    """The old paths (without a query) that are the address of a live page of the site."""
    root = wagtail_site.root_page.url_path  # "/home/"
    candidates = {}
    for item in plans:
        path = item.old_path
        if "?" in path or ";" in path:
            continue
        url_path = root + (path.strip("/") + "/" if path.strip("/") else "")
        candidates[url_path] = path
    live = set()
    for chunk in _chunks(sorted(candidates)):
        live.update(
            Page.objects.live().filter(url_path__in=chunk).values_list("url_path", flat=True)
        )
    return {candidates[url_path] for url_path in live}


# Serving "/?p=123" ---------------------------------------------------------------------------


class WordPressQueryRedirectMiddleware:
    """Old plain links ("/?p=123", "/?page_id=7", "/?cat=3", "/?feed=rss2") point at the
    home page, which exists: Wagtail's RedirectMiddleware, which only looks when the answer
    is a 404, never sees them. This one looks them up before the home page is served, with
    the same normalised path and lookup as Wagtail (one query, only for "/" with one of
    these parameters), first with the whole query, then with only WordPress's parameters
    (so "?p=123&utm_source=x" works too). No redirect found: the home page as before."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.method in ("GET", "HEAD")
            and request.path == "/"
            and any(key in request.GET for key in QUERY_KEYS)
        ):
            redirect = self._find(request)
            if redirect is not None and redirect.link:
                if redirect.is_permanent:
                    return HttpResponsePermanentRedirect(redirect.link)
                return HttpResponseRedirect(redirect.link)
        return self.get_response(request)

    @staticmethod
    def _find(request):
        path = Redirect.normalise_path(request.get_full_path(), decode_unicode=False)
        redirect = get_redirect(request, path)
        if redirect is None:
            only = [(key, request.GET[key]) for key in QUERY_KEYS if key in request.GET]
            shorter = Redirect.normalise_path("/?" + urlencode(only), decode_unicode=False)
            if shorter != path:
                redirect = get_redirect(request, shorter)
        return redirect
