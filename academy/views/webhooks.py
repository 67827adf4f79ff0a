"""Stripe's webhook: the only way an online payment gets confirmed, besides the catch-up
command. Stripe resends anything not answered with 2xx, so the answers matter: 400 for
what will never be right (no or a bad signature, not an event), 503 for "try again"
(webhook not configured yet), 200 once the event is stored. Applying it is a task, so the
answer is quick however many payments arrive at once."""

import json
import logging

import stripe
from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from ..services.stripe_events import MalformedEvent, receive_stripe_event

logger = logging.getLogger(__name__)
# Seconds a signature stays valid (Stripe's own default): an old delivery replayed by
# someone else is refused.
SIGNATURE_TOLERANCE = 300


def _answer(status, **content):
    return JsonResponse(content, status=status)


@csrf_exempt
@require_POST
def stripe_webhook(request):
    secret = settings.STRIPE_WEBHOOK_SECRET
    if not secret:
        logger.error("Stripe webhook called, but STRIPE_WEBHOOK_SECRET is not set")
        return _answer(503, error="webhook not configured")
    body = request.body
    try:
        # Verify only: the event is stored as it came and read when it is applied.
        stripe.WebhookSignature.verify_header(
            body, request.headers.get("Stripe-Signature"), secret, tolerance=SIGNATURE_TOLERANCE
        )
        event = json.loads(body)
    except stripe.SignatureVerificationError:
        logger.warning("Stripe webhook with a missing or bad signature")
        return _answer(400, error="bad signature")
    # Signed, but not a JSON event; RecursionError: nested deeper than json can read.
    except (ValueError, TypeError, AttributeError, RecursionError):
        return _answer(400, error="not an event")
    try:
        outcome = receive_stripe_event(event, source="webhook")
    except MalformedEvent as exc:
        logger.warning("Signed Stripe event we cannot read: %s", exc)
        return _answer(400, error="not an event")
    logger.info("Stripe event %s (%s): %s", event.get("id"), event.get("type"), outcome)
    return _answer(200, outcome=outcome)
