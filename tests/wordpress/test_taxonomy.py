"""What a WordPress post or page becomes (cms.wordpress.taxonomy): news or blog, standard or
section page, published or not, its themes and tags, its author, its dates and its slug.

The builder's export is read back with the WXR reader; a few hand-made records cover the
cases the export has not (a scheduled post, a pending one, accents in a category)."""

import dataclasses
import datetime as dt
from types import MappingProxyType

import pytest
from taggit.models import Tag

from cms.models import NewsPage, Person, SectionPage, StandardPage, Theme
from cms.wordpress import taxonomy, wxr
from tests import factories
from tests.wordpress import export_builder as builder

UTC = dt.UTC
NOW = dt.datetime(2026, 1, 10, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def authors(records):
    return [record for record in records if isinstance(record, wxr.Author)]


@pytest.fixture(scope="module")
def terms(records):
    return [record for record in records if isinstance(record, wxr.Term)]


def post(**changes):
    """A hand-made published post."""
    fields = {
        "post_id": 5000,
        "post_type": "post",
        "status": "publish",
        "title": "Een bericht",
        "slug": "een-bericht",
        "link": "",
        "guid": "",
        "creator": "sanne",
        "pub_date": None,
        "date_gmt": dt.datetime(2024, 3, 31, 0, 30, tzinfo=UTC),
        "modified_gmt": dt.datetime(2024, 4, 2, 8, 0, tzinfo=UTC),
        "date_local": dt.datetime(2024, 3, 31, 2, 30),
        "modified_local": dt.datetime(2024, 4, 2, 10, 0),
        "content": "",
        "excerpt": "",
        "parent_id": 0,
        "menu_order": 0,
        "categories": (),
        "tags": (),
        "other_terms": (),
        "postmeta": MappingProxyType({}),
        "attachment_url": "",
        "comment_status": "open",
        "password": "",
        "is_sticky": False,
    }
    fields.update(changes)
    return wxr.Item(**fields)


def category(slug, name):
    return wxr.TermRef(wxr.TAXONOMY_CATEGORY, slug, name)


def tag(slug, name):
    return wxr.TermRef(wxr.TAXONOMY_TAG, slug, name)


def author(**changes):
    fields = {
        "author_id": 3,
        "login": "joke",
        "email": "joke@vmca-almere.example",
        "display_name": "Joke van den Berg",
        "first_name": "",
        "last_name": "",
    }
    fields.update(changes)
    return wxr.Author(**fields)


# News or blog ----------------------------------------------------------------------------------


def test_by_default_blog_uit_de_wijk_makes_a_blog_and_every_other_category_news(export, items):
    kinds = {post_id: taxonomy.post_kind(items[post_id]) for post_id in items}
    built = export.posts
    blogs = [p.post_id for p in built if "blog-uit-de-wijk" in p.categories]

    assert len(built) == 30
    # Ten "Blog uit de wijk" topics; the tenth is the post moved to "Geen categorie".
    assert len(blogs) == 9
    assert [p.post_id for p in built if kinds[p.post_id] == taxonomy.BLOG] == blogs
    # Nieuws, Mantelzorg, Jonge mantelzorgers and Geen categorie: news.
    others = [p for p in built if p.post_id not in blogs]
    assert {kinds[p.post_id] for p in others} == {taxonomy.NEWS}
    assert {c for p in others for c in p.categories} == {
        "nieuws",
        "mantelzorg",
        "jonge-mantelzorgers",
        "geen-categorie",
    }


def test_a_post_without_categories_is_news_and_one_blog_category_is_enough():
    assert taxonomy.post_kind(post()) == taxonomy.NEWS
    both = post(categories=(category("nieuws", "Nieuws"), category("weblog", "Ons weblog")))
    assert taxonomy.post_kind(both) == taxonomy.BLOG


def test_staffs_mapping_goes_before_the_default(export, items):
    mapping = taxonomy.parse_mapping("mantelzorg=blog, blog-uit-de-wijk=nieuws")
    built = export.posts
    kinds = {p.post_id: taxonomy.post_kind(items[p.post_id], mapping) for p in built}

    expected_blogs = [p.post_id for p in built if "mantelzorg" in p.categories]
    assert len(expected_blogs) == 9
    assert [pid for pid, kind in kinds.items() if kind == taxonomy.BLOG] == expected_blogs
    taalmaatje = export.by_title("Mijn eerste jaar als taalmaatje")
    assert kinds[taalmaatje.post_id] == taxonomy.NEWS


def test_parse_mapping_reads_slugs_names_dutch_words_and_separators():
    assert taxonomy.parse_mapping("blog-uit-de-wijk=blog,verhalen=blog") == {
        "blog-uit-de-wijk": "blog",
        "verhalen": "blog",
    }
    assert taxonomy.parse_mapping(" Blog uit de Wijk = Blog ; Persberichten=nieuws\nx=news") == {
        "blog-uit-de-wijk": "blog",
        "persberichten": "news",
        "x": "news",
    }
    assert taxonomy.parse_mapping("") == {}
    # By name, with an accent: "Coördinatie" is the category coordinatie.
    mapping = taxonomy.parse_mapping("Coördinatie=blog")
    coordinatie = post(categories=(category("coordinatie", "Coördinatie"),))
    assert taxonomy.post_kind(coordinatie, mapping) == taxonomy.BLOG
    assert taxonomy.post_kind(coordinatie) == taxonomy.NEWS


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "blog-uit-de-wijk",
            'Het stuk "blog-uit-de-wijk" klopt niet. Schrijf het als categorie=nieuws of '
            "categorie=blog, bijvoorbeeld blog-uit-de-wijk=blog.",
        ),
        ("verhalen=", 'Het stuk "verhalen=" klopt niet.'),
        ("=blog", 'Het stuk "=blog" klopt niet.'),
        ("!!!=blog", 'In "!!!=blog" staat geen categorie voor het =-teken.'),
        (
            "verhalen=agenda",
            'In "verhalen=agenda" staat "agenda". Na het =-teken mag alleen nieuws of blog staan.',
        ),
        (
            "verhalen=blog,Verhalen=nieuws",
            'De categorie "Verhalen" staat twee keer in de lijst, met een ander soort bericht. '
            "Kies er één.",
        ),
        (" , ;", "De lijst met categorieën is leeg."),
    ],
)
def test_bad_mapping_text_gives_a_dutch_message(text, message):
    with pytest.raises(taxonomy.MappingError) as caught:
        taxonomy.parse_mapping(text)

    assert str(caught.value).startswith(message)
    assert isinstance(caught.value, ValueError)


