"""Keep the calendar store in step with a source object (an event page, a course edition).

`sync_object` is the only way entries change. It keeps UIDs stable (an entry is
found again by its key), raises SEQUENCE and LAST-MODIFIED only when something a
calendar shows changed, and never deletes what subscribers may have: an entry
that a source stops publishing is withdrawn and stays in feeds as CANCELLED.

The override of one date of a series (RECURRENCE-ID) never has a lower SEQUENCE than
its series: a change to one instance is a revision of the series (RFC 5545), and
calendar clients ignore an instance whose SEQUENCE is below what they already have.
"""

import datetime as dt
import hashlib
import json
from dataclasses import replace

from django.db import transaction
from django.utils import timezone

from cms.cache import bump_content_version

from ..models import CalendarEntry, EventKind, Occurrence
from .ical import render_event
from .recurrence import expand, rrule_text
from .spec import CANCELLED, MOVED, day_start, localize


def _iso(value):
    return value.isoformat() if value is not None else None


def _aware(value, all_day):
    return day_start(value) if all_day else localize(value)


def _entry_values(spec, occurrences):
    first = occurrences[0] if occurrences else None
    start = _aware(spec.start, spec.all_day)
    if spec.all_day:
        end = day_start((spec.end or spec.start) + dt.timedelta(days=1))
    else:
        end = localize(spec.end) if spec.end else start
    return {
        "title": spec.title[:255],
        "summary": spec.summary,
        "url": spec.url,
        "page_id": spec.page_id,
        "location": spec.location[:300],
        "latitude": spec.latitude,
        "longitude": spec.longitude,
        "online_url": spec.online_url,
        "kind_id": spec.kind_id,
        "wijk_id": spec.wijk_id,
        "attendance_mode": spec.attendance_mode,
        "language": spec.language,
        "all_day": spec.all_day,
        "start": start,
        "end": end,
        "last_end": max((o.end for o in occurrences), default=first.end if first else end),
        "rrule": rrule_text(spec) if spec.recurrence else "",
        "exdates": [_iso(value) for value in (spec.recurrence.exdates if spec.recurrence else ())],
        "recurrence_id": None,
        "status": CANCELLED if spec.status == CANCELLED else "scheduled",
        "withdrawn": False,
    }


def _override_values(master_values, change, occurrence):
    """An override VEVENT (RECURRENCE-ID) for a cancelled or moved date of a series."""
    return {
        **master_values,
        "start": occurrence.start,
        "end": occurrence.end,
        "last_end": occurrence.end,
        "rrule": "",
        "exdates": [],
        "recurrence_id": occurrence.original_start,
        "status": CANCELLED if change.status == CANCELLED else "scheduled",
        "summary": "\n\n".join(filter(None, [change.note, master_values["summary"]])),
    }


def _fingerprint(values, theme_ids, audience_ids, occurrences, kind_name):
    data = {
        **{key: value for key, value in values.items() if key != "last_end"},
        "themes": sorted(theme_ids),
        "audiences": sorted(audience_ids),
        "kind_name": kind_name,
        "occurrences": [(o.start, o.end, o.status, o.note) for o in occurrences],
    }
    raw = json.dumps(data, default=str, sort_keys=True).encode()
    return hashlib.sha256(raw).hexdigest()


def _kind_names(specs):
    ids = {spec.kind_id for spec in specs if spec.kind_id}
    return dict(EventKind.objects.filter(pk__in=ids).values_list("pk", "name"))


RESTORED = "restored"


class _Syncer:
    def __init__(self, source, object_id, now):
        self.source = source
        self.object_id = str(object_id)
        self.now = now
        self.existing = {
            entry.key: entry
            for entry in CalendarEntry.objects.filter(source=source, object_id=self.object_id)
        }
        self.kept = set()
        self.changed = False
        # Per series: its regular dates (original start -> start, end), to restore an
        # override whose change was undone.
        self.series_dates = {}

    def upsert(self, key, uid, values, fingerprint, theme_ids, audience_ids, kind_name, master):
        entry = self.existing.get(key)
        self.kept.add(key)
        floor = master.sequence if master is not None else 0
        if entry is not None and entry.fingerprint == fingerprint and not entry.withdrawn:
            if entry.sequence < floor:
                self._raise_sequence(entry, floor, kind_name)
            return entry, False
        if entry is None:
            entry = CalendarEntry(
                source=self.source,
                object_id=self.object_id,
                key=key,
                uid=uid,
                created=self.now,
                sequence=floor,
            )
        else:
            entry.sequence = max(entry.sequence + 1, floor)
        for name, value in values.items():
            setattr(entry, name, value)
        entry.master = master
        entry.fingerprint = fingerprint
        entry.last_modified = self.now
        entry.ical = render_event(entry, kind_name)
        entry.save()
        entry.themes.set(theme_ids)
        entry.audiences.set(audience_ids)
        self.changed = True
        return entry, True

    def _raise_sequence(self, entry, sequence, kind_name):
        """The series was revised after this override was: bring it up to the series'."""
        entry.sequence = sequence
        entry.last_modified = self.now
        entry.ical = render_event(entry, kind_name)
        entry.save(update_fields=["sequence", "last_modified", "ical"])
        self.changed = True

    def _master_sequence(self, key):
        master = self.existing.get(key.split("|")[0]) if "|" in key else None
        return master.sequence if master is not None else 0

    def withdraw_rest(self):
        # Series before their overrides, so an override can follow its series' SEQUENCE.
        for key, entry in sorted(self.existing.items(), key=lambda item: "|" in item[0]):
            if key in self.kept or entry.withdrawn:
                continue
            floor = self._master_sequence(key)
            regular = self.series_dates.get(key.split("|")[0], {}).get(entry.recurrence_id)
            if entry.recurrence_id is not None and regular is not None:
                if entry.fingerprint == RESTORED and (entry.start, entry.end) == regular:
                    if entry.sequence < floor:
                        kind_name = entry.kind.name if entry.kind_id else ""
                        self._raise_sequence(entry, floor, kind_name)
                    continue
                self._restore_override(entry, *regular, floor=floor)
            else:
                withdraw_entry(entry, self.now, floor=floor)
            self.changed = True

    def _restore_override(self, entry, start, end, floor=0):
        """A cancelled or moved date is back to normal: say so, rather than cancel it."""
        entry.start, entry.end, entry.last_end = start, end, end
        entry.status = "scheduled"
        entry.sequence = max(entry.sequence + 1, floor)
        entry.last_modified = self.now
        entry.fingerprint = RESTORED
        entry.ical = render_event(entry, entry.kind.name if entry.kind_id else "")
        entry.save()


