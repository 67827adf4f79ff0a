"""Invariant 4: a certificate exists only for a registration that met the completion rule;
its file is rendered once and stored with its hash; its code stays the same; a revoked one
stays revoked. Plus the PDF itself (PDF/A, text, QR code) and bulk issuing after a crash."""

import datetime as dt
import hashlib
import io
import threading
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from django.core import mail
from django.db import connections
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from academy import certificate_pdf
from academy.models import (
    Certificate,
    CertificateRun,
    CourseAccreditation,
    EditionStatus,
    OutgoingMail,
    RegistrationStatus,
)
from academy.services import certificates as services
from academy.services.errors import NotEarned, NotFinished, RegistrationError
from tests import factories as f

from . import certificate_builders as b
from .conftest import course, edition

pytestmark = pytest.mark.django_db


def pdf_bytes(certificate):
    with certificate.file.open("rb") as stored:
        return stored.read()


def pdf_text(data):
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def accredited(academy):
    """A finished two-session course with Registerplein points and a professional who came."""
    page = b.accredited_course(points="4.5", title="Omgaan met dementie")
    ed = b.finished_edition(page, sessions=2)
    registration = b.attend(b.professional(ed))
    return page, ed, registration


# Only when earned --------------------------------------------------------------------------


def test_certificate_is_issued_when_every_session_was_attended(accredited):
    _page, _ed, registration = accredited
    certificate = services.issue_certificate(registration)
    assert certificate.pk and not certificate.is_revoked
    assert Certificate.objects.filter(registration=registration).count() == 1


def test_no_certificate_when_a_session_was_missed(academy):
    ed = b.finished_edition(sessions=2)
    registration = b.confirmed(ed)
    b.attend(registration, ed.sessions.all()[:1])
    with pytest.raises(NotEarned) as refused:
        services.issue_certificate(registration)
    assert "1 van de 2" in str(refused.value.message)
    assert refused.value.status == 409
    assert not Certificate.objects.exists()


def test_no_certificate_before_the_last_session_has_ended(academy):
    ed = edition(starts_in_days=-1, sessions=2)  # the second session is next week
    registration = b.attend(b.confirmed(ed), ed.sessions.all()[:1])
    b.attend(registration)
    with pytest.raises(NotFinished):
        services.issue_certificate(registration)
    assert not Certificate.objects.exists()


def test_no_certificate_for_a_cancelled_registration_even_with_attendance(academy):
    ed = b.finished_edition(sessions=1)
    registration = b.attend(b.confirmed(ed, status=RegistrationStatus.CANCELLED))
    with pytest.raises(NotEarned):
        services.issue_certificate(registration)
    assert not Certificate.objects.exists()


def test_no_certificate_without_a_passed_test_when_the_course_needs_one(academy):
    ed = b.finished_edition(course(completion_requires_assessment=True), sessions=1)
    registration = b.attend(b.confirmed(ed))
    with pytest.raises(NotEarned) as refused:
        services.issue_certificate(registration)
    assert "toets" in str(refused.value.message)
    services.set_assessment_result(registration, True)
    assert services.issue_certificate(registration).pk


def test_a_failed_test_cannot_be_recorded_while_a_certificate_is_valid(academy):
    ed = b.finished_edition(course(completion_requires_assessment=True), sessions=1)
    registration = b.attend(b.confirmed(ed, assessment_passed=True))
    certificate = services.issue_certificate(registration)
    with pytest.raises(RegistrationError):
        services.set_assessment_result(registration, False)
    registration.refresh_from_db()
    assert registration.assessment_passed is True
    services.revoke_certificate(certificate, by=None, reason="Toets opnieuw beoordeeld")
    services.set_assessment_result(registration, False)
    registration.refresh_from_db()
    assert registration.assessment_passed is False


# Idempotent, stored once -------------------------------------------------------------------


