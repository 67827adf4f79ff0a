"""Admin for the sociale kaart and the wegwijzer: the report of offers to check (see
guide.admin), the wegwijzer's anonymous counts (guide.admin_counts) and its call-back
requests, "Bel-mij-verzoeken" (guide.admin_callbacks)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import callbacks, services
from .admin import ReviewListView, ask_provider
from .admin_callbacks import CallbackRequestViewSet
from .admin_counts import CountsReportView, may_view


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path("sociale-kaart/nakijken/", ReviewListView.as_view(), name="guide_review"),
        path(
            "sociale-kaart/nakijken/<int:page_id>/vragen/",
            ask_provider,
            name="guide_review_ask",
        ),
        path("wegwijzer/cijfers/", CountsReportView.as_view(), name="guide_counts"),
    ]


@hooks.register("register_reports_menu_item")
def register_review_menu_item():
    return MenuItem(_("Aanbod nakijken"), reverse("guide_review"), icon_name="date", order=900)


class CountsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_view(request.user)


@hooks.register("register_reports_menu_item")
def register_counts_menu_item():
    return CountsMenuItem(
        _("Wegwijzer in cijfers"), reverse("guide_counts"), icon_name="table", order=910
    )


@hooks.register("register_log_actions")
def register_review_log_actions(actions):
    actions.register_action(
        services.ACTION_ASKED, _("Aanbieder gevraagd om te bevestigen"), _("Aanbieder gevraagd")
    )
    actions.register_action(
        services.ACTION_CONFIRMED, _("Bevestigd door de aanbieder"), _("Bevestigd")
    )


@hooks.register("register_admin_viewset")
def register_callback_admin():
    return CallbackRequestViewSet()


@hooks.register("register_log_actions")
def register_callback_log_actions(actions):
    actions.register_action(
        callbacks.CALLBACK_UPDATED,
        _("Bel-mij-verzoek bijgewerkt"),
        _("Een medewerker heeft het bel-mij-verzoek bijgewerkt"),
    )
