"""Every page type is valid HTML according to the Nu HTML Checker (vnu.jar), and the RSS and
Atom feeds are well-formed XML.

All documents are rendered from the demo content once, then checked by ONE java run (the JVM
start is the slow part). VNU_JAR is set by `make test`; `make test` also fetches the jar.
"""

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.conftest import (
    AGENDA_EXAMPLES,
    ARTIFACTS,
    PAGE_KINDS,
    ROOT,
    contact_form_values,
    missing_tool,
    server_error_html,
)

pytestmark = pytest.mark.sqlite_only  # the HTML does not depend on the database

# Where the Makefile puts it; `make test` also passes it in VNU_JAR.
DEFAULT_JARS = sorted(ROOT.glob(".cache/vnu-*/package/build/dist/vnu.jar"))

# The named documents: the page types a visitor meets, and the states of forms and listings.
EXTRA_KINDS = [
    "search_form",
    "search_nothing_found",
    "search_too_long",
    "news_index_filtered",
    "news_index_page_2",
    "blog_index_filtered",
    "english_home",
    "server_error_english",
    "agenda_archive",
    "agenda_bad_filter",
    "agenda_filtered_page_2",
    *(f"event_{sort}" for sort in AGENDA_EXAMPLES),
    "event_all_dates",
    "catalogue_filtered",
    "catalogue_bad_filter",
]
EXPECTED_STATUS = {
    "not_found": 404,
    "contact_errors": 400,
    "search_too_long": 400,
    "catalogue_bad_filter": 400,
    "server_error": 500,
    "server_error_english": 500,
}
FEEDS = ["news_rss", "news_atom", "blog_rss", "blog_atom"]
ATOM = "{http://www.w3.org/2005/Atom}"


def _vnu_problem():
    jar = Path(os.environ.get("VNU_JAR") or (DEFAULT_JARS or ["(none)"])[-1])
    if not shutil.which("java"):
        return None, "java is not installed (apt-get install default-jre-headless)"
    if not jar.is_file():
        return None, f"the Nu HTML Checker is missing at {jar} (`make test` fetches it with npm)"
    return jar, None


def _render_documents(pages):
    """{name: (status, bytes)} for every named document and every other published page."""
    from django.conf import settings
    from django.test import Client
    from wagtail.models import Page

    from cms.models import Theme, Wijk

    client = Client()
    documents = {}

    def get(name, path, **params):
        response = client.get(path, params)
        documents[name] = (response.status_code, response.content)

    for kind in PAGE_KINDS:
        if not kind.startswith(("contact_", "server_error")):
            get(kind, pages[kind].path)
    contact = pages["contact"].page
    answers = {
        name: [value] if widget == "checkboxes" else value
        for name, (widget, value) in contact_form_values(contact).items()
    }
    response = client.post(contact.url, answers)
    documents["contact_thanks"] = (response.status_code, response.content)
    response = client.post(contact.url, {})
    documents["contact_errors"] = (response.status_code, response.content)

    get("search_form", "/zoeken/")
    get("search_nothing_found", "/zoeken/", q="qwertyuiopasdfgh")
    get("search_too_long", "/zoeken/", q="x" * (settings.SEARCH_QUERY_MAX_LENGTH + 1))
    theme = Theme.objects.order_by("name").first()
    get("news_index_filtered", pages["news_index"].path, thema=theme.slug if theme else "")
    get("news_index_page_2", pages["news_index"].path, page="2")
    if documents["news_index_page_2"][0] == 404:  # the listing fits on one page
        documents.pop("news_index_page_2")
    wijk = Wijk.objects.filter(district=None).order_by("name").first()
    get("blog_index_filtered", pages["blog_index"].path, wijk=wijk.slug if wijk else "")
    get("english_home", pages["home"].page.get_translation(_english()).url)
    agenda = pages["agenda"]
    get("agenda_archive", agenda.path + agenda.page.reverse_subpage("archive"))
    # Every filter wrong at once; "tot" is a date in Dutch order, which the form accepts.
    get(
        "agenda_bad_filter",
        agenda.path,
        q="x" * 101,
        soort="bestaat-niet",
        wijk="bestaat-niet",
        doelgroep="bestaat-niet",
        thema="bestaat-niet",
        vorm="fiets",
        van="niet-een-datum",
        tot="29-03-2027",
    )
    wijk, kind = agenda.filter
    get("agenda_filtered_page_2", agenda.path, wijk=wijk, soort=kind, page="2")
    for sort in AGENDA_EXAMPLES:
        get(f"event_{sort}", pages[f"event_{sort}"].path)
    # A repeating activity with all its dates (?alle=1), in pages.
    get("event_all_dates", pages["event_repeating"].path, alle="1")
    catalogue = pages["catalogue"].path
    get("catalogue_filtered", catalogue, kosten="gratis", vorm="op-locatie")
    # Every filter wrong at once: the errors, the summary and the listing must stay valid.
    get(
        "catalogue_bad_filter",
        catalogue,
        q="x" * 101,
        thema="bestaat-niet",
        doelgroep="bestaat-niet",
        wijk="bestaat-niet",
        vorm="fiets",
        kosten="misschien",
        van="niet-een-datum",
        tot="29-03-2027x",
    )
    documents["server_error"] = server_error_html("nl")
    documents["server_error_english"] = server_error_html("en")

    named_paths = {entry.path for entry in pages.values()}
    for page in Page.objects.live().public().filter(depth__gt=1).order_by("path").specific():
        path = page.get_url()
        if path and path not in named_paths:
            get(f"page {path}", path)

    feeds = {}
    for feed in FEEDS:
        index, kind = feed.split("_")
        response = client.get(f"{pages[f'{index}_index'].path}{kind}/")
        feeds[feed] = SimpleNamespace(
            status=response.status_code,
            content_type=response["Content-Type"],
            body=response.content,
        )
    return documents, feeds


