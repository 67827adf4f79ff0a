"""Imports of the old WordPress site started from the admin (issue 19), as background work.

`start_import` stores the uploaded export in the private storage and queues
`run_import_task`; the task claims the run and calls the importer
(`cms.wordpress.importer.import_export`), writing its progress on the WordPressImport row
as it goes, so the admin's page can show a progress bar. The same pattern as the
certificate runs (academy.services.certificates):

- One import at a time: two imports of the same site at once would both create the pages
  the other is creating. A second start while one is queued or busy is refused
  (ImportBusy). On PostgreSQL an advisory lock makes the check and the insert one step; on
  SQLite the IMMEDIATE transaction already does.
- Heartbeat and stale runs: the worker writes `heartbeat` with its progress. A busy run
  whose worker has not reported for STALE_AFTER, or a queued run no worker took within
  QUEUED_STALE_AFTER (the queue is down), counts as stopped: it no longer blocks a new
  import, and the admin offers to start it again (`restart_import`). Running an import
  again is safe: the importer finds what it made before by WordPress id.
- Nothing half-saved: the importer commits each item on its own, so whatever stops the run
  (a broken file, an error, a worker that dies) keeps what was done and the counts so far.
  A file that is not a WordPress export, or a site without the news and blog overviews the
  posts go under, fails before anything is written (WXRError, ImportSetupError), with the
  importer's Dutch message on the run.

The importer wants a path: a local file storage gives one; object storage (S3) is copied
to a temporary file first. The export holds drafts, private posts and e-mail addresses, so
it is deleted once the import finished without problems; a stopped or failed run keeps it
for "start again".
"""

import datetime as dt
import logging
import shutil
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import get_valid_filename
from django.utils.translation import gettext, gettext_lazy
from django_tasks import task

from cms.background import enqueue_after_commit, run_is_alive
from cms.models.wordpress import WordPressImport

logger = logging.getLogger(__name__)

Status = WordPressImport.Status

# A busy run whose worker has not written its heartbeat for this long is taken to be dead.
# One item (a post with a gallery of large photos) takes seconds, so this is generous.
STALE_AFTER = dt.timedelta(minutes=5)
# Progress is written at most this often (seconds), and always for the last item: a write
# per item would double the work of a 5,000-post import on SQLite.
PROGRESS_SECONDS = 0.5
# The largest export the admin accepts. WordPress's export of a site with ten years of
# posts is tens of MB; the web server must let such a request through (client_max_body_size).
MAX_UPLOAD_BYTES = 150 * 1024 * 1024
# Any number that is the same in every process: PostgreSQL's lock for "an import starts".
_ADVISORY_LOCK = 19_190_019

UNFINISHED = (Status.QUEUED, Status.RUNNING)
RESTARTABLE = (Status.STOPPED, Status.FAILED)


class ImportBusy(Exception):
    """Another import is queued or busy. str() is the Dutch message."""

    def __init__(self, running):
        self.running = running
        super().__init__(
            gettext(
                "Er loopt al een WordPress-import (%(name)s). Wacht tot die klaar is en "
                "start dan een nieuwe."
            )
            % {"name": running.filename}
        )

    @property
    def message(self):
        return str(self)


STOPPED_MESSAGE = gettext_lazy(
    "De achtergrondtaak reageerde niet meer. Wat al klaar was, blijft bewaard. "
    "Start de import opnieuw om verder te gaan."
)


# Which runs are alive ----------------------------------------------------------------------


def _active(run, now):
    return run_is_alive(run, now, stale_after=STALE_AFTER)


def is_active(run, now=None):
    """Queued or busy, and someone is (or will soon be) working on it."""
    return _active(run, now or timezone.now())


def is_stale(run, now=None):
    """Unfinished, but nobody is working on it any more."""
    return run.status in UNFINISHED and not _active(run, now or timezone.now())


def active_import(now=None):
    """The import that is queued or busy now, or None."""
    now = now or timezone.now()
    for run in WordPressImport.objects.filter(status__in=UNFINISHED):
        if _active(run, now):
            return run
    return None


def may_restart(run, now=None):
    """Whether "start again" is offered: the run stopped or failed, or its worker is gone,
    and its export is still stored."""
    stopped = run.status in RESTARTABLE or is_stale(run, now)
    return stopped and bool(run.export_file.name)


