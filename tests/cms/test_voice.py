"""One voice: the site addresses its readers with "u" and "uw", never "je", "jij" or "jouw".

Two guards. Here the sources: every Dutch text in the templates (pages, mails, PDFs) and
every string in the apps' Python code (forms, messages, errors, help texts, demo content).
What a reader gets (every demo page, Mijn academie of the demo accounts, the demo's mails) is
checked where the demo is built once: tests/cms/test_demo_content.py.
"""

import re
import tokenize
from pathlib import Path

from tests.voice import informal_words, visible_text

ROOT = Path(__file__).resolve().parents[2]
APPS = ("academy", "cms", "events", "guide", "home", "vmca", "volunteering")

# The young carers' wegwijzer speaks to children and teenagers: "je" on purpose.
SAYS_JE = {Path("guide/demo_jong.py")}

TEMPLATE_COMMENT = re.compile(r"{%\s*comment\s*%}.*?{%\s*endcomment\s*%}|{#.*?#}", re.S)


def python_strings(path):
    """(line, text) of each string literal: comments and code are not what a reader sees."""
    with path.open("rb") as source:
        for token in tokenize.tokenize(source.readline):
            if token.type == tokenize.STRING:
                yield token.start[0], token.string


def test_templates_say_u():
    found = []
    for path in sorted((ROOT / "templates").rglob("*")):
        if path.suffix not in (".html", ".txt"):
            continue
        text = TEMPLATE_COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), path.read_text())
        for number, line in enumerate(text.splitlines(), start=1):
            if words := informal_words(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {words}")
    assert found == []


def test_python_strings_say_u():
    found = []
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" in path.parts:
                continue  # history: what a field's help text said when it was made
            if path.relative_to(ROOT) in SAYS_JE:
                continue
            for number, string in python_strings(path):
                if words := informal_words(string):
                    found.append(f"{path.relative_to(ROOT)}:{number}: {words}")
    assert found == []


def test_the_check_knows_the_informal_words():
    assert informal_words("Meld je aan. Heb jij een vraag? Zorg goed voor jezelf.") == [
        "je",
        "jezelf",
        "jij",
    ]
    assert informal_words("Jeroen geeft de bijeenkomst. Meld u aan, het is uw plek.") == []
    # A code with "JE" in it (sign-in and certificate codes are capitals) is not a word.
    assert informal_words("Uw code is KJ-JE-4R. Je bent welkom.") == ["Je"]


def test_a_page_is_read_with_its_alt_texts_and_labels_but_not_its_scripts():
    html = (
        '<html><head><meta name="description" content="Kom je ook?"></head><body>'
        '<p>Welkom</p><img alt="Jouw buurt"><a aria-label="Meld jij je aan" href="/je/"></a>'
        "<script>var je = 1;</script></body></html>"
    )
    assert informal_words(visible_text(html)) == ["Jouw", "je", "jij"]
