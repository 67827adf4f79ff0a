"""Certificates in the admin: per edition (completion, issue, revoke, re-issue, "afronden",
the progress of bulk issuing, downloads) and a read-only listing of all certificates.

The views collect input and call academy.services.certificates; the rules live there.
Downloads stream the stored file: a certificate is never rendered twice.
"""

import tempfile
import zipfile

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import IndexView

from ..access import may, visible_editions
from ..downloads import private, stored_pdf
from ..models import Certificate, CertificateRun, Registration, RegistrationStatus
from ..models.codes import normalise
from ..services import audit
from ..services import certificates as services
from ..services.completion import completions_for_edition
from ..services.errors import InvalidAnswers, RegistrationError
from .views import EditionActionView, EditionPageMixin, edition_url

REFRESH_SECONDS = 3


def certificate_filename(certificate):
    name = slugify(certificate.participant_name) or "deelnemer"
    return f"certificaat-{name}-{certificate.code}.pdf"


def _download(request, certificate):
    if not certificate.file.name:
        raise Http404(_("Dit certificaat heeft geen bestand."))
    try:
        return stored_pdf(
            request, certificate.file, certificate.sha256, certificate_filename(certificate)
        )
    except FileNotFoundError as error:
        raise Http404(_("Het bestand van dit certificaat ontbreekt.")) from error


# One edition ------------------------------------------------------------------------------


class EditionCertificatesView(EditionPageMixin, TemplateView):
    """Everyone with a place: completion, the test, the certificate and what staff can do."""

    action = "view_certificates"
    template_name = "academy/admin/certificates.html"
    page_title = _("Certificaten")
    header_icon = "doc-full"

    def latest_run(self):
        return self.edition.certificate_runs.order_by("-created", "-pk").first()

    def rows(self):
        registrations = list(
            self.edition.registrations.filter(status=RegistrationStatus.CONFIRMED)
            .select_related("participant", "register")
            .order_by("participant__last_name", "participant__first_name", "pk")
        )
        completions = completions_for_edition(self.edition, registrations)
        certificates = {}
        revoked = {}
        for certificate in Certificate.objects.filter(
            registration__edition_id=self.edition.pk
        ).order_by("issued_at", "pk"):
            target = revoked if certificate.is_revoked else certificates
            target.setdefault(certificate.registration_id, []).append(certificate)
        return [
            {
                "registration": registration,
                "completion": completions[registration.pk],
                "certificate": (certificates.get(registration.pk) or [None])[0],
                "revoked": revoked.get(registration.pk, []),
            }
            for registration in registrations
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        edition = self.edition
        run = self.latest_run()
        running = run is not None and run.status in (
            CertificateRun.Status.QUEUED,
            CertificateRun.Status.RUNNING,
        )
        stale = run is not None and services.is_stale(run)
        finished = edition.last_end is not None and edition.last_end <= timezone.now()
        rows = self.rows()
        course = edition.course
        context.update(
            rows=rows,
            issued_count=sum(1 for row in rows if row["certificate"]),
            earned_count=sum(1 for row in rows if row["completion"].met),
            run=run,
            run_active=running and not stale,
            run_stale=stale,
            refresh_seconds=REFRESH_SECONDS if running and not stale else None,
            finished=finished,
            needs_assessment=bool(course and course.completion_requires_assessment),
            can_issue=may(user, "issue_certificates") and finished,
            can_complete=may(user, "issue_certificates") and finished and not edition.is_cancelled,
            can_revoke=may(user, "revoke_certificate"),
            can_reissue=may(user, "issue_certificates"),
            can_set_assessment=user.has_perm("academy.change_registration"),
            complete_url=edition_url("complete_edition", edition.pk),
            zip_url=edition_url("certificates_zip", edition.pk),
        )
        return context

    def refuse(self, message, status):
        messages.error(self.request, message)
        return self.render_to_response(self.get_context_data(), status=status)

    def done(self, message):
        if message:
            messages.success(self.request, message)
        return redirect(edition_url("certificates", self.edition.pk))


class _RegistrationPost(EditionCertificatesView):
    """A button on the certificates page for one person: POST only, then back to the page."""

    http_method_names = ["post"]

    @cached_property
    def registration(self):
        return get_object_or_404(
            Registration.objects.select_related("participant"),
            pk=self.kwargs["registration_pk"],
            edition_id=self.edition.pk,
        )

    def post(self, request, *args, **kwargs):
        try:
            message = self.perform()
        except RegistrationError as error:
            if error.status == 404:
                raise Http404(str(error.message)) from error
            return self.refuse(error.message, error.status)
        return self.done(message)


class IssueCertificateView(_RegistrationPost):
    action = "issue_certificates"

    def perform(self):
        certificate = services.issue_certificate(self.registration, by=self.request.user)
        return _("Het certificaat van %(name)s staat klaar (code %(code)s).") % {
            "name": certificate.participant_name,
            "code": certificate.display_code,
        }


class AssessmentView(_RegistrationPost):
    """The test result, for courses that end with a test."""

    CHOICES = {"ja": True, "nee": False, "onbekend": None}

    def post(self, request, *args, **kwargs):
        if not request.user.has_perm("academy.change_registration"):
            raise PermissionDenied
        return super().post(request, *args, **kwargs)

    def perform(self):
        value = self.request.POST.get("toets", "")
        if value not in self.CHOICES:
            raise InvalidAnswers(_("Kies: gehaald, niet gehaald of nog niet bekend."))
        services.set_assessment_result(self.registration, self.CHOICES[value], by=self.request.user)
        return _("De toets van %(name)s is bijgewerkt.") % {
            "name": self.registration.participant.full_name
        }


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reden"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Deze reden blijft bij het certificaat bewaard."),
        error_messages={"required": _("Vul een reden in.")},
    )


