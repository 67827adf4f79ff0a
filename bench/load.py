"""Load test of the production stack: gunicorn (deploy/gunicorn.conf.py, production
settings), PostgreSQL, Redis and the task worker, all on this machine.

1. Cached anonymous pages only (home, news, blogs, agenda, events, catalogue, courses),
   in rounds (default 3 x 60 s): req/s, p50/p95/p99, errors. Target: >= 1,500 req/s and
   0 errors on 2 cores.
2. Mixed traffic (default 5 minutes) at the same time:
   - anonymous page views (wrk, a Lua script picks a page at random, weighted by kind),
     aimed at half the pages-only rate by visitors who pause between clicks,
   - calendar feed polls (wrk, aimed at --feed-rate: agenda and event .ics feeds from the
     page cache, personal feeds built from the database),
   - registrations: signed-in people open the enrol form and press "Aanmelden" at a steady
     rate (a Python thread pool, open loop), for editions with few places, so the waiting
     lists fill (about 3 people per place).
   Per traffic kind and overall: req/s, p50/p95/p99 and error rate.
Afterwards: confirmed <= capacity for every edition, the 5xx count in the access log,
and whether the worker has sent the queued mails.

wrk (`apt-get install wrk`) generates the GET traffic: it is written in C and takes
little of the two cores the server also needs. In the pages-only run it is closed loop
(each connection sends the next request when the answer is in), so its req/s is what the
server manages; in the mixed run its connections pause between requests.

A private Redis is started on a free port; PostgreSQL is the one on 127.0.0.1:5432 with a
database of its own (vmca_bench_load, kept between runs; --rebuild starts over).

Usage: python bench/load.py [--seconds 300] [--pages-seconds 60] [--rounds 3]
       [--page-rate N] [--feed-rate 20] [--registrations-per-second 2]
       [--skip-mixed] [--skip-pages] [--rebuild]
"""

import argparse
import http.client
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import (  # noqa: E402
    PYTHON,
    ROOT,
    VAR,
    machine_description,
    median,
    percentile,
    table,
    wait_until_serving,
)

PG_ADMIN_URL = os.environ.get("BENCH_PG_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres")
PG_DB = "vmca_bench_load"
STATIC = VAR / "static-prod"
SECRET_KEY = "bench-load-secret-key-only-for-this-machine-0123456789abcdef"  # noqa: S105
# Connections for the page views of the mixed run: visitors with a pause between clicks.
MIXED_CONNECTIONS = 32
CSRF = "loadcsrftoken0123456789abcdefghi"  # 32 characters, as Django's token

# How often each kind of page is asked for (relative): what visitors open most.
PAGE_WEIGHTS = {
    "home": 20,
    "news index": 8,
    "news item": 20,
    "blog": 6,
    "agenda": 12,
    "event": 10,
    "catalogue": 8,
    "course": 10,
    "standard": 6,
}

WRK_SCRIPT = """
local paths = {%(paths)s}
local counter = 0
setup = function(thread)
  counter = counter + 1
  thread:set("id", counter)
end
init = function(args)
  math.randomseed(os.time() * 1000 + id)
end
request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end
%(delay)s
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests": %%d, "us": %%d, "connect": %%d, "read": %%d, "write": %%d, '
    .. '"status": %%d, "timeout": %%d, "p50": %%d, "p95": %%d, "p99": %%d, "max": %%d}\\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
"""


def pg_url(database):
    return PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{database}"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def server_env(redis_url, port):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("REDIS_URL", "EMAIL_HOST", "SENTRY_DSN")
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "SECRET_KEY": SECRET_KEY,
            "DATABASE_URL": pg_url(PG_DB),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
            "REDIS_URL": redis_url,
            "CACHE_KEY_PREFIX": f"load{int(time.time())}",
            "ACADEMY_PAYMENTS_TEST_MODE": "1",
            "SECURE_SSL_REDIRECT": "0",
            "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
            "STATIC_ROOT": str(STATIC),
            "MEDIA_ROOT": str(VAR / "load-media"),
            "PRIVATE_MEDIA_ROOT": str(VAR / "load-private"),
            "LOG_LEVEL": "WARNING",
            "LOG_FORMAT": "plain",
            "GUNICORN_BIND": f"127.0.0.1:{port}",
            "GUNICORN_LOG_LEVEL": "warning",
        }
    )
    return env


