from .attendance import ATTENDED_STATUSES, Attendance, AttendanceStatus
from .certificate_settings import CertificateSettings
from .certificates import AccreditationExport, Certificate, CertificateRun
from .choices import (
    LIVE_STATUSES,
    PLACE_TAKING_STATUSES,
    CourseFormat,
    EditionStatus,
    ParticipantType,
    RegistrationStatus,
)
from .courses import CourseAccreditation, CourseIndexPage, CoursePage, CoursePrice
from .editions import Edition, Session
from .mail import OutgoingMail
from .participants import Participant, ProfessionalRegistration
from .payments import (
    ACTIVE_PAYMENT_STATUSES,
    UNSETTLED_PAYMENT_STATUSES,
    Invoice,
    InvoiceCounter,
    Payment,
    PaymentEvent,
    PaymentMethod,
    PaymentSettings,
    PaymentStatus,
    Refund,
)
from .registers import AccreditationRegister
from .registrations import Registration

__all__ = [
    "ACTIVE_PAYMENT_STATUSES",
    "UNSETTLED_PAYMENT_STATUSES",
    "Invoice",
    "InvoiceCounter",
    "Payment",
    "PaymentEvent",
    "PaymentMethod",
    "PaymentSettings",
    "PaymentStatus",
    "Refund",
    "ATTENDED_STATUSES",
    "AccreditationExport",
    "Attendance",
    "AttendanceStatus",
    "Certificate",
    "CertificateRun",
    "CertificateSettings",
    "LIVE_STATUSES",
    "PLACE_TAKING_STATUSES",
    "AccreditationRegister",
    "CourseAccreditation",
    "CourseFormat",
    "CourseIndexPage",
    "CoursePage",
    "CoursePrice",
    "Edition",
    "EditionStatus",
    "OutgoingMail",
    "Participant",
    "ParticipantType",
    "ProfessionalRegistration",
    "Registration",
    "RegistrationStatus",
    "Session",
]
