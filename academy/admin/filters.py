"""Filters for the academy listings in the admin."""

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from cms.models import Wijk

from ..access import visible_editions
from ..models import (
    CoursePage,
    Edition,
    EditionStatus,
    OutgoingMail,
    Participant,
    ParticipantType,
    Registration,
    RegistrationStatus,
)


def _editions_for(request):
    if request is None:
        return Edition.objects.none()
    return visible_editions(request.user).select_related("course", "event_page")


class EditionFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=EditionStatus.choices)
    course = django_filters.ModelChoiceFilter(
        label=_("Training"), queryset=CoursePage.objects.order_by("title")
    )
    when = django_filters.ChoiceFilter(
        label=_("Wanneer"),
        choices=[("upcoming", _("Nog te komen")), ("past", _("Voorbij"))],
        method="filter_when",
    )

    class Meta:
        model = Edition
        fields = ["status", "course"]

    def filter_when(self, queryset, name, value):
        now = timezone.now()
        if value == "upcoming":
            return queryset.filter(first_start__gt=now)
        if value == "past":
            return queryset.filter(first_start__lte=now)
        return queryset


class RegistrationFilterSet(WagtailFilterSet):
    edition = django_filters.ModelChoiceFilter(label=_("Editie"), queryset=_editions_for)
    status = django_filters.ChoiceFilter(label=_("Status"), choices=RegistrationStatus.choices)
    participant_type = django_filters.ChoiceFilter(
        label=_("Soort deelnemer"), choices=ParticipantType.choices
    )
    wijk = django_filters.ModelChoiceFilter(
        label=_("Wijk van de deelnemer"),
        field_name="participant__wijk",
        queryset=Wijk.objects.order_by("name"),
    )

    class Meta:
        model = Registration
        fields = ["edition", "status", "participant_type"]


class ParticipantFilterSet(WagtailFilterSet):
    participant_type = django_filters.ChoiceFilter(
        label=_("Soort deelnemer"), choices=ParticipantType.choices
    )
    wijk = django_filters.ModelChoiceFilter(label=_("Wijk"), queryset=Wijk.objects.order_by("name"))

    class Meta:
        model = Participant
        fields = ["participant_type", "wijk"]


class OutgoingMailFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=OutgoingMail.Status.choices)

    class Meta:
        model = OutgoingMail
        fields = ["status"]
