"""The moderation queue and the check of one vacancy or change: thin views over
volunteering.services.moderation."""

import datetime as dt

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cms.models import Wijk

from .. import links
from ..models import ChangeStatus, Vacancy, VacancyChange, VacancyStatus
from ..models.choices import MODERATION_CRITERIA
from ..presentation import day_names, day_part_names
from ..services import moderation
from ..services.vacancies import MANY_FIELDS
from . import access
from .forms import APPROVE, CheckForm, PostOnBehalfForm

VIEWSET = "vacaturebank_controle"

# The fields staff read when they check, in the order of the form organisations fill in.
SHOWN_FIELDS = [
    "title",
    "summary",
    "tasks",
    "offer",
    "commitment",
    "hours_per_week",
    "days",
    "day_parts",
    "places",
    "street_address",
    "postcode",
    "wijk",
    "remote",
    "themes",
    "audiences",
    "training",
    "expense_allowance",
    "vog",
    "for_young_people",
    "little_dutch",
    "guidance",
    "contact_name",
    "contact_email",
    "contact_phone",
    "start_date",
    "end_date",
]


def queue_url():
    return reverse(f"{VIEWSET}:index")


def _label(name):
    return Vacancy._meta.get_field(name).verbose_name


def _shown(name, value):
    """A field's value as staff read it; `value` as stored on the model or in a change."""
    field = Vacancy._meta.get_field(name)
    if value in (None, "", []):
        return "–"
    if name in MANY_FIELDS:
        if hasattr(value, "all"):
            return ", ".join(str(item) for item in value.all())
        return ", ".join(str(item) for item in MANY_FIELDS[name].objects.filter(pk__in=value))
    if name == "wijk":
        wijk = value if hasattr(value, "pk") else Wijk.objects.filter(pk=value).first()
        return str(wijk) if wijk else "–"
    if name == "days":
        return ", ".join(str(day) for day in day_names(value)) or "–"
    if name == "day_parts":
        return ", ".join(str(part) for part in day_part_names(value)) or "–"
    if field.choices:
        return str(dict(field.choices).get(value, value))
    if isinstance(value, bool):
        return _("ja") if value else _("nee")
    if name in ("start_date", "end_date"):
        if isinstance(value, str):
            value = dt.date.fromisoformat(value)
        return date_format(value, "j F Y")
    return str(value)


def vacancy_rows(vacancy):
    return [
        {"label": _label(name), "value": _shown(name, getattr(vacancy, name))}
        for name in SHOWN_FIELDS
    ]


def change_rows(change):
    """Old and new value of every field the change holds; changed ones marked."""
    rows = []
    for name in SHOWN_FIELDS:
        if name not in change.data:
            continue
        old = _shown(name, getattr(change.vacancy, name))
        new = _shown(name, change.data[name])
        rows.append({"label": _label(name), "old": old, "new": new, "changed": old != new})
    return rows


