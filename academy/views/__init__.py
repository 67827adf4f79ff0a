"""Public views of the academy: enrolment, e-mail links, Mijn academie and the personal feed."""

from .certificates import (
    certificate_by_token,
    my_certificate,
    my_certificates,
    verify_certificate,
)
from .checkin import checkin
from .enrol import enrol, registration_by_token
from .feeds import personal_feed
from .invoices import invoice_by_token, my_invoice, my_invoices
from .mine import cancel, delete_account, export_data, feed_settings, mine, profile
from .offers import offer
from .payments import pay, payment_cancelled, payment_return, test_checkout

__all__ = [
    "cancel",
    "checkin",
    "invoice_by_token",
    "my_invoice",
    "my_invoices",
    "certificate_by_token",
    "my_certificate",
    "my_certificates",
    "verify_certificate",
    "delete_account",
    "enrol",
    "export_data",
    "feed_settings",
    "mine",
    "offer",
    "pay",
    "payment_cancelled",
    "payment_return",
    "test_checkout",
    "personal_feed",
    "profile",
    "registration_by_token",
]