def test_second_call_returns_the_same_certificate_file_and_code(accredited):
    _page, _ed, registration = accredited
    first = services.issue_certificate(registration)
    stored = pdf_bytes(first)
    second = services.issue_certificate(registration)
    assert second.pk == first.pk and second.code == first.code
    assert pdf_bytes(second) == stored
    assert Certificate.objects.count() == 1


def test_hash_and_size_match_the_stored_file(accredited):
    certificate = services.issue_certificate(accredited[2])
    data = pdf_bytes(certificate)
    assert certificate.sha256 == hashlib.sha256(data).hexdigest()
    assert certificate.size == len(data)
    assert certificate.file.name.startswith("certificaten/")
    assert certificate.file.storage.location != certificate_storage_public_root()


def certificate_storage_public_root():
    from django.conf import settings

    return str(settings.MEDIA_ROOT)


def test_issuing_queues_one_email(accredited, django_capture_on_commit_callbacks):
    registration = accredited[2]
    with django_capture_on_commit_callbacks(execute=True):
        certificate = services.issue_certificate(registration)
        services.issue_certificate(registration)
    assert OutgoingMail.objects.filter(key=f"certificate_issued:{certificate.pk}").count() == 1


def test_notify_false_sends_nothing(accredited):
    services.issue_certificate(accredited[2], notify=False)
    assert not OutgoingMail.objects.filter(kind="certificate_issued").exists()
    assert mail.outbox == []


# What it states ----------------------------------------------------------------------------


def test_accreditation_certificate_snapshot(accredited):
    _page, ed, registration = accredited
    certificate = services.issue_certificate(registration)
    sessions = list(ed.sessions.order_by("start"))
    assert certificate.kind == Certificate.Kind.ACCREDITATION
    assert certificate.participant_name == "Fatima El Amrani"
    assert certificate.course_title == "Omgaan met dementie"
    assert certificate.first_date == timezone.localtime(sessions[0].start).date()
    assert certificate.last_date == timezone.localtime(sessions[-1].end).date()
    assert certificate.hours == Decimal("4.00")  # two sessions of two hours
    assert certificate.register_name == "Registerplein"
    assert certificate.register_number == "46101234"
    assert certificate.accreditation_id == "ACC-2026-0042"
    assert certificate.points == Decimal("4.5")
    assert certificate.language == "nl"
    assert len(certificate.code) == 20


def test_volunteer_gets_a_participation_certificate_without_points(academy):
    ed = b.finished_edition(b.accredited_course(), sessions=1)
    registration = b.attend(b.confirmed(ed))
    certificate = services.issue_certificate(registration)
    assert certificate.kind == Certificate.Kind.PARTICIPATION
    assert certificate.points is None and certificate.register_name == ""


def test_professional_of_a_register_the_course_is_not_accredited_for_gets_participation(
    academy,
):
    ed = b.finished_edition(b.accredited_course(register_name="Registerplein"))
    registration = b.attend(b.professional(ed, number="12345678", register_name="NIP"))
    certificate = services.issue_certificate(registration)
    assert certificate.kind == Certificate.Kind.PARTICIPATION


def test_number_from_the_profile_counts_as_on_the_pe_online_list(academy):
    """One rule with the PE-online list: no number on the registration, but one for the
    same register in the person's profile, still earns the points."""
    from academy.accreditation_export import summary_for
    from academy.models import ProfessionalRegistration

    ed = b.finished_edition(b.accredited_course(register_name="Registerplein"))
    registration = b.attend(b.professional(ed, number=""))
    ProfessionalRegistration.objects.create(
        participant=registration.participant, register=b.register(), number="461055555"
    )
    certificate = services.issue_certificate(registration)
    assert certificate.kind == Certificate.Kind.ACCREDITATION
    assert certificate.register_number == "461055555"
    listed = [entry.number for entry in summary_for(ed, b.register().pk).qualifying]
    assert listed == ["461055555"]


