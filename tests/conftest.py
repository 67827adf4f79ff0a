"""Test set-up shared by every test.

The same suite runs twice: on SQLite (the default) and on PostgreSQL
(DATABASE_URL=postgres://...). Tests that need PostgreSQL, chromium or the
HTML validator skip with a reason on a laptop that lacks them, and fail in CI
(CI=true), where everything must run.

The clock is controlled too (tests/clock.py): with TEST_NOW every test starts at that
instant; without it, at the real time. The `now` fixture is the test's start.
"""

import os
import secrets
import shutil
from pathlib import Path

import pytest
import time_machine
from django.conf import settings

from tests import clock, migrated_db

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
OPS_TESTS = ROOT / "tests" / "ops"
# The instant TEST_NOW names (tests/clock.py), or None: the real time. Set in pytest_configure.
TEST_INSTANT = pytest.StashKey()


def uses_postgres():
    return settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"


def _postgres_problem():
    """None when the configured PostgreSQL answers, else why not."""
    import psycopg

    db = settings.DATABASES["default"]
    try:
        psycopg.connect(
            host=db.get("HOST") or None,
            port=db.get("PORT") or None,
            user=db.get("USER") or None,
            password=db.get("PASSWORD") or None,
            dbname=db.get("NAME") or "postgres",
            connect_timeout=5,
        ).close()
    except psycopg.Error as exc:
        return f"PostgreSQL at {db.get('HOST')}:{db.get('PORT')} is not reachable ({exc})"
    return None


def chromium_path():
    return os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or ""


def missing_tool(reason):
    """Skip on a laptop, fail in CI: CI must run every test."""
    if IN_CI:
        pytest.fail(f"{reason} (CI=true, so this is an error, not a skip)")
    pytest.skip(reason)


def pytest_collection_modifyitems(config, items):
    # Each database run only collects the tests meant for it, so nothing "skips" in CI.
    if uses_postgres():
        keep = [item for item in items if "sqlite_only" not in item.keywords]
        problem = _postgres_problem()
        if problem:
            if IN_CI:
                raise pytest.UsageError(f"{problem}. CI needs PostgreSQL for these tests.")
            marker = pytest.mark.skip(reason=f"{problem}; start PostgreSQL to run these tests")
            for item in keep:
                item.add_marker(marker)
    else:
        keep = [item for item in items if "postgres" not in item.keywords]
    if config.stash[TEST_INSTANT] is not None:
        keep = [item for item in keep if not needs_real_clock(item)]
    deselected = [item for item in items if item not in keep]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = keep


def needs_real_clock(item):
    """Tests that cannot follow a travelled clock (clock.REAL_CLOCK_ONLY says why)."""
    return "browser" in item.keywords or Path(item.path).is_relative_to(OPS_TESTS)


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only: only meaningful on SQLite")
    config.addinivalue_line(
        "markers",
        "fixed_clock(instant): the test runs at this ISO 8601 instant (with its UTC offset), "
        "whatever TEST_NOW says: for tests about fixed calendar dates (tests/clock.py)",
    )
    ARTIFACTS.mkdir(exist_ok=True)
    try:
        config.stash[TEST_INSTANT] = clock.configured_instant()
    except clock.MalformedTestNow as error:
        raise pytest.UsageError(str(error)) from None


def pytest_report_header(config):
    instant = config.stash[TEST_INSTANT]
    lines = [clock.describe(instant, settings.TIME_ZONE)]
    if instant is not None:
        lines.append(f"clock: deselected, they only run at the real time: {clock.REAL_CLOCK_ONLY}")
    return lines


# The clock: one controlled "now" (tests/clock.py) ---------------------------------------------


def travel_to(instant):
    """time-machine's travel to `instant`, ticking on from there. Given in the site's zone,
    because time-machine sets the process's TZ to the zone it is given (UTC for a UTC
    datetime): naive local times (time.localtime) stay Amsterdam's, as Django set them."""
    from zoneinfo import ZoneInfo

    return time_machine.travel(instant.astimezone(ZoneInfo(settings.TIME_ZONE)), tick=True)


@pytest.fixture(scope="session", autouse=True)
def _travelled_session(pytestconfig):
    """Under TEST_NOW, what is built once per test process (the test database, the demo
    snapshot) is built at that moment too, not at the real time."""
    instant = pytestconfig.stash[TEST_INSTANT]
    if instant is None:
        yield
        return
    with travel_to(instant):
        yield


