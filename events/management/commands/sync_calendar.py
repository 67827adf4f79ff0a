from django.core.management.base import BaseCommand

from events.calendar.registry import registered_sources


class Command(BaseCommand):
    help = (
        "Bring the calendar store up to date with every source (events, academy). "
        "Run it after changing the site's address, and nightly from cron as a safety net."
    )

    def handle(self, *args, **options):
        for source in registered_sources():
            source.sync_all()
            self.stdout.write(f"{source.key}: bijgewerkt")
