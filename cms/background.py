"""Handing work to the background task queue (django-tasks) from inside a transaction."""

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
