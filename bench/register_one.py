"""One registration, in-process: a signed-in volunteer presses "Aanmelden" for a free
training with places, up to the redirect to the confirmation (issue 17: <= 12 ms, <= 10
queries).

Usage: python bench/register_one.py [--people 100]
Works on a copy of the demo database (bench/var/register-one.sqlite3), so the demo stays
as it is. Every person registers once (a second time would be refused as a duplicate);
the form page is opened first, outside the timing, as a person does. DEBUG off, SQLite,
no page cache; the sessions live in the database as in the demo (with REDIS_URL set,
production reads them through the cache: one query less), mails queued for the worker.
"""

import argparse
import datetime as dt
import os
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    VAR,
    bench_env,
    machine_description,
    median,
    percentile,
    prepare_database,
    record,
    table,
)

TARGET_MS = 12
TARGET_QUERIES = 10
TRANSACTION_CONTROL = ("SAVEPOINT", "RELEASE SAVEPOINT", "BEGIN", "COMMIT")
# As in production: the confirmation mail is queued in the database for the worker
# (`manage.py db_worker`) after the commit, not rendered and sent in the request.
TASKS = {"TASKS_BACKEND": "django_tasks_db.DatabaseBackend"}


def copy_of_demo():
    demo = prepare_database("demo")
    copy = VAR / "register-one.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(demo, copy)
    return copy


def free_edition_with_room():
    """An upcoming edition of a course that is free for volunteers, opened wide."""
    from django.utils import timezone

    from academy.models import Edition, EditionStatus

    soon = timezone.now() + dt.timedelta(days=3)
    for edition in Edition.objects.filter(
        course__isnull=False, first_start__gte=soon, status=EditionStatus.OPEN
    ).select_related("course"):
        if edition.course.price_for("vrijwilliger") == 0:
            edition.capacity = 100_000
            edition.registration_opens = edition.registration_closes = None
            edition.save()
            return edition
    raise SystemExit("the demo has no free upcoming edition")


def people(count):
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model

    from academy.models import Participant

    users = []
    for number in range(count):
        email = f"bench-aanmelden-{number}@example.nl"
        user = get_user_model().objects.create_user(username=email, email=email)
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        Participant.objects.create(
            user=user,
            email=email,
            first_name="Bench",
            last_name=f"Aanmelder {number}",
            participant_type="vrijwilliger",
        )
        users.append(user)
    return users


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100)
    args = parser.parse_args()
    os.environ.update(bench_env(copy_of_demo(), PAGE_CACHE_SECONDS=0, **TASKS))
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    edition = free_edition_with_room()
    url = reverse("academy:enrol", args=[edition.pk])
    warm_up, counted = 5, None
    walls, cpus = [], []
    for number, user in enumerate(people(args.people + warm_up)):
        client = Client()
        client.force_login(user)
        assert client.get(url).status_code == 200
        started, started_cpu = time.perf_counter(), time.process_time()
        if number == warm_up:
            with CaptureQueriesContext(connection) as queries:
                response = client.post(url, {})
            counted = [query["sql"] for query in queries.captured_queries]
        else:
            response = client.post(url, {})
        wall = (time.perf_counter() - started) * 1000
        cpu = (time.process_time() - started_cpu) * 1000
        assert response.status_code == 302, response.status_code
        if number >= warm_up and number != warm_up:
            walls.append(wall)
            cpus.append(cpu)

    control = [sql for sql in counted if sql.upper().startswith(TRANSACTION_CONTROL)]
    data = len(counted) - len(control)
    print(f"Machine: {machine_description()}")
    print(f"{len(walls)} registrations, each by another person, for '{edition}'")
    rows = [
        (
            "POST to the confirmation redirect",
            f"{median(walls):.1f}",
            f"{percentile(walls, 0.95):.1f}",
            f"{median(cpus):.1f}",
            f"{data} (+{len(control)} savepoint statements)",
        )
    ]
    print(table(["one registration", "median ms", "p95 ms", "CPU median ms", "queries"], rows))
    record(
        "one registration (POST to confirmation)",
        f"<= {TARGET_MS} ms, <= {TARGET_QUERIES} queries",
        f"{median(walls):.1f} ms ({median(cpus):.1f} ms CPU), {data} queries"
        f" + {len(control)} savepoint statements",
        median(walls) <= TARGET_MS and data <= TARGET_QUERIES,
    )


if __name__ == "__main__":
    main()
