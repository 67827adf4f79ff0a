"""Admin pages for accreditation: per register what an edition reports to PE-online.

Every list that leaves the system is logged (AccreditationExport), also when the
numbers are only shown for copying, so staff can see what went out, when and by whom.
"""

from django.http import Http404, HttpResponse
from django.urls import path
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View

from .. import accreditation_export as lists
from ..access import may
from ..downloads import private
from ..models import AccreditationExport, EditionStatus
from ..services import audit
from .views import EditionPageMixin, edition_url

ACTION = "accreditation_export"
HISTORY_LENGTH = 50
Format = AccreditationExport.Format


class AccreditationOverviewView(EditionPageMixin, TemplateView):
    action = ACTION
    template_name = "academy/admin/accreditation.html"
    page_title = _("Accreditatie")
    header_icon = "tag"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        pk = self.edition.pk
        context["registers"] = [
            {
                "summary": summary,
                "numbers_url": edition_url("accreditation_numbers", pk, summary.register.pk),
                "txt_url": edition_url("accreditation_txt", pk, summary.register.pk),
                "csv_url": edition_url("accreditation_csv", pk, summary.register.pk),
                "xlsx_url": edition_url("accreditation_xlsx", pk, summary.register.pk),
            }
            for summary in lists.register_summaries(self.edition)
        ]
        context["not_completed_yet"] = self.edition.status != EditionStatus.COMPLETED
        context["can_set_numbers"] = may(self.request.user, "move")
        context["history"] = self.edition.accreditation_exports.select_related(
            "register", "exported_by"
        )[:HISTORY_LENGTH]
        return context


class RegisterExportMixin(EditionPageMixin):
    """One register of the edition's course; any other register id answers 404."""

    action = ACTION

    def get_summary(self):
        summary = lists.summary_for(self.edition, self.kwargs["register_pk"])
        if summary is None:
            raise Http404(_("Deze training heeft geen accreditatie bij dit register."))
        return summary

    def log(self, summary, export_format):
        lists.log_export(self.edition, summary, export_format, self.request.user)
        audit.log_list_export(
            self.request.user,
            kind=audit.ACCREDITATION_LIST,
            export_format=export_format,
            rows=len(summary.qualifying),
            edition=self.edition,
        )

    def filename(self, summary, kind, extension):
        parts = [kind, slugify(summary.register.short_name)]
        if self.edition.first_start:
            parts.append(f"{timezone.localtime(self.edition.first_start):%Y%m%d}")
        parts.append(f"editie-{self.edition.pk}")
        return "-".join(parts) + f".{extension}"


class NumbersView(RegisterExportMixin, TemplateView):
    """The numbers in a text box, to copy and paste into PE-online."""

    template_name = "academy/admin/accreditation_numbers.html"
    page_title = _("Nummers voor PE-online")
    header_icon = "tag"

    def get_breadcrumbs_items(self):
        items = super().get_breadcrumbs_items()
        accreditation = {
            "url": edition_url("accreditation", self.edition.pk),
            "label": _("Accreditatie"),
        }
        return [*items[:-1], accreditation, items[-1]]

    def get(self, request, *args, **kwargs):
        self.summary = self.get_summary()
        self.log(self.summary, Format.NUMBERS)
        return private(super().get(request, *args, **kwargs))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        numbers = lists.number_list(self.summary)
        context.update(
            summary=self.summary,
            numbers=numbers,
            rows=min(max(len(self.summary.qualifying), 3), 20),
            txt_url=edition_url("accreditation_txt", self.edition.pk, self.summary.register.pk),
            accreditation_url=edition_url("accreditation", self.edition.pk),
        )
        return context


class DownloadView(RegisterExportMixin, View):
    """A file for the register: the numbers (.txt) or the presence list (.csv, .xlsx)."""

    export_format = None

    FILES = {
        Format.NUMBERS: ("pe-online", "txt", "text/plain; charset=utf-8"),
        Format.CSV: ("presentielijst", "csv", "text/csv; charset=utf-8"),
        Format.XLSX: (
            "presentielijst",
            "xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
    }

    def content(self, summary):
        if self.export_format == Format.NUMBERS:
            return lists.number_list(summary).encode("utf-8")
        if self.export_format == Format.CSV:
            return lists.presence_csv(self.edition, summary)
        return lists.presence_xlsx(self.edition, summary)

    def get(self, request, *args, **kwargs):
        summary = self.get_summary()
        kind, extension, content_type = self.FILES[self.export_format]
        response = HttpResponse(self.content(summary), content_type=content_type)
        name = self.filename(summary, kind, extension)
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        self.log(summary, self.export_format)
        return private(response)


# Added under each edition by EditionViewSet.get_urlpatterns.
urlpatterns = [
    path("<int:pk>/accreditatie/", AccreditationOverviewView.as_view(), name="accreditation"),
    path(
        "<int:pk>/accreditatie/<int:register_pk>/nummers/",
        NumbersView.as_view(),
        name="accreditation_numbers",
    ),
    path(
        "<int:pk>/accreditatie/<int:register_pk>/nummers.txt",
        DownloadView.as_view(export_format=Format.NUMBERS),
        name="accreditation_txt",
    ),
    path(
        "<int:pk>/accreditatie/<int:register_pk>/presentielijst.csv",
        DownloadView.as_view(export_format=Format.CSV),
        name="accreditation_csv",
    ),
    path(
        "<int:pk>/accreditatie/<int:register_pk>/presentielijst.xlsx",
        DownloadView.as_view(export_format=Format.XLSX),
        name="accreditation_xlsx",
    ),
]
