"""Editing through the Wagtail admin: Redactie writes and submits, Hoofdredactie approves
and publishes, scheduled pages go live on time, and the public site only shows what is
published."""

import contextlib
import datetime as dt
from unittest import mock

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Revision, WorkflowState
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from cms.models import NewsPage, SiteSettings
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index():
    return f.news_index()


@pytest.fixture
def redacteur():
    return f.redacteur()


@pytest.fixture
def hoofdredacteur():
    return f.hoofdredacteur()


def news_form_data(action, title="Buren helpen buren", slug="buren-helpen-buren", **extra):
    """POST data of the NewsPage add/edit form, as the admin's own form sends it."""
    data = {
        "title": title,
        "slug": slug,
        "date": "2026-11-02",
        "intro": "Het Burennetwerk zoekt nieuwe vrijwilligers in Almere Haven.",
        "body": streamfield(
            [
                ("heading", {"text": "Meedoen?", "level": "h2"}),
                ("paragraph", rich_text("<p>Bel ons gerust. Een kopje koffie is genoeg.</p>")),
            ]
        ),
        "tags": "burenhulp",
        "comments": inline_formset([]),
        "seo_title": "",
        "search_description": "",
        "listing_title": "",
        "listing_summary": "",
        **extra,
    }
    data = nested_form_data(data)
    data[f"action-{action}"] = "1"
    return data


def add_url(index):
    return reverse("wagtailadmin_pages:add", args=("cms", "newspage", index.pk))


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def create_news_through_admin(client, index, action, **extra):
    response = client.post(add_url(index), news_form_data(action, **extra))
    assert response.status_code == 302, response.content.decode()[:2000]
    return NewsPage.objects.get(slug=extra.get("slug", "buren-helpen-buren"))


def approve(client, page):
    workflow_state = WorkflowState.objects.for_instance(page).get(
        status=WorkflowState.STATUS_IN_PROGRESS
    )
    task_state = workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))
    return client.post(url, {"comment": "Prima stuk, gaat online."})


# Create, draft, submit, approve -------------------------------------------------------


def test_redacteur_saves_a_draft_that_the_public_site_does_not_show(client, news_index, redacteur):
    client.force_login(redacteur)

    page = create_news_through_admin(client, news_index, "save-draft")

    assert not page.live
    assert page.has_unpublished_changes
    latest = page.get_latest_revision_as_object()
    assert "Bel ons gerust." in latest.body[1].value.source
    client.logout()
    assert client.get("/nieuws/buren-helpen-buren/").status_code == 404


def test_redacteur_submits_for_moderation_and_cannot_publish(client, news_index, redacteur):
    client.force_login(redacteur)

    page = create_news_through_admin(client, news_index, "submit")

    workflow_state = WorkflowState.objects.for_instance(page).get()
    assert workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert workflow_state.workflow.name == "Goedkeuring door de hoofdredactie"
    assert workflow_state.requested_by == redacteur
    assert not page.permissions_for_user(redacteur).can_publish()

    # The edit view offers no publish button, and pressing "publish" anyway publishes nothing.
    edit_page = client.get(edit_url(page))
    assert edit_page.status_code == 200
    assert 'name="action-publish"' not in edit_page.content.decode()
    client.post(edit_url(page), news_form_data("publish", title="Toch gepubliceerd?"))
    page.refresh_from_db()
    assert not page.live
    client.logout()
    assert client.get("/nieuws/buren-helpen-buren/").status_code == 404


def test_redacteur_cannot_approve_their_own_submission(client, news_index, redacteur):
    client.force_login(redacteur)
    page = create_news_through_admin(client, news_index, "submit")

    approve(client, page)

    page.refresh_from_db()
    assert not page.live
    state = WorkflowState.objects.for_instance(page).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS


def test_hoofdredacteur_approves_and_the_page_goes_live(
    client, news_index, redacteur, hoofdredacteur
):
    client.force_login(redacteur)
    page = create_news_through_admin(client, news_index, "submit")

    client.force_login(hoofdredacteur)
    response = approve(client, page)

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    assert WorkflowState.objects.for_instance(page).get().status == WorkflowState.STATUS_APPROVED
    client.logout()
    public = client.get("/nieuws/buren-helpen-buren/")
    assert public.status_code == 200
    assert "Bel ons gerust." in public.content.decode()


def test_hoofdredacteur_can_reject_and_the_page_stays_offline(
    client, news_index, redacteur, hoofdredacteur
):
    client.force_login(redacteur)
    page = create_news_through_admin(client, news_index, "submit")
    state = WorkflowState.objects.for_instance(page).get()

    client.force_login(hoofdredacteur)
    client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=(page.pk, "reject", state.current_task_state.pk),
        ),
        {"comment": "Graag korter."},
    )

    page.refresh_from_db()
    assert not page.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_hoofdredacteur_publishes_directly(client, news_index, hoofdredacteur):
    client.force_login(hoofdredacteur)

    page = create_news_through_admin(client, news_index, "publish")

    assert page.live
    client.logout()
    assert client.get("/nieuws/buren-helpen-buren/").status_code == 200


# Scheduled publishing -----------------------------------------------------------------


