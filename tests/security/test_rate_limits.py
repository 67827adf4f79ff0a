"""Forms anyone can post are rate-limited: the contact form per address, sign-ups for
trainings per signed-in person. Past the limit: 429 with a plain message, nothing saved."""

import pytest
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission

from academy.models import Registration
from tests import factories as f
from tests.academy.conftest import catalogue, edition, user_with_participant

pytestmark = pytest.mark.django_db

MESSAGE = {
    "naam": "Anna de Boer",
    "e_mailadres": "anna@example.org",
    "vraag": "Kunt u mij bellen over vrijwilligerswerk?",
}


def test_contact_form_refuses_a_flood_from_one_address_and_keeps_what_was_typed(client, settings):
    settings.CONTACT_FORM_RATE = "2/10m"
    f.contact_page(title="Contact", slug="contact")

    answers = [client.post("/contact/", MESSAGE).status_code for _ in range(3)]

    assert answers == [200, 200, 429]
    refused = client.post("/contact/", MESSAGE)
    html = refused.content.decode()
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    assert "U hebt net al een paar berichten gestuurd." in html
    assert "Kunt u mij bellen over vrijwilligerswerk?" in html  # nothing typed is lost
    assert FormSubmission.objects.count() == 2


def test_contact_form_counts_each_address_on_its_own(client, settings):
    settings.CONTACT_FORM_RATE = "1/10m"
    f.contact_page(title="Contact", slug="contact")

    first = client.post("/contact/", MESSAGE, REMOTE_ADDR="192.0.2.10")
    other = client.post("/contact/", MESSAGE, REMOTE_ADDR="192.0.2.11")

    assert (first.status_code, other.status_code) == (200, 200)


def test_behind_a_trusted_proxy_the_forwarded_client_is_counted(client, settings):
    settings.CONTACT_FORM_RATE = "1/10m"
    settings.TRUSTED_PROXY_COUNT = 1
    f.contact_page(title="Contact", slug="contact")
    proxy = {"REMOTE_ADDR": "10.0.0.2"}

    first = client.post("/contact/", MESSAGE, HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy)
    other = client.post("/contact/", MESSAGE, HTTP_X_FORWARDED_FOR="198.51.100.8", **proxy)
    again = client.post("/contact/", MESSAGE, HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy)

    assert (first.status_code, other.status_code, again.status_code) == (200, 200, 429)


def test_enrolling_again_and_again_is_refused_per_person(client, settings):
    settings.ACADEMY_ENROL_RATE = "2/h"
    catalogue()
    editions = [edition(capacity=5) for _ in range(3)]
    user, person = user_with_participant()
    client.force_login(user)

    answers = [
        client.post(reverse("academy:enrol", args=[ed.pk]), {}).status_code for ed in editions
    ]

    assert answers == [302, 302, 429]
    assert Registration.objects.filter(participant=person).count() == 2
    refused = client.post(reverse("academy:enrol", args=[editions[2].pk]), {})
    assert "U hebt zich net vaak aangemeld." in refused.content.decode()

    someone_else, _ = user_with_participant()
    client.force_login(someone_else)
    assert client.post(reverse("academy:enrol", args=[editions[2].pk]), {}).status_code == 302
