from .calendar import AttendanceMode, CalendarEntry, Occurrence, OccurrenceStatus
from .pages import (
    DateStatus,
    EventDate,
    EventException,
    EventIndexPage,
    EventPage,
    EventStatus,
    ExceptionKind,
    NthWeekday,
    Repeat,
)
from .snippets import EventKind

__all__ = [
    "AttendanceMode",
    "CalendarEntry",
    "DateStatus",
    "EventDate",
    "EventException",
    "EventIndexPage",
    "EventKind",
    "EventPage",
    "EventStatus",
    "ExceptionKind",
    "NthWeekday",
    "Occurrence",
    "OccurrenceStatus",
    "Repeat",
]
