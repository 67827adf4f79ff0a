"""`make serve-prod` for real: deploy/serve-prod against a fresh PostgreSQL database and its
own Redis database, then the checks a person would make with curl, and a clean stop."""

import json
import os
import re
import signal
import subprocess
import time

import pytest

from .conftest_prodrun import (
    PYTHON,
    ROOT,
    base_env,
    database_url,
    django_script,
    fetch,
    run,
    scratch_database,
)
from .servers import free_port, wait_until_serving

# django_db: pytest-django then creates (migrates) the test database the fixture copies;
# the copy is made before any test opens its transaction.
pytestmark = [pytest.mark.postgres, pytest.mark.slow, pytest.mark.django_db]

# A Redis database number and key prefix that nothing else on this machine uses.
REDIS_URL = "redis://127.0.0.1:6379/13"


@pytest.fixture(scope="module")
def served(django_db_setup, django_db_blocker, tmp_path_factory):
    """deploy/serve-prod running: SimpleNamespace-like dict with url, env, process, log."""
    folder = tmp_path_factory.mktemp("serve-prod")
    port = free_port()
    with scratch_database("test_vmca_serveprod", django_db_blocker) as name:
        env = base_env(
            DATABASE_URL=database_url(name),
            REDIS_URL=REDIS_URL,
            CACHE_KEY_PREFIX=f"prodrun-test-{port}",
            GUNICORN_BIND=f"127.0.0.1:{port}",
            WEB_CONCURRENCY="2",
            STATIC_ROOT=str(folder / "static"),
            MEDIA_ROOT=str(folder / "media"),
            PRIVATE_MEDIA_ROOT=str(folder / "private"),
        )
        env.pop("SECRET_KEY", None)
        env.pop("STRIPE_SECRET_KEY", None)
        log_path = folder / "serve-prod.log"
        with open(log_path, "wb") as log:
            process = subprocess.Popen(
                [str(ROOT / "deploy" / "serve-prod")],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # our own group: a stray signal never hits pytest
            )
        url = f"http://127.0.0.1:{port}"
        try:
            wait_until_serving(port, process, path="/healthz", timeout=90)
            yield {"url": url, "env": env, "process": process, "log": log_path}
        finally:
            if process.poll() is None:
                os.kill(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=40)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait()


def test_local_http_is_refused_for_a_real_host_name():
    env = base_env(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        DATABASE_URL="postgres://nobody@127.0.0.1:1/never-used",
        SECRET_KEY="a-key-long-enough-for-the-production-settings-check-" + "x" * 10,
        ALLOWED_HOSTS="127.0.0.1,www.vmca-almere.nl",
        WAGTAILADMIN_BASE_URL="https://www.vmca-almere.nl",
        ACADEMY_PAYMENTS_TEST_MODE="1",
        LOCAL_HTTP="1",
    )
    result = run([PYTHON, "-c", "import django; django.setup()"], env, check=False)
    assert result.returncode != 0
    assert "LOCAL_HTTP=1 is only for" in result.stderr


def child_pids(log_path):
    found = re.search(rb"gunicorn pid (\d+), task worker pid (\d+)", log_path.read_bytes())
    assert found, log_path.read_text(errors="replace")
    return int(found.group(1)), int(found.group(2))


def test_health_check_answers_with_database_cache_and_task_queue(served):
    status, headers, body = fetch(f"{served['url']}/healthz")
    assert status == 200, body
    report = json.loads(body)
    assert report["status"] == "ok"
    assert report["checks"]["database"]["status"] == "ok"
    assert report["checks"]["cache"]["status"] == "ok"  # Redis, REDIS_URL
    assert report["checks"]["tasks"]["backend"] == "database"
    assert "no-cache" in headers["Cache-Control"] or "no-store" in headers["Cache-Control"]


def test_home_page_renders_with_security_headers_over_local_http(served):
    status, headers, body = fetch(f"{served['url']}/")
    assert status == 200, body[:500]
    assert b"<html" in body
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    # Plain HTTP on this machine (LOCAL_HTTP): no redirect to https and no HSTS pinning.
    assert "Strict-Transport-Security" not in headers


def test_cookies_work_over_local_http_only_because_of_the_local_flag(served):
    status, headers, _body = fetch(f"{served['url']}/account/login/")
    assert status == 200
    cookies = headers.get_all("Set-Cookie") or []
    csrf = [cookie for cookie in cookies if cookie.startswith("csrftoken=")]
    assert csrf and "Secure" not in csrf[0]


def _static_name(served, suffix):
    manifest_file = ROOT / served["env"]["STATIC_ROOT"] / "staticfiles.json"
    manifest = json.loads(manifest_file.read_text())["paths"]
    return next(hashed for name, hashed in sorted(manifest.items()) if name.endswith(suffix))


def test_static_files_are_hashed_compressed_and_cached_for_a_year(served):
    path = f"{served['url']}/static/{_static_name(served, '.css')}"
    status, plain_headers, plain = fetch(path)
    assert status == 200
    cache_control = plain_headers["Cache-Control"]
    assert "immutable" in cache_control
    max_age = int(re.search(r"max-age=(\d+)", cache_control).group(1))
    assert max_age >= 365 * 24 * 3600
    for encoding in ("gzip", "br"):
        status, headers, body = fetch(path, {"Accept-Encoding": encoding})
        assert status == 200
        assert headers["Content-Encoding"] == encoding
        assert len(body) < len(plain)
        assert "Accept-Encoding" in headers["Vary"]


def test_a_task_enqueued_by_the_site_is_run_by_the_worker(served):
    code = (
        "import time\n"
        "from academy.mailer import send_outgoing_mail\n"
        "result = send_outgoing_mail.enqueue(0)\n"  # no such mail: the task ends at once
        "deadline = time.monotonic() + 20\n"
        "while result.status.name in ('READY', 'RUNNING') and time.monotonic() < deadline:\n"
        "    time.sleep(0.2)\n"
        "    result.refresh()\n"
        "print(result.status.name)\n"
    )
    # What serve-prod sets for its own processes (it keeps its throwaway key to itself).
    env = {
        **served["env"],
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "another-throwaway-key-for-this-one-command-" + "x" * 20,
        "ALLOWED_HOSTS": "127.0.0.1",
        "WAGTAILADMIN_BASE_URL": served["url"],
        "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
        "ACADEMY_PAYMENTS_TEST_MODE": "1",
    }
    assert django_script(code, env).strip().splitlines()[-1] in {"SUCCESSFUL", "SUCCEEDED"}


def test_sigterm_stops_gunicorn_and_the_worker_cleanly(served):
    process = served["process"]
    gunicorn, worker = child_pids(served["log"])
    os.kill(process.pid, signal.SIGTERM)
    assert process.wait(timeout=40) == 0, served["log"].read_text(errors="replace")[-3000:]
    time.sleep(0.2)
    for pid in (gunicorn, worker):
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    assert b"serve-prod: stopped." in served["log"].read_bytes()
