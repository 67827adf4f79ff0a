from .offers import SupportOfferIndexPage, SupportOfferPage
from .wegwijzer import AnswerCount, CallbackRequest, CallbackStatus, GoodTime, WegwijzerPage

__all__ = [
    "AnswerCount",
    "CallbackRequest",
    "CallbackStatus",
    "GoodTime",
    "SupportOfferIndexPage",
    "SupportOfferPage",
    "WegwijzerPage",
]
