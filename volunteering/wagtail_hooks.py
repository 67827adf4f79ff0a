"""Admin for the vacaturebank: one 'Vacaturebank' menu (see volunteering.admin)."""

from wagtail import hooks

from .admin.viewsets import VacaturebankViewSetGroup
from .services import staff_log


@hooks.register("register_admin_viewset")
def register_vacaturebank_admin():
    return VacaturebankViewSetGroup()


@hooks.register("register_log_actions")
def register_vacaturebank_log_actions(actions):
    staff_log.register_actions(actions)
