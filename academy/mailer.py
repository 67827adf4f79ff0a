"""The outbox: e-mails are rendered into OutgoingMail rows, then sent in the background.

queue_mail() runs inside the caller's transaction (a registration service holding the
edition's lock), so it only writes the row: kind, key, recipient and a small JSON
context. Rendering (subject, plain text, HTML, the .ics) takes far longer than the
registration itself, so it happens when the mail is sent, after the lock is released;
the rendered mail is stored on the row, and a retry sends exactly the same text. A mail
therefore shows the state at sending time, normally seconds later (for example the
current place on the waiting list). The send task is queued only when the transaction
commits: a registration that rolls back mails nobody.

deliver() is the only code that sends. It claims the row with one conditional UPDATE,
so two workers (the on-commit task and the cron retry, or two cron runs) never send
the same mail, and it never raises: a failed send is recorded on the row and retried
later by `send_pending_mail`, and registrations are never touched by sending.
"""

import logging
import re
from dataclasses import dataclass
from email.mime.text import MIMEText
from urllib.parse import urlencode

from django.conf import settings
from django.db import IntegrityError, transaction
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext
from django_tasks import task

from cms import outbox
from cms.background import enqueue_after_commit
from events.calendar.spec import AMSTERDAM

from . import rules
from .checkin import QR_CONTENT_ID, MessageWithInlineImages, inline_images_for
from .formatting import format_price
from .links import absolute_reverse, absolute_url, registration_language
from .models import OutgoingMail, RegistrationStatus

logger = logging.getLogger(__name__)

# Mails that carry the edition's sessions as an .ics attachment (only for a real place).
ICS_KINDS = frozenset({"confirmation", "moved", "times_changed"})
# Mails that may show the link for taking part online (only for a real place).
ONLINE_LINK_KINDS = frozenset({"confirmation", "moved", "reminder", "times_changed"})

# Sending a row (claim, retry, give up) follows cms.outbox, shared with the vacaturebank.
CLAIM_LEASE = outbox.CLAIM_LEASE
retry_delay = outbox.retry_delay


def max_attempts():
    return getattr(settings, "ACADEMY_MAIL_MAX_ATTEMPTS", 6)


# Rendering -----------------------------------------------------------------------------


@dataclass
class RenderedMail:
    subject: str
    text: str
    html: str
    ics: str


def _organisation():
    from wagtail.models import Site

    from cms.models import SiteSettings

    site = Site.objects.filter(is_default_site=True).first()
    site_settings = SiteSettings.for_site(site) if site else None
    return {
        "name": getattr(site_settings, "organisation_name", "") or "VMCA Almere",
        "phone": getattr(site_settings, "phone", ""),
        "email": getattr(site_settings, "email", ""),
    }


def _day(value):
    return formats.date_format(timezone.localtime(value), "l j F Y")


def _time(value):
    return formats.time_format(timezone.localtime(value))


def moment_text(value):
    """'dinsdag 14 oktober 2025 om 19.30 uur', in the active language and Amsterdam time."""
    if value is None:
        return ""
    return gettext("%(day)s om %(time)s uur") % {"day": _day(value), "time": _time(value)}


def session_when(start, end):
    if timezone.localtime(start).date() == timezone.localtime(end).date():
        return gettext("%(day)s, van %(start)s tot %(end)s uur") % {
            "day": _day(start),
            "start": _time(start),
            "end": _time(end),
        }
    return gettext("van %(start)s tot %(end)s") % {
        "start": moment_text(start),
        "end": moment_text(end),
    }


def _sessions(registration, kind):
    show_online = kind in ONLINE_LINK_KINDS and registration.status == RegistrationStatus.CONFIRMED
    sessions = list(registration.edition.sessions.all())
    return [
        {
            "number": number,
            "title": session.title,
            "start": session.start,
            "end": session.end,
            "when": session_when(session.start, session.end),
            "location": session.location_text,
            "online_url": session.online_url if show_online else "",
            "is_online": bool(session.online_url),
        }
        for number, session in enumerate(sessions, start=1)
    ]


