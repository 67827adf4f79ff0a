"""What a reader is told, and whether it says "u": shared by the source scan
(tests/cms/test_voice.py) and the demo check (tests/cms/test_demo_content.py)."""

import re

from bs4 import BeautifulSoup

# "je", "jij", "jou", "jouw", "jullie", "jezelf": whole words only, so "Jeroen" or
# "bijeenkomst" never count. Source text is Dutch (the English is in the .po file).
INFORMAL = re.compile(r"\b(je|jij|jou|jouw|jullie|jezelf)\b", re.IGNORECASE)
# Attributes a reader sees or hears (a screen reader reads aria-label and alt).
READ_ATTRIBUTES = ("alt", "title", "aria-label", "placeholder")


def informal_words(text):
    # Not in capitals: "JE" is a piece of a code (a sign-in or certificate code such as
    # "KJ-JE-4R"), never a word a reader is addressed with.
    return sorted(
        {match.group(0) for match in INFORMAL.finditer(text) if not match.group(0).isupper()}
    )


def visible_text(html):
    """What a reader gets from a page: its text, the attributes read out, the description."""
    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup(["script", "style", "template"]):
        hidden.decompose()
    parts = [soup.get_text(" ")]
    for name in READ_ATTRIBUTES:
        parts.extend(tag[name] for tag in soup.find_all(attrs={name: True}))
    parts.extend(
        tag.get("content", "") for tag in soup.find_all("meta", attrs={"name": "description"})
    )
    return " ".join(parts)
