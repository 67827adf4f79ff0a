import datetime as dt

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from academy import notifications
from academy.models import EditionStatus, Registration, RegistrationStatus


def due_reminders(now):
    """Confirmed places in editions that start within ACADEMY_REMINDER_DAYS and not yet reminded."""
    horizon = now + dt.timedelta(days=getattr(settings, "ACADEMY_REMINDER_DAYS", 2))
    return (
        Registration.objects.filter(
            status=RegistrationStatus.CONFIRMED,
            edition__first_start__gt=now,
            edition__first_start__lte=horizon,
        )
        .exclude(edition__status=EditionStatus.CANCELLED)
        .exclude(mails__kind="reminder")
        .select_related("edition__course__locale", "edition__event_page__locale", "participant")
        .order_by("edition__first_start", "pk")
    )


class Command(BaseCommand):
    help = (
        "Send a reminder to everyone with a place in a training that starts within "
        "ACADEMY_REMINDER_DAYS days (default 2). Each person gets one reminder per "
        "registration, however often this runs. Cron, daily at 09:00: "
        "0 9 * * *  cd /srv/vmca && .venv/bin/python manage.py send_reminders"
    )

    def handle(self, *args, **options):
        queued = without_email = 0
        for registration in due_reminders(timezone.now()):
            if not registration.participant.email:
                without_email += 1
                continue
            # One transaction per mail: the send task runs when it commits.
            with transaction.atomic():
                if notifications.session_reminder(registration) is not None:
                    queued += 1
        self.stdout.write(
            f"Reminders queued: {queued}. Without an e-mail address (call them): {without_email}."
        )
