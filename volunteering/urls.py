"""Mijn organisatie (inside the language prefix: /... and /en/...). The public vacaturebank
pages are routes of VacancyIndexPage (models/pages.py).

Pages about one organisation carry its id; a vacancy or a reaction is found by its own id
(through the person's memberships), so a link in a mail needs nothing else."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from .organisations import reaction_views, vacancy_views, views

app_name = "volunteering"

urlpatterns = [
    path(_("mijn-organisatie/"), views.mine, name="mine"),
    path(_("mijn-organisatie/aanmelden/"), views.sign_up, name="sign_up"),
    path(_("mijn-organisatie/<int:organisation_id>/"), views.dashboard, name="dashboard"),
    path(_("mijn-organisatie/<int:organisation_id>/gegevens/"), views.profile, name="profile"),
    path(_("mijn-organisatie/<int:organisation_id>/beheerders/"), views.members, name="members"),
    path(
        _("mijn-organisatie/<int:organisation_id>/beheerders/<int:membership_id>/verwijderen/"),
        views.member_remove,
        name="member_remove",
    ),
    path(
        _("mijn-organisatie/<int:organisation_id>/vacatures/"),
        vacancy_views.vacancies,
        name="vacancies",
    ),
    path(
        _("mijn-organisatie/<int:organisation_id>/vacatures/nieuw/"),
        vacancy_views.vacancy_new,
        name="vacancy_new",
    ),
    path(
        _("mijn-organisatie/vacatures/<int:vacancy_id>/wijzigen/"),
        vacancy_views.vacancy_edit,
        name="vacancy_edit",
    ),
    path(
        _("mijn-organisatie/vacatures/<int:vacancy_id>/indienen/"),
        vacancy_views.vacancy_submit,
        name="vacancy_submit",
    ),
    path(
        _("mijn-organisatie/vacatures/<int:vacancy_id>/sluiten/"),
        vacancy_views.vacancy_close,
        name="vacancy_close",
    ),
    path(
        _("mijn-organisatie/vacatures/<int:vacancy_id>/verlengen/"),
        vacancy_views.vacancy_renew,
        name="vacancy_renew",
    ),
    path(
        _("mijn-organisatie/vacatures/<int:vacancy_id>/reacties/"),
        reaction_views.reactions,
        name="reactions",
    ),
    path(
        _("mijn-organisatie/reacties/<int:reaction_id>/status/"),
        reaction_views.reaction_status,
        name="reaction_status",
    ),
]
