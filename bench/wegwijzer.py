"""The wegwijzer with 1,000 support offers: server time, queries and size of each screen.

Usage: python bench/wegwijzer.py [DATABASE] [--offers N] [--requests N] [--rounds N] [--rebuild]
Builds bench/var/wegwijzer.sqlite3 (demo content, with its wegwijzer of about 8 questions
per walk, and N extra live offers in the sociale kaart, spread over the themes, audiences
and wijken, some of them VMCA services, some with an age limit) unless it exists. Then,
in-process (Django test client, DEBUG off, SQLite, no page cache, so every request builds
the page), the walk of a working carer and of a young carer, screen by screen, as the step
forms send them, and both results:
median and p95 over all requests of several rounds (the screens take turns, so a slow
moment of the machine hits them all alike), the query count of each screen with 100 live
offers and with all of them (it must not grow), and the size of its HTML.
"""

import argparse
import os
import random
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

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
FEW_OFFERS = 100
# The answers of the two walks (any other question: its first answer; each balance
# statement "ja", so the heaviest band with its named offers).
WALKS = {
    "working carer": {"voor-wie": ["ouder"], "soort-zorg": ["verzorging", "geheugen"],
                      "leeftijd": ["nee"], "werk": ["ja"], "werkgever": ["ja-lastig"]},
    "young carer": {"voor-wie": ["ouder"], "leeftijd": ["ja"], "school": ["ja"],
                    "praten": ["jongeren"]},
}  # fmt: skip
WORDS = ("Praatgroep", "Spreekuur", "Maatje", "Cursus", "Inloop", "Logeerhuis", "Advies", "Hulp")


def prepare(database, rebuild):
    if database.exists() and not rebuild:
        return database, False
    VAR.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    print(f"Building {database.name}: demo content + support offers (takes a few minutes)")
    manage(database, "migrate", "--noinput", "-v", "0")
    manage(database, "load_demo")
    return database, True


def wegwijzer_page():
    from guide.models import WegwijzerPage

    page = WegwijzerPage.objects.live().filter(locale__language_code="nl", slug="wegwijzer").first()
    assert page is not None, "the bench database has no demo wegwijzer at /wegwijzer/"
    return page


def fill(count):
    """`count` live offers under the Dutch sociale kaart (seeded, so every build is alike).

    Pages are added one by one (the page tree needs it), without revisions: a revision
    changes nothing the wegwijzer reads."""
    from django.db import transaction
    from django.utils import timezone

    from cms.models import Audience, Partner, Theme, Wijk
    from guide.models import SupportOfferIndexPage, SupportOfferPage
    from guide.models.offers import Cost

    rng = random.Random(16)
    index = SupportOfferIndexPage.objects.live().filter(locale__language_code="nl").first()
    assert index is not None, "the bench database has no sociale kaart"
    themes = list(Theme.objects.all())
    audiences = list(Audience.objects.all())
    wijken = list(Wijk.objects.all())
    today = timezone.localdate()
    with transaction.atomic():
        providers = Partner.objects.bulk_create(
            Partner(name=f"Bench aanbieder {n}", slug=f"bench-aanbieder-{n}") for n in range(40)
        )
        theme_rows, audience_rows = [], []
        for n in range(count):
            young = rng.random() < 0.1
            offer = index.add_child(
                instance=SupportOfferPage(
                    title=f"{rng.choice(WORDS)} {n}",
                    slug=f"bench-aanbod-{n}",
                    intro="Een plek waar u terecht kunt met uw vragen over de zorg.",
                    provider=rng.choice(providers),
                    vmca_service=rng.random() < 0.05,
                    # A few for young carers only, a few for adults only.
                    max_age=24 if young else None,
                    min_age=18 if not young and rng.random() < 0.1 else None,
                    cost=rng.choice(Cost.values),
                    phone="036 123 45 67" if rng.random() < 0.6 else "",
                    how_to_get="Bel of mail ons. Wij maken een afspraak.",
                    # A third for all of Almere, the rest in a district or neighbourhood.
                    wijk=None if rng.random() < 0.33 else rng.choice(wijken),
                    last_checked=today,
                    live=True,
                )
            )
            for theme in rng.sample(themes, k=min(len(themes), rng.randint(1, 3))):
                theme_rows.append((offer.pk, theme.pk))
            for audience in rng.sample(audiences, k=min(len(audiences), rng.randint(0, 2))):
                audience_rows.append((offer.pk, audience.pk))
        themes_through = SupportOfferPage.themes.through
        themes_through.objects.bulk_create(
            themes_through(supportofferpage_id=offer, theme_id=theme) for offer, theme in theme_rows
        )
        audiences_through = SupportOfferPage.audiences.through
        audiences_through.objects.bulk_create(
            audiences_through(supportofferpage_id=offer, audience_id=audience)
            for offer, audience in audience_rows
        )


