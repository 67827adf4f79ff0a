from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Agenda")

    def ready(self):
        from .calendar.registry import register_source
        from .sources import EventPageSource

        register_source(EventPageSource())
        from . import signals  # noqa: F401  (connects the signal handlers)
