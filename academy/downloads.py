"""Responses with personal data (certificates, invoices, lists of participants): never kept
in a browser or proxy cache, never indexed, and stored files served byte for byte with
their hash as ETag."""

from django.http import FileResponse
from django.utils.cache import get_conditional_response

PRIVATE = "private, no-store"


def private(response):
    response["Cache-Control"] = PRIVATE
    response["X-Robots-Tag"] = "noindex"
    return response


def stored_pdf(request, file, sha256, filename):
    """304 when the browser has this very file, else the file as an attachment. Raises
    OSError when the stored file cannot be read (the caller says so to the person)."""
    etag = f'"{sha256}"' if sha256 else None
    if etag:
        not_modified = get_conditional_response(request, etag=etag)
        if not_modified is not None:
            return private(not_modified)
    response = FileResponse(
        file.open("rb"), as_attachment=True, filename=filename, content_type="application/pdf"
    )
    if etag:
        response["ETag"] = etag
    return private(response)
