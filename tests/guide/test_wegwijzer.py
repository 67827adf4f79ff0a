"""The wegwijzer (issue 16): walking the path through the link, branching, the result
with the offers that fit, and what the editor's draft does not change."""

import datetime as dt
from urllib.parse import parse_qsl, urlsplit

import pytest
from django.http import QueryDict

from tests import factories as f
from tests.guide import wegwijzer_factory as w

pytestmark = pytest.mark.django_db


@pytest.fixture
def themes():
    return w.themes()


@pytest.fixture
def kaart():
    from guide.models import SupportOfferIndexPage

    return f.add_page(f.home_page(), SupportOfferIndexPage, title="Sociale kaart", slug="hulp")


def offer(index, title, themes=(), **fields):
    from cms.models import Partner
    from guide.models import SupportOfferPage

    fields.setdefault("provider", Partner.objects.get_or_create(name="Buurtteam")[0])
    page = f.add_page(index, SupportOfferPage, title=title, publish_it=False, **fields)
    page.themes.set(themes)
    return f.publish(page)


def walk_of(page, query):
    from guide.wegwijzer import state

    return state.walk_request(page, QueryDict(query))


def follow(client, url, **params):
    """GET like the step form does, following the redirect after the last answer."""
    response = client.get(url, params)
    if response.status_code == 302:
        response = client.get(response["Location"])
    return response


# Path logic ----------------------------------------------------------------------------


def test_first_question_without_answers(themes):
    walk = walk_of(w.wegwijzer(), "")
    assert walk.current.value["key"] == "voor-wie"
    assert walk.steps == []
    assert walk.error == ""


def test_young_carer_branch_skips_the_balance_check(themes):
    page = w.wegwijzer()
    walk = walk_of(page, "voor-wie=kind&jong=ja")
    assert walk.current.value["key"] == "school"
    walk = walk_of(page, "voor-wie=kind&jong=ja&school=nee")
    # school leads straight to the wijk: the balance check and "hulp" are not asked.
    assert walk.current.value["key"] == "wijk"
    walk = walk_of(page, "voor-wie=kind&jong=ja&school=nee&wijk=geen")
    assert walk.finished
    selection = walk.selection()
    assert selection.themes == ["informatie", "jong", "praten"]
    assert selection.age_to == 24
    assert selection.age_from is None


def test_older_carer_goes_through_the_balance_check(themes):
    page = w.wegwijzer()
    walk = walk_of(page, "voor-wie=ouder&jong=nee")
    assert walk.current.value["key"] == "balans"
    walk = walk_of(page, "voor-wie=ouder&jong=nee&balans.1=ja&balans.2=beetje&balans.3=nee")
    assert walk.current.value["key"] == "hulp"
    assert walk.steps[-1].score == 2
    assert walk.steps[-1].band["title"] == "Het is zwaar"


def test_balance_scores_like_the_ediz(themes):
    page = w.wegwijzer()
    light = walk_of(page, "voor-wie=ouder&jong=nee&balans.1=nee&balans.2=beetje&balans.3=nee")
    assert light.steps[-1].score == 1
    assert light.steps[-1].band["title"] == "Het gaat goed"


def test_a_statement_left_empty_is_an_error(themes):
    walk = walk_of(w.wegwijzer(), "voor-wie=ouder&jong=nee&balans.1=ja&balans.3=nee")
    assert walk.current.value["key"] == "balans"
    assert walk.error
    assert walk.field_errors == [2]


def test_unknown_answer_is_an_error_not_a_crash(themes):
    walk = walk_of(w.wegwijzer(), "voor-wie=oma")
    assert walk.current.value["key"] == "voor-wie"
    assert "kennen we niet" in walk.error


def test_sent_without_an_answer_asks_for_one(themes):
    walk = walk_of(w.wegwijzer(), "voor-wie=ouder&stap=jong")
    assert walk.current.value["key"] == "jong"
    assert walk.error == "Kies eerst een antwoord."


