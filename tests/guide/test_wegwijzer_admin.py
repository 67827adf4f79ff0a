"""Editors build the wegwijzer in the Wagtail admin: a new path is published, a question
added as a draft stays off the site until it is published, and a broken link between
questions is refused with a message."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from guide.models import WegwijzerPage
from tests import factories as f

pytestmark = pytest.mark.django_db


def listblock(items):
    """Form data of a ListBlock, as the admin's own form sends it."""
    data = {"count": str(len(items))}
    for index, item in enumerate(items):
        data[str(index)] = {"value": item, "deleted": "", "order": str(index), "id": ""}
    return data


def answer(label, key="", themes=(), next_question="", offers=()):
    return {
        "label": label,
        "key": key,
        # A tuple: nested_form_data would number a list's items; checkboxes repeat the name.
        "themes": tuple(themes),
        "audiences": (),
        "offers": listblock([offer.pk for offer in offers]),
        "age_from": "",
        "age_to": "",
        "next_question": next_question,
    }


def question(key, text, answers):
    return ("vraag", {"key": key, "question": text, "help_text": "", "answers": listblock(answers)})


def form_data(action, questions):
    data = nested_form_data(
        {
            "title": "Wegwijzer",
            "slug": "wegwijzer",
            "intro": "Vind hulp die bij u past.",
            "body": streamfield([]),
            "questions": streamfield(questions),
            "result_intro": "Dit past bij u.",
            "callback_intro": "",
            "comments": inline_formset([]),
            "seo_title": "",
            "search_description": "",
            "listing_title": "",
            "listing_summary": "",
        }
    )
    data[f"action-{action}"] = "1"
    return data


FIRST = question(
    "voor-wie",
    "Voor wie zorgt u?",
    [answer("Mijn ouder", themes=["respijt"]), answer("Mijn kind", key="kind")],
)
SECOND = question("werk", "Hebt u betaald werk?", [answer("Ja"), answer("Nee")])


@pytest.fixture
def editor(client):
    user = f.hoofdredacteur()
    client.force_login(user)
    return user


@pytest.fixture
def themes():
    f.theme("Even rust", slug="respijt")


def add_url():
    return reverse("wagtailadmin_pages:add", args=("guide", "wegwijzerpage", f.home_page().pk))


def test_editor_builds_and_publishes_a_path(client, editor, themes):
    response = client.post(add_url(), form_data("publish", [FIRST]))
    assert response.status_code == 302, response.content.decode()[:3000]
    page = WegwijzerPage.objects.get(slug="wegwijzer")
    assert page.live
    answers = page.questions[0].value["answers"]
    # An answer without a short name gets one made from its text.
    assert [a["key"] for a in answers] == ["mijn-ouder", "kind"]
    assert answers[0]["themes"] == ["respijt"]

    client.logout()
    assert "Voor wie zorgt u?" in client.get("/wegwijzer/").content.decode()


def test_new_question_saved_as_draft_is_not_shown_until_published(client, editor, themes):
    client.post(add_url(), form_data("publish", [FIRST]))
    page = WegwijzerPage.objects.get(slug="wegwijzer")
    edit = reverse("wagtailadmin_pages:edit", args=(page.pk,))

    response = client.post(edit, form_data("save-draft", [FIRST, SECOND]))
    assert response.status_code == 302
    public = client.get("/wegwijzer/", {"voor-wie": "kind", "stap": "voor-wie"}, follow=True)
    assert "Hebt u betaald werk?" not in public.content.decode()

    preview = client.post(
        reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,)),
        form_data("save-draft", [FIRST, SECOND]),
    )
    assert preview.json()["is_valid"]

    client.post(edit, form_data("publish", [FIRST, SECOND]))
    public = client.get("/wegwijzer/", {"voor-wie": "kind", "stap": "voor-wie"})
    assert "Hebt u betaald werk?" in public.content.decode()


def test_link_to_a_question_that_does_not_exist_is_refused(client, editor, themes):
    broken = question(
        "voor-wie",
        "Voor wie zorgt u?",
        [answer("Ouder", next_question="bestaat-niet"), answer("Kind")],
    )
    response = client.post(add_url(), form_data("publish", [broken]))
    assert response.status_code == 200
    assert "bestaat-niet" in response.content.decode()
    assert not WegwijzerPage.objects.exists()


def test_editor_chooses_an_offer_for_an_answer(client, editor, themes):
    from cms.models import Partner
    from guide.models import SupportOfferIndexPage, SupportOfferPage

    index = f.add_page(f.home_page(), SupportOfferIndexPage, title="Sociale kaart")
    provider = Partner.objects.create(name="VMCA")
    consulent = f.add_page(index, SupportOfferPage, title="Consulent", provider=provider)
    path = [question("voor-wie", "Voor wie zorgt u?",
                     [answer("Ouder", offers=[consulent]), answer("Kind")])]  # fmt: skip
    response = client.post(add_url(), form_data("publish", path))
    assert response.status_code == 302, response.content.decode()[:3000]
    page = WegwijzerPage.objects.get(slug="wegwijzer")
    assert list(page.questions[0].value["answers"][0]["offers"]) == [consulent.pk]
    # The editor opens the page again: the chooser shows the offer.
    edit = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert edit.status_code == 200
    assert "Consulent" in edit.content.decode()

    client.logout()
    result = client.get("/wegwijzer/", {"voor-wie": "ouder", "stap": "voor-wie"}, follow=True)
    assert [offer.title for offer in result.context["result"].chosen] == ["Consulent"]
