from django.core.management.base import BaseCommand

from cms.wordpress.runs import EXPORT_KEPT_DAYS, forget_old_exports


class Command(BaseCommand):
    help = (
        "AVG retention: delete the WordPress export files kept for a stopped or failed import "
        f"started in the admin, {EXPORT_KEPT_DAYS} days after it began. Cron, daily."
    )

    def handle(self, *args, **options):
        count = forget_old_exports()
        self.stdout.write(f"Deleted {count} WordPress export file(s).")
