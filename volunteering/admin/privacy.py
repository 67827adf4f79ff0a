"""'Gegevens van een persoon': staff answer an AVG request of someone who reacted, asked
for help or set up an alert. Find them by e-mail address or phone number, then export
(JSON) or erase (POST after a confirm step). volunteering.services.privacy does the work
and writes the audit entries."""

import json

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..services import privacy
from . import access
from .forms import PersonSearchForm

VIEWSET = "vacaturebank_privacy"


class PersonView(access.PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """GET ?person=...: what we hold. ?export=json: the download. POST: erase (with
    confirm=ja; without it the confirm step is shown)."""

    required = access.PRIVACY_VIEW
    template_name = "volunteering/admin/person.html"
    page_title = _("Gegevens van een persoon")
    header_icon = "user"

    def get(self, request, *args, **kwargs):
        form = PersonSearchForm(request.GET or None)
        person, status = None, 200
        if form.is_bound:
            if form.is_valid():
                try:
                    person = privacy.find_person(form.cleaned_data["person"])
                except privacy.PrivacyError as error:
                    form.add_error("person", error.message)
                    status = 400
            else:
                status = 400
        if person is not None and request.GET.get("export") == "json":
            return self.export(form.cleaned_data["person"])
        return self.render_to_response(self.context(form, person), status=status)

    def context(self, form, person, confirm=False):
        return self.get_context_data(
            form=form,
            person=person,
            confirm=confirm,
            may_erase=access.may(self.request.user, *access.PRIVACY_ERASE),
            action_url=reverse(f"{VIEWSET}:index"),
        )

    def export(self, identifier):
        data = privacy.export_person(identifier, by=self.request.user, now=timezone.now())
        body = json.dumps(data, ensure_ascii=False, indent=2)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
        filename = f"gegevens-vacaturebank-{timezone.localdate():%Y%m%d}.json"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["Cache-Control"] = "private, no-store"
        return response

    def post(self, request, *args, **kwargs):
        if not access.may(request.user, *access.PRIVACY_ERASE):
            return permission_denied(request, PermissionDenied())
        form = PersonSearchForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.context(form, None), status=400)
        identifier = form.cleaned_data["person"]
        try:
            if request.POST.get("confirm") != "ja":
                person = privacy.find_person(identifier)
                return self.render_to_response(self.context(form, person, confirm=True))
            counts = privacy.erase_person(identifier, by=request.user, now=timezone.now())
        except privacy.PrivacyError as error:
            form.add_error("person", error.message)
            return self.render_to_response(self.context(form, None), status=error.status)
        messages.success(
            request,
            _(
                "De gegevens zijn gewist: %(reactions)s reacties, %(help)s hulpvragen "
                "en %(alerts)s attenderingen."
            )
            % {
                "reactions": counts["reacties"],
                "help": counts["hulpvragen"],
                "alerts": counts["attenderingen"],
            },
        )
        return redirect(reverse(f"{VIEWSET}:index"))
