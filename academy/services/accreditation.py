"""Which accreditation and which register number count for a registration.

One rule for the PE-online lists and for the certificates, so a person on the list for
a register always gets the certificate with that register's points, and the other way
round.
"""

from django.utils import timezone


def local_date(value):
    return timezone.localtime(value).date() if value else None


def covers(accreditation, first, last):
    """Is the accreditation valid on every day from `first` to `last`?"""
    if accreditation.valid_from and first and first < accreditation.valid_from:
        return False
    return not (accreditation.valid_until and last and last > accreditation.valid_until)


def accreditations_by_register(edition):
    """{register_id: CourseAccreditation} of the edition's course. Where a register has
    more than one (a renewed accreditation), the one valid on the edition's dates wins."""
    if edition.course_id is None:
        return {}
    first, last = local_date(edition.first_start), local_date(edition.last_end)
    chosen = {}
    accreditations = edition.course.accreditations.select_related("register")
    for accreditation in accreditations.order_by("sort_order", "pk"):
        current = chosen.get(accreditation.register_id)
        if current is None or (
            not covers(current, first, last) and covers(accreditation, first, last)
        ):
            chosen[accreditation.register_id] = accreditation
    return chosen


def register_number(registration):
    """The number given with the registration, else the one in the person's profile
    (prefetch participant__professional_registrations when doing this for many)."""
    if registration.register_number.strip():
        return registration.register_number.strip()
    for item in registration.participant.professional_registrations.all():
        if item.register_id == registration.register_id:
            return item.number.strip()
    return ""
