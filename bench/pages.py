"""Server time and query count per page type, measured in-process with Django's test client.

Usage: python bench/pages.py DATABASE [--requests N]
Runs inside one Django process with DEBUG off; times and query counts are
measured in separate passes (counting queries slows requests down).
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import bench_env, median, percentile, record, table  # noqa: E402

# Measured beside the page types, but not page types themselves: the search results
# have their own target (bench/search.py) and a feed is not a page.
NOT_PAGE_TYPES = {"search", "news RSS feed"}


def page_urls():
    from wagtail.models import Page

    from cms.models import (
        BlogIndexPage,
        BlogPage,
        ContactPage,
        NewsIndexPage,
        NewsPage,
        SectionPage,
        StandardPage,
    )
    from home.models import HomePage

    def first(model, **filters):
        page = model.objects.live().filter(locale__language_code="nl", **filters).first()
        return page.url if page else None

    section = SectionPage.objects.live().filter(locale__language_code="nl").first()
    english_home = HomePage.objects.live().filter(locale__language_code="en").first()
    urls = [
        ("home", "/"),
        ("section page (listing)", section.url if section else None),
        ("standard page", first(StandardPage, depth__gte=4)),
        ("news index (listing)", first(NewsIndexPage)),
        ("news index, filtered", (first(NewsIndexPage) or "") + "?wijk=haven"),
        ("news page", first(NewsPage)),
        ("blog index (listing)", first(BlogIndexPage)),
        ("blog page", first(BlogPage)),
        ("contact page", first(ContactPage)),
        ("search", "/zoeken/?q=vrijwilligers"),
        ("news RSS feed", (first(NewsIndexPage) or "") + "rss/"),
        ("English home", english_home.url if english_home else None),
        *app_page_urls(first),
    ]
    assert Page.objects.count() > 1, "bench database is empty"
    return [(name, url) for name, url in urls if url]


def app_page_urls(first):
    """One page of each type the apps add: the agenda, the academy, the vacaturebank and
    the wegwijzer with its sociale kaart."""
    from django.apps import apps

    from volunteering.links import vacancy_url

    def model(label):
        return apps.get_model(label)

    event_index = first(model("events.EventIndexPage"))
    vacancy_index = first(model("volunteering.VacancyIndexPage"))
    vacancy = model("volunteering.Vacancy").objects.filter(status="gepubliceerd").first()
    wegwijzer = first(model("guide.WegwijzerPage"), slug="wegwijzer")
    repeating = (
        model("events.EventPage")
        .objects.live()
        .filter(locale__language_code="nl")
        .filter(repeat="weekly")
        .first()
    )
    return [
        ("agenda (event index)", event_index),
        ("event page, one date", first(model("events.EventPage"), repeat="")),
        ("event page, weekly series", repeating.url if repeating else None),
        ("academy catalogue", first(model("academy.CourseIndexPage"))),
        ("course page", first(model("academy.CoursePage"))),
        ("vacaturebank search", vacancy_index),
        ("vacancy page", vacancy_url(vacancy) if vacancy else None),
        ("sociale kaart", first(model("guide.SupportOfferIndexPage"))),
        ("support offer page", first(model("guide.SupportOfferPage"))),
        ("wegwijzer, first question", wegwijzer),
    ]


def measure(requests, rounds=5):
    """Median and p95 per page type.

    The page types take turns (`rounds` rounds of requests/rounds each), so a burst of
    noise from the rest of the machine is spread over all of them instead of spoiling one.
    """
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    urls = page_urls()
    for _name, url in urls:
        for _ in range(5):  # warm caches (renditions, fragments, menus)
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
    timings = {url: [] for _name, url in urls}
    per_round = max(1, requests // rounds)
    for _ in range(rounds):
        for _name, url in urls:
            for _ in range(per_round):
                started = time.perf_counter()
                client.get(url)
                timings[url].append((time.perf_counter() - started) * 1000)
    rows = []
    for name, url in urls:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        samples = timings[url]
        rows.append(
            (
                name,
                url,
                f"{median(samples):.1f}",
                f"{percentile(samples, 0.95):.1f}",
                len(queries),
                f"{len(response.content) / 1024:.0f}",
            )
        )
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    parser.add_argument("--requests", type=int, default=60)
    parser.add_argument("--record", metavar="LABEL", help="add the targets to the summary")
    args = parser.parse_args()
    os.environ.update(bench_env(Path(args.database), PAGE_CACHE_SECONDS=0))
    import django

    django.setup()
    rows = measure(args.requests)
    print(table(["page type", "url", "median ms", "p95 ms", "queries", "KB"], rows))
    if args.record:
        record_targets(rows, args.record)


def record_targets(rows, label):
    """The page targets of issue 17, for the table at the end of `make bench`."""
    pages = [row for row in rows if row[0] not in NOT_PAGE_TYPES]
    slowest = max(pages, key=lambda row: float(row[2]))
    slowest_p95 = max(pages, key=lambda row: float(row[3]))
    record(
        f"every public page type, median (slowest; {label})",
        "<= 8 ms",
        f"{slowest[2]} ms ({slowest[0]})",
        float(slowest[2]) <= 8,
    )
    record(
        f"every public page type, p95 (slowest; {label})",
        "<= 15 ms",
        f"{slowest_p95[3]} ms ({slowest_p95[0]})",
        float(slowest_p95[3]) <= 15,
    )
    by_name = {row[0]: row for row in rows}
    course = by_name.get("course page")
    if course:
        record(
            f"course page ({label})",
            "<= 8 ms, <= 10 queries",
            f"{course[2]} ms, {course[4]} queries",
            float(course[2]) <= 8 and course[4] <= 10,
        )
    weekly = by_name.get("event page, weekly series")
    if weekly:
        record(
            f"event page of a weekly series ({label})",
            "<= 8 ms, <= 40 KB",
            f"{weekly[2]} ms, {weekly[5]} KB",
            float(weekly[2]) <= 8 and float(weekly[5]) <= 40,
        )


if __name__ == "__main__":
    main()
