"""Invariant 1 and 2 under real concurrency: many threads, each with its own connection.

On PostgreSQL the edition row lock serialises the count-then-insert; on SQLite
BEGIN IMMEDIATE with a busy timeout does. Either way capacity holds, nobody gets
"database is locked", and a double click gives one registration.
"""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connections

from academy.models import Registration, RegistrationStatus
from academy.services import errors
from academy.services import registration as services

from .conftest import catalogue, edition, participant

S = RegistrationStatus


@pytest.fixture
def site_tree(transactional_db):
    """The locale, root and home page the migrations made: a transactional test before this
    one may have emptied the database (pytest-django flushes after such tests)."""
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage

    if Site.objects.filter(is_default_site=True).exists():
        return
    locale, _ = Locale.objects.get_or_create(language_code="nl")
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )
    home = root.add_child(instance=HomePage(title="Home", slug="home", locale=locale))
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)


def _run_all(calls, workers):
    """Start every call at the same moment; return (results, errors)."""
    barrier = threading.Barrier(min(workers, len(calls)))

    def run(call):
        try:
            barrier.wait(timeout=30)
            return call()
        except errors.RegistrationError as error:
            return error
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(run, calls))
    return results


def _registrations_race(capacity, people, workers):
    catalogue()
    ed = edition(capacity=capacity)
    persons = [participant() for _ in range(people)]
    results = _run_all([lambda p=p: services.register(ed.pk, p) for p in persons], workers=workers)
    unexpected = [r for r in results if not isinstance(r, Registration)]
    statuses = list(Registration.objects.filter(edition=ed).values_list("status", flat=True))
    return unexpected, statuses


@pytest.mark.usefixtures("site_tree")
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("capacity", [1, 5])
def test_capacity_holds_under_concurrent_registrations(capacity):
    unexpected, statuses = _registrations_race(capacity, people=24, workers=12)
    assert unexpected == []
    assert statuses.count(S.CONFIRMED) == capacity
    assert statuses.count(S.WAITING) == 24 - capacity


@pytest.mark.usefixtures("site_tree")
@pytest.mark.django_db(transaction=True)
def test_double_click_gives_one_registration():
    catalogue()
    ed = edition(capacity=5)
    person = participant()
    results = _run_all([lambda: services.register(ed.pk, person)] * 8, workers=8)
    made = [r for r in results if isinstance(r, Registration)]
    refused = [r for r in results if isinstance(r, errors.AlreadyRegistered)]
    assert len(made) == 1 and len(refused) == 7
    assert Registration.objects.filter(edition=ed, participant=person).count() == 1


@pytest.mark.usefixtures("site_tree")
@pytest.mark.django_db(transaction=True)
def test_cancellations_and_registrations_at_once_never_overbook():
    catalogue()
    ed = edition(capacity=3)
    holders = [services.register(ed.pk, participant()) for _ in range(3)]
    newcomers = [participant() for _ in range(9)]
    calls = [lambda r=r: services.cancel(r) for r in holders]
    calls += [lambda p=p: services.register(ed.pk, p) for p in newcomers]
    results = _run_all(calls, workers=12)
    assert [r for r in results if isinstance(r, errors.RegistrationError)] == []
    taken = Registration.objects.filter(edition=ed, status__in=[S.CONFIRMED, S.OFFERED]).count()
    assert taken <= 3
    # Every freed place went somewhere: confirmed directly or offered to the waiting list.
    assert taken == 3


@pytest.mark.postgres
@pytest.mark.usefixtures("site_tree")
@pytest.mark.django_db(transaction=True)
def test_a_held_lock_turns_into_busy_not_a_hang(settings):
    from django.db import transaction

    settings.ACADEMY_LOCK_TIMEOUT_MS = 200
    catalogue()
    ed = edition(capacity=5)
    person = participant()
    locked, release = threading.Event(), threading.Event()

    def hold_lock():
        try:
            with transaction.atomic():
                services.lock_editions(ed.pk)
                locked.set()
                release.wait(timeout=10)
        finally:
            connections.close_all()

    holder = threading.Thread(target=hold_lock)
    holder.start()
    try:
        assert locked.wait(timeout=10)
        with pytest.raises(errors.Busy) as caught:
            services.register(ed.pk, person)
        assert caught.value.status == 503
    finally:
        release.set()
        holder.join()
    assert not Registration.objects.filter(edition=ed).exists()
