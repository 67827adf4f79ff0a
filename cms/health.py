"""/healthz: may a load balancer send traffic to this process?

Cheap and without login: one query, one cache round trip, and for the database task queue
one count. 200 while the database answers, 503 when it does not (take this process out of
rotation). A cache that does not answer is reported as "degraded" but stays 200: the cache
(Redis) is shared, so a 503 for it would take every app server out of rotation at once,
while the site can serve pages without it (slower; see cms.redis_cache). A task queue that
falls behind is reported, but stays 200 too: a slow worker is no reason to stop serving.
"""

import logging
import secrets
import time

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)

DATABASE_TASKS = "django_tasks_db.DatabaseBackend"


def _timed(check):
    started = time.perf_counter()
    try:
        detail = check()
    except Exception as error:  # any failure means "not healthy", whatever its kind
        logger.warning("Health check %s failed: %r", check.__name__, error)
        return {"status": "error", "error": error.__class__.__name__}
    result = {"status": "ok", "ms": round((time.perf_counter() - started) * 1000, 1)}
    result.update(detail or {})
    return result


def database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def cache_round_trip():
    # The Redis backend hides an outage as a miss, so a value that does not come back is
    # how an outage shows here.
    key = f"healthz-{secrets.token_hex(6)}"
    cache.set(key, "ok", 10)
    if cache.get(key) != "ok":
        raise RuntimeError("the cache did not keep a value")
    cache.delete(key)


def task_queue():
    backend = settings.TASKS["default"]["BACKEND"]
    if backend != DATABASE_TASKS:
        return {"backend": backend.rsplit(".", 1)[-1]}
    from django_tasks_db.models import DBTaskResult

    waiting = DBTaskResult.objects.ready()
    oldest = waiting.order_by("enqueued_at").values_list("enqueued_at", flat=True).first()
    age = (timezone.now() - oldest).total_seconds() if oldest else 0
    return {
        "backend": "database",
        "waiting": waiting.count(),
        "oldest_waiting_seconds": round(age),
        "behind": age > settings.HEALTH_TASKS_BEHIND_SECONDS,
    }


@never_cache
@require_GET
def healthz(request):
    checks = {"database": _timed(database), "cache": _timed(cache_round_trip)}
    if checks["cache"]["status"] == "error":
        checks["cache"]["status"] = "degraded"
    if checks["database"]["status"] == "ok":
        checks["tasks"] = _timed(task_queue)
        status = "ok" if checks["cache"]["status"] == "ok" else "degraded"
    else:
        status = "error"
    body = {"status": status, "checks": checks}
    return JsonResponse(body, status=503 if status == "error" else 200)
