"""Checking the sociale kaart: which offers are due, asking a provider by mail,
confirming through the link, and the demo."""

import datetime as dt
import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from cms.models import Partner
from guide import services
from guide.models import SupportOfferIndexPage, SupportOfferPage
from guide.review import due_for_review_q, months_before
from tests import factories as f

pytestmark = pytest.mark.django_db


def sociale_kaart():
    home = f.home_page()
    existing = SupportOfferIndexPage.objects.child_of(home).first()
    return existing or f.add_page(
        home, SupportOfferIndexPage, title="Sociale kaart", slug="sociale-kaart"
    )


def provider(email="aanbieder@organisatie.example"):
    return Partner.objects.create(name=f"Stichting Hulp {Partner.objects.count()}", email=email)


def offer(last_checked=None, publish_it=True, **fields):
    fields.setdefault("provider", provider())
    return f.add_page(
        sociale_kaart(), SupportOfferPage, publish_it=publish_it, last_checked=last_checked,
        **fields,
    )  # fmt: skip


def due_titles(now):
    return set(
        SupportOfferPage.objects.filter(due_for_review_q(now)).values_list("title", flat=True)
    )


# The rule ---------------------------------------------------------------------------


def test_months_before_keeps_to_the_end_of_a_short_month():
    assert months_before(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert months_before(dt.date(2026, 1, 15), 12) == dt.date(2025, 1, 15)


def test_due_after_twelve_months_not_on_the_day(now):
    today = timezone.localdate(now)
    year_ago = months_before(today, 12)
    offer(title="Precies een jaar", last_checked=year_ago)
    offer(title="Een dag langer", last_checked=year_ago - dt.timedelta(days=1))
    offer(title="Vorige maand", last_checked=today - dt.timedelta(days=30))
    offer(title="Nooit gecontroleerd", last_checked=None)
    offer(title="Concept", last_checked=None, publish_it=False)
    assert due_titles(now) == {"Een dag langer", "Nooit gecontroleerd"}


def test_the_period_is_a_setting(now, settings):
    settings.GUIDE_REVIEW_MONTHS = 6
    offer(title="Zeven maanden", last_checked=months_before(timezone.localdate(now), 7))
    assert due_titles(now) == {"Zeven maanden"}


# The admin list ---------------------------------------------------------------------


def test_report_lists_due_offers_with_edit_link(client, now):
    old = offer(title="Oud aanbod", last_checked=timezone.localdate(now) - dt.timedelta(days=400))
    offer(title="Nieuw aanbod", last_checked=timezone.localdate(now))
    client.force_login(f.superuser())
    response = client.get(reverse("guide_review"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Oud aanbod" in html
    assert "Nieuw aanbod" not in html
    assert reverse("wagtailadmin_pages:edit", args=[old.pk]) in html
    assert "Vraag de aanbieder om te bevestigen" in html
    export = client.get(reverse("guide_review") + "?export=csv")
    assert "Oud aanbod" in b"".join(export.streaming_content).decode()


def test_asking_needs_the_edit_permission(client, now):
    item = offer(title="Oud aanbod")
    staff = f.user(is_staff=True)
    from django.contrib.auth.models import Permission

    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(staff)
    response = client.post(reverse("guide_review_ask", args=[item.pk]))
    assert response.status_code == 403
    assert mail.outbox == []


# Asking by mail and confirming -------------------------------------------------------


def test_asking_mails_the_provider_a_link(client, django_capture_on_commit_callbacks, now):
    item = offer(title="Maatje voor mantelzorgers", provider=provider("info@hulp.example"))
    client.force_login(f.superuser())
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("guide_review_ask", args=[item.pk]))
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["info@hulp.example"]
    assert "Maatje voor mantelzorgers" in message.subject
    assert "/sociale-kaart/bevestigen/" in message.body
    assert re.search(r"https?://\S+/sociale-kaart/bevestigen/\S+/", message.body)


def test_offer_email_is_used_without_a_provider_address(django_capture_on_commit_callbacks, now):
    item = offer(provider=provider(email=""), email="aanbod@hulp.example")
    with django_capture_on_commit_callbacks(execute=True):
        services.ask_provider_to_confirm(item, by=None, now=now)
    assert mail.outbox[0].to == ["aanbod@hulp.example"]


def test_confirming_publishes_todays_date(client, now):
    item = offer(last_checked=timezone.localdate(now) - dt.timedelta(days=500))
    revisions = item.revisions.count()
    url = reverse("guide:confirm_offer", args=[services.confirm_token(item, now=now)])
    assert client.get(url).status_code == 200
    response = client.post(url)
    assert response.status_code == 200
    item.refresh_from_db()
    assert item.last_checked == timezone.localdate(now)
    assert item.revisions.count() == revisions + 1
    assert item.live_revision == item.latest_revision
    assert item.latest_revision.as_object().last_checked == timezone.localdate(now)
    assert item.live_revision.user is None
    assert not SupportOfferPage.objects.filter(due_for_review_q(now), pk=item.pk).exists()


def test_confirming_leaves_a_draft_unpublished(now):
    item = offer(last_checked=timezone.localdate(now) - dt.timedelta(days=500))
    item.title = "Nieuwe titel in concept"
    item.save_revision()
    services.confirm_offer(services.confirm_token(item, now=now), now=now)
    item.refresh_from_db()
    assert item.last_checked == timezone.localdate(now)
    assert item.has_unpublished_changes
    assert item.title != "Nieuwe titel in concept"


def test_bad_token_is_400(client):
    response = client.get(reverse("guide:confirm_offer", args=["niet-goed"]))
    assert response.status_code == 400
    assert "Deze link werkt niet" in response.content.decode()


def test_expired_token_is_400(client, now):
    item = offer(last_checked=None)
    token = services.confirm_token(item, now=now - dt.timedelta(days=61))
    url = reverse("guide:confirm_offer", args=[token])
    assert client.get(url).status_code == 400
    assert client.post(url).status_code == 400
    item.refresh_from_db()
    assert item.last_checked is None


# The demo -------------------------------------------------------------------------


def test_demo_builds_a_full_map_twice(now):
    from guide.demo import GuideDemoBuilder

    admin = f.superuser()
    GuideDemoBuilder(admin=admin, now=now).build()
    offers = SupportOfferPage.objects.live()
    count = offers.count()
    GuideDemoBuilder(admin=admin, now=now).build()
    assert SupportOfferPage.objects.count() == count >= 40
    assert SupportOfferIndexPage.objects.get(locale__language_code="nl").slug == "sociale-kaart"
    assert offers.values("provider").distinct().count() >= 12
    districts = {
        (o.wijk.district or o.wijk).slug for o in offers.select_related("wijk__district") if o.wijk
    }
    assert districts >= {"stad", "haven", "buiten", "hout", "poort", "pampus"}
    assert offers.filter(wijk__isnull=True).exists()
    assert offers.filter(vmca_service=True).count() >= 3
    assert offers.filter(online=True).exists()
    assert offers.filter(referral_needed=True).exists()
    assert offers.exclude(walk_in_hours="").exists()
    assert offers.filter(max_age__lte=24).exists()
    due = offers.filter(due_for_review_q(now)).count()
    assert 0 < due < count
