"""Attendance in the admin: the 'Presentie' list of sessions, the roster of one session and
its printable presentielijst.

The roster works on a phone without JavaScript: every tap is a small POST form that
redirects back to the roster (or shows the page again with the refusal and a 4xx). A code
that is not found is said next to the code field, with the roster kept as it was.
static/js/roster.js only sends the same forms with fetch, one after the other (taps made
while one is on its way wait their turn), and swaps the roster in place.
The rules live in academy.services.attendance; when attendance can be taken in
academy.rules.attendance_open.
"""

import datetime as dt

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from .. import presence_list, rules
from ..access import may, visible_editions
from ..downloads import private
from ..models import (
    ATTENDED_STATUSES,
    Attendance,
    AttendanceStatus,
    EditionStatus,
    RegistrationStatus,
    Session,
)
from ..services import attendance as services
from ..services import audit
from ..services.errors import RegistrationError
from .views import EditionPageMixin, edition_url

RECENT_DAYS = 14
AHEAD_DAYS = 90
MAX_SESSIONS = 100

# The buttons on each row, in the order a trainer needs them most.
STATUS_BUTTONS = [
    (AttendanceStatus.PRESENT, _("Aanwezig")),
    (AttendanceStatus.ABSENT, _("Afwezig")),
    (AttendanceStatus.EXCUSED, AttendanceStatus.EXCUSED.label),
    (AttendanceStatus.LATE, _("Te laat")),
]


def roster_url(edition_id, session_id):
    return edition_url("roster", edition_id, session_id)


# The list of sessions ------------------------------------------------------------------------


