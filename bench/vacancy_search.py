"""The vacaturebank's search page with 5,000 live vacancies: server time and queries.

Usage: python bench/vacancy_search.py [DATABASE] [--vacancies N] [--requests N] [--rounds N]
                                      [--rebuild]
Builds bench/var/vacancy_search.sqlite3 (demo content, a vacaturebank page, 200 approved
organisations and N live vacancies spread over the wijken, themes and kinds of work)
unless it exists. Then, in-process (Django test client, DEBUG off, SQLite, no page cache,
so every request builds the page): the search page unfiltered, filtered by district,
theme, time and a word, and all at once; median and p90 over all requests of several
rounds, and the query count of each with 500 live vacancies and with all of them.
"""

import argparse
import os
import random
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
    table,
)

TARGET_MS = 15
ORGANISATIONS = 200
WORDS = ("koffie", "tuin", "taal", "computer", "fiets", "muziek", "koken", "sport", "lezen")


def prepare(database, rebuild):
    if database.exists() and not rebuild:
        return database, False
    VAR.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    print(f"Building {database.name}: demo content + vacancies (takes a few minutes)")
    manage(database, "migrate", "--noinput", "-v", "0")
    manage(database, "load_demo")
    return database, True


def index_page():
    """The Dutch vacaturebank page; added under the home page when the demo has none."""
    from wagtail.models import Page

    from home.models import HomePage
    from volunteering.models import VacancyIndexPage

    page = VacancyIndexPage.objects.live().filter(locale__language_code="nl").first()
    if page is None:
        home = HomePage.objects.filter(locale__language_code="nl").first() or Page.objects.get(
            depth=2
        )
        page = home.add_child(instance=VacancyIndexPage(title="Vacaturebank", slug="vacaturebank"))
        page.save_revision().publish()
    return page


def fill(count):
    """`count` live vacancies of ORGANISATIONS approved organisations (bulk, seeded)."""
    import datetime as dt

    from django.db import transaction
    from django.utils import timezone

    from cms.models import Partner, Theme, Wijk
    from volunteering.models import OrganisationAccount, Vacancy

    rng = random.Random(15)
    now = timezone.now()
    today = timezone.localdate(now)
    wijken = list(Wijk.objects.all())
    themes = list(Theme.objects.all())
    with transaction.atomic():
        partners = Partner.objects.bulk_create(
            Partner(name=f"Bench organisatie {n}", slug=f"bench-organisatie-{n}")
            for n in range(ORGANISATIONS)
        )
        OrganisationAccount.objects.bulk_create(
            OrganisationAccount(organisation=p, status="goedgekeurd", requested_at=now)
            for p in partners
        )
        vacancies = Vacancy.objects.bulk_create(
            Vacancy(
                organisation=rng.choice(partners),
                title=f"Vrijwilliger {rng.choice(WORDS)} {n}",
                summary="Help mee in de wijk, een paar uur per week.",
                tasks=f"U helpt bij {rng.choice(WORDS)} en {rng.choice(WORDS)}.",
                contact_name="Sanne de Vries",
                contact_email="sanne@organisatie.example",
                commitment=rng.choice(["eenmalig", "korte-klus", "vast"]),
                hours_per_week=rng.choice([1, 2, 3, 4, 6, 8, 12, 16]),
                wijk=None if n % 10 == 0 else rng.choice(wijken) if wijken else None,
                remote=n % 10 == 0,
                for_young_people=rng.random() < 0.3,
                little_dutch=rng.random() < 0.2,
                guidance=rng.random() < 0.2,
                status="gepubliceerd",
                published_at=now - dt.timedelta(minutes=n * 37),
                expires_on=today + dt.timedelta(days=rng.randint(0, 180)),
            )
            for n in range(count)
        )
        through = Vacancy.themes.through
        through.objects.bulk_create(
            through(vacancy_id=v.pk, theme_id=theme.pk)
            for v in vacancies
            for theme in rng.sample(themes, k=min(len(themes), rng.randint(1, 2)))
        )


