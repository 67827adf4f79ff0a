"""Pages that editions belong to cannot be deleted in the admin; say which editions.

An edition points to its course page or event page with PROTECT: its registrations,
payments, invoices and certificates must stay. Deleting such a page, or a page above it
(the Vrijwilligersacademie, the agenda), would end in a ProtectedError, a 500. So the admin
looks first and explains instead: in a page's delete view (Wagtail's before_delete_page
hook, on the confirmation and on POST) and in the page explorer's bulk delete (Wagtail's
own bulk action, with the same check added). Unpublishing stays possible and is what the
explanation suggests.
"""

from django.db.models import Q
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction

from ..models import Edition
from .views import edition_url

NAMED_AT_MOST = 5


def editions_under(pages):
    """The editions of these pages and of every page below them."""
    in_subtree = Q(pk__in=[])  # matches nothing: where the OR below starts
    for page in pages:
        in_subtree |= Q(course__path__startswith=page.path)
        in_subtree |= Q(event_page__path__startswith=page.path)
    return Edition.objects.filter(in_subtree).select_related("course", "event_page")


def pages_in_the_way(pages, editions):
    """Those of `pages` that have one of the editions on or below them."""
    owners = [edition.owner_page for edition in editions]
    return [page for page in pages if any(o.path.startswith(page.path) for o in owners)]


def blocked_message(pages, editions):
    """One Dutch sentence for a message: which pages, how many editions, the first few."""
    count = len(editions)
    names = ", ".join(str(edition) for edition in editions[:NAMED_AT_MOST])
    if count > NAMED_AT_MOST:
        names += " " + _("en nog %(number)s andere") % {"number": count - NAMED_AT_MOST}
    titles = ", ".join(f"'{page.get_admin_display_title()}'" for page in pages)
    return ngettext(
        "%(pages)s kunt u niet verwijderen: er hoort nog %(count)s editie bij "
        "(%(names)s). Moet de pagina van de website af? Kies dan 'Publicatie intrekken'.",
        "%(pages)s kunt u niet verwijderen: er horen nog %(count)s edities bij "
        "(%(names)s). Moet de pagina van de website af? Kies dan 'Publicatie intrekken'.",
        count,
    ) % {"pages": titles, "count": count, "names": names}


@hooks.register("before_delete_page")
def explain_editions_in_the_way(request, page):
    """Instead of the confirmation (GET) and instead of deleting (POST): the explanation."""
    editions = list(editions_under([page]))
    if not editions:
        return None
    return TemplateResponse(
        request,
        "academy/admin/page_delete_blocked.html",
        {
            "page": page,
            "page_title": _("Verwijderen"),
            "page_subtitle": page.get_admin_display_title(),
            "header_icon": "doc-empty-inverse",
            "editions": [
                (edition, edition_url("registrations", edition.pk))
                for edition in editions[:NAMED_AT_MOST]
            ],
            "count": len(editions),
            "more": max(0, len(editions) - NAMED_AT_MOST),
        },
    )


class DeletePagesKeepingEditions(DeleteBulkAction):
    """Wagtail's bulk delete of pages, which deletes nothing of the selection while one
    of its pages has editions: the confirmation says so and offers no delete button."""

    template_name = "academy/admin/confirm_bulk_delete_pages.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        pages = [item["item"] for item in context["items"]]
        editions = list(editions_under(pages))
        if editions:
            # Wagtail's own flag for "something prevents deleting": no delete button.
            context["is_protected"] = True
            context["editions_message"] = blocked_message(
                pages_in_the_way(pages, editions), editions
            )
        return context

    def prepare_action(self, objects, objects_without_access):
        # Before Wagtail's own check, which refuses a page an edition points to directly
        # with a bare "permission denied".
        editions = list(editions_under(objects))
        if editions:
            messages.error(
                self.request, blocked_message(pages_in_the_way(objects, editions), editions)
            )
            return redirect(self.next_url)
        return super().prepare_action(objects, objects_without_access)


# After Wagtail's own registration (order 0), so this one takes the "delete" action of pages.
hooks.register("register_bulk_action", DeletePagesKeepingEditions, order=1)
