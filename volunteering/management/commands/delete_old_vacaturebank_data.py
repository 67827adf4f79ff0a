from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from volunteering.services.retention import delete_old_data


class Command(BaseCommand):
    help = (
        "AVG retention: wipe the person from reactions and delete help requests older than "
        "VOLUNTEERING_RETENTION_MONTHS months (with their mails), and vacancy alerts not "
        "confirmed within 7 days. Cron, daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count; change nothing.")
        parser.add_argument(
            "--months",
            type=int,
            default=None,
            help=f"Months to keep (default {settings.VOLUNTEERING_RETENTION_MONTHS}).",
        )

    def handle(self, *args, dry_run=False, months=None, **options):
        counts = delete_old_data(timezone.now(), months=months, dry_run=dry_run)
        # Reactions lose their person and stay for the figures; the rest goes.
        reactions = counts.pop("reactions")
        summary = ", ".join(f"{count} {name.replace('_', ' ')}" for name, count in counts.items())
        if dry_run:
            self.stdout.write(
                f"Would anonymise {reactions} reactions and delete {summary} (dry run)."
            )
        else:
            self.stdout.write(f"Anonymised {reactions} reactions. Deleted {summary}.")