# Standard or section page ----------------------------------------------------------------------


def test_pages_with_children_become_section_pages(export, items):
    pages = [items[p.post_id] for p in export.pages]
    parents = taxonomy.parent_ids(items.values())
    kinds = {page.title: taxonomy.page_kind(page, parents) for page in pages}

    assert kinds == {
        "Over ons": "section",
        "Ons team": "standard",
        "Jaarverslagen": "standard",
        "Vrijwilligerswerk": "section",
        "Vacatures": "standard",
        "Vrijwilliger worden": "section",
        "Verklaring omtrent gedrag": "standard",
        "Respijtzorg": "standard",
        "Mantelzorg": "section",
        "Contact": "standard",
    }
    # Attachments hang under pages too; they make no page a section.
    team = export.by_title("Ons team")
    assert any(a.parent_id == team.post_id for a in export.attachments)


def test_a_trashed_child_makes_no_section():
    parent = post(post_id=1, post_type="page")
    trashed = post(post_id=2, post_type="page", parent_id=1, status="trash")
    assert taxonomy.parent_ids([parent, trashed]) == frozenset()
    assert taxonomy.page_kind(parent, taxonomy.parent_ids([parent, trashed])) == "standard"
    child = post(post_id=3, post_type="page", parent_id=1, status="draft")
    assert taxonomy.page_kind(parent, taxonomy.parent_ids([parent, child])) == "section"


# Publish or not --------------------------------------------------------------------------------