def _english():
    from wagtail.models import Locale

    return Locale.objects.get(language_code="en")


def _run_vnu(jar, documents, folder):
    """{document name: [vnu error messages]}; the documents stay in `folder` for a look."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    files = {}
    for name, (_status, content) in documents.items():
        path = folder / (re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") + ".html")
        path.write_bytes(content)
        files[path.resolve().as_uri().replace("file:///", "file:/")] = name
    command = ["java", "-jar", str(jar), "--errors-only", "--format", "json"]
    result = subprocess.run(
        [*command, *map(str, sorted(folder.glob("*.html")))],
        capture_output=True,
        text=True,
        timeout=300,
    )
    try:
        report = json.loads(result.stderr or result.stdout)
    except json.JSONDecodeError:
        pytest.fail(
            f"vnu.jar did not answer in JSON (exit {result.returncode}):\n{result.stderr[-3000:]}"
        )
    messages = {name: [] for name in documents}
    for message in report["messages"]:
        name = files.get(message.get("url", ""))
        messages.setdefault(name or "(no document)", []).append(message)
    return messages


@pytest.fixture(scope="module")
def checked(demo_database, django_db_blocker):
    """Every document rendered and checked once: SimpleNamespace(documents, feeds, messages)."""
    from django.core.cache import cache
    from django.db import connection

    from tests.conftest import restore_sqlite

    with django_db_blocker.unblock():
        restore_sqlite(demo_database.database, connection)
        documents, feeds = _render_documents(demo_database.pages)
        cache.clear()
    jar, problem = _vnu_problem()
    messages = None
    if jar is not None:
        messages = _run_vnu(jar, documents, ARTIFACTS / "html")
    return SimpleNamespace(documents=documents, feeds=feeds, messages=messages, problem=problem)


def describe(messages):
    lines = []
    for message in messages:
        where = f"{message['url'].removeprefix('file:')}:{message.get('lastLine', '?')}"
        where += f":{message.get('firstColumn', message.get('lastColumn', '?'))}"
        extract = " ".join(message.get("extract", "").split())
        lines.append(f"  {where}: {message['message']}\n      {extract}")
    return "\n".join(lines)


@pytest.mark.parametrize("kind", PAGE_KINDS + EXTRA_KINDS)
def test_page_type_is_valid_html(checked, kind):
    if kind == "news_index_page_2" and kind not in checked.documents:
        pytest.skip("the news index fits on one page")
    status, _content = checked.documents[kind]
    assert status == EXPECTED_STATUS.get(kind, 200), f"{kind} answered {status}"
    if checked.problem:
        missing_tool(checked.problem)
    errors = checked.messages[kind]
    assert not errors, f"{len(errors)} HTML error(s) in the {kind} page:\n{describe(errors)}"


def test_every_published_page_is_valid_html(checked):
    others = [name for name in checked.documents if name.startswith("page ")]
    assert len(others) >= 5, "the demo content should have more pages than the named ones"
    statuses = {name: checked.documents[name][0] for name in others}
    broken = {name: status for name, status in statuses.items() if status != 200}
    assert not broken, f"published pages that do not answer 200: {broken}"
    if checked.problem:
        missing_tool(checked.problem)
    report = [
        f"{name}:\n{describe(checked.messages[name])}" for name in others if checked.messages[name]
    ]
    assert not report, "HTML errors in published pages:\n" + "\n".join(report)
    assert not checked.messages.get("(no document)"), checked.messages.get("(no document)")


@pytest.mark.parametrize("feed", FEEDS)
def test_feed_is_well_formed_xml(checked, feed):
    from defusedxml import ElementTree

    response = checked.feeds[feed]
    assert response.status == 200
    root = ElementTree.fromstring(response.body)
    if feed.endswith("atom"):
        assert response.content_type.startswith("application/atom+xml")
        assert root.tag == f"{ATOM}feed"
        entries = root.findall(f"{ATOM}entry")
        assert entries and all(entry.find(f"{ATOM}title") is not None for entry in entries)
    else:
        assert response.content_type.startswith("application/rss+xml")
        assert root.tag == "rss" and root.get("version") == "2.0"
        items = root.findall("./channel/item")
        assert items and all(item.findtext("link", "").startswith("http") for item in items)
