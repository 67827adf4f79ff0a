"""Public URLs of the academy (inside the language prefix: /... and /en/...)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "academy"

urlpatterns = [
    path(_("academie/aanmelden/<int:edition_id>/"), views.enrol, name="enrol"),
    path(_("academie/aanmelding/<str:token>/"), views.registration_by_token, name="registration"),
    path(_("academie/aanbod/<str:token>/"), views.offer, name="offer"),
    # Paying for a place; none of these confirms a payment (only the provider's events do).
    path(_("academie/aanmelding/<str:token>/betalen/"), views.pay, name="pay"),
    path(
        _("academie/aanmelding/<str:token>/betaling/"),
        views.payment_return,
        name="payment_return",
    ),
    path(
        _("academie/aanmelding/<str:token>/betalen-afgebroken/"),
        views.payment_cancelled,
        name="payment_cancelled",
    ),
    # The local test mode's stand-in for Stripe Checkout (404 when Stripe is configured).
    path(_("academie/testbetaling/<str:session_id>/"), views.test_checkout, name="test_checkout"),
    # The address in the personal QR code: a trainer scans it to check someone in.
    path(_("academie/inchecken/<str:code>/"), views.checkin, name="checkin"),
    path(_("academie/agenda/<str:token>.ics"), views.personal_feed, name="feed"),
    path(_("mijn-academie/"), views.mine, name="mine"),
    path(_("mijn-academie/gegevens/"), views.profile, name="profile"),
    path(_("mijn-academie/afmelden/<int:registration_id>/"), views.cancel, name="cancel"),
    path(_("mijn-academie/agenda/"), views.feed_settings, name="feed_settings"),
    path(_("mijn-academie/mijn-gegevens.json"), views.export_data, name="export"),
    path(_("mijn-academie/account-verwijderen/"), views.delete_account, name="delete_account"),
    # Certificates: public verification, the owner's own downloads (login or e-mail token).
    path(_("certificaat/controleren/"), views.verify_certificate, name="verify_certificate"),
    path(_("mijn-academie/certificaten/"), views.my_certificates, name="my_certificates"),
    path(
        _("mijn-academie/certificaten/<int:certificate_id>.pdf"),
        views.my_certificate,
        name="my_certificate",
    ),
    path(
        _("academie/aanmelding/<str:token>/certificaat.pdf"),
        views.certificate_by_token,
        name="certificate_by_token",
    ),
    # Invoices, receipts and credit notes: the payer's own downloads (login or e-mail token).
    path(_("mijn-academie/betalingen/"), views.my_invoices, name="my_invoices"),
    path(
        _("mijn-academie/facturen/<int:invoice_id>.pdf"),
        views.my_invoice,
        name="my_invoice",
    ),
    path(
        _("academie/aanmelding/<str:token>/factuur/<int:invoice_id>.pdf"),
        views.invoice_by_token,
        name="invoice_by_token",
    ),
]
