"""Admin for the Vrijwilligersacademie: one 'Academie' menu (see academy.admin)."""

from wagtail import hooks

from .admin.viewsets import AcademyViewSetGroup


@hooks.register("register_admin_viewset")
def register_academy_admin():
    return AcademyViewSetGroup()
