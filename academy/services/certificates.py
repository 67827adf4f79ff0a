"""Issuing, revoking and re-issuing certificates, one at a time or for a whole edition.

A certificate exists only for a confirmed registration that met the course's completion
rule, after the edition's last session (invariant 4). Rendering the PDF takes tens of
milliseconds, and on SQLite a write transaction locks the whole database, so the file is
rendered and stored *before* the short transaction that saves the row. Two requests (or
two bulk runs) may race for the same registration: the partial unique constraint
one_valid_certificate_per_registration lets one win, and the loser deletes its file and
returns the winner's certificate.

Bulk issuing (CertificateRun) handles each registration in its own small transaction and
records its progress on the run row, so a worker that dies halfway loses nothing and a
second run simply continues: whoever already holds a valid certificate is skipped.
"""

import datetime as dt
import hashlib
import logging
from collections import deque
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.files.base import ContentFile
from django.db import IntegrityError, connection, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from cms.background import enqueue_after_commit, run_is_alive

from .. import notifications
from ..models import (
    Certificate,
    CertificateRun,
    Edition,
    EditionStatus,
    Registration,
    RegistrationStatus,
    Session,
)
from ..render_pool import BrokenProcessPool, RenderPool, processes_for
from .accreditation import accreditations_by_register, covers, register_number
from .completion import completion_for, completions_for_edition
from .errors import NotEarned, NotFinished, NotFound, RegistrationError
from .locking import lock_editions, owns_transaction, set_lock_timeout

logger = logging.getLogger(__name__)

# A run whose worker has not reported for this long is taken to be dead and may be started
# again. One certificate takes well under a second, so this is generous.
STALE_AFTER = dt.timedelta(minutes=2)
# A bulk run writes its progress (and heartbeat) after every this many certificates.
PROGRESS_EVERY = 10


class ReasonMissing(RegistrationError):
    status = 400
    default_message = _("Vul een reden in.")


class AlreadyRevoked(RegistrationError):
    default_message = _("Dit certificaat is al ingetrokken.")


# What every certificate of an edition shares ------------------------------------------------


@dataclass
class EditionFacts:
    """Read once per edition, so a bulk run does not repeat it for every person."""

    edition: Edition
    sessions: list
    accreditations: dict = field(default_factory=dict)  # register id -> CourseAccreditation
    branding: object = None

    @property
    def last_end(self):
        return max((s.end for s in self.sessions), default=None)

    @property
    def finished(self):
        return bool(self.sessions) and self.last_end <= timezone.now()

    @property
    def first_date(self):
        return timezone.localtime(min(s.start for s in self.sessions)).date()

    @property
    def last_date(self):
        return timezone.localtime(self.last_end).date()

    @property
    def hours(self):
        seconds = sum((s.end - s.start).total_seconds() for s in self.sessions)
        return (Decimal(seconds) / 3600).quantize(Decimal("0.01"))

    def accreditation_for(self, registration):
        """(accreditation, register number) for the person's register, valid on every day
        of the edition; (None, "") means a bewijs van deelname. The same rule as the
        PE-online lists (academy.services.accreditation)."""
        if not (registration.wants_accreditation and registration.register_id):
            return None, ""
        number = register_number(registration)
        accreditation = self.accreditations.get(registration.register_id)
        if (
            not number
            or accreditation is None
            or not covers(accreditation, self.first_date, self.last_date)
        ):
            return None, ""
        return accreditation, number


def edition_facts(edition, *, with_branding=True):
    from ..certificate_pdf import load_branding

    sessions = list(Session.objects.filter(edition_id=edition.pk).order_by("start", "pk"))
    return EditionFacts(
        edition=edition,
        sessions=sessions,
        accreditations=accreditations_by_register(edition),
        branding=load_branding() if with_branding else None,
    )


def _load_registration(registration):
    return Registration.objects.select_related(
        "edition", "edition__course", "edition__event_page", "participant", "register"
    ).get(pk=registration.pk)


def _valid_certificate(registration_id):
    return Certificate.objects.valid().filter(registration_id=registration_id).first()


def _language(edition):
    page = edition.owner_page
    locale = getattr(page, "locale", None)
    return "en" if locale is not None and locale.language_code == "en" else "nl"


def check_earned(registration, facts, completion=None):
    """Raise NotFinished or NotEarned unless the registration may get a certificate now."""
    if not facts.finished:
        raise NotFinished()
    completion = completion or completion_for(registration)
    if not completion.met:
        raise NotEarned(
            _("Er komt geen certificaat voor %(name)s. %(why)s")
            % {"name": registration.participant.full_name, "why": completion.explanation}
        )


