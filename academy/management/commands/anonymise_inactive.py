from django.conf import settings
from django.core.management.base import BaseCommand

from academy.services.retention import anonymise_inactive


class Command(BaseCommand):
    help = (
        "AVG retention: anonymise participants without any activity for "
        "ACADEMY_RETENTION_YEARS years (default 2). Registrations, certificates and "
        "invoices stay. Cron, daily: "
        "30 3 * * *  cd /srv/vmca && .venv/bin/python manage.py anonymise_inactive"
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count; change nothing.")
        parser.add_argument(
            "--years",
            type=int,
            default=None,
            help=f"Years without activity (default {settings.ACADEMY_RETENTION_YEARS}).",
        )

    def handle(self, *args, dry_run=False, years=None, **options):
        count = anonymise_inactive(years=years, dry_run=dry_run)
        if dry_run:
            self.stdout.write(f"Would anonymise {count} participant(s) (dry run).")
        else:
            self.stdout.write(f"Anonymised {count} participant(s).")
