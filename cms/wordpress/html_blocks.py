"""WordPress post HTML to the blocks of a page's body (cms.blocks.BaseStreamBlock).

`convert(html, resolver=...)` takes the body of one WordPress post or page, as the export
file has it, and returns the body's blocks and what was lost or doubtful on the way:

    blocks, problems = convert(post_html, resolver=resolver, item="post 123")
    page.body = stream_data(blocks)

Both editors are read. The classic editor stores paragraphs as blank lines: WordPress's
wpautop() makes the <p> and <br> (ported below). The block editor stores HTML between
<!-- wp:name {...} --> comments; each block is read on its own.

What becomes what:

- paragraphs and lists: rich text in a "paragraph" block, consecutive ones in one block,
  cleaned to the site's RICH_TEXT_FEATURES: <b>, <i>, links, <ul>/<ol>, <br/>. Every other
  tag is unwrapped (its text stays); empty paragraphs go.
- h1 and h2: a "heading" block at level 2; h3 to h6 at level 3.
- images: an "image" block with the alt text and the caption. The resolver finds the
  Wagtail image, by attachment id (class "wp-image-12", the block's "id") or by address.
- YouTube and Vimeo (embed blocks, [embed], [video], iframes, a video address alone on a
  line of a classic post, as WordPress embeds it): a "video" block.
- a quote with its author (<cite>, or a last line "— Naam"): a "testimonial" block, the
  author split at the first comma into name and context ("Joke, mantelzorger in Haven").
  Without an author: italic paragraphs, as a quote is shown in running text.
- tables: the site has no table block, and wide tables do not fit a phone. Each row
  becomes a list item ("Dag: maandag" on separate lines when the table has a header row,
  the cells joined by dashes when not); every cell's text and links stay, a screen reader
  counts the rows as items. Reported, so an editor can check it reads well. A table of
  one cell (a layout table) is just its content.
- links: the resolver says where an old address lives now: a page or a document (written
  as Wagtail's <a linktype="page" id="3">), an external address, or nothing; an address it
  does not know stays as it was and is reported.
- removed and reported: scripts, styles, forms, iframes that are not a video, objects,
  unknown shortcodes (cms.wordpress.shortcodes), unknown blocks, images that cannot be
  found. A separator, spacer, "more" or page break has nothing to keep and goes quietly.

The blocks are (block type, value) pairs of plain data (str, dict, int): easy to read and
to compare between two runs of the import. `stream_data(blocks)` gives them in the form
Wagtail stores, which a StreamField takes as it is: images by id, all loaded in one query.
(As (type, value) pairs Wagtail would want Image objects for the image blocks.)
"""

import html as html_lib
import json
import re
from dataclasses import dataclass
from typing import Protocol, runtime_checkable
from urllib.parse import urlparse

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString
from django.utils.translation import gettext, gettext_noop

from ..blocks import video_embed_url
from . import shortcodes

EDITORS = ("auto", "classic", "block")

HEADING_MAX = 120  # HeadingBlock.text
CAPTION_MAX = 250  # CaptionedImageBlock.caption
QUOTE_MAX = 600  # TestimonialBlock.quote
NAME_MAX = 80  # TestimonialBlock.name
CONTEXT_MAX = 120  # TestimonialBlock.context
VIDEO_TITLE_MAX = 120  # VideoBlock.title

# What a report line says, by kind. gettext_noop: translated when the report is shown.
MESSAGES = {
    "shortcode": gettext_noop("Shortcode weggehaald. De website kent deze shortcode niet."),
    "shortcode_unwrapped": gettext_noop("Shortcode weggehaald. De tekst erin is bewaard."),
    "possible_shortcode": gettext_noop(
        "Tekst tussen blokhaken laten staan. Is het een shortcode? Kijk het na."
    ),
    "gallery_without_ids": gettext_noop(
        "Galerij weggehaald. In de shortcode staat niet welke afbeeldingen erbij horen."
    ),
    "script": gettext_noop("Script of opmaakcode weggehaald."),
    "iframe": gettext_noop(
        "Ingesloten pagina (iframe) weggehaald. Alleen video's van YouTube en Vimeo blijven."
    ),
    "form": gettext_noop("Formulier of formulierveld weggehaald."),
    "object": gettext_noop("Ingesloten object weggehaald."),
    "link_unresolved": gettext_noop(
        "Link niet gevonden op de nieuwe website. De link blijft staan zoals hij was."
    ),
    "link_removed": gettext_noop("Onveilige link weggehaald. De tekst blijft staan."),
    "image_not_found": gettext_noop("Afbeelding niet gevonden. Ze is niet overgenomen."),
    "image_without_alt": gettext_noop(
        "Afbeelding zonder alt-tekst. Ze staat nu als versiering. Kijk dit na."
    ),
    "caption_too_long": gettext_noop("Onderschrift te lang. Het is ingekort."),
    "heading_too_long": gettext_noop("Kop te lang. Hij staat nu als vette tekst."),
    "quote_too_long": gettext_noop(
        "Citaat te lang voor een ervaringsblok. Het staat nu als schuine tekst."
    ),
    "media_unsupported": gettext_noop(
        "Video of geluid staat niet op YouTube of Vimeo. Er staat nu een link naar het bestand."
    ),
    "embed_unsupported": gettext_noop(
        "Ingesloten inhoud is geen video van YouTube of Vimeo. Er staat nu een link."
    ),
    "table": gettext_noop(
        "Tabel omgezet naar een lijst. De website heeft geen tabellen. "
        "Kijk na of het goed leesbaar is."
    ),
    "unknown_block": gettext_noop("Onbekend blok. De tekst erin is bewaard. Kijk het na."),
    "unknown_block_removed": gettext_noop("Blok weggehaald. De website heeft hier geen blok voor."),
}


