"""100 people press "Aanmelden" at the same moment, over HTTP, against gunicorn (4 workers).

For editions with 1 and 5 places, on PostgreSQL and on SQLite: how many got a place,
how many went to the waiting list, how many server errors and "database is locked"
messages, the latency (median and p95) of the registration requests, how long the
crowd takes to drain (from the moment all 100 press until the last one has its answer),
and the gunicorn workers' CPU time per request (which, unlike the wall-clock figures, does
not grow when other work shares the cores). A first round warms the workers up, uncounted.

Usage: python bench/registrations.py [--people 100] [--rounds 3] [--databases postgres,sqlite]
"""

import argparse
import http.client
import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import (  # noqa: E402
    PYTHON,
    ROOT,
    VAR,
    bench_env,
    machine_description,
    median,
    percentile,
    record,
    table,  # noqa: E402
    wait_until_serving,
)

PORT = 8798
PG_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
PG_BENCH_DB = "vmca_bench_registrations"
CSRF = "benchcsrftoken0123456789abcdefghijklmnopqrstuvwxyzAB"[:32]


# As in production: requests queue their mails in the database for the worker
# (`manage.py db_worker`), instead of rendering and sending them themselves.
TASKS = {"TASKS_BACKEND": "django_tasks_db.DatabaseBackend"}


def database_env(kind):
    if kind == "postgres":
        url = f"postgres://postgres@127.0.0.1:5432/{PG_BENCH_DB}"
        return bench_env("unused", DATABASE_URL=url, **TASKS)
    return bench_env(VAR / "registrations.sqlite3", **TASKS)