def _draft(registration, facts, by):
    """An unsaved certificate with what it states, as it is today."""
    edition = registration.edition
    accreditation, number = facts.accreditation_for(registration)
    owner = edition.owner_page
    certificate = Certificate(
        registration=registration,
        kind=Certificate.Kind.ACCREDITATION if accreditation else Certificate.Kind.PARTICIPATION,
        language=_language(edition),
        participant_name=registration.participant.full_name[:200],
        course_title=owner.title if owner is not None else edition.title,
        first_date=facts.first_date,
        last_date=facts.last_date,
        hours=facts.hours,
        issued_at=timezone.now(),
        issued_by=by if by is not None and by.is_authenticated else None,
    )
    if accreditation:
        certificate.register_name = accreditation.register.name
        certificate.register_number = number
        certificate.accreditation_id = accreditation.accreditation_id
        certificate.points = accreditation.points
    return certificate


def _render_and_store(certificate, facts, pdf=None):
    """Render the PDF (outside any transaction) unless a bulk run rendered it already, and
    put it in the private storage."""
    from ..certificate_pdf import render_certificate

    if pdf is None:
        pdf = render_certificate(certificate, branding=facts.branding)
    certificate.sha256 = hashlib.sha256(pdf).hexdigest()
    certificate.size = len(pdf)
    certificate.file.save(f"certificaat-{certificate.code}.pdf", ContentFile(pdf), save=False)
    return certificate


def _discard_file(certificate):
    if certificate.file.name:
        try:
            certificate.file.storage.delete(certificate.file.name)
        except Exception:
            logger.exception("Could not delete the unused file %s", certificate.file.name)


def _lock_registration(registration_id):
    """Inside the transaction: the registration row, locked on PostgreSQL (on SQLite the
    IMMEDIATE transaction already holds the database's write lock)."""
    queryset = Registration.objects.filter(pk=registration_id)
    if connection.vendor == "postgresql":
        set_lock_timeout()
        queryset = queryset.select_for_update()
    return queryset.first()


@owns_transaction
def _save_issued(certificate, notify, replacing=None, revoke=None):
    locked = _lock_registration(certificate.registration_id)
    if locked is None or locked.status != RegistrationStatus.CONFIRMED:
        raise NotEarned(_("Deze persoon heeft geen plek (meer). Er komt geen certificaat."))
    if replacing is not None:
        revoked = Certificate.objects.filter(pk=replacing.pk, revoked_at__isnull=True).update(
            revoked_at=revoke["at"], revoked_by=revoke["by"], revoke_reason=revoke["reason"]
        )
        if not revoked:
            raise AlreadyRevoked()
        certificate.replaces = replacing
    winner = _valid_certificate(certificate.registration_id)
    if winner is not None:
        return winner
    certificate.save(force_insert=True)
    if notify:
        notifications.certificate_issued(certificate)
    return certificate


def _issue(
    registration,
    facts,
    *,
    by,
    notify,
    completion=None,
    replacing=None,
    revoke=None,
    rendered=None,
):
    """(certificate, created): created is False when a valid one existed or won a race.
    `rendered` is (draft, pdf) when a bulk run rendered the draft elsewhere."""
    if replacing is None:
        existing = _valid_certificate(registration.pk)
        if existing is not None:
            return existing, False
    check_earned(registration, facts, completion)
    draft, pdf = rendered or (_draft(registration, facts, by), None)
    certificate = _render_and_store(draft, facts, pdf)
    try:
        saved = _save_issued(certificate, notify, replacing=replacing, revoke=revoke)
    except IntegrityError:
        # Someone else issued one between our check and our insert: theirs stands.
        _discard_file(certificate)
        winner = _valid_certificate(registration.pk)
        if winner is None:
            raise
        return winner, False
    except BaseException:
        _discard_file(certificate)
        raise
    if saved.pk != certificate.pk:
        _discard_file(certificate)
        return saved, False
    return saved, True


# One person ---------------------------------------------------------------------------------


def issue_certificate(registration, *, by=None, notify=True):
    """The registration's valid certificate: the existing one, or a new one if it was earned.

    Raises NotFinished before the last session has ended and NotEarned when the
    completion rule was not met (with the reason in plain Dutch)."""
    existing = _valid_certificate(registration.pk)
    if existing is not None:
        return existing
    registration = _load_registration(registration)
    facts = edition_facts(registration.edition)
    return _issue(registration, facts, by=by, notify=notify)[0]


def _clean_reason(reason):
    reason = " ".join((reason or "").split())
    if not reason:
        raise ReasonMissing(_("Vul een reden in. De reden blijft bij het certificaat bewaard."))
    return reason[:300]


