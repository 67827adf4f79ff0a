from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from cms.figures import THIS_YEAR, register_live_figure, register_live_figure_alias


def _period(start, end):
    from .periods import Period

    return Period(start, end)


# The live figures of the "De cijfers" block. Each counts with the same function as the
# dashboard, so the home page and the dashboard never disagree. Imported when counted:
# the figure modules read every app's models.


def _matches(start, end):
    from .metrics import vacaturebank

    return vacaturebank.matches(_period(start, end))


def _new_vacancies(start, end):
    from .metrics import vacaturebank

    return vacaturebank.new_vacancies(_period(start, end))


def _reactions(start, end):
    from .metrics import vacaturebank

    return vacaturebank.reactions(_period(start, end))


def _paths_walked(start, end):
    from .metrics import wegwijzer

    return wegwijzer.paths_walked(_period(start, end))


def _registrations(start, end):
    from .metrics import academy

    return academy.registrations(_period(start, end))


def _participants(start, end):
    from .metrics import academy

    return academy.participants(_period(start, end))


def _certificates(start, end):
    from .metrics import academy

    return academy.certificates(_period(start, end))


def _events_held(start, end):
    from .metrics import agenda

    period = _period(start, end)
    # Held means over by the end of the period: "now" is its end.
    return agenda.events_held(period, period.bounds()[1])


class InsightsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "insights"
    verbose_name = _("Cijfers")

    def ready(self):
        # insights is the one app that may read every other app, so the live figures of
        # the "De cijfers" block are registered here (cms.figures).
        register_live_figure("vacaturebank-matches", _("Matches via de vacaturebank"), _matches)
        register_live_figure(
            "vacaturebank-vacatures", _("Nieuwe vacatures"), _new_vacancies, people=False
        )
        register_live_figure("vacaturebank-reacties", _("Reacties op vacatures"), _reactions)
        register_live_figure("wegwijzer-paden", _("Paden door de wegwijzer"), _paths_walked)
        register_live_figure(
            "academie-aanmeldingen", _("Aanmeldingen voor trainingen"), _registrations
        )
        register_live_figure("academie-deelnemers", _("Deelnemers aan trainingen"), _participants)
        register_live_figure("academie-certificaten", _("Uitgereikte certificaten"), _certificates)
        register_live_figure(
            "agenda-activiteiten", _("Activiteiten in de agenda"), _events_held, people=False
        )
        # Saved pages may still hold the wegwijzer's old key: paths walked this year.
        register_live_figure_alias(
            "wegwijzer-paden-dit-jaar",
            _("Paden door de wegwijzer, dit jaar (oude keuze)"),
            "wegwijzer-paden",
            THIS_YEAR,
        )
