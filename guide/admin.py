"""Admin for checking the sociale kaart: "Aanbod nakijken" in the Reports menu lists the
offers due for review (guide.review) and asks a provider to confirm (guide.services)."""

from django.contrib import messages
from django.http import HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cms.spreadsheets import csv_response

from . import services
from .models import SupportOfferPage
from .review import due_for_review_q, review_months


def due_offers(now):
    return (
        SupportOfferPage.objects.filter(due_for_review_q(now))
        .select_related("provider")
        .order_by("last_checked", "title")
    )


class ReviewListView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "guide/admin/review_list.html"
    page_title = gettext_lazy("Aanbod nakijken")
    header_icon = "date"

    def get(self, request, *args, **kwargs):
        if request.GET.get("export") == "csv":
            return self.export(timezone.now())
        return super().get(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context["rows"] = [
            {
                "offer": offer,
                "can_edit": offer.permissions_for_user(user).can_edit(),
                "recipient": services.recipient_for(offer),
            }
            for offer in due_offers(timezone.now())
        ]
        context["months"] = review_months()
        context["export_url"] = reverse("guide_review") + "?export=csv"
        return context

    def export(self, now):
        headings = [_("Aanbod"), _("Aanbieder"), _("E-mailadres"), _("Laatst gecontroleerd")]
        rows = (
            [offer.title, offer.provider.name, services.recipient_for(offer), offer.last_checked]
            for offer in due_offers(now)
        )
        return csv_response("aanbod-nakijken.csv", headings, rows)


@require_POST
def ask_provider(request, page_id):
    offer = get_object_or_404(SupportOfferPage, pk=page_id)
    if not offer.permissions_for_user(request.user).can_edit():
        # Not PermissionDenied: the admin turns that into a redirect to the dashboard.
        return HttpResponseForbidden(_("U mag dit aanbod niet bewerken."))
    try:
        recipient = services.ask_provider_to_confirm(offer, by=request.user, now=timezone.now())
    except services.NoAddress:
        messages.error(
            request,
            _("Er is geen e-mailadres van %(title)s of de aanbieder. Vul het eerst in.")
            % {"title": offer.title},
        )
    else:
        messages.success(
            request,
            _("De e-mail aan %(email)s is verstuurd.") % {"email": recipient},
        )
    return redirect("guide_review")
