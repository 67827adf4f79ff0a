"""Who sees which editions: in the admin, at check-in and in the attendance services.

Academy staff (anyone who may change editions) see everything. Everyone else with
academy permissions, in practice the group "Trainers", sees only the editions where
their own Person (cms.Person.user) is a trainer, and the registrations and
participants of those editions. Every staff queryset goes through these functions,
so an id from another edition answers 404 instead of showing data.
"""

from django.core.exceptions import PermissionDenied

from .models import Edition, Participant, Registration

SEES_ALL_PERMISSION = "academy.change_edition"

# What each staff action on an edition needs, besides seeing the edition.
ACTION_PERMISSIONS = {
    "register": "academy.add_registration",
    "move": "academy.change_registration",
    "cancel_registration": "academy.change_registration",
    "mail": "academy.change_edition",
    "cancel_edition": "academy.change_edition",
    "export": "academy.export_participants",
    "attendance": "academy.take_attendance",
    "issue_certificates": "academy.issue_certificate",
    "revoke_certificate": "academy.revoke_certificate",
    "view_certificates": "academy.view_certificate",
    "accreditation_export": "academy.export_participants",
    "complete_edition": "academy.change_edition",
}


def sees_all(user):
    return bool(user.is_active and (user.is_superuser or user.has_perm(SEES_ALL_PERMISSION)))


def may(user, action):
    return bool(user.is_active and user.has_perm(ACTION_PERMISSIONS[action]))


def require(user, action):
    if not may(user, action):
        raise PermissionDenied


def _own_edition_ids(user):
    return Edition.trainers.through.objects.filter(person__user_id=user.pk).values("edition_id")


def visible_editions(user, queryset=None):
    queryset = Edition.objects.all() if queryset is None else queryset
    if sees_all(user):
        return queryset
    if not user.is_authenticated:
        return queryset.none()
    return queryset.filter(pk__in=_own_edition_ids(user))


def visible_registrations(user, queryset=None):
    queryset = Registration.objects.all() if queryset is None else queryset
    if sees_all(user):
        return queryset
    if not user.is_authenticated:
        return queryset.none()
    return queryset.filter(edition_id__in=_own_edition_ids(user))


def visible_participants(user, queryset=None):
    queryset = Participant.objects.all() if queryset is None else queryset
    if sees_all(user):
        return queryset
    if not user.is_authenticated:
        return queryset.none()
    in_own_editions = Registration.objects.filter(edition_id__in=_own_edition_ids(user))
    return queryset.filter(pk__in=in_own_editions.values("participant_id"))
