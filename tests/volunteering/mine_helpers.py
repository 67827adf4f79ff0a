"""Shared set-up for the Mijn organisatie tests: a signed-in member and a valid vacancy."""

from tests.volunteering import builders as b


def member_of(client, status="goedgekeurd", **fields):
    """A signed-in person who acts for a new organisation; returns (user, organisation)."""
    person = b.user()
    organisation = b.organisation(status=status, members=[person], **fields)
    client.force_login(person)
    return person, organisation


def vacancy_post(**overrides):
    """A complete vacancy form as the browser sends it."""
    data = {
        "title": "Maatje voor een oudere",
        "summary": "Een uur per week samen koffie drinken.",
        "tasks": "U bezoekt een oudere in de wijk.",
        "offer": "Een goede inwerkperiode.",
        "training": "on",
        "vog": "organisatie",
        "commitment": "vast",
        "hours_per_week": "2",
        "days": ["1", "4"],
        "day_parts": ["2"],
        "street_address": "Stadhuisplein 1",
        "postcode": "1315 HR",
        "places": "2",
        "contact_name": "Sanne de Vries",
        "contact_email": "sanne@organisatie.example",
        "contact_phone": "036 123 4567",
        "start_date": "",
        "end_date": "",
        "action": "draft",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
