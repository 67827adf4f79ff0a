"""What one run of the WordPress import did (or, in a dry run, would do), for the editor.

`ImportReport` is filled by `cms.wordpress.importer` while it runs and read by the command
(`manage.py import_wordpress`) and the admin's background task:

- `counts`: per kind (news, blog, standard, section, image, document, redirect) how many
  were new, updated, unchanged, ... The keys are stable English identifiers, for code and
  for the JSON the admin keeps (`counts_flat()`); the labels are Dutch.
- the notes an editor has to read, each with the WordPress id and title of its item:
  skipped items and why, items kept as a draft or scheduled, every removed shortcode,
  every internal link that could not be resolved, and every other problem (conversion,
  media, slugs, tags, redirects).
- `stopped_at`: where the run stopped early, and why. What was done before stays done.

`as_text()` is the plain Dutch report (grouped, one line per note); `write(path)` saves it.
"""

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext, gettext_lazy

# Kinds and outcomes, in the order the report shows them.
KINDS = ("news", "blog", "standard", "section", "image", "document", "redirect")
OUTCOMES = (
    "new",  # made in this run
    "updated",  # changed in the newer export: a new revision
    "unchanged",  # the same as the last run: nothing written
    "duplicate",  # a file whose bytes were already on the site
    "kept",  # changed here by an editor since the last import: not overwritten
    "deleted",  # deleted here by an editor since the last import: not made again
    "skipped",  # not imported (trash, a missing file, ...); see the notes
    "failed",  # an error; see the notes
)
KIND_LABELS = {
    "news": gettext_lazy("Nieuwsberichten"),
    "blog": gettext_lazy("Blogs"),
    "standard": gettext_lazy("Standaardpagina's"),
    "section": gettext_lazy("Sectiepagina's"),
    "image": gettext_lazy("Afbeeldingen"),
    "document": gettext_lazy("Documenten"),
    "redirect": gettext_lazy("Doorverwijzingen"),
}
OUTCOME_LABELS = {
    "new": gettext_lazy("nieuw"),
    "updated": gettext_lazy("bijgewerkt"),
    "unchanged": gettext_lazy("niet veranderd"),
    "duplicate": gettext_lazy("dubbel, één keer bewaard"),
    "kept": gettext_lazy("hier aangepast, niet overschreven"),
    "deleted": gettext_lazy("hier verwijderd, niet opnieuw gemaakt"),
    "skipped": gettext_lazy("overgeslagen"),
    "failed": gettext_lazy("mislukt"),
}

# The groups of notes, in the order the report shows them.
SKIPPED = "skipped"
UNPUBLISHED = "unpublished"
SHORTCODE = "shortcode"
LINK = "link"
PROBLEM = "problem"
SECTIONS = (SKIPPED, UNPUBLISHED, SHORTCODE, LINK, PROBLEM)
SECTION_LABELS = {
    SKIPPED: gettext_lazy("Overgeslagen"),
    UNPUBLISHED: gettext_lazy("Niet gepubliceerd of later gepubliceerd"),
    SHORTCODE: gettext_lazy("Weggehaalde shortcodes"),
    LINK: gettext_lazy("Links die niet gevonden zijn"),
    PROBLEM: gettext_lazy("Verder nakijken"),
}
# html_blocks.Problem kinds by group (all others are PROBLEM).
SHORTCODE_KINDS = {"shortcode", "shortcode_unwrapped", "possible_shortcode", "gallery_without_ids"}
LINK_KINDS = {"link_unresolved"}

EXCERPT_MAX = 100


@dataclass(frozen=True)
class Note:
    """One line of the report. wp_id and title name the item (None and "" when the note is
    about the whole export); detail is the shortcode, address or piece of text."""

    section: str
    wp_id: int | None
    title: str
    message: str
    detail: str = ""
    post_type: str = ""

    def as_dict(self):
        return {
            "section": self.section,
            "wp_id": self.wp_id,
            "title": self.title,
            "message": str(self.message),
            "detail": self.detail,
            "post_type": self.post_type,
        }


@dataclass(frozen=True)
class StoppedAt:
    """The run stopped early: after which item (the last one started), and why."""

    wp_id: int | None
    title: str
    reason: str
    done: int
    total: int


def item_label(post_type, wp_id, title=""):
    """ "Bericht 123: titel", as the progress and the report name an item."""
    names = {
        "post": gettext("Bericht"),
        "page": gettext("Pagina"),
        "attachment": gettext("Bijlage"),
    }
    name = names.get(post_type) or gettext("Item")
    label = f"{name} {wp_id}" if wp_id is not None else name
    title = " ".join((title or "").split())
    return f"{label}: {title}" if title else label


