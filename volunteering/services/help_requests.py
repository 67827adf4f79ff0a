""" "Help mij zoeken": a person asks VMCA for a conversation about volunteer work.

The request is saved and its mails queued in one transaction. Staff get it at the
matching address (contact_details.staff_email) and follow it up in the admin.
"""

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction

from .. import mail
from ..models import HelpRequest
from .contact_details import same_person_q, staff_email, vmca_contact

# A second request from the same e-mail or phone within this time is a double click,
# not a new question: it is not saved or mailed again.
DUPLICATE_WINDOW = dt.timedelta(hours=24)


@dataclass(frozen=True)
class HelpRequestData:
    name: str
    phone: str = ""
    email: str = ""
    channel: str = ""
    wijk: object = None
    message: str = ""
    best_time: str = ""
    consent: bool = False


def _earlier_request(data, now):
    same_person = same_person_q(data.email, data.phone)
    if same_person is None:
        return None
    return HelpRequest.objects.filter(same_person, created__gt=now - DUPLICATE_WINDOW).first()


def ask_for_help(data, *, now, language):
    """Save a help request and queue its mails. Returns (request, created): a repeat of
    a request from the last 24 hours returns the earlier one and sends nothing."""
    if not isinstance(data, HelpRequestData):
        data = HelpRequestData(**data)
    with transaction.atomic():
        earlier = _earlier_request(data, now)
        if earlier is not None:
            return earlier, False
        request = HelpRequest.objects.create(
            name=data.name.strip(),
            phone=data.phone.strip(),
            email=data.email.strip(),
            channel=data.channel or HelpRequest._meta.get_field("channel").default,
            wijk=data.wijk,
            message=data.message.strip(),
            best_time=data.best_time.strip(),
            consent=data.consent,
            language=language or settings.LANGUAGE_CODE,
            created=now,
        )
        context = {"help_request": request, "vmca": vmca_contact()}
        mail.queue(
            "help_request_received",
            staff_email(),
            context,
            key=f"help-request-received:{request.pk}",
            language=settings.LANGUAGE_CODE,
        )
        if request.email:
            mail.queue(
                "help_request_confirmation",
                request.email,
                context,
                key=f"help-request-confirmation:{request.pk}",
                language=request.language,
            )
    return request, True