def walk_urls(page, plan):
    """[(name, url)]: each screen of the walk as its form sends it, then the result.

    Walks the path the way guide.wegwijzer.path does, so a changed demo path still
    gives a complete walk."""
    from django.http import QueryDict

    from guide.wegwijzer import path as wegwijzer_path
    from guide.wegwijzer.state import districts, walk_request

    names = districts()
    pairs, urls, sent = [], [], ""
    for _ in range(30):
        query = urlencode([*pairs, *([(wegwijzer_path.SENT, sent)] if sent else [])])
        walk = walk_request(page, QueryDict(query), names)
        if walk.finished:
            urls.append(("result", f"{page.url}?{walk.query()}"))
            return urls
        child = walk.current
        key = child.value["key"]
        urls.append((f"{len(urls) + 1}. {key}", f"{page.url}?{query}" if query else page.url))
        if child.block_type == "balanscheck":
            statements = len(child.value["statements"])
            pairs += [(f"{key}.{number}", "ja") for number in range(1, statements + 1)]
        elif child.block_type == "wijk":
            pairs.append((key, plan.get(key, [next(iter(names))])[0]))
        else:
            first = child.value["answers"][0]["key"]
            pairs += [(key, value) for value in plan.get(key, [first])]
        sent = key
    raise SystemExit("the walk did not reach the result in 30 screens")


def measure_once(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(queries), len(response.content)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("database", nargs="?", default=str(VAR / "wegwijzer.sqlite3"))
    parser.add_argument("--offers", type=int, default=1000)
    parser.add_argument("--requests", type=int, default=20, help="per screen and round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    database, fresh = prepare(Path(args.database), args.rebuild)
    os.environ.update(bench_env(database, PAGE_CACHE_SECONDS=0))
    import django

    django.setup()
    from django.conf import settings
    from django.db import transaction
    from django.test import Client
    from wagtail.models import Page

    from guide.models import SupportOfferPage

    settings.PAGE_CACHE_SECONDS = 0
    page = wegwijzer_page()
    if fresh or not SupportOfferPage.objects.filter(slug__startswith="bench-aanbod-").exists():
        fill(args.offers)
    live = SupportOfferPage.objects.live().filter(locale__language_code="nl").count()
    client = Client()
    screens = []
    for walk, plan in WALKS.items():
        screens += [(f"{walk}: {name}", url) for name, url in walk_urls(page, plan)]
    # A result is cached per answers link (its list holds nothing personal); "new answers"
    # measures the first walker with these answers: the list built, the rest warm.
    cold = [(f"{name} (new answers)", url) for name, url in screens if name.endswith("result")]
    measured = screens + cold + reference_urls()
    for _name, url in measured:
        for _ in range(3):
            assert client.get(url).status_code == 200, url

    from guide.wegwijzer import views as wegwijzer_views

    cached_for = wegwijzer_views.RESULT_CACHE_SECONDS
    samples = {name: [] for name, _url in measured}
    for _ in range(args.rounds):
        for name, url in measured:
            # A timeout of 0 makes the result's {% cache %} miss every time.
            wegwijzer_views.RESULT_CACHE_SECONDS = (
                0 if name.endswith("(new answers)") else cached_for
            )
            for _ in range(args.requests):
                started = time.perf_counter()
                client.get(url)
                samples[name].append((time.perf_counter() - started) * 1000)
    wegwijzer_views.RESULT_CACHE_SECONDS = cached_for
    counted = {name: measure_once(client, url) for name, url in screens}

    # The same screens with FEW_OFFERS live offers: take the others offline in a
    # transaction that is rolled back, and count again.
    fewer = {}
    with transaction.atomic():
        dutch = SupportOfferPage.objects.live().filter(locale__language_code="nl")
        keep = list(dutch.order_by("pk").values_list("pk", flat=True)[:FEW_OFFERS])
        Page.objects.filter(pk__in=dutch.exclude(pk__in=keep).values("pk")).update(live=False)
        for name, url in screens:
            fewer[name] = measure_once(client, url)[0]
        transaction.set_rollback(True)

    print(f"Machine: {machine_description()}")
    print(
        f"{live} live Dutch support offers; {args.rounds} rounds x {args.requests} requests "
        "per screen; no page cache, DEBUG off, SQLite"
    )
    rows = [
        (
            name,
            f"{median(samples[name]):.1f}",
            f"{percentile(samples[name], 0.95):.1f}",
            f"{fewer[name]} / {counted[name][0]}" if name in counted else "",
            f"{counted[name][1] / 1024:.0f}" if name in counted else "",
        )
        for name, _url in measured
    ]
    headers = ["screen", "median ms", "p95 ms", f"queries ({FEW_OFFERS} / all)", "HTML kB"]
    print(table(headers, rows))
    for kind, names in (
        ("step", [name for name, _url in screens if not name.endswith("result")]),
        ("result", [name for name, _url in screens if name.endswith("result")]),
        ("result with new answers", [name for name, _url in cold]),
    ):
        worst = max(names, key=lambda name: median(samples[name]))
        value = median(samples[worst])
        verdict = "meets" if value <= TARGET_MS else "misses"
        print(f"Slowest {kind}: {worst}, {value:.1f} ms median: {verdict} the target of "
              f"{TARGET_MS} ms.")  # fmt: skip
    constant = all(counted[name][0] == fewer[name] for name in counted)
    print(f"Query count constant in the number of offers: {'yes' if constant else 'NO'}")


def reference_urls():
    """The floor on this machine: a page with no listing at all, for comparison."""
    from cms.models import StandardPage

    page = StandardPage.objects.live().filter(locale__language_code="nl").first()
    return [("reference: standard page", page.url)] if page else []


if __name__ == "__main__":
    main()
