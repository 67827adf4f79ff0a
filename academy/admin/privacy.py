"""Staff answer a person's AVG request: download all their data, or erase it.

Both sit on the participant's admin page and are written to the audit trail. The
download needs the export permission (the same as for participant lists); erasure
needs the delete permission on participants, which only the people who handle
privacy requests get. Other ids, or people the user may not see, answer 404.
"""

import json

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..access import visible_participants
from ..downloads import private
from ..models import Certificate, Invoice
from ..services import accounts, audit

EXPORT_PERMISSION = "academy.export_participants"
ERASE_PERMISSION = "academy.delete_participant"
VIEWSET = "academy_participants"


def participant_url(name, pk):
    return reverse(f"{VIEWSET}:{name}", args=(pk,))


def may_export_person(user):
    return bool(user.is_active and user.has_perm(EXPORT_PERMISSION))


def may_erase_person(user):
    return bool(user.is_active and user.has_perm(ERASE_PERMISSION))


class ParticipantPrivacyMixin:
    permission_check = None

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_check(request.user):
            raise PermissionDenied
        self.participant = get_object_or_404(visible_participants(request.user), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)


class ParticipantDataView(ParticipantPrivacyMixin, View):
    """The same JSON file the person gets in Mijn academie."""

    permission_check = staticmethod(may_export_person)

    def get(self, request, *args, **kwargs):
        data = accounts.export_participant_data(self.participant)
        audit.log_participant_export(self.participant, request.user)
        body = json.dumps(data, ensure_ascii=False, indent=2)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
        stamp = timezone.localdate().strftime("%Y%m%d")
        filename = f"gegevens-deelnemer-{self.participant.pk}-{stamp}.json"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return private(response)


class ParticipantEraseView(ParticipantPrivacyMixin, WagtailAdminTemplateMixin, TemplateView):
    """GET explains what goes and what stays; POST erases."""

    permission_check = staticmethod(may_erase_person)
    template_name = "academy/admin/participant_erase.html"
    page_title = _("Gegevens wissen")
    header_icon = "bin"

    def get_page_subtitle(self):
        return audit.neutral_label(self.participant)

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse(f"{VIEWSET}:index"), "label": _("Deelnemers")},
            {
                "url": participant_url("edit", self.participant.pk),
                "label": str(self.participant),
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        participant = self.participant
        context.update(
            participant=participant,
            already_erased=participant.anonymised is not None,
            registration_count=participant.registrations.count(),
            certificate_count=Certificate.objects.filter(
                registration__participant=participant
            ).count(),
            invoice_count=Invoice.objects.filter(
                payment__registration__participant=participant
            ).count(),
            edit_url=participant_url("edit", participant.pk),
            action_url=self.request.path,
        )
        return context

    def post(self, request, *args, **kwargs):
        if self.participant.anonymised is not None:
            messages.error(request, _("De gegevens van deze deelnemer zijn al gewist."))
            return self.render_to_response(self.get_context_data(), status=409)
        freed = accounts.erase_participant(self.participant, by=request.user)
        message = _("De gegevens van de deelnemer zijn gewist.")
        if freed:
            message = " ".join(
                [
                    str(message),
                    ngettext(
                        "%(count)s plaats is vrijgegeven voor de wachtlijst.",
                        "%(count)s plaatsen zijn vrijgegeven voor de wachtlijst.",
                        freed,
                    )
                    % {"count": freed},
                ]
            )
        messages.success(request, message)
        return redirect(participant_url("edit", self.participant.pk))
