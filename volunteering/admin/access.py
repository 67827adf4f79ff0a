"""Who may do what in the vacaturebank admin: the standard model permissions."""

from django.core.exceptions import PermissionDenied
from django.views.defaults import permission_denied

VIEW_VACANCIES = "volunteering.view_vacancy"
CHANGE_VACANCIES = "volunteering.change_vacancy"
VIEW_ORGANISATIONS = "volunteering.view_organisationaccount"
CHANGE_ORGANISATIONS = "volunteering.change_organisationaccount"
VIEW_REACTIONS = "volunteering.view_reaction"
CHANGE_REACTIONS = "volunteering.change_reaction"
VIEW_HELP_REQUESTS = "volunteering.view_helprequest"
CHANGE_HELP_REQUESTS = "volunteering.change_helprequest"

# A person's data (privacy): seeing and exporting needs both views; erasing both changes.
PRIVACY_VIEW = (VIEW_REACTIONS, VIEW_HELP_REQUESTS)
PRIVACY_ERASE = (CHANGE_REACTIONS, CHANGE_HELP_REQUESTS)


def may(user, *permissions):
    return bool(user.is_active and user.has_perms(permissions))


class PermissionRequiredMixin:
    """For the admin's own views: every permission in `required`, else a plain 403 (the
    admin would turn a raised PermissionDenied into a redirect to the dashboard, which
    hides from scripts and tests that the answer was no)."""

    required = ()

    def dispatch(self, request, *args, **kwargs):
        if not may(request.user, *self.required):
            return permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)


def menu_item_class(*permissions):
    """A menu item shown only to users with `permissions`."""
    from wagtail.admin.menu import MenuItem

    def is_shown(self, request):
        return may(request.user, *permissions)

    return type("VacaturebankMenuItem", (MenuItem,), {"is_shown": is_shown})
