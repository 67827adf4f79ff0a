"""manage.py import_wordpress EXPORT.xml: move the old WordPress site in (issue 19).

A progress bar on stderr (plain lines every tenth part when stderr is no terminal, as in
a log), the report on stdout at the end, and with --report also in a file. Bad input (no
such file, not a WordPress export, broken XML, a wrong --category-map, a media folder
that is not there) stops before anything is written, with the Dutch message. Run it by
hand; running it again with a newer export updates what changed.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext

from cms.wordpress.importer import ImportSetupError, import_export
from cms.wordpress.taxonomy import MappingError, parse_mapping
from cms.wordpress.wxr import WXRError

BAR_WIDTH = 30
LABEL_WIDTH = 40


class Command(BaseCommand):
    help = (
        "Import a WordPress export (WXR) with its uploads: posts, pages, images, documents "
        "and a redirect for every old address. Safe to run again. By hand."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", help="The export file of WordPress (Tools → Export).")
        parser.add_argument("--media-dir", help="A copy of wp-content/uploads.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Show what would happen; change nothing."
        )
        parser.add_argument(
            "--category-map",
            default="",
            help='Which categories are blogs or news: "blog-uit-de-wijk=blog,verhalen=blog".',
        )
        parser.add_argument("--report", help="Also write the report to this file.")

    def handle(self, *args, export, media_dir, dry_run, category_map, report, **options):
        path = Path(export)
        if not path.is_file():
            raise CommandError(gettext("Het bestand %(name)s bestaat niet.") % {"name": export})
        if media_dir and not Path(media_dir).is_dir():
            raise CommandError(
                gettext("De map met uploads %(name)s bestaat niet.") % {"name": media_dir}
            )
        try:
            mapping = parse_mapping(category_map)
        except MappingError as error:
            raise CommandError(str(error)) from error
        progress = Progress(self.stderr)
        try:
            result = import_export(
                path,
                media_dir=media_dir or None,
                dry_run=dry_run,
                category_map=mapping,
                progress=progress,
            )
        except (WXRError, ImportSetupError) as error:
            progress.finish()
            raise CommandError(error.message) from error
        progress.finish()
        self.stdout.write(result.as_text(), ending="")
        if report:
            result.write(report)
            self.stderr.write(gettext("Het verslag staat ook in %(file)s.") % {"file": report})
        if result.stopped_at is not None:
            raise CommandError(gettext("De import is gestopt voor het einde. Zie het verslag."))


class Progress:
    """progress(done, total, label): a bar that redraws itself on a terminal, else a line
    at every tenth part."""

    def __init__(self, stream):
        self.stream = stream
        self.tty = stream.isatty()
        self.last_tenth = -1
        self.drawn = False

    def __call__(self, done, total, label):
        if self.tty:
            share = done / total if total else 1
            filled = round(BAR_WIDTH * share)
            label = label[:LABEL_WIDTH].ljust(LABEL_WIDTH)
            bar = "#" * filled + "-" * (BAR_WIDTH - filled)
            self.stream.write(f"\r[{bar}] {share:4.0%} {done}/{total} {label}", ending="")
            self.stream.flush()
            self.drawn = True
            return
        tenth = (10 * done // total) if total else 10
        if tenth != self.last_tenth:
            self.last_tenth = tenth
            self.stream.write(f"{done}/{total} {label}")

    def finish(self):
        if self.drawn:
            self.stream.write("")
            self.drawn = False
