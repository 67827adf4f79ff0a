from django.core.management.base import BaseCommand

from cms.cache import bump_content_version


class Command(BaseCommand):
    help = (
        "Make every cached page and fragment stale, in every process that shares the cache. "
        "Run it after deploy/restore, or after changing content in the database by hand: "
        "the cache (Redis) may still hold pages of the old content. By hand."
    )

    def handle(self, *args, **options):
        bump_content_version()
        self.stdout.write("Page cache emptied: the next request of each page is built afresh.")
