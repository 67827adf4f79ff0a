""" "Bel mij": a carer asks a mantelzorgconsulent of VMCA to phone back.

The request is saved and the team's mail is sent after the commit, so a request that
rolls back mails nobody. The guide keeps no outbox table of its own (as for the mail to a
provider in guide.services): the mail leaves once, after the commit, and a failed send is
logged, not retried. Nothing is lost by it: every request stays in the admin
("Bel-mij-verzoeken", with the count of new ones) until staff handle it.

The team's mail names the person, the phone number, a good time and the message, and
links to the request in the admin; never the answers from the wegwijzer (staff open the
overview from the admin). Requests are deleted after GUIDE_CALLBACK_RETENTION_DAYS days
(delete_old_callback_requests, a nightly job).
"""

import datetime as dt
import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from cms.contact import staff_address
from cms.links import absolute_url

from .models import CallbackRequest, CallbackStatus, GoodTime

logger = logging.getLogger(__name__)

CALLBACK_UPDATED = "guide.callback_updated"
# A second request for the same phone number while the first is still new, within this
# time, is a double click or an impatient reload: it is not saved or mailed again.
DUPLICATE_WINDOW = dt.timedelta(hours=24)
# The viewset's name in guide.admin_callbacks, so its URLs are "guide_callbacks:edit".
ADMIN_NAMESPACE = "guide_callbacks"


def retention_days():
    return getattr(settings, "GUIDE_CALLBACK_RETENTION_DAYS", 60)


def team_email():
    """Where call-back requests go: GUIDE_CALLBACK_EMAIL, else the site's contact address
    (Website-instellingen), else DEFAULT_FROM_EMAIL; a plain address, no display name."""
    return staff_address(getattr(settings, "GUIDE_CALLBACK_EMAIL", ""))


def tidy_phone(phone):
    """The number as typed, with runs of spaces made one: how it is stored and compared."""
    return " ".join((phone or "").split())


@dataclass(frozen=True)
class CallbackData:
    name: str
    phone: str
    good_time: str = GoodTime.ANY
    message: str = ""
    # The wegwijzer answers as a query string, only when the person chose to send them.
    answers: str = ""


def _earlier_request(page, phone, now):
    return (
        CallbackRequest.objects.filter(
            page=page,
            phone=phone,
            status=CallbackStatus.NEW,
            created_at__gt=now - DUPLICATE_WINDOW,
        )
        .order_by("-created_at")
        .first()
    )


def admin_url(callback_request):
    return absolute_url(reverse(f"{ADMIN_NAMESPACE}:edit", args=[callback_request.pk]))


def _team_mail(callback_request):
    context = {
        "callback": callback_request,
        "admin_url": admin_url(callback_request),
        "has_answers": bool(callback_request.answers),
    }
    # Staff read Dutch; the times are Almere's.
    with translation.override(settings.LANGUAGE_CODE), timezone.override(settings.TIME_ZONE):
        subject = " ".join(
            render_to_string("guide/email/callback_request_subject.txt", context).split()
        )
        body = render_to_string("guide/email/callback_request.txt", context)
    return EmailMessage(
        subject=subject[:300],
        body=body,
        to=[team_email()],
        headers={"Auto-Submitted": "auto-generated"},
    )


def _send_quietly(message, request_id):
    """After the commit: the request is saved whatever the mail server says."""
    try:
        message.send()
    except Exception:
        logger.exception("The mail for call-back request %s could not be sent", request_id)


def request_callback(page, data, *, now, language):
    """Save a call-back request for this wegwijzer and mail the team after the commit.

    Returns (request, created): a repeat for the same phone number while the earlier one
    is still new (within 24 hours) returns the earlier one and mails nothing."""
    if not isinstance(data, CallbackData):
        data = CallbackData(**data)
    phone = tidy_phone(data.phone)
    with transaction.atomic():
        earlier = _earlier_request(page, phone, now)
        if earlier is not None:
            return earlier, False
        callback_request = CallbackRequest.objects.create(
            page=page,
            name=data.name.strip(),
            phone=phone,
            good_time=data.good_time or GoodTime.ANY,
            message=data.message.strip(),
            answers=data.answers,
            language=language or settings.LANGUAGE_CODE,
            created_at=now,
        )
        # Rendered now, so a broken template rolls the request back with a clear error.
        message = _team_mail(callback_request)
        transaction.on_commit(lambda: _send_quietly(message, callback_request.pk))
    return callback_request, True


def request_label(callback_request):
    """How the log names a request: by number, never by the person's name."""
    return str(_("Bel-mij-verzoek %(pk)s") % {"pk": callback_request.pk})


def mark_callback(callback_request, status, note, user, now):
    """Staff record what happened (status and a note); who and when are kept with it.
    The log entry names the request by number and holds no note, name or number."""
    if status not in CallbackStatus.values:
        raise ValueError(f"Unknown call-back status {status!r}")
    by = user if user is not None and user.is_authenticated else None
    with transaction.atomic():
        locked = CallbackRequest.objects.select_for_update().get(pk=callback_request.pk)
        old_status = locked.status
        locked.status = status
        locked.staff_note = (note or "").strip()
        locked.handled_by = by
        locked.handled_at = now
        if locked.first_handled_at is None and status != CallbackStatus.NEW:
            locked.first_handled_at = now
        locked.save(
            update_fields=["status", "staff_note", "handled_by", "handled_at", "first_handled_at"]
        )
        log(
            locked,
            CALLBACK_UPDATED,
            user=by,
            title=request_label(locked),
            data={"status_was": old_status, "status": status},
        )
    return locked


def old_callback_requests(now):
    return CallbackRequest.objects.filter(created_at__lt=now - dt.timedelta(days=retention_days()))


def delete_old_callback_requests(now, dry_run=False):
    """Wipe the person (name, phone, message, answers, staff's note) from requests asked
    more than GUIDE_CALLBACK_RETENTION_DAYS days before `now`, whatever their status; how
    many (with dry_run: how many would be). The anonymous rest stays for the figures."""
    old = old_callback_requests(now)
    if dry_run:
        return old.count()
    return old.update(
        name="",
        phone="",
        message="",
        answers="",
        staff_note="",
        handled_by=None,
        anonymised_at=now,
    )
