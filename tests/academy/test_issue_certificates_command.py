"""manage.py issue_certificates: issues what is due, shows progress, and continues on re-run."""

import datetime as dt
import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from academy import certificate_pdf
from academy.management.commands.issue_certificates import progress_line
from academy.models import Certificate, CertificateRun

from . import certificate_builders as b
from .conftest import edition

pytestmark = pytest.mark.django_db


def run_command(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("issue_certificates", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def group(academy):
    ed = b.finished_edition(sessions=1)
    people = [b.attend(b.confirmed(ed)) for _ in range(3)]
    b.confirmed(ed)  # did not come
    return ed, people


def test_command_issues_and_reports_progress(group):
    ed, people = group
    out, err = run_command("--edition", str(ed.pk))
    assert "Klaar: 3 uitgegeven, 1 overgeslagen, 0 mislukt." in out
    assert "4/4 [" in err and "3 uitgegeven" in err
    assert Certificate.objects.count() == 3


def test_running_again_issues_nothing_twice(group):
    ed, _people = group
    run_command("--edition", str(ed.pk))
    out, _err = run_command("--edition", str(ed.pk))
    assert "Klaar: 0 uitgegeven, 4 overgeslagen" in out
    assert Certificate.objects.count() == 3


def test_resume_continues_a_run_whose_worker_died(group, monkeypatch):
    ed, _people = group
    real_render = certificate_pdf.render_certificate
    calls = {"count": 0}

    def dies_on_the_second(certificate, branding=None):
        calls["count"] += 1
        if calls["count"] == 2:
            raise KeyboardInterrupt
        return real_render(certificate, branding)

    monkeypatch.setattr(certificate_pdf, "render_certificate", dies_on_the_second)
    with pytest.raises(KeyboardInterrupt):
        run_command("--edition", str(ed.pk))
    assert Certificate.objects.count() == 1
    run = CertificateRun.objects.get(edition=ed)
    monkeypatch.setattr(certificate_pdf, "render_certificate", real_render)

    with pytest.raises(CommandError, match="loopt nog"):
        run_command("--edition", str(ed.pk), "--resume")
    CertificateRun.objects.filter(pk=run.pk).update(
        heartbeat=timezone.now() - dt.timedelta(minutes=10)
    )
    out, _err = run_command("--edition", str(ed.pk), "--resume")
    assert "Klaar: 2 uitgegeven, 2 overgeslagen" in out
    assert CertificateRun.objects.filter(edition=ed).count() == 1
    assert Certificate.objects.count() == 3


def test_unknown_edition_and_unfinished_edition_give_clear_errors(academy):
    with pytest.raises(CommandError, match="bestaat niet"):
        run_command("--edition", "999999")
    upcoming = edition(starts_in_days=5)
    with pytest.raises(CommandError, match="nog niet afgelopen"):
        run_command("--edition", str(upcoming.pk))


def test_progress_line():
    run = CertificateRun(total=500, processed=123, issued=24, skipped=1, failed=0)
    line = progress_line(run)
    assert line.startswith("123/500 [#######.......................] 24 uitgegeven")
    assert "1 overgeslagen" in line
