"""The 'Vacaturebank' menu: controle, plaatsen, organisaties, vacatures, reacties (and the
unanswered ones), hulpvragen and a person's data."""

from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup

from . import access, listings, moderation, organisations, privacy


class _StaffViewSet(ViewSet):
    """A menu entry with views of our own, shown only with `permissions`."""

    permissions = ()

    @cached_property
    def menu_item_class(self):
        return access.menu_item_class(*self.permissions)


class ModerationViewSet(_StaffViewSet):
    name = moderation.VIEWSET
    url_prefix = "vacaturebank/controle"
    icon = "tasks"
    menu_label = _("Controle")
    menu_order = 100
    permissions = (access.CHANGE_VACANCIES,)

    def get_urlpatterns(self):
        return [
            path("", moderation.QueueView.as_view(), name="index"),
            path("vacature/<int:pk>/", moderation.CheckVacancyView.as_view(), name="vacancy"),
            path("wijziging/<int:pk>/", moderation.CheckChangeView.as_view(), name="change"),
        ]


class PostOnBehalfViewSet(_StaffViewSet):
    name = "vacaturebank_plaatsen"
    url_prefix = "vacaturebank/plaatsen"
    icon = "plus"
    menu_label = _("Plaats voor een organisatie")
    menu_order = 150
    permissions = (access.CHANGE_VACANCIES,)

    def get_urlpatterns(self):
        return [path("", moderation.PostOnBehalfView.as_view(), name="index")]


class UnansweredViewSet(_StaffViewSet):
    """A menu entry for the reactions list filtered to the unanswered ones."""

    name = "vacaturebank_onbeantwoord"
    icon = "warning"
    menu_label = _("Onbeantwoord")
    menu_order = 450
    permissions = (access.VIEW_REACTIONS,)

    @property
    def menu_url(self):
        return listings.unanswered_url()

    def get_urlpatterns(self):
        return []


class PrivacyViewSet(_StaffViewSet):
    name = privacy.VIEWSET
    url_prefix = "vacaturebank/persoon"
    icon = "user"
    menu_label = _("Gegevens van een persoon")
    menu_order = 600
    permissions = access.PRIVACY_VIEW

    def get_urlpatterns(self):
        return [path("", privacy.PersonView.as_view(), name="index")]


class VacaturebankViewSetGroup(ViewSetGroup):
    menu_label = _("Vacaturebank")
    menu_icon = "clipboard-list"
    menu_order = 260
    items = (
        ModerationViewSet,
        PostOnBehalfViewSet,
        organisations.OrganisationViewSet,
        listings.VacancyViewSet,
        listings.ReactionViewSet,
        UnansweredViewSet,
        listings.HelpRequestViewSet,
        PrivacyViewSet,
    )
