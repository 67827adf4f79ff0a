"""Issue the certificates of one edition here and now, with a progress bar on stderr.

Running it again continues where it stopped: whoever holds a valid certificate is
skipped. --resume picks up the edition's unfinished run (its worker died) instead of
starting a new one.
"""

from django.core.management.base import BaseCommand, CommandError

from academy.models import CertificateRun, Edition
from academy.services import certificates as services

BAR_WIDTH = 30


def progress_line(run):
    """'123/500 [#######.......] 24 uitgegeven, 1 overgeslagen, 0 mislukt'."""
    total = run.total or 0
    done = min(run.processed, total)
    filled = round(BAR_WIDTH * done / total) if total else BAR_WIDTH
    bar = "#" * filled + "." * (BAR_WIDTH - filled)
    return (
        f"{done}/{total} [{bar}] {run.issued} uitgegeven, "
        f"{run.skipped} overgeslagen, {run.failed} mislukt"
    )


class Command(BaseCommand):
    help = "Geef de certificaten van een editie uit (wie de training heeft afgerond)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--edition", type=int, required=True, help="Het nummer (id) van de editie."
        )
        parser.add_argument(
            "--resume",
            action="store_true",
            help="Ga verder met de onafgemaakte uitgifte van deze editie.",
        )

    def handle(self, *args, edition, resume, **options):
        found = Edition.objects.filter(pk=edition).first()
        if found is None:
            raise CommandError(f"Editie {edition} bestaat niet.")
        run = self._pick_run(found, resume)
        interactive = self.stderr.isatty()

        def show(current):
            line = progress_line(current)
            if interactive:
                self.stderr.write("\r" + line, ending="")
                self.stderr.flush()
            elif current.processed == current.total or current.processed % 50 == 0:
                self.stderr.write(line)

        run = services.run_certificates(run, progress=show)
        if interactive:
            self.stderr.write("")
        if run.status == CertificateRun.Status.FAILED:
            raise CommandError(f"Gestopt: {run.last_error}")
        if run.status != CertificateRun.Status.DONE:
            raise CommandError("Er loopt al een uitgifte voor deze editie. Wacht tot die klaar is.")
        self.stdout.write(
            f"Klaar: {run.issued} uitgegeven, {run.skipped} overgeslagen, {run.failed} mislukt."
        )
        if run.failed:
            self.stdout.write(f"Laatste fout: {run.last_error}")

    def _pick_run(self, edition, resume):
        if resume:
            unfinished = (
                CertificateRun.objects.filter(edition=edition)
                .exclude(status=CertificateRun.Status.DONE)
                .order_by("-created", "-pk")
                .first()
            )
            if unfinished is not None:
                if not (
                    unfinished.status == CertificateRun.Status.FAILED
                    or services.is_stale(unfinished)
                ):
                    raise CommandError(
                        "De laatste uitgifte van deze editie loopt nog. Wacht tot die klaar is."
                    )
                return unfinished
        elif services.active_run(edition) is not None:
            raise CommandError(
                "Er loopt al een uitgifte voor deze editie. Wacht tot die klaar is, "
                "of gebruik --resume als die is vastgelopen."
            )
        return services.start_certificate_run(edition, by=None, enqueue=False)