def revoke_certificate(certificate, *, by, reason):
    """Mark the certificate as revoked; the verification page then says so."""
    reason = _clean_reason(reason)
    now = timezone.now()
    with transaction.atomic():
        changed = Certificate.objects.filter(pk=certificate.pk, revoked_at__isnull=True).update(
            revoked_at=now, revoked_by=by, revoke_reason=reason
        )
    if not changed:
        raise AlreadyRevoked()
    certificate.refresh_from_db()
    return certificate


def reissue_certificate(certificate, *, by, reason):
    """Revoke the certificate and issue a new one (new code, today's facts) in its place.

    The completion rule is checked again first; if it is no longer met, nothing changes."""
    reason = _clean_reason(reason)
    if certificate.is_revoked:
        raise AlreadyRevoked()
    registration = _load_registration(certificate.registration)
    facts = edition_facts(registration.edition)
    return _issue(
        registration,
        facts,
        by=by,
        notify=True,
        replacing=certificate,
        revoke={"at": timezone.now(), "by": by, "reason": reason},
    )[0]


# A whole edition ----------------------------------------------------------------------------


@owns_transaction
def complete_edition(edition, *, by):
    """The staff action "afronden": mark the edition completed and issue its certificates
    in the background. Only after the last session and never for a cancelled edition."""
    edition = lock_editions(edition.pk)[edition.pk]
    if edition.status == EditionStatus.CANCELLED:
        raise RegistrationError(_("Deze editie is geannuleerd. Afronden kan niet."))
    last = Session.objects.filter(edition_id=edition.pk).order_by("-end").first()
    if last is None:
        raise NotFinished(_("Deze editie heeft geen bijeenkomsten. Afronden kan niet."))
    if last.end > timezone.now():
        raise NotFinished(
            _("Deze editie is nog niet afgelopen. Afronden kan pas na de laatste bijeenkomst.")
        )
    if edition.status != EditionStatus.COMPLETED:
        Edition.objects.filter(pk=edition.pk).update(
            status=EditionStatus.COMPLETED, updated=timezone.now()
        )
        edition.status = EditionStatus.COMPLETED
    return start_certificate_run(edition, by=by)


def _active(run, now):
    return run_is_alive(run, now, stale_after=STALE_AFTER)


def is_stale(run, now=None):
    """Unfinished, but nobody is working on it any more."""
    unfinished = run.status in (CertificateRun.Status.QUEUED, CertificateRun.Status.RUNNING)
    return unfinished and not _active(run, now or timezone.now())


def active_run(edition):
    now = timezone.now()
    for run in CertificateRun.objects.filter(
        edition_id=edition.pk,
        status__in=[CertificateRun.Status.QUEUED, CertificateRun.Status.RUNNING],
    ).order_by("-created", "-pk"):
        if _active(run, now):
            return run
    return None


def start_certificate_run(edition, *, by, enqueue=True):
    """A run that issues the edition's certificates; an active one is returned instead of a
    second. The background task is queued when the caller's transaction commits."""
    with transaction.atomic():
        running = active_run(edition)
        if running is not None:
            return running
        run = CertificateRun.objects.create(
            edition_id=edition.pk,
            started_by=by if by is not None and by.is_authenticated else None,
        )
        if enqueue:
            # A run that could not be queued stays queued; after a while the admin offers
            # to start it again.
            enqueue_after_commit(
                issue_certificates_task, run.pk, retried_by="the admin's 'start again'"
            )
    return run


@task()
def issue_certificates_task(run_id):
    """Issue an edition's certificates (a CertificateRun). Never raises: the run row keeps
    its progress and any error, and a run whose worker died can be started again."""
    run = CertificateRun.objects.filter(pk=run_id).first()
    if run is None:
        return None
    return run_certificates(run).status


def _claim(run, now):
    """Take the run for this worker: only if it is queued, failed, or its worker is gone."""
    free = Q(status__in=[CertificateRun.Status.QUEUED, CertificateRun.Status.FAILED]) | Q(
        status=CertificateRun.Status.RUNNING, heartbeat__lt=now - STALE_AFTER
    )
    return (
        CertificateRun.objects.filter(free, pk=run.pk).update(
            status=CertificateRun.Status.RUNNING,
            started_at=now,
            heartbeat=now,
            finished_at=None,
            last_error="",
            total=0,
            processed=0,
            issued=0,
            skipped=0,
            failed=0,
        )
        == 1
    )


def _save_progress(run, every=1, **extra):
    """Write the counts (and the heartbeat); with `every`, only each N-th registration."""
    if every > 1 and not extra and run.processed % every and run.processed < run.total:
        return
    run.heartbeat = timezone.now()
    values = {
        "total": run.total,
        "processed": run.processed,
        "issued": run.issued,
        "skipped": run.skipped,
        "failed": run.failed,
        "last_error": run.last_error,
        "heartbeat": run.heartbeat,
        **extra,
    }
    for name, value in extra.items():
        setattr(run, name, value)
    CertificateRun.objects.filter(pk=run.pk).update(**values)


