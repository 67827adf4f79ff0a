"""WordPress shortcodes in old post bodies: found, converted or removed, and reported.

WordPress only runs the shortcodes its plugins registered; the rest stays in the text as
"[name ...]". This site runs none of them. `process()` finds every shortcode the way
WordPress's own pattern does (get_shortcode_regex) and:

- converts the ones with a meaning here into plain HTML that `cms.wordpress.html_blocks`
  turns into blocks, the same HTML the block editor writes: [caption] into a figure with
  a figcaption, [embed]URL[/embed] and [video] into an embed figure (or a <video> element
  for an uploaded file), [gallery ids="1,2"] into a gallery of images by attachment id,
  [audio] into an <audio> element;
- removes every other shortcode and reports it (kind, name, a short excerpt). An unknown
  shortcode that wraps text (a page builder's [vc_column_text]...[/vc_column_text]) loses
  its tags and keeps the text inside: that text is what the readers saw;
- keeps escaped shortcodes ([[name]] shows "[name]" in WordPress) as text, one bracket
  pair less, as WordPress shows them.

A bare "[word]" (no attributes, no closing tag) of an unknown name is ambiguous: it can be
a plugin's shortcode or plain text ("[sic]"). One with a digit, "-" or "_" in its name is
taken for a plugin's and removed; any other stays as text and is reported, so an editor
can check it.

Nothing here renders HTML or touches the database: it is a text-to-text pass, run once
over a piece of content (running it twice would unescape [[name]] twice).
"""

import html
import re
from dataclasses import dataclass, field

# The opening tag, as in WordPress's get_shortcode_regex(), for any name: an optional
# escaping "[", the name, the attributes (a "/" only when not closing the tag), then "]"
# or "/]".
OPENING = re.compile(
    r"\[(?P<escaped>\[?)"
    r"(?P<name>[A-Za-z][\w-]*)(?![\w-])"
    r"(?P<attrs>[^\]/]*(?:/(?!\])[^\]/]*)*?)"
    r"(?:(?P<self_closing>/)\]|\])"
)

# shortcode_parse_atts(): name="value", name='value', name=value, "value", 'value', value.
ATTRIBUTE = re.compile(
    r"""([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)"""
    r"""|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)"""
    r"""|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)"""
    r"""|"([^"]*)"(?:\s|$)"""
    r"""|'([^']*)'(?:\s|$)"""
    r"""|(\S+)(?:\s|$)"""
)

# The caption's image (perhaps inside a link) and, after it, the caption text.
CAPTION_CONTENT = re.compile(
    r"((?:<a [^>]+>\s*)?<img [^>]+>(?:\s*</a>)?)(.*)", re.IGNORECASE | re.DOTALL
)

EXCERPT_LENGTH = 80


@dataclass
class Shortcode:
    """One shortcode as it stands in the text."""

    name: str
    attrs: dict = field(default_factory=dict)
    content: str | None = None  # None when it does not enclose anything
    raw: str = ""

    def attr(self, *names, default=""):
        """The first of these attributes that is set (WordPress has aliases, such as
        [gallery ids] and [gallery include])."""
        for name in names:
            value = self.attrs.get(name)
            if value not in (None, ""):
                return value
        return default


def parse_attrs(text):
    """WordPress's shortcode_parse_atts(): {name: value}, names in lower case; values
    without a name under their position (0, 1, ...)."""
    text = re.sub("[\u00a0\u200b]+", " ", text or "")
    attrs = {}
    position = 0
    for match in ATTRIBUTE.finditer(text):
        groups = match.groups()
        for name_index, value_index in ((0, 1), (2, 3), (4, 5)):
            if groups[name_index] is not None:
                attrs[groups[name_index].lower()] = html.unescape(groups[value_index])
                break
        else:
            value = next(g for g in groups[6:] if g is not None)
            attrs[position] = html.unescape(value)
            position += 1
    return attrs


def excerpt(text, length=EXCERPT_LENGTH):
    """A short, one-line piece of the source, for the report."""
    text = " ".join((text or "").split())
    if len(text) <= length:
        return text
    return text[: length - 1].rstrip() + "…"


def process(text, *, report=None):
    """The text with every shortcode converted or removed.

    `report(kind, name, excerpt)` is called for each removed or doubtful one, with kind
    "shortcode" (removed), "shortcode_unwrapped" (its tags removed, the text inside kept),
    "possible_shortcode" (left as text) or "gallery_without_ids".
    """
    if "[" not in (text or ""):
        return text or ""
    return _Pass(report or _ignore).run(text)


def _ignore(kind, name, excerpt_text):
    return None


