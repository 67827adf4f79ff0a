"""Server time, size and query count of event pages, measured in-process with Django's test client.

Usage: python bench/event_pages.py DATABASE [--requests N] [--media MEDIA_ROOT]
The event page with the most upcoming dates (in the demo: the weekly spreekuur), with its
first dates and with all of them (?alle=1), and an event with one date. Without the page
cache (PAGE_CACHE_SECONDS=0) and with DEBUG off; times and query counts in separate passes.
The CPU time of the process (the test client runs the request in it) is less disturbed by
other work on the machine than the wall-clock time.
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import bench_env, median, percentile, table  # noqa: E402


def event_urls():
    from django.db.models import Count, Q
    from django.utils import timezone

    from events.models import EventPage

    upcoming = Q(
        pk__in=_upcoming_object_ids(timezone.now()),
    )
    pages = (
        EventPage.objects.live()
        .filter(upcoming, locale__language_code="nl")
        .annotate(date_count=Count("dates"))
        .order_by("path")
    )
    repeating = max(pages.exclude(repeat=""), key=_upcoming_count, default=None)
    single = pages.filter(repeat="", date_count=1).first()
    urls = []
    if repeating is not None:
        count = _upcoming_count(repeating)
        urls.append((f"repeating event ({count} upcoming dates)", repeating.url))
        urls.append(("repeating event, all dates", repeating.url + "?alle=1"))
    if single is not None:
        urls.append(("event with one date", single.url))
    assert urls, "bench database has no event pages with upcoming dates"
    return urls


def _upcoming_object_ids(now):
    from events.models import Occurrence

    return [
        int(pk)
        for pk in Occurrence.objects.filter(entry__source="events", end__gte=now)
        .values_list("entry__object_id", flat=True)
        .distinct()
    ]


def _upcoming_count(page):
    from django.utils import timezone

    from events.models import Occurrence

    return Occurrence.objects.filter(
        entry__source="events", entry__object_id=str(page.pk), end__gte=timezone.now()
    ).count()


def measure(requests, rounds=5):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    urls = event_urls()
    sizes = {}
    for _name, url in urls:
        for _ in range(3):  # warm caches (renditions, fragments, menus)
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
        sizes[url] = len(response.content)
    timings = {url: [] for _name, url in urls}
    cpu = {url: [] for _name, url in urls}
    per_round = max(1, requests // rounds)
    for _ in range(rounds):  # the URLs take turns, so noise is spread over all of them
        for _name, url in urls:
            for _ in range(per_round):
                started, started_cpu = time.perf_counter(), time.process_time()
                client.get(url)
                timings[url].append((time.perf_counter() - started) * 1000)
                cpu[url].append((time.process_time() - started_cpu) * 1000)
    rows = []
    for name, url in urls:
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        samples = timings[url]
        rows.append(
            (
                name,
                url,
                f"{median(samples):.1f}",
                f"{percentile(samples, 0.95):.1f}",
                f"{median(cpu[url]):.1f}",
                f"{sizes[url] / 1000:.1f} kB",
                len(queries),
                len(samples),
            )
        )
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--media", help="MEDIA_ROOT of that database (default: bench/var/media)")
    args = parser.parse_args()
    extra = {"MEDIA_ROOT": args.media} if args.media else {}
    os.environ.update(bench_env(Path(args.database), PAGE_CACHE_SECONDS=0, **extra))
    import django

    django.setup()
    rows = measure(args.requests)
    headers = ["page", "url", "median ms", "p95 ms", "median CPU ms", "size", "queries", "runs"]
    print(table(headers, rows))


if __name__ == "__main__":
    main()