def urls_to_measure(index):
    from cms.models import Theme, Wijk

    base = index.url
    district = Wijk.objects.filter(district=None).order_by("name").first()
    theme = Theme.objects.order_by("name").first()
    urls = [("unfiltered", base), ("page 5, closing first", f"{base}?sorteer=sluit&pagina=5")]
    if district:
        urls.append(("wijk (district)", f"{base}?wijk={district.slug}"))
    if theme:
        urls.append(("thema", f"{base}?thema={theme.slug}"))
    urls.append(("tijd + uren", f"{base}?tijd=korte-klus&uren=4"))
    urls.append(("q", f"{base}?q=koffie"))
    if district and theme:
        urls.append(
            ("all at once", f"{base}?q=tuin&wijk={district.slug}&thema={theme.slug}&jongeren=1")
        )
    return urls


def reference_urls():
    """The floor on this machine: a page with no listing at all, for comparison."""
    from cms.models import StandardPage

    page = StandardPage.objects.live().filter(locale__language_code="nl").first()
    return [("reference: standard page", page.url)] if page else []


def count_queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(queries)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("database", nargs="?", default=str(VAR / "vacancy_search.sqlite3"))
    parser.add_argument("--vacancies", type=int, default=5000)
    parser.add_argument("--requests", type=int, default=20, help="per page and round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    database, fresh = prepare(Path(args.database), args.rebuild)
    os.environ.update(bench_env(database, PAGE_CACHE_SECONDS=0))
    import django

    django.setup()
    from django.conf import settings
    from django.db import transaction
    from django.test import Client
    from django.utils import timezone

    from volunteering import rules
    from volunteering.models import Vacancy

    settings.PAGE_CACHE_SECONDS = 0
    index = index_page()
    if fresh or not Vacancy.objects.exists():
        fill(args.vacancies)
    live = Vacancy.objects.filter(rules.live_q(timezone.now())).count()
    client = Client()
    urls = urls_to_measure(index)
    measured = urls + reference_urls()
    for _name, url in urls:
        for _ in range(3):
            assert client.get(url).status_code == 200, url

    samples = {name: [] for name, _url in measured}
    for _ in range(args.rounds):
        for name, url in measured:
            for _ in range(args.requests):
                started = time.perf_counter()
                client.get(url)
                samples[name].append((time.perf_counter() - started) * 1000)
    queries = {name: count_queries(client, url) for name, url in urls}

    # The same pages with 500 live vacancies: take the rest offline in a transaction that
    # is rolled back, and count again.
    fewer = {}
    with transaction.atomic():
        keep = list(Vacancy.objects.order_by("pk").values_list("pk", flat=True)[:500])
        Vacancy.objects.exclude(pk__in=keep).update(status="concept")
        for name, url in urls:
            fewer[name] = count_queries(client, url)
        transaction.set_rollback(True)

    print(f"Machine: {machine_description()}")
    print(
        f"{live} live vacancies; {args.rounds} rounds x {args.requests} requests per page; "
        "no page cache, DEBUG off, SQLite"
    )
    rows = [
        (
            name,
            f"{median(samples[name]):.1f}",
            f"{percentile(samples[name], 0.9):.1f}",
            f"{fewer[name]} / {queries[name]}" if name in queries else "",
        )
        for name, _url in measured
    ]
    print(table(["search page", "median ms", "p90 ms", "queries (500 / all)"], rows))
    worst = max(median(samples[name]) for name, _url in urls)
    verdict = "meets" if worst <= TARGET_MS else "misses"
    print(f"Slowest median {worst:.1f} ms: {verdict} the target of {TARGET_MS} ms.")
    constant = all(queries[name] == fewer[name] for name in queries)
    print(f"Query count constant in the number of vacancies: {'yes' if constant else 'NO'}")


if __name__ == "__main__":
    main()