def test_the_exports_draft_private_trashed_and_protected_posts_are_not_published(export, items):
    decisions = {
        p.post_id: taxonomy.publish_decision(items[p.post_id], now=NOW) for p in export.posts
    }
    by_action = {}
    for post_id, decision in decisions.items():
        by_action.setdefault(decision.action, []).append(post_id)

    draft = export.with_feature("draft").post_id
    private = export.with_feature("private").post_id
    trashed = export.with_feature("trash").post_id
    protected = export.with_feature("password").post_id
    assert sorted(by_action[taxonomy.DRAFT]) == sorted([draft, private, protected])
    assert by_action[taxonomy.SKIP] == [trashed]
    assert len(by_action[taxonomy.PUBLISH]) == 26
    assert decisions[draft].reason == "Concept in WordPress. Als concept overgenomen."
    assert decisions[private].reason == (
        "Privé in WordPress. Als concept overgenomen, niet gepubliceerd."
    )
    assert decisions[trashed].reason == "Stond in de prullenbak van WordPress."
    assert decisions[protected].reason.startswith("Beveiligd met een wachtwoord in WordPress.")
    published = decisions[export.posts[0].post_id]
    assert (published.published, published.reason, published.reported) == (True, "", False)


def test_each_status_has_its_decision():
    later = dt.datetime(2026, 2, 1, 8, 0, tzinfo=UTC)
    cases = {
        "pending": (taxonomy.DRAFT, "Wachtte in WordPress op een controle."),
        "auto-draft": (taxonomy.DRAFT, "Concept in WordPress."),
        "inherit": (taxonomy.SKIP, "Een oude versie van een ander bericht."),
        "vreemd": (taxonomy.DRAFT, 'Onbekende status "vreemd" in WordPress.'),
    }
    for status, (action, reason) in cases.items():
        decision = taxonomy.publish_decision(post(status=status), now=NOW)
        assert (decision.action, decision.reason[: len(reason)]) == (action, reason), status

    scheduled = taxonomy.publish_decision(post(status="future", date_gmt=later), now=NOW)
    assert scheduled.action == taxonomy.SCHEDULE
    assert scheduled.go_live_at == later
    assert scheduled.reason.startswith("Gepland in WordPress.")

    missed = taxonomy.publish_decision(post(status="future", date_gmt=later), now=later)
    assert (missed.action, missed.go_live_at) == (taxonomy.PUBLISH, None)
    assert "Die datum is voorbij" in missed.reason

    # A scheduled post without GMT date: its local time in Almere (CET, +01:00).
    local_only = post(status="future", date_gmt=None, date_local=dt.datetime(2026, 2, 1, 9, 0))
    assert taxonomy.publish_decision(local_only, now=NOW).go_live_at == later

    menu = taxonomy.publish_decision(post(post_type="nav_menu_item"), now=NOW)
    assert (menu.action, menu.reason) == (taxonomy.SKIP, "Dit is geen bericht en geen pagina.")


# Dates -----------------------------------------------------------------------------------------


def test_dates_come_from_the_gmt_fields(export, items):
    built = export.posts[0]
    result = taxonomy.dates(items[built.post_id])

    assert result.first_published_at == dt.datetime(2023, 1, 10, 8, 30, tzinfo=UTC)
    assert result.first_published_at == built.date_gmt
    assert result.last_published_at == built.modified_gmt
    assert result.last_published_at == dt.datetime(2023, 1, 12, 11, 30, tzinfo=UTC)
    assert result.latest_revision_created_at == result.last_published_at
    assert result.date == dt.date(2023, 1, 10)


def test_the_date_field_is_the_date_in_almere_not_in_utc():
    # 23:30 UTC on 30 March is 00:30 on the 31st in Almere (winter time, +01:00); 22:15 UTC
    # on 1 July is 00:15 on 2 July (summer time, +02:00).
    late = post(date_gmt=dt.datetime(2024, 3, 30, 23, 30, tzinfo=UTC))
    assert taxonomy.dates(late).date == dt.date(2024, 3, 31)
    summer = post(date_gmt=dt.datetime(2024, 7, 1, 22, 15, tzinfo=UTC))
    assert taxonomy.dates(summer).date == dt.date(2024, 7, 2)


