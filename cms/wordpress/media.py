"""WordPress attachments to Wagtail images and documents.

`import_attachment(item, media_dir=...)` turns one attachment of the export (a wxr.Item of
kind "attachment") into a Wagtail image (the extensions in WAGTAILIMAGES_EXTENSIONS) or
document (WAGTAILDOCS_EXTENSIONS), made with the site's models (get_image_model(),
get_document_model()), and returns a `MediaResult`. It never raises for a bad file: a
missing file, a file that is not what its name says, a type the site does not take or a file
that is too big give a result with a Dutch `problem` and no object.

- The file: `media_dir` is a copy of wp-content/uploads. The path under it comes from the
  postmeta _wp_attached_file ("2023/01/foto.jpg"; old sites wrote a full server path there),
  else from the attachment URL after /wp-content/uploads/. A path that leaves `media_dir`
  ("../") is refused.
- Title: the attachment's title (else the file name). Alt text: _wp_attachment_image_alt
  goes into the image's `description`, the field the site's templates use as alt text (the
  project has no custom image model). The caption (excerpt) stays in the result: WordPress
  keeps it per post too, and the image block takes it from the post.
- Which object belongs to a WordPress id: a tag "wordpress-<id>" on the image or document.
  A tag needs no migration, survives a new export in which the file changed, and one object
  can carry several (two attachments with the same bytes). Found again by that tag, the
  object is left as it is (an editor may have improved it); only an empty alt text is filled.
- No duplicates: an attachment whose bytes are already on the site (Wagtail's `file_hash`,
  SHA-1 of the content, which the import fills the same way Wagtail's upload form does)
  maps to that object, which gets this attachment's tag too.
- Each attachment in its own transaction. The file is written through the model's file
  field, so through Django's storage (default_storage: the disk or object storage); when
  saving the row fails the written file is deleted again: nothing is half-saved.
- `dry_run=True` reads and checks the file and looks up what exists, and writes nothing.
- `media_dir=None` (no copy of the uploads given): what an earlier run made is still
  found by its tag; anything else is MISSING.

`MediaIndex` collects the results and answers the html_blocks Resolver's questions: every
way a post can point at an attachment (its id, its URL and the URLs of WordPress's resized
copies, http or https, with or without the site's domain, its attachment page) to
(kind, pk) of the Wagtail object.
"""

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import NamedTuple
from urllib.parse import parse_qs, unquote, urlsplit

from django.conf import settings
from django.core.files import File
from django.core.files.images import ImageFile
from django.db import DatabaseError, transaction
from django.utils.translation import gettext
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from .html_blocks import original_upload_url

IMAGE = "image"
DOCUMENT = "document"

# What happened to one attachment (MediaResult.status).
CREATED = "created"  # a new image or document (in a dry run: would be made, pk None)
FOUND = "found"  # made by an earlier run: found by its WordPress id
DUPLICATE = "duplicate"  # the same bytes are already on the site: mapped to that object
MISSING = "missing"  # the file is not in the media folder (or no file is named)
INVALID = "invalid"  # the file is not what its name says
UNSUPPORTED = "unsupported"  # a type the site does not take (.mp4, .zip, .svg, ...)
TOO_BIG = "too_big"  # over the site's upload limit
FAILED = "failed"  # the storage or the database refused it
MAPPED = (CREATED, FOUND, DUPLICATE)

TAG_PREFIX = "wordpress-"
UPLOADS = "/wp-content/uploads/"
TITLE_MAX = 255
ALT_MAX = 255

# Pillow's names for the image formats Wagtail can show.
IMAGE_FORMATS = {"JPEG", "MPO", "PNG", "GIF", "WEBP", "AVIF"}
# The first bytes of the document types that have a signature; a type not named here
# (csv, txt) only has to be text.
DOCUMENT_SIGNATURES = {
    "pdf": (b"%PDF-",),
    "docx": (b"PK\x03\x04",),
    "xlsx": (b"PK\x03\x04",),
    "pptx": (b"PK\x03\x04",),
    "odt": (b"PK\x03\x04",),
    "ods": (b"PK\x03\x04",),
    "odp": (b"PK\x03\x04",),
    "rtf": (b"{\\rtf",),
}
TEXT_TYPES = {"csv", "txt"}
# An image editor's copy in WordPress: foto-e1612345678901.jpg.
_EDITED = re.compile(r"-e\d{10,}(?=\.\w+$)")


class MediaRef(NamedTuple):
    kind: str  # IMAGE or DOCUMENT
    pk: int | None  # None in a dry run, for an object that would be made


