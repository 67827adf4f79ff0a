"""Real processes for the operations tests: gunicorn with the production settings, the task
worker, a private PostgreSQL cluster, a private Redis and management commands.

Everything runs on 127.0.0.1 on free ports, in its own process group, and is stopped by
its own process id. The machine's shared PostgreSQL and Redis are never restarted: a test
that needs to stop a server starts a private one.
"""

import fcntl
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
PYTHON = sys.executable


def _postgres_bin():
    """The newest installed PostgreSQL's server programs (Debian: /usr/lib/postgresql/N/bin)."""
    if os.environ.get("PG_BIN"):
        return Path(os.environ["PG_BIN"])
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda path: int(path.parent.parent.name) if path.parent.parent.name.isdigit() else 0,
    )
    return found[-1].parent if found else Path("/nonexistent")


PG_BIN = _postgres_bin()
# A throwaway key: these servers only ever serve the tests on 127.0.0.1.
SECRET_KEY = "ops-test-secret-key-not-for-production-0123456789abcdefghij"  # noqa: S105
STATIC_CACHE = ROOT / ".cache" / "ops-static"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def port_is_open(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def stop_process(process, timeout=10, sig=signal.SIGTERM):
    """Stop a process this module started (and its children: its own process group)."""
    if process is None or process.poll() is not None:
        return
    try:
        os.killpg(process.pid, sig)
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    except ProcessLookupError:
        pass


def stop_gunicorn(process):
    """Gunicorn's quick shutdown (SIGQUIT): a test server has nothing worth waiting for.

    A worker that is still finishing a response logs the SystemExit of this shutdown as a
    traceback, so a test that checks the log for errors reads it before stopping."""
    stop_process(process, timeout=3, sig=signal.SIGQUIT)


def kill_process(process):
    """kill -9 of the process and its children, as when a machine or container dies."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait(timeout=10)


# Production settings --------------------------------------------------------------------


def _newest_mtime(folder):
    newest = folder.stat().st_mtime
    for path in folder.rglob("*"):
        newest = max(newest, path.stat().st_mtime)
    return newest


# Production refuses to start without a shared cache; unless a test brings its own Redis,
# servers use the local one, under a key prefix of their own (so nothing stale from an
# earlier run is found). A Redis that is not running counts as an empty cache.
LOCAL_REDIS_URL = "redis://127.0.0.1:6379/14"


def production_env(database_url, *, redis_url=LOCAL_REDIS_URL, static_root=None, **extra):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("REDIS_URL", "EMAIL_HOST", "SENTRY_DSN", "DJANGO_SETTINGS_MODULE")
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "SECRET_KEY": SECRET_KEY,
            "DATABASE_URL": database_url,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
            "ACADEMY_PAYMENTS_TEST_MODE": "1",
            "SECURE_SSL_REDIRECT": "0",
            "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
            "STATIC_ROOT": str(static_root or STATIC_CACHE),
            "LOG_LEVEL": "WARNING",
            "LOG_FORMAT": "plain",
        }
    )
    env["REDIS_URL"] = redis_url
    env["CACHE_KEY_PREFIX"] = f"ops-{uuid.uuid4().hex[:8]}"
    env.update({key: str(value) for key, value in extra.items()})
    return env


def collected_static():
    """STATIC_ROOT with collectstatic's output for the production settings (whitenoise's
    manifest), built once and kept in .cache/ until static/ or the installed packages
    change: collecting takes about 15 seconds."""
    STATIC_CACHE.parent.mkdir(parents=True, exist_ok=True)
    manifest = STATIC_CACHE / "staticfiles.json"
    site_packages = Path(next(p for p in sys.path if p.endswith("site-packages")))
    with open(STATIC_CACHE.parent / "ops-static.lock", "w") as lock:
        # Parallel test processes (xdist) wait for the one that is collecting.
        fcntl.flock(lock, fcntl.LOCK_EX)
        sources = max(_newest_mtime(ROOT / "static"), site_packages.stat().st_mtime)
        if manifest.exists() and manifest.stat().st_mtime > sources:
            return STATIC_CACHE
        subprocess.run(
            [PYTHON, "manage.py", "collectstatic", "--noinput", "--clear", "-v", "0"],
            cwd=ROOT,
            env=production_env("sqlite:///unused.sqlite3"),
            check=True,
        )
    return STATIC_CACHE


def database_url_of_tests():
    """The URL of the database pytest-django set up for this test process."""
    from django.db import connection

    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    user = db.get("USER") or "postgres"
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    host = db.get("HOST") or "127.0.0.1"
    port = db.get("PORT") or 5432
    return f"postgres://{user}{password}@{host}:{port}/{db['NAME']}"


# Processes ------------------------------------------------------------------------------


def wait_until_serving(port, process, path="/robots.txt", timeout=60):
    """Wait until the server answers any HTTP status on `path`; fail if it dies first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server on port {port} stopped (exit {process.returncode})")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=2)  # noqa: S310
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"the server on port {port} did not answer within {timeout} s")