def test_answers_off_the_walk_are_dropped_from_the_link(themes):
    page = w.wegwijzer()
    walk = walk_of(page, "voor-wie=ouder&jong=nee&school=nee&balans.1=nee&balans.2=nee"
                         "&balans.3=nee&hulp=rust&wijk=geen&onzin=1")  # fmt: skip
    assert walk.finished
    assert "school" not in dict(parse_qsl(walk.query()))
    assert "onzin" not in walk.query()


def test_changing_an_answer_keeps_the_later_ones(themes):
    page = w.wegwijzer()
    done = ("voor-wie=ouder&jong=nee&balans.1=nee&balans.2=nee&balans.3=nee"
            "&hulp=rust&hulp=praten&wijk=geen")  # fmt: skip
    walk = walk_of(page, done + "&vraag=voor-wie")
    assert walk.current.value["key"] == "voor-wie"
    assert walk.shown_values == ["ouder"]
    hidden = dict(walk.hidden_params())
    assert "voor-wie" not in hidden
    assert hidden["wijk"] == "geen"
    # Sent again with another answer: straight back to the result.
    assert walk_of(page, QueryDict(done).urlencode().replace("ouder", "kind")).finished


def test_multiple_answers_add_up(themes):
    page = w.wegwijzer()
    walk = walk_of(page, "voor-wie=ouder&jong=nee&balans.1=nee&balans.2=nee&balans.3=nee"
                         "&hulp=rust&hulp=praten&wijk=geen")  # fmt: skip
    assert walk.selection().themes == ["informatie", "respijt", "praten"]
    assert walk.selection().age_from == 25


def test_editor_cannot_link_back_up_the_path():
    from wagtail.blocks import StreamBlockValidationError

    from guide.models.path_blocks import PathBlock

    block = PathBlock()
    questions = [
        w.choice("een", "Eén?", [w.answer("A", "a"), w.answer("B", "b")]),
        w.choice("twee", "Twee?", [w.answer("A", "a", next_question="een"), w.answer("B", "b")]),
    ]
    value = block.to_python([{"type": t, "value": v} for t, v in questions])
    with pytest.raises(StreamBlockValidationError):
        block.clean(value)


def test_editor_cannot_link_to_a_missing_question():
    from wagtail.blocks import StreamBlockValidationError

    from guide.models.path_blocks import PathBlock

    questions = [w.choice("een", "Eén?", [w.answer("A", "a", next_question="nergens"),
                                          w.answer("B", "b")])]  # fmt: skip
    block = PathBlock()
    with pytest.raises(StreamBlockValidationError):
        block.clean(block.to_python([{"type": t, "value": v} for t, v in questions]))


# Pages ---------------------------------------------------------------------------------


YOUNG_DONE = {"voor-wie": "kind", "jong": "ja", "school": "nee"}


def test_walk_over_http_counts_once_and_sets_no_cookie(client, themes):
    from guide.models import AnswerCount

    page = w.wegwijzer()
    response = client.get("/wegwijzer/")
    assert response.status_code == 200
    assert "Voor wie zorgt u?" in response.content.decode()
    response = client.get("/wegwijzer/", {"voor-wie": "kind", "stap": "voor-wie"})
    assert "Bent u jonger dan 25?" in response.content.decode()
    assert 'name="voor-wie" value="kind"' in response.content.decode()

    response = client.get("/wegwijzer/", {**YOUNG_DONE, "wijk": "geen", "stap": "wijk"})
    assert response.status_code == 302
    location = response["Location"]
    assert "stap" not in location
    result = client.get(location)
    assert result.status_code == 200
    assert "Uw overzicht" in result.content.decode()
    assert not result.cookies
    assert not response.cookies
    client.get(location)  # reloading counts nothing
    walks = AnswerCount.objects.get(page=page, question="_pad")
    assert walks.count == 1
    assert page.pk


