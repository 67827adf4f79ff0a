"""The privacy statement of the demo site (Dutch, B1, and English).

Pure data, like content.py, except for two numbers: how long the academy keeps personal
data and how long contact messages are kept. The builder passes
settings.ACADEMY_RETENTION_YEARS and settings.CONTACT_RETENTION_MONTHS, so the text says
what the retention jobs (academy.services.retention, cms.retention) really do.

Keep this text true to the system: if the site starts to keep, share or track
something new, this page has to say so.
"""

SLUG = "privacyverklaring"
SLUG_EN = "privacy-statement"

_WORDS_NL = {1: "één", 2: "twee", 3: "drie", 4: "vier", 5: "vijf", 6: "zes", 7: "zeven"}
_WORDS_EN = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven"}

# The cookies this site can set. All are needed for the site to work; none follows you.
COOKIES = ["csrftoken", "sessionid", "messages"]


def years_nl(years):
    return f"{_WORDS_NL.get(years, years)} jaar"


def years_en(years):
    word = _WORDS_EN.get(years, str(years))
    return f"{word} year" if years == 1 else f"{word} years"


def _paragraph(html):
    return ("paragraph", html)


def _heading(text):
    return ("heading", {"text": text, "level": "h2"})


def page(retention_years, contact_months, volunteering_months):
    years = years_nl(retention_years)
    return {
        "slug": SLUG,
        "title": "Privacyverklaring",
        "intro": (
            "Wij gaan zorgvuldig om met uw gegevens. Op deze pagina leest u welke gegevens "
            "wij bewaren, waarom, hoe lang en wie ze krijgt. U leest ook wat uw rechten zijn."
        ),
        "image_label": "Privacy",
        "search_description": (
            "Hoe gaat VMCA Almere om met uw persoonsgegevens? Welke gegevens, waarom, hoe lang, "
            "welke cookies en wat uw rechten zijn."
        ),
        "tags": ["privacy", "website"],
        "body": [
            _heading("Wie zijn wij?"),
            _paragraph(
                "<p>VMCA Almere (Vrijwilligers en Mantelzorg Centrale Almere) is "
                "verantwoordelijk voor de gegevens op deze website. Ons adres is "
                "Voorbeeldpassage 10, 1300 AB Almere.</p>"
            ),
            _heading("Welke gegevens bewaren wij?"),
            _paragraph(
                "<p>Meldt u zich aan voor een training of workshop van de "
                "Vrijwilligersacademie? Dan bewaren wij:</p>"
                "<ul><li>uw naam, e-mailadres en telefoonnummer;</li>"
                "<li>uw organisatie en uw wijk, als u die invult;</li>"
                "<li>of u vrijwilliger, mantelzorger of professional bent;</li>"
                "<li>uw antwoorden op onze vragen, zoals wensen voor eten (dieet) en wat u nodig "
                "heeft om mee te kunnen doen (toegankelijkheid);</li>"
                "<li>uw registratienummer bij een beroepsregister, als u accreditatiepunten "
                "wilt;</li>"
                "<li>of u bij de bijeenkomsten was, en uw certificaat;</li>"
                "<li>uw betalingen en facturen, met de factuurgegevens die u invult.</li></ul>"
                "<p>Heeft u een account? Dan bewaren wij ook uw e-mailadres en wanneer u voor het "
                "laatst bent ingelogd. Stuurt u ons een bericht via het contactformulier? Dan "
                "bewaren wij uw naam, uw e-mailadres en uw bericht.</p>"
            ),
            _heading("De vacaturebank"),
            _paragraph(
                "<p>Reageert u op een vacature met 'Ik wil dit doen'? Dan bewaren wij uw naam, "
                "uw e-mailadres of telefoonnummer, uw bericht en hoe u bereikt wilt worden. "
                "De organisatie van die vacature krijgt deze gegevens, want zij neemt contact "
                "met u op. Dat doen wij alleen als u daar een vinkje voor zet.</p>"
                "<p>Vraagt u ons om hulp bij het zoeken? Dan bewaren wij uw naam, uw "
                "telefoonnummer of e-mailadres, uw wijk en uw vraag. Alleen medewerkers van VMCA "
                "zien dat. Wilt u nieuwe vacatures per e-mail? Dan bewaren wij uw e-mailadres "
                "en uw zoekopdracht, tot u stopt.</p>"
                "<p>Hulpvragen halen wij na "
                f"{volunteering_months} maanden weg. Uit een reactie halen wij dan uw naam, "
                "e-mailadres, telefoonnummer en bericht weg. Wat overblijft, zegt niets over u. "
                "Wij tellen het nog mee in onze cijfers. Een e-mailadres dat u niet bevestigt, "
                "halen wij na 7 dagen weg.</p>"
            ),
            _heading("Waarom gebruiken wij uw gegevens?"),
            _paragraph(
                "<ul><li><strong>Om de training te geven.</strong> U meldt zich aan en wij "
                "geven de training. Daarvoor hebben wij uw gegevens nodig. Dat is een "
                "overeenkomst tussen u en ons.</li>"
                "<li><strong>Om onze organisatie goed te laten werken.</strong> Wij tellen "
                "bijvoorbeeld hoeveel mensen uit elke wijk meedoen. Dat noemen we een "
                "gerechtvaardigd belang. Wij gebruiken daarvoor geen namen.</li>"
                "<li><strong>Omdat de wet het vraagt.</strong> Facturen moeten wij zeven jaar "
                "bewaren voor de belastingdienst.</li></ul>"
            ),
            _heading("Hoe lang bewaren wij uw gegevens?"),
            _paragraph(
                f"<p>Wij bewaren uw gegevens {years} na de laatste keer dat u iets bij ons deed. "
                "Bijvoorbeeld: u logde in, u meldde zich aan of u had een bijeenkomst. Daarna "
                "halen wij uw naam, e-mailadres, telefoonnummer, antwoorden en account "
                "automatisch weg. Wij houden dan alleen aantallen over, zonder naam.</p>"
                "<ul><li>Facturen bewaren wij zeven jaar. Dat is de wet.</li>"
                "<li>Heeft u een certificaat gekregen? Dan blijft uw naam op dat certificaat "
                "staan. Zo kan een register of werkgever het certificaat later nog "
                "controleren.</li>"
                "<li>Een bericht via het contactformulier gebruiken wij alleen om uw vraag te "
                f"beantwoorden. Na {contact_months} maanden halen wij het weg.</li></ul>"
            ),
            _heading("Wie krijgt uw gegevens?"),
            _paragraph(
                "<p>Wij verkopen uw gegevens nooit. Alleen deze partijen krijgen iets:</p>"
                "<ul><li><strong>Stripe</strong>, als u online betaalt. Stripe krijgt het "
                "bedrag, een kenmerk en uw e-mailadres. U betaalt op de website van Stripe.</li>"
                "<li><strong>Een beroepsregister</strong>, alleen als u om accreditatiepunten "
                "vraagt. Het register krijgt uw naam, uw registratienummer en de training.</li>"
                "<li><strong>De trainer</strong> van uw training ziet wie er meedoet.</li></ul>"
            ),
            _heading("Cookies"),
            _paragraph(
                "<p>Wij gebruiken geen cookies die u volgen. Geen cookies voor statistiek of "
                "reclame, en geen knoppen van sociale media. Onze website laadt niets van "
                "andere websites.</p>"
                "<p>Alleen deze cookies kunnen op uw computer of telefoon komen. Ze zijn nodig "
                "om de website te laten werken:</p>"
                "<ul><li><strong>csrftoken</strong>: op pagina's met een formulier. Zo weten "
                "wij dat het formulier echt van u komt.</li>"
                "<li><strong>sessionid</strong>: als u inlogt of zich aanmeldt. Zo blijft u "
                "ingelogd.</li>"
                "<li><strong>messages</strong>: heel kort, om na een actie een melding te "
                "laten zien, zoals 'U bent aangemeld'.</li></ul>"
                "<p>Hiervoor hoeven wij u geen toestemming te vragen.</p>"
            ),
            _heading("Uw rechten"),
            _paragraph(
                "<ul><li><strong>Uw gegevens zien.</strong> Ga naar Mijn academie en kies "
                "'Download al mijn gegevens'. U krijgt dan een bestand met alles wat wij van u "
                "bewaren.</li>"
                "<li><strong>Uw gegevens verbeteren.</strong> Pas ze aan in Mijn academie, of "
                "vraag het ons.</li>"
                "<li><strong>Uw gegevens laten verwijderen.</strong> Kies in Mijn academie "
                "'Mijn account verwijderen'. Heeft u geen account? Vraag het ons, dan wissen wij uw "
                "gegevens.</li>"
                "<li><strong>Een klacht indienen.</strong> Bent u het niet met ons eens? Dan "
                "kunt u een klacht indienen bij de Autoriteit Persoonsgegevens "
                "(autoriteitpersoonsgegevens.nl).</li></ul>"
            ),
            _heading("Vragen?"),
            _paragraph(
                "<p>Mail naar privacy@vmca.example of bel 036 000 00 00, tijdens onze "
                "openingstijden. Wij reageren binnen vijf werkdagen.</p>"
            ),
        ],
    }


