""" "Bel-mij-verzoeken" in the admin: staff see who asked to be phoned back, newest first,
and record what they did (guide.callbacks.mark_callback writes who, when and the log).

Who may: the model's own permissions (guide.view_callbackrequest to see the list and a
request, guide.change_callbackrequest to update one). Requests come from the website and
leave by the retention job: no adding or deleting here (Wagtail's delete would also put
the person's name in the log).
"""

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic.models import EditView, IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet

from . import callbacks
from .models import CallbackRequest, CallbackStatus

NAMESPACE = callbacks.ADMIN_NAMESPACE


def answers_url(callback_request):
    """The wegwijzer's overview for the stored answers, or "" when there is none to show."""
    page = callback_request.page
    if page is None or not callback_request.answers or not page.url:
        return ""
    return f"{page.url}?{callback_request.answers}"


class CallbackFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=CallbackStatus.choices)

    class Meta:
        model = CallbackRequest
        fields = ["status"]


class CallbackIndexView(IndexView):
    def get_base_queryset(self):
        return CallbackRequest.objects.select_related("handled_by")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["new_count"] = CallbackRequest.objects.filter(status=CallbackStatus.NEW).count()
        return context


class _DetailsMixin:
    """The request as staff read it, above the form or on its own."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["callback"] = self.object
        context["answers_url"] = answers_url(self.object)
        return context


class CallbackEditView(_DetailsMixin, EditView):
    def save_instance(self):
        return callbacks.mark_callback(
            self.object,
            self.form.cleaned_data["status"],
            self.form.cleaned_data["staff_note"],
            self.request.user,
            timezone.now(),
        )


class CallbackInspectView(_DetailsMixin, InspectView):
    pass


class CallbackRequestViewSet(ModelViewSet):
    model = CallbackRequest
    add_to_reference_index = False
    name = NAMESPACE
    url_prefix = "bel-mij-verzoeken"
    icon = "mobile-alt"
    menu_label = _("Bel-mij-verzoeken")
    menu_order = 270
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = CallbackIndexView
    edit_view_class = CallbackEditView
    inspect_view_class = CallbackInspectView
    index_template_name = "guide/admin/callback_index.html"
    edit_template_name = "guide/admin/callback_edit.html"
    inspect_template_name = "guide/admin/callback_inspect.html"
    filterset_class = CallbackFilterSet
    form_fields = ["status", "staff_note"]
    list_display = ["name", "phone", "good_time", "status", "created_at", "handled_at"]
    search_fields = ["name", "phone"]
    search_backend_name = None
    ordering = "-created_at"
    list_per_page = 50

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            add_url_name=None, delete_url_name=None, copy_url_name=None, **kwargs
        )

    def get_urlpatterns(self):
        # Not only hidden: without these URLs nobody adds or deletes a request here.
        return [
            pattern
            for pattern in super().get_urlpatterns()
            if getattr(pattern, "name", None) not in ("add", "delete")
        ]
