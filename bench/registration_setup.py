"""Set up (or reset) the registration race for bench/registrations.py.

Run inside the bench's Django environment: creates a course with one edition per
capacity asked, and N signed-in participants, and prints JSON with the edition ids
and the session cookies of the participants.
"""

import json
import sys
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
django.setup()

import datetime as dt  # noqa: E402

from django.contrib.auth import (  # noqa: E402
    BACKEND_SESSION_KEY,
    HASH_SESSION_KEY,
    SESSION_KEY,
    get_user_model,  # noqa: E402
)
from django.contrib.sessions.backends.db import SessionStore  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Site  # noqa: E402

from academy.models import (  # noqa: E402
    CourseIndexPage,
    CoursePage,
    Edition,
    EditionStatus,
    Participant,
    Session,
)


def catalogue():
    home = Site.objects.get(is_default_site=True).root_page
    index = CourseIndexPage.objects.child_of(home).first()
    if index is None:
        index = CourseIndexPage(title="Vrijwilligersacademie", slug="vrijwilligersacademie")
        home.add_child(instance=index)
    return index


def course(index, run):
    page = CoursePage(title=f"Race {run}", slug=f"race-{run}", intro="Bench")
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def edition(page, capacity):
    start = timezone.now() + dt.timedelta(days=14)
    ed = Edition(course=page, capacity=capacity, status=EditionStatus.OPEN)
    ed.sessions = [Session(start=start, end=start + dt.timedelta(hours=2), venue="Bench")]
    ed.save()
    return ed


def signed_in(run, number):
    User = get_user_model()
    user = User.objects.create_user(
        username=f"race-{run}-{number}", email=f"race-{run}-{number}@example.nl"
    )
    Participant.objects.create(
        user=user, first_name="Race", last_name=f"{run}-{number}", email=user.email
    )
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return session.session_key


def main():
    run, people = sys.argv[1], int(sys.argv[2])
    capacities = [int(value) for value in sys.argv[3:]]
    page = course(catalogue(), run)
    editions = {str(capacity): edition(page, capacity).pk for capacity in capacities}
    sessions = [signed_in(run, number) for number in range(people)]
    print(json.dumps({"editions": editions, "sessions": sessions}))


if __name__ == "__main__":
    main()
