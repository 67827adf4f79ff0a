from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from cms.figures import register_live_figure


def _walks_this_year(now):
    from .counts import walks_this_year

    return walks_this_year(now)


class GuideConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "guide"
    verbose_name = _("Wegwijzer en sociale kaart")

    def ready(self):
        register_live_figure(
            "wegwijzer-paden-dit-jaar", _("Wegwijzer: paden gelopen dit jaar"), _walks_this_year
        )
