"""Mijn organisatie (inside the language prefix: /... and /en/...). The public vacaturebank
pages are routes of VacancyIndexPage (models/pages.py)."""

from django.urls import path  # noqa: F401
from django.utils.translation import gettext_lazy as _  # noqa: F401

app_name = "volunteering"

urlpatterns = []