def test_a_draft_without_gmt_date_takes_its_local_time_in_almere(export, items):
    built = export.with_feature("draft")
    item = items[built.post_id]
    assert item.date_gmt is None  # as WordPress writes a draft

    result = taxonomy.dates(item)

    assert result.first_published_at is None
    assert result.last_published_at is None
    # The builder writes the draft's local date as its modification, in Almere.
    assert result.written_at == built.modified_gmt
    assert result.written_at.tzinfo == UTC
    assert result.latest_revision_created_at == built.modified_gmt
    assert result.date == built.modified_gmt.astimezone(builder.LOCAL).date()


def test_modified_never_before_published_and_local_fallback_for_both():
    odd = post(modified_gmt=dt.datetime(2024, 1, 1, tzinfo=UTC))
    result = taxonomy.dates(odd)
    assert result.last_published_at == result.first_published_at == odd.date_gmt

    local = post(date_gmt=None, modified_gmt=None)
    result = taxonomy.dates(local)
    # 31 March 2024, 02:30 does not exist in Almere (clocks go forward): read as +01:00.
    assert result.first_published_at == dt.datetime(2024, 3, 31, 1, 30, tzinfo=UTC)
    assert result.last_published_at == dt.datetime(2024, 4, 2, 8, 0, tzinfo=UTC)

    nothing = post(date_gmt=None, modified_gmt=None, date_local=None, modified_local=None)
    assert taxonomy.dates(nothing) == taxonomy.PageDates(None, None, None, None, None)


# Slugs -----------------------------------------------------------------------------------------


def test_a_free_slug_is_kept_and_a_taken_one_gets_a_number():
    taken = {"koffieochtend", "koffieochtend-2"}

    kept = taxonomy.unique_slug("wandelmaatjes", taken=taken)
    clash = taxonomy.unique_slug("koffieochtend", taken=taken)
    again = taxonomy.unique_slug("koffieochtend", taken=taken)

    assert (kept.slug, kept.changed, kept.message) == ("wandelmaatjes", False, "")
    assert (clash.slug, clash.changed) == ("koffieochtend-3", True)
    assert clash.message == (
        'De korte naam "koffieochtend" bestond al op deze plek. Het is "koffieochtend-3" geworden.'
    )
    assert again.slug == "koffieochtend-4"
    assert taken == {
        "koffieochtend",
        "koffieochtend-2",
        "koffieochtend-3",
        "koffieochtend-4",
        "wandelmaatjes",
    }


def test_a_draft_without_slug_gets_one_from_its_title_and_encoded_slugs_are_decoded():
    draft = taxonomy.unique_slug("", taken=set(), title="Mantelzorg café open")
    assert (draft.slug, draft.changed) == ("mantelzorg-café-open", True)
    assert draft.message == (
        'Geen korte naam in WordPress; gemaakt van de titel: "mantelzorg-café-open".'
    )
    encoded = taxonomy.unique_slug("caf%c3%a9-de-schakel", taken=set())
    assert encoded.slug == "café-de-schakel"
    assert encoded.message == 'De korte naam "caf%c3%a9-de-schakel" is "café-de-schakel" geworden.'
    long = taxonomy.unique_slug("a" * 300, taken={"a" * 255})
    assert long.slug == "a" * 253 + "-2"


@pytest.mark.django_db
def test_without_a_taken_set_the_siblings_in_the_database_count(django_assert_num_queries):
    section = factories.section_page(title="Over ons", slug="over-ons")
    team = factories.standard_page(section, title="Ons team", slug="ons-team")
    factories.standard_page(title="Elders", slug="jaarverslagen")  # not a sibling

    with django_assert_num_queries(1):
        clash = taxonomy.unique_slug("ons-team", section)
    free = taxonomy.unique_slug("jaarverslagen", section)
    itself = taxonomy.unique_slug("ons-team", section, exclude_pk=team.pk)

    assert clash.slug == "ons-team-2"
    assert (free.slug, free.changed) == ("jaarverslagen", False)
    assert (itself.slug, itself.changed) == ("ons-team", False)


