"""The vacaturebank's lists in the admin: vacancies, reactions and help requests, with
their filters and CSV/XLSX exports (cms.spreadsheets, the site's one dialect)."""

import django_filters
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic.models import EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from cms.models import Partner, Theme, Wijk
from cms.readonly_admin import ReadOnlyViewSetMixin
from cms.spreadsheets import ListingExportMixin

from .. import rules
from ..models import (
    HelpRequest,
    HelpStatus,
    Reaction,
    ReactionStatus,
    Vacancy,
    VacancyStatus,
)
from ..services import help_followup, staff_log

YES = "ja"


def _now():
    return timezone.now()


class _LoggedExportMixin(ListingExportMixin):
    """A download with personal data is written to the audit trail (the view logs it:
    a download changes nothing)."""

    export_list_name = ""

    def as_spreadsheet(self, queryset, spreadsheet_format):
        response = super().as_spreadsheet(queryset, spreadsheet_format)
        if response is not None and self.export_list_name:
            staff_log.record_on_site(
                staff_log.LIST_EXPORTED,
                by=self.request.user,
                data={
                    "lijst": self.export_list_name,
                    "formaat": spreadsheet_format,
                    "rijen": queryset.count(),
                    "filters": sorted(key for key in self.request.GET if key != "export"),
                },
            )
        return response

    def to_row_dict(self, item):
        return {key: self.export_values[key](item) for key in self.list_export}


# Vacancies -----------------------------------------------------------------------------------


class VacancyFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=VacancyStatus.choices)
    state = django_filters.ChoiceFilter(
        label=_("Staat"),
        choices=[(state.value, state.label) for state in rules.VacancyState],
        method="filter_state",
    )
    wijk = django_filters.ModelChoiceFilter(label=_("Wijk"), queryset=Wijk.objects.all())
    themes = django_filters.ModelChoiceFilter(label=_("Thema"), queryset=Theme.objects.all())
    organisation = django_filters.ModelChoiceFilter(
        label=_("Organisatie"), queryset=Partner.objects.filter(vacancies__isnull=False).distinct()
    )
    posted_by_staff = django_filters.BooleanFilter(label=_("Geplaatst door VMCA"))

    class Meta:
        model = Vacancy
        fields = ["status", "wijk", "themes", "organisation", "posted_by_staff"]

    def filter_state(self, queryset, name, value):
        return queryset.filter(rules.state_q(value, _now()))


def _state_label(vacancy):
    return rules.vacancy_state(vacancy, _now()).label


VACANCY_EXPORT = {
    "title": (_("Titel"), lambda v: v.title),
    "organisation": (_("Organisatie"), lambda v: v.organisation.name),
    "state": (_("Staat"), _state_label),
    "wijk": (_("Wijk"), lambda v: v.wijk.name if v.wijk_id else ""),
    "themes": (_("Thema's"), lambda v: [theme.name for theme in v.themes.all()]),
    "hours_per_week": (_("Uren per week"), lambda v: v.hours_per_week),
    "places": (_("Aantal plekken"), lambda v: v.places),
    "posted_by_staff": (_("Geplaatst door VMCA"), lambda v: v.posted_by_staff),
    "published_at": (_("Gepubliceerd op"), lambda v: v.published_at),
    "expires_on": (_("Verloopt op"), lambda v: v.expires_on),
    "reactions": (_("Reacties"), lambda v: v.reactions.count()),
}


class VacancyIndexView(_LoggedExportMixin, IndexView):
    export_sheet_title = _("Vacatures")
    list_export = list(VACANCY_EXPORT)
    export_headings = {key: heading for key, (heading, _value) in VACANCY_EXPORT.items()}
    export_values = {key: value for key, (_heading, value) in VACANCY_EXPORT.items()}

    def get_base_queryset(self):
        return Vacancy.objects.select_related(
            "organisation", "organisation__vacancy_account", "wijk"
        ).prefetch_related("themes")

    def get_filename(self):
        return f"vacatures-{timezone.localdate():%Y%m%d}"


class VacancyViewSet(ReadOnlyViewSetMixin, ModelViewSet):
    model = Vacancy
    add_to_reference_index = False
    name = "vacaturebank_vacatures"
    url_prefix = "vacaturebank/vacatures"
    icon = "doc-full"
    menu_label = _("Vacatures")
    menu_order = 300
    add_to_admin_menu = False
    index_view_class = VacancyIndexView
    filterset_class = VacancyFilterSet
    inspect_view_enabled = True
    list_display = ["title", "organisation", "status", "published_at", "expires_on"]
    list_filter = None
    search_fields = ["title", "summary", "organisation__name"]
    search_backend_name = None
    ordering = "-pk"
    list_per_page = 50


# Reactions -----------------------------------------------------------------------------------


class ReactionFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=ReactionStatus.choices)
    organisation = django_filters.ModelChoiceFilter(
        label=_("Organisatie"),
        field_name="vacancy__organisation",
        queryset=Partner.objects.filter(vacancies__isnull=False).distinct(),
    )
    unanswered = django_filters.ChoiceFilter(
        label=_("Onbeantwoord"),
        choices=[(YES, _("Alleen onbeantwoorde reacties"))],
        method="filter_unanswered",
    )

    class Meta:
        model = Reaction
        fields = ["status", "organisation"]

    def filter_unanswered(self, queryset, name, value):
        return queryset.filter(rules.unanswered_q(_now())) if value == YES else queryset