def test_empty_answer_is_a_400_with_a_message(client, themes):
    w.wegwijzer()
    response = client.get("/wegwijzer/", {"stap": "voor-wie"})
    assert response.status_code == 400
    assert "Kies eerst een antwoord." in response.content.decode()


def test_tampered_link_is_a_400_not_a_500(client, themes):
    w.wegwijzer()
    response = client.get("/wegwijzer/", {"voor-wie": "<script>", "jong": "misschien"})
    assert response.status_code == 400
    assert "<script>" not in response.content.decode()


def test_result_groups_by_need_vmca_first_and_leaves_out_what_does_not_fit(
    client, themes, kaart, now
):
    haven = f.wijk("Almere Haven", slug="haven")
    buiten = f.wijk("Almere Buiten", slug="buiten")
    offer(kaart, "Jongerengroep", [themes["jong"]], max_age=24)
    offer(kaart, "Praatgroep Buiten", [themes["praten"]], wijk=buiten)
    offer(kaart, "Praatgroep Haven", [themes["praten"]], wijk=haven)
    offer(kaart, "Consulent VMCA", [themes["praten"]], vmca_service=True)
    offer(kaart, "Voor volwassenen", [themes["jong"]], min_age=30)
    offer(kaart, "Verlopen", [themes["jong"]], expire_at=now - dt.timedelta(hours=1))
    w.wegwijzer()

    result = follow(client, "/wegwijzer/", **YOUNG_DONE, wijk="haven", stap="wijk")

    groups = {g.theme.slug: [o.title for o in g.offers] for g in result.context["result"].groups}
    assert groups["jong"] == ["Jongerengroep"]
    assert groups["praten"] == ["Consulent VMCA", "Praatgroep Haven"]
    html = result.content.decode()
    assert "Praatgroep Buiten" not in html
    assert "Voor volwassenen" not in html
    assert "Verlopen" not in html


def test_band_offer_is_recommended_on_top(client, themes, kaart):
    consulent = offer(kaart, "Gesprek met een consulent", [themes["informatie"]])
    w.wegwijzer(questions=w.standard_path(heavy_offer=consulent))
    result = follow(client, "/wegwijzer/", **{"voor-wie": "ouder", "jong": "nee",
                    "balans.1": "ja", "balans.2": "ja", "balans.3": "ja", "hulp": "rust",
                    "wijk": "geen", "stap": "wijk"})  # fmt: skip
    assert [o.title for o in result.context["result"].chosen] == ["Gesprek met een consulent"]
    assert "Het is zwaar" in result.content.decode()
    # Shown once: not again under its need.
    informatie = result.context["result"].groups[0]
    assert informatie.offers == []


def test_result_queries_do_not_grow_with_offers(
    client, themes, kaart, django_assert_max_num_queries
):
    for number in range(12):
        offer(kaart, f"Hulp {number}", [themes["jong"], themes["praten"]])
    w.wegwijzer()
    url = "/wegwijzer/?" + "&".join(f"{k}={v}" for k, v in {**YOUNG_DONE, "wijk": "geen"}.items())
    client.get(url)  # warm the site's caches
    with django_assert_max_num_queries(20):
        response = client.get(url)
    groups = {group.theme.slug: group for group in response.context["result"].groups}
    assert len(groups["jong"].offers) == 3
    assert groups["jong"].total == 12
    # Each offer once: the other need shows the next ones.
    assert len(groups["praten"].offers) == 3
    assert not {o.pk for o in groups["jong"].offers} & {o.pk for o in groups["praten"].offers}


