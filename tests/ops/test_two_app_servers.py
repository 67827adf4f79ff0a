"""Two app servers (two gunicorn processes with the production settings) against one
PostgreSQL: 40 signed-in people press "Aanmelden" for an edition with 5 places at the same
moment, half of them on each server. Exactly 5 get a place, the other 35 are on the waiting
list, and no request fails (invariant 1 across processes, not only across threads)."""

import http.client
import threading
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

import pytest

from academy.models import Registration, RegistrationStatus
from tests.academy.conftest import edition

from .conftest import signed_in_session
from .servers import (
    database_url_of_tests,
    free_port,
    production_env,
    start_gunicorn,
    stop_gunicorn,
    wait_until_serving,
)

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

PEOPLE, PLACES = 40, 5
CSRF = "opscsrftoken0123456789abcdefghij"  # 32 characters, as Django's token


def post_registration(port, edition_id, session_key):
    body = urllib.parse.urlencode({"csrfmiddlewaretoken": CSRF, "confirm": "1"})
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Cookie": f"sessionid={session_key}; csrftoken={CSRF}",
        "Referer": f"http://127.0.0.1:{port}/",
    }
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("POST", f"/academie/aanmelden/{edition_id}/", body, headers)
        response = connection.getresponse()
        response.read()
        return response.status, response.getheader("Location", "")
    finally:
        connection.close()


@pytest.fixture
def two_servers(committed_site, ops_static, tmp_path):
    env = production_env(database_url_of_tests(), static_root=ops_static)
    ports = [free_port(), free_port()]
    servers = []
    try:
        for number, port in enumerate(ports):
            log = tmp_path / f"gunicorn-{number}.log"
            servers.append(start_gunicorn(env, port, log, workers=2, wait=False))
        for port, server in zip(ports, servers, strict=True):
            wait_until_serving(port, server)
        yield ports, [tmp_path / f"gunicorn-{n}.log" for n in range(len(ports))]
    finally:
        for server in servers:
            stop_gunicorn(server)


def test_capacity_holds_with_two_app_servers(two_servers):
    ports, logs = two_servers
    ed = edition(capacity=PLACES)
    sessions = [signed_in_session()[0] for _ in range(PEOPLE)]
    barrier = threading.Barrier(PEOPLE)

    def one(number):
        barrier.wait(timeout=30)
        return post_registration(ports[number % 2], ed.pk, sessions[number])

    with ThreadPoolExecutor(max_workers=PEOPLE) as pool:
        statuses = list(pool.map(one, range(PEOPLE)))

    # Each POST ends in a redirect to the registration's own page.
    assert [status for status, _ in statuses] == [302] * PEOPLE, statuses[:3]
    assert all("/academie/aanmelding/" in location for _, location in statuses), statuses[:3]
    found = list(Registration.objects.filter(edition=ed).values_list("status", flat=True))
    assert len(found) == PEOPLE
    assert found.count(RegistrationStatus.CONFIRMED) == PLACES
    assert found.count(RegistrationStatus.WAITING) == PEOPLE - PLACES
    waiting = Registration.objects.filter(edition=ed, status=RegistrationStatus.WAITING)
    positions = sorted(registration.waiting_position() for registration in waiting)
    assert positions == list(range(1, PEOPLE - PLACES + 1))
    for log in logs:
        assert "Traceback" not in log.read_text()