def manage(env, *args, capture=False):
    return subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=capture,
        text=True,
    )


def prepare_database(env, rebuild):
    """The demo content in a database of its own, built once (the demo command refuses the
    production settings, so it runs with the dev settings against the same database)."""
    import psycopg

    ready = VAR / f"{PG_DB}.ready"
    if ready.exists() and not rebuild:
        return
    ready.unlink(missing_ok=True)
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {PG_DB}")
    print("Building the database (migrate, load_demo) ...", flush=True)
    dev = {**env, "DJANGO_SETTINGS_MODULE": "cms.settings.dev", "DEBUG": "false"}
    manage(dev, "migrate", "--noinput", "-v", "0")
    manage(dev, "load_demo")
    ready.write_text(PG_DB)


def collect_static(env, rebuild):
    if (STATIC / "staticfiles.json").exists() and not rebuild:
        return
    print("Collecting static files ...", flush=True)
    manage(env, "collectstatic", "--noinput", "--clear", "-v", "0")


def setup_script(env, *args):
    """Run bench/load_setup.py in the server's environment; its JSON answer."""
    output = subprocess.run(
        [PYTHON, "bench/load_setup.py", *map(str, args)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def start_redis(port):
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
         "--appendonly", "no", "--loglevel", "warning"],
        stdout=subprocess.DEVNULL,
        start_new_session=True,
    )  # fmt: skip
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return process
        except OSError:
            time.sleep(0.05)
    raise SystemExit("redis-server did not start")


