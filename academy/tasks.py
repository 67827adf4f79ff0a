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
