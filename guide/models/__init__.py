from .offers import SupportOfferIndexPage, SupportOfferPage

__all__ = ["SupportOfferIndexPage", "SupportOfferPage"]
