"""The 'Academie' menu: editions, registrations, participants, registers and sent mail."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import ObjectList
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from cms.readonly_admin import ReadOnlyViewSetMixin

from ..models import (
    AccreditationRegister,
    Certificate,
    Edition,
    OutgoingMail,
    Participant,
    Registration,
)
from . import (
    accreditation,
    attendance,
    certificates,
    editions,
    filters,
    payments,
    privacy,
    views,
)


class EditionViewSet(ModelViewSet):
    model = Edition
    name = views.EDITION_URL
    url_prefix = "academie/edities"
    icon = "calendar"
    menu_label = _("Edities")
    menu_order = 100
    add_to_admin_menu = False
    copy_view_enabled = False
    index_view_class = views.EditionIndexView
    edit_view_class = editions.EditionEditView
    delete_view_class = views.EditionDeleteView
    filterset_class = filters.EditionFilterSet
    search_fields = views.EDITION_SEARCH_FIELDS
    search_backend_name = None
    ordering = "first_start"
    list_per_page = 25

    def get_edit_handler(self):
        # The model's panels with the form that refuses what cannot be meant (editions.py).
        return ObjectList(Edition.panels, base_form_class=editions.EditionForm).bind_to_model(
            Edition
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(
                "<int:pk>/tijden-gewijzigd/",
                editions.TimesChangedView.as_view(),
                name="times_changed",
            ),
            path(
                "<int:pk>/aanmeldingen/",
                views.EditionRegistrationsView.as_view(),
                name="registrations",
            ),
            path("<int:pk>/aanmelden/", views.RegisterPersonView.as_view(), name="register"),
            path("<int:pk>/e-mail/", views.StaffMessageView.as_view(), name="mail"),
            path("<int:pk>/annuleren/", views.CancelEditionView.as_view(), name="cancel_edition"),
            path(
                "<int:pk>/aanmelding/<int:registration_pk>/verplaatsen/",
                views.MoveRegistrationView.as_view(),
                name="move",
            ),
            path(
                "<int:pk>/aanmelding/<int:registration_pk>/afmelden/",
                views.CancelRegistrationView.as_view(),
                name="cancel_registration",
            ),
            path(
                "<int:pk>/aanmelding/<int:registration_pk>/registratienummer/",
                views.RegisterNumberView.as_view(),
                name="register_number",
            ),
            *accreditation.urlpatterns,
            *attendance.urlpatterns,
            *certificates.urlpatterns,
        ]


class RegistrationViewSet(ReadOnlyViewSetMixin, ModelViewSet):
    model = Registration
    # Nothing links to these from pages; indexing them would cost every registration a task.
    add_to_reference_index = False
    name = "academy_registrations"
    url_prefix = "academie/aanmeldingen"
    icon = "tasks"
    menu_label = _("Aanmeldingen")
    menu_order = 200
    add_to_admin_menu = False
    index_view_class = views.RegistrationIndexView
    filterset_class = filters.RegistrationFilterSet
    search_fields = ["participant__first_name", "participant__last_name", "participant__email"]
    search_backend_name = None
    ordering = "-created"
    list_per_page = 50


class ParticipantViewSet(ModelViewSet):
    model = Participant
    # Nothing links to these from pages; indexing them would cost every registration a task.
    add_to_reference_index = False
    name = "academy_participants"
    url_prefix = "academie/deelnemers"
    icon = "group"
    menu_label = _("Deelnemers")
    menu_order = 300
    add_to_admin_menu = False
    copy_view_enabled = False
    index_view_class = views.ParticipantIndexView
    add_view_class = views.ParticipantCreateView
    edit_view_class = views.ParticipantEditView
    delete_view_class = views.ParticipantDeleteView
    history_view_class = views.ParticipantHistoryView
    filterset_class = filters.ParticipantFilterSet
    search_fields = ["first_name", "last_name", "email", "phone", "organisation"]
    search_backend_name = None
    create_template_name = edit_template_name = "academy/admin/participant_form.html"
    form_fields = [
        "first_name",
        "last_name",
        "email",
        "phone",
        "organisation",
        "wijk",
        "participant_type",
    ]
    list_per_page = 50

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/gegevens/", privacy.ParticipantDataView.as_view(), name="data"),
            path("<int:pk>/wissen/", privacy.ParticipantEraseView.as_view(), name="erase"),
        ]


class AccreditationRegisterViewSet(ModelViewSet):
    model = AccreditationRegister
    name = "academy_registers"
    url_prefix = "academie/registers"
    icon = "tag"
    menu_label = _("Registers")
    menu_order = 400
    add_to_admin_menu = False
    copy_view_enabled = False
    delete_view_class = views.ProtectedDeleteView
    list_display = ["name", "short_name", "number_pattern", "number_hint"]
    search_fields = ["name", "short_name"]
    search_backend_name = None


class OutgoingMailViewSet(ReadOnlyViewSetMixin, ModelViewSet):
    model = OutgoingMail
    # Nothing links to these from pages; indexing them would cost every registration a task.
    add_to_reference_index = False
    name = "academy_mail"
    url_prefix = "academie/e-mails"
    icon = "mail"
    menu_label = _("Verstuurde e-mails")
    menu_order = 500
    add_to_admin_menu = False
    index_view_class = views.OutgoingMailIndexView
    filterset_class = filters.OutgoingMailFilterSet
    inspect_view_enabled = True
    inspect_view_fields = [
        "to",
        "subject",
        "kind",
        "status",
        "attempts",
        "last_error",
        "created",
        "sent_at",
        "body_text",
    ]
    search_fields = ["to", "subject"]
    search_backend_name = None
    ordering = "-created"
    list_per_page = 50


class CertificateViewSet(ReadOnlyViewSetMixin, ModelViewSet):
    model = Certificate
    add_to_reference_index = False
    name = "academy_certificates"
    url_prefix = "academie/certificaten"
    icon = "doc-full"
    menu_label = _("Certificaten")
    menu_order = 450
    add_to_admin_menu = False
    index_view_class = certificates.CertificateIndexView
    filterset_class = certificates.CertificateFilterSet
    search_fields = ["participant_name", "code"]
    search_backend_name = None
    ordering = "-issued_at"
    list_per_page = 50


class AcademyViewSetGroup(ViewSetGroup):
    menu_label = _("Academie")
    menu_icon = "calendar-check"
    menu_order = 250
    items = (
        EditionViewSet,
        attendance.AttendanceViewSet,
        RegistrationViewSet,
        payments.PaymentViewSet,
        ParticipantViewSet,
        AccreditationRegisterViewSet,
        CertificateViewSet,
        OutgoingMailViewSet,
    )
