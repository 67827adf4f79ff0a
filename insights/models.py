"""insights keeps no data of its own: every figure is counted from the other apps' tables.

The one model holds the permission to see VMCA's internal figures (the dashboard, its
exports and the yearly report); its table stays empty. A group gets the permission in
Instellingen > Groepen ("Cijfers" group in the demo).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

VIEW_PERMISSION = "insights.view_figures"


class Figures(models.Model):
    class Meta:
        default_permissions = ()
        permissions = [("view_figures", _("Mag de cijfers van VMCA zien en downloaden"))]
        verbose_name = _("cijfers")
        verbose_name_plural = _("cijfers")

    def __str__(self):
        return str(self._meta.verbose_name)


def may_view(user):
    return bool(user.is_active and user.has_perm(VIEW_PERMISSION))