# Themes and tags -------------------------------------------------------------------------------


@pytest.fixture
def themes(db):
    made = {}
    for name, slug in (
        ("Eenzaamheid", "eenzaamheid"),
        ("Mantelzorg ondersteunen", "mantelzorg-ondersteunen"),
        ("Respijtzorg", "respijtzorg"),
        ("Jonge mantelzorgers", "jonge-mantelzorgers"),
        ("Vrijwilligerswerk vinden", "vrijwilligerswerk-vinden"),
        ("Organisaties en coördinatoren", "organisaties-en-coordinatoren"),
        ("Buurt en ontmoeting", "buurt-en-ontmoeting"),
    ):
        made[slug] = Theme.objects.create(name=name, slug=slug)
    return made


def test_the_exports_categories_and_tags_find_their_themes(export, items, terms, themes):
    matcher = taxonomy.ThemeMatcher(terms=terms)
    built = export.with_feature("caption")  # the first post: Nieuws; vrijwilligers, training
    assert (built.categories, built.tags) == (("nieuws",), ("vrijwilligers", "training"))

    match = matcher.match(items[built.post_id])

    assert match.themes == (themes["vrijwilligerswerk-vinden"],)
    assert match.tags == ("training",)
    assert [(o.term.slug, o.how) for o in match.outcomes] == [
        ("nieuws", "ignored"),
        ("vrijwilligers", taxonomy.BY_SYNONYM),
        ("training", "tag"),
    ]


def test_every_post_of_the_export_and_the_report(export, items, terms, themes):
    matcher = taxonomy.ThemeMatcher(terms=terms)
    matches = {p.post_id: matcher.match(items[p.post_id]) for p in export.posts}

    jong = export.by_title("Jonge mantelzorgers krijgen een eigen avond")
    assert jong.categories == ("mantelzorg", "jonge-mantelzorgers")
    assert {t.slug for t in matches[jong.post_id].themes} == {
        "mantelzorg-ondersteunen",
        "jonge-mantelzorgers",
    }
    # No new themes, ever; "Blog uit de wijk" and "Geen categorie" are neither theme nor tag.
    assert Theme.objects.count() == 7
    all_tags = {name for match in matches.values() for name in match.tags}
    assert all_tags == {"maatjes", "training", "Almere Haven", "Almere Buiten"}
    counted = {slug: count for (_, slug, _), count in matcher.unknown.items()}
    expected = {
        slug: sum(slug in p.tags for p in export.posts)
        for slug in ("maatjes", "training", "almere-haven", "almere-buiten")
    }
    assert (
        counted
        == expected
        == {
            "maatjes": 7,
            "training": 8,
            "almere-haven": 7,
            "almere-buiten": 6,
        }
    )
    lines = matcher.report_lines()
    assert len(lines) == 4
    assert lines[0] == (
        'Trefwoord "Almere Buiten" past bij geen thema. Het is een trefwoord gebleven bij '
        "6 pagina's."
    )


def test_case_accents_names_and_synonyms(themes):
    matcher = taxonomy.ThemeMatcher()
    item = post(
        categories=(
            category("coordinatoren-netwerk", "ORGANISATIES EN COÖRDINATOREN"),  # by name
            category("mantelzorgers", "Mantelzorgers"),  # synonym
            category("verhalen", "Verhalen"),  # nothing: a tag, reported
        ),
        tags=(
            tag("EENZAAMHEID", "Eenzaamheid!"),  # slug, other case
            tag("respijt", "Respijt"),  # synonym
            tag("alzheimer", "Alzheimer"),  # synonym of a theme the site has not
            tag("verhalen", "verhalen"),  # the same word as the category: one tag
        ),
    )

    match = matcher.match(item)

    assert [t.slug for t in match.themes] == [
        "organisaties-en-coordinatoren",
        "mantelzorg-ondersteunen",
        "eenzaamheid",
        "respijtzorg",
    ]
    assert [o.how for o in match.outcomes] == [
        taxonomy.BY_NAME,
        taxonomy.BY_SYNONYM,
        "tag",
        taxonomy.BY_SLUG,
        taxonomy.BY_SYNONYM,
        "tag",
        "tag",
    ]
    assert match.tags == ("Verhalen", "Alzheimer")
    assert [term.slug for term in match.unknown] == ["verhalen", "alzheimer", "verhalen"]
    assert matcher.report_lines() == [
        'Categorie "Verhalen" past bij geen thema. Het is een trefwoord geworden bij 1 pagina.',
        'Trefwoord "Alzheimer" past bij geen thema. Het is een trefwoord gebleven bij 1 pagina.',
        'Trefwoord "verhalen" past bij geen thema. Het is een trefwoord gebleven bij 1 pagina.',
    ]


