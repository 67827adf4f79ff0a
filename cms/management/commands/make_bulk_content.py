"""A large random data set for load tests and benchmarks (thousands of news items and blogs)."""

import datetime as dt
import json
import random
import uuid

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from wagtail.models import Site

from cms.models import BlogIndexPage, BlogPage, NewsIndexPage, NewsPage, Person, Theme, Wijk

SUBJECTS = [
    "Buurtbewoners",
    "Vrijwilligers",
    "Mantelzorgers",
    "Jongeren",
    "Maatjes",
    "Coördinatoren",
    "Wijkteams",
    "Buren",
    "Studenten",
    "Senioren",
]
VERBS = [
    "helpen elkaar in",
    "starten een nieuwe groep in",
    "koken samen in",
    "zoeken hulp in",
    "vieren een jubileum in",
    "leren nieuwe dingen in",
    "ontmoeten elkaar in",
    "klussen samen in",
]
SENTENCES = [
    "Iedereen is welkom, ook als u nog nooit vrijwilligerswerk hebt gedaan.",
    "De eerste keer komt een medewerker van VMCA even kennismaken.",
    "Mantelzorgers kunnen hier op adem komen en andere mantelzorgers ontmoeten.",
    "Wie wil helpen, kan zich aanmelden via de website of bellen met VMCA.",
    "De bijeenkomst is gratis en duurt ongeveer anderhalf uur.",
    "Er is koffie en thee, en er is altijd iemand die u wegwijs maakt.",
    "Samen met de wijkteams kijken we wat er nodig is in de buurt.",
    "Kleine hulp, zoals een boodschap of een praatje, maakt vaak een groot verschil.",
]


def paragraph(rng):
    return "<p>" + " ".join(rng.sample(SENTENCES, 3)) + "</p>"


def body(rng):
    blocks = [
        {"type": "paragraph", "value": paragraph(rng)},
        {"type": "heading", "value": {"text": "Hoe doet u mee?", "level": "h2"}},
        {"type": "paragraph", "value": paragraph(rng)},
    ]
    for block in blocks:
        block["id"] = str(uuid.uuid4())
    return json.dumps(blocks)


class Command(BaseCommand):
    help = "Create many random news items and blogs (for load tests and benchmarks)."

    def add_arguments(self, parser):
        parser.add_argument("--news", type=int, default=2000)
        parser.add_argument("--blogs", type=int, default=500)
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, *args, news, blogs, seed, **options):
        rng = random.Random(seed)
        home = Site.objects.get(is_default_site=True).root_page.specific
        news_index = NewsIndexPage.objects.child_of(home).first()
        blog_index = BlogIndexPage.objects.child_of(home).first()
        if news_index is None or blog_index is None:
            self.stderr.write("Run `manage.py load_demo` first: the overview pages are missing.")
            return
        wijken = list(Wijk.objects.all())
        themes = list(Theme.objects.all())
        authors = list(Person.objects.all())
        created = 0
        for model, index, count in ((NewsPage, news_index, news), (BlogPage, blog_index, blogs)):
            for start in range(0, count, 200):
                with transaction.atomic():
                    for _ in range(min(200, count - start)):
                        self._add(rng, model, index, wijken, themes, authors)
                        created += 1
                self.stdout.write(f"  {created} pagina's gemaakt")
        call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS(f"Klaar: {created} pagina's toegevoegd."))

    def _add(self, rng, model, index, wijken, themes, authors):
        wijk = rng.choice(wijken) if wijken else None
        date = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(0, 6 * 365))
        title = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {wijk.name if wijk else 'Almere'}"
        now = timezone.now()
        fields = {
            "title": title,
            "slug": f"{model.__name__.lower()}-{uuid.uuid4().hex[:12]}",
            "date": date,
            "intro": " ".join(rng.sample(SENTENCES, 2)),
            "body": body(rng),
            "wijk": wijk,
            "first_published_at": now,
            "last_published_at": now,
        }
        if model is BlogPage and authors:
            fields["author"] = rng.choice(authors)
        page = model(**fields)
        # Set relations before the first save: add_child commits them with the page.
        if themes:
            page.themes = rng.sample(themes, k=min(2, len(themes)))
        page.tags.add(rng.choice(["buurt", "zorg", "ontmoeting", "jongeren", "klussen"]))
        index.add_child(instance=page)
