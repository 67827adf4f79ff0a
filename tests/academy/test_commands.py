"""The academy's cron commands: reminders, expiring offers, retrying the outbox."""

import datetime as dt
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from academy.models import EditionStatus, OutgoingMail, Registration, RegistrationStatus, Session
from academy.services import registration as services

from .conftest import course, edition, participant

pytestmark = pytest.mark.django_db

S = RegistrationStatus


def run(name, capture=None):
    out = io.StringIO()
    if capture is not None:
        with capture(execute=True):
            call_command(name, stdout=out)
    else:
        call_command(name, stdout=out)
    return out.getvalue()


def reminders():
    return [m for m in mail.outbox if m.subject.startswith("Herinnering")]


def test_reminder_goes_once_to_confirmed_people_of_editions_starting_soon(
    academy, django_capture_on_commit_callbacks
):
    soon = edition(course(title="Taalcoach"), capacity=1, starts_in_days=1)
    Session.objects.filter(edition=soon).update(online_url="https://meet.example/taal")
    confirmed = services.register(soon.pk, participant(first_name="Karin"))
    services.register(soon.pk, participant())  # waiting list: no reminder
    later = edition(starts_in_days=10)
    services.register(later.pk, participant())  # starts after the reminder window
    mail.outbox.clear()

    output = run("send_reminders", django_capture_on_commit_callbacks)
    assert "Reminders queued: 1." in output
    [message] = reminders()
    assert message.to == [confirmed.participant.email]
    assert message.subject.startswith("Herinnering: Taalcoach op ")
    assert "Beste Karin," in message.body
    assert "Online meedoen: https://meet.example/taal" in message.body
    assert "van 19.30 tot 21.30 uur" in message.body

    output = run("send_reminders", django_capture_on_commit_callbacks)
    assert "Reminders queued: 0." in output
    assert len(reminders()) == 1
    assert OutgoingMail.objects.filter(kind="reminder").count() == 1
    confirmed.refresh_from_db()
    assert confirmed.status == S.CONFIRMED


def test_no_reminder_for_cancelled_or_started_editions(academy, django_capture_on_commit_callbacks):
    cancelled = edition(starts_in_days=1)
    services.register(cancelled.pk, participant())
    services.cancel_edition(cancelled)
    started = edition(starts_in_days=1)
    services.register(started.pk, participant())
    start = timezone.now() - dt.timedelta(hours=1)
    Session.objects.filter(edition=started).update(start=start, end=start + dt.timedelta(hours=2))
    started.refresh_dates()
    # A cancelled edition whose status was set without the service is skipped too.
    odd = edition(starts_in_days=1)
    services.register(odd.pk, participant())
    type(odd).objects.filter(pk=odd.pk).update(status=EditionStatus.CANCELLED)
    mail.outbox.clear()

    run("send_reminders", django_capture_on_commit_callbacks)
    assert reminders() == []


def test_reminder_respects_the_reminder_days_setting(
    academy, settings, django_capture_on_commit_callbacks
):
    settings.ACADEMY_REMINDER_DAYS = 5
    ed = edition(starts_in_days=4)
    services.register(ed.pk, participant())
    run("send_reminders", django_capture_on_commit_callbacks)
    assert len(reminders()) == 1


def test_phone_only_people_are_counted_for_a_call(academy, django_capture_on_commit_callbacks):
    ed = edition(starts_in_days=1)
    services.register_by_staff(ed.pk, participant(email=""), by=None)
    output = run("send_reminders", django_capture_on_commit_callbacks)
    assert "Without an e-mail address (call them): 1." in output
    assert not OutgoingMail.objects.exists()


def test_expire_offers_command_moves_the_offer_on(academy, django_capture_on_commit_callbacks):
    ed = edition(course(title="Fondsen werven"), capacity=1)
    first = services.register(ed.pk, participant())
    second = services.register(ed.pk, participant())
    third = services.register(ed.pk, participant())
    services.cancel(first)
    second.refresh_from_db()
    assert second.status == S.OFFERED
    Registration.objects.filter(pk=second.pk).update(
        offer_expires_at=timezone.now() - dt.timedelta(minutes=1)
    )
    mail.outbox.clear()

    output = run("expire_offers", django_capture_on_commit_callbacks)
    assert "Expired 1 offer(s)" in output
    second.refresh_from_db()
    third.refresh_from_db()
    assert second.status == S.EXPIRED
    assert third.status == S.OFFERED
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert subjects[second.participant.email].startswith("Aangeboden plek vervallen")
    assert subjects[third.participant.email].startswith("Er is een plek vrij voor u")

    assert "Expired 0 offer(s)" in run("expire_offers", django_capture_on_commit_callbacks)


def test_send_pending_mail_sends_what_the_task_did_not(academy):
    services.register(edition().pk, participant())  # on-commit hooks not run: task never ran
    assert mail.outbox == []
    output = run("send_pending_mail")
    assert "Sent 1" in output
    assert len(mail.outbox) == 1
    assert "Sent 0" in run("send_pending_mail")
    assert len(mail.outbox) == 1
    assert OutgoingMail.objects.get().status == OutgoingMail.Status.SENT


def test_commands_document_their_cron_line():
    from academy.management.commands import expire_offers, send_pending_mail, send_reminders

    for module in (expire_offers, send_pending_mail, send_reminders):
        assert "manage.py " in module.Command.help and "* *" in module.Command.help