def _answers(registration):
    """What the person told us when they signed up, as (label, value) pairs."""
    answers = []
    if registration.dietary:
        answers.append((gettext("Dieetwensen"), registration.dietary))
    if registration.accessibility:
        answers.append((gettext("Toegankelijkheid en hulpmiddelen"), registration.accessibility))
    if registration.motivation:
        answers.append((gettext("Uw motivatie"), registration.motivation))
    if registration.wants_accreditation and registration.register_id:
        answers.append(
            (
                gettext("Accreditatiepunten"),
                f"{registration.register.short_name}: {registration.register_number}",
            )
        )
    return answers


def _certificate_links(registration, extra):
    """For certificate_issued: the download link (the registration's secret token, so no
    sign-in is needed) and the public check with the code filled in."""
    certificate = (extra or {}).get("certificate")
    if certificate is None:
        return {}
    check = reverse("academy:verify_certificate") + "?" + urlencode({"code": certificate.code})
    return {
        "certificate_url": absolute_reverse(
            "academy:certificate_by_token", token=registration.token
        ),
        "verify_url": absolute_url(check),
    }


def mail_context(kind, registration, extra=None):
    """Everything a mail template may show; call inside the mail's language and time zone."""
    edition = registration.edition
    page = edition.owner_page
    page_url = page.get_url() if page is not None else ""
    deadline = rules.cancellation_deadline(edition)
    sessions = _sessions(registration, kind)
    previous = (extra or {}).get("previous")
    return {
        "kind": kind,
        "registration": registration,
        "participant": registration.participant,
        "edition": edition,
        "title": edition.title,
        "sessions": sessions,
        "first_day": _day(sessions[0]["start"]) if sessions else "",
        "is_confirmed": registration.status == RegistrationStatus.CONFIRMED,
        "is_waiting": registration.status == RegistrationStatus.WAITING,
        "waiting_position": registration.waiting_position(),
        "price": format_price(registration.price_cents),
        "answers": _answers(registration),
        "cancellation_deadline": deadline,
        "deadline_text": moment_text(deadline),
        "cancel_open": rules.cancellation_open(edition, timezone.now()),
        "offer_expires_at": registration.offer_expires_at,
        "offer_expires_text": moment_text(registration.offer_expires_at),
        "course_url": absolute_url(page_url),
        "registration_url": absolute_reverse("academy:registration", token=registration.token),
        "offer_url": absolute_reverse("academy:offer", token=registration.token),
        "mine_url": absolute_reverse("academy:mine"),
        "checkin_qr_cid": f"cid:{QR_CONTENT_ID}",
        "organisation": _organisation(),
        "language": translation.get_language(),
        "previous_title": previous.edition.title if previous else "",
        "previous_day": _day(previous.edition.first_start)
        if previous and previous.edition.first_start
        else "",
        **(extra or {}),
        **_certificate_links(registration, extra),
        **_payment_context(registration, extra),
    }


def _payment_context(registration, extra):
    from .payment_mail import payment_context

    return payment_context(registration, extra)


_BLANK_LINES = re.compile(r"\n{3,}")


