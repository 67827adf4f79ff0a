from collections import Counter

from django.core.management.base import BaseCommand

from academy.services.payments import expire_due_payments


class Command(BaseCommand):
    help = (
        "Online payments whose hold ran out end, and their places go to the waiting list. "
        "Stripe is asked first: a session paid meanwhile counts as paid. Cron, every 5 "
        "minutes: */5 * * * *  cd /srv/vmca && .venv/bin/python manage.py expire_payments"
    )

    def handle(self, *args, **options):
        results = expire_due_payments()
        counts = Counter(results.values())
        summary = ", ".join(f"{outcome}: {count}" for outcome, count in sorted(counts.items()))
        self.stdout.write(f"Handled {len(results)} payment(s) past their hold. {summary}".strip())
        if options["verbosity"] > 1:
            for reference, outcome in results.items():
                self.stdout.write(f"{reference}: {outcome}")
