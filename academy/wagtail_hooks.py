"""Admin for the Vrijwilligersacademie: one 'Academie' menu (see academy.admin)."""

from django.db.models.signals import pre_save
from django.urls import path
from wagtail import hooks
from wagtail.models import ModelLogEntry

from .admin import (
    dashboard,
    page_deletion,  # noqa: F401 - registers its hooks on import
)
from .admin.viewsets import AcademyViewSetGroup
from .services import audit
from .views.invoices import academy_admin_invoice_pdf


@hooks.register("register_admin_viewset")
def register_academy_admin():
    return AcademyViewSetGroup()


@hooks.register("construct_homepage_panels")
def add_academy_dashboard_panels(request, panels):
    # Trainers: their sessions this week; academy staff: editions, waiting lists, offers.
    dashboard.add_panels(request, panels)


@hooks.register("register_admin_urls")
def register_invoice_download_url():
    return [
        path(
            "academie/factuur-pdf/<int:invoice_id>/",
            academy_admin_invoice_pdf,
            name="academy_admin_invoice_pdf",
        ),
    ]


@hooks.register("register_log_actions")
def register_audit_actions(actions):
    audit.register_actions(actions)
    # Connected here: log() scans these hooks before it writes its first entry.
    pre_save.connect(
        audit.keep_names_out_of_log, sender=ModelLogEntry, dispatch_uid="academy-neutral-log-label"
    )