@pytest.mark.parametrize(
    "valid_from_days, valid_until_days, kind",
    [
        (None, None, Certificate.Kind.ACCREDITATION),
        (-60, 60, Certificate.Kind.ACCREDITATION),
        (-3, None, Certificate.Kind.PARTICIPATION),  # starts after the first session
        (None, -3, Certificate.Kind.PARTICIPATION),  # ended before the last session
    ],
)
def test_accreditation_counts_only_when_valid_on_the_edition_dates(
    academy, valid_from_days, valid_until_days, kind
):
    page = b.accredited_course()
    ed = b.finished_edition(page, sessions=2)  # sessions 8 and 1 days ago
    today = timezone.localdate()

    def day(offset):
        return None if offset is None else today + dt.timedelta(days=offset)

    CourseAccreditation.objects.filter(course=page).update(
        valid_from=day(valid_from_days), valid_until=day(valid_until_days)
    )
    registration = b.attend(b.professional(ed))
    assert services.issue_certificate(registration).kind == kind


# The PDF -----------------------------------------------------------------------------------


def test_pdf_is_pdf_a_and_states_the_facts(accredited):
    certificate = services.issue_certificate(accredited[2])
    data = pdf_bytes(certificate)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    xmp = reader.xmp_metadata
    assert xmp is not None
    pdfa = "http://www.aiim.org/pdfa/ns/id/"
    assert [node.value for node in xmp.get_element("", pdfa, "part")] == ["3"]
    assert [node.value for node in xmp.get_element("", pdfa, "conformance")] == ["B"]
    text = pdf_text(data)
    for expected in (
        "Fatima El Amrani",
        "Omgaan met dementie",
        certificate.display_code,
        "Registerplein",
        "46101234",
        "ACC-2026-0042",
        "4,5",
    ):
        assert expected in text, expected
    assert len(data) <= 100 * 1024


def test_qr_code_in_the_pdf_opens_the_verification_page_with_the_code(accredited):
    certificate = services.issue_certificate(accredited[2])
    document = pypdfium2.PdfDocument(pdf_bytes(certificate))
    try:
        image = document[0].render(scale=3).to_pil()
    finally:
        document.close()
    found = [result.text for result in zxingcpp.read_barcodes(image)]
    expected = "http://testserver" + reverse("academy:verify_certificate") + "?code="
    assert found == [expected + certificate.code]


def test_signature_image_and_settings_text_appear(accredited):
    from academy.models import CertificateSettings

    settings = CertificateSettings.load()
    settings.signatory_name = "Mieke Jansen"
    settings.signatory_role = "Coördinator Vrijwilligersacademie"
    settings.signature = f.make_image("Handtekening", size=(1600, 400))
    settings.save()
    certificate = services.issue_certificate(accredited[2])
    data = pdf_bytes(certificate)
    text = pdf_text(data)
    assert "Mieke Jansen" in text and "Coördinator" in text
    assert b"/Subtype /Image" in data
    assert len(data) <= 100 * 1024


def test_rendering_never_fetches_remote_files(accredited):
    branding = certificate_pdf.load_branding()
    branding.logo_url = "https://example.com/logo.png"
    certificate = services.issue_certificate(accredited[2])
    data = certificate_pdf.render_certificate(certificate, branding)
    assert data.startswith(b"%PDF")


# Revoke and re-issue -----------------------------------------------------------------------


def test_revoke_needs_a_reason(accredited):
    certificate = services.issue_certificate(accredited[2])
    with pytest.raises(RegistrationError) as refused:
        services.revoke_certificate(certificate, by=None, reason="   ")
    assert refused.value.status == 400
    certificate.refresh_from_db()
    assert not certificate.is_revoked