def fresh_database(kind):
    VAR.mkdir(parents=True, exist_ok=True)
    if kind == "postgres":
        import psycopg

        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {PG_BENCH_DB} WITH (FORCE)")
            connection.execute(f"CREATE DATABASE {PG_BENCH_DB}")
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{VAR / 'registrations.sqlite3'}{suffix}").unlink(missing_ok=True)
    env = database_env(kind)
    subprocess.run(
        [PYTHON, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True
    )


def setup_round(kind, run, people, capacities):
    output = subprocess.run(
        [PYTHON, "bench/registration_setup.py", run, str(people), *map(str, capacities)],
        cwd=ROOT,
        env=database_env(kind),
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def start_gunicorn(kind, log):
    gunicorn = Path(sys.executable).parent / "gunicorn"
    process = subprocess.Popen(
        [
            str(gunicorn),
            "vmca.wsgi",
            "--workers",
            "4",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--timeout",
            "60",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=database_env(kind),
        stdout=log,
        stderr=log,
    )
    return wait_until_serving(PORT, process, timeout=20)


def post_registration(edition_id, session_key):
    body = urllib.parse.urlencode({"csrfmiddlewaretoken": CSRF, "confirm": "1"})
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Cookie": f"sessionid={session_key}; csrftoken={CSRF}",
        "X-CSRFToken": CSRF,
        "Referer": f"http://127.0.0.1:{PORT}/",
    }
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
    started = time.perf_counter()
    connection.request("POST", f"/academie/aanmelden/{edition_id}/", body, headers)
    response = connection.getresponse()
    response.read()
    return response.status, time.perf_counter() - started


def workers_cpu_seconds(server):
    """CPU time (user + system) the gunicorn workers have used so far: unlike wall-clock
    figures, this does not grow when other work shares the machine's cores."""
    ticks = os.sysconf("SC_CLK_TCK")
    children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
    total = 0
    for pid in children:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # a worker that was just replaced
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


def race(edition_id, sessions):
    barrier = threading.Barrier(len(sessions))

    def one(session_key):
        barrier.wait()
        return post_registration(edition_id, session_key)

    with ThreadPoolExecutor(max_workers=len(sessions)) as pool:
        futures = [pool.submit(one, key) for key in sessions]
        results = [future.result() for future in futures]
    # The last answer arrives when the slowest request ends; the requests start together.
    return results, max(seconds for _status, seconds in results)


def one_at_a_time(kind, people, server):
    """The same request without a crowd: what one registration costs the server (wall
    time per request, and the workers' CPU time per request)."""
    setup = setup_round(kind, f"{kind}-alone-{int(time.time())}", people, [people])
    edition_id = setup["editions"][str(people)]
    cpu_before = workers_cpu_seconds(server)
    walls = [post_registration(edition_id, key)[1] * 1000 for key in setup["sessions"]]
    return walls, (workers_cpu_seconds(server) - cpu_before) * 1000 / people


def outcome(kind, edition_id):
    script = (
        "from academy.models import Registration as R;"
        f"q=R.objects.filter(edition_id={edition_id});"
        "print(q.filter(status='aangemeld').count(), q.filter(status='wachtlijst').count())"
    )
    output = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", script],
        cwd=ROOT,
        env=database_env(kind),
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return int(output[-2]), int(output[-1])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--databases", default="postgres,sqlite")
    args = parser.parse_args()
    print(f"Machine: {machine_description()}")
    rows, alone_rows, all_drains = [], [], {}
    for kind in args.databases.split(","):
        fresh_database(kind)
        log_path = VAR / f"gunicorn-registrations-{kind}.log"
        with open(log_path, "w") as log:
            server = start_gunicorn(kind, log)
            try:
                # A round that is not counted: each worker's first requests load templates,
                # translations and lazy imports, which a running site has done long ago.
                warm = setup_round(kind, f"{kind}-warm-{int(time.time())}", args.people, [5])
                race(warm["editions"]["5"], warm["sessions"])
                for capacity in (1, 5):
                    latencies, drains, cpu, confirmed, waiting = [], [], [], [], []
                    errors, statuses = 0, {}
                    for round_number in range(args.rounds):
                        run = f"{kind}-{capacity}-{round_number}-{int(time.time())}"
                        setup = setup_round(kind, run, args.people, [capacity])
                        edition_id = setup["editions"][str(capacity)]
                        cpu_before = workers_cpu_seconds(server)
                        results, drain = race(edition_id, setup["sessions"])
                        cpu.append((workers_cpu_seconds(server) - cpu_before) * 1000 / args.people)
                        drains.append(drain * 1000)
                        all_drains[(kind, capacity)] = drains
                        for status, seconds in results:
                            statuses[status] = statuses.get(status, 0) + 1
                            errors += status >= 500
                            latencies.append(seconds * 1000)
                        got, wait = outcome(kind, edition_id)
                        confirmed.append(got)
                        waiting.append(wait)
                    rows.append(
                        [
                            kind,
                            capacity,
                            args.people,
                            "/".join(map(str, confirmed)),
                            "/".join(map(str, waiting)),
                            errors,
                            " ".join(f"{k}×{v}" for k, v in sorted(statuses.items())),
                            f"{median(latencies):.0f}",
                            f"{percentile(latencies, 0.95):.0f}",
                            "/".join(f"{value:.0f}" for value in drains),
                            f"{median(cpu):.1f}",
                        ]
                    )
                alone, alone_cpu = one_at_a_time(kind, 20, server)
                alone_rows.append(
                    [
                        kind,
                        f"{median(alone):.0f}",
                        f"{percentile(alone, 0.95):.0f}",
                        f"{alone_cpu:.1f}",
                    ]
                )
            finally:
                server.terminate()
                server.wait()
        locked = len(re.findall("database is locked", log_path.read_text()))
        rows[-1].append(locked)
        rows[-2].append(locked)
    print(
        f"\n{args.people} concurrent registration POSTs per round, {args.rounds} rounds,"
        " gunicorn with 4 sync workers, mails queued for the task worker"
    )
    print(
        table(
            [
                "database",
                "places",
                "requests",
                "confirmed per round",
                "waiting per round",
                "5xx",
                "statuses",
                "median ms",
                "p95 ms",
                "drain ms per round",
                "worker CPU ms/request",
                "'database is locked'",
            ],
            rows,
        )
    )
    print("\nThe same registration, one request at a time (20 requests):")
    print(table(["database", "median ms", "p95 ms", "worker CPU ms/request"], alone_rows))
    for row in rows:
        kind, places, drains, errors = row[0], row[1], all_drains[(row[0], row[1])], row[5]
        if places != 5:
            continue
        record(
            f"{args.people} simultaneous registrations, 5 places, 4 workers ({kind})",
            "drains <= 1 s, 0 errors",
            f"{median(drains) / 1000:.2f} s (median of {len(drains)} rounds), {errors} errors",
            median(drains) <= 1000 and errors == 0,
        )


if __name__ == "__main__":
    main()
