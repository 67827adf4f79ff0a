"""'WordPress-import' in the admin (Instellingen): upload an export, follow its progress,
read and download the report (issue 19).

The views check the upload quickly (size, and the first KB: XML, an <rss> root with
WordPress's namespace, no DTD) and the category mapping, then hand over to
cms.wordpress.runs, which queues the import as background work. The full file is only read
by the worker; a problem found there is shown on the run's page.

Who may: staff with access to the admin (wagtailadmin.access_admin) and the permission
cms.add_wordpressimport (Django's "add" permission of WordPressImport; a group gets it in
Instellingen > Groepen, "WordPress-import"). Superusers have both. Anyone else gets a 403
and sees no menu item: an import creates and changes many pages at once.
"""

import xml.parsers.expat

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import filesizeformat
from django.urls import path, reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.defaults import permission_denied
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cms.models.wordpress import WordPressImport

from . import runs
from .taxonomy import MappingError, parse_mapping

PERMISSION = "cms.add_wordpressimport"
# Seconds between reloads of a run's page while the import is busy.
REFRESH_SECONDS = 3
# How much of the upload the quick check reads: WordPress writes the <rss> element with its
# namespaces within the first kilobyte.
HEAD_BYTES = 16 * 1024
EARLIER_RUNS = 20


def may_import(user):
    return bool(
        user.is_active and user.has_perm("wagtailadmin.access_admin") and user.has_perm(PERMISSION)
    )


# The quick check of an upload -----------------------------------------------------------------

_NOT_XML = _(
    "Dit bestand is geen XML. Een WordPress-export is een .xml-bestand. Maak de export in "
    "WordPress via Gereedschap → Exporteren."
)
_NOT_WXR = _(
    "Dit is geen WordPress-export. Maak de export in WordPress via Gereedschap → Exporteren "
    "en kies Alle inhoud."
)


class _Found(Exception):
    pass


def check_head(head):
    """None when `head` (the first bytes of the upload) can be the start of a WordPress
    export, else the Dutch reason. Reads with expat up to the first element: refuses a DTD
    (the worker refuses it too), a web page, any other root than <rss>, and an <rss> without
    WordPress's wp: namespace (an ordinary RSS feed)."""
    if not head.strip():
        return gettext("Dit bestand is leeg.")
    parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(xml.parsers.expat.XML_PARAM_ENTITY_PARSING_NEVER)
    namespaces = []
    root = []

    def doctype(name, *args):
        raise _Found("html" if (name or "").lower() == "html" else "doctype")

    def start(name, attributes):
        root.append(name.rpartition(" ")[2])
        raise _Found("element")

    parser.StartDoctypeDeclHandler = doctype
    parser.StartNamespaceDeclHandler = lambda prefix, uri: namespaces.append(uri or "")
    parser.StartElementHandler = start
    try:
        parser.Parse(head, False)
    except _Found as found:
        if str(found) == "html":
            return gettext("Dit is een webpagina (HTML), geen WordPress-export.")
        if str(found) == "doctype":
            return gettext(
                "Dit bestand begint met een <!DOCTYPE>. Een WordPress-export heeft dat niet. "
                "Zo'n bestand lezen we niet, om veiligheidsredenen."
            )
    except xml.parsers.expat.ExpatError:
        if head.lstrip().lower().startswith((b"<!doctype html", b"<html")):
            return gettext("Dit is een webpagina (HTML), geen WordPress-export.")
        return str(_NOT_XML)
    if not root:
        return str(_NOT_XML)
    if root[0].lower() == "html":
        return gettext("Dit is een webpagina (HTML), geen WordPress-export.")
    if root[0] != "rss":
        return gettext(
            "Dit is XML, maar geen WordPress-export: het bestand begint met <%(tag)s> in "
            "plaats van <rss>."
        ) % {"tag": root[0][:40]}
    if not any("wordpress.org/export/" in uri for uri in namespaces):
        return gettext(
            "Dit is een RSS-feed, geen WordPress-export. Maak de export in WordPress via "
            "Gereedschap → Exporteren en kies Alle inhoud."
        )
    return None


def _read_head(uploaded):
    uploaded.seek(0)
    head = uploaded.read(HEAD_BYTES)
    uploaded.seek(0)
    return head


# The form ---------------------------------------------------------------------------------------


class ImportForm(forms.Form):
    export = forms.FileField(
        label=_("Exportbestand (.xml)"),
        help_text=_(
            "Maak het bestand in WordPress: Gereedschap → Exporteren → Alle inhoud. "
            "Het mag hoogstens %(size)s groot zijn."
        ),
        error_messages={
            "required": _("Kies het exportbestand."),
            "empty": _("Dit bestand is leeg."),
        },
        widget=forms.ClearableFileInput(attrs={"accept": ".xml,application/xml,text/xml"}),
    )
    dry_run = forms.BooleanField(
        label=_("Alleen proberen (er verandert niets)"),
        required=False,
        help_text=_(
            "U ziet in het verslag wat de import zou doen. Er komen geen pagina's, "
            "afbeeldingen of doorverwijzingen bij."
        ),
    )
    category_map = forms.CharField(
        label=_("Welke categorie wordt wat?"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Zet op elke regel een categorie, een =-teken en nieuws of blog. Bijvoorbeeld: "
            "blog-uit-de-wijk=blog. Laat u dit leeg, dan wordt een categorie met 'blog' in de "
            "naam een blog en de rest nieuws."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["export"]
        field.help_text = field.help_text % {"size": filesizeformat(runs.MAX_UPLOAD_BYTES)}

    def clean_export(self):
        uploaded = self.cleaned_data["export"]
        if uploaded.size > runs.MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                gettext(
                    "Dit bestand is %(size)s groot. Het mag hoogstens %(limit)s zijn. Maak in "
                    "WordPress een kleinere export, bijvoorbeeld alleen de berichten of één "
                    "periode."
                )
                % {
                    "size": filesizeformat(uploaded.size),
                    "limit": filesizeformat(runs.MAX_UPLOAD_BYTES),
                }
            )
        problem = check_head(_read_head(uploaded))
        if problem:
            raise forms.ValidationError(problem)
        return uploaded

    def clean_category_map(self):
        text = self.cleaned_data["category_map"]
        try:
            parse_mapping(text)
        except MappingError as error:
            raise forms.ValidationError(str(error)) from error
        return text.strip()


# Views ------------------------------------------------------------------------------------------


class _Allowed:
    """Only for who may import. Not a raised PermissionDenied: the admin turns that into a
    redirect to the dashboard, which hides that the answer was no."""

    def dispatch(self, request, *args, **kwargs):
        if not may_import(request.user):
            return permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)


