""" "Help mij zoeken": ask VMCA for a phone call or a visit, for people who find
searching hard. Few fields, and a phone number to call instead."""

from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils import timezone, translation

from cms.public_forms import is_spam

from .. import links
from ..services import help_requests as services
from ..services.contact_details import vmca_contact
from .contact_forms import HelpRequestForm
from .form_pages import rate_limited, render, too_many

TEMPLATE = "volunteering/help.html"
SENT = "verstuurd"


def _context(**extra):
    return {
        "vmca": vmca_contact(),
        "search_url": links.page_route("search"),
        **extra,
    }


def help_page(page, request):
    if request.method == "POST":
        return _post(page, request)
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "POST"])
    if request.GET.get(SENT) == "1":
        return render(page, request, TEMPLATE, _context(sent=True))
    return render(page, request, TEMPLATE, _context(form=HelpRequestForm()))


def _post(page, request):
    form = HelpRequestForm(request.POST)
    retry_after = rate_limited(request, "vacancy-help", form)
    if retry_after is not None:
        return too_many(page, request, TEMPLATE, _context(form=form), retry_after)
    if is_spam(request):
        # Thanked like anyone else; nothing is saved or sent.
        return render(page, request, TEMPLATE, _context(sent=True))
    if not form.is_valid():
        return render(page, request, TEMPLATE, _context(form=form), status=400)
    data = {name: form.cleaned_data[name] for name in services.HelpRequestData.__dataclass_fields__}
    services.ask_for_help(data, now=timezone.now(), language=translation.get_language())
    return redirect(f"{request.path}?{SENT}=1")
