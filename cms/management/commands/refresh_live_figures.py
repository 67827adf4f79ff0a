from django.core.management.base import BaseCommand, CommandError

from cms.figures import live_figures, local_today, refresh_live_figures


class Command(BaseCommand):
    help = (
        'Work out the live figures of the "De cijfers" block for today (every metric over '
        "every period) and keep them in the cache, so no visitor waits for them. They count "
        "up to and including yesterday in Almere. Nightly, just after midnight (deploy/crontab)."
    )

    def handle(self, *args, **options):
        today = local_today()
        stored, failed = refresh_live_figures(today)
        self.stdout.write(
            f"{stored} live figures of {len(live_figures())} metrics stored for {today:%Y-%m-%d}."
        )
        if failed:
            # The page counts these on demand; the log has the error.
            raise CommandError(f"Not counted (see the log): {', '.join(failed)}")
