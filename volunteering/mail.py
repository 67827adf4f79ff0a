"""The vacaturebank's mails: rendered in the reader's language when queued, sent by a
task after the commit, retried by `send_pending_vacaturebank_mail` when sending failed.

queue() writes one row per key inside the caller's transaction: a rolled-back reaction
mails nobody, and a key that exists already (a double click) sends nothing twice.
deliver() is the only code that sends; claiming, retrying and giving up follow
cms.outbox, as the academy's outbox does. It never raises.
"""

import logging
import re

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task

from cms import outbox
from cms.background import enqueue_after_commit

from .models import OutgoingMessage

logger = logging.getLogger(__name__)

AMSTERDAM = "Europe/Amsterdam"
MAX_ATTEMPTS = 6
_BLANK_LINES = re.compile(r"\n{3,}")


def _tidy(text):
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)) + "\n"


def render(kind, context, language):
    """Subject, text and (when the template exists) HTML of one mail."""
    with translation.override(language or settings.LANGUAGE_CODE), timezone.override(AMSTERDAM):
        context = {"site_name": "VMCA Almere", **context}
        subject = " ".join(
            render_to_string(f"volunteering/email/{kind}_subject.txt", context).split()
        )
        context["subject"] = subject
        text = _tidy(render_to_string(f"volunteering/email/{kind}.txt", context))
        try:
            html = render_to_string(f"volunteering/email/{kind}.html", context)
        except TemplateDoesNotExist:
            html = ""
    return subject[:300], text, html


def queue(kind, to, context, *, key, language=None):
    """Render and store one mail; sent after the commit. None without an address or when
    a mail with this key exists already."""
    if not to:
        return None
    subject, text, html = render(kind, context, language)
    try:
        with transaction.atomic():
            message = OutgoingMessage.objects.create(
                key=key[:200], kind=kind, to=to, subject=subject, body_text=text, body_html=html
            )
    except IntegrityError:
        return None
    enqueue_after_commit(send_message, message.pk, retried_by="send_pending_vacaturebank_mail")
    return message


def deliver(message_id, *, now=None):
    """Send one mail if it is due and nobody else is sending it. Never raises."""
    now = now or timezone.now()
    try:
        if not outbox.claim(OutgoingMessage, message_id, now):
            return outbox.SKIPPED
        message = OutgoingMessage.objects.get(pk=message_id)
    except Exception:
        logger.exception("Could not claim vacaturebank mail %s", message_id)
        return outbox.SKIPPED
    try:
        mail = EmailMultiAlternatives(
            subject=message.subject,
            body=message.body_text,
            to=[message.to],
            headers={"Auto-Submitted": "auto-generated"},
        )
        if message.body_html:
            mail.attach_alternative(message.body_html, "text/html")
        mail.send()
    except Exception as error:
        return outbox.record_failure(OutgoingMessage, message, error, now, MAX_ATTEMPTS)
    outbox.mark_sent(OutgoingMessage, message.pk)
    return outbox.SENT_NOW


@task()
def send_message(message_id):
    return deliver(message_id)


def send_due(*, now=None):
    """Send every waiting mail whose time has come; returns {outcome: count}."""
    now = now or timezone.now()
    outcomes = {outbox.SENT_NOW: 0, outbox.RETRY: 0, outbox.GIVEN_UP: 0, outbox.SKIPPED: 0}
    for message_id in outbox.due_ids(OutgoingMessage, now):
        outcomes[deliver(message_id, now=now)] += 1
    return outcomes