@contextlib.contextmanager
def clock_moved_forward(delta):
    """Let Django and Wagtail believe `delta` has passed (they all ask timezone.now())."""
    later = timezone.now() + delta
    with mock.patch("django.utils.timezone.now", return_value=later):
        yield


def test_page_scheduled_for_the_future_goes_live_when_publish_scheduled_runs(
    client, news_index, hoofdredacteur
):
    client.force_login(hoofdredacteur)
    go_live = timezone.localtime() + dt.timedelta(days=2)

    page = create_news_through_admin(
        client, news_index, "publish", go_live_at=go_live.strftime("%Y-%m-%d %H:%M")
    )

    assert not page.live
    revision = Revision.page_revisions.get(
        object_id=str(page.pk), approved_go_live_at__isnull=False
    )
    client.logout()
    assert client.get("/nieuws/buren-helpen-buren/").status_code == 404

    call_command("publish_scheduled", verbosity=0)
    page.refresh_from_db()
    assert not page.live, "not yet: the time has not come"

    assert revision.approved_go_live_at > timezone.now()
    with clock_moved_forward(dt.timedelta(days=2, minutes=1)):
        call_command("publish_scheduled", verbosity=0)

    page.refresh_from_db()
    assert page.live
    assert client.get("/nieuws/buren-helpen-buren/").status_code == 200


def test_approved_submission_with_a_future_date_waits_for_its_time(
    client, news_index, redacteur, hoofdredacteur
):
    client.force_login(redacteur)
    go_live = timezone.localtime() + dt.timedelta(hours=3)
    page = create_news_through_admin(
        client, news_index, "submit", go_live_at=go_live.strftime("%Y-%m-%d %H:%M")
    )

    client.force_login(hoofdredacteur)
    approve(client, page)

    page.refresh_from_db()
    assert not page.live
    assert Revision.page_revisions.filter(
        object_id=str(page.pk), approved_go_live_at__isnull=False
    ).exists()
    with clock_moved_forward(dt.timedelta(hours=3, minutes=1)):
        call_command("publish_scheduled", verbosity=0)
    page.refresh_from_db()
    assert page.live


# The public site shows only what is published ------------------------------------------


def test_draft_edit_of_a_live_page_leaves_the_public_page_unchanged_until_published(
    client, news_index, hoofdredacteur
):
    page = f.news_item(news_index, title="Oude titel", slug="buren-helpen-buren")
    client.force_login(hoofdredacteur)

    client.post(edit_url(page), news_form_data("save-draft", title="Nieuwe titel"))

    client.logout()
    public = client.get("/nieuws/buren-helpen-buren/")
    assert public.status_code == 200
    assert "Oude titel" in public.content.decode()
    assert "Nieuwe titel" not in public.content.decode()

    client.force_login(hoofdredacteur)
    client.post(edit_url(page), news_form_data("publish", title="Nieuwe titel"))
    client.logout()
    public = client.get("/nieuws/buren-helpen-buren/")
    assert "Nieuwe titel" in public.content.decode()


def test_unpublished_page_disappears_from_the_site(client, news_index, hoofdredacteur):
    page = f.news_item(news_index, slug="verdwijnt")
    assert client.get("/nieuws/verdwijnt/").status_code == 200
    client.force_login(hoofdredacteur)

    response = client.post(reverse("wagtailadmin_pages:unpublish", args=(page.pk,)))

    assert response.status_code == 302
    client.logout()
    assert client.get("/nieuws/verdwijnt/").status_code == 404


# Who may change settings and redirects ---------------------------------------------------


def settings_url():
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    return reverse("wagtailsettings:edit", args=("cms", "sitesettings", site.pk))


def test_redactie_cannot_open_site_settings_or_redirects(client, redacteur):
    client.force_login(redacteur)

    for url in (settings_url(), reverse("wagtailredirects:index"), reverse("wagtailredirects:add")):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert response["Location"] == reverse("wagtailadmin_home")


def test_redactie_cannot_change_site_settings_by_posting(client, redacteur):
    client.force_login(redacteur)

    client.post(settings_url(), {"organisation_name": "Gekaapt", "city": "Almere"})

    assert SiteSettings.objects.filter(organisation_name="Gekaapt").count() == 0


def test_hoofdredactie_can_open_site_settings_and_redirects(client, hoofdredacteur):
    client.force_login(hoofdredacteur)

    for url in (settings_url(), reverse("wagtailredirects:index"), reverse("wagtailredirects:add")):
        assert client.get(url).status_code == 200, url


def test_hoofdredactie_creates_a_redirect_in_the_admin(client, hoofdredacteur, news_index):
    from wagtail.contrib.redirects.models import Redirect

    client.force_login(hoofdredacteur)

    response = client.post(
        reverse("wagtailredirects:add"),
        {
            "old_path": "/oud-nieuws/",
            "site": "",
            "is_permanent": "on",
            "redirect_to": "",
            "redirect_page": str(news_index.pk),
        },
    )

    assert response.status_code == 302
    assert Redirect.objects.filter(old_path="/oud-nieuws").exists()


def test_anonymous_visitors_are_sent_to_the_admin_login(client):
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_both_groups_can_log_in_to_the_admin_dashboard(client, redacteur, hoofdredacteur):
    for account in (redacteur, hoofdredacteur):
        client.force_login(account)
        assert client.get(reverse("wagtailadmin_home")).status_code == 200