def _lock_for_start():
    """Inside a transaction: one start at a time (see the module docstring)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_ADVISORY_LOCK])


def _mark_stale_stopped(now):
    """Runs whose worker is gone are marked as stopped, so the list says what happened."""
    for run in WordPressImport.objects.filter(status__in=UNFINISHED):
        if not _active(run, now):
            WordPressImport.objects.filter(pk=run.pk, status=run.status).update(
                status=Status.STOPPED, finished_at=now, last_error=str(STOPPED_MESSAGE)
            )


# Starting ---------------------------------------------------------------------------------------


def _stored_name(filename):
    name = get_valid_filename(Path(filename or "").name) or "export.xml"
    return name[-100:]


def start_import(uploaded_file, *, by, dry_run=False, category_map="", enqueue=True):
    """A new WordPressImport for the uploaded export, queued for the background worker.

    Raises ImportBusy while another import is queued or busy. The caller has checked the
    file (size, XML, WordPress) and the category mapping; the worker reads it fully."""
    now = timezone.now()
    running = active_import(now)
    if running is not None:  # before storing a file of 100 MB for nothing
        raise ImportBusy(running)
    run = WordPressImport(
        filename=Path(uploaded_file.name or "export.xml").name[:255],
        dry_run=bool(dry_run),
        category_map=(category_map or "").strip(),
        started_by=by if by is not None and by.is_authenticated else None,
        created=now,  # upload_to puts the file in the month's folder
    )
    # Stored before the transaction, so a large file is not copied while the database is
    # locked; a refused or failed start deletes it again (the storage never overwrites).
    run.export_file.save(_stored_name(uploaded_file.name), uploaded_file, save=False)
    try:
        with transaction.atomic():
            _lock_for_start()
            running = active_import(now)
            if running is not None:
                raise ImportBusy(running)
            _mark_stale_stopped(now)
            run.save(force_insert=True)
            if enqueue:
                # A run that could not be queued stays queued; after QUEUED_STALE_AFTER the
                # admin offers to start it again.
                enqueue_after_commit(
                    run_import_task, run.pk, retried_by="the admin's 'start again'"
                )
    except BaseException:
        run.export_file.delete(save=False)
        raise
    return run


def restart_import(run, *, enqueue=True):
    """Queue a stopped, failed or stale run again with its stored export.

    Raises ImportBusy when another import is active; returns the run (unchanged when it
    cannot be restarted: the caller checks may_restart first)."""
    now = timezone.now()
    with transaction.atomic():
        _lock_for_start()
        running = active_import(now)
        if running is not None and running.pk != run.pk:
            raise ImportBusy(running)
        run.refresh_from_db()
        if not may_restart(run, now):
            return run
        WordPressImport.objects.filter(pk=run.pk).update(
            status=Status.QUEUED, finished_at=None, heartbeat=now
        )
        if enqueue:
            enqueue_after_commit(run_import_task, run.pk, retried_by="the admin's 'start again'")
    run.refresh_from_db()
    return run


# The background task ----------------------------------------------------------------------------


@task()
def run_import_task(run_id):
    """Run one admin import (a WordPressImport). Never raises: the row keeps its progress,
    its report and any error."""
    run = WordPressImport.objects.filter(pk=run_id).first()
    if run is None:
        return None
    return run_import(run).status


def _claim(run, now):
    """Take the run for this worker: only if it is queued (or was stopped and queued again)
    or its worker is gone. Clears what an earlier attempt wrote."""
    free = Q(status=Status.QUEUED) | Q(status=Status.RUNNING, heartbeat__lt=now - STALE_AFTER)
    return (
        WordPressImport.objects.filter(free, pk=run.pk).update(
            status=Status.RUNNING,
            started_at=now,
            heartbeat=now,
            finished_at=None,
            total=0,
            processed=0,
            current="",
            counts={},
            report="",
            last_error="",
        )
        == 1
    )


def _save_progress(run, **extra):
    """Write the progress fields (and the heartbeat), plus `extra`, on the row and on `run`."""
    run.heartbeat = timezone.now()
    for name, value in extra.items():
        setattr(run, name, value)
    values = {
        "total": run.total,
        "processed": run.processed,
        "current": run.current,
        "heartbeat": run.heartbeat,
        **extra,
    }
    WordPressImport.objects.filter(pk=run.pk).update(**values)


class ProgressWriter:
    """The importer's progress(done, total, label): writes the row at most every
    PROGRESS_SECONDS, and always the first and the last item."""

    def __init__(self, run, *, every_seconds=PROGRESS_SECONDS, clock=time.monotonic):
        self.run = run
        self.every_seconds = every_seconds
        self.clock = clock
        self.last_write = None
        self.writes = 0

    def __call__(self, done, total, label=""):
        run = self.run
        run.processed = max(0, int(done))
        run.total = max(0, int(total or 0), run.processed)
        run.current = str(label or "")[:255]
        moment = self.clock()
        last = run.total and run.processed >= run.total
        if self.last_write is None or last or moment - self.last_write >= self.every_seconds:
            self.last_write = moment
            self.writes += 1
            _save_progress(run)


@contextmanager
def _local_path(fieldfile):
    """A path to the stored export: the file itself on a local disk, else a temporary copy."""
    try:
        path = fieldfile.storage.path(fieldfile.name)
    except NotImplementedError:
        path = None
    if path is not None:
        yield path
        return
    with tempfile.NamedTemporaryFile(suffix=".xml") as copy:
        with fieldfile.storage.open(fieldfile.name, "rb") as stored:
            shutil.copyfileobj(stored, copy, 1024 * 1024)
        copy.flush()
        yield copy.name


def media_dir():
    """The folder with wp-content/uploads for admin imports, or None (WORDPRESS_MEDIA_DIR)."""
    folder = getattr(settings, "WORDPRESS_MEDIA_DIR", "") or ""
    return Path(folder) if folder.strip() else None


def _import_export(source, **options):
    """cms.wordpress.importer.import_export, imported when needed (tests replace this)."""
    from .importer import import_export

    return import_export(source, **options)


def run_import(run, *, progress=None):
    """Claim the run and import its export; returns the run with its status, report and
    counts. `progress` replaces the ProgressWriter (tests)."""
    from .importer import ImportSetupError
    from .taxonomy import MappingError
    from .wxr import WXRError

    if not _claim(run, timezone.now()):
        run.refresh_from_db()
        return run
    run.refresh_from_db()
    writer = progress or ProgressWriter(run)
    try:
        if not run.export_file.name:
            raise FileNotFoundError(run.filename)
        with _local_path(run.export_file) as path:
            report = _import_export(
                path,
                media_dir=media_dir(),
                dry_run=run.dry_run,
                category_map=run.category_map or None,
                progress=writer,
            )
    except (WXRError, MappingError, ImportSetupError) as error:
        # Said in Dutch for staff, found before anything was written.
        message = getattr(error, "message", None) or str(error)
        return _finish(run, Status.FAILED, last_error=str(message)[:2000])
    except FileNotFoundError:
        logger.exception("WordPress import %s: the stored export is missing", run.pk)
        return _finish(
            run,
            Status.FAILED,
            last_error=gettext(
                "Het exportbestand is niet meer te vinden. Upload het opnieuw en start een "
                "nieuwe import."
            ),
        )
    except Exception as error:
        logger.exception("WordPress import %s stopped", run.pk)
        return _finish(
            run,
            Status.FAILED,
            last_error=gettext(
                "De import is gestopt door een fout (%(error)s). Wat al klaar was, blijft "
                "bewaard. Start de import opnieuw om verder te gaan."
            )
            % {"error": f"{type(error).__name__}: {error}"[:300]},
        )
    stopped = getattr(report, "stopped_at", None)
    status = Status.DONE if not stopped else Status.STOPPED
    run = _finish(run, status, report=report.as_text(), counts=report.counts_flat())
    if status == Status.DONE:
        _forget_export(run)
    return run


def _finish(run, status, **fields):
    if status != Status.FAILED:
        fields.setdefault("last_error", "")
    _save_progress(run, status=status, finished_at=timezone.now(), **fields)
    return run


def _forget_export(run):
    """The export holds private posts and e-mail addresses: gone once it is no longer needed."""
    name = run.export_file.name
    try:
        run.export_file.storage.delete(name)
    except Exception:
        logger.exception("Could not delete the export %s of WordPress import %s", name, run.pk)
        return
    WordPressImport.objects.filter(pk=run.pk).update(export_file="")
    run.export_file.name = ""


# An export kept for "start again" is gone after this many days (AVG): a stopped or failed
# import that nobody restarted in a month will not be.
EXPORT_KEPT_DAYS = 30


def forget_old_exports(now=None, days=EXPORT_KEPT_DAYS):
    """Delete the stored exports of imports that ended more than `days` ago; how many."""
    now = now or timezone.now()
    old = WordPressImport.objects.exclude(status__in=UNFINISHED).exclude(export_file="")
    old = old.filter(created__lt=now - dt.timedelta(days=days))
    count = 0
    for run in old:
        _forget_export(run)
        count += not run.export_file.name
    return count
