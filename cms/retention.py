"""Retention (AVG) for what people send through the site's forms.

A contact message is kept to answer the question, not for ever: messages older than
CONTACT_RETENTION_MONTHS are deleted by a nightly job. Participants' data in the academy
has its own rule (academy.services.retention).
"""

import datetime as dt

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission


def cutoff(now, months):
    # A month counts as 30 days: a day more or less does not matter here.
    return now - dt.timedelta(days=30 * months)


def old_form_submissions(now=None, months=None):
    now = now or timezone.now()
    months = settings.CONTACT_RETENTION_MONTHS if months is None else months
    return FormSubmission.objects.filter(submit_time__lt=cutoff(now, months))


def delete_old_form_submissions(now=None, months=None, dry_run=False):
    """Delete the form messages older than `months`; how many (with dry_run: would be)."""
    old = old_form_submissions(now, months)
    if dry_run:
        return old.count()
    with transaction.atomic():
        deleted, _by_model = old.delete()
    return deleted
