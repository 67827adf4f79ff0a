"""The one PDF renderer (WeasyPrint): certificates, attendance lists, later receipts.

Documents are archived, so they are PDF/A (fonts embedded, colours defined). The
stylesheet and the font configuration are parsed once per process; a warm render then
only lays out the page. WeasyPrint may only read local static and media files: a template
that points at any other address gets nothing, so rendering never reaches the internet.
"""

import mimetypes
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

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
    """The file behind a /static/... or /media/... address, or None."""
    path = unquote(urlsplit(url).path)
    for prefix, resolve in (
        (settings.STATIC_URL, finders.find),
        (settings.MEDIA_URL, lambda rest: Path(settings.MEDIA_ROOT) / rest),
    ):
        if path.startswith(prefix):
            found = resolve(path[len(prefix) :])
            if found and Path(found).is_file():
                root = Path(settings.MEDIA_ROOT).resolve()
                resolved = Path(found).resolve()
                if prefix == settings.MEDIA_URL and root not in resolved.parents:
                    return None
                return resolved
    return None


class LocalOnlyFetcher(URLFetcher):
    """data: URLs and local static/media files; everything else is refused."""

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)
        if url.startswith("file://"):
            local = _local_file(url[len("file://") :])
            if local is not None:
                content_type = mimetypes.guess_type(local.name)[0] or "application/octet-stream"
                return URLFetcherResponse(
                    url, body=local.read_bytes(), headers={"Content-Type": content_type}
                )
        raise FetchRefused(f"PDF rendering may not fetch {url}")


def render_pdf(template_name, context, *, stylesheets=("css/pdf.css",), variant=PDF_VARIANT):
    """The PDF bytes of a Django template rendered with `context`."""
    html = render_to_string(template_name, context)
    document = HTML(string=html, base_url=BASE_URL, url_fetcher=LocalOnlyFetcher())
    return document.write_pdf(
        stylesheets=[_stylesheet(path) for path in stylesheets],
        font_config=_font_config(),
        pdf_variant=variant,
    )
