"""Where files with personal data are kept."""

from django.core.files.storage import storages


def private_storage():
    """Certificates, invoices and WordPress exports (drafts, private posts, authors'
    e-mail addresses) never go to the public media folder."""
    return storages["private"]