def _instant_for(item):
    """When `item` runs: its fixed_clock marker, else TEST_NOW, else None (the real time)."""
    marker = item.get_closest_marker("fixed_clock")
    if marker is not None:
        return clock.parse_test_now(marker.args[0], name=f"fixed_clock in {item.nodeid}")
    return item.config.stash[TEST_INSTANT]


@pytest.fixture(autouse=True)
def _test_clock(request, _travelled_session):
    """Each test starts at its instant exactly, TEST_NOW or its fixed_clock marker, and the
    clock ticks on from there during the test: the hundredth test of a run at 23:59 has not
    slipped past midnight. Without either, the test runs at the real time. Yields its start."""
    instant = _instant_for(request.node)
    if instant is None:
        from django.utils import timezone

        yield timezone.now()
        return
    with travel_to(instant):
        yield instant


@pytest.fixture
def now(_test_clock):
    """The moment this test started (TEST_NOW, its fixed_clock, or the real time), as an
    aware datetime. Build what the test needs relative to it, not from "today at 19:30"."""
    return _test_clock


@pytest.fixture(autouse=True)
def _fresh_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="session")
def _start_from_migrated_copy(django_db_modify_db_settings, django_db_keepdb, django_db_createdb):
    """Before pytest-django creates the SQLite test database: start from the saved migrated
    copy (tests/migrated_db.py), unless --create-db. True when there was no copy to start
    from, so one should be saved."""
    from django.db import connection

    if connection.vendor != "sqlite" or not django_db_keepdb or django_db_createdb:
        return False
    name = connection.settings_dict.get("TEST", {}).get("NAME")
    if not name or connection.creation.is_in_memory_db(name):
        return False
    return not migrated_db.start_from_saved_copy(name)


@pytest.fixture(scope="session")
def django_db_setup(_start_from_migrated_copy, django_db_setup, django_db_blocker):
    """pytest-django's set-up (the fixture of the same name it overrides), from the migrated
    copy when there is one; saves a copy when there was none."""
    if _start_from_migrated_copy:
        from django.db import connection

        with django_db_blocker.unblock():
            migrated_db.save_copy(connection)


@pytest.fixture(scope="session", autouse=True)
def _restore_migration_data_after_flush(
    request, _travelled_session, django_db_setup, django_db_blocker
):
    """pytest-django empties the database after each transactional test (threads, live
    server). It orders those tests last, but with xdist a test process can still get a
    file of ordinary tests afterwards, which then miss the migrations' data (site,
    locales, groups, registers). So put that data back right after every such flush."""
    from django.apps import apps
    from django.core.management import call_command
    from django.core.management.color import no_style
    from django.db import connection
    from django.test import TestCase, TransactionTestCase
    from pytest_django.fixtures import _get_databases_for_setup

    # A run of tests that need no database (pytest tests/cms/test_project_checks.py) gets
    # none from pytest-django: then there is nothing to keep.
    if not _get_databases_for_setup(request.session.items)[0]:
        yield
        return
    with django_db_blocker.unblock():
        data = connection.creation.serialize_db_to_string()
    flush_and_forget = TransactionTestCase._fixture_teardown

    def flush_then_restore(test_case):
        flush_and_forget(test_case)
        if isinstance(test_case, TestCase):  # rolled back: nothing was flushed
            return
        # The flush made fresh content types and permissions; the data brings its own.
        call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True)
        connection.creation.deserialize_db_from_string(data)
        # The rows came back with their ids; PostgreSQL's sequences must move past them.
        reset = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
        with connection.cursor() as cursor:
            for statement in reset:
                cursor.execute(statement)

    TransactionTestCase._fixture_teardown = flush_then_restore
    yield
    TransactionTestCase._fixture_teardown = flush_and_forget


