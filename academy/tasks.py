"""Background tasks (django-tasks): sending the outbox."""

from django_tasks import task

from . import mailer


@task()
def send_outgoing_mail(mail_id):
    """Send one outbox mail. Never raises: with the immediate backend this runs inside the
    request's on-commit hook, and a mail server that is down must not turn a registration
    that succeeded into an error page. A failure is kept on the row for send_pending_mail."""
    return mailer.deliver(mail_id)


@task()
def issue_certificates_task(run_id):
    """Issue an edition's certificates (a CertificateRun). Never raises: the run row keeps
    its progress and any error, and a run whose worker died can be started again."""
    from .models import CertificateRun
    from .services.certificates import run_certificates

    run = CertificateRun.objects.filter(pk=run_id).first()
    if run is None:
        return None
    return run_certificates(run).status


@task()
def execute_refund_task(refund_id):
    """Pay out a booked refund through the provider. A failure stays on the refund row
    and is retried by `manage.py retry_refunds`."""
    from .services.payments import execute_refund

    refund = execute_refund(refund_id)
    return refund.status if refund is not None else None


@task()
def apply_stripe_event_task(event_id):
    """Apply a Stripe event the webhook stored. Never raises: a failure is kept on the event
    row, and `manage.py sync_payments` tries stored events again."""
    from .payments.stripe_events import apply_stored_event

    return apply_stored_event(event_id)
