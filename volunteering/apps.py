from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from cms.search_sources import register_search_source


class VolunteeringConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "volunteering"
    verbose_name = _("Vacaturebank")

    def ready(self):
        from . import signals  # noqa: F401
        from .search_source import vacancy_search_source

        register_search_source(vacancy_search_source)
