"""Keep the calendar store in step with event pages as editors publish them."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.cache import bump_content_version

from .calendar.store import withdraw_object
from .models import EventKind, EventPage
from .sources import SOURCE_KEY, sync_event_page


def _sync(sender, instance, **kwargs):
    sync_event_page(instance)


def _withdraw(sender, instance, **kwargs):
    withdraw_object(SOURCE_KEY, instance.pk)


def _moved(sender, instance, **kwargs):
    if isinstance(instance.specific, EventPage):
        sync_event_page(instance)


def _kind_renamed(sender, instance, **kwargs):
    bump_content_version()

    # The kind's name is part of every VEVENT (CATEGORIES) of its events.
    def resync():
        for page in EventPage.objects.live().filter(kind=instance):
            sync_event_page(page)

    transaction.on_commit(resync)


page_published.connect(_sync, sender=EventPage, dispatch_uid="events-sync-published")
page_unpublished.connect(_withdraw, sender=EventPage, dispatch_uid="events-withdraw-unpublished")
post_delete.connect(_withdraw, sender=EventPage, dispatch_uid="events-withdraw-deleted")
post_page_move.connect(_moved, dispatch_uid="events-sync-moved")
post_save.connect(_kind_renamed, sender=EventKind, dispatch_uid="events-kind-renamed")