def test_revoked_certificate_stays_revoked_and_a_new_one_can_follow(accredited):
    staff = f.user(groups=["Academie"])
    registration = accredited[2]
    certificate = services.issue_certificate(registration)
    services.revoke_certificate(certificate, by=staff, reason="Verkeerde naam")
    certificate.refresh_from_db()
    assert certificate.is_revoked and certificate.revoked_by == staff
    assert certificate.revoke_reason == "Verkeerde naam"
    with pytest.raises(RegistrationError):
        services.revoke_certificate(certificate, by=staff, reason="Nog eens")
    fresh = services.issue_certificate(registration)
    assert fresh.pk != certificate.pk and fresh.code != certificate.code


def test_reissue_gives_a_new_code_and_replaces_the_old_one(accredited):
    staff = f.user(groups=["Academie"])
    registration = accredited[2]
    old = services.issue_certificate(registration)
    participant = registration.participant
    participant.last_name = "El Amrani-Bakker"
    participant.save()
    new = services.reissue_certificate(old, by=staff, reason="Naam verbeterd")
    old.refresh_from_db()
    assert old.is_revoked and old.revoke_reason == "Naam verbeterd"
    assert new.replaces_id == old.pk and new.code != old.code
    assert new.participant_name == "Fatima El Amrani-Bakker"
    assert "El Amrani-Bakker" in pdf_text(pdf_bytes(new))
    assert Certificate.objects.valid().filter(registration=registration).get() == new


def test_reissue_checks_the_rule_again_and_changes_nothing_when_not_met(accredited):
    _page, ed, registration = accredited
    old = services.issue_certificate(registration)
    registration.attendances.filter(session=ed.sessions.first()).update(status="afwezig")
    with pytest.raises(NotEarned):
        services.reissue_certificate(old, by=None, reason="Opnieuw")
    old.refresh_from_db()
    assert not old.is_revoked
    assert Certificate.objects.count() == 1


# Failures leave nothing behind -------------------------------------------------------------


