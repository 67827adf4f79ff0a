"""Checking the sociale kaart: ask a provider by mail to confirm an offer, and record
the confirmation. Plain functions; `now` is passed in, each owns its transaction."""

import datetime as dt
import logging

from django.core import signing
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.log_actions import log

from cms.links import absolute_url

from .models import SupportOfferPage

logger = logging.getLogger(__name__)

CONFIRM_LINK_SALT = "guide.confirm-offer"
TOKEN_VALID_FOR = dt.timedelta(days=60)
ACTION_ASKED = "guide.confirmation_requested"
ACTION_CONFIRMED = "guide.confirmed_by_provider"


class NoAddress(ValueError):
    """Neither the provider nor the offer has an e-mail address to ask."""


class BadToken(ValueError):
    """The link is broken, made up, for an offer that is gone, or older than 60 days."""


class _OfferSigner(signing.TimestampSigner):
    """A TimestampSigner that takes its time from `now` instead of the clock, so a
    link's age is decided by the same `now` as everything else."""

    def __init__(self, now):
        super().__init__(salt=CONFIRM_LINK_SALT)
        self.now = now

    def timestamp(self):
        return signing.b62_encode(int(self.now.timestamp()))

    def unsign_fresh(self, token, max_age):
        value = signing.Signer.unsign(self, token)  # checks the signature only
        offer_id, stamp = value.rsplit(self.sep, 1)
        if self.now.timestamp() - signing.b62_decode(stamp) > max_age.total_seconds():
            raise signing.SignatureExpired("Signature age exceeds the maximum")
        return offer_id


def confirm_token(offer, *, now):
    return _OfferSigner(now).sign(str(offer.pk))


def offer_for_token(token, *, now):
    """The offer a confirm link is for; BadToken when it is not valid (any more)."""
    try:
        offer_id = int(_OfferSigner(now).unsign_fresh(token, TOKEN_VALID_FOR))
    except (signing.BadSignature, ValueError) as error:
        raise BadToken(str(error)) from error
    offer = SupportOfferPage.objects.filter(pk=offer_id).first()
    if offer is None:
        raise BadToken("offer gone")
    return offer


def recipient_for(offer):
    return (offer.provider.email or offer.email or "").strip()


def confirm_url(offer, *, now):
    with translation.override("nl"):
        path = reverse("guide:confirm_offer", args=[confirm_token(offer, now=now)])
    return absolute_url(path)


def ask_provider_to_confirm(offer, *, by, now):
    """Mail the provider (or the offer's own address) a link to confirm the offer is
    still right. The mail leaves after the transaction commits; the request is logged
    on the page. Returns the address mailed; NoAddress when there is none."""
    recipient = recipient_for(offer)
    if not recipient:
        raise NoAddress(offer.pk)
    context = {
        "offer": offer,
        "provider": offer.provider,
        "confirm_url": confirm_url(offer, now=now),
        "valid_days": TOKEN_VALID_FOR.days,
        "page_url": absolute_url(offer.url or ""),
    }
    with translation.override("nl"):
        subject = " ".join(
            render_to_string("guide/email/confirm_offer_subject.txt", context).split()
        )
        body = render_to_string("guide/email/confirm_offer.txt", context)
    message = EmailMessage(subject=subject, body=body, to=[recipient])
    with transaction.atomic():
        log(instance=offer, action=ACTION_ASKED, user=by, data={"to": recipient})
        transaction.on_commit(message.send)
    return recipient


def confirm_offer(token, *, now):
    """Record that the provider confirmed the offer: last_checked becomes today.

    The live page and its latest revision must agree, or the next publish would bring
    the old date back:
    - no unpublished changes: the latest revision is what is live, so a new revision
      with today's date is saved and published (by no user; both steps are logged);
    - unpublished changes (an editor's draft, or a page that is not live): publishing
      would put that unfinished draft on the site, so only the field on the page row is
      set. The draft keeps its own date; whoever publishes it sees the date in the form.
    Returns the offer. BadToken when the link is not valid.
    """
    today = timezone.localdate(now)
    with transaction.atomic():
        found = offer_for_token(token, now=now)
        offer = SupportOfferPage.objects.select_for_update().get(pk=found.pk)
        if offer.has_unpublished_changes or not offer.live:
            SupportOfferPage.objects.filter(pk=offer.pk).update(last_checked=today)
            offer.last_checked = today
            log(instance=offer, action=ACTION_CONFIRMED, user=None)
        else:
            offer.last_checked = today
            offer.save_revision(user=None, log_action=True).publish(user=None, log_action=True)
    return offer
