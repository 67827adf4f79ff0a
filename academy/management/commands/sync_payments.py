import datetime as dt
from collections import Counter

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from academy.payments.gateway import GatewayError, is_test_mode
from academy.payments.stripe import StripeGateway
from academy.services.errors import RegistrationError
from academy.services.payments import pending_events
from academy.services.stripe_events import (
    MalformedEvent,
    apply_stored_event,
    handle_stripe_event,
)


class Command(BaseCommand):
    help = (
        "Catch up on Stripe events the webhook missed (the site was down, a delivery "
        "failed): fetch the payment events of the last hours from Stripe and apply those not "
        "applied yet. Safe to run any time. Cron, every 15 minutes: "
        "*/15 * * * *  cd /srv/vmca && .venv/bin/python manage.py sync_payments"
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--since",
            type=int,
            default=72,
            help="How many hours back to look (default 72; Stripe keeps events 30 days).",
        )

    def handle(self, *args, since, **options):
        self._apply_stored(options["verbosity"])
        if is_test_mode():
            self.stdout.write("Test mode (no STRIPE_SECRET_KEY): there is nothing to sync.")
            return
        if since <= 0:
            raise CommandError("--since must be a number of hours above 0.")
        start = timezone.now() - dt.timedelta(hours=since)
        try:
            events = StripeGateway().recent_events(start)
        except GatewayError as exc:
            raise CommandError(f"Stripe cannot be reached: {exc}") from exc
        counts = Counter()
        for event in events:
            try:
                outcome = handle_stripe_event(event, source="sync")
            except (MalformedEvent, RegistrationError) as exc:
                counts["failed"] += 1
                self.stderr.write(f"{event.get('id')}: not applied ({exc})")
                continue
            counts["duplicate" if outcome == "duplicate" else "applied"] += 1
            if outcome != "duplicate" and options["verbosity"] > 1:
                self.stdout.write(f"{event['id']} {event['type']}: {outcome}")
        self.stdout.write(
            f"{len(events)} event(s) since {since} hour(s) ago: {counts['applied']} applied, "
            f"{counts['duplicate']} already applied, {counts['failed']} failed."
        )

    def _apply_stored(self, verbosity):
        """Events the webhook stored but whose task did not finish (a worker that was down,
        a database that was busy). A minute's grace leaves the running tasks alone."""
        stored = pending_events(older_than=timezone.now() - dt.timedelta(minutes=1))
        counts = Counter(
            apply_stored_event(event_id) for event_id in stored.values_list("event_id", flat=True)
        )
        if counts or verbosity > 1:
            failed = counts.pop("failed", 0)
            self.stdout.write(
                f"Stored events: {sum(counts.values())} applied, {failed} failed again."
            )
