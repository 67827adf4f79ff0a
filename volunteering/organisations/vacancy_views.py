"""Mijn organisatie: the vacancies of an organisation, writing and changing one, sending it
to VMCA, closing and renewing it. Every vacancy is looked up through the person's
memberships (access.py)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Count
from django.forms.models import model_to_dict
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from .. import rules
from ..models import Vacancy, VacancyChange, VacancyStatus
from ..rules import VacancyState
from ..services import vacancies as services
from ..services.refusals import Refused
from .access import organisation_or_404, vacancy_or_404
from .common import organisation_context, show
from .forms import VacancyForm

# The order of the groups on the vacancies page: what needs attention first.
STATE_ORDER = (
    VacancyState.RETURNED,
    VacancyState.DRAFT,
    VacancyState.SUBMITTED,
    VacancyState.LIVE,
    VacancyState.ON_HOLD,
    VacancyState.EXPIRED,
    VacancyState.CLOSED,
)


def _with_state(vacancies, now):
    for vacancy in vacancies:
        vacancy.state = rules.vacancy_state(vacancy, now)
        vacancy.can_renew = rules.may_renew(vacancy, now)
        vacancy.pending = next(iter(vacancy.pending_changes), None)
    return vacancies


@never_cache
@login_required
@require_GET
def vacancies(request, organisation_id):
    organisation = organisation_or_404(request.user, organisation_id)
    now = timezone.now()
    items = _with_state(
        list(
            Vacancy.objects.filter(organisation=organisation)
            .select_related("organisation__vacancy_account")
            .annotate(reaction_count=Count("reactions"))
            .prefetch_related(_pending_prefetch())
            .order_by("-created", "-pk")
        ),
        now,
    )
    groups = [
        (state, [item for item in items if item.state == state])
        for state in STATE_ORDER
        if any(item.state == state for item in items)
    ]
    context = organisation_context(organisation)
    context.update(groups=groups, crumb_title=_("Vacatures"))
    return show(request, "vacancies.html", context)


def _pending_prefetch():
    from django.db.models import Prefetch

    from ..models import ChangeStatus

    return Prefetch(
        "changes",
        queryset=VacancyChange.objects.filter(status=ChangeStatus.PENDING),
        to_attr="pending_changes",
    )


def _wants_submit(request):
    return request.POST.get("action") == "submit"


def _form_page(request, organisation, form, vacancy=None, status=200, error_message=None):
    context = organisation_context(organisation)
    context.update(
        form=form,
        vacancy=vacancy,
        state=rules.vacancy_state(vacancy, timezone.now()) if vacancy else None,
        is_published=vacancy is not None and vacancy.status == VacancyStatus.PUBLISHED,
        pending=services.pending_change(vacancy) if vacancy else None,
        error_message=error_message,
        crumb_title=_("Vacature wijzigen") if vacancy else _("Nieuwe vacature"),
    )
    return show(request, "vacancy_form.html", context, status)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def vacancy_new(request, organisation_id):
    organisation = organisation_or_404(request.user, organisation_id)
    if request.method == "GET":
        form = VacancyForm(
            instance=Vacancy(organisation=organisation),
            initial={
                "contact_name": organisation.contact_name,
                "contact_email": organisation.email,
                "contact_phone": organisation.phone,
                "street_address": organisation.street_address,
                "postcode": organisation.postcode,
                "wijk": organisation.wijk_id,
            },
        )
        return _form_page(request, organisation, form)
    form = VacancyForm(request.POST, instance=Vacancy(organisation=organisation))
    if not form.is_valid():
        return _form_page(request, organisation, form, status=400)
    now = timezone.now()
    try:
        with transaction.atomic():
            vacancy = services.create_vacancy(
                organisation, form.cleaned_data, by=request.user, now=now
            )
            if _wants_submit(request):
                services.submit(vacancy, by=request.user, now=now)
    except Refused as refusal:
        return _form_page(request, organisation, form, None, refusal.status, refusal.message)
    messages.success(request, _saved_message(request, vacancy, None))
    return redirect("volunteering:vacancies", organisation_id=organisation.pk)


def _saved_message(request, vacancy, result):
    if isinstance(result, VacancyChange):
        return _(
            "Uw wijziging is opgeslagen. VMCA controleert de wijziging eerst. "
            "Tot die tijd ziet iedereen de oude tekst."
        )
    if _wants_submit(request):
        return _("Uw vacature is naar VMCA gestuurd. VMCA controleert de vacature eerst.")
    return _("Uw vacature is opgeslagen als concept.")


def _initial(vacancy):
    pending = services.pending_change(vacancy)
    if pending is not None:
        return dict(pending.data)
    return model_to_dict(vacancy, fields=services.VACANCY_FIELDS)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def vacancy_edit(request, vacancy_id):
    vacancy = vacancy_or_404(request.user, vacancy_id)
    organisation = vacancy.organisation
    if vacancy.status == VacancyStatus.CLOSED:
        message = _("Deze vacature is gesloten. U kunt hem niet meer wijzigen.")
        status = 409 if request.method == "POST" else 200
        return _form_page(request, organisation, None, vacancy, status, message)
    blank = Vacancy(organisation=organisation)
    if request.method == "GET":
        form = VacancyForm(instance=blank, initial=_initial(vacancy))
        return _form_page(request, organisation, form, vacancy)
    form = VacancyForm(request.POST, instance=blank)
    if not form.is_valid():
        return _form_page(request, organisation, form, vacancy, 400)
    now = timezone.now()
    try:
        with transaction.atomic():
            result = services.update_vacancy(vacancy, form.cleaned_data, by=request.user, now=now)
            if _wants_submit(request) and vacancy.status in (
                VacancyStatus.DRAFT,
                VacancyStatus.RETURNED,
            ):
                services.submit(vacancy, by=request.user, now=now)
    except Refused as refusal:
        return _form_page(request, organisation, form, vacancy, refusal.status, refusal.message)
    messages.success(request, _saved_message(request, vacancy, result))
    return redirect("volunteering:vacancies", organisation_id=organisation.pk)


def _action(request, vacancy_id, service, success_message):
    """Run `service` on the vacancy; `success_message` is a text, or a function of the
    vacancy the service returns (for a message that names its new state)."""
    vacancy = vacancy_or_404(request.user, vacancy_id)
    try:
        result = service(vacancy, by=request.user, now=timezone.now())
    except Refused as refusal:
        context = organisation_context(vacancy.organisation)
        context.update(vacancy=vacancy, error_message=refusal.message, crumb_title=vacancy.title)
        return show(request, "refused.html", context, refusal.status)
    if callable(success_message):
        success_message = success_message(result)
    messages.success(request, success_message)
    return redirect("volunteering:vacancies", organisation_id=vacancy.organisation_id)


@never_cache
@login_required
@require_POST
def vacancy_submit(request, vacancy_id):
    return _action(
        request,
        vacancy_id,
        services.submit,
        _("Uw vacature is naar VMCA gestuurd. VMCA controleert de vacature eerst."),
    )


@never_cache
@login_required
@require_POST
def vacancy_close(request, vacancy_id):
    return _action(
        request,
        vacancy_id,
        services.close,
        _("De vacature is gesloten. Hij staat niet meer online."),
    )


def _renewed_message(vacancy):
    # The lifetime is a setting: name the new last day rather than a fixed period.
    return _("De vacature is verlengd. Hij staat nu online tot en met %(day)s.") % {
        "day": date_format(vacancy.expires_on, "j F Y")
    }


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def vacancy_renew(request, vacancy_id):
    """The link in the reminder mail opens this page; one click on its button renews."""
    if request.method == "POST":
        return _action(
            request,
            vacancy_id,
            services.renew,
            _renewed_message,
        )
    vacancy = vacancy_or_404(request.user, vacancy_id)
    now = timezone.now()
    context = organisation_context(vacancy.organisation)
    context.update(
        vacancy=vacancy,
        can_renew=rules.may_renew(vacancy, now),
        new_expiry=rules.renewed_expiry_date(vacancy, now),
        crumb_title=_("Vacature verlengen"),
    )
    return show(request, "vacancy_renew.html", context)
