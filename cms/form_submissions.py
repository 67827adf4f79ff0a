"""The contact forms' submissions in the admin, downloaded in the site's one spreadsheet
dialect (cms.spreadsheets), like every other export: Wagtail's own CSV uses commas and no
byte order mark, which Dutch Excel opens as one garbled column."""

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.views import SubmissionsListView

from .spreadsheets import ListingExportMixin


class ContactSubmissionsListView(ListingExportMixin, SubmissionsListView):
    export_sheet_title = _("Inzendingen")
