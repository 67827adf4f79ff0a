"""Handing work to the background task queue (django-tasks) from inside a transaction, and
telling whether a run of background work staff started is still going."""

import datetime as dt
import logging

from django.db import transaction

logger = logging.getLogger(__name__)


def enqueue_after_commit(task, *args, retried_by):
    """Queue `task(*args)` once the current transaction commits, so a rolled-back change
    queues nothing. Never raises into the request: when the queue cannot take the task,
    the change that was just saved still stands, the failure is logged, and `retried_by`
    (the scheduled job that finds such work, named in the log) picks it up later."""

    def enqueue():
        try:
            task.enqueue(*args)
        except Exception:
            logger.exception("Could not queue %s%r; %s will retry it", task.name, args, retried_by)

    transaction.on_commit(enqueue)


# A queued run that no worker picked up for this long (the queue is down) may be replaced.
QUEUED_STALE_AFTER = dt.timedelta(minutes=15)
QUEUED, RUNNING = "wacht", "bezig"


def run_is_alive(run, now, *, stale_after):
    """Whether someone is, or soon will be, working on a run of background work (a
    certificate run, a WordPress import; `status` "wacht" or "bezig", `created`,
    `heartbeat`): busy with a heartbeat younger than `stale_after`, or queued less than
    QUEUED_STALE_AFTER ago. A run queued again by "start again" counts from its last
    heartbeat. Anything else is finished, or stale: nobody will finish it."""
    if run.status == RUNNING:
        return run.heartbeat is not None and now - run.heartbeat < stale_after
    if run.status == QUEUED:
        return now - (run.heartbeat or run.created) < QUEUED_STALE_AFTER
    return False
