"""Public views of the academy: enrolment, e-mail links, Mijn academie and the personal feed."""

from .enrol import enrol, registration_by_token
from .feeds import personal_feed
from .mine import cancel, delete_account, export_data, feed_settings, mine, profile
from .offers import offer

__all__ = [
    "cancel",
    "delete_account",
    "enrol",
    "export_data",
    "feed_settings",
    "mine",
    "offer",
    "personal_feed",
    "profile",
    "registration_by_token",
]