class _Pass:
    def __init__(self, report):
        self.report = report

    def run(self, text):
        out = []
        position = 0
        while True:
            match = OPENING.search(text, position)
            if match is None:
                out.append(text[position:])
                return "".join(out)
            out.append(text[position : match.start()])
            position = self._one(text, match, out)

    def _one(self, text, match, out):
        """Handle the shortcode that starts at `match`; return where to go on."""
        name = match.group("name")
        end = match.end()
        content = None
        if not match.group("self_closing"):
            closing = text.find(f"[/{name}]", end)
            if closing != -1:
                content = text[end:closing]
                end = closing + len(name) + 3
        escaped = match.group("escaped") and text[end : end + 1] == "]"
        if escaped:
            # [[name]] shows as "[name]": drop one pair of brackets, keep the rest as text.
            out.append(text[match.start() + 1 : end])
            return end + 1
        if match.group("escaped"):
            # "[[name]" without the closing "]": the first "[" is just text.
            out.append("[")
        raw = text[match.start() + (1 if match.group("escaped") else 0) : end]
        shortcode = Shortcode(
            name=name,
            attrs=parse_attrs(match.group("attrs")),
            content=content,
            raw=raw,
        )
        out.append(self._convert(shortcode, match.group("attrs")))
        return end

    def _convert(self, shortcode, attr_text):
        handler = HANDLERS.get(shortcode.name.lower())
        if handler is not None:
            return handler(self, shortcode)
        if shortcode.content is not None:
            self.report("shortcode_unwrapped", shortcode.name, excerpt(shortcode.raw))
            return self.run(shortcode.content)
        bare = not attr_text.strip() and "/]" not in shortcode.raw
        if bare and not re.search(r"[\d_-]", shortcode.name):
            self.report("possible_shortcode", shortcode.name, excerpt(shortcode.raw))
            return shortcode.raw
        self.report("shortcode", shortcode.name, excerpt(shortcode.raw))
        return ""

    # Handlers: each returns the HTML that stands in for the shortcode.

    def caption(self, shortcode):
        content = self.run(shortcode.content or "")
        caption = shortcode.attr("caption")
        if not caption:
            match = CAPTION_CONTENT.search(content)
            if match:
                content, caption = match.group(1), match.group(2).strip()
        attachment = re.fullmatch(r"attachment_(\d+)", shortcode.attr("id"))
        data = f' data-attachment-id="{attachment.group(1)}"' if attachment else ""
        figcaption = f"<figcaption>{caption}</figcaption>" if caption else ""
        return f'<figure class="wp-caption"{data}>{content.strip()}{figcaption}</figure>'

    def embed(self, shortcode):
        url = (shortcode.content or "").strip() or shortcode.attr("src", "url", 0)
        if not url:
            self.report("shortcode", shortcode.name, excerpt(shortcode.raw))
            return ""
        return _embed_figure(url)

    def video(self, shortcode):
        url = shortcode.attr("src", "mp4", "m4v", "webm", "ogv", "flv", 0)
        if not url:
            self.report("shortcode", shortcode.name, excerpt(shortcode.raw))
            return ""
        host = re.match(r"https?://(?:www\.|m\.)?([^/:]+)", url, re.IGNORECASE)
        if host and host.group(1).lower() in {"youtube.com", "youtu.be", "vimeo.com"}:
            return _embed_figure(url)
        return f'<video src="{html.escape(url)}"></video>'

    def audio(self, shortcode):
        url = shortcode.attr("src", "mp3", "m4a", "ogg", "wav", "wma", 0)
        if not url:
            self.report("shortcode", shortcode.name, excerpt(shortcode.raw))
            return ""
        return f'<audio src="{html.escape(url)}"></audio>'

    def gallery(self, shortcode):
        ids = [part.strip() for part in shortcode.attr("ids", "include").split(",")]
        ids = [part for part in ids if part.isdigit()]
        if not ids:
            # Without ids WordPress shows the images attached to the post: not known here.
            self.report("gallery_without_ids", shortcode.name, excerpt(shortcode.raw))
            return ""
        images = "".join(
            f'<figure class="wp-block-image"><img class="wp-image-{pk}" data-id="{pk}"/></figure>'
            for pk in ids
        )
        return f'<figure class="wp-block-gallery">{images}</figure>'


def _embed_figure(url):
    """The block editor's markup for an embed."""
    return (
        '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">'
        f"{html.escape(url.strip())}</div></figure>"
    )


HANDLERS = {
    "caption": _Pass.caption,
    "wp_caption": _Pass.caption,
    "embed": _Pass.embed,
    "video": _Pass.video,
    "audio": _Pass.audio,
    "gallery": _Pass.gallery,
}
