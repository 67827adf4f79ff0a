"""Admin views of the academy: listings scoped to what the user may see, and staff actions.

The actions (register someone, move, cancel, mail everyone, cancel an edition) only
collect input and call academy.services.registration; the rules live there. A rule
that says no comes back as a RegistrationError with a Dutch message, which we show
on the form again with the error's 4xx status.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import ProtectedError, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import FormView, TemplateView
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import CreateView, DeleteView, EditView, IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.widgets import Button, ListingButton
from wagtail.permission_policies import ModelPermissionPolicy

from cms.spreadsheets import ListingExportMixin

from .. import rules
from ..access import (
    may,
    require,
    visible_editions,
    visible_participants,
    visible_registrations,
)
from ..mailer import queue_mail
from ..models import (
    Certificate,
    Edition,
    EditionStatus,
    Participant,
    Payment,
    Registration,
    RegistrationStatus,
)
from ..services import accounts, audit
from ..services import register_numbers as numbers
from ..services import registration as services
from ..services.errors import RegistrationError
from . import exports
from .actions import ServiceActionMixin
from .forms import (
    CancelEditionForm,
    CancelRegistrationForm,
    MoveForm,
    ParticipantSearchForm,
    ProfessionalRegistrationFormSet,
    RegisterNumberForm,
    StaffMessageForm,
    StaffRegistrationForm,
)
from .privacy import may_erase_person, may_export_person, participant_url

EDITION_URL = "academy_editions"
# What the search box of the editions list looks in: the training, the edition, where it
# is, and who gives it. Every word must match one of them ("ehbo haven").
EDITION_SEARCH_FIELDS = [
    "course__title",
    "event_page__title",
    "name",
    "wijk__name",
    "sessions__venue",
    "sessions__address",
    "trainers__first_name",
    "trainers__last_name",
]
SEARCH_RESULTS = 25
CANCEL_THROUGH_ACTION = _(
    "Kies 'Editie annuleren' bij de aanmeldingen. Dan krijgen de deelnemers bericht."
)


def edition_url(name, edition_id, *args):
    return reverse(f"{EDITION_URL}:{name}", args=(edition_id, *args))


def local_date(value):
    return timezone.localtime(value).strftime("%d-%m-%Y %H:%M") if value else ""


# Deleting what others point to --------------------------------------------------------------


class ProtectedDeleteView(DeleteView):
    """A row still used elsewhere (registrations, numbers) stays; say so instead of a 500."""

    protected_message = _("Dit kan niet worden verwijderd, omdat het nog wordt gebruikt.")

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ProtectedError:
            messages.error(self.request, self.protected_message)
            return redirect(self.index_url_name)


# Editions -----------------------------------------------------------------------------------


class EditionIndexView(IndexView):
    def get_base_queryset(self):
        queryset = Edition.objects.with_counts().select_related("course", "event_page")
        return visible_editions(self.request.user, queryset)

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        matches = Edition.objects.all()
        for word in self.search_query.split():
            query = Q()
            for field in EDITION_SEARCH_FIELDS:
                query |= Q(**{f"{field}__icontains": word})
            matches = matches.filter(pk__in=Edition.objects.filter(query).values("pk"))
        # By id: joining sessions and trainers here would double the counts and the rows.
        return queryset.filter(pk__in=matches.values("pk"))

    @cached_property
    def columns(self):
        title_column = self._get_title_column_class(TitleColumn)
        return [
            # The overview of registrations is the page of an edition for everyone who sees it.
            title_column(
                "title",
                label=_("Editie"),
                get_url=lambda edition: edition_url("registrations", edition.pk),
            ),
            Column(
                "first_start",
                accessor=lambda edition: local_date(edition.first_start),
                label=_("Eerste bijeenkomst"),
                sort_key="first_start",
            ),
            Column("status", accessor="get_status_display", label=_("Status"), sort_key="status"),
            Column("capacity", label=_("Plaatsen"), sort_key="capacity"),
            Column("confirmed_count", label=_("Aangemeld"), sort_key="confirmed_count"),
            Column("offered_count", label=_("Aangeboden"), sort_key="offered_count"),
            Column("waiting_count", label=_("Wachtlijst"), sort_key="waiting_count"),
            Column(
                "free_places",
                accessor=lambda edition: rules.free_places(edition, rules.place_counts(edition)),
                label=_("Vrije plaatsen"),
            ),
        ]

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        buttons.append(
            ListingButton(
                _("Aanmeldingen"),
                url=edition_url("registrations", instance.pk),
                icon_name="group",
                priority=5,
            )
        )
        return buttons


class EditionEditView(EditView):
    def get_queryset(self):
        return visible_editions(self.request.user)

    def post(self, request, *args, **kwargs):
        self.object = self.get_object()
        self.previous_status = self.object.status
        return super().post(request, *args, **kwargs)

    def is_valid(self, form):
        valid = super().is_valid(form)
        cancelling = form.cleaned_data.get("status") == EditionStatus.CANCELLED
        if valid and cancelling and self.previous_status != EditionStatus.CANCELLED:
            # Only the cancel action tells the participants; a changed status would not.
            form.add_error("status", CANCEL_THROUGH_ACTION)
            self.produced_error_code = "validation_error"
            self.produced_error_message = self.get_error_message()
            return False
        return valid

    def form_valid(self, form):
        response = super().form_valid(form)
        # More places, or "vol" lifted: whatever is free now goes to the waiting list.
        offered = services.fill_free_places(self.object)
        if offered:
            messages.info(
                self.request,
                ngettext(
                    "Er is %(count)s plaats aangeboden aan de wachtlijst.",
                    "Er zijn %(count)s plaatsen aangeboden aan de wachtlijst.",
                    len(offered),
                )
                % {"count": len(offered)},
            )
        return response

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        buttons.append(
            Button(
                _("Aanmeldingen"),
                url=edition_url("registrations", self.object.pk),
                icon_name="group",
                priority=5,
            )
        )
        return buttons


class EditionDeleteView(ProtectedDeleteView):
    protected_message = _(
        "Deze editie heeft aanmeldingen en kan niet worden verwijderd. "
        "Annuleer de editie, dan krijgen de deelnemers bericht."
    )

    def get_queryset(self):
        return visible_editions(self.request.user)

    def form_valid(self, form):
        if self.object.registrations.exists():
            messages.error(self.request, self.protected_message)
            return redirect(edition_url("registrations", self.object.pk))
        return super().form_valid(form)


class EditionPageMixin(WagtailAdminTemplateMixin):
    """A page about one edition that the user may see; 404 for any other id."""

    header_icon = "calendar"
    action = None

    def dispatch(self, request, *args, **kwargs):
        if not ModelPermissionPolicy(Edition).user_has_any_permission(
            request.user, ["view", "change"]
        ):
            raise PermissionDenied
        if self.action:
            require(request.user, self.action)
        queryset = visible_editions(request.user, Edition.objects.with_counts())
        self.edition = get_object_or_404(
            queryset.select_related("course", "event_page"), pk=kwargs["pk"]
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.edition)

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse(f"{EDITION_URL}:index"), "label": _("Edities")},
            {"url": edition_url("registrations", self.edition.pk), "label": str(self.edition)},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["edition"] = self.edition
        context["overview_url"] = edition_url("registrations", self.edition.pk)
        return context


class EditionRegistrationsView(EditionPageMixin, TemplateView):
    template_name = "academy/admin/edition_registrations.html"
    page_title = _("Aanmeldingen")

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse(f"{EDITION_URL}:index"), "label": _("Edities")},
            {"url": "", "label": str(self.edition)},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        registrations = self.edition.registrations.select_related(
            "participant", "participant__wijk", "register"
        )
        confirmed, awaiting, offered, waiting, ended = [], [], [], [], []
        registrations = list(registrations.order_by("created", "pk"))
        show_payment = user.has_perm("academy.view_payment")
        if show_payment:
            show_payment = _attach_latest_payments(registrations)
        for registration in registrations:
            {
                RegistrationStatus.CONFIRMED: confirmed,
                RegistrationStatus.AWAITING_PAYMENT: awaiting,
                RegistrationStatus.OFFERED: offered,
                RegistrationStatus.WAITING: waiting,
            }.get(registration.status, ended).append(registration)
        waiting.sort(key=lambda r: (r.waiting_since or r.created, r.pk))
        ended.sort(key=lambda r: r.ended_at or r.updated, reverse=True)
        context.update(
            confirmed=confirmed,
            awaiting=awaiting,
            show_payment=show_payment,
            offered=offered,
            waiting=list(enumerate(waiting, start=1)),
            ended=ended,
            can_register=may(user, "register") and not self.edition.is_cancelled,
            can_change=may(user, "move"),
            can_set_numbers=may(user, "move")
            and numbers.accredited_registers(self.edition).exists(),
            can_mail=may(user, "mail") and bool(confirmed),
            can_cancel_edition=may(user, "cancel_edition")
            and rules.edition_can_be_cancelled(self.edition, timezone.now()),
            free_places=rules.free_places(self.edition, rules.place_counts(self.edition)),
            can_edit=ModelPermissionPolicy(Edition).user_has_permission(user, "change"),
            can_export=may(user, "export"),
            can_export_accreditation=may(user, "accreditation_export")
            and self.edition.course_id is not None,
            accreditation_url=edition_url("accreditation", self.edition.pk),
            edit_url=reverse(f"{EDITION_URL}:edit", args=(self.edition.pk,)),
            register_url=edition_url("register", self.edition.pk),
            mail_url=edition_url("mail", self.edition.pk),
            cancel_edition_url=edition_url("cancel_edition", self.edition.pk),
            export_url=reverse("academy_registrations:index") + f"?edition={self.edition.pk}",
        )
        return context


def _attach_latest_payments(registrations):
    """Give each registration its latest payment (or None), in one query. True when the
    edition has any payment, so the column is only shown where it means something."""
    latest = {}
    for payment in Payment.objects.filter(registration__in=registrations).order_by("created", "pk"):
        latest[payment.registration_id] = payment
    for registration in registrations:
        registration.latest_payment = latest.get(registration.pk)
    return bool(latest)


class EditionActionView(ServiceActionMixin, EditionPageMixin, FormView):
    """An action on one edition (register someone, mail everyone, cancel the edition)."""

    template_name = "academy/admin/edition_action.html"

    def get_success_url(self):
        return edition_url("registrations", self.edition.pk)


class RegisterPersonView(EditionActionView):
    action = "register"
    page_title = _("Iemand aanmelden")
    submit_label = _("Aanmelden")
    template_name = "academy/admin/register_person.html"

    @cached_property
    def search_form(self):
        return ParticipantSearchForm(self.request.GET or None)

    def matches(self):
        if not self.search_form.is_valid():
            return []
        text = self.search_form.cleaned_data["zoek"].strip()
        if not text:
            return []
        query = Q()
        for field in ("first_name", "last_name", "email", "phone", "organisation"):
            query |= Q(**{f"{field}__icontains": text})
        words = text.split()
        if len(words) > 1:
            query |= Q(first_name__icontains=words[0], last_name__icontains=" ".join(words[1:]))
        people = visible_participants(self.request.user).filter(query, anonymised__isnull=True)
        return list(accounts.without_staff(people)[:SEARCH_RESULTS])

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["matches"] = self.matches()
        kwargs["registers"] = self.registers
        return kwargs

    @cached_property
    def registers(self):
        return list(numbers.accredited_registers(self.edition))

    def get_form_class(self):
        return StaffRegistrationForm

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["search_form"] = self.search_form
        context["searched"] = self.search_form.is_bound
        context["registers"] = self.registers
        course = self.edition.course
        context["paid_course"] = course is not None and any(
            price.amount_cents for price in course.prices.all()
        )
        return context

    def perform(self, form):
        # A new person is saved with their registration, or not at all.
        person = form.cleaned_data.get("participant") or form.new_participant()
        registration = services.register_by_staff(
            self.edition.pk,
            person,
            form.answers(),
            by=self.request.user,
            billing=form.billing(),
        )
        if registration.status == RegistrationStatus.WAITING:
            return _("De editie is vol. %(name)s staat nu op de wachtlijst.") % {
                "name": person.full_name
            }
        return _("%(name)s is aangemeld.") % {"name": person.full_name}


class RegistrationActionView(EditionActionView):
    """An action on one live registration of the edition."""

    def dispatch(self, request, *args, **kwargs):
        self.registration_pk = kwargs["registration_pk"]
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def registration(self):
        return get_object_or_404(
            self.edition.registrations.select_related("participant"), pk=self.registration_pk
        )

    def get(self, request, *args, **kwargs):
        self.registration  # noqa: B018 (404 before showing a form)
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.registration  # noqa: B018
        return super().post(request, *args, **kwargs)

    def get_page_subtitle(self):
        return f"{self.registration.participant.full_name} – {self.edition}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["registration"] = self.registration
        if not self.registration.is_live:
            context["not_live"] = _("Deze aanmelding is al beëindigd.")
        return context


class MoveRegistrationView(RegistrationActionView):
    action = "move"
    page_title = _("Verplaatsen")
    submit_label = _("Verplaatsen")
    intro = _("Kies een andere editie van dezelfde training.")

    def other_editions(self):
        edition = self.edition
        if edition.course_id:
            same_owner = Q(course_id=edition.course_id)
        else:
            same_owner = Q(event_page_id=edition.event_page_id)
        queryset = (
            Edition.objects.with_counts()
            .select_related("course", "event_page")
            .filter(same_owner, first_start__gt=timezone.now())
            .exclude(pk=edition.pk)
            .exclude(status__in=[EditionStatus.CANCELLED, EditionStatus.COMPLETED])
        )
        return visible_editions(self.request.user, queryset)

    def get_form_class(self):
        return MoveForm

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["editions"] = self.other_editions()
        return kwargs

    def perform(self, form):
        target = form.cleaned_data["to_edition"]
        moved = services.move(self.registration, target.pk, by=self.request.user)
        values = {"name": self.registration.participant.full_name, "edition": target}
        if moved.status == RegistrationStatus.WAITING:
            return _("%(name)s staat nu op de wachtlijst van %(edition)s.") % values
        return _("%(name)s is verplaatst naar %(edition)s.") % values


class CancelRegistrationView(RegistrationActionView):
    action = "cancel_registration"
    page_title = _("Afmelden")
    submit_label = _("Afmelden")
    danger = True
    intro = _(
        "De deelnemer krijgt een e-mail. Een vrije plaats gaat naar de eerste op de wachtlijst."
    )

    def get_form_class(self):
        return CancelRegistrationForm

    def perform(self, form):
        services.cancel(
            self.registration,
            by=services.CancelledBy.STAFF,
            reason=form.cleaned_data["reason"],
            staff_user=self.request.user,
        )
        return _("%(name)s is afgemeld.") % {"name": self.registration.participant.full_name}


class RegisterNumberView(RegistrationActionView):
    """Record or correct the register and number of one registration (a phone
    registration, a typo); an issued certificate is then re-issued with the points."""

    action = "move"  # a change to the registration: academy.change_registration
    page_title = _("Registratienummer")
    submit_label = _("Opslaan")
    intro = _(
        "Vul het register en het registratienummer in. Heeft deze persoon al een "
        "certificaat? Dan maken wij een nieuw certificaat met de punten en trekken wij "
        "het oude in. De persoon krijgt het nieuwe certificaat per e-mail."
    )

    @cached_property
    def registers(self):
        return list(numbers.accredited_registers(self.edition))

    def get_form_class(self):
        return RegisterNumberForm

    def get_initial(self):
        registration = self.registration
        register_id = registration.register_id if registration.wants_accreditation else None
        number = registration.register_number if registration.wants_accreditation else ""
        known = {
            item.register_id: item.number
            for item in registration.participant.professional_registrations.all()
        }
        if register_id is None:
            register_id = next((r.pk for r in self.registers if r.pk in known), None)
        if not number and register_id in known:
            number = known[register_id]
        return {"register": register_id, "register_number": number}

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs.update(registers=self.registers, participant=self.registration.participant)
        return kwargs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not self.registers and "not_live" not in context:
            context["not_live"] = _(
                "Deze training geeft geen accreditatiepunten. Een registratienummer is niet nodig."
            )
        return context

    def get_success_url(self):
        if self.request.GET.get("terug") == "deelnemer":
            return reverse("academy_participants:edit", args=(self.registration.participant_id,))
        return super().get_success_url()

    def perform(self, form):
        outcome = numbers.set_registration_number(
            self.registration,
            form.cleaned_data["register"].pk,
            form.cleaned_data["register_number"],
            by=self.request.user,
        )
        name = self.registration.participant.full_name
        tell_about_certificates(self.request, outcome)
        if not outcome.changed:
            return _("Het registratienummer van %(name)s was al goed. Er is niets veranderd.") % {
                "name": name
            }
        return _("Het registratienummer van %(name)s is opgeslagen.") % {"name": name}


def tell_about_certificates(request, outcome):
    """Say which certificates were re-issued after a number changed, and which could not be."""
    for certificate in outcome.reissued:
        messages.info(
            request,
            _(
                "%(name)s krijgt een nieuw certificaat met de punten (code %(code)s). "
                "Het oude certificaat is ingetrokken."
            )
            % {"name": certificate.participant_name, "code": certificate.display_code},
        )
    for name, reason in outcome.not_reissued:
        messages.warning(
            request,
            _(
                "Het certificaat van %(name)s is niet opnieuw uitgegeven: %(reason)s "
                "Kijk bij Certificaten van de editie."
            )
            % {"name": name, "reason": reason},
        )


class StaffMessageView(EditionActionView):
    action = "mail"
    page_title = _("E-mail aan alle deelnemers")
    submit_label = _("Versturen")
    template_name = "academy/admin/staff_message.html"

    def get_form_class(self):
        return StaffMessageForm

    def confirmed(self):
        return self.edition.registrations.filter(
            status=RegistrationStatus.CONFIRMED
        ).select_related("participant", "edition", "edition__course", "edition__event_page")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        confirmed = list(self.confirmed())
        context["with_email"] = [r for r in confirmed if r.participant.email]
        context["without_email"] = [r for r in confirmed if not r.participant.email]
        return context

    def perform(self, form):
        recipients = [r for r in self.confirmed() if r.participant.email]
        if not recipients:
            raise RegistrationError(_("Er zijn geen aangemelde deelnemers met een e-mailadres."))
        data = form.cleaned_data
        extra = {"subject": data["subject"], "message": data["message"]}
        queued = 0
        with transaction.atomic():
            for registration in recipients:
                key = f"staff_message:{data['message_id']}:{registration.pk}"
                if queue_mail("staff_message", registration, key=key, extra=extra):
                    queued += 1
        if not queued:
            return _("Dit bericht was al verstuurd. Er is niets opnieuw verstuurd.")
        return ngettext(
            "Het bericht gaat naar %(count)s deelnemer.",
            "Het bericht gaat naar %(count)s deelnemers.",
            queued,
        ) % {"count": queued}


class CancelEditionView(EditionActionView):
    action = "cancel_edition"
    page_title = _("Editie annuleren")
    submit_label = _("Editie annuleren")
    danger = True
    template_name = "academy/admin/cancel_edition.html"

    def get_form_class(self):
        return CancelEditionForm

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        live = self.edition.registrations.live().select_related("participant")
        context["live"] = list(live)
        context["without_email"] = [r for r in context["live"] if not r.participant.email]
        return context

    def perform(self, form):
        if self.edition.is_cancelled:
            raise RegistrationError(_("Deze editie is al geannuleerd."))
        _edition, count = services.cancel_edition(
            self.edition, reason=form.cleaned_data["reason"], by=self.request.user
        )
        return ngettext(
            "De editie is geannuleerd. %(count)s deelnemer krijgt bericht.",
            "De editie is geannuleerd. %(count)s deelnemers krijgen bericht.",
            count,
        ) % {"count": count}


# Registrations ------------------------------------------------------------------------------


class RegistrationIndexView(ListingExportMixin, IndexView):
    export_sheet_title = _("Aanmeldingen")
    list_export = exports.LIST_EXPORT
    export_headings = exports.HEADINGS

    def dispatch(self, request, *args, **kwargs):
        if self.is_export and not may(request.user, "export"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        queryset = Registration.objects.select_related(
            "participant",
            "participant__wijk",
            "edition",
            "edition__course",
            "edition__event_page",
            "register",
        )
        return visible_registrations(self.request.user, queryset)

    @cached_property
    def show_export_buttons(self):
        return may(self.request.user, "export")

    def as_spreadsheet(self, queryset, spreadsheet_format):
        response = super().as_spreadsheet(queryset, spreadsheet_format)
        if response is None:
            return response
        edition_id = self.request.GET.get("edition", "")
        edition = (
            visible_editions(self.request.user).filter(pk=edition_id).first()
            if edition_id.isdigit()
            else None
        )
        audit.log_list_export(
            self.request.user,
            kind=audit.REGISTRATIONS_LIST,
            export_format=spreadsheet_format,
            rows=audit.row_count(queryset),
            edition=edition,
            filters=[key for key in self.request.GET if key != "export"],
        )
        return response

    def get_filename(self):
        edition = self.request.GET.get("edition", "")
        suffix = f"-editie-{slugify(edition)}" if edition.isdigit() else ""
        return f"aanmeldingen{suffix}-{timezone.localdate():%Y%m%d}"

    def to_row_dict(self, item):
        return {key: exports.VALUES[key](item) for key in self.list_export}

    def get_edit_url(self, instance):
        return edition_url("registrations", instance.edition_id) + f"#aanmelding-{instance.pk}"

    @cached_property
    def columns(self):
        title_column = self._get_title_column_class(TitleColumn)
        return [
            title_column(
                "participant",
                accessor="participant.full_name",
                label=_("Naam"),
                get_url=self.get_edit_url,
            ),
            Column("edition", label=_("Editie")),
            Column("status", accessor="get_status_display", label=_("Status"), sort_key="status"),
            Column(
                "participant_type",
                accessor="get_participant_type_display",
                label=_("Soort deelnemer"),
                sort_key="participant_type",
            ),
            Column("wijk", accessor="participant.wijk", label=_("Wijk")),
            Column(
                "created",
                accessor=lambda registration: local_date(registration.created),
                label=_("Aangemeld op"),
                sort_key="created",
            ),
        ]

    def get_list_more_buttons(self, instance):
        buttons = []
        if instance.is_live and may(self.request.user, "move"):
            buttons.append(
                ListingButton(
                    _("Verplaatsen"),
                    url=edition_url("move", instance.edition_id, instance.pk),
                    icon_name="arrow-right",
                    priority=10,
                )
            )
            buttons.append(
                ListingButton(
                    _("Afmelden"),
                    url=edition_url("cancel_registration", instance.edition_id, instance.pk),
                    icon_name="cross",
                    priority=20,
                )
            )
        return buttons


# Participants -------------------------------------------------------------------------------


class ParticipantIndexView(IndexView):
    def get_base_queryset(self):
        queryset = Participant.objects.select_related("wijk").prefetch_related(
            "professional_registrations__register"
        )
        # Staff accounts get a participant when they sign in; they are not participants.
        return accounts.without_staff(visible_participants(self.request.user, queryset))

    @cached_property
    def columns(self):
        title_column = self._get_title_column_class(TitleColumn)
        return [
            title_column(
                "full_name",
                label=_("Naam"),
                get_url=lambda person: self.get_edit_url(person),
                sort_key="last_name",
            ),
            Column("email", label=_("E-mailadres"), sort_key="email"),
            Column("phone", label=_("Telefoonnummer")),
            Column("organisation", label=_("Organisatie"), sort_key="organisation"),
            Column("wijk", label=_("Wijk")),
            Column(
                "participant_type",
                accessor="get_participant_type_display",
                label=_("Soort deelnemer"),
                sort_key="participant_type",
            ),
            Column(
                "numbers",
                accessor=lambda person: ", ".join(
                    str(number) for number in person.professional_registrations.all()
                ),
                label=_("Registratienummers"),
            ),
        ]


class RegisterNumbersMixin:
    """The participant form plus the formset of register numbers, saved together."""

    def get_numbers_formset(self):
        instance = getattr(self, "object", None) or Participant()
        data = self.request.POST if self.request.method == "POST" else None
        return ProfessionalRegistrationFormSet(data, instance=instance, prefix="numbers")

    @cached_property
    def numbers_formset(self):
        return self.get_numbers_formset()

    def is_valid(self, form):
        form_ok = super().is_valid(form)
        formset_ok = self.numbers_formset.is_valid()
        if form_ok and not formset_ok:
            self.produced_error_code = "validation_error"
            self.produced_error_message = _("Controleer de registratienummers.")
        return form_ok and formset_ok

    def typed_numbers(self):
        """{register: number} as the formset has them, without the rows marked for deletion."""
        typed = {}
        for form in self.numbers_formset.forms:
            data = getattr(form, "cleaned_data", None) or {}
            if data.get("DELETE"):
                continue
            if data.get("register") and data.get("number"):
                typed[data["register"]] = data["number"]
        return typed

    def save_instance(self):
        # Inside the view's transaction: the person and their numbers, or nothing.
        instance = super().save_instance()
        self.touched_registrations = numbers.save_profile_numbers(
            instance, self.typed_numbers(), by=self.request.user
        )
        return instance

    def form_valid(self, form):
        response = super().form_valid(form)
        # After the commit: certificates that state an old number are issued again.
        touched = getattr(self, "touched_registrations", [])
        if touched:
            outcome = numbers.reissue_outdated_certificates(touched, by=self.request.user)
            tell_about_certificates(self.request, outcome)
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["numbers_formset"] = self.numbers_formset
        return context


class ParticipantCreateView(RegisterNumbersMixin, CreateView):
    pass


class ParticipantEditView(RegisterNumbersMixin, EditView):
    def get_queryset(self):
        return visible_participants(self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(participant_history(self.request.user, self.object))
        return context

    @cached_property
    def header_more_buttons(self):
        # The answers to an AVG request, next to edit and delete; both are audit-logged.
        buttons = list(super().header_more_buttons)
        user = self.request.user
        if may_export_person(user):
            buttons.append(
                Button(
                    _("Gegevens downloaden"),
                    url=participant_url("data", self.object.pk),
                    icon_name="download",
                    priority=30,
                )
            )
        if may_erase_person(user) and self.object.anonymised is None:
            buttons.append(
                Button(
                    _("Gegevens wissen"),
                    url=participant_url("erase", self.object.pk),
                    icon_name="bin",
                    priority=40,
                )
            )
        return buttons


def participant_history(user, participant):
    """One history per person for their admin page: registrations, certificates and
    payments, each with a link, limited to what this user may see."""
    registrations = list(
        visible_registrations(user, participant.registrations.all())
        .select_related("edition", "edition__course", "edition__event_page", "register")
        .order_by("-created", "-pk")
    )
    can_change = may(user, "move")
    for registration in registrations:
        registration.admin_url = (
            edition_url("registrations", registration.edition_id) + f"#aanmelding-{registration.pk}"
        )
        registration.number_url = None
        if can_change and registration.is_live and registration.edition.course_id:
            registration.number_url = (
                edition_url("register_number", registration.edition_id, registration.pk)
                + "?terug=deelnemer"
            )
    history = {
        "show_history": True,
        "history_registrations": registrations,
        "show_certificates": False,
    }
    if may(user, "view_certificates"):
        certificates = list(
            Certificate.objects.filter(registration__in=registrations)
            .select_related("registration")
            .order_by("-issued_at", "-pk")
        )
        for certificate in certificates:
            certificate.admin_url = edition_url(
                "certificate_download", certificate.registration.edition_id, certificate.pk
            )
        history.update(history_certificates=certificates, show_certificates=True)
    history["show_payments"] = user.has_perm("academy.view_payment")
    if history["show_payments"]:
        history["history_payments"] = list(
            Payment.objects.filter(registration__in=registrations)
            .select_related("registration__edition")
            .order_by("-created", "-pk")
        )
    return history


class ParticipantHistoryView(HistoryView):
    """Only the history of people this user may see (trainers: their own editions)."""

    def get_base_object_queryset(self):
        return visible_participants(self.request.user, super().get_base_object_queryset())


class ParticipantDeleteView(ProtectedDeleteView):
    protected_message = _("Deze deelnemer heeft aanmeldingen en kan daarom niet worden verwijderd.")

    def get_queryset(self):
        return visible_participants(self.request.user)


# Outgoing mail ------------------------------------------------------------------------------


class OutgoingMailIndexView(IndexView):
    @cached_property
    def columns(self):
        title_column = self._get_title_column_class(TitleColumn)
        return [
            title_column(
                "subject", label=_("Onderwerp"), get_url=lambda mail: self.get_inspect_url(mail)
            ),
            Column("to", label=_("Aan"), sort_key="to"),
            Column("kind", label=_("Soort"), sort_key="kind"),
            Column("status", accessor="get_status_display", label=_("Status"), sort_key="status"),
            Column("attempts", label=_("Pogingen"), sort_key="attempts"),
            Column("last_error", label=_("Laatste fout")),
            DateColumn("created", label=_("Gemaakt"), sort_key="created"),
            DateColumn("sent_at", label=_("Verzonden"), sort_key="sent_at"),
        ]