@dataclass(frozen=True)
class Problem:
    """One thing the conversion removed, changed or doubts. `kind` is a key of MESSAGES;
    `name` the shortcode, tag, block or address; `excerpt` a short piece of the source."""

    kind: str
    name: str
    excerpt: str
    item: str | None = None

    @property
    def message(self):
        return gettext(MESSAGES[self.kind])


@runtime_checkable
class Resolver(Protocol):
    """Finds what an old WordPress address or attachment is on this site. The importer
    implements it; subclass it to get the defaults (nothing is found)."""

    def image(self, ref: int | str) -> int | None:
        """The Wagtail image id for a WordPress attachment id (int) or an image address
        (str, perhaps a resized copy such as foto-300x200.jpg; see original_upload_url),
        or None when there is none."""
        return None

    def link(self, url: str) -> tuple[str, int | str] | None:
        """Where a link goes now: ("page", page id), ("document", document id),
        ("external", address), or None when the address is not known."""
        return None

    def image_alt(self, image_id: int) -> str:
        """Optional: the alt text WordPress kept with the attachment, used when the HTML
        has none."""
        return ""


def original_upload_url(url):
    """The address of the uploaded original of a resized copy WordPress made:
    .../foto-300x200.jpg and .../foto-scaled.jpg become .../foto.jpg."""
    return re.sub(r"-(?:\d+x\d+|scaled)(?=\.\w+(?:[?#].*)?$)", "", url or "")


def convert(html, *, resolver, editor="auto", item=None):
    """(blocks, problems) for one post body: blocks a list of (block_type, value) for
    BaseStreamBlock, problems a list of Problem. `editor` is "classic", "block" or
    "auto" (block editor when the HTML has <!-- wp: comments). `item` names the post in
    the problems (for the report)."""
    if editor not in EDITORS:
        raise ValueError(f"editor must be one of {EDITORS}, not {editor!r}")
    context = _Context(resolver, item)
    html = html or ""
    if editor == "block" or (editor == "auto" and "<!-- wp:" in html):
        pieces = []
        for part in parse_blocks(html):
            if isinstance(part, BlockNode):
                pieces.extend(context.block(part))
            elif part.strip():
                pieces.extend(context.fragment(part, autop=True))
    else:
        pieces = context.fragment(html, autop=True)
    return _merge(pieces), context.problems


def stream_data(blocks):
    """The blocks as StreamField data: [{"type": ..., "value": ...}], for `page.body`."""
    return [{"type": block_type, "value": value} for block_type, value in blocks]


def _merge(pieces):
    """Consecutive rich text in one paragraph block."""
    blocks = []
    for kind, value in pieces:
        if kind == "rich":
            if blocks and blocks[-1][0] == "paragraph":
                blocks[-1] = ("paragraph", blocks[-1][1] + value)
            else:
                blocks.append(("paragraph", value))
        else:
            blocks.append((kind, value))
    return blocks


# The block editor --------------------------------------------------------------------

# WordPress's block parser (WP_Block_Parser): <!-- wp:name {"json"} --> ... <!-- /wp:name -->
# and <!-- wp:name /--> for a block without content.
DELIMITER = re.compile(
    r"<!--\s+(?P<closer>/)?wp:(?P<namespace>[a-z][a-z0-9_-]*/)?(?P<name>[a-z][a-z0-9_-]*)"
    r"\s+(?P<attrs>\{.*?\}\s+)?(?P<void>/)?-->",
    re.DOTALL,
)


@dataclass
class BlockNode:
    name: str  # with its namespace: "core/paragraph"
    attrs: dict
    parts: list  # str (HTML) and BlockNode, in order
    raw: str  # the opening comment

    @property
    def short(self):
        return self.name.removeprefix("core/")

    def html(self):
        """The block's HTML with its inner blocks' HTML in place, comments left out."""
        return "".join(part if isinstance(part, str) else part.html() for part in self.parts)


