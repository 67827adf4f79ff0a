"""Mail organisations a week before a vacancy expires (once per expiry date). Run daily."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from volunteering.services.vacancies import send_expiry_reminders


class Command(BaseCommand):
    help = "Stuur organisaties een herinnering als een vacature binnenkort verloopt."

    def handle(self, *args, **options):
        sent = send_expiry_reminders(timezone.now())
        self.stdout.write(f"{sent} reminder(s) queued")