def run_certificates(run, *, progress=None):
    """Issue every certificate of the run's edition that is due; returns the run.

    Each registration is issued in its own transaction. Whoever already holds a valid
    certificate, or did not complete, is skipped; an error for one person is counted and
    the run goes on. `progress(run)` is called after each registration."""
    if not _claim(run, timezone.now()):
        run.refresh_from_db()
        return run
    run.refresh_from_db()
    try:
        _process(run, progress)
    except Exception as error:
        logger.exception("Certificate run %s stopped", run.pk)
        if isinstance(error, RegistrationError):
            run.last_error = str(error.message)
        else:
            run.last_error = f"{type(error).__name__}: {error}"[:2000]
        _save_progress(run, status=CertificateRun.Status.FAILED, finished_at=timezone.now())
        return run
    _save_progress(run, status=CertificateRun.Status.DONE, finished_at=timezone.now())
    if progress:
        progress(run)
    return run


def _for_rendering(certificate):
    """The draft without its loaded relations (course page, participant, ...): all the PDF
    needs are the certificate's own fields, and a bare copy travels cheaply to a worker."""
    return Certificate(
        **{
            field.attname: getattr(certificate, field.attname)
            for field in Certificate._meta.concrete_fields
        }
    )


def _process(run, progress):
    from ..certificate_pdf import render_certificate

    edition = Edition.objects.select_related("course", "event_page").get(pk=run.edition_id)
    facts = edition_facts(edition)
    if not facts.finished:
        raise NotFinished()
    registrations = list(
        Registration.objects.filter(edition_id=edition.pk, status=RegistrationStatus.CONFIRMED)
        .select_related("edition", "edition__course", "edition__event_page", "participant")
        .select_related("register")
        .prefetch_related("participant__professional_registrations")
        .order_by("pk")
    )
    holding = set(
        Certificate.objects.valid()
        .filter(registration__edition_id=edition.pk)
        .values_list("registration_id", flat=True)
    )
    todo = [r for r in registrations if r.pk not in holding]
    completions = completions_for_edition(edition, todo)
    earned = [r for r in todo if completions[r.pk].met]
    run.total = len(registrations)
    # Whoever holds a certificate already, or did not complete, is done at once.
    run.skipped = run.processed = len(registrations) - len(earned)
    _save_progress(run)
    if progress:
        progress(run)

    # Render ahead in worker processes while this one stores and saves, in order.
    queue = iter(earned)
    pending = deque()
    with RenderPool(processes_for(len(earned))) as pool:
        # Workers keep a few documents queued; rendering here goes one at a time, so a
        # crash loses at most the one certificate in hand.
        window = 4 * pool.processes if pool.processes > 1 else 1

        def render_ahead():
            for registration in queue:
                draft = _draft(registration, facts, run.started_by)
                job = pool.submit(render_certificate, _for_rendering(draft), facts.branding)
                pending.append((registration, draft, job))
                if len(pending) >= window:
                    return

        render_ahead()
        while pending:
            registration, draft, job = pending.popleft()
            try:
                _certificate, created = _issue(
                    registration,
                    facts,
                    by=run.started_by,
                    notify=True,
                    completion=completions[registration.pk],
                    rendered=(draft, job.result()),
                )
            except BrokenProcessPool:
                raise  # a worker died: stop; running again continues where this stopped
            except Exception as error:
                logger.exception("Certificate for registration %s failed", registration.pk)
                run.failed += 1
                message = getattr(error, "message", None) or error
                run.last_error = f"{registration.participant.full_name}: {message}"[:2000]
            else:
                # Issued by someone else meanwhile (a parallel run): nothing new from us.
                if created:
                    run.issued += 1
                else:
                    run.skipped += 1
            run.processed += 1
            _save_progress(run, every=PROGRESS_EVERY)
            if progress:
                progress(run)
            render_ahead()


# The test result (courses that end with a test) --------------------------------------------


def set_assessment_result(registration, passed, *, by=None):
    """Record whether the person passed the test (True/False) or that it is unknown (None).

    A valid certificate rests on a passed test: revoke it first before saying otherwise."""
    with transaction.atomic():
        if _lock_registration(registration.pk) is None:
            raise NotFound()
        if passed is not True and _valid_certificate(registration.pk) is not None:
            raise RegistrationError(
                _(
                    "Deze persoon heeft al een certificaat. "
                    "Trek dat eerst in als de toets niet gehaald is."
                )
            )
        Registration.objects.filter(pk=registration.pk).update(
            assessment_passed=passed, updated=timezone.now()
        )
    registration.assessment_passed = passed
    return registration
