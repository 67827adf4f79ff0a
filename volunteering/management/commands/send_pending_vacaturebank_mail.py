from django.core.management.base import BaseCommand

from volunteering.mail import send_due


class Command(BaseCommand):
    help = (
        "Send vacaturebank e-mails that are still waiting: new ones the background task did "
        "not send, and failed ones whose retry time has come. Safe to run often and in "
        "parallel: a mail is never sent twice."
    )

    def handle(self, *args, **options):
        outcomes = send_due()
        self.stdout.write(
            f"Sent {outcomes['sent']}, to retry later {outcomes['retry']}, "
            f"given up {outcomes['failed']}, taken by another worker {outcomes['skipped']}."
        )