@dataclass(frozen=True)
class MediaResult:
    """What became of one attachment. `problem` is the Dutch message for the report (empty
    when all went well); `file` the path under wp-content/uploads; `file_url` where the file
    is served now (an image's original, for a link to it)."""

    wp_id: int
    status: str
    kind: str | None = None
    pk: int | None = None
    file: str = ""
    title: str = ""
    alt: str = ""
    caption: str = ""
    file_hash: str = ""
    file_url: str = ""
    problem: str = ""
    dry_run: bool = False

    @property
    def ok(self):
        return self.status in MAPPED

    @property
    def ref(self):
        return MediaRef(self.kind, self.pk) if self.ok else None


def wordpress_tag(wp_id):
    """The tag that marks the object made for WordPress attachment `wp_id`."""
    return f"{TAG_PREFIX}{int(wp_id)}"


def upload_path(item):
    """The attachment's path under wp-content/uploads ("2023/01/foto.jpg"), or ""."""
    attached = (item.postmeta.get("_wp_attached_file") or "").strip().replace("\\", "/")
    if attached:
        if "wp-content/uploads/" in attached:  # an old site's full server path
            attached = attached.split("wp-content/uploads/", 1)[1]
        return attached.lstrip("/")
    for url in (item.attachment_url, item.guid):
        path = _uploads_part(urlsplit((url or "").strip()).path)
        if path:
            return path
    return ""


def import_attachment(item, *, media_dir, collection=None, dry_run=False) -> MediaResult:
    """Make (or find) the Wagtail image or document for one attachment; see the module."""
    relative = upload_path(item)
    name = PurePosixPath(relative).name if relative else ""
    title = " ".join((item.title or "").split()) or PurePosixPath(name).stem or name
    base = {
        "wp_id": item.post_id,
        "file": relative,
        "title": title[:TITLE_MAX],
        "alt": " ".join((item.postmeta.get("_wp_attachment_image_alt") or "").split())[:ALT_MAX],
        "caption": (item.excerpt or "").strip(),
        "dry_run": dry_run,
    }

    def problem(status, message, kind=None):
        return MediaResult(status=status, kind=kind, problem=message, **base)

    if not relative:
        return problem(
            MISSING, gettext("Bij deze bijlage staat geen bestand. Ze is niet overgenomen.")
        )
    parts = PurePosixPath(relative).parts
    if PurePosixPath(relative).is_absolute() or ".." in parts:
        return problem(
            INVALID,
            gettext("De bestandsnaam %(name)s is niet veilig. Het bestand is niet overgenomen.")
            % {"name": relative},
        )
    extension = PurePosixPath(name).suffix.lower().lstrip(".")
    kind = _kind(extension)
    if kind is None:
        return problem(
            UNSUPPORTED,
            gettext(
                "Bestand %(name)s is niet overgenomen. De website neemt geen bestanden "
                "van het type %(type)s aan."
            )
            % {"name": relative, "type": extension or "?"},
        )
    model = get_image_model() if kind == IMAGE else get_document_model()
    tag = wordpress_tag(item.post_id)
    existing = model.objects.filter(tags__name=tag).order_by("pk").first()
    if existing is not None:
        if not dry_run:
            _fill_alt(existing, base["alt"])
        return _mapped(FOUND, kind, existing, base)

    if media_dir is None:  # the import was started without a copy of the uploads
        return problem(
            MISSING,
            gettext("Bestand %(name)s is niet overgenomen. Er is geen map met uploads opgegeven.")
            % {"name": relative},
            kind,
        )
    path = Path(media_dir, *parts)
    if not path.is_file():
        return problem(
            MISSING,
            gettext(
                "Bestand %(name)s staat niet in de map met uploads. De bijlage is niet overgenomen."
            )
            % {"name": relative},
            kind,
        )
    size = path.stat().st_size
    limit = _size_limit(kind)
    if limit and size > limit:
        return problem(
            TOO_BIG,
            gettext(
                "Bestand %(name)s is te groot (%(size)s MB). De grens is %(limit)s MB. "
                "Maak het bestand kleiner en voeg het zelf toe."
            )
            % {"name": relative, "size": _megabytes(size), "limit": _megabytes(limit)},
            kind,
        )
    wrong = _check_image(path) if kind == IMAGE else _check_document(path, extension)
    if wrong:
        return problem(INVALID, wrong % {"name": relative, "type": extension.upper()}, kind)

    file_hash = _sha1(path)
    base["file_hash"] = file_hash
    same = model.objects.filter(file_hash=file_hash).order_by("pk").first()
    if same is not None:
        if not dry_run:
            with transaction.atomic():
                same.tags.add(tag)
                _fill_alt(same, base["alt"])
        return _mapped(DUPLICATE, kind, same, base)
    if dry_run:
        return MediaResult(status=CREATED, kind=kind, **base)
    return _create(model, kind, path, name, tag, size, collection, base)


