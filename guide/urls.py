"""Public links of the sociale kaart outside its pages (inside the language prefix).
The offers themselves are Wagtail pages."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "guide"

urlpatterns = [
    path(_("sociale-kaart/bevestigen/<str:token>/"), views.confirm_offer, name="confirm_offer"),
]
