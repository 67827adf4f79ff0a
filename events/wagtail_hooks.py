from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import EventKind


class EventKindViewSet(SnippetViewSet):
    model = EventKind
    icon = "date"
    menu_label = _("Soorten activiteiten")
    list_display = ["name", "name_en", "slug"]


register_snippet(EventKindViewSet)