def test_draft_question_is_not_shown_until_published(client, themes):
    first = w.choice("voor-wie", "Voor wie zorgt u?", [w.answer("Ouder", "ouder"),
                                                       w.answer("Kind", "kind")])  # fmt: skip
    page = w.wegwijzer(questions=[first])
    page.questions = f.stream(
        w.choice(
            "voor-wie", "Voor wie zorgt u?", [w.answer("Ouder", "ouder"), w.answer("Kind", "kind")]
        ),
        w.choice("nieuw", "Een nieuwe vraag?", [w.answer("Ja", "ja"), w.answer("Nee", "nee")]),
    )
    page.save_revision()
    response = follow(client, "/wegwijzer/", **{"voor-wie": "ouder", "stap": "voor-wie"})
    assert "Een nieuwe vraag?" not in response.content.decode()
    assert "Uw overzicht" in response.content.decode()

    page.get_latest_revision().publish()
    response = client.get("/wegwijzer/", {"voor-wie": "ouder", "stap": "voor-wie"})
    assert "Een nieuwe vraag?" in response.content.decode()


def test_pdf_of_the_result(client, themes, kaart):
    offer(kaart, "Jongerengroep", [themes["jong"]])
    w.wegwijzer()
    query = "&".join(f"{k}={v}" for k, v in {**YOUNG_DONE, "wijk": "geen"}.items())
    response = client.get(f"/wegwijzer/pdf/?{query}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_pdf_of_an_unfinished_walk_goes_back_to_the_path(client, themes):
    w.wegwijzer()
    response = client.get("/wegwijzer/pdf/?voor-wie=kind")
    assert response.status_code == 302
    assert urlsplit(response["Location"]).path == "/wegwijzer/"


def test_mail_the_result_to_yourself(client, themes, kaart, mailoutbox):
    offer(kaart, "Jongerengroep", [themes["jong"]], phone="036 000 11 22")
    w.wegwijzer()
    query = "&".join(f"{k}={v}" for k, v in {**YOUNG_DONE, "wijk": "geen"}.items())
    form = client.get(f"/wegwijzer/mailen/?{query}")
    assert form.status_code == 200
    response = client.post(f"/wegwijzer/mailen/?{query}", {"email": "sam@example.org"})
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == ["sam@example.org"]
    assert "Jongerengroep" in mail.body
    assert "036 000 11 22" in mail.body
    assert "http://testserver/wegwijzer/?" in mail.body
    thanks = client.get(response["Location"])
    assert "Verstuurd" in thanks.content.decode()


def test_mail_with_a_bad_address_is_a_400(client, themes, mailoutbox):
    w.wegwijzer()
    query = "&".join(f"{k}={v}" for k, v in {**YOUNG_DONE, "wijk": "geen"}.items())
    response = client.post(f"/wegwijzer/mailen/?{query}", {"email": "geen-adres"})
    assert response.status_code == 400
    assert "Dit e-mailadres klopt niet" in response.content.decode()
    assert mailoutbox == []


def test_offer_on_two_needs_shows_under_the_first_need_chosen(client, themes, kaart):
    # "A" sorts first by title, so database order alone would put it under either need.
    offer(kaart, "A: groep voor jonge mantelzorgers", [themes["praten"], themes["jong"]])
    w.wegwijzer()
    result = follow(client, "/wegwijzer/", **YOUNG_DONE, wijk="geen", stap="wijk")
    groups = {g.theme.slug: [o.title for o in g.offers] for g in result.context["result"].groups}
    assert groups["jong"] == ["A: groep voor jonge mantelzorgers"]
    assert groups["praten"] == []


def test_mail_form_is_rate_limited_and_ignores_bots(client, themes, mailoutbox, settings):
    settings.GUIDE_FORM_RATE = "2/10m"
    w.wegwijzer()
    query = "&".join(f"{k}={v}" for k, v in {**YOUNG_DONE, "wijk": "geen"}.items())
    url = f"/wegwijzer/mailen/?{query}"
    bot = client.post(url, {"email": "bot@example.org", "website": "http://spam.example"})
    assert bot.status_code == 302
    assert mailoutbox == []
    for _ in range(2):
        assert client.post(url, {"email": "sam@example.org"}).status_code == 302
    response = client.post(url, {"email": "sam@example.org"})
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "Probeer het over" in response.content.decode()
    assert len(mailoutbox) == 2
