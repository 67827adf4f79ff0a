"""QR codes (segno): inline SVG for pages and PDFs, PNG for e-mail."""

import io
from functools import lru_cache

import segno

# Trying all eight masks for the "best" one takes 10 ms per code, longer than the rest of
# the QR work; every reader decodes any mask, so issuing 500 certificates uses a fixed one.
MASK = 2


def _code(data):
    # Level M survives a crease in a printed sheet or a scratched phone screen.
    return segno.make_qr(data, error="m", mask=MASK)


# Mijn academie shows a check-in code per registration on every visit; the same text always
# makes the same markup, so it is kept (a few KB each) instead of encoded again each time.
@lru_cache(maxsize=2048)
def svg(data, *, scale=4, border=2, title="", css_class="qr"):
    """Inline <svg> markup (no XML declaration), safe to put into a template with |safe."""
    buffer = io.BytesIO()
    _code(data).save(
        buffer,
        kind="svg",
        scale=scale,
        border=border,
        xmldecl=False,
        svgns=True,
        nl=False,
        title=title or None,
        svgclass=css_class,
        lineclass=None,
    )
    return buffer.getvalue().decode()


def png(data, *, scale=8, border=2):
    buffer = io.BytesIO()
    _code(data).save(buffer, kind="png", scale=scale, border=border)
    return buffer.getvalue()
