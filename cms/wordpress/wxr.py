"""Read a WordPress export file (WXR: WordPress's "Gereedschap → Exporteren" file).

`read(path_or_file)` gives a `Reader`; iterating it yields plain frozen records in the
order of the file: first one `Site`, then `Author`s, `Term`s and `Item`s. Nothing in here
knows about Wagtail; the importer decides what a record becomes.

- Streaming: defusedxml's iterparse, and every child of <channel> is dropped as soon as it
  is read, so a 100 MB export needs no more memory than its largest item.
- Safe: a DTD (and with it every entity declaration, the "billion laughs" and external
  entities) is refused before anything is expanded.
- WXR 1.0, 1.1 and 1.2 differ in the URL of the wp: (and excerpt:) namespace; tags are
  read by their role ("wp:post_id"), whatever the version.
- Control characters that XML forbids but WordPress writes anyway (a vertical tab pasted
  from Word) are left out and counted (Reader.removed_characters), not a reason to stop.
- Bad input (not XML, broken XML, XML that is no WordPress export, a DTD, a field that is
  not a number or a date) raises `WXRError`, with a Dutch message that says what is wrong
  and, where known, the line ("Regel 120: ...").

Dates: the *_gmt fields and <pubDate> become aware datetimes in UTC; WordPress writes
"0000-00-00 00:00:00" (and "Mon, 30 Nov -0001" in <pubDate>) for drafts, which becomes
None. wp:post_date and wp:post_modified are the site's local time without a zone: they are
kept as naive datetimes (date_local, modified_local), because a draft has only those.
"""

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from os import PathLike
from pathlib import Path
from types import MappingProxyType
from xml.parsers.expat import errors as expat_errors

from defusedxml import DefusedXmlException, DTDForbidden
from defusedxml.ElementTree import DefusedXMLParser, ParseError, iterparse
from django.utils.translation import gettext

KIND_POST = "post"
KIND_PAGE = "page"
KIND_ATTACHMENT = "attachment"
KIND_MENU_ITEM = "nav_menu_item"
KIND_OTHER = "other"
KINDS = (KIND_POST, KIND_PAGE, KIND_ATTACHMENT, KIND_MENU_ITEM, KIND_OTHER)

# WordPress's post statuses (wp:status); Item.status keeps whatever the file says.
STATUSES = ("publish", "draft", "private", "pending", "future", "trash", "inherit")

TAXONOMY_CATEGORY = "category"
TAXONOMY_TAG = "post_tag"

# The wp: namespace of WXR 1.0, 1.1 and 1.2 (and a later 1.x), and its excerpt: namespace.
_WP_NAMESPACE = re.compile(r"^https?://wordpress\.org/export/(\d+\.\d+)/$")
_EXCERPT_NAMESPACE = re.compile(r"^https?://wordpress\.org/export/\d+\.\d+/excerpt/$")
_OTHER_NAMESPACES = {
    "http://purl.org/rss/1.0/modules/content/": "content",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://wellformedweb.org/CommentAPI/": "wfw",
}
# WordPress's "no date" (drafts), and its <pubDate> form ("Mon, 30 Nov -0001 ...").
_ZERO_DATE = "0000-00-00 00:00:00"
_NEGATIVE_YEAR = re.compile(r"\s-\d+\s")

_SITE_FIELDS = {
    "title",
    "link",
    "description",
    "language",
    "pubDate",
    "wp:wxr_version",
    "wp:base_site_url",
    "wp:base_blog_url",
}


# The records ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Site:
    title: str
    link: str
    description: str
    language: str
    base_site_url: str
    base_blog_url: str
    wxr_version: str
    exported_at: dt.datetime | None


@dataclass(frozen=True)
class Author:
    author_id: int | None
    login: str
    email: str
    display_name: str
    first_name: str
    last_name: str
    line: int | None = None


@dataclass(frozen=True)
class Term:
    """A category, a tag, or a term of another taxonomy (kind: "category", "post_tag",
    "nav_menu", ...). parent is the parent's slug, None at the top."""

    term_id: int | None
    kind: str
    slug: str
    name: str
    parent: str | None
    description: str
    line: int | None = None


