"""Admin listings of rows that only the services write (academy, vacaturebank)."""

from django.urls import path


class ReadOnlyViewSetMixin:
    """Listings whose rows only the services (or the mailer) write: no add, edit or delete."""

    copy_view_enabled = False

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            add_url_name=None,
            edit_url_name=None,
            delete_url_name=None,
            copy_url_name=None,
            history_url_name=None,
            usage_url_name=None,
            **kwargs,
        )

    def get_urlpatterns(self):
        urlpatterns = [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
        ]
        if self.inspect_view_enabled:
            urlpatterns.append(path("inspect/<int:pk>/", self.inspect_view, name="inspect"))
        return urlpatterns

    def register_admin_url_finder(self):
        pass  # there is no edit view to find
