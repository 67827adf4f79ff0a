"""Which e-mail goes out when, written to the outbox inside the caller's transaction.

The registration services call these functions while they hold their lock; each
one writes at most one OutgoingMail row per (kind, registration) key, so running
a service twice never mails twice, and the mail is sent only if the transaction
commits (the send task is queued on commit; see academy.mailer).
"""

from .mailer import queue_mail


def registration_confirmed(registration):
    queue_mail("confirmation", registration, key=f"confirmation:{registration.pk}")


def waiting_list_joined(registration):
    queue_mail("waiting_list", registration, key=f"waiting_list:{registration.pk}")


def waiting_list_left(registration):
    queue_mail("waiting_list_left", registration, key=f"waiting_list_left:{registration.pk}")


def place_offered(registration):
    # One person can get an offer, let it expire, and later get another: key on the time.
    stamp = registration.offered_at.strftime("%Y%m%d%H%M%S%f")
    queue_mail("offer", registration, key=f"offer:{registration.pk}:{stamp}")


def offer_declined(registration):
    queue_mail("offer_declined", registration, key=f"offer_declined:{registration.pk}")


def offer_expired(registration):
    queue_mail("offer_expired", registration, key=f"offer_expired:{registration.pk}")


def registration_cancelled(registration):
    queue_mail("cancellation", registration, key=f"cancellation:{registration.pk}")


def registration_moved(old, new):
    queue_mail("moved", new, key=f"moved:{old.pk}:{new.pk}", extra={"previous": old})


def edition_cancelled(registration, reason):
    queue_mail(
        "edition_cancelled",
        registration,
        key=f"edition_cancelled:{registration.pk}",
        extra={"reason": reason},
    )


def session_reminder(registration):
    # Once per registration, however often the daily reminder command runs.
    return queue_mail("reminder", registration, key=f"reminder:{registration.pk}")


def certificate_issued(certificate):
    # Keyed on the certificate: a re-issued certificate is a new one and is mailed again.
    queue_mail(
        "certificate_issued",
        certificate.registration,
        key=f"certificate_issued:{certificate.pk}",
        extra={"certificate_id": certificate.pk},
    )


def invoice_issued(invoice):
    # Pay-by-invoice: the invoice goes out with the place (once per invoice).
    queue_mail(
        "invoice",
        invoice.payment.registration,
        key=f"invoice:{invoice.pk}",
        extra={"invoice_id": invoice.pk},
    )


def payment_not_received(registration):
    # The online payment failed or was not finished in time: the place is given up.
    queue_mail("payment_not_received", registration, key=f"payment_not_received:{registration.pk}")


def refund_made(refund):
    queue_mail(
        "refund",
        refund.payment.registration,
        key=f"refund:{refund.pk}",
        extra={"refund_id": refund.pk},
    )


def times_changed(registration, schedule):
    # Once per registration and schedule: pressing the button twice mails once, and a
    # later change of the times (another `schedule`) can be told again.
    return queue_mail(
        "times_changed", registration, key=f"times_changed:{registration.pk}:{schedule}"
    )