def parse_blocks(text):
    """The top level of a block editor post: HTML strings (classic content between
    blocks) and BlockNodes."""
    root = BlockNode("", {}, [], "")
    stack = [root]
    position = 0
    for match in DELIMITER.finditer(text):
        if match.start() > position:
            stack[-1].parts.append(text[position : match.start()])
        position = match.end()
        namespace = (match.group("namespace") or "core/").rstrip("/")
        name = f"{namespace}/{match.group('name')}"
        if match.group("closer"):
            names = [node.name for node in stack[1:]]
            if name in names:
                del stack[len(names) - names[::-1].index(name) :]
            continue
        try:
            attrs = json.loads(match.group("attrs")) if match.group("attrs") else {}
        except ValueError:
            attrs = {}
        node = BlockNode(name, attrs if isinstance(attrs, dict) else {}, [], match.group(0))
        stack[-1].parts.append(node)
        if not match.group("void"):
            stack.append(node)
    if position < len(text):
        stack[-1].parts.append(text[position:])
    return root.parts


KNOWN_BLOCKS = set(
    "paragraph heading list list-item quote pullquote image gallery table preformatted "
    "code verse html freeform shortcode embed video audio file buttons button columns "
    "column group cover media-text details separator spacer more nextpage".split()
)
# Nothing to keep.
SILENT_BLOCKS = {"separator", "spacer", "more", "nextpage"}
# Layout around other blocks: each inner block is read on its own (an embed inside a
# column keeps its address). Everything else is read as one piece of HTML.
LAYOUT_BLOCKS = {"columns", "column", "group", "cover", "media-text", "details", "buttons"}


# HTML ----------------------------------------------------------------------------------

BLOCK_TAGS = set(
    "p div section article aside header footer main nav center h1 h2 h3 h4 h5 h6 hgroup "
    "ul ol li dl dt dd menu blockquote figure figcaption table caption thead tbody tfoot "
    "tr td th pre hr address details summary fieldset legend html body".split()
)
# Removed with everything inside, and reported by this kind.
REMOVED = {
    "script": "script",
    "style": "script",
    "noscript": "script",
    "template": "script",
    "link": "script",
    "meta": "script",
    "frame": "iframe",
    "frameset": "iframe",
    "form": "form",
    "input": "form",
    "button": "form",
    "select": "form",
    "textarea": "form",
    "object": "object",
    "embed": "object",
    "applet": "object",
    "svg": "object",
    "canvas": "object",
    "math": "object",
}
SILENT_TAGS = {"head", "title", "wbr"}
UNSAFE_SCHEMES = ("javascript:", "data:", "vbscript:", "file:")
SPACES = re.compile(r"[ \t\n\r\f\v]+")
EDGES = re.compile(r"^(?:\s|<br/>)+|(?:\s|<br/>)+$")
TAG = re.compile(r"<[^>]+>")


def _plain(fragment):
    """The text of a piece of our own inline HTML."""
    return " ".join(html_lib.unescape(TAG.sub(" ", fragment)).split())


def _tidy(fragment):
    """Inline HTML without spaces and line breaks at its edges or doubled spaces."""
    fragment = re.sub(r" {2,}", " ", fragment)
    fragment = re.sub(r"\s*<br/>\s*", "<br/>", fragment)
    previous = None
    while previous != fragment:
        previous = fragment
        fragment = EDGES.sub("", fragment).strip("\xa0")
    return fragment


def _split_at_blank_lines(fragment):
    """Two line breaks in a row (what is left around removed content) start a new
    paragraph, unless that would cut a <b>, <i> or link in two."""
    pieces = [_tidy(piece) for piece in re.split(r"(?:<br/>){2,}", fragment)]
    for opening, closing in (("<b>", "</b>"), ("<i>", "</i>"), ("<a ", "</a>")):
        if any(piece.count(opening) != piece.count(closing) for piece in pieces):
            return [re.sub(r"(?:<br/>){2,}", "<br/>", fragment)]
    return pieces


def _visible(fragment):
    return bool(_plain(fragment).strip(" \xa0"))


def _wrap(parts, opening, closing, strip=()):
    """Each run of inline HTML in `parts` wrapped in a tag; blocks pass through. Spaces at
    a run's edges stay outside the tag; `strip` are tags of the same kind inside it."""
    out = []
    for run in _runs(parts):
        if isinstance(run, tuple):
            out.append(run)
            continue
        for pattern in strip:
            run = re.sub(pattern, "", run)
        if not _visible(run):
            out.append(run)
            continue
        lead = re.match(r"(?:\s|<br/>)*", run).group(0)
        trail = re.search(r"(?:\s|<br/>)*$", run[len(lead) :]).group(0)
        middle = run[len(lead) : len(run) - len(trail)]
        out.append(f"{lead}{opening}{middle}{closing}{trail}")
    return out


def _runs(parts):
    """Parts with consecutive strings joined."""
    runs = []
    for part in parts:
        if isinstance(part, str) and runs and isinstance(runs[-1], str):
            runs[-1] += part
        else:
            runs.append(part)
    return runs


