"""HTTP for calendar files: the right type, validators for polling clients, gzip."""

from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date
from django.utils.text import compress_string


def _accepts_gzip(request):
    return "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "")


def calendar_etag(request, key):
    """A strong ETag per version of the file and per encoding (gzip or not)."""
    return f'"{key}{"-gz" if _accepts_gzip(request) else ""}"'


def not_modified(request, etag, last_modified=None):
    """A 304 when the client already has this version, checked before any real work.

    `last_modified` is a function, called only for clients that send If-Modified-Since
    without an ETag (the ETag alone costs nothing to check).
    """
    modified = None
    if last_modified is not None and request.META.get("HTTP_IF_MODIFIED_SINCE"):
        if not request.META.get("HTTP_IF_NONE_MATCH"):
            value = last_modified()
            # HTTP dates have whole seconds.
            modified = int(value.timestamp()) if value else None
    response = get_conditional_response(request, etag=etag, last_modified=modified)
    if isinstance(response, HttpResponseNotModified):
        response["Cache-Control"] = "public, max-age=900"
        return response
    return None


def calendar_response(request, body, *, etag, last_modified=None, filename=None):
    response = HttpResponse(content_type="text/calendar; charset=utf-8")
    if _accepts_gzip(request):
        body = compress_string(body)
        response["Content-Encoding"] = "gzip"
    response.content = body
    response["ETag"] = etag
    if last_modified is not None:
        response["Last-Modified"] = http_date(last_modified.timestamp())
    # Calendar clients poll; a CDN or browser may keep the file for 15 minutes.
    response["Cache-Control"] = "public, max-age=900"
    patch_vary_headers(response, ["Accept-Encoding"])
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