@dataclass(frozen=True)
class TermRef:
    """A term an item is filed under (<category domain=... nicename=...>)."""

    taxonomy: str
    slug: str
    name: str


@dataclass(frozen=True)
class Item:
    """A post, page, attachment, menu item or other post type (post_type keeps the raw
    value, kind groups it). postmeta maps each meta key to its first value."""

    post_id: int
    post_type: str
    status: str
    title: str
    slug: str
    link: str
    guid: str
    creator: str
    pub_date: dt.datetime | None
    date_gmt: dt.datetime | None
    modified_gmt: dt.datetime | None
    date_local: dt.datetime | None
    modified_local: dt.datetime | None
    content: str
    excerpt: str
    parent_id: int
    menu_order: int
    categories: tuple[TermRef, ...]
    tags: tuple[TermRef, ...]
    other_terms: tuple[TermRef, ...]
    postmeta: Mapping[str, str]
    attachment_url: str
    comment_status: str
    password: str
    is_sticky: bool
    line: int | None = None

    @property
    def kind(self):
        if self.post_type in (KIND_POST, KIND_PAGE, KIND_ATTACHMENT, KIND_MENU_ITEM):
            return self.post_type
        return KIND_OTHER


@dataclass(frozen=True)
class Summary:
    """What an export holds: items per kind and per status, terms per taxonomy."""

    site: Site | None
    authors: int
    terms: Mapping[str, int]
    items: Mapping[str, int]
    statuses: Mapping[str, int]

    @property
    def total_items(self):
        return sum(self.items.values())


class WXRError(Exception):
    """The file cannot be read as a WordPress export. str() is the Dutch message for the
    user, with "Regel N: " in front when the line is known."""

    def __init__(self, problem, *, line=None):
        self.problem = problem
        self.line = line
        if line is not None:
            message = gettext("Regel %(line)s: %(problem)s") % {"line": line, "problem": problem}
        else:
            message = problem[:1].upper() + problem[1:]
        super().__init__(message)

    @property
    def message(self):
        return str(self)


# Reading -------------------------------------------------------------------------------------


def read(source):
    """A Reader over `source`: a path, or a binary file object (read from where it stands)."""
    return Reader(source)


def summary(source):
    """Count what an export holds (reads it once, in bounded memory)."""
    site = None
    authors = 0
    terms = Counter()
    items = Counter()
    statuses = Counter()
    for record in read(source):
        if isinstance(record, Item):
            items[record.kind] += 1
            statuses[record.status] += 1
        elif isinstance(record, Term):
            terms[record.kind] += 1
        elif isinstance(record, Author):
            authors += 1
        else:
            site = record
    return Summary(
        site=site,
        authors=authors,
        terms=MappingProxyType(dict(sorted(terms.items()))),
        items=MappingProxyType({kind: items[kind] for kind in KINDS}),
        statuses=MappingProxyType(dict(sorted(statuses.items()))),
    )


class Reader:
    """Iterate to get Site, Author, Term and Item records in file order. A reader over a path
    can be iterated again (it opens the file anew); over a file object, once.
    removed_characters: how many forbidden control characters were left out so far."""

    def __init__(self, source):
        self.source = source
        self.site = None
        # Control characters XML does not allow, left out while reading (see _Cleaned).
        self.removed_characters = 0

    def __iter__(self) -> Iterator[Site | Author | Term | Item]:
        return self._records()

    def items(self) -> Iterator[Item]:
        """Only the items (posts, pages, attachments, ...)."""
        return (record for record in self if isinstance(record, Item))

    def _records(self):
        with _opened(self.source) as stream:
            cleaned = _Cleaned(stream)
            parser = _LineKeepingParser()
            names = _Names()
            try:
                events = iterparse(cleaned, ("start-ns", "start", "end"), parser=parser)
                for record in _walk(events, parser, names):
                    self.removed_characters = cleaned.removed
                    if isinstance(record, Site):
                        self.site = record
                    yield record
            except ParseError as error:
                raise _broken_xml(error, parser) from error
            except DefusedXmlException as error:
                raise _forbidden(error, parser.current_line()) from error
            finally:
                self.removed_characters = cleaned.removed


