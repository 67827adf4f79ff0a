"""Demo images and documents, generated locally (no downloads)."""

import hashlib
import io
import unicodedata
import zlib

from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

PALETTES = [
    ("#0f5c55", "#2f8f83", "#f2b134"),
    ("#1d4e89", "#3f7cbf", "#f4a261"),
    ("#6a2c70", "#9c4f96", "#f7d56e"),
    ("#2d6a4f", "#52b788", "#ffd166"),
    ("#9b2226", "#ca6702", "#e9d8a6"),
    ("#264653", "#2a9d8f", "#e9c46a"),
]


def _rgb(hex_colour):
    hex_colour = hex_colour.lstrip("#")
    return tuple(int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))


def illustration_bytes(label, width=1600, height=900):
    """A calm abstract illustration with a word on it, the same for the same label."""
    seed = int(hashlib.sha256(label.encode()).hexdigest(), 16)
    dark, light, accent = (_rgb(c) for c in PALETTES[seed % len(PALETTES)])
    image = PILImage.new("RGB", (width, height), dark)
    draw = ImageDraw.Draw(image)
    for row in range(height):
        mix = row / height
        colour = tuple(int(lo + (hi - lo) * mix) for lo, hi in zip(dark, light, strict=True))
        draw.line([(0, row), (width, row)], fill=colour)
    for index in range(7):
        radius = 80 + (seed >> (index * 5)) % 220
        x = (seed >> (index * 7)) % width
        y = (seed >> (index * 3)) % height
        fill = accent if index % 3 == 0 else tuple(min(255, c + 40) for c in light)
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=fill)
    font = ImageFont.load_default(size=max(48, width // 14))
    # The built-in font has no accents (é would be a box): draw "Werkcafe".
    label = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    box = draw.textbbox((0, 0), label, font=font)
    text_x = (width - (box[2] - box[0])) // 2
    text_y = (height - (box[3] - box[1])) // 2
    padding = 40
    draw.rounded_rectangle(
        [
            text_x - padding,
            text_y - padding,
            text_x + box[2] - box[0] + padding,
            text_y + box[3] - box[1] + padding * 1.5,
        ],
        radius=30,
        fill=(255, 255, 255),
    )
    draw.text((text_x, text_y), label, font=font, fill=dark)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82, optimize=True)
    return buffer.getvalue()


def get_or_create_image(label, alt_text=""):
    from wagtail.images import get_image_model

    image_model = get_image_model()
    title = f"Illustratie: {label}"
    existing = image_model.objects.filter(title=title).first()
    if existing:
        return existing
    slug = "".join(c if c.isalnum() else "-" for c in label.lower()).strip("-")
    image = image_model(
        title=title,
        description=alt_text or f"Illustratie met het woord {label}",
        file=ImageFile(io.BytesIO(illustration_bytes(label)), name=f"demo-{slug}.jpg"),
    )
    image.save()
    return image


def _pdf_escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_pdf_bytes(title, lines):
    """A small, valid, text-based PDF (so screen readers can read it)."""
    content_lines = ["BT", "/F1 20 Tf", "72 770 Td", f"({_pdf_escape(title)}) Tj", "/F1 12 Tf"]
    for line in lines:
        content_lines += ["0 -22 Td", f"({_pdf_escape(line)}) Tj"]
    content_lines.append("ET")
    stream = "\n".join(content_lines).encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Lang (nl-NL) /ViewerPreferences << /DisplayDocTitle true >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Title ("
        + _pdf_escape(title).encode("latin-1", "replace")
        + b") /Producer (VMCA demo) >>",
    ]
    output = io.BytesIO()
    output.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(output.tell())
        output.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = output.tell()
    output.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        output.write(b"%010d 00000 n \n" % offset)
    output.write(
        b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, len(objects), xref)
    )
    return output.getvalue()


def get_or_create_document(title):
    from wagtail.documents import get_document_model

    document_model = get_document_model()
    existing = document_model.objects.filter(title=title).first()
    if existing:
        return existing
    slug = "".join(c if c.isalnum() else "-" for c in title.lower()).strip("-")
    lines = [
        "Dit is een voorbeelddocument van de demo-website van VMCA Almere.",
        "In het echte document staat hier de uitleg die bij de titel hoort.",
        f"Code: {zlib.crc32(title.encode()):08x}",
    ]
    document = document_model(
        title=title,
        file=SimpleUploadedFile(f"{slug}.pdf", text_pdf_bytes(title, lines), "application/pdf"),
    )
    # The admin's upload form fills in size and hash; do the same here.
    document._set_document_file_metadata()
    document.save()
    return document
