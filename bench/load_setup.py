"""Set up one run of bench/load.py, inside the server's own Django environment.

Creates a course with editions that have few places (so the waiting lists fill), signed-in
participants (sessions stored where the site keeps them) with a personal calendar feed,
and lists the public pages and feeds the load test asks for. Prints JSON.

Usage: python bench/load_setup.py RUN EDITIONS CAPACITY PEOPLE
       python bench/load_setup.py check RUN   (per edition: capacity, confirmed, waiting)
"""

import json
import sys
from importlib import import_module
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
django.setup()

import datetime as dt  # noqa: E402

from django.conf import settings  # noqa: E402
from django.contrib.auth import (  # noqa: E402
    BACKEND_SESSION_KEY,
    HASH_SESSION_KEY,
    SESSION_KEY,
    get_user_model,
)
from django.db.models import Count, Q  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Page, Site  # noqa: E402

from academy.models import (  # noqa: E402
    CourseIndexPage,
    CoursePage,
    Edition,
    EditionStatus,
    Participant,
    Session,
)
from academy.personal_feed import enable_feed  # noqa: E402


def catalogue(home):
    index = CourseIndexPage.objects.child_of(home).first()
    if index is None:
        index = CourseIndexPage(title="Vrijwilligersacademie", slug="vrijwilligersacademie")
        home.add_child(instance=index)
    return index


def editions(home, run, count, capacity):
    page = CoursePage(title=f"Drukte {run}", slug=f"drukte-{run}", intro="Loadtest")
    catalogue(home).add_child(instance=page)
    page.save_revision().publish()
    made = []
    for number in range(count):
        start = timezone.now() + dt.timedelta(days=14 + number)
        edition = Edition(course=page, capacity=capacity, status=EditionStatus.OPEN)
        edition.sessions = [
            Session(start=start, end=start + dt.timedelta(hours=2), venue="De Schakel")
        ]
        edition.save()
        made.append(edition.pk)
    return made


def person(run, number):
    user = get_user_model().objects.create_user(
        username=f"load-{run}-{number}", email=f"load-{run}-{number}@example.nl"
    )
    participant = Participant.objects.create(
        user=user, first_name="Bezoeker", last_name=f"{run}-{number}", email=user.email
    )
    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return session.session_key, enable_feed(participant)


def urls_of(model_label, limit):
    pages = Page.objects.live().public().filter(content_type__model=model_label)
    return [page.url for page in pages.order_by("-first_published_at")[:limit] if page.url]


def public_urls():
    pages = {
        "home": ["/"],
        "news index": urls_of("newsindexpage", 1),
        "news item": urls_of("newspage", 10),
        "blog": urls_of("blogindexpage", 1) + urls_of("blogpage", 5),
        "agenda": urls_of("eventindexpage", 1),
        "event": urls_of("eventpage", 8),
        "catalogue": urls_of("courseindexpage", 1),
        "course": urls_of("coursepage", 8),
        "standard": urls_of("standardpage", 5) + urls_of("sectionpage", 3),
    }
    feeds = [f"{url}ical/" for url in pages["agenda"] + pages["event"][:4]]
    return pages, feeds


def check(run):
    rows = (
        Edition.objects.filter(course__slug=f"drukte-{run}")
        .annotate(
            confirmed=Count("registrations", filter=Q(registrations__status="aangemeld")),
            waiting=Count("registrations", filter=Q(registrations__status="wachtlijst")),
            total=Count("registrations"),
        )
        .values("pk", "capacity", "confirmed", "waiting", "total")
    )
    print(json.dumps(list(rows)))


def main():
    if sys.argv[1] == "check":
        check(sys.argv[2])
        return
    run, count, capacity, people = sys.argv[1], *map(int, sys.argv[2:5])
    home = Site.objects.get(is_default_site=True).root_page
    edition_ids = editions(home, run, count, capacity)
    pairs = [person(run, number) for number in range(people)]
    pages, feeds = public_urls()
    print(
        json.dumps(
            {
                "editions": edition_ids,
                "sessions": [key for key, _token in pairs],
                "personal_feeds": [f"/academie/agenda/{token}.ics" for _key, token in pairs],
                "pages": pages,
                "feeds": feeds,
            }
        )
    )


if __name__ == "__main__":
    main()
