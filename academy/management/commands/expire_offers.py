from django.core.management.base import BaseCommand

from academy.services.registration import expire_offers


class Command(BaseCommand):
    help = (
        "Offers of a free place that nobody answered in time expire; the place goes to the "
        "next person on the waiting list (who gets an e-mail). Cron, every 5 minutes: "
        "*/5 * * * *  cd /srv/vmca && .venv/bin/python manage.py expire_offers"
    )

    def handle(self, *args, **options):
        count = expire_offers()
        self.stdout.write(f"Expired {count} offer(s); freed places offered to the waiting list.")
