from collections import Counter

from django.core.management.base import BaseCommand

from academy.models import Refund
from academy.services.charges import execute_refund


class Command(BaseCommand):
    help = (
        "Pay out refunds that are booked but not yet sent to Stripe (Stripe was not "
        "reachable). Safe to run any time: Stripe gets the same idempotency key again. "
        "Cron, every 15 minutes: "
        "*/15 * * * *  cd /srv/vmca && .venv/bin/python manage.py retry_refunds"
    )

    def handle(self, *args, **options):
        waiting = Refund.objects.filter(
            status=Refund.Status.PENDING, provider_refund_id__isnull=True
        ).order_by("created", "pk")
        counts = Counter()
        for refund_id in waiting.values_list("pk", flat=True):
            refund = execute_refund(refund_id)
            if refund is None:
                continue
            if refund.status == Refund.Status.PENDING and not refund.provider_refund_id:
                counts["still waiting"] += 1
                self.stderr.write(f"Refund {refund.pk}: {refund.last_error}")
            else:
                counts[refund.get_status_display()] += 1
        summary = ", ".join(f"{label}: {count}" for label, count in sorted(counts.items()))
        self.stdout.write(f"Tried {sum(counts.values())} refund(s). {summary}".strip())