def _text(node):
    # Non-breaking spaces (Word's "&nbsp;" everywhere) count as spaces; zero-width ones go.
    text = str(node).replace("\xa0", " ").replace("\u200b", "")
    return html_lib.escape(SPACES.sub(" ", text), quote=False)


def _is_text(node):
    return isinstance(node, NavigableString) and not isinstance(node, PreformattedString)


def _classes(tag):
    return tag.get("class") or []


def _attachment_id(img):
    for name in _classes(img):
        match = re.fullmatch(r"wp-image-(\d+)", name)
        if match:
            return int(match.group(1))
    for attr in ("data-id", "data-attachment-id"):
        value = str(img.get(attr) or "")
        if value.isdigit():
            return int(value)
    return None


def _truncate(text, length):
    if len(text) <= length:
        return text
    return text[: length - 1].rsplit(" ", 1)[0].rstrip(" ,.;:") + "…"


def _video_page(url):
    """The video's own address on YouTube or Vimeo, the same for every way of linking it."""
    embed = video_embed_url(url)
    if embed.startswith("https://www.youtube-nocookie.com/embed/"):
        return "https://www.youtube.com/watch?v=" + embed.rsplit("/", 1)[1], "YouTube"
    video_id = urlparse(embed).path.rsplit("/", 1)[1]
    return f"https://vimeo.com/{video_id}", "Vimeo"


# WordPress's wpautop() (wp-includes/formatting.php), line by line.
ALL_BLOCKS = (
    r"(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre"
    r"|form|map|area|blockquote|address|style|p|h[1-6]|hr|fieldset|legend|section|article"
    r"|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)"
)


def wpautop(text, br=True):
    """Paragraphs and line breaks for classic editor text, as WordPress shows it."""
    if not text.strip():
        return ""
    flags = re.ASCII
    pre_tags = {}
    text = text + "\n"
    if "<pre" in text:
        parts = text.split("</pre>")
        last = parts.pop()
        text = ""
        for index, part in enumerate(parts):
            start = part.find("<pre")
            if start == -1:
                text += part
                continue
            name = f"<pre wp-pre-tag-{index}></pre>"
            pre_tags[name] = part[start:] + "</pre>"
            text += part[:start] + name
        text += last
    text = re.sub(r"<br\s*/?>\s*<br\s*/?>", "\n\n", text, flags=flags)
    text = re.sub(r"(<" + ALL_BLOCKS + r"[\s/>])", r"\n\n\1", text, flags=flags)
    text = re.sub(r"(</" + ALL_BLOCKS + r">)", r"\1\n\n", text, flags=flags)
    text = re.sub(r"(<hr\s*?/?>)", r"\1\n\n", text, flags=flags)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Newlines inside tags and comments are kept out of the way.
    text = re.sub(
        r"<!--.*?-->|<[^>]*>",
        lambda m: m.group(0).replace("\n", " <!-- wpnl --> "),
        text,
        flags=re.DOTALL,
    )
    if "<option" in text:
        text = re.sub(r"\s*<option", "<option", text, flags=flags)
        text = re.sub(r"</option>\s*", "</option>", text, flags=flags)
    if "</object>" in text:
        text = re.sub(r"(<object[^>]*>)\s*", r"\1", text, flags=flags)
        text = re.sub(r"\s*</object>", "</object>", text, flags=flags)
        text = re.sub(r"\s*(</?(?:param|embed)[^>]*>)\s*", r"\1", text, flags=flags)
    if "<source" in text or "<track" in text:
        text = re.sub(r"([<\[](?:audio|video)[^>\]]*[>\]])\s*", r"\1", text, flags=flags)
        text = re.sub(r"\s*([<\[]/(?:audio|video)[>\]])", r"\1", text, flags=flags)
        text = re.sub(r"\s*(<(?:source|track)[^>]*>)\s*", r"\1", text, flags=flags)
    if "<figcaption" in text:
        text = re.sub(r"\s*(<figcaption[^>]*>)", r"\1", text, flags=flags)
        text = re.sub(r"</figcaption>\s*", "</figcaption>", text, flags=flags)
    text = re.sub(r"\n\n+", "\n\n", text)
    paragraphs = [p for p in re.split(r"\n\s*\n", text, flags=flags) if p]
    text = "".join(f"<p>{p.strip(chr(10))}</p>\n" for p in paragraphs)
    text = re.sub(r"<p>\s*</p>", "", text, flags=flags)
    text = re.sub(r"<p>([^<]+)</(div|address|form)>", r"<p>\1</p></\2>", text)
    text = re.sub(r"<p>\s*(</?" + ALL_BLOCKS + r"[^>]*>)\s*</p>", r"\1", text, flags=flags)
    text = re.sub(r"<p>(<li.+?)</p>", r"\1", text)
    text = re.sub(r"<p><blockquote([^>]*)>", r"<blockquote\1><p>", text, flags=re.IGNORECASE)
    text = text.replace("</blockquote></p>", "</p></blockquote>")
    text = re.sub(r"<p>\s*(</?" + ALL_BLOCKS + r"[^>]*>)", r"\1", text, flags=flags)
    text = re.sub(r"(</?" + ALL_BLOCKS + r"[^>]*>)\s*</p>", r"\1", text, flags=flags)
    if br:
        text = re.sub(
            r"<(script|style|svg|math).*?</\1>",
            lambda m: m.group(0).replace("\n", "<WPPreserveNewline />"),
            text,
            flags=re.DOTALL,
        )
        text = text.replace("<br>", "<br />").replace("<br/>", "<br />")
        text = re.sub(r"(?<!<br />)\s*\n", "<br />\n", text, flags=flags)
        text = text.replace("<WPPreserveNewline />", "\n")
    text = re.sub(r"(</?" + ALL_BLOCKS + r"[^>]*>)\s*<br />", r"\1", text, flags=flags)
    text = re.sub(
        r"<br />(\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)", r"\1", text, flags=flags
    )
    text = re.sub(r"\n</p>$", "</p>", text)
    for name, original in pre_tags.items():
        text = text.replace(name, original)
    return text.replace(" <!-- wpnl --> ", "\n").replace("<!-- wpnl -->", "\n")


