"""The wegwijzer's screens: a question, the result, its PDF and mailing it to oneself.

Walking the path sets no cookie and stores nothing: every screen is a GET whose link
holds the answers. Only the mail form (and 'Bel mij', callback_view.py) posts, and only
when the person asks for it.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import DatabaseError
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _

from cms import ratelimit
from cms.pdf import render_pdf
from cms.public_forms import is_spam

from .. import counts
from . import path, state
from .forms import MailResultForm, question_form
from .result import build_result

logger = logging.getLogger(__name__)

TEMPLATE = "guide/wegwijzer_page.html"
MAIL_TEMPLATE = "guide/wegwijzer_mail.html"
SENT = "verstuurd"


def _url(page, route="step", query=""):
    url = page.url + page.reverse_subpage(route)
    return f"{url}?{query}" if query else url


def _page_response(page, request, context, status=200):
    return TemplateResponse(
        request, TEMPLATE, {**page.get_context(request), **context}, status=status
    )


def _step_context(page, walk, district_names):
    child = walk.current
    # Bound when the walk stopped on an error: the form's own checks (required, a known
    # choice) give the same messages next to the field.
    form = question_form(child, district_names, walk.shown_values, show_errors=bool(walk.error))
    back = walk.back_query()
    return {
        "walk": walk,
        "question": child.value,
        "kind": child.block_type,
        "form": form,
        "hidden": [*walk.hidden_params(), (path.SENT, child.value["key"])],
        "back_url": _url(page, query=back) if back is not None else None,
        "result_url": _url(page, query=walk.query()) if walk.kept_params else None,
    }


# The result is the same for everyone with the same answers (it holds nothing personal),
# so its rendered list is cached until content changes or this many seconds pass (the
# trainings and activities coming up move on with the clock).
RESULT_CACHE_SECONDS = 300


def _result_context(page, walk, now):
    query = walk.query()
    return {
        "walk": walk,
        "is_result": True,
        # Built only when the cached list is not used (see wegwijzer_result.html).
        "result": SimpleLazyObject(lambda: build_result(page, walk, now)),
        "result_cache_seconds": RESULT_CACHE_SECONDS,
        # (A timeout of 0, as bench/wegwijzer.py sets to measure a first walker, caches nothing.)
        "result_cache_slot": int(now.timestamp()) // max(RESULT_CACHE_SECONDS, 1),
        "answers_query": query,
        "pdf_url": _url(page, "pdf", query),
        "mail_url": _url(page, "mail", query),
        "callback_url": _url(page, "callback", query),
        "change_urls": [(step, _url(page, query=walk.change_query(step))) for step in walk.steps],
        "restart_url": page.url,
    }


def step_or_result(page, request):
    district_names = state.districts()
    walk = state.walk_request(page, request.GET, district_names)
    if not walk.finished:
        status = 400 if walk.error else 200
        return _page_response(page, request, _step_context(page, walk, district_names), status)
    if walk.sent_key:
        # The last answer was just sent: count the walk once, then show the result at a
        # link without `stap`, so reloading it or sharing it counts nothing.
        try:
            counts.record_walk(page, walk, timezone.now())
        except DatabaseError:  # a lost count must not cost the carer her result
            logger.exception("Could not count a wegwijzer walk")
        return redirect(_url(page, query=walk.query()), permanent=False)
    return _page_response(page, request, _result_context(page, walk, timezone.now()))


def _finished_walk_or_redirect(page, request):
    walk = state.walk_request(page, request.GET)
    if walk.finished:
        return walk, None
    # Not all questions answered (or a link cut short): carry on with the path.
    return None, redirect(_url(page, query=walk.query()))


def result_pdf(page, request):
    walk, unfinished = _finished_walk_or_redirect(page, request)
    if unfinished:
        return unfinished
    now = timezone.now()
    context = {**_result_context(page, walk, now), "page": page, "now": now, "request": request}
    pdf = render_pdf("guide/wegwijzer_result_pdf.html", context)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'inline; filename="wegwijzer-overzicht.pdf"'
    return response


def _send_result(page, request, walk, email, now):
    context = {
        **_result_context(page, walk, now),
        "page": page,
        "result_link": request.build_absolute_uri(_url(page, query=walk.query())),
        "site_root": request.build_absolute_uri("/"),
    }
    subject = _("Uw overzicht uit de wegwijzer van VMCA")
    text = render_to_string("guide/email/wegwijzer_result.txt", context, request=request)
    html = render_to_string("guide/email/wegwijzer_result.html", context, request=request)
    message = EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL, [email])
    message.attach_alternative(html, "text/html")
    message.send()


def mail_result(page, request):
    """'Mail mij dit overzicht': sent at once and not kept, so the address is not stored."""
    walk, unfinished = _finished_walk_or_redirect(page, request)
    if unfinished:
        return unfinished
    now = timezone.now()
    status = 200
    form = MailResultForm(request.POST or None)
    if request.method == "POST":
        if is_spam(request):
            # A bot filled in the hidden field: it sees the usual thank-you, nothing is sent.
            return redirect(_url(page, "mail", walk.query() + f"&{SENT}=1"))
        retry_after = ratelimit.limit_form(
            request, "wegwijzer-mail", settings.GUIDE_FORM_RATE, form
        )
        if retry_after:
            response = _mail_response(page, request, walk, form, now, status=429)
            response["Retry-After"] = str(retry_after)
            return response
        if form.is_valid():
            try:
                _send_result(page, request, walk, form.cleaned_data["email"], now)
            except Exception:  # the mail server refused or is away: say so, keep nothing
                logger.exception("Could not mail a wegwijzer overview")
                form.add_error(
                    None,
                    _("Het lukte niet om de e-mail te sturen. Probeer het later nog eens."),
                )
                return _mail_response(page, request, walk, form, now, status=503)
            return redirect(_url(page, "mail", walk.query() + f"&{SENT}=1"))
        status = 400
    return _mail_response(page, request, walk, form, now, status=status)


def _mail_response(page, request, walk, form, now, status):
    context = {
        **_result_context(page, walk, now),
        "mail_form": form,
        "sent": request.GET.get(SENT) == "1",
        "crumb_trail": [{"url": _url(page, query=walk.query()), "title": _("Uw overzicht")}],
        "crumb_title": _("Overzicht mailen"),
    }
    response = TemplateResponse(
        request, MAIL_TEMPLATE, {**page.get_context(request), **context}, status=status
    )
    add_never_cache_headers(response)
    return response
