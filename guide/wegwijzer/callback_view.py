""" "Bel mij" (`<wegwijzer>/bel-mij/`): the carer leaves a name and a phone number and a
mantelzorgconsulent phones back.

The answers travel in the link, as everywhere in the wegwijzer: the result links here
with its query string. When that walk reaches the result, the form shows the answers
and carries them in a hidden field; they are stored only when the person leaves the
box "Stuur mijn antwoorden mee" ticked. On POST the hidden value is walked again: a
value that does not lead to the result (changed by hand, an old path) is dropped.
"""

import re

from django import forms
from django.conf import settings
from django.core.exceptions import SuspiciousOperation, ValidationError
from django.http import HttpResponseNotAllowed, QueryDict
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cms import ratelimit
from cms.public_forms import honeypot_field, is_spam, no_links

from .. import callbacks
from ..models import GoodTime
from .state import walk_request

TEMPLATE = "guide/wegwijzer_callback.html"
SENT = "verstuurd"
RATE_SCOPE = "guide-callback"
ANSWERS_LIMIT = 4000  # CallbackRequest.answers
MESSAGE_LIMIT = 1000

# Digits, spaces, + and -; counted apart: 10 to 15 digits (036 123 45 67, +31 6 12345678).
_PHONE = re.compile(r"^[0-9+\- ]+$")


def valid_phone(value):
    digits = sum(character.isdigit() for character in value)
    if not _PHONE.match(value) or not 10 <= digits <= 15:
        raise ValidationError(
            gettext_lazy(
                "Vul een telefoonnummer in met minstens 10 cijfers, "
                "bijvoorbeeld 036 123 45 67 of 06 12 34 56 78."
            ),
            code="phone",
        )


