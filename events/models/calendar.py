"""The calendar store: what every source (events, the academy) publishes, ready to list and feed.

A CalendarEntry is one VEVENT: a single date, a repeating series, or the
override of one date in a series. Its iCalendar text is rendered when the
entry changes, so a feed of thousands of entries is a concatenation.
An Occurrence is one actual date of an entry, in UTC, for the agenda.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AttendanceMode(models.TextChoices):
    OFFLINE = "offline", _("Op locatie")
    ONLINE = "online", _("Online")
    MIXED = "mixed", _("Op locatie en online")


class OccurrenceStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Gepland")
    CANCELLED = "cancelled", _("Geannuleerd")
    MOVED = "moved", _("Verplaatst")
    FULL = "full", _("Vol")


class CalendarEntry(models.Model):
    source = models.CharField(max_length=50)
    object_id = models.CharField(max_length=64)
    key = models.CharField(max_length=100)
    # Overrides of one date of a series share the series' UID (told apart by RECURRENCE-ID).
    uid = models.CharField(max_length=255, db_index=True)
    master = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="overrides"
    )

    title = models.CharField(max_length=255)
    summary = models.TextField(blank=True)
    url = models.URLField(max_length=500, blank=True)
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    location = models.CharField(max_length=300, blank=True)
    latitude = models.DecimalField(max_digits=8, decimal_places=5, null=True, blank=True)
    longitude = models.DecimalField(max_digits=8, decimal_places=5, null=True, blank=True)
    online_url = models.URLField(max_length=500, blank=True)
    kind = models.ForeignKey(
        "events.EventKind", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    wijk = models.ForeignKey(
        "cms.Wijk", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    themes = models.ManyToManyField("cms.Theme", blank=True, related_name="+")
    audiences = models.ManyToManyField("cms.Audience", blank=True, related_name="+")
    attendance_mode = models.CharField(
        max_length=10, choices=AttendanceMode.choices, default=AttendanceMode.OFFLINE
    )
    language = models.CharField(max_length=8, db_index=True)

    all_day = models.BooleanField(default=False)
    start = models.DateTimeField()
    end = models.DateTimeField()
    last_end = models.DateTimeField(db_index=True, help_text="End of the last occurrence.")
    rrule = models.CharField(max_length=200, blank=True)
    exdates = models.JSONField(default=list, blank=True)
    recurrence_id = models.DateTimeField(null=True, blank=True)

    status = models.CharField(
        max_length=10, choices=OccurrenceStatus.choices, default=OccurrenceStatus.SCHEDULED
    )
    # No longer published by its source (deleted, unpublished, date removed): kept in
    # feeds as cancelled so subscribed calendars remove it, left out of the agenda.
    withdrawn = models.BooleanField(default=False)
    sequence = models.PositiveIntegerField(default=0)
    fingerprint = models.CharField(max_length=64)
    created = models.DateTimeField()
    last_modified = models.DateTimeField()
    ical = models.TextField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["source", "object_id", "key"], name="calendar_entry_unique_key"
            ),
            models.UniqueConstraint(
                fields=["uid"],
                condition=models.Q(recurrence_id__isnull=True),
                name="calendar_entry_unique_uid",
            ),
            models.UniqueConstraint(
                fields=["uid", "recurrence_id"],
                condition=models.Q(recurrence_id__isnull=False),
                name="calendar_entry_unique_override",
            ),
        ]
        indexes = [models.Index(fields=["source", "object_id"])]
        ordering = ["start", "pk"]

    def __str__(self):
        return f"{self.title} ({self.uid})"

    @property
    def href(self):
        """Where the agenda links to: the page on this site when there is one."""
        if self.page_id and self.page is not None:
            return self.page.url or self.url
        return self.url


class Occurrence(models.Model):
    entry = models.ForeignKey(CalendarEntry, on_delete=models.CASCADE, related_name="occurrences")
    start = models.DateTimeField(db_index=True)
    end = models.DateTimeField(db_index=True)
    all_day = models.BooleanField(default=False)
    local_date = models.DateField(db_index=True, help_text="First day, in Amsterdam.")
    local_end_date = models.DateField(help_text="Last day, in Amsterdam (inclusive).")
    status = models.CharField(
        max_length=10, choices=OccurrenceStatus.choices, default=OccurrenceStatus.SCHEDULED
    )
    original_start = models.DateTimeField(null=True, blank=True)
    note = models.CharField(max_length=200, blank=True)
    # Copied from the entry, so the agenda counts and pages without a join.
    language = models.CharField(max_length=8, default="nl")

    class Meta:
        ordering = ["start", "pk"]
        indexes = [models.Index(fields=["language", "end", "start"])]

    def __str__(self):
        return f"{self.entry.title} {self.start:%Y-%m-%d %H:%M}"

    @property
    def is_cancelled(self):
        return self.status == OccurrenceStatus.CANCELLED
