from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AcademyConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "academy"
    verbose_name = _("Vrijwilligersacademie")

    def ready(self):
        # Sessions reach the agenda and feeds through the calendar registry, and event
        # pages take sign-ups through the registration hook: events never imports us.
        from events.registration import register_registration_provider

        from . import signals  # noqa: F401
        from .calendar_source import register_with_calendar
        from .event_registration import event_registration

        register_with_calendar()
        register_registration_provider(event_registration)
