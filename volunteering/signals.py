"""Keep the page cache honest: a vacancy or an organisation's standing changed."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from cms.cache import bump_content_version

from .models import OrganisationAccount, Vacancy

UID = "volunteering-content-version"

for model in (Vacancy, OrganisationAccount):
    post_save.connect(
        bump_content_version, sender=model, dispatch_uid=f"{UID}-save-{model._meta.label}"
    )
    post_delete.connect(
        bump_content_version, sender=model, dispatch_uid=f"{UID}-delete-{model._meta.label}"
    )
for through in (Vacancy.themes.through, Vacancy.audiences.through):
    m2m_changed.connect(bump_content_version, sender=through, dispatch_uid=f"{UID}-{through}")
