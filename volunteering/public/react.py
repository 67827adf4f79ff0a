""" "Ik wil dit doen": the reaction form of one vacancy, and its thank-you state."""

from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from cms.public_forms import is_spam

from .. import links, rules
from ..models import Vacancy
from ..services import reactions as services
from .contact_forms import ReactionForm
from .form_pages import rate_limited, render, too_many

TEMPLATE = "volunteering/react.html"
SENT = "verstuurd"
# The thank-you state after a redirect: a new reaction, or one the person sent before.
SENT_NEW = "1"
SENT_BEFORE = "al"


def _vacancy_or_404(pk):
    vacancy = (
        Vacancy.objects.select_related("organisation__vacancy_account", "wijk")
        .filter(pk=pk)
        .first()
    )
    if vacancy is None:
        raise Http404
    return vacancy


def _context(vacancy, **extra):
    return {
        "vacancy": vacancy,
        "organisation": vacancy.organisation,
        "vacancy_url": links.vacancy_url(vacancy),
        "search_url": links.page_route("search"),
        # Home › Vacaturebank › the vacancy › this step (breadcrumbs.html).
        "crumb_trail": [{"url": links.vacancy_url(vacancy), "title": vacancy.title}],
        "crumb_title": _("Ik wil dit doen"),
        **extra,
    }


def _thanks(page, request, vacancy, sent):
    context = _context(
        vacancy,
        sent=sent,
        sent_before=sent == SENT_BEFORE,
        crumb_title=_("Bedankt voor uw reactie"),
    )
    return render(page, request, TEMPLATE, context)


def _after(request, state):
    """Post/Redirect/Get: reloading the thank-you page sends nothing again."""
    return redirect(f"{request.path}?{SENT}={state}")


def _gone(page, request, vacancy, error):
    context = _context(vacancy, gone_message=error.message)
    return render(page, request, TEMPLATE, context, status=error.status)


def react_page(page, request, pk):
    vacancy = _vacancy_or_404(pk)
    now = timezone.now()
    if request.method == "POST":
        return _post(page, request, vacancy, now)
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "POST"])
    sent = request.GET.get(SENT)
    if sent in (SENT_NEW, SENT_BEFORE):
        return _thanks(page, request, vacancy, sent)
    if not rules.is_live(vacancy, now):
        raise Http404
    return render(page, request, TEMPLATE, _context(vacancy, form=ReactionForm()))


def _post(page, request, vacancy, now):
    form = ReactionForm(request.POST)
    retry_after = rate_limited(request, "vacancy-reaction", form)
    if retry_after is not None:
        return too_many(page, request, TEMPLATE, _context(vacancy, form=form), retry_after)
    if is_spam(request):
        # Answer as if it worked, so the bot learns nothing; nothing is saved or sent.
        return _thanks(page, request, vacancy, SENT_NEW)
    if not rules.is_live(vacancy, now):
        return _gone(page, request, vacancy, services.VacancyNotLive())
    if not form.is_valid():
        return render(page, request, TEMPLATE, _context(vacancy, form=form), status=400)
    data = {name: form.cleaned_data[name] for name in services.ReactionData.__dataclass_fields__}
    try:
        services.react(vacancy, data, now=now, language=translation.get_language())
    except services.AlreadyReacted:
        return _after(request, SENT_BEFORE)
    except services.ReactionError as error:
        return _gone(page, request, vacancy, error)
    return _after(request, SENT_NEW)
