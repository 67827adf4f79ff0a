"""The one PDF renderer (WeasyPrint): certificates, attendance lists, invoices, the wegwijzer.

Documents are archived, so they are PDF/A (fonts embedded, colours defined). The
stylesheet and the font configuration are parsed once per process; a warm render then
only lays out the page. WeasyPrint may only read static files and stored media (through
the storage, which may be object storage): a template that points at any other address
gets nothing, so rendering never reaches the internet.

The cyclic garbage collector is paused while WeasyPrint works. A render's boxes are still
alive when the collector passes (about five times per certificate), so they were scanned,
moved to an older generation and scanned again, and now and then a pass over the whole
process landed inside a render: on average a tenth of a warm render's CPU time. The few
cycles a render leaves behind (a few thousand objects) go at the next pass after it.
"""

import gc
import logging
import mimetypes
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

logger = logging.getLogger(__name__)

PDF_VARIANT = "pdf/a-3b"
BASE_URL = "file:///"


class FetchRefused(ValueError):
    pass


@lru_cache(maxsize=1)
def _font_config():
    return FontConfiguration()


@lru_cache(maxsize=16)
def _stylesheet(static_path):
    found = finders.find(static_path)
    if not found:
        raise FileNotFoundError(static_path)
    return CSS(filename=found, font_config=_font_config())


def _local_file(url):
    """(file name, bytes) of a /static/... file or a stored /media/... file, or None."""
    path = unquote(urlsplit(url).path)
    if path.startswith(settings.STATIC_URL):
        found = finders.find(path[len(settings.STATIC_URL) :])
        if found and Path(found).is_file():
            return Path(found).name, Path(found).read_bytes()
    elif path.startswith(settings.MEDIA_URL):
        return _stored_media(path[len(settings.MEDIA_URL) :])
    return None


def _stored_media(name):
    # Through the storage API, not MEDIA_ROOT: media may live in object storage (S3). The
    # storage refuses names that climb out of its root (SuspiciousFileOperation).
    try:
        with default_storage.open(name, "rb") as stored:
            return PurePosixPath(name).name, stored.read()
    except Exception as error:  # missing, refused or unreachable: the PDF goes without
        logger.warning("PDF rendering could not read media file %r: %r", name, error)
        return None


class LocalOnlyFetcher(URLFetcher):
    """data: URLs and local static/media files; everything else is refused."""

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)
        if url.startswith("file://"):
            local = _local_file(url[len("file://") :])
            if local is not None:
                name, body = local
                content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
                return URLFetcherResponse(url, body=body, headers={"Content-Type": content_type})
        raise FetchRefused(f"PDF rendering may not fetch {url}")


@contextmanager
def _collector_paused():
    """No cyclic garbage collection inside the block. Only switches it back on if it was
    on: with renders in two threads at once, the later one finds it off and leaves it to
    the earlier one, so it never stays off."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def render_pdf(template_name, context, *, stylesheets=("css/pdf.css",), variant=PDF_VARIANT):
    """The PDF bytes of a Django template rendered with `context`."""
    html = render_to_string(template_name, context)
    with _collector_paused():
        document = HTML(string=html, base_url=BASE_URL, url_fetcher=LocalOnlyFetcher())
        return document.write_pdf(
            stylesheets=[_stylesheet(path) for path in stylesheets],
            font_config=_font_config(),
            pdf_variant=variant,
        )