def stop(process):
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=40)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def start_server(env, port, log):
    process = subprocess.Popen(
        [str(Path(PYTHON).parent / "gunicorn"), "-c", "deploy/gunicorn.conf.py", "vmca.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=log,
        start_new_session=True,
    )
    return wait_until_serving(port, process, timeout=60)


def start_worker(env, log):
    return subprocess.Popen(
        [PYTHON, "manage.py", "db_worker"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=log,
        start_new_session=True,
    )


# wrk ------------------------------------------------------------------------------------


def wrk_script(name, paths, rate=None, connections=1):
    """A wrk script asking for `paths` at random; with `rate` (req/s over all connections),
    each connection waits between requests, as a visitor reads before the next click."""
    delay = ""
    if rate:
        delay = f"delay = function() return {max(1, round(connections * 1000 / rate))} end"
    path = VAR / f"load-{name}.lua"
    paths_lua = ", ".join(json.dumps(p) for p in paths)
    path.write_text(WRK_SCRIPT % {"paths": paths_lua, "delay": delay})
    return path


def weighted_pages(pages):
    paths = []
    for kind, weight in PAGE_WEIGHTS.items():
        urls = pages.get(kind) or []
        for number in range(weight):
            if urls:
                paths.append(urls[number % len(urls)])
    return paths


def start_wrk(port, script, connections, seconds):
    return subprocess.Popen(
        ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s",
         "-s", str(script), f"http://127.0.0.1:{port}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )  # fmt: skip


def wrk_result(process):
    output = process.communicate()[0]
    match = re.search(r"RESULT (\{.*\})", output)
    if not match:
        raise SystemExit(f"wrk gave no result:\n{output}")
    result = json.loads(match.group(1))
    seconds = result["us"] / 1e6
    socket_errors = sum(result[k] for k in ("connect", "read", "write", "timeout"))
    return {
        "requests": result["requests"],
        "seconds": seconds,
        "rps": result["requests"] / seconds,
        "errors": result["status"] + socket_errors,
        "p50": result["p50"] / 1000,
        "p95": result["p95"] / 1000,
        "p99": result["p99"] / 1000,
    }


def warm_up(port, paths):
    for path in dict.fromkeys(paths):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        connection.request("GET", path)
        status = connection.getresponse().status
        connection.close()
        if status != 200:
            raise SystemExit(f"{path} answered {status}")


# Registrations --------------------------------------------------------------------------


def timed_request(port, method, path, session_key, body=None):
    headers = {"Cookie": f"sessionid={session_key}; csrftoken={CSRF}"}
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        headers["Referer"] = f"http://127.0.0.1:{port}/"
    started = time.perf_counter()
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        connection.request(method, path, body, headers)
        response = connection.getresponse()
        response.read()
        connection.close()
        status = response.status
    except OSError as error:
        status = type(error).__name__
    return status, (time.perf_counter() - started) * 1000


class Registrations:
    """People open the enrol form and send it, `rate` per second, each for an edition they
    have not signed up for yet (open loop: a slow server does not slow the arrivals)."""

    def __init__(self, port, setup, rate, seconds):
        self.port, self.rate, self.seconds = port, rate, seconds
        pairs = [(s, e) for s in setup["sessions"] for e in setup["editions"]]
        random.Random(7).shuffle(pairs)
        self.pairs = pairs
        self.form, self.post = [], []  # (status, ms)
        self.attempts = Counter()  # edition id -> registrations sent

    def one(self, session_key, edition_id):
        path = f"/academie/aanmelden/{edition_id}/"
        self.form.append(timed_request(self.port, "GET", path, session_key))
        body = urllib.parse.urlencode({"csrfmiddlewaretoken": CSRF, "confirm": "1"})
        self.post.append(timed_request(self.port, "POST", path, session_key, body))
        self.attempts[edition_id] += 1

    def run(self):
        total = min(len(self.pairs), int(self.rate * self.seconds))
        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=16) as pool:
            for number in range(total):
                delay = started + number / self.rate - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
                pool.submit(self.one, *self.pairs[number])


def summarise(samples, seconds):
    """A table row from (status, ms) samples: requests, req/s, p50/p95/p99, errors."""
    latencies = [ms for _status, ms in samples]
    ok = [s for s, _ms in samples if isinstance(s, int) and s < 400]
    errors = len(samples) - len(ok)
    return {
        "requests": len(samples),
        "rps": len(samples) / seconds,
        "p50": percentile(latencies, 0.5) if latencies else 0,
        "p95": percentile(latencies, 0.95) if latencies else 0,
        "p99": percentile(latencies, 0.99) if latencies else 0,
        "errors": errors,
    }


def row(kind, result):
    rate = 100 * result["errors"] / result["requests"] if result["requests"] else 0
    return [
        kind,
        result["requests"],
        f"{result['rps']:.0f}" if result["rps"] >= 10 else f"{result['rps']:.1f}",
        f"{result['p50']:.1f}",
        f"{result['p95']:.1f}",
        f"{result['p99']:.1f}",
        result["errors"],
        f"{rate:.2f}%",
    ]


HEADERS = ["traffic", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "error rate"]


def access_log_statuses(log_path):
    """Status counts from gunicorn's access log ("GET /path HTTP/1.1" 200 ...)."""
    found = re.findall(r'" (\d{3}) ', log_path.read_text(errors="replace"))
    return Counter(found)


def load_average():
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=300, help="mixed run length")
    parser.add_argument("--pages-seconds", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the pages-only run")
    parser.add_argument("--page-connections", type=int, default=16)
    parser.add_argument("--feed-connections", type=int, default=4)
    parser.add_argument(
        "--page-rate",
        type=float,
        default=0,
        help="page views/s in the mixed run (default: half the pages-only median)",
    )
    parser.add_argument("--feed-rate", type=float, default=20, help="feed polls/s")
    parser.add_argument("--registrations-per-second", type=float, default=2.0)
    parser.add_argument("--editions", type=int, default=0, help="default: 3 people per place")
    parser.add_argument("--capacity", type=int, default=8)
    parser.add_argument("--skip-pages", action="store_true")
    parser.add_argument("--skip-mixed", action="store_true")
    parser.add_argument(
        "--no-access-log",
        action="store_true",
        help="gunicorn without its access log (as behind nginx, which logs the requests)",
    )
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (apt-get install wrk)")

    VAR.mkdir(parents=True, exist_ok=True)
    print(f"Machine: {machine_description()}; load average before: {load_average()}")
    port, redis_port = free_port(), free_port()
    env = server_env(f"redis://127.0.0.1:{redis_port}/0", port)
    if args.no_access_log:
        env["GUNICORN_ACCESS_LOG"] = ""
    prepare_database(env, args.rebuild)
    collect_static(env, args.rebuild)
    redis = start_redis(redis_port)
    run = f"r{int(time.time())}"
    registrations_sent = int(args.registrations_per_second * args.seconds)
    if not args.editions:
        args.editions = max(2, min(40, registrations_sent // (3 * args.capacity)))
    people = max(40, registrations_sent // args.editions + 20)
    setup = setup_script(env, run, args.editions, args.capacity, people)
    page_paths = weighted_pages(setup["pages"])
    feed_paths = setup["feeds"] * 3 + setup["personal_feeds"][:40]
    log_path = VAR / "load-gunicorn.log"
    worker_log = VAR / "load-worker.log"
    server = worker = None
    pages_rows, mixed_rows, notes = [], [], []
    try:
        with open(log_path, "w") as log, open(worker_log, "w") as wlog:
            server = start_server(env, port, log)
            worker = start_worker(env, wlog)
            warm_up(port, page_paths + setup["feeds"])
            pages_script = wrk_script("pages", page_paths)

            if not args.skip_pages:
                results = []
                for number in range(args.rounds):
                    result = wrk_result(
                        start_wrk(port, pages_script, args.page_connections, args.pages_seconds)
                    )
                    results.append(result)
                    pages_rows.append(row(f"round {number + 1}", result))
                    print(f"pages-only round {number + 1}: {result['rps']:.0f} req/s", flush=True)
                med = {
                    key: median([r[key] for r in results]) for key in ("rps", "p50", "p95", "p99")
                }
                med["requests"] = sum(r["requests"] for r in results)
                med["errors"] = sum(r["errors"] for r in results)
                pages_rows.append(row("median", med))

            if not args.skip_mixed:
                print(f"mixed run, {args.seconds} s ...", flush=True)
                statuses_before = access_log_statuses(log_path)
                registrations = Registrations(
                    port, setup, args.registrations_per_second, args.seconds
                )
                page_rate = args.page_rate or (med["rps"] / 2 if pages_rows else 500)
                mixed_pages = wrk_script("pages-mixed", page_paths, page_rate, MIXED_CONNECTIONS)
                feeds_script = wrk_script(
                    "feeds", feed_paths, args.feed_rate, args.feed_connections
                )
                pages = start_wrk(port, mixed_pages, MIXED_CONNECTIONS, args.seconds)
                feeds = start_wrk(port, feeds_script, args.feed_connections, args.seconds)
                started = time.monotonic()
                registrations_thread = threading.Thread(target=registrations.run)
                registrations_thread.start()
                page_result, feed_result = wrk_result(pages), wrk_result(feeds)
                registrations_thread.join()
                elapsed = time.monotonic() - started
                form = summarise(registrations.form, elapsed)
                post = summarise(registrations.post, elapsed)
                mixed_rows += [
                    row("pages (cached, anonymous)", page_result),
                    row("calendar feeds", feed_result),
                    row("enrol form (GET, signed in)", form),
                    row("registration (POST)", post),
                ]
                total_requests = sum(r["requests"] for r in (page_result, feed_result, form, post))
                total_errors = sum(r["errors"] for r in (page_result, feed_result, form, post))
                mixed_rows.append(
                    [
                        "overall",
                        total_requests,
                        f"{total_requests / elapsed:.0f}",
                        "-",
                        "-",
                        "-",
                        total_errors,
                        f"{100 * total_errors / max(total_requests, 1):.2f}%",
                    ]
                )
                post_statuses = Counter(s for s, _ms in registrations.post)
                notes.append(
                    "registration answers: "
                    + " ".join(f"{k}x{v}" for k, v in sorted(post_statuses.items(), key=str))
                )
                if not args.no_access_log:
                    statuses = access_log_statuses(log_path) - statuses_before
                    notes.append(
                        "access log statuses during the mixed run: "
                        + " ".join(f"{k}x{v}" for k, v in sorted(statuses.items()))
                    )
                # Capacity: confirmed <= capacity, and the places are all taken.
                check = setup_script(env, "check", run)
                over = [e for e in check if e["confirmed"] > e["capacity"]]
                sent = dict(registrations.attempts)
                short = [
                    e
                    for e in check
                    if e["confirmed"] != min(e["capacity"], sent.get(e["pk"], 0))
                    or e["total"] != sent.get(e["pk"], 0)
                ]
                notes.append(
                    f"capacity: {len(check)} editions of {args.capacity} places, "
                    f"{sum(e['confirmed'] for e in check)} confirmed, "
                    f"{sum(e['waiting'] for e in check)} on waiting lists; "
                    f"over capacity: {len(over)}; not as expected: {len(short)}"
                )
                unsent, total, waited = outbox_backlog(env, run)
                notes.append(
                    f"mails: {total} queued by the registrations; {unsent} still unsent "
                    f"{waited:.0f} s after the run ended (one db_worker sends them)"
                )
    finally:
        for process in (server, worker, redis):
            if process is not None:
                stop(process)

    tracebacks = log_path.read_text(errors="replace").count("Traceback")
    tracebacks += worker_log.read_text(errors="replace").count("Traceback")
    print(f"\nMachine: {machine_description()}; load average after: {load_average()}")
    print(
        "Server: gunicorn with deploy/gunicorn.conf.py (sync workers, 2 x cores + 1, access "
        f"log {'off' if args.no_access_log else 'on'}), production settings, PostgreSQL, "
        "Redis (private), one db_worker; client (wrk, Python) on the same 2 cores."
    )
    if pages_rows:
        print(
            f"\nCached anonymous pages only: {args.rounds} rounds of {args.pages_seconds} s, "
            f"wrk 1 thread, {args.page_connections} connections, {len(set(page_paths))} pages "
            "(target: >= 1,500 req/s, 0 errors)"
        )
        print(table(HEADERS, pages_rows))
    if mixed_rows:
        print(
            f"\nMixed traffic for {args.seconds} s: page views aimed at {page_rate:.0f}/s "
            f"({MIXED_CONNECTIONS} visitors pausing between clicks), feed polls aimed at "
            f"{args.feed_rate:g}/s (agenda, event and personal feeds), "
            f"{args.registrations_per_second:g} registrations/s (enrol form + POST), "
            f"{args.editions} editions of {args.capacity} places"
        )
        print(table(HEADERS, mixed_rows))
    for note in notes:
        print(note)
    print(f"Tracebacks in the server and worker logs: {tracebacks}")


def outbox_backlog(env, run, patience=120):
    """(unsent, total, seconds waited): the worker's mail backlog after the run."""
    script = (
        "from academy.models import OutgoingMail as M;"
        f"q = M.objects.filter(registration__edition__course__slug='drukte-{run}');"
        "print('BACKLOG', q.exclude(status='sent').count(), q.count())"
    )
    started = time.monotonic()
    while True:
        output = manage(env, "shell", "-c", script, capture=True).stdout.split()
        unsent, total = int(output[-2]), int(output[-1])
        waited = time.monotonic() - started
        if not unsent or waited > patience:
            return unsent, total, waited
        time.sleep(2)


if __name__ == "__main__":
    main()
