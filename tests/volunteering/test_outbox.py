"""The vacaturebank's mails are stored with the caller's transaction and sent after the
commit; a failed send is retried later, never lost and never sent twice."""

import datetime as dt

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction

from volunteering import mail as outbox
from volunteering.models import OutgoingMessage

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def simple_template(tmp_path, settings):
    folder = tmp_path / "volunteering" / "email"
    folder.mkdir(parents=True)
    (folder / "test_subject.txt").write_text("Hallo {{ name }}\n")
    (folder / "test.txt").write_text("Beste {{ name }},\n\n\n\nDank u.\n")
    engine = settings.TEMPLATES[0]
    # Assigned, not changed in place: the template engines are rebuilt for the new setting.
    settings.TEMPLATES = [{**engine, "DIRS": [tmp_path, *engine["DIRS"]]}]
    return folder


def test_a_mail_goes_out_after_the_commit_once_per_key(simple_template):
    with transaction.atomic():
        outbox.queue("test", "a@example.org", {"name": "Ans"}, key="test:1")
        outbox.queue("test", "a@example.org", {"name": "Ans"}, key="test:1")
        assert mail.outbox == []

    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "Hallo Ans"
    # Blank lines left by template tags are tidied up.
    assert mail.outbox[0].body == "Beste Ans,\n\nDank u.\n"
    assert OutgoingMessage.objects.get().status == OutgoingMessage.Status.SENT


def test_a_rolled_back_change_mails_nobody(simple_template):
    with pytest.raises(RuntimeError), transaction.atomic():
        outbox.queue("test", "a@example.org", {"name": "Ans"}, key="test:2")
        raise RuntimeError

    assert mail.outbox == []
    assert not OutgoingMessage.objects.exists()


def test_a_failed_send_is_retried_by_the_job(simple_template, monkeypatch, now):
    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", refuse)
    outbox.queue("test", "a@example.org", {"name": "Ans"}, key="test:3")
    message = OutgoingMessage.objects.get()
    assert message.status == OutgoingMessage.Status.PENDING
    assert "mail server down" in message.last_error
    monkeypatch.undo()

    # Not before its retry time; then exactly once.
    assert outbox.send_due(now=now)["sent"] == 0
    assert outbox.send_due(now=now + dt.timedelta(minutes=6))["sent"] == 1
    call_command("send_pending_vacaturebank_mail", stdout=None)
    assert len(mail.outbox) == 1
    assert OutgoingMessage.objects.get().status == OutgoingMessage.Status.SENT
