"""One way to write a time: the language's TIME_FORMAT (cms/formats/), never a pattern of its own.

Dutch writes 19.30 (uur), English 19:30. A template or a Python string that spells out
"H:i", "H.i" or "%H:%M" writes one language's clock into the other's page, so only the
machine formats named below may: exports, schema.org, file names and the like. The
tests that a page really says "19.30 uur" are in tests/academy/test_times_written.py.
"""

import re
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APPS = ("academy", "cms", "events", "guide", "home", "vmca", "volunteering")

# A clock inside a |date: or |time: argument: "H:i", "H.i", "G:i", "G.i".
TEMPLATE_CLOCK = re.compile(r"""\|(?:date|time):\s*(["'])[^"']*[GH][.:]i[^"']*\1""")
# "uur" on its own in a template: English would get "h" after its 19:30. A sentence
# with the time in it ("%(time)s uur") lets each language write it its own way.
LONE_UUR = re.compile(r"""{%\s*translate\s+["']uur["']\s*%}""")
# In Python: strftime's %H:%M / %H.%M, or a date_format pattern with a clock.
PYTHON_CLOCK = re.compile(r"%H[:.]%M|^[^%]*\b[GH][.:]i\b")

# Machine formats, and what they are for.
ALLOWED = {
    # Stripe's webhook events, to the second: a technical log.
    ("templates/academy/admin/payment_inspect.html", '|date:"j M Y H:i:s"'),
    # Spreadsheet and register exports: fixed columns that other programs read.
    ("cms/spreadsheets.py", "%d-%m-%Y %H:%M"),
    ("academy/accreditation_export.py", "%d-%m-%Y %H:%M"),
    ("academy/admin/views.py", "%d-%m-%Y %H:%M"),
    # schema.org opening hours (JSON-LD).
    ("cms/models/settings.py", "%H:%M"),
    # The name of a stored calendar row, ISO style, for logs and the shell.
    ("events/models/calendar.py", "%Y-%m-%d %H:%M"),
}


def allowed(path, text):
    return any(path == where and what in text for where, what in ALLOWED)


def python_strings(path):
    with path.open("rb") as source:
        for token in tokenize.tokenize(source.readline):
            if token.type == tokenize.STRING:
                yield token.start[0], token.string


def test_templates_write_times_with_the_language_s_time_format():
    found = []
    for path in sorted((ROOT / "templates").rglob("*")):
        if path.suffix not in (".html", ".txt"):
            continue
        name = str(path.relative_to(ROOT))
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            for match in TEMPLATE_CLOCK.finditer(line):
                if not allowed(name, match.group(0)):
                    found.append(f"{name}:{number}: {match.group(0)}")
            if LONE_UUR.search(line):
                found.append(f'{name}:{number}: {{% translate "uur" %}}')
    assert found == []


def test_python_writes_times_with_the_language_s_time_format():
    found = []
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" in path.parts or "formats" in path.parts:
                continue
            name = str(path.relative_to(ROOT))
            for number, string in python_strings(path):
                body = string.strip("\"'rbf")
                if PYTHON_CLOCK.search(body) and not allowed(name, body):
                    found.append(f"{name}:{number}: {string}")
    assert found == []


def test_the_checks_know_a_clock_when_they_see_one():
    assert TEMPLATE_CLOCK.search('{{ start|date:"l j F Y, H.i" }}')
    assert TEMPLATE_CLOCK.search("{{ start|time:'H:i' }}")
    assert not TEMPLATE_CLOCK.search('{{ start|date:"l j F Y" }}, {{ start|time }}')
    assert not TEMPLATE_CLOCK.search('{{ start|date:"DATETIME_FORMAT" }}')
    assert LONE_UUR.search('{{ end|time }} {% translate "uur" %}')
    assert PYTHON_CLOCK.search("%H.%M")
    assert PYTHON_CLOCK.search("j F Y H:i")
    assert not PYTHON_CLOCK.search("%Y%m%d-%H%M")
    assert not PYTHON_CLOCK.search("Hi, u bent er")
