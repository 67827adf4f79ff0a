"""Invoices: how long one invoice PDF takes to render (warm) and how big it is, and how
long the first download takes (render + store once with its hash).

Usage: python bench/invoices.py [--renders 60] [--rounds 3] [--rebuild]
Builds a throwaway SQLite database under bench/var/ (migrations only) unless it exists;
each round adds a paid course with one pay-by-invoice registration (the invoice is issued
by the registration engine, as on the site) and renders that invoice through
academy.invoice_pdf, the same code the downloads use. Files go to a temporary folder.
Targets (same as a certificate, issue 5): median <= 80 ms, p95 <= 150 ms, file <= 100 KB.
"""

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import VAR, bench_env, machine_description, manage, median, percentile, table  # noqa: E402

TARGETS = {"median_ms": 80, "p95_ms": 150, "size_kb": 100}
# The invoice mail is queued for the database worker, not sent while we measure.
TASKS = {"TASKS_BACKEND": "django_tasks_db.DatabaseBackend"}


def prepare(database, rebuild):
    if database.exists() and not rebuild:
        return database
    VAR.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    print(f"Building {database.name} (migrations only; takes a minute)")
    manage(database, "migrate", "--noinput", "-v", "0")
    return database


def build_invoice(round_number):
    """A paid course, an edition next month, and one registration paid by invoice."""
    import datetime as dt

    from django.utils import timezone
    from wagtail.models import Site

    from academy.models import (
        CourseIndexPage,
        CoursePage,
        CoursePrice,
        Edition,
        EditionStatus,
        Invoice,
        Participant,
        PaymentSettings,
        Session,
    )
    from academy.services.charges import Billing
    from academy.services.registration import register

    settings_row = PaymentSettings.load()
    settings_row.address, settings_row.postcode_city = "Grote Markt 1", "1315 JG Almere"
    settings_row.kvk_number, settings_row.vat_number = "41191234", "NL001234567B01"
    settings_row.iban, settings_row.email = "NL91ABNA0417164300", "academie@vmca.example"
    settings_row.save()

    home = Site.objects.get(is_default_site=True).root_page
    index = CourseIndexPage.objects.child_of(home).first()
    if index is None:
        index = CourseIndexPage(title="Vrijwilligersacademie", slug="vrijwilligersacademie")
        home.add_child(instance=index)
    stamp = f"{round_number}-{int(time.time())}"
    page = CoursePage(
        title="Signalen van ouderenmishandeling herkennen",
        slug=f"bench-facturen-{stamp}",
        intro="Bench",
    )
    page.prices = [CoursePrice(participant_type="professional", amount_cents=12100)]
    index.add_child(instance=page)
    page.save_revision().publish()

    start = timezone.now() + dt.timedelta(days=30)
    edition = Edition(course=page, capacity=20, status=EditionStatus.OPEN)
    edition.sessions = [Session(start=start, end=start + dt.timedelta(hours=3), venue="Bench")]
    edition.save()
    edition.refresh_dates()
    person = Participant.objects.create(
        first_name="Fatima",
        last_name=f"El Amrani {stamp}",
        email=f"bench-factuur-{stamp}@example.nl",
        participant_type="professional",
    )
    billing = Billing(
        organisation="Zorggroep Almere",
        address="Stationsplein 1",
        postcode="1315 AA",
        city="Almere",
        contact="Mw. J. de Boer",
        reference="PO-7781",
    )
    registration = register(edition.pk, person, billing=billing)
    return Invoice.objects.get(payment__registration=registration, kind="factuur")


def measure_render(invoice, renders):
    from academy.invoice_pdf import render_invoice

    for _ in range(5):
        data = render_invoice(invoice)
    times, cpu = [], []
    for _ in range(renders):
        start, start_cpu = time.perf_counter(), time.process_time()
        data = render_invoice(invoice)
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return times, cpu, len(data)


def measure_first_download(invoice):
    """Render + store + save the hash (what the first download does), then a second look-up."""
    from academy.invoice_pdf import stored_invoice

    start = time.perf_counter()
    stored = stored_invoice(invoice)
    first_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    again = stored_invoice(type(invoice).objects.get(pk=invoice.pk))
    again_ms = (time.perf_counter() - start) * 1000
    assert again.sha256 == stored.sha256
    return first_ms, again_ms


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--renders", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()

    database = prepare(VAR / "invoices.sqlite3", args.rebuild)
    private = Path(tempfile.mkdtemp(prefix="vmca-bench-invoices-"))
    os.environ.update(bench_env(database, PRIVATE_MEDIA_ROOT=private, **TASKS))
    import django

    django.setup()

    print(f"Machine: {machine_description()}")
    print("(shared machine: other processes may run at the same time)\n")
    try:
        rows = []
        for round_number in range(1, args.rounds + 1):
            invoice = build_invoice(round_number)
            times, cpu, size = measure_render(invoice, args.renders)
            first_ms, again_ms = measure_first_download(invoice)
            rows.append(
                (
                    round_number,
                    args.renders,
                    f"{median(times):.1f}",
                    f"{percentile(times, 0.95):.1f}",
                    f"{min(times):.1f}",
                    f"{median(cpu):.1f}",
                    f"{size / 1024:.1f}",
                    f"{first_ms:.0f}",
                    f"{again_ms:.1f}",
                )
            )
        print("== Render one invoice (warm, PDF/A-3b) and its first download ==")
        print(
            table(
                [
                    "round",
                    "renders",
                    "median ms",
                    "p95 ms",
                    "min ms",
                    "CPU median ms",
                    "KB",
                    "first download ms",
                    "stored look-up ms",
                ],
                rows,
            )
        )
        print(
            f"target: median <= {TARGETS['median_ms']} ms, p95 <= {TARGETS['p95_ms']} ms, "
            f"file <= {TARGETS['size_kb']} KB"
        )
    finally:
        shutil.rmtree(private, ignore_errors=True)


if __name__ == "__main__":
    main()