def _create(model, kind, path, name, tag, size, collection, base):
    fields = {"title": base["title"], "file_hash": base["file_hash"], "file_size": size}
    if kind == IMAGE:
        fields["description"] = base["alt"]
    if collection is not None:
        fields["collection"] = collection
    obj = None
    try:
        with path.open("rb") as handle:
            wrapper = ImageFile if kind == IMAGE else File
            obj = model(file=wrapper(handle, name=name), **fields)
            with transaction.atomic():
                obj.save()  # the file field writes the file to its storage here
                obj.tags.add(tag)
    except (OSError, DatabaseError) as error:
        if obj is not None and obj.file.name and obj.file.name != name:
            obj.file.storage.delete(obj.file.name)  # written, but the row was not saved
        return MediaResult(
            status=FAILED,
            kind=kind,
            problem=gettext("Bestand %(name)s kon niet worden opgeslagen: %(error)s")
            % {"name": base["file"], "error": error},
            **base,
        )
    return _mapped(CREATED, kind, obj, base)


def _mapped(status, kind, obj, base):
    fields = {**base, "file_hash": obj.file_hash or base.get("file_hash", "")}
    file_url = ""
    if kind == IMAGE:
        try:
            file_url = obj.file.url
        except ValueError:  # no file (cannot happen for a saved image)
            file_url = ""
    return MediaResult(status=status, kind=kind, pk=obj.pk, file_url=file_url, **fields)


def _fill_alt(obj, alt):
    """An image without alt text gets WordPress's; one an editor filled in is left as it is."""
    if alt and hasattr(obj, "description") and not obj.description:
        obj.description = alt
        obj.save(update_fields=["description"])


def kind_of(name):
    """IMAGE or DOCUMENT for a file name, by the extensions the site takes; else None."""
    return _kind(PurePosixPath(name or "").suffix.lower().lstrip("."))


def _kind(extension):
    if extension in {e.lower() for e in getattr(settings, "WAGTAILIMAGES_EXTENSIONS", ())}:
        return IMAGE
    if extension in {e.lower() for e in getattr(settings, "WAGTAILDOCS_EXTENSIONS", ())}:
        return DOCUMENT
    return None


def _size_limit(kind):
    if kind == IMAGE:
        return getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", 10 * 1024 * 1024)
    return getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", None)


def _megabytes(size):
    return f"{size / (1024 * 1024):.1f}".replace(".", ",")


def _check_image(path):
    """None when the file is an image Wagtail can show, else the message (with %(name)s
    and perhaps %(type)s still to fill in; so for _check_document)."""
    from PIL import Image as PILImage

    not_an_image = gettext(
        "Bestand %(name)s is geen afbeelding, al zegt de naam van wel. Het is niet overgenomen."
    )
    try:
        with PILImage.open(path) as image:
            found = image.format
            width, height = image.size
            image.verify()
    except (OSError, SyntaxError, ValueError, PILImage.DecompressionBombError):
        return not_an_image
    if found not in IMAGE_FORMATS:
        return not_an_image
    pixels = getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", 128_000_000)
    if pixels and width * height > pixels:
        return gettext(
            "Afbeelding %(name)s heeft te veel pixels voor de website. Ze is niet overgenomen."
        )
    return None


def _check_document(path, extension):
    with path.open("rb") as handle:
        start = handle.read(8192)
    signatures = DOCUMENT_SIGNATURES.get(extension)
    if signatures is not None:
        fits = start.startswith(signatures)
    elif extension in TEXT_TYPES:
        fits = b"\x00" not in start
    else:
        fits = True
    if fits:
        return None
    return gettext(
        "Bestand %(name)s is niet wat de naam zegt. Het is geen goed %(type)s-bestand. "
        "Het is niet overgenomen."
    )


