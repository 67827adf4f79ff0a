from django.core.management.base import BaseCommand
from django.utils import timezone

from volunteering.services.alerts import send_vacancy_alerts


class Command(BaseCommand):
    help = "Mail every confirmed vacancy alert the new vacancies that match it. Cron, weekly."

    def handle(self, *args, **options):
        count = send_vacancy_alerts(timezone.now())
        self.stdout.write(f"Queued {count} vacancy alert mail(s).")
