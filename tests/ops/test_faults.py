"""Faults on a real stack: the database restarts, Redis dies, the worker is killed halfway
through a certificate run, the mail server is down.

The servers are real processes (gunicorn with the production settings, manage.py
commands) on 127.0.0.1. What is stopped is always a private server started here: the
machine's shared PostgreSQL and Redis are left alone.
"""

import datetime as dt
import hashlib
import http.client
import io
import statistics
import threading
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db.models import Count
from django.test import override_settings
from django.utils import timezone

from academy.models import Certificate, CertificateRun, OutgoingMail, Registration
from tests.academy import certificate_builders as b
from tests.academy.conftest import catalogue, edition, user_with_participant
from tests.fakes.smtp import FakeSMTPServer

from .servers import (
    PrivatePostgres,
    PrivateRedis,
    database_url_of_tests,
    free_port,
    kill_process,
    production_env,
    run_manage,
    start_gunicorn,
    start_manage,
    stop_gunicorn,
)


def get(port, path, timeout=10):
    """(status, seconds, body); status is the exception's name when there is no answer."""
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        body = response.read()
        return response.status, time.perf_counter() - started, body, dict(response.getheaders())
    except OSError as error:
        return type(error).__name__, time.perf_counter() - started, b"", {}
    finally:
        connection.close()


def needs(available, what):
    if not available():
        from tests.conftest import missing_tool

        missing_tool(f"{what} is not installed")


# a. PostgreSQL restarts during traffic ---------------------------------------------------


@pytest.fixture
def private_postgres(db):
    needs(PrivatePostgres.available, "PostgreSQL's server programs (initdb)")
    cluster = PrivatePostgres().init()
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.destroy()


@pytest.fixture
def private_redis():
    needs(PrivateRedis.available, "redis-server")
    server = PrivateRedis().start()
    try:
        yield server
    finally:
        server.stop()


class Traffic(threading.Thread):
    """Requests one after another until stopped: (moment, path, status, seconds)."""

    def __init__(self, port, paths):
        super().__init__(daemon=True)
        self.port, self.paths, self.results = port, paths, []
        self.stopping = threading.Event()

    def run(self):
        number = 0
        while not self.stopping.is_set():
            path = self.paths[number % len(self.paths)].format(n=number)
            status, seconds, body, headers = get(self.port, path)
            self.results.append((time.monotonic(), path, status, seconds, body, headers))
            number += 1
            time.sleep(0.02)

    def wait_for(self, count, timeout=30):
        """Until `count` requests have been answered (a busy machine may be slow)."""
        deadline = time.monotonic() + timeout
        while len(self.results) < count and time.monotonic() < deadline:
            time.sleep(0.05)

    def stop(self):
        self.stopping.set()
        self.join(timeout=30)


@pytest.mark.postgres
def test_postgres_restart_fails_cleanly_and_recovers(
    private_postgres, private_redis, ops_static, tmp_path
):
    url = private_postgres.copy_database_from(database_url_of_tests(), "vmca_ops")
    env = production_env(
        url, redis_url=private_redis.url, static_root=ops_static, CACHE_KEY_PREFIX="ops-a"
    )
    log, port = tmp_path / "gunicorn.log", free_port()
    server = start_gunicorn(env, port, log, workers=2)
    try:
        assert get(port, "/")[0] == 200  # now in the page cache
        # A query string makes every request a cache miss: these need the database.
        traffic = Traffic(port, ["/?bezoek={n}", "/", "/healthz"])
        traffic.start()
        traffic.wait_for(5)
        stopping = time.monotonic()
        private_postgres.stop("fast")
        down = time.monotonic()  # pg_ctl -w: the server is gone now
        time.sleep(3)
        starting = time.monotonic()
        private_postgres.start()
        up = time.monotonic()
        time.sleep(3)
        traffic.wait_for(len(traffic.results) + 6)
        traffic.stop()
        served_log = log.read_text()
    finally:
        stop_gunicorn(server)

    before = [r for r in traffic.results if r[0] < stopping]
    during = [r for r in traffic.results if down < r[0] < starting]
    after = [r for r in traffic.results if r[0] > up + 1.5]
    assert before and during and after
    recovered = min(r[0] for r in traffic.results if r[0] > up and r[2] == 200 and "?" in r[1])
    print(
        f"\noutage: {len(during)} requests, statuses {sorted({str(r[2]) for r in during})}, "
        f"slowest {max(r[3] for r in during) * 1000:.0f} ms; "
        f"first uncached 200 {recovered - up:.2f} s after the restart"
    )
    assert {r[2] for r in before} == {200}
    # During the outage: an answer every time, fast, never a hang.
    assert max(r[3] for r in during) < 5
    uncached = [r for r in during if "bezoek" in r[1]]
    assert {r[2] for r in uncached} == {503}, [(r[1], r[2]) for r in uncached]
    page = uncached[0]
    assert "Probeer het over een minuut opnieuw" in page[4].decode()
    assert page[5].get("Retry-After") == "30"
    health = [r for r in during if r[1] == "/healthz"]
    assert {r[2] for r in health} == {503}
    # The page cache still answers cached pages without the database.
    assert {r[2] for r in during if r[1] == "/"} == {200}
    # Afterwards everything works again, without restarting gunicorn.
    assert {r[2] for r in after} == {200}, [(r[1], r[2]) for r in after]
    assert "Traceback" not in served_log


