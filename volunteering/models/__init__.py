from .alerts import VacancyAlert
from .choices import (
    ChangeStatus,
    Commitment,
    ContactPreference,
    Decision,
    HelpChannel,
    HelpStatus,
    OrganisationStatus,
    ReactionStatus,
    VacancyStatus,
    VogCost,
)
from .mail import OutgoingMessage
from .organisations import Membership, OrganisationAccount
from .pages import VacancyIndexPage
from .reactions import HelpRequest, Reaction
from .vacancies import ModerationDecision, Vacancy, VacancyChange

__all__ = [
    "ChangeStatus",
    "Commitment",
    "ContactPreference",
    "Decision",
    "HelpChannel",
    "HelpRequest",
    "HelpStatus",
    "Membership",
    "ModerationDecision",
    "OrganisationAccount",
    "OutgoingMessage",
    "OrganisationStatus",
    "Reaction",
    "ReactionStatus",
    "Vacancy",
    "VacancyAlert",
    "VacancyChange",
    "VacancyIndexPage",
    "VacancyStatus",
    "VogCost",
]