class _Cleaned:
    """The bytes of the export without the control characters that XML 1.0 forbids
    (U+0000-U+001F but tab, newline and carriage return). WordPress writes them as they were
    typed or pasted (a vertical tab from Word, a backspace), and expat would stop at the
    first one. Safe for UTF-8 and one-byte encodings: no multi-byte character contains such
    a byte. A UTF-16 file (with its byte order mark) is passed on untouched."""

    FORBIDDEN = bytes(code for code in range(32) if code not in (9, 10, 13))
    FORBIDDEN_TEXT = dict.fromkeys(FORBIDDEN)

    def __init__(self, stream):
        self.stream = stream
        self.removed = 0
        self.first = True
        self.clean = True

    def read(self, size=-1):
        data = self.stream.read(size)
        if isinstance(data, str):  # a file opened as text
            cleaned = data.translate(self.FORBIDDEN_TEXT)
        else:
            if self.first:
                self.clean = not data.startswith((b"\xff\xfe", b"\xfe\xff"))
            cleaned = data.translate(None, self.FORBIDDEN) if self.clean else data
        self.first = False
        self.removed += len(data) - len(cleaned)
        return cleaned


@contextmanager
def _opened(source):
    if isinstance(source, str | PathLike):
        path = Path(source)
        try:
            stream = path.open("rb")
        except OSError as error:
            raise WXRError(
                gettext(
                    "het bestand %(name)s is niet te openen. "
                    "Controleer of het bestaat en of het te lezen is."
                )
                % {"name": path.name}
            ) from error
        with stream:
            yield stream
    else:
        yield source


class _LineKeepingParser(DefusedXMLParser):
    """defusedxml's parser (DTDs refused too) that notes the line where each element of the
    top three levels starts (iterparse hands out events a chunk later, when expat's line
    has moved on)."""

    def __init__(self):
        super().__init__(forbid_dtd=True)  # the target: an ElementTree TreeBuilder
        self.depth = 0
        self.started = False
        self.lines = {}
        # Where the open <![CDATA[ began: expat finds one that is never closed only at the
        # end of the file.
        self.cdata_line = None
        self.parser.StartCdataSectionHandler = self._start_cdata
        self.parser.EndCdataSectionHandler = self._end_cdata

    def _start_cdata(self):
        self.cdata_line = self.parser.CurrentLineNumber

    def _end_cdata(self):
        self.cdata_line = None

    def _start(self, tag, attr_list):
        element = super()._start(tag, attr_list)
        self.started = True
        self.depth += 1
        if self.depth <= 3:
            self.lines[element] = self.parser.CurrentLineNumber
        return element

    def _end(self, tag):
        self.depth -= 1
        return super()._end(tag)

    def current_line(self):
        parser = getattr(self, "parser", None)
        return parser.CurrentLineNumber if parser is not None else None


class _Names:
    """Clark names ("{http://wordpress.org/export/1.2/}post_id") as roles ("wp:post_id"),
    the same for every WXR version."""

    def __init__(self):
        self.roles = {}
        self.cache = {}
        self.wp_version = None

    def declare(self, uri):
        match = _WP_NAMESPACE.match(uri)
        if match:
            self.roles[uri] = "wp"
            self.wp_version = self.wp_version or match.group(1)
        elif _EXCERPT_NAMESPACE.match(uri):
            self.roles[uri] = "excerpt"
        elif uri in _OTHER_NAMESPACES:
            self.roles[uri] = _OTHER_NAMESPACES[uri]
        self.cache.clear()

    def __call__(self, tag):
        name = self.cache.get(tag)
        if name is None:
            name = tag
            if tag[:1] == "{":
                uri, _, local = tag[1:].partition("}")
                role = self.roles.get(uri)
                if role:
                    name = f"{role}:{local}"
            self.cache[tag] = name
        return name


