"""Admin forms that run one service: GET shows the form, POST calls the service; a rule
that says no (RegistrationError) shows the form again with its message and 4xx status."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from ..services.errors import RegistrationError


class ServiceActionMixin:
    """For a FormView. Subclasses implement perform(form) -> success message (or None),
    get_success_url(), and may show a refusal differently in refuse(form, error)."""

    submit_label = _("Opslaan")
    intro = ""
    danger = False

    def perform(self, form):
        raise NotImplementedError

    def form_valid(self, form):
        try:
            message = self.perform(form)
        except RegistrationError as error:
            if error.status == 404:
                raise Http404(str(error.message)) from error
            return self.refuse(form, error)
        if message:
            messages.success(self.request, message)
        return redirect(self.get_success_url())

    def refuse(self, form, error):
        messages.error(self.request, error.message)
        return self.render_to_response(self.get_context_data(form=form), status=error.status)

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            submit_label=self.submit_label,
            intro=self.intro,
            danger=self.danger,
            action_url=self.request.path,
        )
        return context
