"""How long a rendered list of catalogue cards may be reused, and the stamp that says
when places or states changed."""

import time

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import transaction
from django.db.models import Count, Window
from django.http import Http404
from django.utils.translation import gettext as _

# The rendered list of cards is kept this long at most. Places and states change without a
# new content version (someone signs up, staff close an edition), so the cache key also
# holds availability_stamp(); the time slot covers sign-up periods that open or close and
# editions that start.
LISTING_CACHE_SECONDS = 60


AVAILABILITY_VERSION_KEY = "academy-availability-version"


def availability_stamp():
    """A number that changes whenever an edition, a session or a registration is saved or
    deleted (see the receivers below): places and states shown on the cards."""
    version = cache.get(AVAILABILITY_VERSION_KEY)
    if version is None:
        # Start from the clock, so a restarted or emptied cache never reuses an old number.
        cache.add(AVAILABILITY_VERSION_KEY, int(time.time() * 1000), None)
        version = cache.get(AVAILABILITY_VERSION_KEY, 0)
    return version


def _bump_availability_version():
    try:
        cache.incr(AVAILABILITY_VERSION_KEY)
    except ValueError:
        cache.set(AVAILABILITY_VERSION_KEY, int(time.time() * 1000), None)


def availability_changed(**kwargs):
    """Signal receiver. Bumped now (this process sees its own change at once) and again
    after the commit, so a page built from the old data by another request in the
    meantime is not kept as new."""
    _bump_availability_version()
    transaction.on_commit(_bump_availability_version)


class CoursesOnDemand:
    """The catalogue query, built only when a page of it is read: when the cards of this
    page are in the cache, neither the query nor its count is needed."""

    def __init__(self, build):
        self._build = build
        self._queryset = None
        self._read_with_count = {}  # first index of a page: its courses, read with the count
        self.ordered = True

    def queryset(self):
        if self._queryset is None:
            self._queryset = self._build()
        return self._queryset

    def count(self):
        return self.queryset().count()

    def count_with_page(self, bottom, top):
        """The number of courses and those of one page in one query (each row carries the
        total, COUNT OVER the whole listing): when the count is not cached, the page's
        cards are not either (right after a publish). None when that page is empty."""
        rows = list(self.queryset().annotate(listing_count=Window(Count("pk")))[bottom:top])
        if not rows:
            return None
        self._read_with_count[bottom] = rows
        return rows[0].listing_count

    def __getitem__(self, key):
        return _SliceOnDemand(self, key)


class _SliceOnDemand:
    def __init__(self, courses, key):
        self._courses = courses
        self._key = key
        self._items = None

    def _get(self):
        if self._items is None:
            read = self._courses._read_with_count.get(self._key.start)
            self._items = read if read is not None else list(self._courses.queryset()[self._key])
        return self._items

    def __iter__(self):
        return iter(self._get())

    def __len__(self):
        return len(self._get())


MAX_PAGE_READ_WITH_COUNT = 1000


def page_of(request, courses, count_key):
    """Like cms.listings.paginate (a page number that is not a number means page 1, a page
    that does not exist is a 404), with the count kept alongside the cached cards."""
    paginator = Paginator(courses, settings.LISTING_PAGE_SIZE)
    count = cache.get(count_key)
    if count is None:
        count = _count_reading_page(request, courses, paginator.per_page)
        cache.set(count_key, count, LISTING_CACHE_SECONDS)
    paginator.count = count  # a cached_property: set, it is not asked again
    try:
        return paginator.page(request.GET.get("page") or 1)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage as exc:
        raise Http404(_("Deze pagina van het overzicht bestaat niet.")) from exc


def _count_reading_page(request, courses, per_page):
    """The count, with the asked page read in the same query (the paginator then takes that
    page from it). A page number that is not a number is page 1, as the paginator says; for
    one that does not exist only the count is asked (the paginator answers 404)."""
    try:
        number = int(request.GET.get("page") or 1)
    except ValueError:
        number = 1
    count = None
    # Past any real listing (a link made up by hand): only the count, the paginator answers
    # 404, and the database is never asked for an offset it cannot hold.
    if 1 <= number <= MAX_PAGE_READ_WITH_COUNT:
        bottom = (number - 1) * per_page
        count = courses.count_with_page(bottom, bottom + per_page)
    return courses.count() if count is None else count
