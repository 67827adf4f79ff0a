"""De cijfers: the figures dashboard for a year, and the yearly report as a PDF.

Usage: python bench/insights.py [--rounds 20] [--pdf-rounds 3] [--year 2025] [--rebuild]
Builds bench/var/insights.sqlite3 once: the demo content (with its two years of history)
plus, in `--year`, 10,000 registrations and 5,000 reactions (bulk-created, with the
attendance, certificates, payments and refunds that go with them in proportion, and the
vacancies the reactions answer). Then, in-process (Django test client), DEBUG off, signed
in as a member of the group "Cijfers" (insights.view_figures): the dashboard page
GET /admin/cijfers/?kind=year&year=YEAR (the year compared with the year before), median
and p95 over the rounds and its number of queries; and insights.report.make_report (what
`manage.py impact_report --year YEAR --output x.pdf` runs), median over the PDF rounds.
Targets (issue 18): dashboard <= 300 ms server time, the report PDF <= 5 s.
"""

import argparse
import datetime as dt
import os
import random
import sys
import time
from pathlib import Path

# The project first: this file's name must not hide the insights app.
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import (  # noqa: E402
    bench_env,
    machine_description,
    median,
    percentile,
    prepare_database,
    record,
    table,
)

TARGET_MS = 300
TARGET_PDF_S = 5
REGISTRATIONS = 10_000
REACTIONS = 5_000
BENCH_NOTE = "Bench: bulk data for the figures."