class CallbackForm(forms.Form):
    name = forms.CharField(
        label=gettext_lazy("Uw naam"),
        max_length=100,
        validators=[no_links],
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={
            "required": gettext_lazy("Vul uw naam in."),
            "max_length": gettext_lazy(
                "Uw naam is te lang. Gebruik hoogstens %(limit_value)d tekens."
            ),
        },
    )
    phone = forms.CharField(
        label=gettext_lazy("Uw telefoonnummer"),
        max_length=40,
        validators=[valid_phone],
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
        error_messages={
            "required": gettext_lazy("Vul uw telefoonnummer in. Dan kunnen wij u bellen."),
            "max_length": gettext_lazy("Dit telefoonnummer is te lang."),
        },
    )
    good_time = forms.ChoiceField(
        label=gettext_lazy("Wanneer kunnen wij u het best bellen?"),
        choices=GoodTime.choices,
        initial=GoodTime.ANY,
        widget=forms.RadioSelect,
        error_messages={
            "required": gettext_lazy("Kies wanneer wij u kunnen bellen."),
            "invalid_choice": gettext_lazy("Kies wanneer wij u kunnen bellen."),
        },
    )
    message = forms.CharField(
        label=gettext_lazy("Wilt u nog iets zeggen?"),
        help_text=gettext_lazy(
            "Niet verplicht. Bijvoorbeeld waar u over wilt praten. Hoogstens 1000 tekens."
        ),
        required=False,
        max_length=MESSAGE_LIMIT,
        validators=[no_links],
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "max_length": gettext_lazy(
                "Uw bericht is te lang. Gebruik hoogstens %(limit_value)d tekens. "
                "Nu zijn het er %(show_value)d."
            )
        },
    )
    send_answers = forms.BooleanField(
        label=gettext_lazy("Stuur mijn antwoorden uit de wegwijzer mee"),
        help_text=gettext_lazy("Dan weet de mantelzorgconsulent al een beetje waar het om gaat."),
        required=False,
        initial=True,
    )
    consent = forms.BooleanField(
        error_messages={
            "required": gettext_lazy("Zet een vinkje. Anders kunnen wij u niet terugbellen.")
        },
    )
    website = honeypot_field()
    # The answers as a query string; the view puts in only what a walk to the result
    # gives (finished_walk), so it needs no checks of its own.
    answers = forms.CharField(required=False, strip=False, widget=forms.HiddenInput)

    def __init__(self, *args, has_answers=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = _(
            "Ik vind het goed dat VMCA mijn gegevens %(days)s dagen bewaart. "
            "VMCA gebruikt ze alleen om mij terug te bellen."
        ) % {"days": callbacks.retention_days()}
        if not has_answers:
            # Nothing to send along: no box to tick.
            del self.fields["send_answers"]


def finished_walk(page, query):
    """The walk for a query string when it reaches the result, else None (nothing given,
    a question still open, or a value changed by hand)."""
    if not query or len(query) > ANSWERS_LIMIT:
        return None
    try:
        walk = walk_request(page, QueryDict(query))
    except SuspiciousOperation:  # e.g. more fields than Django accepts
        return None
    return walk if walk.finished and walk.steps else None


def _render(page, request, context, status=200):
    """A route of the wegwijzer page; never stored in a shared cache (it holds a form
    with a CSRF token, or what someone just sent)."""
    response = TemplateResponse(
        request, TEMPLATE, {**page.get_context(request), **context}, status=status
    )
    add_never_cache_headers(response)
    return response


def _context(page, walk, **extra):
    query = walk.query() if walk is not None else ""
    overview_url = f"{page.url}?{query}" if query else ""
    trail = [{"url": overview_url, "title": _("Uw overzicht")}] if overview_url else []
    return {
        "walk": walk,
        "answered_steps": walk.steps if walk is not None else [],
        "overview_url": overview_url,
        "wegwijzer_url": page.url,
        "retention_days": callbacks.retention_days(),
        "crumb_trail": trail,
        "crumb_title": _("Bel mij"),
        **extra,
    }


def callback(page, request):
    if request.method == "POST":
        return _post(page, request)
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "POST"])
    walk = finished_walk(page, request.GET.urlencode())
    if request.GET.get(SENT) == "1":
        return _render(page, request, _context(page, walk, sent=True))
    initial = {"answers": walk.query()} if walk is not None else {}
    form = CallbackForm(initial=initial, has_answers=walk is not None)
    return _render(page, request, _context(page, walk, form=form))


def _thanks_url(request, walk):
    """Post/Redirect/Get: reloading the thank-you page sends nothing again. The answers
    stay in the link (no personal data) for the way back to the overview."""
    query = walk.query(**{SENT: "1"}) if walk is not None else f"{SENT}=1"
    return f"{request.path}?{query}"


def _post(page, request):
    walk = finished_walk(page, request.POST.get("answers", ""))
    # The form carries the answers as the walk writes them; anything else is dropped here,
    # so a changed value is never an error the person cannot see or fix.
    data = request.POST.copy()
    data["answers"] = walk.query() if walk is not None else ""
    form = CallbackForm(data, has_answers=walk is not None)
    context = _context(page, walk, form=form)
    retry_after = ratelimit.limit_form(request, RATE_SCOPE, settings.GUIDE_FORM_RATE, form)
    if retry_after is not None:
        response = _render(page, request, context, status=429)
        response["Retry-After"] = str(retry_after)
        return response
    if is_spam(request):
        # Thanked like anyone else; nothing is saved or sent.
        return _render(page, request, _context(page, walk, sent=True))
    if not form.is_valid():
        return _render(page, request, context, status=400)
    cleaned = form.cleaned_data
    send_answers = walk is not None and cleaned.get("send_answers", False)
    callbacks.request_callback(
        page,
        callbacks.CallbackData(
            name=cleaned["name"],
            phone=cleaned["phone"],
            good_time=cleaned["good_time"],
            message=cleaned["message"],
            answers=walk.query() if send_answers else "",
        ),
        now=timezone.now(),
        language=translation.get_language(),
    )
    return redirect(_thanks_url(request, walk))