def withdraw_entry(entry, now, floor=0):
    """Keep the entry in feeds as CANCELLED; `floor`: the SEQUENCE of its series, if any."""
    entry.withdrawn = True
    entry.sequence = max(entry.sequence + 1, floor)
    entry.last_modified = now
    entry.ical = render_event(entry, entry.kind.name if entry.kind_id else "")
    entry.save()
    entry.occurrences.all().delete()


@transaction.atomic
def sync_object(source, object_id, specs, now=None):
    """Make the store hold exactly `specs` for this source object. Returns True on a change."""
    now = now or timezone.now()
    syncer = _Syncer(source, object_id, now)
    kind_names = _kind_names(specs)
    for spec in specs:
        occurrences = expand(spec)
        kind_name = kind_names.get(spec.kind_id, spec.kind_name)
        values = _entry_values(spec, occurrences)
        fingerprint = _fingerprint(
            values, spec.theme_ids, spec.audience_ids, occurrences, kind_name
        )
        master, changed = syncer.upsert(
            spec.key,
            spec.uid,
            values,
            fingerprint,
            spec.theme_ids,
            spec.audience_ids,
            kind_name,
            None,
        )
        if changed:
            _replace_occurrences(master, occurrences)
        if spec.recurrence is None:
            continue
        syncer.series_dates[spec.key] = {
            o.start: (o.start, o.end) for o in expand(replace(spec, changes=()))
        }
        by_original = {o.original_start: o for o in occurrences if o.original_start}
        for change in spec.changes:
            if change.status not in (CANCELLED, MOVED):
                continue  # a full date is news for the agenda, not for calendars
            occurrence = by_original.get(_aware(change.original, spec.all_day))
            if occurrence is None:
                continue  # not a date of the rule (or excluded): nothing to override
            override = _override_values(values, change, occurrence)
            override_print = _fingerprint(
                override, spec.theme_ids, spec.audience_ids, [], kind_name
            )
            syncer.upsert(
                f"{spec.key}|{_iso(change.original)}",
                spec.uid,
                override,
                override_print,
                spec.theme_ids,
                spec.audience_ids,
                kind_name,
                master,
            )
    syncer.withdraw_rest()
    if syncer.changed:
        bump_content_version()
    return syncer.changed


def _replace_occurrences(entry, occurrences):
    entry.occurrences.all().delete()
    Occurrence.objects.bulk_create(
        Occurrence(
            entry=entry,
            start=o.start,
            end=o.end,
            all_day=o.all_day,
            local_date=o.local_date,
            local_end_date=o.local_end_date,
            status=o.status,
            original_start=o.original_start,
            note=o.note[:200],
            language=entry.language,
        )
        for o in occurrences
    )


@transaction.atomic
def withdraw_object(source, object_id, now=None):
    """The source object is gone or unpublished: cancel its entries for subscribers."""
    now = now or timezone.now()
    entries = CalendarEntry.objects.filter(source=source, object_id=str(object_id)).select_related(
        "kind"
    )
    # Series first: an override's SEQUENCE never falls below its series'.
    sequences = {}
    changed = False
    for entry in sorted(entries, key=lambda entry: entry.master_id is not None):
        if not entry.withdrawn:
            withdraw_entry(entry, now, floor=sequences.get(entry.master_id, 0))
            changed = True
        sequences[entry.pk] = entry.sequence
    if changed:
        bump_content_version()
    return changed


def withdraw_missing(source, published_ids):
    """After a full sync: withdraw every object of this source that is no longer published."""
    published = {str(object_id) for object_id in published_ids}
    stale = (
        CalendarEntry.objects.filter(source=source, withdrawn=False)
        .exclude(object_id__in=published)
        .values_list("object_id", flat=True)
        .distinct()
    )
    for object_id in list(stale):
        withdraw_object(source, object_id)