# b. Redis stops --------------------------------------------------------------------------


@pytest.mark.postgres
def test_site_keeps_serving_when_redis_stops(db, private_redis, ops_static, tmp_path):
    env = production_env(
        database_url_of_tests(),
        redis_url=private_redis.url,
        static_root=ops_static,
        CACHE_KEY_PREFIX="ops-b",
    )
    port = free_port()
    log = tmp_path / "gunicorn.log"
    server = start_gunicorn(env, port, log, workers=2)
    paths = ["/", "/?bezoek=1", "/robots.txt"]
    try:
        for path in paths:
            get(port, path)  # warm up: imports, connections, page cache
        with_redis = [get(port, path) for path in paths * 10]
        private_redis.kill()
        without_redis = [get(port, path) for path in paths * 10]
        health = get(port, "/healthz")
        served_log = log.read_text()
    finally:
        stop_gunicorn(server)

    assert {r[0] for r in with_redis} == {200}
    assert {r[0] for r in without_redis} == {200}, [r[0] for r in without_redis]
    # /healthz answers at once and says the cache is down (503: out of rotation if every
    # server says so, which a load balancer then ignores as "all down").
    assert health[0] in (200, 503) and health[1] < 5
    slow = statistics.median(r[1] for r in without_redis) * 1000
    fast = statistics.median(r[1] for r in with_redis) * 1000
    print(f"\nmedian with Redis {fast:.1f} ms, without Redis {slow:.1f} ms")
    assert slow < 1000
    assert "Traceback" not in served_log


# c. The worker is killed halfway through a certificate run ------------------------------


PEOPLE = 30


@pytest.mark.postgres
def test_certificate_run_killed_midway_completes_without_duplicates(
    committed_site, ops_static, tmp_path
):
    ed = b.finished_edition(sessions=1)
    for _ in range(PEOPLE):
        b.attend(b.confirmed(ed))
    env = production_env(
        database_url_of_tests(),
        static_root=ops_static,
        MEDIA_ROOT=settings.MEDIA_ROOT,
        PRIVATE_MEDIA_ROOT=settings.PRIVATE_MEDIA_ROOT,
    )
    log = tmp_path / "issue.log"
    # Other tests in this process store certificates in the same folder: count only ours.
    earlier = _certificate_files()
    worker = start_manage(env, log, "issue_certificates", "--edition", str(ed.pk))
    issued = Certificate.objects.filter(registration__edition=ed)
    deadline = time.monotonic() + 60
    while issued.count() < 5 and worker.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    kill_process(worker)
    killed_at = issued.count()
    assert 0 < killed_at < PEOPLE, f"the run was not stopped halfway ({killed_at} issued)"

    # The dead run's heartbeat stops; after STALE_AFTER the run may be resumed. Time is
    # moved on here instead of waiting for it.
    run = CertificateRun.objects.get(edition=ed)
    assert run.status == CertificateRun.Status.RUNNING
    CertificateRun.objects.filter(pk=run.pk).update(
        heartbeat=timezone.now() - dt.timedelta(minutes=10)
    )
    again = run_manage(env, "issue_certificates", "--edition", str(ed.pk), "--resume")
    assert again.returncode == 0, again.stderr
    assert "Klaar:" in again.stdout

    per_registration = (
        Registration.objects.filter(edition=ed)
        .annotate(n=Count("certificates"))
        .values_list("n", flat=True)
    )
    assert sorted(per_registration) == [1] * PEOPLE
    for certificate in issued:
        data = certificate.file.read()
        certificate.file.close()
        assert hashlib.sha256(data).hexdigest() == certificate.sha256
        assert data.startswith(b"%PDF")
    # One "your certificate" mail per certificate, none twice.
    mails = OutgoingMail.objects.filter(registration__edition=ed, kind="certificate_issued")
    assert mails.count() == PEOPLE
    # Files of certificates that were rendered but never saved (the kill came between the
    # two) are the only leftovers, and at most a few.
    stored = {Path(c.file.name).name for c in issued}
    on_disk = _certificate_files() - earlier
    assert stored <= on_disk
    print(f"\nkilled after {killed_at} of {PEOPLE}; files never saved: {len(on_disk - stored)}")
    assert len(on_disk - stored) <= 8