def page_en(retention_years, contact_months, volunteering_months):
    years = years_en(retention_years)
    return {
        "slug": SLUG_EN,
        "title": "Privacy statement",
        "intro": (
            "We handle your data with care. This page explains which data we keep, why, for "
            "how long and who receives it, and what your rights are."
        ),
        "image_label": "Privacy",
        "search_description": (
            "How VMCA Almere handles your personal data: which data, why, for how long, which "
            "cookies and your rights."
        ),
        "body": [
            _heading("Who we are"),
            _paragraph(
                "<p>VMCA Almere is responsible for the data on this website. Our address is "
                "Voorbeeldpassage 10, 1300 AB Almere, the Netherlands.</p>"
            ),
            _heading("Which data we keep"),
            _paragraph(
                "<p>When you sign up for a training of the Volunteer Academy, we keep your "
                "name, email address and phone number; your organisation and neighbourhood if "
                "you give them; whether you are a volunteer, carer or professional; your "
                "answers to our questions, such as dietary and accessibility needs; your "
                "professional register number if you want accreditation points; your "
                "attendance and certificate; and your payments and invoices with the billing "
                "details you give. With an account we also keep your email address and when you "
                "last signed in. The contact form keeps your name, email address and "
                "message.</p>"
            ),
            _heading("The vacaturebank"),
            _paragraph(
                "<p>When you react to a vacancy ('I want to do this'), we keep your name, your "
                "email address or phone number, your message and how you want to be reached. "
                "The organisation that posted the vacancy receives these details, because it "
                "will contact you; only when you tick the box for it. When you ask us for help "
                "finding volunteer work, we keep your name, phone number or email address, "
                "neighbourhood and question; only VMCA staff see it. For vacancy alerts we keep "
                "your email address and your search until you stop. Help requests are "
                f"deleted after {volunteering_months} months; a reaction then loses your name, "
                "email address, phone number and message, and what is left, which says nothing "
                "about you, still counts in our figures. An email address that is never "
                "confirmed is deleted after 7 days.</p>"
            ),
            _heading("Why we use it"),
            _paragraph(
                "<ul><li>To give the training you signed up for (an agreement between you and "
                "us).</li>"
                "<li>To run our organisation, for example counting participants per "
                "neighbourhood without names (legitimate interest).</li>"
                "<li>Because the law requires it: we keep invoices for seven years.</li></ul>"
            ),
            _heading("How long we keep it"),
            _paragraph(
                f"<p>We keep your data for {years} after your last activity (signing in, "
                "signing up or a session you attended). After that, your name, contact "
                "details, answers and account are removed automatically; only anonymous "
                "numbers remain. Invoices are kept for seven years by law. Certificates keep "
                "the name they were issued with, so a register or employer can still check "
                "them. A message sent through the contact form is used only to answer your "
                f"question and is deleted after {contact_months} months.</p>"
            ),
            _heading("Who receives your data"),
            _paragraph(
                "<p>We never sell your data. Stripe receives the amount, a reference and your "
                "email address when you pay online. A professional register receives your name, "
                "register number and the training, only when you ask for accreditation points. "
                "Your trainer sees who takes part.</p>"
            ),
            _heading("Cookies"),
            _paragraph(
                "<p>We use no tracking, statistics or advertising cookies, and load nothing "
                "from other websites. Only these cookies, which the site needs to work, may be "
                "set: <strong>csrftoken</strong> (pages with a form, to protect it), "
                "<strong>sessionid</strong> (when you sign in or sign up) and "
                "<strong>messages</strong> (briefly, to show a notice after an action).</p>"
            ),
            _heading("Your rights"),
            _paragraph(
                "<p>Download your data in My academy, correct it there or "
                "ask us, and delete your account there; without an account, ask us and we will "
                "erase your data. You can complain to the Dutch Data Protection Authority "
                "(Autoriteit Persoonsgegevens).</p>"
            ),
            _heading("Questions"),
            _paragraph(
                "<p>Email privacy@vmca.example or call 036 000 00 00 during opening hours. We "
                "reply within five working days.</p>"
            ),
        ],
    }