def _sha1(path):
    """The SHA-1 of the content, as Wagtail's file_hash (wagtail.utils.file.hash_filelike)."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha1").hexdigest()


def _uploads_part(path):
    """The part of a URL path after wp-content/uploads/, unquoted; "" when it has none."""
    path = unquote(path or "")
    if path.startswith("wp-content/uploads/"):
        path = "/" + path
    index = path.find(UPLOADS)
    if index < 0:
        return ""
    return path[index + len(UPLOADS) :]


# The index -----------------------------------------------------------------------------------


class MediaIndex:
    """Where each old address of an attachment lives now. Fill it with `add(item, result)`
    for every attachment of the export (also when it was found, not made, in this run); ask
    it with `find(ref)`, or through the Resolver's methods `image(ref)`, `link(url)` and
    `image_alt(image_id)`.

    A reference is a WordPress attachment id (int, or digits), or an address: the upload
    (".../wp-content/uploads/2023/01/foto.jpg", also a resized copy foto-300x200.jpg, a
    -scaled or an edited -e1612345678901 copy), or the attachment page (its permalink or
    "?attachment_id=42"). An address counts when it is relative or on one of the site's
    domains (`site_url` and `other_urls`, with and without "www.", http or https). Without
    any site URL, an upload address on any domain counts.

    In a dry run an attachment that would be made is known with pk None: image() and link()
    give None for it, find() tells it would be there. (A dry run looks at the database only,
    so two new attachments with the same bytes both say CREATED.)"""

    def __init__(self, site_url="", *, other_urls=()):
        self.hosts = set()
        for url in (site_url, *other_urls):
            host = (urlsplit((url or "").strip()).hostname or "").lower()
            if host:
                bare = host.removeprefix("www.")
                self.hosts.update({bare, f"www.{bare}"})
        self._by_id = {}
        self._by_file = {}  # path under uploads -> MediaRef
        self._by_page = {}  # attachment page path -> MediaRef
        self._alts = {}  # image pk -> alt text from WordPress
        self._file_urls = {}  # image pk -> where its file is served

    def __len__(self):
        return len(self._by_id)

    def add(self, item, result):
        """Note every address of `item`; a result without an object (a problem) is skipped."""
        ref = result.ref
        if ref is None:
            return
        self._by_id[item.post_id] = ref
        exact = [result.file, upload_path(item)]
        for url in (item.attachment_url, item.guid):
            exact.append(_uploads_part(urlsplit((url or "").strip()).path))
        for key in filter(None, exact):
            self._by_file[key] = ref
        for key in filter(None, exact):
            # The original of a -scaled upload, and the like: only when no file has that name.
            for derived in (original_upload_url(key), _EDITED.sub("", key)):
                self._by_file.setdefault(derived, ref)
        for url in (item.link, item.guid):
            page = self._page_key(url)
            if page:
                self._by_page.setdefault(page, ref)
        if ref.pk is not None and ref.kind == IMAGE:
            if result.alt:
                self._alts[ref.pk] = result.alt
            if result.file_url:
                self._file_urls[ref.pk] = result.file_url

    def find(self, ref) -> MediaRef | None:
        """The (kind, pk) for an attachment id or an address, or None."""
        if isinstance(ref, int):
            return self._by_id.get(ref)
        text = str(ref or "").strip()
        if text.isdigit():
            return self._by_id.get(int(text))
        parts = self._own(text)
        if parts is None:
            return None
        key = _uploads_part(parts.path)
        if key:
            for candidate in (
                key,
                original_upload_url(key),
                _EDITED.sub("", original_upload_url(key)),
            ):
                found = self._by_file.get(candidate)
                if found is not None:
                    return found
            return None
        attachment_id = parse_qs(parts.query).get("attachment_id", [""])[0]
        if attachment_id.isdigit():
            return self._by_id.get(int(attachment_id))
        page = self._page_key(text)
        return self._by_page.get(page) if page else None

    def image(self, ref) -> int | None:
        found = self.find(ref)
        return found.pk if found is not None and found.kind == IMAGE else None

    def link(self, url) -> tuple[str, int | str] | None:
        """("document", pk) for a document; ("external", the file's address now) for an
        image (rich text has no link to an image); None when unknown."""
        found = self.find(url)
        if found is None or found.pk is None:
            return None
        if found.kind == DOCUMENT:
            return (DOCUMENT, found.pk)
        file_url = self._file_urls.get(found.pk)
        return ("external", file_url) if file_url else None

    def image_alt(self, image_id) -> str:
        return self._alts.get(image_id, "")

    def _own(self, url):
        """The split URL when it is relative or on the site's domain, else None."""
        if url.startswith("//"):
            url = "https:" + url
        parts = urlsplit(url)
        if parts.scheme and parts.scheme not in ("http", "https"):
            return None
        host = (parts.hostname or "").lower()
        if host and self.hosts and host not in self.hosts:
            return None
        if host and not self.hosts and not _uploads_part(parts.path):
            return None  # without a site URL, only uploads count
        return parts

    def _page_key(self, url):
        parts = self._own((url or "").strip())
        if parts is None or parts.query or not parts.path.strip("/"):
            return ""
        return "/" + unquote(parts.path).strip("/") + "/"
