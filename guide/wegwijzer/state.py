"""A request's walk through a wegwijzer page: the one place that reads the answers from
the link (`path.walk`) with the districts it may name."""

from cms.models import Wijk

from . import path


def districts():
    """{slug: name} of Almere's districts (wijken without a parent), in name order."""
    return dict(
        Wijk.objects.filter(district__isnull=True).order_by("name").values_list("slug", "name")
    )


def walk_request(page, params, district_names=None):
    """The walk for these answers (a QueryDict, usually request.GET)."""
    names = districts() if district_names is None else district_names
    return path.walk(page.questions, params, names)
