"""Admin for the Vrijwilligersacademie: one 'Academie' menu (see academy.admin)."""

from django.urls import path
from wagtail import hooks

from .admin.viewsets import AcademyViewSetGroup
from .views.invoices import academy_admin_invoice_pdf


@hooks.register("register_admin_viewset")
def register_academy_admin():
    return AcademyViewSetGroup()


@hooks.register("register_admin_urls")
def register_invoice_download_url():
    return [
        path(
            "academie/factuur-pdf/<int:invoice_id>/",
            academy_admin_invoice_pdf,
            name="academy_admin_invoice_pdf",
        ),
    ]
