"""Calendar feed and agenda figures with 5,000 future occurrences.

Usage: python bench/agenda_feed.py DATABASE [--requests N]
In-process server time (Django test client, DEBUG off, SQLite):
- the full agenda feed: cold (first request after a change: built from the stored
  VEVENTs), warm (answered by the page cache), and 304 for a client that has it;
- the agenda page (first page of upcoming dates), with its query count: warm (its cached
  fragments used), right after a publish (the content version raised before each request,
  so every cached fragment is stale; target 30 ms) and filtered. These take turns in
  rounds, so a slow moment of the machine hits them alike; "cpu" is this process's CPU
  time, steadier than the clock on a busy machine.
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import bench_env, median, percentile, record, table  # noqa: E402

# Right after a publish every cached fragment is stale (issue 17).
AFTER_PUBLISH_TARGET_MS = 30


def timed(client, url, requests, before=None, **headers):
    samples, response = [], None
    for _ in range(requests):
        if before:
            before()
        started = time.perf_counter()
        response = client.get(url, **headers)
        samples.append((time.perf_counter() - started) * 1000)
    return samples, response


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    parser.add_argument("--requests", type=int, default=30)
    args = parser.parse_args()
    os.environ.update(bench_env(Path(args.database), PAGE_CACHE_SECONDS=600))
    import django

    django.setup()
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from cms.cache import bump_content_version
    from events.models import CalendarEntry, Occurrence

    cache.clear()
    client = Client()
    future = Occurrence.objects.filter(end__gte=timezone.now(), entry__withdrawn=False).count()
    entries = CalendarEntry.objects.count()
    feed = "/agenda/ical/"
    n = args.requests
    rows = []

    cold, response = timed(client, feed, n, before=bump_content_version)
    size = len(response.content)
    rows.append(
        (
            "feed, cold (built)",
            f"{median(cold):.0f}",
            f"{percentile(cold, 0.95):.0f}",
            f"{size / 1e6:.1f} MB",
        )
    )
    zipped, response = timed(
        client, feed, n, before=bump_content_version, HTTP_ACCEPT_ENCODING="gzip"
    )
    rows.append(
        (
            "feed, cold, gzip",
            f"{median(zipped):.0f}",
            f"{percentile(zipped, 0.95):.0f}",
            f"{len(response.content) / 1e6:.2f} MB",
        )
    )
    client.get(feed)
    warm, response = timed(client, feed, n)
    assert response["X-Page-Cache"] == "hit"
    rows.append(("feed, warm (cached)", f"{median(warm):.1f}", f"{percentile(warm, 0.95):.1f}", ""))
    etag = client.get(feed)["ETag"]
    not_modified, response = timed(client, feed, n, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    rows.append(
        ("feed, 304", f"{median(not_modified):.1f}", f"{percentile(not_modified, 0.95):.1f}", "")
    )
    bump_content_version()
    uncached, _ = timed(client, feed, 3, HTTP_IF_NONE_MATCH=etag)  # changed: full answers

    os.environ["PAGE_CACHE_SECONDS"] = "0"
    from django.conf import settings

    settings.PAGE_CACHE_SECONDS = 0
    filtered_url = "/agenda/?soort=werkcafe&wijk=haven"
    for _ in range(5):
        client.get("/agenda/")
        client.get(filtered_url)
    kinds = {
        "agenda page (no page cache)": ("/agenda/", None),
        "agenda page, after a publish": ("/agenda/", bump_content_version),
        "agenda page, filtered": (filtered_url, None),
    }
    wall = {name: [] for name in kinds}
    cpu = {name: [] for name in kinds}
    for _ in range(5):
        for name, (url, before) in kinds.items():
            for _ in range(max(1, n * 2 // 5)):
                if before:
                    before()
                started, started_cpu = time.perf_counter(), time.process_time()
                client.get(url)
                wall[name].append((time.perf_counter() - started) * 1000)
                cpu[name].append((time.process_time() - started_cpu) * 1000)
    for name, (url, before) in kinds.items():
        client.get(url)
        if before:
            before()
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        rows.append(
            (
                name,
                f"{median(wall[name]):.1f}",
                f"{percentile(wall[name], 0.95):.1f}",
                f"{len(queries)} queries, cpu {median(cpu[name]):.1f} ms",
            )
        )

    print(f"{entries} calendar entries, {future} future occurrences, {n} requests per row")
    print(table(["what", "median ms", "p95 ms", "notes"], rows))
    name = "agenda page, after a publish"
    record(
        f"agenda after a publish ({future} future dates)",
        f"<= {AFTER_PUBLISH_TARGET_MS} ms",
        f"{median(wall[name]):.1f} ms ({median(cpu[name]):.1f} ms CPU)",
        median(wall[name]) <= AFTER_PUBLISH_TARGET_MS,
    )


if __name__ == "__main__":
    main()
