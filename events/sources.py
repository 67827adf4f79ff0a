"""Event pages as a calendar source: their dates and repetitions, in the store's terms."""

import datetime as dt

from django.conf import settings
from django.utils.html import strip_tags

from .calendar.registry import CalendarSource
from .calendar.spec import CANCELLED, FULL, MOVED, SCHEDULED, Change, EntrySpec, Recurrence
from .calendar.store import sync_object, withdraw_missing, withdraw_object
from .models import DateStatus, EventPage, EventStatus, ExceptionKind, Repeat

SOURCE_KEY = "events"

_PAGE_STATUS = {
    EventStatus.CANCELLED: CANCELLED,
    EventStatus.FULL: FULL,
    EventStatus.MOVED: SCHEDULED,
    EventStatus.SCHEDULED: SCHEDULED,
}
_DATE_STATUS = {DateStatus.CANCELLED: CANCELLED, DateStatus.FULL: FULL}
_EXCEPTION_STATUS = {
    ExceptionKind.CANCELLED: CANCELLED,
    ExceptionKind.MOVED: MOVED,
    ExceptionKind.FULL: FULL,
}


def uid(kind, pk):
    return f"events-{kind}-{pk}@{settings.CALENDAR_UID_DOMAIN}"


def _local(day, time):
    return dt.datetime.combine(day, time) if time is not None else day


def _end(day, start_time, end_time, end_date):
    if start_time is None:
        return end_date or day
    if end_time is None:
        return None
    return dt.datetime.combine(end_date or day, end_time)


def _common(page):
    return {
        "title": page.title,
        "summary": strip_tags(page.intro or ""),
        "url": page.full_url or "",
        "page_id": page.pk,
        "location": page.location_text,
        "latitude": page.latitude,
        "longitude": page.longitude,
        "online_url": page.online_url,
        "kind_id": page.kind_id,
        "wijk_id": page.wijk_id,
        "theme_ids": tuple(theme.pk for theme in page.themes.all()),
        "audience_ids": tuple(audience.pk for audience in page.audiences.all()),
        "attendance_mode": page.attendance_mode,
        "language": page.locale.language_code,
    }


def _page_status(page, date_status=None):
    status = _PAGE_STATUS.get(page.status, SCHEDULED)
    if status == SCHEDULED and date_status:
        status = _DATE_STATUS.get(date_status, SCHEDULED)
    return status


def event_page_specs(page):
    """The calendar entries of an event page: one per date, plus one for its repetition."""
    common = _common(page)
    specs = [
        EntrySpec(
            key=f"date-{date.pk}",
            uid=uid("date", date.pk),
            start=_local(date.date, date.start_time),
            end=_end(date.date, date.start_time, date.end_time, date.end_date),
            status=_page_status(page, date.status),
            **common,
        )
        for date in page.dates.all()
    ]
    series = series_spec(page, common)
    if series is not None:
        specs.append(series)
    return specs


def series_spec(page, common=None):
    if not page.repeat or not page.repeat_start_date:
        return None
    start = _local(page.repeat_start_date, page.repeat_start_time)
    end = _end(page.repeat_start_date, page.repeat_start_time, page.repeat_end_time, None)
    exceptions = list(page.exceptions.all())
    all_day = page.repeat_start_time is None
    recurrence = Recurrence(
        frequency="MONTHLY" if page.repeat == Repeat.MONTHLY else "WEEKLY",
        interval=2 if page.repeat == Repeat.BIWEEKLY else 1,
        nth=page.repeat_nth,
        until=page.repeat_until,
        count=page.repeat_count,
        exdates=tuple(
            _local(e.date, page.repeat_start_time)
            for e in exceptions
            if e.kind == ExceptionKind.EXCLUDED
        ),
    )
    changes = []
    for exception in exceptions:
        status = _EXCEPTION_STATUS.get(exception.kind)
        if status is None:
            continue
        new_start = new_end = None
        if status == MOVED:
            new_day = exception.new_date or exception.date
            new_start = _local(new_day, exception.new_start_time or page.repeat_start_time)
            new_end = (
                None
                if all_day
                else _end(
                    new_day,
                    exception.new_start_time or page.repeat_start_time,
                    exception.new_end_time or page.repeat_end_time,
                    None,
                )
            )
        changes.append(
            Change(
                original=_local(exception.date, page.repeat_start_time),
                status=status,
                start=new_start,
                end=new_end,
                note=exception.note,
            )
        )
    return EntrySpec(
        key="series",
        uid=uid("series", page.pk),
        start=start,
        end=end,
        status=_page_status(page),
        recurrence=recurrence,
        changes=tuple(changes),
        **(common or _common(page)),
    )


def sync_event_page(page):
    page = EventPage.objects.select_related("locale").get(pk=page.pk)
    if page.live and not page.expired:
        return sync_object(SOURCE_KEY, page.pk, event_page_specs(page))
    return withdraw_object(SOURCE_KEY, page.pk)


class EventPageSource(CalendarSource):
    key = SOURCE_KEY
    label = "Agenda"

    def sync_all(self):
        live_ids = []
        for page in EventPage.objects.live().select_related("locale"):
            live_ids.append(page.pk)
            sync_object(SOURCE_KEY, page.pk, event_page_specs(page))
        withdraw_missing(SOURCE_KEY, live_ids)
