"""The admin of cms: the reference data (one "Bibliotheek" menu item with its snippets),
two-factor authentication, and the WordPress-import in Instellingen."""

from django.contrib.auth.models import Permission
from django.http import HttpResponseNotAllowed
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.contrib.forms.models import FormMixin
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import twofactor
from .models import Audience, Partner, Person, Theme, Wijk
from .wordpress import admin_views as wordpress_admin


class WijkFilterSet(WagtailFilterSet):
    class Meta:
        model = Wijk
        fields = ["district"]


class WijkViewSet(SnippetViewSet):
    model = Wijk
    icon = "site"
    menu_label = _("Wijken")
    list_display = ["name", "district"]
    filterset_class = WijkFilterSet
    search_fields = ["name"]
    ordering = ["district__name", "name"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Thema's")
    list_display = ["name", "name_en", "slug"]
    search_fields = ["name", "name_en"]


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    menu_label = _("Doelgroepen")
    list_display = ["name", "name_en", "slug"]


class PersonFilterSet(WagtailFilterSet):
    class Meta:
        model = Person
        fields = ["is_trainer"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("Personen")
    list_display = ["full_name", "job_title", "is_trainer"]
    filterset_class = PersonFilterSet
    search_fields = ["first_name", "last_name", "job_title"]


class PartnerFilterSet(WagtailFilterSet):
    class Meta:
        model = Partner
        fields = ["sav_member", "wijk"]


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "globe"
    menu_label = _("Organisaties")
    list_display = ["name", "wijk", "sav_member"]
    filterset_class = PartnerFilterSet
    search_fields = ["name"]


class LibraryViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Bibliotheek")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (ThemeViewSet, AudienceViewSet, WijkViewSet, PersonViewSet, PartnerViewSet)


register_snippet(LibraryViewSetGroup)


@hooks.register("filter_form_submissions_for_user")
def submissions_only_for_permitted_staff(user, editable_forms):
    """Contact form submissions hold personal data: only staff with the permission see them."""
    if user.has_perm("cms.view_contact_submissions"):
        return editable_forms
    return editable_forms.none()


@hooks.register("before_serve_page")
def refuse_methods_pages_do_not_handle(page, request, serve_args, serve_kwargs):
    """Pages are read with GET; only forms (and pages whose routes serve a form, marked
    `takes_form_posts`) also take POST. Anything else is a 405."""
    takes_post = isinstance(page, FormMixin) or getattr(page, "takes_form_posts", False)
    allowed = ["GET", "HEAD", "POST"] if takes_post else ["GET", "HEAD"]
    if request.method not in allowed:
        return HttpResponseNotAllowed(allowed)
    return None


# Two-factor authentication: a panel and a link on the admin's account page.
hooks.register("register_account_menu_item", twofactor.account_menu_item)
hooks.register("register_account_settings_panel", twofactor.TwoFactorSettingsPanel)


# WordPress-import (issue 19) in Instellingen: only for who may import (admin_views).
@hooks.register("register_admin_urls")
def register_wordpress_import_urls():
    return wordpress_admin.admin_urls()


class WordPressImportMenuItem(MenuItem):
    def is_shown(self, request):
        return wordpress_admin.may_import(request.user)


@hooks.register("register_settings_menu_item")
def register_wordpress_import_menu_item():
    return WordPressImportMenuItem(
        _("WordPress-import"), reverse("wordpress_import"), icon_name="download", order=900
    )


@hooks.register("register_permissions")
def register_wordpress_import_permission():
    return Permission.objects.filter(content_type__app_label="cms", codename="add_wordpressimport")
