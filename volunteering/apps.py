from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VolunteeringConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "volunteering"
    verbose_name = _("Vacaturebank")

    def ready(self):
        from . import signals  # noqa: F401
