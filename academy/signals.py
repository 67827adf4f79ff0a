"""Keep derived data in step: edition dates from sessions, the calendar from editions."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished

from .calendar_source import SOURCE_KEY, sync_course, sync_edition_later
from .catalogue.listing_cache import availability_changed
from .models import CoursePage, Edition, Registration, Session


def _edition_saved(sender, instance, **kwargs):
    instance.refresh_dates()
    sync_edition_later(instance.pk)


def _session_changed(sender, instance, **kwargs):
    edition = Edition.objects.filter(pk=instance.edition_id).first()
    if edition is not None:
        edition.refresh_dates()
        sync_edition_later(edition.pk)


def _edition_deleted(sender, instance, **kwargs):
    from events.calendar.store import withdraw_object

    withdraw_object(SOURCE_KEY, instance.pk)


def _course_changed(sender, instance, **kwargs):
    sync_course(instance)


post_save.connect(_edition_saved, sender=Edition, dispatch_uid="academy-edition-saved")
post_save.connect(_session_changed, sender=Session, dispatch_uid="academy-session-saved")
post_delete.connect(_session_changed, sender=Session, dispatch_uid="academy-session-deleted")
post_delete.connect(_edition_deleted, sender=Edition, dispatch_uid="academy-edition-deleted")
page_published.connect(_course_changed, sender=CoursePage, dispatch_uid="academy-course-published")
page_unpublished.connect(
    _course_changed, sender=CoursePage, dispatch_uid="academy-course-unpublished"
)

# Places and states on the catalogue's cards: every change of places goes through the
# registration services, which save the registration; staff save editions and sessions.
for _model in (Edition, Session, Registration):
    for _signal in (post_save, post_delete):
        _signal.connect(
            availability_changed,
            sender=_model,
            dispatch_uid=f"academy-availability-{_model.__name__}-{_signal is post_save}",
        )