class QueueView(access.PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    required = (access.CHANGE_VACANCIES,)
    template_name = "volunteering/admin/queue.html"
    page_title = _("Controle van vacatures")
    header_icon = "tasks"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        items = []
        for since, kind, item in moderation.queue_items():
            if kind == "vacancy":
                url = reverse(f"{VIEWSET}:vacancy", args=(item.pk,))
                vacancy = item
            else:
                url = reverse(f"{VIEWSET}:change", args=(item.pk,))
                vacancy = item.vacancy
            items.append(
                {"since": since, "kind": kind, "vacancy": vacancy, "url": url, "item": item}
            )
        context["items"] = items
        return context


class CheckView(access.PermissionRequiredMixin, WagtailAdminTemplateMixin, FormView):
    """Shows what to check and the checklist; "Goedkeuren" or "Terugsturen met reden"."""

    required = (access.CHANGE_VACANCIES,)
    form_class = CheckForm
    template_name = "volunteering/admin/check.html"
    header_icon = "tasks"

    def get_breadcrumbs_items(self):
        return [
            {"url": queue_url(), "label": _("Controle van vacatures")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_initial(self):
        return {"decision": APPROVE}

    def decide(self, form):
        raise NotImplementedError

    def form_valid(self, form):
        try:
            message = self.decide(form)
        except moderation.ModerationError as error:
            if error.status == 404:
                raise Http404(str(error.message)) from error
            form.add_error(None, error.message)
            return self.render_to_response(self.get_context_data(form=form), status=error.status)
        messages.success(self.request, message)
        return redirect(queue_url())

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            criteria=MODERATION_CRITERIA,
            queue_url=queue_url(),
            action_url=self.request.path,
            decisions=self.decisions(),
        )
        return context

    def _decision_args(self, form):
        return {
            "checklist": form.cleaned_data["checklist"],
            "by": self.request.user,
            "now": timezone.now(),
        }


class CheckVacancyView(CheckView):
    page_title = _("Vacature controleren")

    def dispatch(self, request, *args, **kwargs):
        self.vacancy = get_object_or_404(
            Vacancy.objects.select_related("organisation", "wijk"), pk=kwargs["pk"]
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.vacancy.title

    def decisions(self):
        return self.vacancy.decisions.select_related("decided_by")[:10]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            vacancy=self.vacancy,
            organisation=self.vacancy.organisation,
            rows=vacancy_rows(self.vacancy),
            waiting=self.vacancy.status == VacancyStatus.SUBMITTED,
        )
        return context

    def decide(self, form):
        args = self._decision_args(form)
        if form.cleaned_data["decision"] == APPROVE:
            moderation.approve_vacancy(self.vacancy, **args)
            return _("De vacature is goedgekeurd en staat online.")
        moderation.return_vacancy(self.vacancy, reason=form.cleaned_data["reason"], **args)
        return _("De vacature is teruggestuurd naar de organisatie.")


class CheckChangeView(CheckView):
    page_title = _("Wijziging controleren")

    def dispatch(self, request, *args, **kwargs):
        self.change = get_object_or_404(
            VacancyChange.objects.select_related("vacancy", "vacancy__organisation"),
            pk=kwargs["pk"],
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.change.vacancy.title

    def decisions(self):
        return self.change.vacancy.decisions.select_related("decided_by")[:10]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            vacancy=self.change.vacancy,
            organisation=self.change.vacancy.organisation,
            change=self.change,
            change_rows=change_rows(self.change),
            waiting=self.change.status == ChangeStatus.PENDING,
            public_url=links.vacancy_url(self.change.vacancy),
        )
        return context

    def decide(self, form):
        args = self._decision_args(form)
        if form.cleaned_data["decision"] == APPROVE:
            moderation.approve_change(self.change, **args)
            return _("De wijziging is goedgekeurd en staat online.")
        moderation.return_change(self.change, reason=form.cleaned_data["reason"], **args)
        return _("De wijziging is teruggestuurd naar de organisatie.")


class PostOnBehalfView(access.PermissionRequiredMixin, WagtailAdminTemplateMixin, FormView):
    required = (access.CHANGE_VACANCIES,)
    form_class = PostOnBehalfForm
    template_name = "volunteering/admin/post_on_behalf.html"
    page_title = _("Plaats voor een organisatie")
    header_icon = "plus"

    def form_valid(self, form):
        data = dict(form.cleaned_data)
        organisation = data.pop("organisation")
        checklist = data.pop("checklist")
        try:
            vacancy = moderation.post_on_behalf(
                organisation,
                data,
                checklist=checklist,
                by=self.request.user,
                now=timezone.now(),
            )
        except moderation.ModerationError as error:
            form.add_error(None, error.message)
            return self.render_to_response(self.get_context_data(form=form), status=error.status)
        if vacancy.status == VacancyStatus.PUBLISHED:
            messages.success(self.request, _("De vacature is geplaatst en staat online."))
        else:
            messages.success(self.request, _("De vacature is opgeslagen en wacht op controle."))
        return redirect(queue_url())

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_url"] = self.request.path
        context["queue_url"] = queue_url()
        return context