def _walk(events, parser, names):
    depth = 0
    channel = None
    in_channel = False
    site_fields = {}
    site_sent = False
    lines = parser.lines
    for event, element in events:
        if event == "start-ns":
            names.declare(element[1])
            continue
        if event == "start":
            depth += 1
            if depth == 1:
                _check_root(names(element.tag), lines.get(element))
            elif depth == 2 and channel is None and element.tag == "channel":
                if names.wp_version is None:
                    raise WXRError(
                        gettext(
                            "dit is een gewone RSS-feed, geen WordPress-export. Maak de "
                            "export in WordPress via Gereedschap → Exporteren."
                        ),
                        line=lines.get(element),
                    )
                channel = element
                in_channel = True
            continue
        # "end"
        if depth == 3 and in_channel:
            line = lines.pop(element, None)
            name = names(element.tag)
            record = None
            if name == "item":
                record = _item(element, names, line)
            elif name == "wp:author":
                record = _author(element, names, line)
            elif name in ("wp:category", "wp:tag", "wp:term"):
                record = _term(name, element, names, line)
            elif name in _SITE_FIELDS:
                site_fields.setdefault(name, (element.text or "").strip())
            channel.remove(element)
            if record is not None:
                if not site_sent:
                    site_sent = True
                    yield _site(site_fields, names)
                yield record
        elif depth <= 3:
            lines.pop(element, None)
            if element is channel:
                in_channel = False
                if not site_sent:
                    site_sent = True
                    yield _site(site_fields, names)
            elif depth == 2:
                element.clear()
        depth -= 1
    if channel is None:
        raise WXRError(gettext("dit is geen WordPress-export: het onderdeel <channel> ontbreekt."))


def _check_root(tag, line):
    if tag == "rss":
        return
    if tag.rpartition("}")[2].lower() == "html":
        raise WXRError(_webpage(), line=line)
    raise WXRError(
        gettext(
            "dit is geen WordPress-export: het bestand begint met <%(tag)s> in plaats van <rss>."
        )
        % {"tag": tag},
        line=line,
    )


def _webpage():
    return gettext(
        "dit is een webpagina (HTML), geen WordPress-export. Maak de export in WordPress via "
        "Gereedschap → Exporteren."
    )


def _site(fields, names):
    return Site(
        title=fields.get("title", ""),
        link=fields.get("link", ""),
        description=fields.get("description", ""),
        language=fields.get("language", ""),
        base_site_url=fields.get("wp:base_site_url", ""),
        base_blog_url=fields.get("wp:base_blog_url", ""),
        wxr_version=fields.get("wp:wxr_version") or names.wp_version or "",
        exported_at=_rfc822(fields.get("pubDate", "")),
    )


def _texts(element, names):
    """The text of each child, by role; the first one wins."""
    texts = {}
    for child in element:
        texts.setdefault(names(child.tag), child.text or "")
    return texts


def _author(element, names, line):
    texts = _texts(element, names)
    return Author(
        author_id=_int(texts, "wp:author_id", line, default=None),
        login=texts.get("wp:author_login", "").strip(),
        email=texts.get("wp:author_email", "").strip(),
        display_name=texts.get("wp:author_display_name", "").strip(),
        first_name=texts.get("wp:author_first_name", "").strip(),
        last_name=texts.get("wp:author_last_name", "").strip(),
        line=line,
    )


def _term(name, element, names, line):
    texts = _texts(element, names)
    if name == "wp:category":
        kind = TAXONOMY_CATEGORY
        slug, label, parent, description = (
            "wp:category_nicename",
            "wp:cat_name",
            "wp:category_parent",
            "wp:category_description",
        )
    elif name == "wp:tag":
        kind = TAXONOMY_TAG
        slug, label, parent, description = (
            "wp:tag_slug",
            "wp:tag_name",
            None,
            "wp:tag_description",
        )
    else:
        kind = texts.get("wp:term_taxonomy", "").strip()
        slug, label, parent, description = (
            "wp:term_slug",
            "wp:term_name",
            "wp:term_parent",
            "wp:term_description",
        )
    return Term(
        term_id=_int(texts, "wp:term_id", line, default=None),
        kind=kind,
        slug=texts.get(slug, "").strip(),
        name=texts.get(label, "").strip(),
        parent=(texts.get(parent, "").strip() if parent else "") or None,
        description=texts.get(description, "").strip(),
        line=line,
    )


