from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from cms.figures import register_live_figure
from cms.search_sources import register_search_source


def _total_matches(now):
    from .figures import total_matches

    return total_matches(now)


class VolunteeringConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "volunteering"
    verbose_name = _("Vacaturebank")

    def ready(self):
        from . import signals  # noqa: F401
        from .search_source import vacancy_search_source

        register_search_source(vacancy_search_source)
        register_live_figure(
            "vacaturebank-matches",
            _("Live: aantal matches via de vacaturebank"),
            _total_matches,
        )