def bulk_year(year):
    """REGISTRATIONS registrations and REACTIONS reactions in `year`; once per database."""
    from django.db import transaction
    from django.utils import timezone

    from academy.demo_history import own_timestamps
    from academy.models import (
        Attendance,
        Certificate,
        CoursePage,
        Edition,
        EditionStatus,
        Participant,
        Payment,
        Refund,
        Registration,
        Session,
    )
    from cms.models import Wijk
    from volunteering.models import OrganisationAccount, Reaction, Vacancy

    if Edition.objects.filter(internal_notes=BENCH_NOTE).exists():
        return
    dice = random.Random(18)  # noqa: S311
    courses = list(CoursePage.objects.all())
    wijken = list(Wijk.objects.all()) + [None]
    kinds = ["vrijwilliger"] * 5 + ["mantelzorger"] * 2 + ["professional"] * 2 + ["organisatie"]
    start = timezone.make_aware(dt.datetime(year, 1, 1, 9))
    with transaction.atomic(), own_timestamps(Edition, Registration, Attendance, Payment, Refund):
        people = [
            Participant(
                first_name="Bench",
                last_name=f"Deelnemer {n}",
                email=f"bench{n}@mail.example",
                participant_type=dice.choice(kinds),
                wijk=dice.choice(wijken),
            )
            for n in range(3000)
        ]
        Participant.objects.bulk_create(people, batch_size=1000)
        editions, sessions = [], []
        for _n in range(REGISTRATIONS // 14 + 1):
            first = start + dt.timedelta(days=dice.randrange(0, 355), hours=dice.randint(0, 10))
            edition = Edition(
                course=dice.choice(courses),
                status=EditionStatus.COMPLETED,
                capacity=16,
                wijk=dice.choice(wijken),
                internal_notes=BENCH_NOTE,
                first_start=first,
                last_end=first + dt.timedelta(days=7, hours=2),
                created=first - dt.timedelta(days=60),
                updated=first,
            )
            editions.append(edition)
            for week in range(2):
                at = first + dt.timedelta(days=7 * week)
                sessions.append(
                    Session(
                        edition=edition, sort_order=week, start=at, end=at + dt.timedelta(hours=2)
                    )
                )
        Edition.objects.bulk_create(editions, batch_size=1000)
        for session in sessions:
            session.edition_id = session.edition.pk
        Session.objects.bulk_create(sessions, batch_size=1000)
        by_edition = {}
        for session in sessions:
            by_edition.setdefault(session.edition_id, []).append(session)
        registrations = []
        for n in range(REGISTRATIONS):
            edition = editions[n // 14]
            person = people[(n * 7 + n // 14) % len(people)]
            created = edition.first_start - dt.timedelta(days=dice.randint(2, 30))
            cancelled = dice.random() < 0.08
            registrations.append(
                Registration(
                    edition=edition,
                    participant=person,
                    status="afgemeld" if cancelled else "aangemeld",
                    participant_type=person.participant_type,
                    price_cents=4500 if person.participant_type == "professional" else 0,
                    created=created,
                    updated=created,
                    confirmed_at=created,
                    ended_at=created + dt.timedelta(days=1) if cancelled else None,
                )
            )
        Registration.objects.bulk_create(registrations, batch_size=1000)
        attendance, certificates, payments, refunds = [], [], [], []
        for registration in registrations:
            edition_sessions = by_edition[registration.edition.pk]
            if registration.price_cents:
                payment = Payment(
                    registration=registration,
                    method="online",
                    status="betaald",
                    amount_cents=registration.price_cents,
                    provider="test",
                    reference=f"BENCH-{registration.pk}",
                    paid_at=registration.created,
                    created=registration.created,
                    updated=registration.created,
                )
                payments.append(payment)
                if registration.status == "afgemeld":
                    payment.refunded_cents = payment.amount_cents
                    refunds.append((payment, registration.ended_at))
            if registration.status != "aangemeld":
                continue
            marks = ["aanwezig" if dice.random() < 0.9 else "afwezig" for _ in edition_sessions]
            for session, mark in zip(edition_sessions, marks, strict=True):
                attendance.append(
                    Attendance(
                        registration=registration,
                        session=session,
                        status=mark,
                        recorded_at=session.start,
                    )
                )
            if "afwezig" not in marks:
                edition = registration.edition
                certificates.append(
                    Certificate(
                        registration=registration,
                        kind="deelname",
                        participant_name=f"Bench {registration.participant_id}",
                        course_title="Bench",
                        first_date=edition.first_start.date(),
                        last_date=edition.last_end.date(),
                        issued_at=edition.last_end + dt.timedelta(days=2),
                    )
                )
        Attendance.objects.bulk_create(attendance, batch_size=2000)
        Certificate.objects.bulk_create(certificates, batch_size=2000)
        Payment.objects.bulk_create(payments, batch_size=2000)
        Refund.objects.bulk_create(
            [
                Refund(
                    payment=payment,
                    amount_cents=payment.amount_cents,
                    reason="Bench",
                    status="gelukt",
                    automatic=True,
                    created=moment,
                    completed_at=moment,
                )
                for payment, moment in refunds
            ],
            batch_size=2000,
        )

        organisations = list(
            OrganisationAccount.objects.filter(status="goedgekeurd").values_list(
                "organisation_id", flat=True
            )
        )
        vacancies = []
        for n in range(REACTIONS // 6):
            published = start + dt.timedelta(days=dice.randrange(0, 300))
            vacancies.append(
                Vacancy(
                    organisation_id=organisations[n % len(organisations)],
                    title=f"Bench vacature {n}",
                    summary="Bench",
                    tasks="Bench",
                    contact_name="Bench",
                    contact_email="bench@vmca.example",
                    wijk=dice.choice(wijken),
                    status="gesloten",
                    submitted_at=published,
                    published_at=published,
                    expires_on=(published + dt.timedelta(days=183)).date(),
                    closed_at=published + dt.timedelta(days=60),
                )
            )
        Vacancy.objects.bulk_create(vacancies, batch_size=1000)
        statuses = ["gestart", "geen-match", "geen-match", "in-contact"]
        Reaction.objects.bulk_create(
            [
                Reaction(
                    vacancy=vacancies[n % len(vacancies)],
                    name=f"Bench {n}",
                    email=f"bench.reactie{n}@mail.example",
                    consent=True,
                    status=dice.choice(statuses),
                    created=vacancies[n % len(vacancies)].published_at
                    + dt.timedelta(days=dice.randint(0, 55)),
                    status_changed_at=vacancies[n % len(vacancies)].published_at
                    + dt.timedelta(days=58),
                    answered_at=vacancies[n % len(vacancies)].published_at
                    + dt.timedelta(days=dice.randint(56, 58)),
                )
                for n in range(REACTIONS)
            ],
            batch_size=2000,
        )


def figures_user():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission
    from django.db.models import Q

    group, _ = Group.objects.get_or_create(name="Cijfers")
    group.permissions.add(
        *Permission.objects.filter(
            Q(content_type__app_label="insights", codename="view_figures")
            | Q(content_type__app_label="wagtailadmin", codename="access_admin")
        )
    )
    user, _ = get_user_model().objects.get_or_create(
        username="bench-cijfers", defaults={"email": "bench-cijfers@vmca.example"}
    )
    user.groups.add(group)
    return user


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--pdf-rounds", type=int, default=3)
    parser.add_argument("--year", type=int, default=2025)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    database = prepare_database("insights", rebuild=args.rebuild)
    os.environ.update(bench_env(database, PAGE_CACHE_SECONDS=0))
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import NoReverseMatch, reverse
    from django.utils import timezone

    started = time.perf_counter()
    bulk_year(args.year)
    print(f"Bulk data for {args.year} ready in {time.perf_counter() - started:.1f} s")
    from academy.models import Registration
    from volunteering.models import Reaction

    year_start = timezone.make_aware(dt.datetime(args.year, 1, 1))
    year_end = timezone.make_aware(dt.datetime(args.year + 1, 1, 1))
    in_year = {"created__gte": year_start, "created__lt": year_end}
    print(
        f"In {args.year}: {Registration.objects.filter(**in_year).count()} registrations, "
        f"{Reaction.objects.filter(**in_year).count()} reactions"
    )

    client = Client()
    client.force_login(figures_user())
    try:
        path = reverse("insights_dashboard")
    except NoReverseMatch:
        path = "/admin/cijfers/"  # the path insights/wagtail_hooks.py registers
    url = f"{path}?kind=year&year={args.year}"
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200, response.status_code
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    queries = len(captured)
    times, cpu = [], []
    for _ in range(args.rounds):
        began, began_cpu = time.perf_counter(), time.process_time()
        response = client.get(url)
        times.append((time.perf_counter() - began) * 1000)
        cpu.append((time.process_time() - began_cpu) * 1000)
        assert response.status_code == 200, response.status_code

    from insights import report

    now = timezone.now()
    pdf_times, size = [], 0
    for _ in range(args.pdf_rounds):
        began = time.perf_counter()
        made = report.make_report(args.year, report.PDF, now)
        pdf_times.append(time.perf_counter() - began)
        size = len(made.data)

    print(f"Machine: {machine_description()}")
    print(f"{args.rounds} rounds (dashboard), {args.pdf_rounds} rounds (PDF); DEBUG off, SQLite")
    rows = [
        (
            f"dashboard, year {args.year}",
            f"{median(times):.1f} ms",
            f"{percentile(times, 0.95):.1f} ms",
            f"{median(cpu):.1f} ms",
            queries,
        ),
        (
            f"report PDF {args.year} ({size // 1024} kB)",
            f"{median(pdf_times):.2f} s",
            f"{max(pdf_times):.2f} s (max)",
            "",
            "",
        ),
    ]
    print(table(["what", "median", "p95", "CPU median", "queries"], rows))
    record(
        f"Cijfers: dashboard for a year ({REGISTRATIONS:,} registrations, {REACTIONS:,} reactions)",
        f"<= {TARGET_MS} ms",
        f"{median(times):.1f} ms median, p95 {percentile(times, 0.95):.1f} ms, {queries} queries",
        median(times) <= TARGET_MS,
    )
    record(
        "Cijfers: yearly report PDF",
        f"<= {TARGET_PDF_S} s",
        f"{median(pdf_times):.2f} s median",
        median(pdf_times) <= TARGET_PDF_S,
    )


if __name__ == "__main__":
    main()
