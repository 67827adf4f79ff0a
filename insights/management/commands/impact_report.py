"""Write the yearly impact report of one year to a file: PDF or XLSX, by its extension.

manage.py impact_report --year 2026 --output jaarverslag-2026.pdf
"""

import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone, translation

from insights import report

EXTENSIONS = {".pdf": report.PDF, ".xlsx": report.XLSX}


class Command(BaseCommand):
    help = "Maak het jaarverslag met de cijfers van een jaar, als PDF of als XLSX."

    def add_arguments(self, parser):
        parser.add_argument(
            "--year", type=int, required=True, help="Het jaar van het verslag, bijvoorbeeld 2026."
        )
        parser.add_argument(
            "--output",
            required=True,
            help="Het bestand om te schrijven; eindigt op .pdf of .xlsx.",
        )

    def handle(self, *args, year, output, **options):
        path = Path(output)
        fmt = EXTENSIONS.get(path.suffix.lower())
        if fmt is None:
            raise CommandError(
                f"Het bestand {output} moet eindigen op .pdf of .xlsx. Kies een andere naam."
            )
        if not path.parent.is_dir():
            raise CommandError(f"De map {path.parent} bestaat niet.")
        now = timezone.now()
        with translation.override(settings.LANGUAGE_CODE):
            try:
                year = report.parse_year(year, now)
            except report.BadRequest as error:
                raise CommandError(str(error)) from None
            started = time.perf_counter()
            made = report.make_report(year, fmt, now)
        path.write_bytes(made.data)
        seconds = f"{time.perf_counter() - started:.1f}".replace(".", ",")
        self.stdout.write(
            f"Jaarverslag {year} geschreven naar {path.resolve()} in {seconds} seconden "
            f"({max(1, len(made.data) // 1024)} kB)."
        )
