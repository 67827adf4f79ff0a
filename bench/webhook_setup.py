"""Set up and check the webhook race for bench/webhooks.py (run in the bench's Django
environment).

`setup RUN N [E]`: paid courses, E editions (default 1) with room for everyone, and N
registrations (spread over the editions) that wait for their online payment, each with a
Checkout session id; prints JSON with, per payment, the registration id, our reference and
the session id.
`check RUN`: prints JSON with what happened to that run's registrations: their statuses,
and the number of provider events, confirmation mails and invoices per registration.
`wait RUN N`: waits (at most a minute) until the task worker has applied N of the run's
stored events, then prints what `check` prints plus the seconds from the first event
received to the last applied.
"""

import json
import sys
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
django.setup()

import datetime as dt  # noqa: E402
from collections import Counter  # noqa: E402

from django.db.models import Count, Max, Min, Q  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Site  # noqa: E402

from academy.models import (  # noqa: E402
    CourseIndexPage,
    CoursePage,
    CoursePrice,
    Edition,
    EditionStatus,
    Participant,
    Payment,
    PaymentEvent,
    Registration,
    Session,
)
from academy.services import payments  # noqa: E402
from academy.services import registration as services  # noqa: E402


def catalogue():
    home = Site.objects.get(is_default_site=True).root_page
    index = CourseIndexPage.objects.child_of(home).first()
    if index is None:
        index = CourseIndexPage(title="Vrijwilligersacademie", slug="vrijwilligersacademie")
        home.add_child(instance=index)
    return index


def paid_edition(run, capacity):
    page = CoursePage(title=f"Webhook {run}", slug=f"webhook-{run}", intro="Bench")
    page.prices = [CoursePrice(participant_type="professional", amount_cents=4500)]
    catalogue().add_child(instance=page)
    page.save_revision().publish()
    start = timezone.now() + dt.timedelta(days=14)
    edition = Edition(course=page, capacity=capacity, status=EditionStatus.OPEN)
    edition.sessions = [Session(start=start, end=start + dt.timedelta(hours=2), venue="Bench")]
    edition.save()
    return edition


def setup(run, people, editions=1):
    """`people` registrations, spread round-robin over `editions` editions."""
    editions = [paid_edition(f"{run}-{n}" if n else run, people) for n in range(editions)]
    rows = []
    for number in range(people):
        edition = editions[number % len(editions)]
        person = Participant.objects.create(
            first_name="Betaler",
            last_name=f"{run}-{number}",
            email=f"pay-{run}-{number}@example.nl",
            participant_type="professional",
        )
        registration = services.register(edition.pk, person)
        payment = payments.open_payment(registration)
        session_id = f"cs_bench_{run}_{number}"
        Payment.objects.filter(pk=payment.pk).update(
            checkout_session_id=session_id, checkout_url=f"https://checkout.test/{session_id}"
        )
        rows.append(
            {
                "registration": registration.pk,
                "reference": payment.reference,
                "session": session_id,
            }
        )
    return {"editions": [edition.pk for edition in editions], "payments": rows}


def check(run):
    registrations = Registration.objects.filter(
        Q(edition__course__slug=f"webhook-{run}")
        | Q(edition__course__slug__startswith=f"webhook-{run}-")
    )
    per_registration = registrations.annotate(
        events=Count("payments__events", distinct=True),
        confirmations=Count("mails", filter=Q(mails__kind="confirmation"), distinct=True),
        invoices=Count(
            "payments__invoices", filter=Q(payments__invoices__kind="factuur"), distinct=True
        ),
    ).values("status", "events", "confirmations", "invoices")
    rows = list(per_registration)
    return {
        "statuses": dict(Counter(row["status"] for row in rows)),
        "events": sorted({row["events"] for row in rows}),
        "confirmations": sorted({row["confirmations"] for row in rows}),
        "invoices": sorted({row["invoices"] for row in rows}),
        "registrations": len(rows),
    }


def wait(run, applied, timeout=60):
    import time

    events = PaymentEvent.objects.filter(event_id__startswith=f"evt_bench_{run}_")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if events.filter(applied_at__isnull=False).count() >= applied:
            break
        time.sleep(0.05)
    span = events.aggregate(first=Min("received_at"), last=Max("applied_at"))
    seconds = None
    if span["first"] and span["last"]:
        seconds = (span["last"] - span["first"]).total_seconds()
    return {**check(run), "applied_seconds": seconds}


if __name__ == "__main__":
    if sys.argv[1] == "setup":
        print(json.dumps(setup(sys.argv[2], *map(int, sys.argv[3:]))))
    elif sys.argv[1] == "wait":
        print(json.dumps(wait(sys.argv[2], int(sys.argv[3]))))
    else:
        print(json.dumps(check(sys.argv[2])))