def start_gunicorn(env, port, log_path, *, workers=2, threads=1, timeout=30, wait=True):
    """Gunicorn with the given settings on 127.0.0.1:port; with wait=False the caller waits
    (wait_until_serving), so that several servers can start side by side."""
    args = [str(BIN / "gunicorn"), "vmca.wsgi", "--bind", f"127.0.0.1:{port}"]
    args += ["--workers", str(workers), "--timeout", str(timeout), "--graceful-timeout", "5"]
    # Django is loaded once and forked (as deploy/gunicorn.conf.py does): a quicker start.
    # Without a control socket, which two servers on one machine would fight over.
    args += ["--preload", "--no-control-socket"]
    if threads > 1:
        args += ["--worker-class", "gthread", "--threads", str(threads)]
    log = open(log_path, "ab")  # noqa: SIM115 (kept open for the process's lifetime)
    process = subprocess.Popen(
        args, cwd=ROOT, env=env, stdout=log, stderr=log, start_new_session=True
    )
    log.close()
    if wait:
        try:
            wait_until_serving(port, process)
        except RuntimeError:
            stop_process(process)
            raise
    return process


def start_manage(env, log_path, *args):
    """A long-running management command (db_worker, ...) in its own process group."""
    log = open(log_path, "ab")  # noqa: SIM115
    process = subprocess.Popen(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=log,
        start_new_session=True,
    )
    log.close()
    return process


def run_manage(env, *args, timeout=120):
    return subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


# A private PostgreSQL -------------------------------------------------------------------


class PrivatePostgres:
    """A throwaway PostgreSQL cluster that a test may stop and start at will.

    initdb refuses to run as root; when the tests run as root (CI), the server runs as
    the postgres system user, in a folder that user owns."""

    def __init__(self):
        self.port = free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="vmca-ops-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        self._as_root = os.geteuid() == 0

    @staticmethod
    def available():
        return (PG_BIN / "initdb").exists()

    def _run(self, *args):
        command = [str(PG_BIN / args[0]), *args[1:]]
        if self._as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, check=True, capture_output=True, text=True, timeout=60)

    def init(self):
        if self._as_root:
            shutil.chown(self.folder, "postgres", "postgres")
        self._run(
            "initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
            "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        return self

    def start(self):
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.log), "-w", "start")

    def stop(self, mode="fast"):
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def restart(self):
        self.stop()
        self.start()

    def url(self, database="postgres"):
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def copy_database_from(self, source_url, name):
        """Copy a database (schema and rows) into this cluster: faster than migrating."""
        dump = self.folder / f"{name}.dump"
        subprocess.run(
            [str(PG_BIN / "pg_dump"), "-Fc", "-f", str(dump), source_url], check=True, timeout=120
        )
        address = ["-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres"]
        subprocess.run([str(PG_BIN / "createdb"), *address, name], check=True, timeout=60)
        subprocess.run(
            [str(PG_BIN / "pg_restore"), "--no-owner", "-d", self.url(name), str(dump)],
            check=True,
            timeout=120,
        )
        return self.url(name)

    def destroy(self):
        if (self.data / "postmaster.pid").exists():
            try:
                self.stop("immediate")
            except subprocess.CalledProcessError:
                pass
        shutil.rmtree(self.folder, ignore_errors=True)


# A private Redis ------------------------------------------------------------------------


class PrivateRedis:
    def __init__(self):
        self.port = free_port()
        self.process = None

    @staticmethod
    def available():
        return shutil.which("redis-server") is not None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(
            [
                "redis-server", "--port", str(self.port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--loglevel", "warning",
            ],
            stdout=subprocess.DEVNULL,
            start_new_session=True,
        )  # fmt: skip
        deadline = time.monotonic() + 10
        while not port_is_open(self.port):
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError("redis-server did not start")
            time.sleep(0.05)
        return self

    def kill(self):
        kill_process(self.process)

    def stop(self):
        stop_process(self.process)
