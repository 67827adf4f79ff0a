from django.core.management.base import BaseCommand
from django.utils import timezone

from guide.callbacks import delete_old_callback_requests, retention_days


class Command(BaseCommand):
    help = (
        "AVG retention: wipe the person from wegwijzer call-back requests ('Bel mij') older "
        "than GUIDE_CALLBACK_RETENTION_DAYS days, whatever their status; the anonymous rest "
        "stays for the figures. Cron, daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count; change nothing.")

    def handle(self, *args, dry_run=False, **options):
        count = delete_old_callback_requests(timezone.now(), dry_run=dry_run)
        days = retention_days()
        if dry_run:
            self.stdout.write(
                f"Would anonymise {count} call-back requests older than {days} days (dry run)."
            )
        else:
            self.stdout.write(f"Anonymised {count} call-back requests older than {days} days.")