@pytest.fixture(autouse=True)
def _dutch_by_default():
    """Every test starts in Dutch: a request to an English page leaves English active in
    this thread, and reverse() would then build English URLs for the next test."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def artifacts_dir():
    return ARTIFACTS


@pytest.fixture
def production_env(tmp_path):
    """The environment of a production server (cms.settings.production), with fresh keys and
    a throwaway SQLite file: for tests that load the production settings."""
    return {
        "SECRET_KEY": secrets.token_urlsafe(64),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'production-check.sqlite3'}",
        "ALLOWED_HOSTS": "www.vmca-almere.example",
        "WAGTAILADMIN_BASE_URL": "https://www.vmca-almere.example",
        "STRIPE_SECRET_KEY": "sk_test_" + secrets.token_hex(12),
        "STRIPE_WEBHOOK_SECRET": "whsec_" + secrets.token_hex(16),
        # Required in production (shared rate-limit counters). Loading the settings does not
        # connect; a command that uses the cache finds the local Redis, or, when there is
        # none, a cache that misses (cms.redis_cache).
        "REDIS_URL": "redis://127.0.0.1:6379/14",
        "DEBUG": "",
    }


# Content for the tests that look at whole pages (browser, HTML validator) ---------------------

# The page types a visitor can land on, in the order reports list them.
PAGE_KINDS = [
    "home",
    "section",
    "standard",
    "news_index",
    "news",
    "blog_index",
    "blog",
    "agenda",
    "event",
    "catalogue",
    "course",
    "contact",
    "contact_thanks",
    "contact_errors",
    "search",
    "not_found",
    "server_error",
    "english",
]
# The ones a visitor reaches by following links: no error pages, no answers to a form.
PUBLIC_PAGE_KINDS = [
    kind
    for kind in PAGE_KINDS
    if kind not in {"contact_thanks", "contact_errors", "not_found", "server_error"}
]
NOT_FOUND_PATH = "/deze-pagina-bestaat-niet/"


def build_site_content():
    """Fill the database with the Dutch demo (load_demo), or with a small factory-made site
    when the demo command does not exist. Returns site_page_types()."""
    import io

    from django.core.management import call_command, get_commands

    if "load_demo" in get_commands():
        call_command("load_demo", stdout=io.StringIO())
    else:
        _build_factory_site()
    ensure_agenda_examples()
    ensure_academy_examples()
    return site_page_types()


def _build_factory_site():
    import json
    import uuid

    from wagtail.models import Site

    from cms.models import (
        ContactPage,
        FormField,
        Person,
        SectionPage,
        SiteSettings,
        StandardPage,
        Theme,
        Wijk,
    )
    from tests import factories

    home = factories.home_page()
    wijk = Wijk.objects.create(name="Haven", slug="haven")
    theme = Theme.objects.create(name="Eenzaamheid", name_en="Loneliness", slug="eenzaamheid")
    author = Person.objects.create(first_name="Fatima", last_name="El Amrani")
    section = factories.add_page(
        home, SectionPage, title="Vrijwillige inzet", slug="vrijwillige-inzet", intro="Meedoen."
    )
    standard = factories.add_page(
        section,
        StandardPage,
        title="Burennetwerk",
        slug="burennetwerk",
        intro="Buren helpen elkaar met kleine klussen.",
        body=factories.stream(("paragraph", "<p>Een klus in huis? Een buurman helpt.</p>")),
    )
    news_index = factories.news_index()
    for number in range(1, 4):
        news = factories.news_item(
            news_index, title=f"Maatjesproject zoekt vrijwilligers {number}", intro="Doe mee."
        )
        if number == 1:
            news.wijk = wijk
            news.themes.set([theme])
            factories.publish(news)
    factories.blog_item(title="Koffie met mijn buurvrouw", intro="Een verhaal.", author=author)
    contact = factories.add_page(
        home,
        ContactPage,
        publish_it=False,
        title="Contact",
        slug="contact",
        to_address="info@vmca.example",
        from_address="website@vmca.example",
        subject="Vraag",
        thank_you_text="<p>Bedankt voor uw bericht.</p>",
    )
    for order, (label, field_type) in enumerate(
        [("Naam", "singleline"), ("E-mailadres", "email"), ("Uw vraag", "multiline")]
    ):
        FormField.objects.create(
            page=contact, sort_order=order, label=label, field_type=field_type, required=True
        )
    factories.publish(contact)
    english = factories.english_locale()
    for page, title in ((home, "Home"), (section, "Volunteering"), (standard, "Neighbour network")):
        translation = page.specific.copy_for_translation(english, copy_parents=True)
        translation.title = translation.draft_title = title
        translation.save()
        factories.publish(translation)
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.main_menu = json.dumps(
        [
            {"type": "link", "id": str(uuid.uuid4()), "value": {"page": page.pk, "label": ""}}
            for page in (section, news_index, factories.blog_index(), contact)
        ]
    )
    settings.save()


# The agenda: one event page of each sort the pages must show well. The demo has them; what it
# lacks (or what has gone by, as the demo's dates age) is added here, with dates from today on.
AGENDA_EXAMPLES = ("single", "repeating", "cancelled", "online")


def _upcoming_event_pks(**occurrence_filters):
    """Pks of Dutch event pages with an upcoming date (matching the filters) in the agenda."""
    from django.utils import timezone

    from events.models import Occurrence

    object_ids = Occurrence.objects.filter(
        entry__source="events",
        entry__withdrawn=False,
        entry__language="nl",
        end__gte=timezone.now(),
        **occurrence_filters,
    ).values_list("entry__object_id", flat=True)
    return {int(pk) for pk in object_ids}


def agenda_examples():
    """{sort: EventPage or None} for AGENDA_EXAMPLES, and "filter": (wijk slug, kind slug) with
    more upcoming dates than fit on one agenda page (or None)."""
    from django.conf import settings
    from django.db.models import Count
    from django.utils import timezone

    from events.models import EventPage, Occurrence

    upcoming = _upcoming_event_pks()
    pages = (
        EventPage.objects.live()
        .filter(locale__language_code="nl", pk__in=upcoming)
        .annotate(date_count=Count("dates", distinct=True))
        .order_by("path")
    )
    scheduled = pages.filter(status="scheduled")
    examples = {
        "single": scheduled.filter(repeat="", date_count=1).exclude(venue="").first(),
        "repeating": scheduled.exclude(repeat="")
        .filter(pk__in=_upcoming_event_pks(status="cancelled"))
        .first(),
        "cancelled": pages.filter(status="cancelled").first(),
        "online": scheduled.exclude(online_url="").filter(venue="", street_address="").first(),
    }
    combination = (
        Occurrence.objects.filter(
            entry__source="events",
            entry__withdrawn=False,
            entry__language="nl",
            entry__wijk__isnull=False,
            entry__kind__isnull=False,
            end__gte=timezone.now(),
        )
        .values("entry__wijk__slug", "entry__kind__slug")
        .annotate(count=Count("pk"))
        .filter(count__gt=settings.AGENDA_PAGE_SIZE)
        .order_by("-count", "entry__wijk__slug", "entry__kind__slug")
        .first()
    )
    examples["filter"] = (
        (combination["entry__wijk__slug"], combination["entry__kind__slug"])
        if combination
        else None
    )
    return examples


def ensure_agenda_examples():
    """Add what agenda_examples() does not find: an agenda and the four sorts of event page."""
    import datetime as dt

    from django.conf import settings
    from django.utils import timezone

    from cms.models import Wijk
    from events.models import EventDate, EventException, EventIndexPage, EventKind, EventPage
    from tests import factories

    home = factories.home_page()
    index = EventIndexPage.objects.child_of(home).first() or factories.add_page(
        home, EventIndexPage, title="Agenda", slug="agenda"
    )
    examples = agenda_examples()
    today = timezone.localdate()
    wijk = Wijk.objects.order_by("pk").first() or factories.wijk()
    kinds = {kind.slug: kind for kind in EventKind.objects.all()}
    kind = kinds.get("werkcafe") or next(iter(kinds.values()), None)
    if kind is None:
        kind = EventKind.objects.create(name="Werkcafé", name_en="Work café", slug="werkcafe")

    def add(slug, **fields):
        dates = fields.pop("dates", [])
        exceptions = fields.pop("exceptions", [])
        fields.setdefault("wijk", wijk)
        page = EventPage(slug=slug, kind=kind, city="Almere", **fields)
        page.dates = dates
        page.exceptions = exceptions
        page.clean()
        index.add_child(instance=page)
        factories.publish(page)

    def date(days, start=dt.time(19, 30), end=dt.time(21, 0)):
        return EventDate(date=today + dt.timedelta(days=days), start_time=start, end_time=end)

    if examples["single"] is None:
        add(
            "test-informatieavond",
            title="Informatieavond vrijwilligerswerk",
            intro="Een avond met uitleg over vrijwilligerswerk in Almere.",
            venue="Buurtcentrum De Schakel",
            street_address="Kerkgracht 1",
            postal_code="1354 AM",
            dates=[date(10)],
        )
    if examples["repeating"] is None or examples["filter"] is None:
        first = today + dt.timedelta(days=7 - today.weekday())  # next Monday
        add(
            "test-spreekuur",
            title="Spreekuur voor mantelzorgers",
            intro="Elke week: hulp bij vragen over zorg en geld.",
            venue="Bibliotheek Almere Haven",
            repeat="weekly",
            repeat_start_date=first,
            repeat_start_time=dt.time(10, 0),
            repeat_end_time=dt.time(12, 0),
            repeat_count=settings.AGENDA_PAGE_SIZE + 10,
            exceptions=[
                EventException(
                    date=first + dt.timedelta(days=7),
                    kind="cancelled",
                    note="De vrijwilliger is ziek.",
                )
            ],
        )
    if examples["cancelled"] is None:
        add(
            "test-wandeling-geannuleerd",
            title="Wandeling door het Beatrixpark",
            intro="Een wandeling met de Vriendenkring.",
            venue="Beatrixpark",
            status="cancelled",
            dates=[date(12, dt.time(10, 0), dt.time(12, 0))],
        )
    if examples["online"] is None:
        add(
            "test-online-training",
            title="Online training: moeilijke gesprekken",
            intro="Een training van twee uur via Teams.",
            online_url="https://teams.example/meetup-join/training",
            wijk=None,
            dates=[date(14, dt.time(14, 0), dt.time(16, 0))],
        )


def academy_example():
    """A live course with an edition open for sign-up (and the most editions), or None."""
    from django.db.models import Count, Q
    from django.utils import timezone

    from academy.models import CoursePage

    now = timezone.now()
    return (
        CoursePage.objects.live()
        .public()
        .filter(locale__language_code="nl")
        .filter(editions__first_start__gt=now, editions__status="open")
        .annotate(upcoming=Count("editions", filter=Q(editions__last_end__gte=now), distinct=True))
        .order_by("-upcoming", "path")
        .first()
    )


def ensure_academy_examples():
    """The catalogue and one course with an open, a full and a cancelled edition, unless the
    demo already has a course open for sign-up."""
    import datetime as dt

    from django.utils import timezone

    from academy.models import (
        AccreditationRegister,
        CourseAccreditation,
        CourseIndexPage,
        CoursePage,
        CoursePrice,
        Edition,
        Session,
    )
    from tests import factories

    if academy_example() is not None:
        return
    home = factories.home_page()
    index = CourseIndexPage.objects.child_of(home).first() or factories.add_page(
        home,
        CourseIndexPage,
        title="Vrijwilligersacademie",
        slug="vrijwilligersacademie",
        intro="Trainingen voor vrijwilligers, mantelzorgers en professionals in Almere.",
    )
    page = CoursePage(
        title="Training voor taalvrijwilligers",
        slug="test-training-taalvrijwilligers",
        intro="Helpen met Nederlands leren, in een groep of een op een.",
        learning_goals="<ul><li>Eenvoudig uitleggen</li><li>Oefenen met gesprekken</li></ul>",
        format="blended",
        duration="3 bijeenkomsten van 2,5 uur",
        study_load_hours=7.5,
    )
    page.prices = [
        CoursePrice(participant_type="vrijwilliger", amount_cents=0),
        CoursePrice(participant_type="professional", amount_cents=4500),
    ]
    register = AccreditationRegister.objects.order_by("pk").first()
    if register is not None:
        page.accreditations = [
            CourseAccreditation(register=register, accreditation_id="TEST-001", points=4)
        ]
    index.add_child(instance=page)
    factories.publish(page)

    def add_edition(days, **fields):
        start = timezone.make_aware(
            dt.datetime.combine(timezone.localdate() + dt.timedelta(days=days), dt.time(19, 30))
        )
        edition = Edition(course=page, **fields)
        edition.sessions = [
            Session(
                start=start + dt.timedelta(days=7 * week),
                end=start + dt.timedelta(days=7 * week, hours=2, minutes=30),
                venue="Buurtcentrum De Schakel",
                address="Kerkgracht 1, Almere",
            )
            for week in range(3)
        ]
        edition.save()

    add_edition(14, capacity=12, status="open")
    add_edition(40, capacity=12, status="vol")
    add_edition(30, capacity=12, status="geannuleerd")


def site_page_types():
    """{kind: SimpleNamespace(path, title, page)} for one live page of every page type.

    `search` carries the word to search for (taken from the news page's title), and
    `english` is an English page with a Dutch original (`english.original`).
    Besides the PAGE_KINDS: `event_single`, `event_repeating`, `event_cancelled` and
    `event_online` (see agenda_examples()).
    """
    from types import SimpleNamespace

    from django.db.models import Q
    from wagtail.models import Locale, Page

    from academy.models import CourseIndexPage
    from cms.models import (
        BlogIndexPage,
        BlogPage,
        ContactPage,
        NewsIndexPage,
        NewsPage,
        SectionPage,
        StandardPage,
    )
    from events.models import EventIndexPage
    from tests import factories

    dutch = Locale.objects.get(language_code="nl")
    english = Locale.objects.get(language_code="en")

    def first(model, locale=dutch, order=("path",), **filters):
        page = model.objects.live().public().filter(locale=locale, **filters).order_by(*order)
        page = page.first()
        assert page is not None, f"the test content has no live {model.__name__} ({locale})"
        return page

    def entry(page, **extra):
        return SimpleNamespace(path=page.get_url(), title=page.title, page=page, **extra)

    home = factories.home_page()
    section = first(SectionPage)
    standard = StandardPage.objects.live().child_of(section).order_by("path").first() or first(
        StandardPage
    )
    news = NewsIndexPage.objects.live().filter(locale=dutch).first()
    news_item = first(NewsPage, order=("-date", "-pk"))
    contact = first(ContactPage)
    search_word = _word_that_finds(news_item, dutch)
    # An English page that has a Dutch original, preferably not a home page.
    translated = (
        Page.objects.live()
        .public()
        .filter(locale=english, depth__gt=2)
        .filter(
            Q(
                translation_key__in=Page.objects.live()
                .filter(locale=dutch)
                .values("translation_key")
            )
        )
        .order_by("path")
        .specific()
    )
    english_page = translated.first() or home.get_translation(english)
    agenda = first(EventIndexPage)
    catalogue = first(CourseIndexPage)
    course = academy_example()
    assert course is not None, "the test content has no course open for sign-up"
    events = agenda_examples()
    missing = [name for name, value in events.items() if value is None]
    assert not missing, f"the test content lacks agenda examples: {missing}"
    return {
        "home": entry(home),
        "section": entry(section),
        "standard": entry(standard),
        "news_index": entry(news),
        "news": entry(news_item),
        "blog_index": entry(first(BlogIndexPage)),
        "blog": entry(first(BlogPage, order=("-date", "-pk"))),
        # `filter`: (wijk slug, kind slug) that fills more than one agenda page.
        "agenda": entry(agenda, filter=events["filter"]),
        # A repeating activity with a cancelled date: dates, statuses, calendar links.
        "event": entry(events["repeating"]),
        **{f"event_{sort}": entry(events[sort]) for sort in AGENDA_EXAMPLES},
        "catalogue": entry(catalogue),
        # A course with the most editions still to come: sessions, places, prices, JSON-LD.
        "course": entry(course),
        "contact": entry(contact),
        "contact_thanks": entry(contact),
        "contact_errors": entry(contact),
        "search": SimpleNamespace(
            path=f"/zoeken/?q={search_word}",
            title=news_item.title,
            page=news_item,
            word=search_word,
        ),
        "not_found": SimpleNamespace(path=NOT_FOUND_PATH, title="", page=None),
        "server_error": SimpleNamespace(path="/", title="", page=None),  # see server_error_html()
        "english": entry(english_page, original=english_page.get_translation(dutch)),
    }


def server_error_html(language="nl"):
    """The 500 page as the site's handler500 renders it: (status, bytes)."""
    from django.test import RequestFactory
    from django.utils import translation

    from cms.views import server_error

    with translation.override(language):
        response = server_error(RequestFactory().get("/"))
    return response.status_code, response.content


def _word_that_finds(page, locale):
    """A word of the page's title for which the site search lists the page on its first page."""
    from django.conf import settings

    from cms.views import search_results

    words = sorted({word.strip(".,:;!?'\"()") for word in page.title.split()}, key=len)
    for word in reversed(words):
        hits = search_results(word, locale)[: settings.SEARCH_PAGE_SIZE]
        if page.pk in [hit.pk for hit in hits]:
            return word
    raise AssertionError(f"no word of {page.title!r} finds that page in the site search")


def contact_form_values(contact_page):
    """{field name: (widget kind, value)} that make a valid submission of a contact page.

    The spam trap stays empty. Widget kinds: text, select, check, radio, checkboxes.
    """
    from django import forms

    values = {}
    form_class = contact_page.get_form_class()
    for name, field in form_class.base_fields.items():
        if name == contact_page.form_builder.honeypot_name:
            continue
        widget = field.widget
        choices = [str(value) for value, _label in getattr(field, "choices", []) if value != ""]
        if isinstance(widget, forms.CheckboxSelectMultiple):
            values[name] = ("checkboxes", choices[0])
        elif isinstance(widget, forms.RadioSelect):
            values[name] = ("radio", choices[0])
        elif isinstance(widget, forms.Select):  # also SelectMultiple
            values[name] = ("select", choices[0])
        elif isinstance(field, forms.BooleanField):
            values[name] = ("check", "on")
        elif isinstance(field, forms.EmailField):
            values[name] = ("text", "test.bezoeker@example.com")
        elif isinstance(field, forms.URLField):
            values[name] = ("text", "https://example.com/")
        elif isinstance(field, forms.DateTimeField):
            values[name] = ("text", "2026-05-04 10:30")
        elif isinstance(field, forms.DateField):
            values[name] = ("text", "2026-05-04")
        elif isinstance(field, forms.IntegerField | forms.DecimalField | forms.FloatField):
            values[name] = ("text", "3")
        else:
            values[name] = ("text", "Ik wil graag meer weten over het Burennetwerk.")
    return values


# A byte copy of the SQLite test database with the demo content -------------------------------
#
# Loading the demo takes seconds, and browser tests (transactional: pytest-django empties the
# database after each) need it again for every test. So each test process builds it once, keeps
# a copy made with SQLite's backup API, and the tests put that copy back in a few milliseconds.
# The page renditions the pages use are made before the copy is taken.


def sqlite_copy(connection):
    """A copy of the connection's SQLite database, in memory."""
    import sqlite3

    connection.ensure_connection()
    copy = sqlite3.connect(":memory:", check_same_thread=False)
    connection.connection.backup(copy)
    return copy


def restore_sqlite(copy, connection):
    """Put a copy made by sqlite_copy() back; forget what was cached about the old content."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.cache import cache

    connection.ensure_connection()
    copy.backup(connection.connection)
    ContentType.objects.clear_cache()
    cache.clear()


@pytest.fixture(scope="session")
def demo_snapshot(django_db_setup, django_db_blocker, tmp_path_factory):
    """SimpleNamespace(database=<sqlite copy with the demo content>, pages=site_page_types()).

    SQLite only. The test database itself is left as it was. The demo's images and their
    renditions go to a temporary MEDIA_ROOT for the rest of this test process, so test runs
    don't pile up files in var/test-media.
    """
    from types import SimpleNamespace

    from django.core.cache import cache
    from django.db import connection
    from django.test import Client, override_settings

    if connection.vendor != "sqlite":
        pytest.skip("needs the SQLite test database (these tests run in the SQLite pass)")
    media = override_settings(
        MEDIA_ROOT=str(tmp_path_factory.mktemp("media")),
        # Overridden settings lose SETTINGS_MODULE, which load_demo looks at.
        SETTINGS_MODULE=os.environ.get("DJANGO_SETTINGS_MODULE", "cms.settings.test"),
    )
    media.enable()
    with django_db_blocker.unblock():
        before = sqlite_copy(connection)
        try:
            cache.clear()
            pages = build_site_content()
            client = Client()
            for entry in pages.values():
                client.get(entry.path)  # makes the image renditions once
            client.get(pages["english"].original.url)
            demo = sqlite_copy(connection)
        except BaseException:
            media.disable()
            raise
        finally:
            restore_sqlite(before, connection)
            before.close()
    yield SimpleNamespace(database=demo, pages=pages)
    demo.close()
    media.disable()


@pytest.fixture(scope="module")
def demo_database(demo_snapshot, django_db_blocker):
    """For a module whose tests load the demo copy themselves: the database is put back as it
    was before the module when the module is done."""
    from django.db import connection

    with django_db_blocker.unblock():
        before = sqlite_copy(connection)
    yield demo_snapshot
    with django_db_blocker.unblock():
        restore_sqlite(before, connection)
    before.close()
