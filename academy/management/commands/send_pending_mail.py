from django.core.management.base import BaseCommand

from academy.mailer import FAILED, RETRY, SENT, SKIPPED, send_due_mail


class Command(BaseCommand):
    help = (
        "Send academy e-mails that are still waiting: new ones the background task did not "
        "send, and failed ones whose retry time has come. Safe to run often and in parallel: "
        "a mail is never sent twice. Cron, every 5 minutes: "
        "*/5 * * * *  cd /srv/vmca && .venv/bin/python manage.py send_pending_mail"
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--limit", type=int, default=500, help="At most this many mails per run (default 500)."
        )

    def handle(self, *args, limit, **options):
        outcomes = send_due_mail(limit=limit)
        self.stdout.write(
            f"Sent {outcomes[SENT]}, to retry later {outcomes[RETRY]}, "
            f"given up {outcomes[FAILED]}, taken by another worker {outcomes[SKIPPED]}."
        )
