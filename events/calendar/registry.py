"""Calendar sources: each app that has dated things registers one when it starts.

The agenda and the feeds read the store, never a source, so `events` shows the
academy's sessions without importing the academy. A source only has to know how
to bring the store up to date with everything it publishes (`sync_all`), which
the `sync_calendar` command and tests use; day-to-day changes go through
`store.sync_object` from the source's own signal handlers.
"""

_sources = {}


class CalendarSource:
    key = ""
    label = ""
    # Its entries are trainings (the academy's), shown apart from other activities where
    # a page suggests what to do next (the wegwijzer's result).
    trainings = False

    def sync_all(self):
        raise NotImplementedError


def register_source(source):
    _sources[source.key] = source


def registered_sources():
    return list(_sources.values())


def training_source_keys():
    return [source.key for source in _sources.values() if source.trainings]


def get_source(key):
    return _sources[key]
