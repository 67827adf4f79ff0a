"""Vacancy alerts: a weekly mail with the new vacancies that match a saved search."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class VacancyAlert(models.Model):
    email = models.EmailField(_("e-mailadres"))
    # The search as its query string (wijk=...&thema=...), the same state as in the URL.
    query = models.CharField(_("zoekopdracht"), max_length=500, blank=True)
    language = models.CharField(_("taal"), max_length=8, default="nl")
    token = models.CharField(max_length=64, unique=True)
    created = models.DateTimeField(_("aangemaakt op"))
    confirmed_at = models.DateTimeField(_("bevestigd op"), null=True, blank=True)
    # Vacancies published after this moment are new for the next mail.
    last_sent_at = models.DateTimeField(_("laatst verstuurd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("vacature-attendering")
        verbose_name_plural = _("vacature-attenderingen")
        ordering = ["-created"]

    def __str__(self):
        return self.email