REACTION_EXPORT = {
    "vacancy": (_("Vacature"), lambda r: r.vacancy.title),
    "organisation": (_("Organisatie"), lambda r: r.vacancy.organisation.name),
    "name": (_("Naam"), lambda r: r.name),
    "email": (_("E-mailadres"), lambda r: r.email),
    "phone": (_("Telefoonnummer"), lambda r: r.phone),
    "status": (_("Status"), lambda r: r.get_status_display()),
    "created": (_("Ontvangen op"), lambda r: r.created),
    "status_changed_at": (_("Status gewijzigd op"), lambda r: r.status_changed_at),
}


class ReactionIndexView(_LoggedExportMixin, IndexView):
    export_sheet_title = _("Reacties")
    export_list_name = "reacties"
    list_export = list(REACTION_EXPORT)
    export_headings = {key: heading for key, (heading, _value) in REACTION_EXPORT.items()}
    export_values = {key: value for key, (_heading, value) in REACTION_EXPORT.items()}

    def get_base_queryset(self):
        return Reaction.objects.select_related("vacancy", "vacancy__organisation")

    def get_filename(self):
        return f"reacties-{timezone.localdate():%Y%m%d}"


class ReactionViewSet(ReadOnlyViewSetMixin, ModelViewSet):
    model = Reaction
    add_to_reference_index = False
    name = "vacaturebank_reacties"
    url_prefix = "vacaturebank/reacties"
    icon = "mail"
    menu_label = _("Reacties")
    menu_order = 400
    add_to_admin_menu = False
    index_view_class = ReactionIndexView
    filterset_class = ReactionFilterSet
    inspect_view_enabled = True
    inspect_view_fields = [
        "vacancy",
        "name",
        "email",
        "phone",
        "contact_preference",
        "message",
        "status",
        "created",
        "status_changed_at",
        "reminder_sent_at",
    ]
    list_display = ["name", "vacancy", "status", "created"]
    search_fields = ["name", "email", "vacancy__title"]
    search_backend_name = None
    ordering = "-created"
    list_per_page = 50


def unanswered_url():
    return reverse("vacaturebank_reacties:index") + f"?unanswered={YES}"


# Help requests -------------------------------------------------------------------------------


class HelpRequestFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=HelpStatus.choices)

    class Meta:
        model = HelpRequest
        fields = ["status"]


HELP_EXPORT = {
    "name": (_("Naam"), lambda h: h.name),
    "email": (_("E-mailadres"), lambda h: h.email),
    "phone": (_("Telefoonnummer"), lambda h: h.phone),
    "channel": (_("Hoe"), lambda h: h.get_channel_display()),
    "wijk": (_("Wijk"), lambda h: h.wijk.name if h.wijk_id else ""),
    "best_time": (_("Wanneer bereikbaar"), lambda h: h.best_time),
    "status": (_("Status"), lambda h: h.get_status_display()),
    "created": (_("Ontvangen op"), lambda h: h.created),
    "handled_at": (_("Bijgewerkt op"), lambda h: h.handled_at),
}


class HelpRequestIndexView(_LoggedExportMixin, IndexView):
    export_sheet_title = _("Hulpvragen")
    export_list_name = "hulpvragen"
    list_export = list(HELP_EXPORT)
    export_headings = {key: heading for key, (heading, _value) in HELP_EXPORT.items()}
    export_values = {key: value for key, (_heading, value) in HELP_EXPORT.items()}

    def get_base_queryset(self):
        return HelpRequest.objects.select_related("wijk")

    def get_filename(self):
        return f"hulpvragen-{timezone.localdate():%Y%m%d}"


class HelpRequestEditView(EditView):
    """Status and follow-up only; the service records who and when, and the log names the
    request by number."""

    def save_instance(self):
        return help_followup.update_help_request(
            self.object,
            status=self.form.cleaned_data["status"],
            follow_up=self.form.cleaned_data["follow_up"],
            by=self.request.user,
            now=timezone.now(),
        )


class HelpRequestViewSet(ModelViewSet):
    model = HelpRequest
    add_to_reference_index = False
    name = "vacaturebank_hulpvragen"
    url_prefix = "vacaturebank/hulpvragen"
    icon = "help"
    menu_label = _("Hulpvragen")
    menu_order = 500
    add_to_admin_menu = False
    copy_view_enabled = False
    index_view_class = HelpRequestIndexView
    edit_view_class = HelpRequestEditView
    filterset_class = HelpRequestFilterSet
    form_fields = ["status", "follow_up"]
    inspect_view_enabled = True
    list_display = ["name", "channel", "status", "created", "handled_at"]
    search_fields = ["name", "email", "phone"]
    search_backend_name = None
    ordering = "-created"
    list_per_page = 50

    def get_common_view_kwargs(self, **kwargs):
        # Help requests come from the website: no adding or deleting here.
        return super().get_common_view_kwargs(
            add_url_name=None, delete_url_name=None, copy_url_name=None, **kwargs
        )
