"""Shared helpers for the benchmarks: machine description, statistics, bench databases."""

import json
import os
import platform
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "bench" / "var"
PYTHON = sys.executable


def machine_description():
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def median(values):
    return statistics.median(values)


def percentile(values, share):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def wait_until_serving(port, process, path="/robots.txt", timeout=30):
    """Wait until the server on 127.0.0.1:port answers (any HTTP status); stop it and exit
    when it dies or does not answer in time."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=2)  # noqa: S310
            return process
        except urllib.error.HTTPError:
            return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit(f"the server on port {port} did not start")


def bench_env(database, **extra):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DEBUG": "false",
        "DATABASE_URL": f"sqlite:///{database}",
        "MEDIA_ROOT": str(VAR / "media"),
        "LOG_LEVEL": "WARNING",
    }
    env.pop("REDIS_URL", None)
    env.update({key: str(value) for key, value in extra.items()})
    return env


def manage(database, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=bench_env(database), check=True)


def prepare_database(name, bulk=False, bulk_events=False, rebuild=False):
    """A bench database with the demo content (and optionally the large random set)."""
    VAR.mkdir(parents=True, exist_ok=True)
    database = VAR / f"{name}.sqlite3"
    if database.exists() and not rebuild:
        return database
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    manage(database, "migrate", "--noinput", "-v", "0")
    manage(database, "load_demo")
    if bulk:
        manage(database, "make_bulk_content", "--news", "2000", "--blogs", "500")
    if bulk_events:
        manage(database, "make_bulk_events", "--pages", "100", "--dates", "50")
    return database


def table(headers, rows):
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) for i, h in enumerate(headers)]
    lines = ["  ".join(str(h).ljust(w) for h, w in zip(headers, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)))
    return "\n".join(lines)


def record(what, target, measured, met):
    """One line of the targets table that `make bench` prints at the end (bench/run.py):
    what was measured, the target, the figure and whether it was met."""
    path = os.environ.get("BENCH_SUMMARY")
    if not path:
        return
    line = {"what": what, "target": target, "measured": measured, "met": bool(met)}
    with open(path, "a", encoding="utf-8") as summary:
        summary.write(json.dumps(line, ensure_ascii=False) + "\n")


def summary_table(path):
    """The lines record() wrote, as a table."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return "(no figures recorded)"
    rows = []
    for line in lines:
        item = json.loads(line)
        rows.append(
            (item["what"], item["target"], item["measured"], "yes" if item["met"] else "NO")
        )
    return table(["what", "target", "measured", "met"], rows) if rows else "(no figures recorded)"
