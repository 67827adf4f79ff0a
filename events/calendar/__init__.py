"""The calendar layer: sources describe what happens when; the store keeps occurrences
in UTC for the agenda and ready-made iCalendar for feeds. See registry.py and store.py."""
