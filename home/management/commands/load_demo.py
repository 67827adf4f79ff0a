import os

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from academy.demo import AcademyDemoBuilder, demo_accounts
from cms.demo.builder import DEMO_ACCOUNTS, DemoBuilder
from events.demo import EventsDemoBuilder
from guide.demo import GuideDemoBuilder
from volunteering.demo import VacaturebankDemoBuilder
from volunteering.demo import demo_accounts as vacaturebank_accounts


class Command(BaseCommand):
    help = "Load the Dutch demo content and demo accounts. Safe to run more than once."

    def handle(self, *args, **options):
        if os.environ.get("DJANGO_SETTINGS_MODULE", "").endswith(".production"):
            raise CommandError("The demo content and its known passwords never go on production.")
        pages = DemoBuilder(stdout=None)
        pages.build()
        EventsDemoBuilder(admin=pages.admin).build()
        AcademyDemoBuilder(admin=pages.admin).build()
        VacaturebankDemoBuilder(admin=pages.admin).build()
        GuideDemoBuilder(admin=pages.admin).build()
        call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Demo-inhoud staat klaar."))
        self.stdout.write("")
        self.stdout.write("Website:  http://127.0.0.1:8000/")
        self.stdout.write("Agenda:   http://127.0.0.1:8000/agenda/")
        self.stdout.write("Beheer:   http://127.0.0.1:8000/admin/")
        self.stdout.write("")
        self.stdout.write("Demo-accounts (alleen voor deze demo):")
        for username, password, role, _group in DEMO_ACCOUNTS:
            self.stdout.write(f"  {username:<16} {password:<26} {role}")
        self.stdout.write("")
        self.stdout.write("Vrijwilligersacademie: http://127.0.0.1:8000/vrijwilligersacademie/")
        self.stdout.write("Academie-accounts: inloggen op de website met een code per e-mail")
        self.stdout.write("(de e-mail met de code staat in het venster waarin runserver draait):")
        for login, password, role in demo_accounts():
            self.stdout.write(f"  {login:<28} {password:<26} {role}")
        self.stdout.write("")
        self.stdout.write("Sociale kaart: http://127.0.0.1:8000/sociale-kaart/")
        self.stdout.write("Vacaturebank: http://127.0.0.1:8000/vacaturebank/")
        self.stdout.write("Vacaturebank-accounts (de organisatie logt in met een code per e-mail):")
        for login, password, role in vacaturebank_accounts():
            self.stdout.write(f"  {login:<28} {password:<26} {role}")