def test_a_synonym_prefers_a_theme_named_exactly_so(themes):
    exact = Theme.objects.create(name="Mantelzorg", slug="mantelzorg")
    match = taxonomy.ThemeMatcher().match(post(tags=(tag("mantelzorgers", "Mantelzorgers"),)))
    assert match.themes == (exact,)


def test_a_child_category_without_theme_takes_its_parents_and_keeps_its_name(themes):
    terms = [
        wxr.Term(1, wxr.TAXONOMY_CATEGORY, "respijtzorg", "Respijtzorg", None, ""),
        wxr.Term(2, wxr.TAXONOMY_CATEGORY, "logeerweekend", "Logeerweekend", "respijtzorg", ""),
    ]
    match = taxonomy.ThemeMatcher(terms=terms).match(
        post(categories=(category("logeerweekend", "Logeerweekend"),))
    )
    assert match.themes == (themes["respijtzorg"],)
    assert match.tags == ("Logeerweekend",)
    assert match.outcomes[0].how == taxonomy.BY_PARENT


def test_the_matcher_reads_the_themes_and_wijken_once(themes, django_assert_num_queries):
    with django_assert_num_queries(2):
        matcher = taxonomy.ThemeMatcher()
        for number in range(20):
            matcher.match(post(post_id=number, tags=(tag("respijtzorg", "Respijtzorg"),)))


def test_a_mapped_category_is_no_tag(themes):
    matcher = taxonomy.ThemeMatcher(mapping=taxonomy.parse_mapping("verhalen=blog"))
    match = matcher.match(post(categories=(category("verhalen", "Verhalen"),)))
    assert (match.themes, match.tags, match.outcomes[0].how) == ((), (), "ignored")
    assert matcher.report_lines() == []


@pytest.mark.django_db
def test_a_category_or_tag_that_names_one_wijk_sets_the_wijk(themes):
    haven = factories.wijk("Almere Haven", slug="almere-haven")
    factories.wijk("Almere Buiten", slug="almere-buiten")
    matcher = taxonomy.ThemeMatcher()

    by_full_name = matcher.match(post(tags=(tag("almere-haven", "Almere Haven"),)))
    by_short_name = matcher.match(post(categories=(category("haven", "Haven"),)))

    for match in (by_full_name, by_short_name):
        assert (match.wijk, match.tags, match.outcomes[-1].how) == (haven, (), taxonomy.BY_WIJK)
    assert matcher.report_lines() == []


@pytest.mark.django_db
def test_two_wijken_set_none_and_stay_tags(themes):
    factories.wijk("Almere Haven", slug="almere-haven")
    factories.wijk("Almere Buiten", slug="almere-buiten")
    match = taxonomy.ThemeMatcher().match(
        post(tags=(tag("almere-haven", "Almere Haven"), tag("almere-buiten", "Almere Buiten")))
    )
    assert match.wijk is None
    assert match.tags == ("Almere Haven", "Almere Buiten")


