"""Many future activities for load tests and benchmarks (default: 100 pages x 50 dates)."""

import datetime as dt
import random

from django.core.management.base import BaseCommand
from wagtail.models import Site

from cms.models import Wijk
from events.models import EventDate, EventIndexPage, EventKind, EventPage


class Command(BaseCommand):
    help = "Create many event pages with many future dates (for benchmarks)."

    def add_arguments(self, parser):
        parser.add_argument("--pages", type=int, default=100)
        parser.add_argument("--dates", type=int, default=50)
        parser.add_argument("--seed", type=int, default=2027)

    def handle(self, *args, pages, dates, seed, **options):
        rng = random.Random(seed)
        home = Site.objects.get(is_default_site=True).root_page.specific
        index = EventIndexPage.objects.child_of(home).first()
        if index is None:
            index = EventIndexPage(title="Agenda", slug="agenda")
            home.add_child(instance=index)
            index.save_revision().publish()
        kinds = list(EventKind.objects.all())
        wijken = list(Wijk.objects.all()) or [None]
        first_day = dt.date.today() + dt.timedelta(days=1)
        for number in range(pages):
            wijk = rng.choice(wijken)
            page = EventPage(
                title=f"Bijeenkomst {number + 1} in {wijk.name if wijk else 'Almere'}",
                slug=f"bulk-{number + 1}-{rng.randrange(10**6)}",
                intro="Een bijeenkomst voor vrijwilligers en mantelzorgers; iedereen is welkom.",
                kind=rng.choice(kinds),
                venue="Buurtcentrum",
                city="Almere",
                wijk=wijk,
            )
            page.dates = [
                EventDate(
                    date=first_day + dt.timedelta(days=rng.randrange(0, 540)),
                    start_time=dt.time(rng.choice([9, 10, 14, 19]), rng.choice([0, 30])),
                    end_time=dt.time(rng.choice([11, 12, 16, 21]), 0),
                )
                for _ in range(dates)
            ]
            index.add_child(instance=page)
            page.save_revision().publish()
            if (number + 1) % 20 == 0:
                self.stdout.write(f"  {number + 1} activiteiten gemaakt")
        self.stdout.write(self.style.SUCCESS(f"Klaar: {pages * dates} data toegevoegd."))