class ImportReport:
    """Counts and notes of one run; see the module docstring."""

    def __init__(self, *, dry_run=False, source=""):
        self.dry_run = dry_run
        self.source = source
        self.counts = {kind: Counter() for kind in KINDS}
        self.notes = []
        self.stopped_at = None
        self.total = 0
        self.done = 0

    # Filling it.

    def count(self, kind, outcome, number=1):
        if kind not in self.counts or outcome not in OUTCOMES:
            raise ValueError(f"Unknown kind or outcome: {kind!r}, {outcome!r}")
        if number:
            self.counts[kind][outcome] += number

    def note(self, section, wp_id, title, message, detail="", post_type=""):
        note = Note(section, wp_id, title or "", str(message), _short(detail), post_type)
        if note not in self.notes:
            self.notes.append(note)
        return note

    def skip(self, wp_id, title, reason, post_type=""):
        return self.note(SKIPPED, wp_id, title, reason, post_type=post_type)

    def unpublished(self, wp_id, title, reason, post_type=""):
        return self.note(UNPUBLISHED, wp_id, title, reason, post_type=post_type)

    def problem(self, wp_id, title, message, detail="", post_type=""):
        return self.note(PROBLEM, wp_id, title, message, detail, post_type)

    def conversion_problems(self, wp_id, title, problems, post_type=""):
        """html_blocks.Problem records, each in its group."""
        for problem in problems:
            if problem.kind in SHORTCODE_KINDS:
                section = SHORTCODE
                detail = f"[{problem.name}] {problem.excerpt}".strip()
            elif problem.kind in LINK_KINDS:
                section = LINK
                detail = problem.name
            else:
                section = PROBLEM
                detail = problem.excerpt or problem.name
            self.note(section, wp_id, title, problem.message, detail, post_type)

    def stop(self, wp_id, title, reason):
        self.stopped_at = StoppedAt(wp_id, title or "", str(reason), self.done, self.total)

    # Reading it.

    @property
    def ok(self):
        """True when the run went to the end and no item failed (notes may still be there)."""
        return self.stopped_at is None and not any(
            counter["failed"] for counter in self.counts.values()
        )

    def notes_in(self, section):
        return [note for note in self.notes if note.section == section]

    @property
    def skipped(self):
        return self.notes_in(SKIPPED)

    @property
    def shortcodes(self):
        return self.notes_in(SHORTCODE)

    @property
    def unresolved_links(self):
        return self.notes_in(LINK)

    @property
    def problems(self):
        return self.notes_in(PROBLEM)

    def counts_flat(self):
        """{"news.new": 12, ...} for every kind and outcome that happened, plus the number
        of notes per group ("notes.link": 3), the progress and whether it stopped."""
        flat = {
            f"{kind}.{outcome}": counter[outcome]
            for kind, counter in self.counts.items()
            for outcome in OUTCOMES
            if counter[outcome]
        }
        for section in SECTIONS:
            flat[f"notes.{section}"] = len(self.notes_in(section))
        flat["done"] = self.done
        flat["total"] = self.total
        flat["dry_run"] = self.dry_run
        flat["stopped"] = self.stopped_at is not None
        return flat

    def count_lines(self):
        lines = []
        for kind in KINDS:
            counter = self.counts[kind]
            parts = [
                f"{counter[outcome]} {OUTCOME_LABELS[outcome]}"
                for outcome in OUTCOMES
                if counter[outcome]
            ]
            if parts:
                lines.append(f"{KIND_LABELS[kind]}: {', '.join(parts)}")
        return lines

    def as_text(self):
        """The report in plain Dutch, grouped, for an editor."""
        out = [gettext("Verslag van de WordPress-import")]
        if self.source:
            out.append(gettext("Oude site: %(source)s") % {"source": self.source})
        if self.dry_run:
            out.append(
                gettext("Dit was een proef. Er is niets veranderd. Zo zou de import het doen.")
            )
        out.append("")
        if self.stopped_at is not None:
            stopped = self.stopped_at
            out.append(gettext("De import is gestopt voor het einde."))
            if stopped.wp_id is not None or stopped.title:
                out.append(gettext("Laatste item: %(item)s") % {"item": stopped.title})
            out.append(gettext("Reden: %(reason)s") % {"reason": stopped.reason})
            out.append(
                gettext(
                    "%(done)s van de %(total)s items zijn verwerkt. Wat klaar is, blijft "
                    "staan. Start de import opnieuw om de rest te doen."
                )
                % {"done": stopped.done, "total": stopped.total}
            )
            out.append("")
        out.append(gettext("Aantallen"))
        count_lines = self.count_lines()
        out.extend(f"  {line}" for line in count_lines)
        if not count_lines:
            out.append("  " + gettext("Niets."))
        for section in SECTIONS:
            notes = self.notes_in(section)
            if not notes:
                continue
            out.append("")
            out.append(f"{SECTION_LABELS[section]} ({len(notes)})")
            for note in notes:
                out.append(f"  - {self._line(note)}")
        if not self.notes:
            out.append("")
            out.append(gettext("Er is niets om na te kijken."))
        return "\n".join(out) + "\n"

    def _line(self, note):
        if note.wp_id is not None:
            who = item_label(note.post_type, note.wp_id, note.title)
            text = f"{who}. {note.message}"
        elif note.title:
            text = f"{note.title}. {note.message}"
        else:
            text = str(note.message)
        if note.detail:
            text += f" ({note.detail})"
        return text

    def write(self, path):
        """Save as_text() to `path` (UTF-8); returns the path."""
        path = Path(path)
        path.write_text(self.as_text(), encoding="utf-8")
        return path

    def __str__(self):
        return self.as_text()


def _short(text):
    text = " ".join(str(text or "").split())
    if len(text) <= EXCERPT_MAX:
        return text
    return text[: EXCERPT_MAX - 1] + "…"
