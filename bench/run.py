"""Run every benchmark and print the figures (`make bench`).

Databases are built once under bench/var/ (demo content, and demo content plus
2,000 news items and 500 blogs); pass --rebuild to start over.
"""

import argparse
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    PYTHON,
    ROOT,
    VAR,
    machine_description,
    prepare_database,
    summary_table,
)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--skip-throughput", action="store_true")
    args = parser.parse_args()

    print(f"Machine: {machine_description()}\n")
    summary = VAR / "summary.jsonl"
    VAR.mkdir(parents=True, exist_ok=True)
    summary.unlink(missing_ok=True)
    os.environ["BENCH_SUMMARY"] = str(summary)
    demo = prepare_database("demo", rebuild=args.rebuild)
    large = prepare_database("large", bulk=True, rebuild=args.rebuild)
    data_sets = (
        ("Demo content", "demo content", demo),
        ("Demo content + 2,000 news, 500 blogs", "2,500 news and blogs", large),
    )
    for title, label, database in data_sets:
        print(f"\n== Server time and queries per page type: {title} ==")
        command = [PYTHON, "bench/pages.py", str(database), "--record", label]
        subprocess.run(command, cwd=ROOT, check=True)
    calendar = prepare_database("calendar", bulk_events=True, rebuild=args.rebuild)
    print("\n== Calendar: feed and agenda with 5,000 future occurrences ==")
    subprocess.run([PYTHON, "bench/agenda_feed.py", str(calendar)], cwd=ROOT, check=True)
    print("\n== Vrijwilligersacademie: catalogue with 500 courses ==")
    rebuild = ["--rebuild"] if args.rebuild else []
    subprocess.run([PYTHON, "bench/catalogue.py", *rebuild], cwd=ROOT, check=True)
    print("\n== Vacaturebank: the search page with 5,000 live vacancies ==")
    subprocess.run([PYTHON, "bench/vacancy_search.py", *rebuild], cwd=ROOT, check=True)
    print("\n== Wegwijzer: each step and the result with 1,000 support offers ==")
    subprocess.run([PYTHON, "bench/wegwijzer.py", *rebuild], cwd=ROOT, check=True)
    for database in ("postgres", "sqlite"):
        print(f"\n== Site search over 2,500 pages ({database}) ==")
        command = [PYTHON, "bench/search.py", "--database", database, *rebuild]
        subprocess.run(command, cwd=ROOT, check=True)
    print("\n== De cijfers: dashboard and yearly report, 10,000 registrations in a year ==")
    subprocess.run([PYTHON, "bench/insights.py", *rebuild], cwd=ROOT, check=True)
    print("\n== Moving in: WordPress import of 5,000 posts and 2,000 attachments ==")
    subprocess.run([PYTHON, "bench/wordpress_import.py", *rebuild], cwd=ROOT, check=True)
    print("\n== Vrijwilligersacademie: Mijn academie, signed in ==")
    subprocess.run([PYTHON, "bench/mine.py", str(demo)], cwd=ROOT, check=True)
    print("\n== Vrijwilligersacademie: one registration, signed in ==")
    subprocess.run([PYTHON, "bench/register_one.py"], cwd=ROOT, check=True)
    print("\n== Vrijwilligersacademie: certificates (render, issue 500) ==")
    subprocess.run([PYTHON, "bench/certificates.py", *rebuild], cwd=ROOT, check=True)
    print("\n== Vrijwilligersacademie: invoice PDF render ==")
    subprocess.run([PYTHON, "bench/invoices.py"], cwd=ROOT, check=True)
    print("\n== Vrijwilligersacademie: 100 people register at once (gunicorn, 4 workers) ==")
    subprocess.run([PYTHON, "bench/registrations.py"], cwd=ROOT, check=True)
    print("\n== Vrijwilligersacademie: 50 Stripe webhook deliveries at once (PostgreSQL) ==")
    subprocess.run([PYTHON, "bench/webhooks.py"], cwd=ROOT, check=True)
    if not args.skip_throughput:
        for title, database in (("Demo content", demo), ("Large data set", large)):
            print(f"\n== Throughput: {title} ==")
            subprocess.run([PYTHON, "bench/throughput.py", str(database)], cwd=ROOT, check=True)
    print("\n== Targets (medians over rounds) ==")
    print(f"Machine: {machine_description()}")
    print(summary_table(summary))


if __name__ == "__main__":
    main()
