"""Organisations in the vacaturebank: the list, and approve / suspend / reinstate."""

import django_filters
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import NoReverseMatch, path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from cms.readonly_admin import ReadOnlyViewSetMixin

from .. import rules
from ..models import OrganisationAccount, OrganisationStatus, Vacancy
from ..services import moderation
from . import access
from .forms import ConfirmForm, ReasonForm

VIEWSET = "vacaturebank_organisaties"


def organisation_url(name, pk):
    return reverse(f"{VIEWSET}:{name}", args=(pk,))


def partner_edit_url(partner):
    try:
        return reverse("wagtailsnippets_cms_partner:edit", args=(partner.pk,))
    except NoReverseMatch:
        return ""


class OrganisationFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=OrganisationStatus.choices)

    class Meta:
        model = OrganisationAccount
        fields = ["status"]


class OrganisationIndexView(IndexView):
    def get_base_queryset(self):
        return OrganisationAccount.objects.select_related("organisation")

    def get_edit_url(self, instance):
        return organisation_url("decide", instance.pk)


class DecideView(access.PermissionRequiredMixin, WagtailAdminTemplateMixin, FormView):
    """The organisation with its details and the actions its status allows."""

    required = (access.VIEW_ORGANISATIONS,)
    template_name = "volunteering/admin/organisation.html"
    form_class = ConfirmForm
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        self.account = get_object_or_404(
            OrganisationAccount.objects.select_related("organisation", "decided_by"),
            pk=kwargs["pk"],
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return str(self.account.organisation)

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse(f"{VIEWSET}:index"), "label": _("Organisaties")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        account = self.account
        now = timezone.now()
        vacancies = Vacancy.objects.filter(organisation=account.organisation)
        context.update(
            account=account,
            organisation=account.organisation,
            partner_edit_url=partner_edit_url(account.organisation),
            may_change=access.may(self.request.user, access.CHANGE_ORGANISATIONS),
            is_pending=account.status == OrganisationStatus.PENDING,
            is_approved=account.status == OrganisationStatus.APPROVED,
            is_suspended=account.status == OrganisationStatus.SUSPENDED,
            vacancy_count=vacancies.count(),
            live_count=vacancies.filter(rules.live_q(now)).count(),
            approve_url=organisation_url("approve", account.pk),
            suspend_url=organisation_url("suspend", account.pk),
            reinstate_url=organisation_url("reinstate", account.pk),
        )
        return context


class ActionView(access.PermissionRequiredMixin, WagtailAdminTemplateMixin, FormView):
    required = (access.CHANGE_ORGANISATIONS,)
    template_name = "volunteering/admin/action.html"
    header_icon = "group"
    form_class = ConfirmForm
    intro = ""
    submit_label = _("Bevestigen")
    danger = False

    def dispatch(self, request, *args, **kwargs):
        self.account = get_object_or_404(
            OrganisationAccount.objects.select_related("organisation"), pk=kwargs["pk"]
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.account.organisation)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            intro=self.intro,
            submit_label=self.submit_label,
            danger=self.danger,
            action_url=self.request.path,
            back_url=organisation_url("decide", self.account.pk),
        )
        return context

    def form_valid(self, form):
        try:
            message = self.perform(form, by=self.request.user, now=timezone.now())
        except moderation.ModerationError as error:
            if error.status == 404:
                raise Http404(str(error.message)) from error
            form.add_error(None, error.message)
            return self.render_to_response(self.get_context_data(form=form), status=error.status)
        messages.success(self.request, message)
        return redirect(organisation_url("decide", self.account.pk))

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)


class ApproveView(ActionView):
    page_title = _("Organisatie goedkeuren")
    submit_label = _("Goedkeuren")
    intro = _("De organisatie kan daarna vacatures plaatsen. Zij krijgt een e-mail.")

    def perform(self, form, *, by, now):
        moderation.approve_organisation(self.account, by=by, now=now)
        return _("De organisatie is goedgekeurd.")


class SuspendView(ActionView):
    page_title = _("Organisatie schorsen")
    submit_label = _("Schorsen")
    danger = True
    form_class = ReasonForm
    intro = _(
        "De vacatures van de organisatie gaan meteen offline. Zij krijgt een e-mail met de reden."
    )

    def perform(self, form, *, by, now):
        moderation.suspend_organisation(
            self.account, reason=form.cleaned_data["reason"], by=by, now=now
        )
        return _("De organisatie is geschorst. Haar vacatures staan niet meer online.")


class ReinstateView(ActionView):
    page_title = _("Schorsing opheffen")
    submit_label = _("Schorsing opheffen")
    intro = _("De vacatures die nog niet verlopen zijn, staan daarna weer online.")

    def perform(self, form, *, by, now):
        moderation.reinstate(self.account, by=by, now=now)
        return _("De schorsing is opgeheven.")


class OrganisationViewSet(ReadOnlyViewSetMixin, ModelViewSet):
    model = OrganisationAccount
    add_to_reference_index = False
    name = VIEWSET
    url_prefix = "vacaturebank/organisaties"
    icon = "group"
    menu_label = _("Organisaties")
    menu_order = 200
    add_to_admin_menu = False
    index_view_class = OrganisationIndexView
    filterset_class = OrganisationFilterSet
    list_display = ["organisation", "status", "requested_at", "decided_at"]
    search_fields = ["organisation__name", "organisation__email"]
    search_backend_name = None
    ordering = "organisation__name"
    list_per_page = 50

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/", DecideView.as_view(), name="decide"),
            path("<int:pk>/goedkeuren/", ApproveView.as_view(), name="approve"),
            path("<int:pk>/schorsen/", SuspendView.as_view(), name="suspend"),
            path("<int:pk>/herstellen/", ReinstateView.as_view(), name="reinstate"),
        ]
