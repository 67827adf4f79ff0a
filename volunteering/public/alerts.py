"""Vacancy alerts: sign up for a search, confirm by the link in the mail, stop in one click."""

from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils import timezone, translation

from cms.public_forms import is_spam

from .. import links
from ..finding import describe
from ..services import alerts as services
from .contact_forms import AlertForm
from .form_pages import rate_limited, render, too_many

SUBSCRIBE_TEMPLATE = "volunteering/alert_subscribe.html"
CONFIRM_TEMPLATE = "volunteering/alert_confirm.html"
STOP_TEMPLATE = "volunteering/alert_stop.html"
SENT = "verstuurd"


def _search_context(query):
    query = services.canonical_query(query)
    search_url = links.page_route("search")
    return {
        "query": query,
        "search": describe(services.search_of(query)),
        "search_url": f"{search_url}?{query}" if query else search_url,
    }


def subscribe_page(page, request):
    if request.method == "POST":
        return _subscribe(page, request)
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "POST"])
    if request.GET.get(SENT) == "1":
        return render(page, request, SUBSCRIBE_TEMPLATE, {"sent": True})
    # Opened from a search: ?zoek=<the search's query string>.
    query = request.GET.get("zoek", "")
    form = AlertForm(initial={"query": services.canonical_query(query)})
    return render(page, request, SUBSCRIBE_TEMPLATE, {"form": form, **_search_context(query)})


def _subscribe(page, request):
    form = AlertForm(request.POST)
    query = request.POST.get("query", "")[:500]
    retry_after = rate_limited(request, "vacancy-alert", form)
    if retry_after is not None:
        context = {"form": form, **_search_context(query)}
        return too_many(page, request, SUBSCRIBE_TEMPLATE, context, retry_after)
    if is_spam(request):
        return render(page, request, SUBSCRIBE_TEMPLATE, {"sent": True})
    if not form.is_valid():
        context = {"form": form, **_search_context(query)}
        return render(page, request, SUBSCRIBE_TEMPLATE, context, status=400)
    services.subscribe(
        form.cleaned_data["email"],
        form.cleaned_data["query"],
        now=timezone.now(),
        language=translation.get_language(),
    )
    # The same answer whether the address had an alert already: the page tells nobody
    # which addresses are signed up.
    return redirect(f"{request.path}?{SENT}=1")


def _alert_or_404(token):
    alert = services.alert_for_token(token)
    if alert is None:
        raise Http404
    return alert


def confirm_page(page, request, token):
    """The link in the confirmation mail. A GET confirms: mail programs that open links
    ahead cannot do harm here, the person asked for this alert themselves."""
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET"])
    _alert_or_404(token)
    alert = services.confirm(token, now=timezone.now())
    if alert is None:
        raise Http404
    context = {
        **_search_context(alert.query),
        "alert": alert,
        "stop_url": links.page_route("alert_stop", alert.token),
    }
    return render(page, request, CONFIRM_TEMPLATE, context)


def unsubscribe_page(page, request, token):
    """GET asks to confirm with one button (a mail scanner following the link changes
    nothing); POST removes the alert. A link used before says it is done already."""
    if request.method == "POST":
        removed = services.unsubscribe(token)
        return render(page, request, STOP_TEMPLATE, {"stopped": True, "was_there": removed})
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "POST"])
    alert = services.alert_for_token(token)
    if alert is None:
        return render(page, request, STOP_TEMPLATE, {"stopped": True, "was_there": False})
    context = {"alert": alert, **_search_context(alert.query)}
    return render(page, request, STOP_TEMPLATE, context)