# WordPress embeds a video address that stands alone on a line (autoembed).
ALONE_ON_A_LINE = re.compile(r"^(\s*)(https?://[^\s<>\"]+)(\s*)$", re.IGNORECASE | re.MULTILINE)


def _auto_embed(text):
    def embed(match):
        if not video_embed_url(html_lib.unescape(match.group(2))):
            return match.group(0)
        return (
            f'{match.group(1)}<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">'
            f"{match.group(2)}</div></figure>{match.group(3)}"
        )

    return ALONE_ON_A_LINE.sub(embed, text)


# The conversion ------------------------------------------------------------------------


class _Context:
    """One conversion: the resolver, the problems found, the links looked up."""

    def __init__(self, resolver, item):
        self.resolver = resolver
        self.item = item
        self.problems = []
        self._links = {}

    def report(self, kind, name, source=""):
        problem = Problem(kind, str(name), shortcodes.excerpt(str(source)), self.item)
        if problem not in self.problems:
            self.problems.append(problem)

    # Blocks of the block editor.

    def block(self, node):
        short = node.short
        if node.name.startswith("core-embed/") or node.name == "core/embed":
            if node.attrs.get("url"):
                return self.embed(node.attrs["url"], node.html())
            return self.fragment(node.html())
        if node.name.startswith("core/") and short in KNOWN_BLOCKS:
            if short in SILENT_BLOCKS:
                return []
            if short in ("freeform", "shortcode"):
                return self.fragment(node.html(), autop=True)
            if short in LAYOUT_BLOCKS:
                return self.parts(node, own_html=short != "cover")
            image_id = node.attrs.get("id") if short == "image" else None
            return self.fragment(self.inner_html(node), image_id=image_id)
        pieces = self.parts(node, own_html=True)
        if pieces:
            self.report("unknown_block", node.name, node.raw)
        else:
            self.report("unknown_block_removed", node.name, node.raw)
        return pieces

    def parts(self, node, own_html):
        pieces = []
        for part in node.parts:
            if isinstance(part, BlockNode):
                pieces.extend(self.block(part))
            elif own_html:
                pieces.extend(self.fragment(part))
        return pieces

    def inner_html(self, node):
        """A block's HTML in one piece; inner blocks the site does not know are reported."""
        for part in node.parts:
            if isinstance(part, BlockNode):
                if not (part.name.startswith("core/") and part.short in KNOWN_BLOCKS):
                    kept = part.html().strip()
                    kind = "unknown_block" if kept else "unknown_block_removed"
                    self.report(kind, part.name, part.raw)
                self.inner_html(part)
        return node.html()

    # HTML.

    def fragment(self, text, autop=False, image_id=None):
        text = shortcodes.process(text, report=self.report)
        if autop:
            text = wpautop(_auto_embed(text))
        soup = BeautifulSoup(text, "html.parser")
        if isinstance(image_id, int):
            img = soup.find("img")
            if img is not None and _attachment_id(img) is None:
                img["data-id"] = str(image_id)
        return list(self.flow(soup.contents))

    def flow(self, nodes):
        """Pieces for a run of block-level content: ("rich", html) or (block type, value)."""
        run = []
        for node in list(nodes):
            if not isinstance(node, Tag) and not _is_text(node):
                continue  # a comment (<!--more-->) does not end a paragraph
            if self.is_inline(node):
                run.append(node)
                continue
            yield from self.paragraph(run)
            run = []
            yield from self.element(node)
        yield from self.paragraph(run)

    def is_inline(self, node):
        if isinstance(node, Tag):
            return node.name not in BLOCK_TAGS
        return _is_text(node)

    def has_block_child(self, tag):
        return any(isinstance(child, Tag) and child.name in BLOCK_TAGS for child in tag.children)

    def element(self, tag):
        name = tag.name
        if name == "p":
            if self.has_block_child(tag):
                yield from self.flow(tag.contents)
            else:
                yield from self.paragraph(tag.contents)
        elif name in ("h1", "h2", "h3", "h4", "h5", "h6"):
            yield from self.heading(tag)
        elif name in ("ul", "ol", "menu"):
            yield from self.list(tag)
        elif name == "blockquote":
            yield from self.quote(tag)
        elif name == "figure" or "wp-caption" in _classes(tag):
            yield from self.figure(tag)
        elif name == "table":
            yield from self.table(tag)
        elif name == "pre":
            lines = tag.get_text().strip("\n").split("\n")
            text = "<br/>".join(html_lib.escape(line.strip(), quote=False) for line in lines)
            if _visible(text):
                yield ("rich", f"<p>{_tidy(text)}</p>")
        elif name == "hr":
            return
        elif name == "dt":
            yield from self.paragraph(_wrap(self.inline_children(tag), "<b>", "</b>"))
        else:
            yield from self.flow(tag.contents)

    def paragraph(self, nodes, opening="<p>", closing="</p>"):
        """Paragraphs from inline content; an image or video inside splits it."""
        parts = []
        for node in nodes:
            # Nodes of the parsed HTML, or inline HTML and blocks already converted.
            is_node = isinstance(node, NavigableString | Tag)
            parts.extend(self.inline(node) if is_node else [node])
        for run in _runs(parts):
            if isinstance(run, tuple):
                yield run
                continue
            for text in _split_at_blank_lines(_tidy(run)):
                if _visible(text):
                    yield ("rich", f"{opening}{text}{closing}")

    def inline_children(self, tag):
        parts = []
        for child in list(tag.children):
            parts.extend(self.inline(child))
        return parts

    def inline(self, node):
        """Inline HTML strings (cleaned) and block pieces found inside, in order."""
        if not isinstance(node, Tag):
            return [_text(node)] if _is_text(node) else []
        name = node.name
        if name in REMOVED:
            self.report(REMOVED[name], name, str(node))
            return []
        if name in SILENT_TAGS:
            return []
        if name == "br":
            return ["<br/>"]
        if name == "img":
            return self.image(node)
        if name == "iframe":
            return self.iframe(node)
        if name in ("video", "audio"):
            return self.media(node)
        if name == "a" and "wp-block-file__button" in _classes(node):
            return []  # the file block's second "Download" link to the same file
        children = self.inline_children(node)
        if name in ("b", "strong"):
            return _wrap(children, "<b>", "</b>", strip=(r"</?b>",))
        if name in ("i", "em"):
            return _wrap(children, "<i>", "</i>", strip=(r"</?i>",))
        if name == "a":
            return self.link(node, children)
        if name in BLOCK_TAGS:
            return [" ", *children, " "]
        return children  # span, font, u, sup, ...: unwrapped

    def link(self, tag, children):
        href = (tag.get("href") or "").strip()
        if not href:
            return children
        if href.lower().replace(" ", "").startswith(UNSAFE_SCHEMES):
            self.report("link_removed", href[:40], str(tag))
            return children
        if not any(isinstance(part, str) and _visible(part) for part in children):
            return children  # a link around an image: the image block has no link
        # Wagtail's editor keeps no line break inside a link.
        children = [
            part.replace("<br/>", " ") if isinstance(part, str) else part for part in children
        ]
        return _wrap(children, self.link_opening(href), "</a>", strip=(r"<a [^>]*>", r"</a>"))

    def link_opening(self, url):
        if url not in self._links:
            target = self.resolver.link(url)
            if target is None:
                self.report("link_unresolved", url, url)
                opening = f'<a href="{html_lib.escape(url)}">'
            else:
                kind, value = target
                if kind in ("page", "document"):
                    opening = f'<a linktype="{kind}" id="{int(value)}">'
                elif kind == "external":
                    opening = f'<a href="{html_lib.escape(str(value))}">'
                else:
                    raise ValueError(f"resolver.link() gave an unknown kind: {kind!r}")
            self._links[url] = opening
        return self._links[url]

    def heading(self, tag):
        parts = self.inline_children(tag)
        text = _plain("".join(part for part in parts if isinstance(part, str)))
        text = text.strip(" \xa0")
        if text:
            if len(text) > HEADING_MAX:
                self.report("heading_too_long", tag.name, text)
                yield ("rich", f"<p><b>{html_lib.escape(text, quote=False)}</b></p>")
            else:
                level = "h2" if tag.name in ("h1", "h2") else "h3"
                yield ("heading", {"text": text, "level": level})
        yield from (part for part in parts if isinstance(part, tuple))

    def list(self, tag):
        found = []
        text = self.list_html(tag, found)
        if text:
            yield ("rich", text)
        yield from found

    def list_html(self, tag, found):
        items = []
        for child in tag.children:
            if isinstance(child, Tag) and child.name in ("ul", "ol", "menu"):
                nested = self.list_html(child, found)
                if nested and items:
                    items[-1] = items[-1].removesuffix("</li>") + nested + "</li>"
                elif nested:
                    items.append(f"<li>{nested}</li>")
                continue
            if isinstance(child, Tag) and child.name != "li":
                content = self.mixed(child, found)
            elif isinstance(child, Tag):
                content = self.mixed(child, found, keep_lists=True)
            else:
                content = _tidy(_text(child)) if _is_text(child) else ""
            if content:
                items.append(f"<li>{content}</li>")
        if not items:
            return ""
        name = "ol" if tag.name == "ol" else "ul"
        return f"<{name}>{''.join(items)}</{name}>"

    def mixed(self, tag, found, keep_lists=False):
        """The inline HTML of a list item or table cell that may hold paragraphs (on lines
        of their own) and lists (kept nested in a list item, else one item a line). Blocks
        inside are added to `found`."""
        lines = [[]]
        nested = ""
        for child in list(tag.children):
            if isinstance(child, Tag) and child.name in ("ul", "ol", "menu"):
                if keep_lists:
                    nested += self.list_html(child, found)
                    continue
                for item in child.find_all("li"):
                    lines.append(self.inline_children(item))
                lines.append([])
            elif isinstance(child, Tag) and child.name in BLOCK_TAGS:
                lines.append(self.inline_children(child))
                lines.append([])
            else:
                lines[-1].extend(self.inline(child))
        texts = []
        for parts in lines:
            found.extend(part for part in parts if isinstance(part, tuple))
            text = _tidy("".join(part for part in parts if isinstance(part, str)))
            if _visible(text):
                texts.append(text)
        return "<br/>".join(texts) + nested

    def quote(self, tag):
        cite = ""
        cite_tag = tag.find(["cite", "footer"])
        if cite_tag is not None:
            cite = cite_tag.get_text(" ")
            cite_tag.decompose()
        else:
            paragraphs = tag.find_all("p")
            last = paragraphs[-1] if len(paragraphs) > 1 else None
            if last is not None and re.match(r"^\s*[—–-]\s*\S", last.get_text()):
                cite = last.get_text(" ")
                last.decompose()
        cite = " ".join(cite.split()).lstrip("—–- ").strip()
        pieces = list(self.flow(tag.contents))
        rich = "".join(value for kind, value in pieces if kind == "rich")
        others = [piece for piece in pieces if piece[0] != "rich"]
        paragraphs = [_plain(found) for found in re.findall(r"<(?:p|li)>(.*?)</(?:p|li)>", rich)]
        quote = "\n\n".join(text for text in paragraphs if text)
        name, _, about = cite.partition(",")
        name, about = name.strip(), about.strip()
        if cite and quote:
            if len(quote) <= QUOTE_MAX and len(name) <= NAME_MAX and len(about) <= CONTEXT_MAX:
                yield (
                    "testimonial",
                    {"quote": quote, "name": name, "context": about, "image": None},
                )
                yield from others
                return
            self.report("quote_too_long", "blockquote", quote)
        if rich:
            italic = re.sub(
                r"<(p|li)>(.*?)</\1>",
                lambda m: f"<{m.group(1)}><i>{re.sub(r'</?i>', '', m.group(2))}</i></{m.group(1)}>",
                rich,
            )
            if cite:
                italic += f"<p>— {html_lib.escape(cite, quote=False)}</p>"
            yield ("rich", italic)
        yield from others

    def figure(self, tag):
        classes = " ".join(_classes(tag))
        caption_tag = tag.find("figcaption") or tag.find(class_="wp-caption-text")
        wrapper = tag.find(class_="wp-block-embed__wrapper")
        if "wp-block-embed" in classes or wrapper is not None:
            iframe = tag.find("iframe")
            url = wrapper.get_text().strip() if wrapper is not None else ""
            if not url and iframe is not None:
                url = iframe.get("src") or ""
            yield from self.embed(url, str(tag))
        elif tag.find("blockquote") is not None:
            yield from self.flow(tag.contents)
        elif tag.find("table") is not None:
            table = tag.find("table")
            caption = ""
            if caption_tag is not None and table not in caption_tag.descendants:
                caption = caption_tag.get_text(" ")
                caption_tag.decompose()
            yield from self.table(table, caption=caption)
        elif "wp-block-gallery" in classes or len(tag.find_all("img")) > 1:
            yield from self.gallery(tag)
        elif tag.find("img") is not None:
            img = tag.find("img")
            attachment = str(tag.get("data-attachment-id") or "")
            if _attachment_id(img) is None and attachment.isdigit():
                img["data-id"] = attachment
            caption = caption_tag.get_text(" ") if caption_tag is not None else ""
            yield from self.image(img, caption)
        else:
            yield from self.flow(tag.contents)

    def gallery(self, tag):
        gallery_caption = tag.find("figcaption", recursive=False)
        for img in tag.find_all("img"):
            figure = img.find_parent("figure")
            caption_tag = figure.find("figcaption") if figure is not tag else None
            caption = caption_tag.get_text(" ") if caption_tag is not None else ""
            yield from self.image(img, caption)
        if gallery_caption is not None:
            yield from self.paragraph(gallery_caption.contents)

    def image(self, img, caption=""):
        attachment = _attachment_id(img)
        src = (img.get("src") or img.get("data-src") or img.get("data-lazy-src") or "").strip()
        image_id = self.resolver.image(attachment) if attachment is not None else None
        if image_id is None and src:
            image_id = self.resolver.image(src)
            if image_id is None and original_upload_url(src) != src:
                image_id = self.resolver.image(original_upload_url(src))
        if image_id is None:
            self.report("image_not_found", src or attachment, str(img))
            return []
        caption = " ".join(caption.split())
        if len(caption) > CAPTION_MAX:
            self.report("caption_too_long", src or attachment, caption)
            caption = _truncate(caption, CAPTION_MAX)
        alt = " ".join((img.get("alt") or "").split())
        if not alt and hasattr(self.resolver, "image_alt"):
            alt = " ".join((self.resolver.image_alt(image_id) or "").split())
        alt = alt or caption
        if not alt:
            self.report("image_without_alt", src or attachment, str(img))
        value = {"image": image_id, "decorative": not alt, "alt_text": alt}
        return [("image", {"image": value, "caption": caption})]

    def embed(self, url, source):
        url = html_lib.unescape(url or "").strip()
        caption_tag = BeautifulSoup(source, "html.parser").find("figcaption")
        caption = " ".join(caption_tag.get_text(" ").split()) if caption_tag is not None else ""
        if video_embed_url(url):
            return [self.video(url, caption)]
        if not url:
            self.report("embed_unsupported", "embed", source)
            return []
        self.report("embed_unsupported", urlparse(url).hostname or url, url)
        label = html_lib.escape(caption or url, quote=False)
        return [("rich", f"<p>{self.link_opening(url)}{label}</a></p>")]

    def video(self, url, title=""):
        page, provider = _video_page(url)
        # Content in the site's language (Dutch), not an interface text.
        title = _truncate(" ".join(title.split()), VIDEO_TITLE_MAX) or f"Video op {provider}"
        return ("video", {"url": page, "title": title, "transcript": ""})

    def iframe(self, tag):
        src = (tag.get("src") or tag.get("data-src") or "").strip()
        if video_embed_url(src):
            return [self.video(src, tag.get("title") or "")]
        self.report("iframe", urlparse(src).hostname or "iframe", str(tag))
        return []

    def media(self, tag):
        source = tag.find("source")
        src = (tag.get("src") or (source.get("src") if source is not None else "") or "").strip()
        if tag.name == "video" and video_embed_url(src):
            return [self.video(src)]
        if not src:
            self.report("media_unsupported", tag.name, str(tag))
            return []
        self.report("media_unsupported", tag.name, str(tag))
        label = html_lib.escape(urlparse(src).path.rsplit("/", 1)[-1] or src, quote=False)
        return [f"{self.link_opening(src)}{label}</a>"]

    def table(self, tag, caption=""):
        rows = [row for row in tag.find_all("tr") if row.find_parent("table") is tag]
        cells = [row.find_all(["td", "th"], recursive=False) for row in rows]
        if sum(len(row) for row in cells) == 1:
            # A layout table around some content.
            yield from self.flow(cells[0][0].contents if cells[0] else [])
            return
        self.report("table", "table", tag.get_text(" "))
        header = None
        if tag.find("thead") is not None and tag.thead.find("tr") is not None:
            header = tag.thead.find("tr")
        elif rows and all(cell.name == "th" for cell in cells[0]) and len(rows) > 1:
            header = rows[0]
        labels = []
        if header is not None:
            labels = [
                " ".join(cell.get_text(" ").split()).rstrip(":")
                for cell in header.find_all(["td", "th"], recursive=False)
            ]
        found = []
        items = []
        for row, row_cells in zip(rows, cells, strict=True):
            if row is header:
                continue
            values = [self.mixed(cell, found) for cell in row_cells]
            if labels and len(labels) == len(values):
                lines = [
                    f"<b>{html_lib.escape(label, quote=False)}:</b> {value}" if label else value
                    for label, value in zip(labels, values, strict=True)
                    if value
                ]
                text = "<br/>".join(lines)
            else:
                text = " – ".join(value for value in values if value)
            if text:
                items.append(f"<li>{text}</li>")
        caption = " ".join(caption.split())
        if not caption and tag.find("caption") is not None:
            caption = " ".join(tag.find("caption").get_text(" ").split())
        out = f"<p><b>{html_lib.escape(caption, quote=False)}</b></p>" if caption else ""
        if items:
            out += f"<ul>{''.join(items)}</ul>"
        if out:
            yield ("rich", out)
        yield from found
