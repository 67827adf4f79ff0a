"""AVG: contact form messages are kept to answer the question, then deleted by a nightly
job (delete_old_form_messages) after CONTACT_RETENTION_MONTHS."""

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from tests import factories as f

pytestmark = pytest.mark.django_db

MESSAGE = {
    "naam": "Anna de Boer",
    "e_mailadres": "anna@example.org",
    "vraag": "Kunt u mij bellen?",
}


def sent_days_ago(client, days):
    client.post("/contact/", MESSAGE)
    submission = FormSubmission.objects.latest("pk")
    FormSubmission.objects.filter(pk=submission.pk).update(
        submit_time=timezone.now() - dt.timedelta(days=days)
    )
    return submission


def test_messages_older_than_the_retention_are_deleted_newer_ones_stay(client, settings):
    settings.CONTACT_RETENTION_MONTHS = 12
    f.contact_page(title="Contact", slug="contact")
    old = sent_days_ago(client, 400)
    recent = sent_days_ago(client, 300)

    out = io.StringIO()
    call_command("delete_old_form_messages", "--dry-run", stdout=out)
    assert "Would delete 1 form message(s)" in out.getvalue()
    assert FormSubmission.objects.count() == 2

    out = io.StringIO()
    call_command("delete_old_form_messages", stdout=out)

    assert "Deleted 1 form message(s)" in out.getvalue()
    assert not FormSubmission.objects.filter(pk=old.pk).exists()
    assert FormSubmission.objects.filter(pk=recent.pk).exists()


def test_months_can_be_given_on_the_command_line(client):
    f.contact_page(title="Contact", slug="contact")
    sent_days_ago(client, 100)

    call_command("delete_old_form_messages", "--months", "3", stdout=io.StringIO())

    assert not FormSubmission.objects.exists()