def _certificate_files():
    return {p.name for p in Path(settings.PRIVATE_MEDIA_ROOT).rglob("certificaat-*.pdf")}


# d. The mail server is down ---------------------------------------------------------------


def test_mail_server_down_keeps_registrations_and_retries(
    db, client, django_capture_on_commit_callbacks
):
    catalogue()
    port = free_port()  # nothing listens here yet: the mail server is down
    user, person = user_with_participant()
    ed = edition(capacity=5)
    client.force_login(user)
    smtp = {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": port,
        "EMAIL_USE_TLS": False,
        "EMAIL_TIMEOUT": 5,
    }
    with override_settings(**smtp):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(f"/academie/aanmelden/{ed.pk}/", {"confirm": "1"})
        assert response.status_code == 302
        registration = Registration.objects.get(edition=ed, participant=person)
        assert registration.status == "aangemeld"
        outbox = OutgoingMail.objects.get(registration=registration, kind="confirmation")
        assert outbox.status == OutgoingMail.Status.PENDING
        assert outbox.attempts == 1
        assert "Connection" in outbox.last_error or "refused" in outbox.last_error.lower()

        server = FakeSMTPServer(port).start()
        try:
            # The server is up but refuses the mail for now: still kept, tried again later.
            server.refuse_data = True
            _due_now(outbox)
            call_command("send_pending_mail", stdout=io.StringIO())
            outbox.refresh_from_db()
            assert (outbox.status, outbox.attempts) == (OutgoingMail.Status.PENDING, 2)
            assert outbox.next_attempt_at > timezone.now()

            server.refuse_data = False
            _due_now(outbox)
            call_command("send_pending_mail", stdout=io.StringIO())
            call_command(
                "send_pending_mail", stdout=io.StringIO()
            )  # cron runs again: nothing twice
            _due_now(outbox)
            call_command("send_pending_mail", stdout=io.StringIO())
            received = server.received_by(person.email)
        finally:
            server.stop()
    outbox.refresh_from_db()
    assert outbox.status == OutgoingMail.Status.SENT
    assert len(received) == 1
    assert Registration.objects.filter(edition=ed, participant=person).count() == 1


def _due_now(mail):
    """Move the retry time to now, as if the wait of several minutes had passed."""
    OutgoingMail.objects.filter(pk=mail.pk).update(next_attempt_at=timezone.now())


@pytest.mark.django_db
@pytest.mark.parametrize("where", ["view", "middleware"])
def test_database_errors_get_the_friendly_503_page(client, monkeypatch, where):
    """Wherever the database fails (a page view, or the redirect lookup a 404 makes in a
    middleware), people get the 503 page; other errors still get the 500 page."""
    from django.db import OperationalError
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.models import Site

    def unreachable(*args, **kwargs):
        raise OperationalError("connection refused")

    if where == "view":
        monkeypatch.setattr(Site, "find_for_request", unreachable)
        path = "/"
    else:
        monkeypatch.setattr(Redirect, "get_for_site", unreachable)
        path = "/bestaat-niet/"
    client.raise_request_exception = False

    response = client.get(path)

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Even niet bereikbaar" in response.content.decode()


@pytest.mark.django_db
def test_other_errors_still_get_the_500_page(client, monkeypatch):
    from wagtail.models import Site

    def bug(*args, **kwargs):
        raise ValueError("a bug")

    monkeypatch.setattr(Site, "find_for_request", bug)
    client.raise_request_exception = False

    response = client.get("/")

    assert response.status_code == 500
    assert "Even niet bereikbaar" not in response.content.decode()