class _CertificateAction(EditionActionView):
    """A form about one certificate of this edition (another edition's id answers 404)."""

    template_name = "academy/admin/certificates_action.html"

    def get_form_class(self):
        return ReasonForm

    @cached_property
    def certificate(self):
        return get_object_or_404(
            Certificate.objects.select_related("registration"),
            pk=self.kwargs["certificate_pk"],
            registration__edition_id=self.edition.pk,
        )

    def get(self, request, *args, **kwargs):
        self.certificate  # noqa: B018 (404 before showing a form)
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.certificate  # noqa: B018
        return super().post(request, *args, **kwargs)

    def get_page_subtitle(self):
        return f"{self.certificate.participant_name} – {self.certificate.display_code}"

    def get_success_url(self):
        return edition_url("certificates", self.edition.pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["certificate"] = self.certificate
        context["overview_url"] = edition_url("certificates", self.edition.pk)
        if self.certificate.is_revoked:
            context["not_live"] = _("Dit certificaat is al ingetrokken.")
        return context


class RevokeCertificateView(_CertificateAction):
    action = "revoke_certificate"
    page_title = _("Certificaat intrekken")
    submit_label = _("Intrekken")
    danger = True
    intro = _(
        "Een ingetrokken certificaat is niet meer geldig. Wie de code controleert, ziet dat het "
        "is ingetrokken. De deelnemer krijgt geen e-mail."
    )

    def perform(self, form):
        services.revoke_certificate(
            self.certificate, by=self.request.user, reason=form.cleaned_data["reason"]
        )
        return _("Het certificaat van %(name)s is ingetrokken.") % {
            "name": self.certificate.participant_name
        }


class ReissueCertificateView(_CertificateAction):
    action = "issue_certificates"
    page_title = _("Certificaat opnieuw uitgeven")
    submit_label = _("Opnieuw uitgeven")
    intro = _(
        "Het oude certificaat wordt ingetrokken. Er komt een nieuw certificaat met een nieuwe "
        "code en de gegevens van nu, bijvoorbeeld een verbeterde naam. De deelnemer krijgt "
        "een e-mail."
    )

    def perform(self, form):
        new = services.reissue_certificate(
            self.certificate, by=self.request.user, reason=form.cleaned_data["reason"]
        )
        return _("Er is een nieuw certificaat voor %(name)s (code %(code)s).") % {
            "name": new.participant_name,
            "code": new.display_code,
        }


class CompleteEditionView(EditionActionView):
    """ "Afronden": a confirmation page, then the certificates are issued in the background."""

    action = "issue_certificates"
    page_title = _("Editie afronden")
    submit_label = _("Afronden en certificaten uitgeven")
    template_name = "academy/admin/complete_edition.html"
    form_class = forms.Form

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        registrations = list(self.edition.registrations.filter(status=RegistrationStatus.CONFIRMED))
        completions = completions_for_edition(self.edition, registrations)
        context.update(
            confirmed_count=len(registrations),
            earned_count=sum(1 for c in completions.values() if c.met),
            overview_url=edition_url("certificates", self.edition.pk),
            finished=self.edition.last_end is not None and self.edition.last_end <= timezone.now(),
        )
        return context

    def perform(self, form):
        services.complete_edition(self.edition, by=self.request.user)
        return _(
            "De editie is afgerond. De certificaten worden nu gemaakt; "
            "de voortgang staat hieronder."
        )

    def get_success_url(self):
        return edition_url("certificates", self.edition.pk)


class CertificateDownloadView(EditionPageMixin, View):
    """The stored file of one certificate of this edition, as it was issued."""

    action = "view_certificates"

    def get(self, request, *args, **kwargs):
        certificate = get_object_or_404(
            Certificate, pk=kwargs["certificate_pk"], registration__edition_id=self.edition.pk
        )
        return _download(request, certificate)


class CertificatesZipView(EditionPageMixin, View):
    """Every valid certificate of the edition in one ZIP, built from the stored files."""

    action = "view_certificates"

    def get(self, request, *args, **kwargs):
        certificates = list(
            Certificate.objects.valid()
            .filter(registration__edition_id=self.edition.pk)
            .order_by("participant_name", "pk")
        )
        if not certificates:
            messages.error(request, _("Er zijn nog geen geldige certificaten om te downloaden."))
            return redirect(edition_url("certificates", self.edition.pk))
        # On disk above a few MB: 500 certificates must not sit in memory per request.
        buffer = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
            for certificate in certificates:
                if not certificate.file.name:
                    continue
                try:
                    with certificate.file.open("rb") as stored:
                        archive.writestr(certificate_filename(certificate), stored.read())
                except FileNotFoundError:
                    continue
        buffer.seek(0)
        audit.log_list_export(
            request.user,
            kind=audit.CERTIFICATES_ZIP,
            export_format="zip",
            rows=len(certificates),
            edition=self.edition,
        )
        name = slugify(self.edition.title) or "editie"
        response = FileResponse(
            buffer,
            as_attachment=True,
            filename=f"certificaten-{name}-{self.edition.pk}.zip",
            content_type="application/zip",
        )
        return private(response)


# All certificates (read-only listing) -------------------------------------------------------


class CertificateFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Soort"), choices=Certificate.Kind.choices)
    revoked = django_filters.ChoiceFilter(
        label=_("Geldig"),
        choices=[("nee", _("Geldig")), ("ja", _("Ingetrokken"))],
        method="filter_revoked",
        empty_label=_("Alle"),
    )

    class Meta:
        model = Certificate
        fields = ["kind"]

    def filter_revoked(self, queryset, name, value):
        if value == "ja":
            return queryset.filter(revoked_at__isnull=False)
        if value == "nee":
            return queryset.filter(revoked_at__isnull=True)
        return queryset


class CertificateIndexView(IndexView):
    def get_base_queryset(self):
        editions = visible_editions(self.request.user).values("pk")
        return Certificate.objects.filter(registration__edition_id__in=editions).select_related(
            "registration"
        )

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        query = Q(participant_name__icontains=self.search_query)
        # Codes are typed as printed (K7M2-Q9XD-...), in any case.
        code = normalise(self.search_query)
        if len(code) >= 4:
            query |= Q(code__contains=code)
        return queryset.filter(query)

    def certificates_url(self, certificate):
        return edition_url("certificates", certificate.registration.edition_id)

    @cached_property
    def columns(self):
        title_column = self._get_title_column_class(TitleColumn)
        return [
            title_column(
                "participant_name",
                label=_("Naam"),
                get_url=self.certificates_url,
                sort_key="participant_name",
            ),
            Column("course_title", label=_("Training"), sort_key="course_title"),
            Column("kind", accessor="get_kind_display", label=_("Soort"), sort_key="kind"),
            Column("code", accessor="display_code", label=_("Code")),
            Column("points", label=_("Punten")),
            DateColumn("issued_at", label=_("Uitgegeven"), sort_key="issued_at"),
            BooleanColumn("is_revoked", label=_("Ingetrokken")),
        ]


# Added to EditionViewSet (academy_editions:<name>, with the edition's pk first).
urlpatterns = [
    path("<int:pk>/certificaten/", EditionCertificatesView.as_view(), name="certificates"),
    path("<int:pk>/afronden/", CompleteEditionView.as_view(), name="complete_edition"),
    path("<int:pk>/certificaten/alles.zip", CertificatesZipView.as_view(), name="certificates_zip"),
    path(
        "<int:pk>/certificaten/aanmelding/<int:registration_pk>/uitgeven/",
        IssueCertificateView.as_view(),
        name="issue_certificate",
    ),
    path(
        "<int:pk>/certificaten/aanmelding/<int:registration_pk>/toets/",
        AssessmentView.as_view(),
        name="assessment",
    ),
    path(
        "<int:pk>/certificaten/<int:certificate_pk>/download/",
        CertificateDownloadView.as_view(),
        name="certificate_download",
    ),
    path(
        "<int:pk>/certificaten/<int:certificate_pk>/intrekken/",
        RevokeCertificateView.as_view(),
        name="revoke_certificate",
    ),
    path(
        "<int:pk>/certificaten/<int:certificate_pk>/opnieuw/",
        ReissueCertificateView.as_view(),
        name="reissue_certificate",
    ),
]