def _index_url():
    return reverse("wordpress_import")


def _run_url(run):
    return reverse("wordpress_import_run", args=[run.pk])


def _media_context():
    folder = runs.media_dir()
    return {
        "media_dir_set": folder is not None,
        "media_dir_found": folder is not None and folder.is_dir(),
    }


class ImportView(_Allowed, WagtailAdminTemplateMixin, FormView):
    """The upload form, the import that is busy (if any) and the earlier ones."""

    template_name = "cms/wordpress/import_form.html"
    form_class = ImportForm
    page_title = _("WordPress-import")
    header_icon = "download"

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        now = timezone.now()
        earlier = list(WordPressImport.objects.select_related("started_by")[:EARLIER_RUNS])
        for run in earlier:
            run.stale = runs.is_stale(run, now)
        context.update(
            running=runs.active_import(now),
            earlier=earlier,
            action_url=_index_url(),
            max_size=filesizeformat(runs.MAX_UPLOAD_BYTES),
            **_media_context(),
        )
        return context

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            run = runs.start_import(
                data["export"],
                by=self.request.user,
                dry_run=data["dry_run"],
                category_map=data["category_map"],
            )
        except runs.ImportBusy as error:
            form.add_error(None, error.message)
            return self.render_to_response(self.get_context_data(form=form), status=409)
        if run.dry_run:
            messages.success(self.request, _("De proef-import is gestart. Er verandert niets."))
        else:
            messages.success(self.request, _("De import is gestart."))
        return redirect(_run_url(run))


class RunView(_Allowed, WagtailAdminTemplateMixin, TemplateView):
    """One import: its progress while busy (the page reloads itself), then the report."""

    template_name = "cms/wordpress/import_run.html"
    page_title = _("WordPress-import")
    header_icon = "download"

    def get_run(self):
        return get_object_or_404(
            WordPressImport.objects.select_related("started_by"), pk=self.kwargs["pk"]
        )

    def get_page_subtitle(self):
        return self.run.filename

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": _index_url(), "label": gettext("WordPress-import")},
            {"url": "", "label": self.run.filename},
        ]

    def get(self, request, *args, **kwargs):
        self.run = self.get_run()
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        run = self.run
        now = timezone.now()
        active = runs.is_active(run, now)
        context.update(
            run=run,
            run_active=active,
            run_stale=runs.is_stale(run, now),
            can_restart=runs.may_restart(run, now),
            refresh_seconds=REFRESH_SECONDS if active else None,
            index_url=_index_url(),
            report_url=reverse("wordpress_import_report", args=[run.pk]),
            restart_url=reverse("wordpress_import_restart", args=[run.pk]),
            **_media_context(),
        )
        return context


class ReportDownloadView(_Allowed, View):
    """The report as a plain text file, to keep or to send on."""

    def get(self, request, pk):
        run = get_object_or_404(WordPressImport, pk=pk)
        if not run.report:
            raise Http404(gettext("Deze import heeft (nog) geen verslag."))
        name = slugify(run.filename.rsplit(".", 1)[0]) or "export"
        moment = timezone.localtime(run.finished_at or run.created)
        response = HttpResponse(run.report, content_type="text/plain; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="wordpress-import-{name}-{moment:%Y%m%d-%H%M}.txt"'
        )
        response["Cache-Control"] = "private, no-store"
        return response


class RestartView(_Allowed, View):
    """ "Opnieuw starten" for a stopped, failed or stuck run: the same export again."""

    http_method_names = ["post"]

    def post(self, request, pk):
        run = get_object_or_404(WordPressImport, pk=pk)
        if not runs.may_restart(run):
            messages.error(request, _("Deze import kan niet opnieuw starten."))
            return redirect(_run_url(run))
        try:
            runs.restart_import(run)
        except runs.ImportBusy as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("De import is opnieuw gestart."))
        return redirect(_run_url(run))


def admin_urls():
    """For the register_admin_urls hook in cms/wagtail_hooks.py."""
    return [
        path("wordpress-import/", ImportView.as_view(), name="wordpress_import"),
        path("wordpress-import/<int:pk>/", RunView.as_view(), name="wordpress_import_run"),
        path(
            "wordpress-import/<int:pk>/verslag.txt",
            ReportDownloadView.as_view(),
            name="wordpress_import_report",
        ),
        path(
            "wordpress-import/<int:pk>/opnieuw/",
            RestartView.as_view(),
            name="wordpress_import_restart",
        ),
    ]
