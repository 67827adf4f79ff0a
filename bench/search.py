"""The site search (/zoeken/) over ~2,500 pages: server time and queries, PostgreSQL and SQLite.

Usage: python bench/search.py [--database postgres|sqlite] [--requests N] [--rounds N]
                              [--rebuild]

PostgreSQL: the database `bench_search` on 127.0.0.1 (user postgres; BENCH_PG_URL overrides
the address) with the demo content plus 2,000 news items and 500 blogs and a filled search
index (make_bulk_content runs update_index); built unless it exists (a few minutes).
SQLite: bench/var/large.sqlite3, the same content, built by
common.prepare_database("large", bulk=True) unless it exists.

Then, in one Django process (test client, DEBUG off, PAGE_CACHE_SECONDS=0, so every request
builds the page): a common word, a rarer word, two words, page 2 of a common word and a word
nobody wrote. The queries take turns over the rounds; median and p95 over all requests,
and the number of SQL queries of one request (counted in a separate pass).
"""

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    PYTHON,
    ROOT,
    VAR,
    bench_env,
    machine_description,
    median,
    percentile,
    prepare_database,
    record,
    table,
)

TARGET_MS = 15
PG_SERVER = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432")
PG_NAME = "bench_search"
QUERIES = [
    ("common word", {"q": "vrijwilligers"}),
    ("rarer word", {"q": "jubileum"}),
    ("two words", {"q": "mantelzorgers ontmoeten"}),
    ("common word, page 2", {"q": "vrijwilligers", "page": "2"}),
    ("no hits", {"q": "zeppelinvaart"}),
]


def _pg_env(database_url):
    return bench_env(VAR / "unused.sqlite3", DATABASE_URL=database_url)


def _pg_exists(name):
    listed = subprocess.run(
        ["psql", f"{PG_SERVER}/postgres", "-Atc", "SELECT datname FROM pg_database"],
        capture_output=True,
        text=True,
        check=True,
    )
    return name in listed.stdout.split()


def prepare_postgres(rebuild):
    """The PostgreSQL bench database: demo content, the bulk set and a filled search index."""
    url = f"{PG_SERVER}/{PG_NAME}"
    if _pg_exists(PG_NAME) and not rebuild:
        return url
    print(f"Building PostgreSQL database {PG_NAME}: demo + 2,500 pages (takes a few minutes)")
    subprocess.run(
        ["dropdb", "--if-exists", "-h", "127.0.0.1", "-U", "postgres", PG_NAME], check=True
    )
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", PG_NAME], check=True)
    env = _pg_env(url)
    for args in (
        ("migrate", "--noinput", "-v", "0"),
        ("load_demo",),
        # It fills the search index when it is done (update_index).
        ("make_bulk_content", "--news", "2000", "--blogs", "500"),
    ):
        subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)
    # Planner statistics, as autovacuum would have them on a site that has been running.
    subprocess.run(["psql", url, "-qc", "VACUUM ANALYZE"], check=True)
    return url


def hit_count(query):
    """How many pages the search finds (asked for outside the timing)."""
    from wagtail.models import Locale

    from cms.site_search import ranked_page_ids

    return len(ranked_page_ids(query, Locale.objects.get(language_code="nl")))


def measure(requests, rounds):
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Page

    assert Page.objects.count() > 2000, "bench database has no bulk content"
    client = Client()
    for _name, params in QUERIES:
        for _ in range(5):  # warm caches (content version, menus, settings)
            response = client.get("/zoeken/", params)
            assert response.status_code == 200, (params, response.status_code)
    timings = {name: [] for name, _params in QUERIES}
    per_round = max(1, requests // rounds)
    for _ in range(rounds):
        for name, params in QUERIES:
            for _ in range(per_round):
                started = time.perf_counter()
                client.get("/zoeken/", params)
                timings[name].append((time.perf_counter() - started) * 1000)
    rows = []
    for name, params in QUERIES:
        reset_queries()
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/zoeken/", params)
        assert response.status_code == 200, (params, response.status_code)
        samples = timings[name]
        rows.append(
            (
                name,
                params["q"] + (f" p{params['page']}" if "page" in params else ""),
                hit_count(params["q"]),
                f"{median(samples):.1f}",
                f"{percentile(samples, 0.95):.1f}",
                len(queries),
            )
        )
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", choices=["postgres", "sqlite"], default="postgres")
    parser.add_argument("--requests", type=int, default=60, help="requests per query")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--prepare-only", action="store_true")
    args = parser.parse_args()
    if args.database == "postgres":
        env = _pg_env(prepare_postgres(args.rebuild))
    else:
        env = bench_env(prepare_database("large", bulk=True, rebuild=args.rebuild))
    if args.prepare_only:
        return
    os.environ.update({**env, "PAGE_CACHE_SECONDS": "0"})
    import django

    django.setup()
    from django.db import connection

    rows = measure(args.requests, args.rounds)
    print(f"Site search, {connection.vendor}; {machine_description()}; target ≤ {TARGET_MS} ms")
    print(table(["query", "q", "hits", "median ms", "p95 ms", "queries"], rows))
    for name, _q, hits, median_ms, _p95, count in rows:
        if name in ("common word", "two words"):
            record(
                f"site search, {connection.vendor}, {name} ({hits} hits)",
                f"<= {TARGET_MS} ms",
                f"{median_ms} ms, {count} queries",
                float(median_ms) <= TARGET_MS,
            )


if __name__ == "__main__":
    main()
