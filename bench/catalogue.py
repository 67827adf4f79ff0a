"""The academy catalogue with 500 courses: server time and queries.

Usage: python bench/catalogue.py [DATABASE] [--courses N] [--requests N] [--rounds N] [--rebuild]
Builds bench/var/catalogue.sqlite3 (demo content plus N courses with 1-3 editions each,
see `manage.py make_bulk_courses`) unless it exists. Then, in-process (Django test client,
DEBUG off, SQLite, no page cache, so every request builds the page):
- the catalogue's first page, a filtered page and a later page; "after a publish" rows
  raise the content version before each request (as any publish does), so no cached card
  or fragment is used;
- one course page;
median and p95 over all requests of several rounds (the pages take turns, so a slow
moment of the machine hits them all alike), the median CPU time of this process (steadier
than the clock on a machine that is busy with other work), and the query count of each
page, also with 30 courses fewer, to show that the count does not grow with the number of
courses.
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    VAR,
    bench_env,
    machine_description,
    manage,
    median,
    percentile,
    record,
    table,
)

TARGET_MS = 20
# Right after a publish every cached card and fragment is stale (issue 17).
TARGET_AFTER_PUBLISH_MS = 30


def prepare(database, courses, rebuild):
    if database.exists() and not rebuild:
        return database
    VAR.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    print(f"Building {database.name}: demo content + {courses} courses (takes a few minutes)")
    manage(database, "migrate", "--noinput", "-v", "0")
    manage(database, "load_demo")
    manage(database, "make_bulk_courses", "--courses", str(courses))
    return database


def pages_to_measure():
    from django.db.models import Count

    from academy.models import CourseIndexPage, CoursePage
    from cms.models import StandardPage, Theme

    index = CourseIndexPage.objects.live().filter(locale__language_code="nl").first()
    assert index is not None, "the bench database has no catalogue"
    theme = Theme.objects.order_by("pk").first()
    course = (
        CoursePage.objects.live()
        .child_of(index)
        .annotate(edition_count=Count("editions"))
        .order_by("-edition_count", "pk")
        .first()
    )
    filtered = f"{index.url}?kosten=gratis&vorm=op-locatie"
    if theme is not None:
        filtered += f"&thema={theme.slug}"
    return [
        ("catalogue, page 1", index.url, False),
        ("catalogue, page 1, after a publish", index.url, True),
        ("catalogue, filtered", filtered, False),
        ("catalogue, filtered, after a publish", filtered, True),
        ("catalogue, page 3", f"{index.url}?page=3", False),
        ("catalogue, search 'gesprek'", f"{index.url}?q=gesprek", False),
        ("course page", course.url, False),
    ] + [
        # The floor on this machine: a page with no listing at all, for comparison.
        ("reference: standard page", page.url, False)
        for page in StandardPage.objects.live().filter(locale__language_code="nl")[:1]
    ]


def count_queries(client, url, cold=False):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from cms.cache import bump_content_version

    client.get(url)
    if cold:
        bump_content_version()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(queries)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("database", nargs="?", default=str(VAR / "catalogue.sqlite3"))
    parser.add_argument("--courses", type=int, default=500)
    parser.add_argument("--requests", type=int, default=40, help="per page and round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    database = prepare(Path(args.database), args.courses, args.rebuild)
    os.environ.update(bench_env(database, PAGE_CACHE_SECONDS=0))
    import django

    django.setup()
    from django.conf import settings
    from django.test import Client
    from wagtail.models import Page

    from academy.models import CoursePage, Edition
    from cms.cache import bump_content_version

    settings.PAGE_CACHE_SECONDS = 0
    client = Client()
    pages = pages_to_measure()
    for _name, url, _cold in pages:
        for _ in range(3):
            assert client.get(url).status_code == 200, url

    samples = {name: [] for name, _url, _cold in pages}
    cpu = {name: [] for name, _url, _cold in pages}
    round_medians = {name: [] for name, _url, _cold in pages}
    for _ in range(args.rounds):
        for name, url, cold in pages:
            times = []
            for _ in range(args.requests):
                if cold:
                    # As after any change of content: every cached fragment is stale.
                    bump_content_version()
                started, started_cpu = time.perf_counter(), time.process_time()
                client.get(url)
                times.append((time.perf_counter() - started) * 1000)
                cpu[name].append((time.process_time() - started_cpu) * 1000)
            samples[name].extend(times)
            round_medians[name].append(median(times))
    queries = {name: count_queries(client, url, cold) for name, url, cold in pages}

    # The same pages with fewer courses listed: hide 30 courses in a transaction that is
    # rolled back, and count again.
    from django.db import transaction

    fewer = {}
    with transaction.atomic():
        hidden = list(CoursePage.objects.live().order_by("-pk").values_list("pk", flat=True)[:30])
        Page.objects.filter(pk__in=hidden).update(live=False)
        for name, url, cold in pages[:4]:
            fewer[name] = count_queries(client, url, cold)
        transaction.set_rollback(True)

    courses = CoursePage.objects.live().count()
    editions = Edition.objects.filter(course__isnull=False).count()
    print(f"Machine: {machine_description()}")
    print(
        f"{courses} live courses, {editions} editions; {args.rounds} rounds x {args.requests} "
        f"requests per page; no page cache"
    )
    rows = []
    for name, _url, _cold in pages:
        values = samples[name]
        spread = f"{min(round_medians[name]):.1f}–{max(round_medians[name]):.1f}"
        query_note = str(queries[name])
        if name in fewer:
            query_note += f" ({fewer[name]} with 30 fewer courses)"
        rows.append(
            (
                name,
                f"{median(values):.1f}",
                f"{percentile(values, 0.95):.1f}",
                f"{median(cpu[name]):.1f}",
                spread,
                query_note,
            )
        )
    print(table(["page", "median ms", "p95 ms", "cpu ms", "round medians", "queries"], rows))
    for name, target in (
        ("catalogue, page 1", TARGET_MS),
        ("catalogue, page 1, after a publish", TARGET_AFTER_PUBLISH_MS),
    ):
        value = median(samples[name])
        verdict = "meets" if value <= target else "misses"
        print(f"{name}: {value:.1f} ms median, {verdict} the target of {target} ms.")
    name = "catalogue, page 1, after a publish"
    record(
        f"catalogue after a publish ({courses} courses)",
        f"<= {TARGET_AFTER_PUBLISH_MS} ms",
        f"{median(samples[name]):.1f} ms ({median(cpu[name]):.1f} ms CPU), {queries[name]} queries",
        median(samples[name]) <= TARGET_AFTER_PUBLISH_MS,
    )
    constant = all(queries[name] == fewer[name] for name in fewer)
    print(f"Query count constant in the number of courses: {'yes' if constant else 'NO'}")


if __name__ == "__main__":
    main()