def test_a_rendering_error_stores_no_certificate(accredited, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("WeasyPrint stuk")

    monkeypatch.setattr(certificate_pdf, "render_certificate", broken)
    with pytest.raises(RuntimeError):
        services.issue_certificate(accredited[2])
    assert not Certificate.objects.exists()


def stored_files():
    from django.core.files.storage import storages

    root = Path(storages["private"].location)
    return {str(path) for path in root.rglob("*.pdf")}


def test_losing_a_race_deletes_the_orphan_file_and_returns_the_winner(accredited, monkeypatch):
    """Someone else's certificate appears between our check and our insert."""
    registration = accredited[2]
    before = stored_files()
    winner = {}
    real_render = certificate_pdf.render_certificate

    def render_then_lose(certificate, branding=None):
        data = real_render(certificate, branding)
        if not winner:
            monkeypatch.setattr(certificate_pdf, "render_certificate", real_render)
            winner["certificate"] = services.issue_certificate(registration, notify=False)
        return data

    monkeypatch.setattr(certificate_pdf, "render_certificate", render_then_lose)
    result = services.issue_certificate(registration)
    assert result.pk == winner["certificate"].pk
    assert Certificate.objects.count() == 1
    assert stored_files() - before == {result.file.path}


# Bulk issuing ------------------------------------------------------------------------------


@pytest.fixture
def group(academy):
    """A finished edition: four who came to both sessions, one who missed one."""
    ed = b.finished_edition(sessions=2)
    came = [b.attend(b.confirmed(ed)) for _ in range(4)]
    missed = b.confirmed(ed)
    b.attend(missed, ed.sessions.all()[:1])
    return ed, came, missed


def test_run_issues_for_everyone_who_completed_and_skips_the_rest(group):
    ed, came, missed = group
    run = services.start_certificate_run(ed, by=None, enqueue=False)
    seen = []
    run = services.run_certificates(run, progress=lambda r: seen.append(r.processed))
    assert run.status == CertificateRun.Status.DONE
    assert (run.total, run.processed, run.issued, run.skipped, run.failed) == (5, 5, 4, 1, 0)
    assert seen[-1] == 5
    assert set(Certificate.objects.values_list("registration_id", flat=True)) == {
        r.pk for r in came
    }
    assert not Certificate.objects.filter(registration=missed).exists()


def test_a_bulk_run_renders_in_worker_processes_and_keeps_the_database(group, settings):
    """Large runs render in forked workers; the PDFs are the same kind of file and the
    parent's database connection (shared with the workers at the fork) still works."""
    settings.ACADEMY_RENDER_PROCESSES = 2
    settings.ACADEMY_RENDER_POOL_FROM = 1
    ed, came, _missed = group
    run = services.run_certificates(services.start_certificate_run(ed, by=None, enqueue=False))
    assert (run.status, run.issued, run.failed) == (CertificateRun.Status.DONE, 4, 0)
    for certificate in Certificate.objects.filter(registration__in=came):
        data = pdf_bytes(certificate)
        assert hashlib.sha256(data).hexdigest() == certificate.sha256
        text = pdf_text(data)
        assert certificate.participant_name in text and certificate.display_code in text
    assert CertificateRun.objects.get(pk=run.pk).issued == 4  # the connection still answers


def test_run_continues_after_a_crash_without_duplicates(group, monkeypatch):
    ed, came, _missed = group
    real_render = certificate_pdf.render_certificate
    calls = {"count": 0}

    def dies_on_the_third(certificate, branding=None):
        calls["count"] += 1
        if calls["count"] == 3:
            raise SystemExit("worker killed")  # not an Exception: the run cannot catch it
        return real_render(certificate, branding)

    monkeypatch.setattr(certificate_pdf, "render_certificate", dies_on_the_third)
    run = services.start_certificate_run(ed, by=None, enqueue=False)
    with pytest.raises(SystemExit):
        services.run_certificates(run)
    assert Certificate.objects.count() == 2
    run.refresh_from_db()
    assert run.status == CertificateRun.Status.RUNNING  # the worker died mid-run

    # Nobody reports any more: after a while the run may be taken over.
    CertificateRun.objects.filter(pk=run.pk).update(
        heartbeat=timezone.now() - services.STALE_AFTER - dt.timedelta(seconds=1)
    )
    assert services.is_stale(CertificateRun.objects.get(pk=run.pk))
    monkeypatch.setattr(certificate_pdf, "render_certificate", real_render)
    run = services.run_certificates(CertificateRun.objects.get(pk=run.pk))
    assert run.status == CertificateRun.Status.DONE
    assert (run.issued, run.skipped) == (2, 3)  # two earlier, plus the one who missed
    assert Certificate.objects.count() == 4
    assert Certificate.objects.values("registration").distinct().count() == 4


def test_one_failing_certificate_does_not_stop_the_run(group, monkeypatch):
    ed, came, _missed = group
    real_render = certificate_pdf.render_certificate
    unlucky = came[1].participant.full_name

    def fails_for_one(certificate, branding=None):
        if certificate.participant_name == unlucky:
            raise ValueError("kapotte afbeelding")
        return real_render(certificate, branding)

    monkeypatch.setattr(certificate_pdf, "render_certificate", fails_for_one)
    run = services.run_certificates(services.start_certificate_run(ed, by=None, enqueue=False))
    assert run.status == CertificateRun.Status.DONE
    assert (run.issued, run.failed) == (3, 1)
    assert unlucky in run.last_error
    # A second run picks up the one that failed.
    monkeypatch.setattr(certificate_pdf, "render_certificate", real_render)
    again = services.run_certificates(services.start_certificate_run(ed, by=None, enqueue=False))
    assert (again.issued, again.skipped, again.failed) == (1, 4, 0)


def test_a_live_run_is_not_started_twice(group):
    ed = group[0]
    first = services.start_certificate_run(ed, by=None, enqueue=False)
    assert services.start_certificate_run(ed, by=None, enqueue=False).pk == first.pk
    services.run_certificates(first)
    assert services.start_certificate_run(ed, by=None, enqueue=False).pk != first.pk


def test_a_run_that_is_still_running_elsewhere_is_left_alone(group):
    ed = group[0]
    run = services.start_certificate_run(ed, by=None, enqueue=False)
    CertificateRun.objects.filter(pk=run.pk).update(
        status=CertificateRun.Status.RUNNING, heartbeat=timezone.now()
    )
    result = services.run_certificates(CertificateRun.objects.get(pk=run.pk))
    assert result.status == CertificateRun.Status.RUNNING
    assert not Certificate.objects.exists()


def test_run_for_an_edition_that_has_not_ended_fails_with_a_message(academy):
    ed = edition(starts_in_days=3)
    b.confirmed(ed)
    run = services.run_certificates(services.start_certificate_run(ed, by=None, enqueue=False))
    assert run.status == CertificateRun.Status.FAILED
    assert "nog niet afgelopen" in run.last_error
    assert not Certificate.objects.exists()


def test_complete_edition_marks_it_completed_and_issues_in_the_background(
    group, django_capture_on_commit_callbacks
):
    ed, came, _missed = group
    staff = f.user(groups=["Academie"])
    with django_capture_on_commit_callbacks(execute=True):
        run = services.complete_edition(ed, by=staff)
    ed.refresh_from_db()
    run.refresh_from_db()
    assert ed.status == EditionStatus.COMPLETED
    assert run.status == CertificateRun.Status.DONE and run.issued == 4
    assert run.started_by == staff
    assert Certificate.objects.filter(issued_by=staff).count() == 4


def test_complete_edition_is_refused_before_the_end_and_when_cancelled(academy):
    upcoming = edition(starts_in_days=2)
    with pytest.raises(NotFinished) as refused:
        services.complete_edition(upcoming, by=None)
    assert refused.value.status == 409
    upcoming.refresh_from_db()
    assert upcoming.status == EditionStatus.OPEN
    cancelled = b.finished_edition(status=EditionStatus.CANCELLED)
    with pytest.raises(RegistrationError) as refused:
        services.complete_edition(cancelled, by=None)
    assert "geannuleerd" in str(refused.value.message)
    assert not CertificateRun.objects.exists()


# Concurrency (PostgreSQL) ------------------------------------------------------------------


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_issuing_gives_one_certificate():
    from .conftest import catalogue

    _ensure_site()
    catalogue()
    ed = b.finished_edition(b.accredited_course(), sessions=1)
    registration = b.attend(b.professional(ed))
    before = stored_files()
    workers = 6
    barrier = threading.Barrier(workers)

    def issue():
        try:
            barrier.wait(timeout=30)
            return services.issue_certificate(registration).pk
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(lambda _i: issue(), range(workers)))
    assert len(set(results)) == 1
    assert Certificate.objects.filter(registration=registration).count() == 1
    certificate = Certificate.objects.get()
    assert stored_files() - before == {certificate.file.path}


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_runs_at_once_issue_each_certificate_once():
    from .conftest import catalogue

    _ensure_site()
    catalogue()
    ed = b.finished_edition(sessions=1)
    for _ in range(6):
        b.attend(b.confirmed(ed))
    runs = [CertificateRun.objects.create(edition=ed) for _ in range(2)]
    barrier = threading.Barrier(2)

    def work(run):
        try:
            barrier.wait(timeout=30)
            return services.run_certificates(run)
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=2) as pool:
        done = list(pool.map(work, runs))
    assert all(run.status == CertificateRun.Status.DONE for run in done)
    assert sum(run.issued for run in done) == 6
    assert Certificate.objects.count() == 6


def _ensure_site():
    """A transactional test before this one may have emptied the database."""
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage

    if Site.objects.filter(is_default_site=True).exists():
        return
    locale, _ = Locale.objects.get_or_create(language_code="nl")
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )
    home = root.add_child(instance=HomePage(title="Home", slug="home", locale=locale))
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
