"""The edition's add and edit form in the admin: what cannot be meant is refused, on the
field it is about, and changed times are offered to be told to the participants.

Refused (nothing is saved; the form says why next to the field):
- a minimum number of participants above the number of places;
- a session that overlaps another session of the same edition;
- a new session, or a session moved to another time, that starts in the past;
- sign-up that opens at or after the first session, or closes after it begins (the rules
  close sign-up at the first session anyway: a later moment would promise what is not
  true), and a cancellation deadline after the first session begins.

A new edition without a training or an activity is said in words on the "training" field
(the database constraint stays as the last line of defence).
"""

from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm

from ..services import schedule
from . import views
from .actions import ServiceActionMixin


def moment_text(value):
    """'dinsdag 3 maart 2027, 19.30 uur'."""
    local = timezone.localtime(value)
    return gettext("%(day)s, %(time)s uur") % {
        "day": formats.date_format(local, "l j F Y"),
        "time": formats.time_format(local),
    }


class EditionForm(WagtailAdminModelForm):
    """The edition form of the admin (EditionViewSet), with its sessions inline."""

    def is_valid(self):
        valid = super().is_valid()
        if not hasattr(self, "cleaned_data"):
            return valid
        return self.check_plausible(timezone.now()) and valid

    def _sessions(self):
        """(form, start, end) of each session that stays, in order of start. The values are
        read first: adding an error to a form takes the field out of its cleaned_data."""
        formset = self.formsets.get("sessions")
        kept = []
        for form in formset.forms if formset is not None else ():
            data = getattr(form, "cleaned_data", None) or {}
            if data.get("DELETE") or not data.get("start") or not data.get("end"):
                continue
            kept.append((form, data["start"], data["end"]))
        return sorted(kept, key=lambda item: item[1])

    def _refuse(self, form, field, message):
        if field not in form.errors:
            form.add_error(field, message)
        self.plausible = False

    def check_plausible(self, now):
        """Add an error to each field that cannot be meant; False if there was any."""
        self.plausible = True
        data = dict(self.cleaned_data)
        capacity, minimum = data.get("capacity"), data.get("min_participants")
        if capacity and minimum and minimum > capacity:
            self._refuse(
                self,
                "min_participants",
                _(
                    "Het minimum (%(minimum)s) is hoger dan het aantal plaatsen "
                    "(%(capacity)s). Kies een lager minimum of meer plaatsen."
                )
                % {"minimum": minimum, "capacity": capacity},
            )
        sessions = self._sessions()
        for form, start, _end in sessions:
            is_new = form.instance.pk is None
            if start < now and (is_new or "start" in form.changed_data):
                self._refuse(
                    form,
                    "start",
                    _(
                        "Deze bijeenkomst begint in het verleden (%(moment)s). Kies een "
                        "datum en tijd die nog moeten komen."
                    )
                    % {"moment": moment_text(start)},
                )
        latest = None  # (start, end) of the session that ends last of those before this one
        for form, start, end in sessions:
            if latest is not None and start < latest[1]:
                self._refuse(
                    form,
                    "start",
                    _(
                        "Deze bijeenkomst overlapt met de bijeenkomst van %(start)s tot "
                        "%(end)s. Kies een andere tijd."
                    )
                    % {
                        "start": moment_text(latest[0]),
                        "end": formats.time_format(timezone.localtime(latest[1])),
                    },
                )
            if latest is None or end > latest[1]:
                latest = (start, end)
        if sessions:
            self._check_moments(data, sessions[0][1])
        return self.plausible

    def _check_moments(self, data, first):
        first_text = moment_text(first)
        opens, closes = data.get("registration_opens"), data.get("registration_closes")
        deadline = data.get("cancellation_deadline")
        if opens and opens >= first:
            self._refuse(
                self,
                "registration_opens",
                _(
                    "Aanmelden moet openen voordat de eerste bijeenkomst begint "
                    "(%(moment)s). Kies een eerder moment, of laat dit veld leeg."
                )
                % {"moment": first_text},
            )
        if closes and closes > first:
            self._refuse(
                self,
                "registration_closes",
                _(
                    "Aanmelden sluit uiterlijk als de eerste bijeenkomst begint "
                    "(%(moment)s). Kies een eerder moment, of laat dit veld leeg."
                )
                % {"moment": first_text},
            )
        if deadline and deadline > first:
            self._refuse(
                self,
                "cancellation_deadline",
                _(
                    "Afmelden kan uiterlijk tot de eerste bijeenkomst begint (%(moment)s). "
                    "Kies een eerder moment, of laat dit veld leeg."
                )
                % {"moment": first_text},
            )


class EditionEditView(views.EditionEditView):
    """After saving changed times of an edition with people in it: offer to tell them."""

    def post(self, request, *args, **kwargs):
        edition = self.get_object()  # 404 for an id this user may not see (or no id at all)
        self.times_before = schedule.session_times(edition.pk)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        response = super().form_valid(form)
        if schedule.session_times(self.object.pk) != self.times_before:
            count = schedule.people_to_tell(self.object).count()
            if count:
                messages.warning(
                    self.request,
                    ngettext(
                        "%(count)s deelnemer heeft een andere tijd gekregen. "
                        "Stuur hem of haar een bericht?",
                        "%(count)s deelnemers hebben een andere tijd gekregen. "
                        "Stuur hun een bericht?",
                        count,
                    )
                    % {"count": count},
                    buttons=[
                        messages.button(
                            views.edition_url("times_changed", self.object.pk),
                            gettext("Bericht over de nieuwe tijden sturen"),
                        )
                    ],
                )
        return response


class TimesChangedForm(forms.Form):
    """Nothing to fill in: the button sends the mail (the form carries the CSRF token)."""


class TimesChangedView(ServiceActionMixin, views.EditionPageMixin, FormView):
    """ "Gewijzigde tijden": shows the new times and who gets the mail; the button sends it
    through academy.services.schedule (one mail per registration, in its language)."""

    action = "mail"
    page_title = _("Gewijzigde tijden doorgeven")
    submit_label = _("Stuur het bericht")
    template_name = "academy/admin/times_changed.html"
    form_class = TimesChangedForm

    def get_success_url(self):
        return views.edition_url("registrations", self.edition.pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        people = list(schedule.people_to_tell(self.edition))
        context.update(
            sessions=list(self.edition.sessions.order_by("start", "pk")),
            with_email=[r for r in people if r.participant.email],
            without_email=[r for r in people if not r.participant.email],
        )
        return context

    def perform(self, form):
        queued = schedule.notify_times_changed(self.edition.pk, by=self.request.user)
        if not queued:
            return _("Dit bericht was al verstuurd. Er is niets opnieuw verstuurd.")
        return ngettext(
            "Het bericht over de nieuwe tijden gaat naar %(count)s deelnemer.",
            "Het bericht over de nieuwe tijden gaat naar %(count)s deelnemers.",
            queued,
        ) % {"count": queued}
