"""Admin for the sociale kaart: the report of offers to check (see guide.admin)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import services
from .admin import ReviewListView, ask_provider


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path("sociale-kaart/nakijken/", ReviewListView.as_view(), name="guide_review"),
        path(
            "sociale-kaart/nakijken/<int:page_id>/vragen/",
            ask_provider,
            name="guide_review_ask",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_review_menu_item():
    return MenuItem(_("Aanbod nakijken"), reverse("guide_review"), icon_name="date", order=900)


@hooks.register("register_log_actions")
def register_review_log_actions(actions):
    actions.register_action(
        services.ACTION_ASKED, _("Aanbieder gevraagd om te bevestigen"), _("Aanbieder gevraagd")
    )
    actions.register_action(
        services.ACTION_CONFIRMED, _("Bevestigd door de aanbieder"), _("Bevestigd")
    )
