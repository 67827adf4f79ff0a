from django.core.management.base import BaseCommand
from django.utils import timezone

from volunteering.services.reactions import send_reaction_reminders


class Command(BaseCommand):
    help = (
        "Remind organisations (once) of reactions they have not answered within "
        "VOLUNTEERING_REACTION_ANSWER_DAYS working days. Cron, daily."
    )

    def handle(self, *args, **options):
        count = send_reaction_reminders(timezone.now())
        self.stdout.write(f"Sent reminders for {count} reaction(s).")
