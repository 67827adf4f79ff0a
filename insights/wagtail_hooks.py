"""'Cijfers' in the admin's Reports menu: the dashboard (insights.views), its exports and
the yearly report (insights.report_views). Only for staff with the permission
insights.view_figures, which a group gets in Instellingen > Groepen."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import report_views
from .models import may_view
from .views import DashboardView


@hooks.register("register_admin_urls")
def register_insights_urls():
    return [
        path("cijfers/", DashboardView.as_view(), name="insights_dashboard"),
        path("cijfers/jaarverslag/", report_views.download, name="insights_report"),
    ]


class FiguresMenuItem(MenuItem):
    def is_shown(self, request):
        return may_view(request.user)


@hooks.register("register_reports_menu_item")
def register_insights_menu_item():
    return FiguresMenuItem(
        _("Cijfers"), reverse("insights_dashboard"), icon_name="table", order=905
    )


@hooks.register("register_permissions")
def register_insights_permissions():
    return Permission.objects.filter(content_type__app_label="insights", codename="view_figures")
