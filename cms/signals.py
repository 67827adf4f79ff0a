"""Keep caches honest: anything the public can see changed, so raise the content version."""

from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .cache import bump_content_version
from .models import Audience, Partner, Person, SiteSettings, Theme, Wijk

UID = "cms-content-version"

for signal in (page_published, page_unpublished, post_page_move):
    signal.connect(bump_content_version, dispatch_uid=f"{UID}-{id(signal)}")

post_delete.connect(bump_content_version, sender=Page, dispatch_uid=f"{UID}-page-delete")

for model in (
    Audience,
    Partner,
    Person,
    SiteSettings,
    Theme,
    Wijk,
    Site,
    Locale,
    # Making a section private or public again changes what listings and pages show.
    PageViewRestriction,
    get_image_model(),
    get_document_model(),
):
    post_save.connect(
        bump_content_version, sender=model, dispatch_uid=f"{UID}-save-{model._meta.label}"
    )
    post_delete.connect(
        bump_content_version, sender=model, dispatch_uid=f"{UID}-delete-{model._meta.label}"
    )
