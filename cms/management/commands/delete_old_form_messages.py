from django.conf import settings
from django.core.management.base import BaseCommand

from cms.retention import delete_old_form_submissions


class Command(BaseCommand):
    help = (
        "AVG retention: delete messages sent through the site's forms (the contact form) "
        "older than CONTACT_RETENTION_MONTHS months. Cron, daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count; change nothing.")
        parser.add_argument(
            "--months",
            type=int,
            default=None,
            help=f"Months to keep a message (default {settings.CONTACT_RETENTION_MONTHS}).",
        )

    def handle(self, *args, dry_run=False, months=None, **options):
        count = delete_old_form_submissions(months=months, dry_run=dry_run)
        if dry_run:
            self.stdout.write(f"Would delete {count} form message(s) (dry run).")
        else:
            self.stdout.write(f"Deleted {count} form message(s).")
