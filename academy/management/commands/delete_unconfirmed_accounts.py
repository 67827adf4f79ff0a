from django.conf import settings
from django.core.management.base import BaseCommand

from academy.services.accounts import delete_unconfirmed_accounts


class Command(BaseCommand):
    help = (
        "AVG: delete accounts whose address was never confirmed (a sign-in code asked for "
        "and never entered), older than ACCOUNT_UNCONFIRMED_DAYS days. Cron, daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count; change nothing.")
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help=f"Days to wait for the code (default {settings.ACCOUNT_UNCONFIRMED_DAYS}).",
        )

    def handle(self, *args, dry_run=False, days=None, **options):
        count = delete_unconfirmed_accounts(days=days, dry_run=dry_run)
        if dry_run:
            self.stdout.write(f"Would delete {count} unconfirmed account(s) (dry run).")
        else:
            self.stdout.write(f"Deleted {count} unconfirmed account(s).")