@pytest.mark.django_db
def test_classify_puts_themes_and_tags_on_pages_that_have_them(themes):
    match = taxonomy.ThemeMatcher().match(
        post(tags=(tag("respijtzorg", "Respijtzorg"), tag("maatjes", "maatjes")))
    )
    standard = factories.standard_page(title="Respijtzorg")
    section = factories.section_page(title="Mantelzorg")

    assert taxonomy.classify(standard, match) == ()
    assert taxonomy.classify(section, match) == ("maatjes",)
    factories.publish(standard)
    factories.publish(section)

    assert list(StandardPage.objects.get(pk=standard.pk).themes.all()) == [themes["respijtzorg"]]
    assert list(StandardPage.objects.get(pk=standard.pk).tags.names()) == ["maatjes"]
    assert list(SectionPage.objects.get(pk=section.pk).themes.all()) == [themes["respijtzorg"]]
    assert Tag.objects.filter(name="maatjes").count() == 1
    assert [taxonomy.has_tags(m) for m in (NewsPage, StandardPage, SectionPage)] == [
        True,
        True,
        False,
    ]


# Authors ---------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_author_is_found_by_email_then_by_name(authors):
    by_email = factories.person("Sanne", "Wit", email="SANNE@vmca-almere.example")
    by_name = factories.person("Redactie", "VMCA")
    matcher = taxonomy.PersonMatcher(authors)

    sanne = matcher.person_for_login("sanne")
    redactie = matcher.person_for_login("redactie")

    assert (sanne.person, sanne.how, sanne.created, sanne.message) == (
        by_email,
        taxonomy.FOUND_BY_EMAIL,
        False,
        "",
    )
    assert (redactie.person, redactie.how) == (by_name, taxonomy.FOUND_BY_NAME)
    assert Person.objects.count() == 2


@pytest.mark.django_db
def test_a_missing_author_is_made_once_even_over_two_runs(authors, django_assert_num_queries):
    first_run = taxonomy.PersonMatcher(authors)
    made = first_run.person_for_login("sanne")
    again = first_run.person_for_login("sanne")

    assert made.created
    assert made.message == 'Schrijver "Sanne de Wit" is als nieuwe persoon aangemaakt.'
    person = Person.objects.get()
    assert (person.first_name, person.last_name, person.email) == (
        "Sanne",
        "de Wit",
        "sanne@vmca-almere.example",
    )
    assert again.person == person

    with django_assert_num_queries(1):
        second_run = taxonomy.PersonMatcher(authors)
        found = second_run.person_for_login("sanne")
    assert (found.person, found.how, found.created) == (person, taxonomy.FOUND_BY_EMAIL, False)
    assert Person.objects.count() == 1


@pytest.mark.django_db
def test_names_from_the_display_name_and_a_name_match_with_accents():
    existing = factories.person("Joke", "van den Berg")
    made = taxonomy.PersonMatcher().person_for(author(email="", display_name="Jóke van den Berg"))
    assert (made.person, made.how) == (existing, taxonomy.FOUND_BY_NAME)

    assert taxonomy.author_names(author()) == ("Joke", "van den Berg")
    assert taxonomy.author_names(author(first_name="Jo", last_name="Berg")) == ("Jo", "Berg")
    assert taxonomy.author_names(author(display_name="", login="henk")) == ("henk", "")


@pytest.mark.django_db
def test_a_dry_run_makes_nobody_and_unknown_logins_are_reported(authors):
    matcher = taxonomy.PersonMatcher(authors, dry_run=True)
    would = matcher.person_for_login("sanne")
    assert (would.person, would.created) == (None, True)
    assert would.message == 'Schrijver "Sanne de Wit" wordt als nieuwe persoon aangemaakt.'
    assert not Person.objects.exists()

    unknown = matcher.person_for_login("piet")
    assert (unknown.person, unknown.how) == (None, taxonomy.NOT_FOUND)
    assert unknown.message == (
        'De schrijver "piet" staat niet in de export. Geen schrijver gekozen.'
    )
    nameless = matcher.person_for(author(email="", display_name="", login=""))
    assert (nameless.person, nameless.how) == (None, taxonomy.NOT_FOUND)


def test_records_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        taxonomy.publish_decision(post(), now=NOW).action = "x"
