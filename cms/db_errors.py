"""A database that cannot be reached (restarting, failing over) gets a friendly 503.

A 503 with Retry-After tells people to try again in a moment, tells a load balancer or CDN
that the trouble is passing, and keeps these from being counted as bugs. Connections heal
by themselves (CONN_MAX_AGE with health checks), so nothing has to be restarted afterwards.

A view that hits the unreachable database gets the page from DatabaseUnavailableMiddleware,
with one warning in the log instead of a traceback per request. An error raised outside
views (sessions, the redirect lookup a 404 makes in a middleware) reaches the 500 handler,
cms.views.server_error, which answers with the same page.
"""

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30


def database_unavailable_response():
    """The 503 page: a plain template without the database (error_standalone.html)."""
    body = loader.get_template("503.html").render({"request": None})
    response = HttpResponse(body, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def is_database_unavailable(error):
    return isinstance(error, OperationalError | InterfaceError)


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_database_unavailable(exception):
            return None
        logger.warning(
            "Database unavailable for %s %s: %r", request.method, request.path, exception
        )
        return database_unavailable_response()
