"""Everything in Mijn organisatie is looked up through the signed-in person's memberships:
another organisation's profile, vacancy or reaction answers 404, exactly like one that
does not exist."""

from django.http import Http404

from cms.models import Partner

from ..models import Membership, Reaction, Vacancy


def my_organisations(user):
    return (
        Partner.objects.filter(memberships__user=user)
        .select_related("vacancy_account", "wijk")
        .order_by("name", "pk")
    )


def has_membership(user):
    return user.is_authenticated and Membership.objects.filter(user=user).exists()


def organisation_or_404(user, organisation_id):
    organisation = my_organisations(user).filter(pk=organisation_id).first()
    if organisation is None:
        raise Http404
    return organisation


def vacancy_or_404(user, vacancy_id):
    vacancy = (
        Vacancy.objects.filter(pk=vacancy_id, organisation__memberships__user=user)
        .select_related("organisation__vacancy_account", "wijk")
        .first()
    )
    if vacancy is None:
        raise Http404
    return vacancy


def reaction_or_404(user, reaction_id):
    reaction = (
        Reaction.objects.filter(pk=reaction_id, vacancy__organisation__memberships__user=user)
        .select_related("vacancy__organisation")
        .first()
    )
    if reaction is None:
        raise Http404
    return reaction


def membership_or_404(organisation, membership_id):
    membership = (
        Membership.objects.filter(pk=membership_id, organisation=organisation)
        .select_related("user")
        .first()
    )
    if membership is None:
        raise Http404
    return membership
