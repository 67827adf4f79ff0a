"""Requests per second with gunicorn (2 sync workers) for the home page and the news index,
without and with the anonymous full-page cache.

Usage: python bench/throughput.py DATABASE [--seconds S] [--runs R]
Uses wrk when it is installed (less load on the same 2 cores), otherwise bench/loadgen.py.
"""

import argparse
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import ROOT, bench_env, median, table  # noqa: E402
from loadgen import run_load  # noqa: E402

PORT = 8799


def redis_available():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1) as connection:
            connection.sendall(b"PING\r\n")
            return connection.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def start_gunicorn(env):
    gunicorn = Path(sys.executable).parent / "gunicorn"
    process = subprocess.Popen(
        [
            str(gunicorn),
            "vmca.wsgi",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--log-level",
            "warning",
            "--access-logfile",
            "/dev/null",
        ],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/robots.txt", timeout=1)  # noqa: S310
            return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("gunicorn did not start")


def stop(process):
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=20)


def load(url, seconds):
    wrk = shutil.which("wrk")
    if wrk:
        output = subprocess.run(
            [wrk, "-t1", "-c16", f"-d{seconds}s", "--latency", url],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
        errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
        return rps, int(errors.group(1)) if errors else 0
    result = run_load(url, concurrency=16, seconds=seconds)
    return result["rps"], result["errors"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    cache = {"REDIS_URL": "redis://127.0.0.1:6379/14"} if redis_available() else {}
    if cache:
        subprocess.run(["redis-cli", "-n", "14", "flushdb"], capture_output=True, check=False)
    rows = []
    for label, seconds_cached in (("uncached", 0), ("cached", 600)):
        env = bench_env(Path(args.database), PAGE_CACHE_SECONDS=seconds_cached, **cache)
        process = start_gunicorn(env)
        try:
            for name, path in (("home", "/"), ("news index", "/nieuws/")):
                url = f"http://127.0.0.1:{PORT}{path}"
                for _ in range(20):
                    urllib.request.urlopen(url, timeout=5).read()  # noqa: S310 (warm up)
                results = [load(url, args.seconds) for _ in range(args.runs)]
                rates = [rps for rps, _errors in results]
                errors = sum(errors for _rps, errors in results)
                spread = f"{min(rates):.0f}-{max(rates):.0f}"
                rows.append((name, label, f"{median(rates):.0f}", spread, errors))
        finally:
            stop(process)
    tool = "wrk -t1 -c16" if shutil.which("wrk") else "bench/loadgen.py, 16 connections"
    backend = "Redis" if cache else "per-process memory"
    print(
        f"gunicorn 2 sync workers; load: {tool}; "
        f"{args.runs} runs of {args.seconds}s; cache: {backend}"
    )
    print(table(["page", "page cache", "median req/s", "range", "errors"], rows))


if __name__ == "__main__":
    main()