def _item(element, names, line):
    texts = {}
    filed = []
    postmeta = {}
    for child in element:
        name = names(child.tag)
        if name == "category":
            filed.append(child)
        elif name == "wp:postmeta":
            meta = _texts(child, names)
            key = meta.get("wp:meta_key")
            if key is not None and key not in postmeta:
                postmeta[key] = meta.get("wp:meta_value", "")
        elif name != "wp:comment":
            texts.setdefault(name, child.text or "")
    if not texts.get("wp:post_id", "").strip():
        raise WXRError(gettext("een item heeft geen nummer (<wp:post_id>)."), line=line)
    categories, tags, other_terms = _filed_under(filed)
    return Item(
        post_id=_int(texts, "wp:post_id", line),
        post_type=texts.get("wp:post_type", "").strip(),
        status=texts.get("wp:status", "").strip(),
        title=texts.get("title", "").strip(),
        slug=texts.get("wp:post_name", "").strip(),
        link=texts.get("link", "").strip(),
        guid=texts.get("guid", "").strip(),
        creator=texts.get("dc:creator", "").strip(),
        pub_date=_rfc822(texts.get("pubDate", "")),
        date_gmt=_datetime(texts, "wp:post_date_gmt", line, utc=True),
        modified_gmt=_datetime(texts, "wp:post_modified_gmt", line, utc=True),
        date_local=_datetime(texts, "wp:post_date", line, utc=False),
        modified_local=_datetime(texts, "wp:post_modified", line, utc=False),
        content=texts.get("content:encoded", ""),
        excerpt=texts.get("excerpt:encoded", ""),
        parent_id=_int(texts, "wp:post_parent", line, default=0),
        menu_order=_int(texts, "wp:menu_order", line, default=0),
        categories=categories,
        tags=tags,
        other_terms=other_terms,
        postmeta=MappingProxyType(postmeta),
        attachment_url=texts.get("wp:attachment_url", "").strip(),
        comment_status=texts.get("wp:comment_status", "").strip(),
        password=texts.get("wp:post_password", ""),
        is_sticky=texts.get("wp:is_sticky", "").strip() == "1",
        line=line,
    )


def _filed_under(elements):
    """<category domain="category|post_tag|..." nicename="slug">Name</category>. WXR 1.0
    also writes a bare <category>Name</category> (a category) and domain="tag" (a tag),
    without slug: such a one counts only when the same name is not also given with a slug."""
    refs = []
    for element in elements:
        domain = element.get("domain") or TAXONOMY_CATEGORY
        taxonomy = TAXONOMY_TAG if domain == "tag" else domain
        ref = TermRef(taxonomy, element.get("nicename", "").strip(), (element.text or "").strip())
        if ref.name and ref not in refs:
            refs.append(ref)
    with_slug = {(ref.taxonomy, ref.name) for ref in refs if ref.slug}
    refs = [ref for ref in refs if ref.slug or (ref.taxonomy, ref.name) not in with_slug]
    return (
        tuple(ref for ref in refs if ref.taxonomy == TAXONOMY_CATEGORY),
        tuple(ref for ref in refs if ref.taxonomy == TAXONOMY_TAG),
        tuple(ref for ref in refs if ref.taxonomy not in (TAXONOMY_CATEGORY, TAXONOMY_TAG)),
    )


# Values --------------------------------------------------------------------------------------


def _int(texts, name, line, default=...):
    value = texts.get(name, "").strip()
    if not value and default is not ...:
        return default
    try:
        return int(value)
    except ValueError:
        raise WXRError(
            gettext('het nummer in <%(field)s> is geen geheel getal ("%(value)s").')
            % {"field": name, "value": value[:40]},
            line=line,
        ) from None