def _tidy_text(text):
    """Template tags on their own lines leave blank lines and indents: keep it readable."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)) + "\n"


def _render_optional(template_name, context):
    try:
        return render_to_string(template_name, context)
    except TemplateDoesNotExist:
        return ""


def render_mail(kind, registration, extra=None):
    """Subject, text, HTML and .ics of one mail, in the language of the course page."""
    with translation.override(registration_language(registration)), timezone.override(AMSTERDAM):
        context = mail_context(kind, registration, extra)
        subject = " ".join(render_to_string(f"academy/email/{kind}_subject.txt", context).split())
        context["subject"] = subject
        text = _tidy_text(render_to_string(f"academy/email/{kind}.txt", context))
        html = _render_optional(f"academy/email/{kind}.html", context)
        ics = ""
        if kind in ICS_KINDS and registration.status == RegistrationStatus.CONFIRMED:
            from .ics import registration_ics

            ics = registration_ics(registration)
    return RenderedMail(subject=subject[:300], text=text, html=html, ics=ics)


# The outbox ----------------------------------------------------------------------------


def queue_mail(kind, registration, *, key, extra=None):
    """One outbox row per key, sent (and rendered) after commit; None without an e-mail."""
    to = registration.participant.email
    if not to:
        return None
    try:
        # The unique key says whether this mail exists already. A savepoint: losing on the
        # key must not break the caller's transaction.
        with transaction.atomic():
            mail = OutgoingMail.objects.create(
                key=key,
                kind=kind,
                registration=registration,
                to=to,
                context=_store_extra(extra),
            )
    except IntegrityError:
        return None
    enqueue_after_commit(send_outgoing_mail, mail.pk, retried_by="send_pending_mail")
    return mail


def _store_extra(extra):
    """JSON for the row: registrations by id, everything else as it is (strings)."""
    stored = {}
    for name, value in (extra or {}).items():
        if hasattr(value, "_meta") and value._meta.model_name == "registration":
            stored[name] = {"registration": value.pk}
        else:
            stored[name] = value
    return stored


def _load_extra(context):
    from .models import Registration

    loaded = {}
    for name, value in (context or {}).items():
        if isinstance(value, dict) and set(value) == {"registration"}:
            value = Registration.objects.filter(pk=value["registration"]).first()
        loaded[name] = value
        if name == "certificate_id":
            loaded["certificate"] = _certificate(value)
        if name in ("invoice_id", "refund_id"):
            from .payment_mail import load

            loaded[name.removesuffix("_id")] = load(name, value)
    return loaded


def _certificate(certificate_id):
    from .models import Certificate

    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is None:
        raise LookupError(f"certificate {certificate_id} is gone")
    return certificate


def render_stored(mail):
    """Render a queued mail once and keep the result, so a retry sends the same text."""
    if mail.rendered:
        return mail
    from .models import Registration

    registration = (
        Registration.objects.select_related("edition__course", "participant")
        .filter(pk=mail.registration_id)
        .first()
    )
    if registration is None:
        raise LookupError(f"outgoing mail {mail.pk}: its registration is gone")
    result = render_mail(mail.kind, registration, _load_extra(mail.context))
    mail.subject, mail.body_text = result.subject, result.text
    mail.body_html, mail.ics, mail.rendered = result.html, result.ics, True
    OutgoingMail.objects.filter(pk=mail.pk).update(
        subject=mail.subject,
        body_text=mail.body_text,
        body_html=mail.body_html,
        ics=mail.ics,
        rendered=True,
    )
    return mail


def _claim(mail_id, now):
    """Take the mail for this worker, or return False when another worker has it or it is done."""
    return outbox.claim(OutgoingMail, mail_id, now)


def build_message(mail):
    message = MessageWithInlineImages(
        subject=mail.subject,
        body=mail.body_text,
        to=[mail.to],
        headers={"Auto-Submitted": "auto-generated"},
        inline_images=inline_images_for(mail),
    )
    if mail.body_html:
        message.attach_alternative(mail.body_html, "text/html")
    if mail.ics:
        part = MIMEText(mail.ics, "calendar", "utf-8")
        part.set_param("method", "PUBLISH")
        part.add_header("Content-Disposition", "attachment", filename="vmca-academie.ics")
        message.attach(part)
    return message


SENT, RETRY, FAILED, SKIPPED = outbox.SENT_NOW, outbox.RETRY, outbox.GIVEN_UP, outbox.SKIPPED


def deliver(mail_id, *, now=None):
    """Send one outbox mail if it is due and nobody else is sending it. Never raises."""
    now = now or timezone.now()
    try:
        if not _claim(mail_id, now):
            return SKIPPED
        mail = OutgoingMail.objects.get(pk=mail_id)
    except Exception:
        logger.exception("Could not claim outgoing mail %s", mail_id)
        return SKIPPED
    try:
        build_message(render_stored(mail)).send()
    except Exception as error:
        return outbox.record_failure(OutgoingMail, mail, error, now, max_attempts())
    outbox.mark_sent(OutgoingMail, mail.pk)
    return SENT


@task()
def send_outgoing_mail(mail_id):
    """Send one outbox mail. Never raises: with the immediate backend this runs inside the
    request's on-commit hook, and a mail server that is down must not turn a registration
    that succeeded into an error page. A failure is kept on the row for send_pending_mail."""
    return deliver(mail_id)


def due_mail_ids(now=None, limit=None):
    return outbox.due_ids(OutgoingMail, now or timezone.now(), limit)


def send_due_mail(*, now=None, limit=None):
    """Send every pending mail whose time has come; returns {outcome: count}."""
    now = now or timezone.now()
    outcomes = {SENT: 0, RETRY: 0, FAILED: 0, SKIPPED: 0}
    for mail_id in due_mail_ids(now, limit):
        outcomes[deliver(mail_id, now=now)] += 1
    return outcomes
