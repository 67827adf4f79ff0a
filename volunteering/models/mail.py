from django.db import models
from django.utils.translation import gettext_lazy as _


class OutgoingMessage(models.Model):
    """A vacaturebank mail, rendered when it is queued and sent after the commit.

    The academy keeps its own outbox (academy.mailer), which renders at sending time for
    registrations; these mails have no lock to wait for, so they are rendered at once.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Wacht op verzenden")
        SENT = "sent", _("Verzonden")
        FAILED = "failed", _("Mislukt")

    # What the mail is about, e.g. "reaction-received:42"; one mail per key, ever.
    key = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=40)
    to = models.EmailField()
    subject = models.CharField(max_length=300)
    body_text = models.TextField()
    body_html = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True, db_index=True)
    created = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("e-mail van de vacaturebank")
        verbose_name_plural = _("e-mails van de vacaturebank")
        ordering = ["-created"]

    def __str__(self):
        return f"{self.subject} → {self.to}"