def _datetime(texts, name, line, *, utc):
    value = texts.get(name, "").strip()
    if not value or value == _ZERO_DATE:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise WXRError(
            gettext('de datum in <%(field)s> klopt niet ("%(value)s").')
            % {"field": name, "value": value[:40]},
            line=line,
        ) from None
    return moment.replace(tzinfo=dt.UTC) if utc else moment.replace(tzinfo=None)


def _rfc822(value):
    """<pubDate>, in UTC. Lenient: WordPress writes "Mon, 30 Nov -0001 00:00:00 +0000" for
    drafts, which is no date at all (None)."""
    value = value.strip()
    if not value or _NEGATIVE_YEAR.search(value):
        return None
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None or moment.year < 1000:
        return None
    return moment.astimezone(dt.UTC)


# Errors --------------------------------------------------------------------------------------

_EXPAT = {
    name: expat_errors.codes[message]
    for name, message in vars(expat_errors).items()
    if name.startswith("XML_ERROR_")
}


def _broken_xml(error, parser):
    line = getattr(error, "position", (None, None))[0]
    code = getattr(error, "code", None)
    if code == _EXPAT["XML_ERROR_UNCLOSED_CDATA_SECTION"] and parser.cdata_line:
        line = parser.cdata_line
    if not parser.started:
        if code == _EXPAT.get("XML_ERROR_NO_ELEMENTS"):
            return WXRError(
                gettext(
                    "het bestand is leeg. Maak in WordPress opnieuw een export via "
                    "Gereedschap → Exporteren."
                )
            )
        return WXRError(
            gettext(
                "dit is geen XML-bestand. Een WordPress-export is een XML-bestand dat u "
                "maakt via Gereedschap → Exporteren."
            ),
            line=line,
        )
    return WXRError(
        gettext("het bestand is beschadigd (%(reason)s). Maak in WordPress opnieuw een export.")
        % {"reason": _reason(code)},
        line=line,
    )


def _reason(code):
    reasons = {
        "XML_ERROR_NO_ELEMENTS": gettext(
            "het stopt te vroeg, misschien is het niet helemaal gedownload"
        ),
        "XML_ERROR_UNCLOSED_TOKEN": gettext("het stopt midden in een onderdeel"),
        "XML_ERROR_TAG_MISMATCH": gettext("een onderdeel wordt niet goed afgesloten"),
        "XML_ERROR_INVALID_TOKEN": gettext("er staat een teken dat daar niet mag"),
        "XML_ERROR_UNDEFINED_ENTITY": gettext(
            "er staat een onbekende code met een &-teken, zoals &nbsp;"
        ),
        "XML_ERROR_BAD_CHAR_REF": gettext("er staat een onbekende code met een &-teken"),
        "XML_ERROR_UNCLOSED_CDATA_SECTION": gettext("een tekstblok (CDATA) wordt niet afgesloten"),
        "XML_ERROR_JUNK_AFTER_DOC_ELEMENT": gettext("na het einde van de export staat nog tekst"),
        "XML_ERROR_PARTIAL_CHAR": gettext("de tekens zijn niet als UTF-8 opgeslagen"),
        "XML_ERROR_INCORRECT_ENCODING": gettext("de tekens zijn niet als UTF-8 opgeslagen"),
        "XML_ERROR_UNKNOWN_ENCODING": gettext("de tekens zijn niet als UTF-8 opgeslagen"),
    }
    for name, reason in reasons.items():
        if code == _EXPAT.get(name):
            return reason
    return gettext("de opbouw klopt niet")


def _forbidden(error, line):
    if isinstance(error, DTDForbidden) and (error.name or "").lower() == "html":
        return WXRError(_webpage(), line=line)
    return WXRError(
        gettext(
            "het bestand bevat een DTD of een eigen definitie van tekens (<!DOCTYPE> of "
            "<!ENTITY>). Een WordPress-export heeft die nooit. Om veiligheidsredenen lezen "
            "we dit bestand niet."
        ),
        line=line,
    )