class PresenceIndexView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "academy/admin/roster_index.html"
    page_title = _("Presentie")
    header_icon = "tick-inverse"

    def get_breadcrumbs_items(self):
        # Without its own item the header reads "Home", which on a phone is all you see.
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.get_page_title()}]

    def dispatch(self, request, *args, **kwargs):
        if not may(request.user, "attendance"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def sessions(self, now):
        today = timezone.localdate(now)
        since = timezone.make_aware(dt.datetime.combine(today, dt.time.min)) - dt.timedelta(
            days=RECENT_DAYS
        )
        confirmed = Q(edition__registrations__status=RegistrationStatus.CONFIRMED)
        attended = Q(
            attendances__status__in=ATTENDED_STATUSES,
            attendances__registration__status=RegistrationStatus.CONFIRMED,
        )
        return list(
            Session.objects.filter(
                edition__in=visible_editions(self.request.user),
                start__gte=since,
                start__lte=now + dt.timedelta(days=AHEAD_DAYS),
            )
            .exclude(edition__status=EditionStatus.CANCELLED)
            .select_related("edition", "edition__course", "edition__event_page")
            .annotate(
                confirmed_count=Count("edition__registrations", filter=confirmed, distinct=True),
                attended_count=Count("attendances", filter=attended, distinct=True),
            )
            .order_by("start", "pk")[:MAX_SESSIONS]
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        now = timezone.now()
        today = timezone.localdate(now)
        groups = {"today": [], "upcoming": [], "recent": []}
        for session in self.sessions(now):
            day = timezone.localtime(session.start).date()
            key = "today" if day == today else "upcoming" if day > today else "recent"
            session.roster_url = roster_url(session.edition_id, session.pk)
            groups[key].append(session)
        groups["recent"].reverse()
        context.update(groups)
        return context


class PresenceMenuItem(MenuItem):
    def is_shown(self, request):
        return may(request.user, "attendance")


class AttendanceViewSet(ViewSet):
    """Only the 'Presentie' menu item and its list; the rosters live under each edition."""

    name = "academy_attendance"
    url_prefix = "academie/presentie"
    icon = "tick-inverse"
    menu_label = _("Presentie")
    menu_order = 150
    add_to_admin_menu = False

    @cached_property
    def menu_item_class(self):
        return PresenceMenuItem

    def get_urlpatterns(self):
        return [path("", PresenceIndexView.as_view(), name="index")]


# The roster of one session -------------------------------------------------------------------


class WalkInForm(forms.Form):
    first_name = forms.CharField(label=_("Voornaam"), max_length=80)
    last_name = forms.CharField(label=_("Achternaam"), max_length=120)
    email = forms.EmailField(label=_("E-mailadres (niet verplicht)"), required=False)
    phone = forms.CharField(
        label=_("Telefoonnummer (niet verplicht)"), max_length=40, required=False
    )


class SessionPageMixin(EditionPageMixin):
    """A page about one session of an edition the user may see and take attendance for."""

    action = "attendance"

    def dispatch(self, request, *args, **kwargs):
        self.session_pk = kwargs["session_pk"]
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def session(self):
        return get_object_or_404(self.edition.sessions.all(), pk=self.session_pk)


class RosterView(SessionPageMixin, TemplateView):
    template_name = "academy/admin/roster.html"
    page_title = _("Presentie")
    code_error = None  # (title, explanation) when a typed code was refused

    def get_page_title(self):
        # The course by name: a trainer can have two trainings at 19.30 on the same day.
        return _("Presentie: %(course)s") % {"course": self.edition.title}

    def get_page_subtitle(self):
        return str(self.session)

    @cached_property
    def now(self):
        return timezone.now()

    def get(self, request, *args, **kwargs):
        self.session  # noqa: B018 (404 before anything else)
        return super().get(request, *args, **kwargs)

    # The actions: one POST endpoint, `action` says which form was sent.

    def post(self, request, *args, **kwargs):
        self.session  # noqa: B018
        handler = {
            "mark": self.mark,
            "all": self.all_present,
            "code": self.check_in,
            "walkin": self.walk_in,
        }.get(request.POST.get("action"))
        if handler is None:
            return self.refuse(_("Onbekende actie."), 400)
        try:
            message = handler()
        except services.UnknownCode as error:
            # Said next to the code field; the roster stays as it was.
            self.code_error = (_("Code niet gevonden."), error.message)
            return self.render_to_response(self.get_context_data(), status=error.status)
        except RegistrationError as error:
            code_form_shown = not self.edition.is_cancelled and rules.attendance_open(
                self.session, self.now
            )
            if request.POST.get("action") == "code" and code_form_shown and error.status != 404:
                self.code_error = (None, error.message)
                return self.render_to_response(self.get_context_data(), status=error.status)
            if error.status == 404:
                raise Http404(str(error.message)) from error
            return self.refuse(error.message, error.status)
        if message is None:  # the form itself was not valid: shown again with its errors
            return self.render_to_response(self.get_context_data(), status=400)
        messages.success(request, message)
        anchor = getattr(self, "anchor", "")
        return redirect(roster_url(self.edition.pk, self.session.pk) + anchor)

    def refuse(self, message, status):
        messages.error(self.request, message)
        return self.render_to_response(self.get_context_data(), status=status)

    def mark(self):
        registration_pk = self.request.POST.get("registration", "")
        if not registration_pk.isdigit():
            raise Http404
        registration = get_object_or_404(
            self.edition.registrations.select_related("participant"), pk=int(registration_pk)
        )
        attendance = services.record_attendance(
            registration,
            self.session,
            self.request.POST.get("status", ""),
            by=self.request.user,
            method=Attendance.Method.ROSTER,
            note=self.request.POST.get("note"),
            now=self.now,
        )
        self.anchor = f"#deelnemer-{registration.pk}"
        return _("%(name)s: %(status)s.") % {
            "name": registration.participant.full_name,
            "status": attendance.get_status_display(),
        }

    def all_present(self):
        count = services.mark_all_present(self.session, by=self.request.user, now=self.now)
        if not count:
            return _("Iedereen had al een status. Er is niets veranderd.")
        return ngettext(
            "%(count)s deelnemer staat nu op aanwezig.",
            "%(count)s deelnemers staan nu op aanwezig.",
            count,
        ) % {"count": count}

    def check_in(self):
        result = services.check_in(
            self.request.POST.get("code", ""),
            by=self.request.user,
            session=self.session,
            method=Attendance.Method.CODE,
            now=self.now,
        )
        self.anchor = f"#deelnemer-{result.registration.pk}"
        values = {
            "name": result.registration.participant.full_name,
            "status": result.attendance.get_status_display(),
        }
        if result.already:
            return _("%(name)s was al ingecheckt (%(status)s).") % values
        return _("%(name)s is ingecheckt: %(status)s.") % values

    @cached_property
    def walk_in_form(self):
        if self.request.method == "POST" and self.request.POST.get("action") == "walkin":
            return WalkInForm(self.request.POST, prefix="inloop")
        return WalkInForm(prefix="inloop")

    def walk_in(self):
        form = self.walk_in_form
        if not form.is_valid():
            messages.error(self.request, _("Controleer de gegevens van de inloper."))
            return None
        registration = services.add_walk_in(
            self.session, services.WalkIn(**form.cleaned_data), by=self.request.user, now=self.now
        )
        self.anchor = f"#deelnemer-{registration.pk}"
        return _("%(name)s is aangemeld en staat op aanwezig.") % {
            "name": registration.participant.full_name
        }

    # What the page shows.

    def rows(self):
        registrations = self.edition.registrations.filter(
            status__in=[RegistrationStatus.CONFIRMED, RegistrationStatus.CANCELLED]
        ).select_related("participant", "register")
        marks = {
            attendance.registration_id: attendance
            for attendance in Attendance.objects.filter(session=self.session)
        }
        confirmed, cancelled = [], []
        for registration in registrations.order_by(
            "participant__last_name", "participant__first_name", "pk"
        ):
            registration.attendance = marks.get(registration.pk)
            if registration.status == RegistrationStatus.CONFIRMED:
                confirmed.append(registration)
            elif registration.moved_to_id is None:
                cancelled.append(registration)
        return confirmed, cancelled

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        confirmed, cancelled = self.rows()
        counts = {status: 0 for status in AttendanceStatus.values}
        for registration in confirmed:
            if registration.attendance is not None:
                counts[registration.attendance.status] += 1
        attended = sum(counts[status] for status in ATTENDED_STATUSES)
        sessions = list(self.edition.sessions.all())
        can_write = not self.edition.is_cancelled
        is_open = rules.attendance_open(self.session, self.now)
        context.update(
            session=self.session,
            course_title=self.edition.title,
            attendance_open=is_open,
            opens_text=services.moment_text(rules.attendance_opens(self.session)),
            code_error=self.code_error,
            code_value=self.request.POST.get("code", "") if self.code_error else "",
            sessions=[
                (session, roster_url(self.edition.pk, session.pk), session.pk == self.session.pk)
                for session in sessions
            ],
            confirmed=confirmed,
            cancelled=cancelled,
            attended=attended,
            unmarked=sum(1 for r in confirmed if r.attendance is None),
            counts=[(label, counts[status]) for status, label in STATUS_BUTTONS],
            status_buttons=STATUS_BUTTONS,
            walk_in_form=self.walk_in_form,
            can_write=can_write and is_open,
            is_cancelled=not can_write,
            action_url=roster_url(self.edition.pk, self.session.pk),
            pdf_url=edition_url("presence_list", self.edition.pk, self.session.pk),
            index_url=reverse("academy_attendance:index"),
        )
        return context

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("academy_attendance:index"), "label": _("Presentie")},
            {"url": edition_url("registrations", self.edition.pk), "label": str(self.edition)},
            {"url": "", "label": self.get_page_title()},
        ]


class PresenceListView(SessionPageMixin, View):
    """The printable presentielijst (PDF) of one session."""

    def get(self, request, *args, **kwargs):
        pdf = presence_list.render(self.session, edition=self.edition)
        audit.log_list_export(
            request.user,
            kind=audit.PRESENCE_LIST,
            export_format="pdf",
            rows=self.edition.registrations.filter(status=RegistrationStatus.CONFIRMED).count(),
            edition=self.edition,
        )
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = (
            f'attachment; filename="{presence_list.filename(self.session, self.edition)}"'
        )
        return private(response)


# Added to the edition's URLs in EditionViewSet.get_urlpatterns.
urlpatterns = [
    path("<int:pk>/presentie/<int:session_pk>/", RosterView.as_view(), name="roster"),
    path(
        "<int:pk>/presentie/<int:session_pk>/presentielijst.pdf",
        PresenceListView.as_view(),
        name="presence_list",
    ),
]
