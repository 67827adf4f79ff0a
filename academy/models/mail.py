"""The outbox: every e-mail is a row first, so a failed send is retried and never doubled."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OutgoingMail(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Wacht op verzenden")
        SENT = "sent", _("Verzonden")
        FAILED = "failed", _("Mislukt")

    # What this mail is about, e.g. "confirmation:42"; one mail per key, ever.
    key = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=40)
    registration = models.ForeignKey(
        "academy.Registration",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="mails",
    )
    to = models.EmailField()
    # What the templates need beyond the registration (a reason, a staff message), kept
    # as JSON so the mail can be rendered by the worker, outside the registration's lock.
    context = models.JSONField(default=dict, blank=True)
    rendered = models.BooleanField(default=False)
    subject = models.CharField(max_length=300, blank=True)
    body_text = models.TextField(blank=True)
    body_html = models.TextField(blank=True)
    ics = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True, db_index=True)
    created = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("e-mail")
        verbose_name_plural = _("e-mails")
        ordering = ["-created"]

    def __str__(self):
        return f"{self.subject} → {self.to}"
