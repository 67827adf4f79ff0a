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

from common import bench_env, median, percentile, table  # noqa: E402


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
        .exclude(repeat="")
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
            client.get(url)
        samples = timings[url]
        rows.append(
            (name, url, f"{median(samples):.1f}", f"{percentile(samples, 0.95):.1f}", len(queries))
        )
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    parser.add_argument("--requests", type=int, default=60)
    args = parser.parse_args()
    os.environ.update(bench_env(Path(args.database), PAGE_CACHE_SECONDS=0))
    import django

    django.setup()
    rows = measure(args.requests)
    print(table(["page type", "url", "median ms", "p95 ms", "queries"], rows))


if __name__ == "__main__":
    main()
