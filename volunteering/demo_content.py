"""The demo vacaturebank: organisations, vacancies and people. All of it is made up.

Texts are Dutch at B1 level and speak to the reader as "u". Dates are not here: the
builder (volunteering/demo.py) counts them from the day the demo runs.
"""

INDEX = {
    "title": "Vacaturebank",
    "slug": "vacaturebank",
    "intro": (
        "Zoek vrijwilligerswerk in Almere. Kies uw wijk, een onderwerp en hoeveel tijd u "
        "hebt. Ziet u iets dat bij u past? Klik op 'Ik wil dit doen'. De organisatie neemt "
        "dan contact met u op."
    ),
    "search_description": (
        "Vrijwilligerswerk in Almere: vacatures van organisaties in alle stadsdelen. "
        "Ook korte klussen, werk vanuit huis en werk voor jongeren."
    ),
    "image_label": "Vacaturebank",
}
INDEX_EN = {
    "title": "Volunteer vacancies",
    "slug": "volunteer-vacancies",
    "intro": (
        "Find volunteer work in Almere. Choose your area, a subject and how much time you "
        "have. Found something you like? Click 'I want to do this' and the organisation "
        "will contact you."
    ),
    "search_description": "Volunteer work in Almere, in every district of the city.",
}

# The werkcafé's coordinators (the organisation people who come to the werkcafé for
# volunteer coordinators) run these organisations. name, wijk slug, contact, e-mail, text.
NEW_ORGANISATIONS = [
    (
        "Buurtkamer Centrum (voorbeeld)",
        "stad-centrum",
        "Kevin Tjon",
        "buurtkamer-centrum@vmca.example",
        "Een huiskamer in het centrum van Almere Stad. Buren drinken hier koffie, doen "
        "samen een spel en helpen elkaar.",
    ),
    (
        "Stichting Europakwartier Verbindt (voorbeeld)",
        "europakwartier",
        "Umar Shah",
        "europakwartier@vmca.example",
        "Wij brengen nieuwe en oude bewoners van Almere Poort bij elkaar, met activiteiten "
        "voor jong en oud.",
    ),
    (
        "Kledingbank Almere Buiten (voorbeeld)",
        "buiten-centrum",
        "Arjen Lammers",
        "kledingbank-buiten@vmca.example",
        "Mensen met weinig geld halen bij ons gratis kleding voor zichzelf en hun kinderen.",
    ),
    (
        "Natuurspeeltuin Nobelhorst (voorbeeld)",
        "nobelhorst",
        "Fleur Willems",
        "natuurspeeltuin@vmca.example",
        "Een speeltuin met water, zand en bomen in Almere Hout. Vrijwilligers houden de tuin "
        "mooi en helpen bij activiteiten.",
    ),
    (
        "Taalcafé De Marken (voorbeeld)",
        "de-marken",
        "Noor Bakker",
        "taalcafe-demarken@vmca.example",
        "Elke week oefenen bewoners hier Nederlands praten, met hulp van vrijwilligers.",
    ),
    (
        "Vrijwilligerspunt Pampus (voorbeeld)",
        "pampushout",
        "Ilse van Dam",
        "pampus@vmca.example",
        "Het steunpunt voor bewoners van Almere Pampus die iets voor hun buurt willen doen.",
    ),
    (
        "Sportvereniging Overgooi (voorbeeld)",
        "overgooi",
        "Ricardo Martens",
        "sv-overgooi@vmca.example",
        "Voetbal en bewegen voor kinderen en ouderen in Almere Hout.",
    ),
]

# Organisations from the site's register (cms demo) that also use the vacaturebank.
EXISTING_ORGANISATIONS = [
    "Buurtcentrum De Schakel",
    "Stichting Samen Sterk Almere",
    "Sportclub Haven Actief",
    "Wijkhuis De Regenboog",
    "Leesplek Poort",
    "Zorgcentrum De Lindehof",
    "Stichting Taal Verbindt",
    "Voedseltuin Buiten Groeit",
    "Jongerencentrum De Sprong",
    "Huiskamer Nobelhorst",
    "Buurtinitiatief Pampus Samen",
    "Repaircafé De Draaischijf",
    "Stichting Thuis Nabij",
]
# Every organisation is approved, except these.
PENDING_ORGANISATION = "Repaircafé De Draaischijf"
PENDING_MOTIVATION = (
    "Wij repareren samen met bewoners kapotte spullen. Wij zoeken vrijwilligers die "
    "handig zijn met een schroevendraaier of een naaimachine."
)
SUSPENDED_ORGANISATION = "Sportclub Haven Actief"
SUSPENDED_REASON = (
    "Wij hebben al drie maanden geen antwoord op reacties gezien. Neem contact met ons op, "
    "dan zetten we uw vacatures weer online."
)

# The demo organisation account: a member of this organisation.
ORGANISATION_ACCOUNT = {
    "username": "organisatie",
    "email": "organisatie@vmca.example",
    "password": "vmca-organisatie-2026",
    "first_name": "Samira",
    "last_name": "El Idrissi",
    "organisation": "Buurtcentrum De Schakel",
    "role": "organisatie (Buurtcentrum De Schakel): vacatures en reacties in Mijn organisatie",
}
STAFF_ACCOUNT = {
    "username": "vacaturebank",
    "email": "vacaturebank@vmca.example",
    "password": "vmca-vacaturebank-2026",
    "first_name": "Joost",
    "last_name": "Verhoeven",
    "role": "groep Vacaturebank: keurt organisaties en vacatures goed, volgt reacties op",
}

# Commitment: "vast" (regular), "korte-klus", "eenmalig". Days and parts are bit masks
# (ma=1 di=2 wo=4 do=8 vr=16 za=32 zo=64; ochtend=1 middag=2 avond=4).
# flags: remote, young (jongeren en maatschappelijke stage), little_dutch, guidance,
# training, expenses; vog: "", "organisatie", "gratis".
VACANCIES = [
    {
        "title": "Gastvrouw of gastheer in de huiskamer",
        "summary": "U zet koffie en maakt een praatje met bezoekers van de huiskamer.",
        "tasks": "U ontvangt de bezoekers, zet koffie en thee en praat met mensen. "
        "Soms doet u een spelletje mee.",
        "themes": ["buurt-en-ontmoeting", "eenzaamheid"],
        "audiences": ["vrijwilligers"],
        "commitment": "vast",
        "hours": 3,
        "days": 2 | 8,
        "parts": 1,
        "flags": ["little_dutch"],
    },
    {
        "title": "Voorlezer voor kinderen",
        "summary": "U leest één keer per week voor aan kinderen van 4 tot 8 jaar.",
        "tasks": "U kiest samen met de kinderen een boek en leest voor. Daarna praat u over "
        "het verhaal.",
        "themes": ["scholing"],
        "audiences": ["vrijwilligers", "jongeren"],
        "commitment": "vast",
        "hours": 2,
        "days": 4,
        "parts": 2,
        "flags": ["young"],
        "vog": "gratis",
    },
    {
        "title": "Maatje voor een oudere buurtbewoner",
        "summary": "U bezoekt elke week een oudere die weinig mensen ziet.",
        "tasks": "U gaat samen wandelen, drinkt koffie of doet boodschappen. U spreekt zelf "
        "af wanneer u langskomt.",
        "themes": ["eenzaamheid"],
        "audiences": ["vrijwilligers"],
        "commitment": "vast",
        "hours": 2,
        "days": 0,
        "parts": 0,
        "flags": ["training"],
        "vog": "organisatie",
    },
    {
        "title": "Helper bij de sociale media",
        "summary": "U maakt vanuit huis berichten voor onze Facebook en Instagram.",
        "tasks": "U schrijft korte berichten en kiest foto's. U doet dit thuis, op uw eigen tijd.",
        "themes": ["organisaties-en-coordinatoren"],
        "audiences": ["organisaties"],
        "commitment": "korte-klus",
        "hours": 2,
        "days": 0,
        "parts": 0,
        "flags": ["remote", "young"],
    },
    {
        "title": "Taalmaatje",
        "summary": "U oefent Nederlands praten met iemand die de taal aan het leren is.",
        "tasks": "U spreekt één keer per week af. U praat over gewone dingen: de buurt, "
        "boodschappen, het werk.",
        "themes": ["scholing", "buurt-en-ontmoeting"],
        "audiences": ["vrijwilligers"],
        "commitment": "vast",
        "hours": 2,
        "days": 0,
        "parts": 0,
        "flags": ["training"],
    },
    {
        "title": "Tuinier in de buurttuin",
        "summary": "U zaait, wiedt en oogst samen met andere buren.",
        "tasks": "U werkt in de moestuin. U hoeft niet veel te weten over planten: u leert "
        "het van de anderen.",
        "themes": ["buurt-en-ontmoeting"],
        "audiences": ["vrijwilligers"],
        "commitment": "vast",
        "hours": 4,
        "days": 32,
        "parts": 1,
        "flags": ["little_dutch", "guidance"],
    },
    {
        "title": "Hulp bij de administratie thuis",
        "summary": "U helpt mensen hun post en rekeningen op orde te brengen.",
        "tasks": "U gaat op bezoek en kijkt samen naar brieven en rekeningen. U helpt met "
        "een overzicht maken.",
        "themes": ["geldzaken-en-administratie"],
        "audiences": ["vrijwilligers"],
        "commitment": "vast",
        "hours": 3,
        "days": 0,
        "parts": 0,
        "flags": ["training", "expenses"],
        "vog": "organisatie",
    },
    {
        "title": "Chauffeur voor de boodschappenbus",
        "summary": "U rijdt ouderen op dinsdag naar de supermarkt en weer naar huis.",
        "tasks": "U rijdt met een busje van de organisatie. U helpt mensen in- en uitstappen.",
        "themes": ["eenzaamheid", "mantelzorg-ondersteunen"],
        "audiences": ["vrijwilligers", "mantelzorgers"],
        "commitment": "vast",
        "hours": 4,
        "days": 2,
        "parts": 1,
        "flags": ["expenses"],
    },
    {
        "title": "Eenmalige hulp bij het buurtfeest",
        "summary": "Help één zaterdag mee met opbouwen, eten uitdelen en opruimen.",
        "tasks": "U zet tafels neer, deelt eten uit en ruimt aan het eind samen op.",
        "themes": ["buurt-en-ontmoeting"],
        "audiences": ["vrijwilligers", "jongeren"],
        "commitment": "eenmalig",
        "hours": 6,
        "days": 32,
        "parts": 1 | 2,
        "flags": ["young", "little_dutch"],
    },
    {
        "title": "Bezoeker voor mensen met dementie",
        "summary": "U gaat wandelen of een spel doen met iemand met dementie.",
        "tasks": "U bezoekt iemand thuis. De mantelzorger heeft dan een paar uur vrij.",
        "themes": ["dementie", "respijtzorg"],
        "audiences": ["vrijwilligers", "mantelzorgers"],
        "commitment": "vast",
        "hours": 3,
        "days": 0,
        "parts": 2,
        "flags": ["training"],
        "vog": "gratis",
    },
    {
        "title": "Huiswerkbegeleider",
        "summary": "U helpt scholieren van 12 tot 16 jaar met hun huiswerk.",
        "tasks": "U helpt met plannen, uitleggen en overhoren. U werkt in een groep met "
        "andere vrijwilligers.",
        "themes": ["scholing"],
        "audiences": ["jongeren"],
        "commitment": "vast",
        "hours": 2,
        "days": 1 | 8,
        "parts": 2,
        "flags": ["young"],
        "vog": "gratis",
    },
    {
        "title": "Online helpdesk voor vrijwilligers",
        "summary": "U beantwoordt vanuit huis vragen van vrijwilligers per mail en chat.",
        "tasks": "U leest de vragen en zoekt het antwoord op. Weet u het niet? Dan vraagt u "
        "het aan de coördinator.",
        "themes": ["organisaties-en-coordinatoren"],
        "audiences": ["organisaties"],
        "commitment": "korte-klus",
        "hours": 2,
        "days": 0,
        "parts": 4,
        "flags": ["remote"],
    },
    {
        "title": "Sorteerder in de kledingbank",
        "summary": "U sorteert kleding en helpt klanten iets te vinden.",
        "tasks": "U kijkt of de kleding schoon en heel is. U hangt het op en helpt klanten.",
        "themes": ["geldzaken-en-administratie"],
        "audiences": ["vrijwilligers"],
        "commitment": "vast",
        "hours": 3,
        "days": 16,
        "parts": 1,
        "flags": ["little_dutch", "guidance"],
    },
    {
        "title": "Jonge mantelzorgers: begeleider bij uitjes",
        "summary": "U gaat mee met uitjes voor jongeren die voor een ziek familielid zorgen.",
        "tasks": "U helpt bij het organiseren en gaat mee naar bijvoorbeeld de bioscoop of "
        "het zwembad.",
        "themes": ["jonge-mantelzorgers"],
        "audiences": ["jongeren", "mantelzorgers"],
        "commitment": "eenmalig",
        "hours": 5,
        "days": 32,
        "parts": 2,
        "flags": ["young"],
        "vog": "organisatie",
    },
    {
        "title": "Fietsenmaker in het repaircafé",
        "summary": "U repareert samen met de eigenaar een kapotte fiets.",
        "tasks": "U kijkt wat er kapot is en laat zien hoe het gerepareerd kan worden.",
        "themes": ["buurt-en-ontmoeting"],
        "audiences": ["vrijwilligers"],
        "commitment": "vast",
        "hours": 3,
        "days": 32,
        "parts": 2,
        "flags": ["little_dutch"],
    },
    {
        "title": "Trainer bij het ouderenvoetbal",
        "summary": "U geeft één keer per week een rustige voetbaltraining aan 60-plussers.",
        "tasks": "U bereidt de training voor, geeft oefeningen en let op dat niemand zich "
        "pijn doet.",
        "themes": ["eenzaamheid"],
        "audiences": ["vrijwilligers"],
        "commitment": "vast",
        "hours": 2,
        "days": 4,
        "parts": 1,
        "flags": ["expenses"],
    },
    {
        "title": "Schrijver voor de wijkkrant",
        "summary": "U schrijft thuis korte stukjes over wat er in de wijk gebeurt.",
        "tasks": "U praat met bewoners en schrijft een stuk van 300 woorden. U levert het "
        "per mail in.",
        "themes": ["buurt-en-ontmoeting"],
        "audiences": ["vrijwilligers"],
        "commitment": "korte-klus",
        "hours": 2,
        "days": 0,
        "parts": 0,
        "flags": ["remote"],
    },
    {
        "title": "Begeleider bij de wandelgroep",
        "summary": "U loopt mee met een groep ouderen, elke woensdagochtend.",
        "tasks": "U wandelt een uur met de groep en drinkt daarna samen koffie.",
        "themes": ["eenzaamheid", "dementie"],
        "audiences": ["vrijwilligers"],
        "commitment": "vast",
        "hours": 2,
        "days": 4,
        "parts": 1,
        "flags": ["little_dutch"],
    },
    {
        "title": "Maatschappelijke stage: spelletjesmiddag",
        "summary": "Scholieren organiseren een spelletjesmiddag voor bewoners van het zorgcentrum.",
        "tasks": "U bedenkt spellen, zet alles klaar en speelt mee met de bewoners.",
        "themes": ["eenzaamheid"],
        "audiences": ["jongeren"],
        "commitment": "eenmalig",
        "hours": 4,
        "days": 4,
        "parts": 2,
        "flags": ["young"],
    },
    {
        "title": "Klusser voor kleine reparaties",
        "summary": "U helpt ouderen met kleine klussen in huis, zoals een lamp ophangen.",
        "tasks": "U gaat bij mensen langs en doet een klus van een uur of twee.",
        "themes": ["mantelzorg-ondersteunen"],
        "audiences": ["vrijwilligers"],
        "commitment": "korte-klus",
        "hours": 2,
        "days": 0,
        "parts": 0,
        "flags": ["expenses"],
        "vog": "gratis",
    },
    {
        "title": "Telefooncirkel: bellen met ouderen",
        "summary": "U belt vanuit huis elke ochtend een paar ouderen om te horen hoe het gaat.",
        "tasks": "U belt vijf mensen. Neemt iemand niet op? Dan belt u de contactpersoon.",
        "themes": ["eenzaamheid"],
        "audiences": ["vrijwilligers"],
        "commitment": "vast",
        "hours": 1,
        "days": 1 | 2 | 4 | 8 | 16,
        "parts": 1,
        "flags": ["remote"],
    },
    {
        "title": "Kok voor de buurtmaaltijd",
        "summary": "U kookt één keer per maand samen met anderen een maaltijd voor 30 buren.",
        "tasks": "U doet boodschappen, kookt en eet mee. Recepten bedenkt u samen.",
        "themes": ["buurt-en-ontmoeting", "eenzaamheid"],
        "audiences": ["vrijwilligers"],
        "commitment": "vast",
        "hours": 5,
        "days": 16,
        "parts": 2 | 4,
        "flags": ["little_dutch"],
    },
    {
        "title": "Vrijwilliger bij de fietsles voor vrouwen",
        "summary": "U leert vrouwen fietsen op een rustig plein.",
        "tasks": "U loopt naast de fiets en geeft tips. Na tien lessen fietsen de meeste "
        "vrouwen zelf.",
        "themes": ["scholing"],
        "audiences": ["vrijwilligers"],
        "commitment": "vast",
        "hours": 2,
        "days": 8,
        "parts": 1,
        "flags": ["guidance"],
    },
    {
        "title": "Websitebeheerder",
        "summary": "U houdt vanuit huis onze website bij: nieuws, foto's en de agenda.",
        "tasks": "U zet nieuwe berichten online en controleert of alles klopt.",
        "themes": ["organisaties-en-coordinatoren"],
        "audiences": ["organisaties"],
        "commitment": "korte-klus",
        "hours": 2,
        "days": 0,
        "parts": 0,
        "flags": ["remote"],
    },
    {
        "title": "Gastvrouw of gastheer bij het Alzheimer Café",
        "summary": "U ontvangt bezoekers van het Alzheimer Café, één avond per maand.",
        "tasks": "U zet koffie, deelt folders uit en helpt nieuwe bezoekers op weg.",
        "themes": ["dementie", "mantelzorg-ondersteunen"],
        "audiences": ["mantelzorgers"],
        "commitment": "vast",
        "hours": 3,
        "days": 8,
        "parts": 4,
        "flags": [],
    },
    {
        "title": "Klaar-over bij de basisschool",
        "summary": "U helpt kinderen 's ochtends veilig oversteken.",
        "tasks": "U staat van 8.15 tot 8.45 uur bij de oversteekplaats met een hesje en bord.",
        "themes": ["buurt-en-ontmoeting"],
        "audiences": ["vrijwilligers"],
        "commitment": "vast",
        "hours": 1,
        "days": 1 | 2 | 8,
        "parts": 1,
        "flags": ["little_dutch"],
    },
    {
        "title": "Ondersteuning bij de voedseluitgifte",
        "summary": "U deelt op vrijdag pakketten uit aan mensen met weinig geld.",
        "tasks": "U pakt tassen in, controleert de lijst en geeft de pakketten mee.",
        "themes": ["geldzaken-en-administratie"],
        "audiences": ["vrijwilligers"],
        "commitment": "vast",
        "hours": 3,
        "days": 16,
        "parts": 2,
        "flags": ["little_dutch", "guidance"],
    },
    {
        "title": "Fotograaf voor één dag",
        "summary": "U maakt foto's van onze open dag, voor de website en de nieuwsbrief.",
        "tasks": "U fotografeert de activiteiten en de bezoekers (met hun toestemming).",
        "themes": ["organisaties-en-coordinatoren"],
        "audiences": ["vrijwilligers", "jongeren"],
        "commitment": "eenmalig",
        "hours": 5,
        "days": 32,
        "parts": 1 | 2,
        "flags": ["young"],
    },
    {
        "title": "Respijtvrijwilliger in het weekend",
        "summary": "U neemt een middag de zorg over, zodat de mantelzorger even vrij is.",
        "tasks": "U bent bij iemand thuis. U praat, leest voor of maakt een wandeling.",
        "themes": ["respijtzorg", "mantelzorg-ondersteunen"],
        "audiences": ["mantelzorgers"],
        "commitment": "vast",
        "hours": 4,
        "days": 32 | 64,
        "parts": 2,
        "flags": ["training"],
        "vog": "organisatie",
    },
    {
        "title": "Hulp bij de computerles",
        "summary": "U helpt ouderen met hun telefoon, tablet of laptop.",
        "tasks": "U legt rustig uit hoe mailen, bellen met beeld en DigiD werken.",
        "themes": ["scholing"],
        "audiences": ["vrijwilligers"],
        "commitment": "vast",
        "hours": 2,
        "days": 2,
        "parts": 1,
        "flags": ["young"],
    },
    {
        "title": "Vertaler voor folders (vanuit huis)",
        "summary": "U vertaalt thuis korte folders naar het Engels, Arabisch of Turks.",
        "tasks": "U krijgt de tekst per mail en stuurt de vertaling terug. Een folder kost "
        "een uur.",
        "themes": ["organisaties-en-coordinatoren"],
        "audiences": ["organisaties"],
        "commitment": "korte-klus",
        "hours": 1,
        "days": 0,
        "parts": 0,
        "flags": ["remote", "little_dutch"],
    },
    {
        "title": "Coördinator van de vrijwilligers",
        "summary": "U maakt het rooster en bent het eerste aanspreekpunt voor 20 vrijwilligers.",
        "tasks": "U plant de diensten, belt nieuwe vrijwilligers en gaat naar het werkcafé "
        "van VMCA.",
        "themes": ["organisaties-en-coordinatoren"],
        "audiences": ["organisaties"],
        "commitment": "vast",
        "hours": 6,
        "days": 1 | 4,
        "parts": 1,
        "flags": ["training", "expenses"],
    },
]

OFFER = "Een warm team, koffie en thee, en een bedankje aan het eind van het jaar."

FIRST_NAMES = [
    "Anouk", "Bram", "Chantal", "Dewi", "Emre", "Farida", "Gijs", "Hanna", "Imane",
    "Jelle", "Kim", "Luuk", "Mila", "Nadia", "Omar", "Petra", "Rik", "Sanne", "Tom",
    "Yara",
]  # fmt: skip
LAST_NAMES = [
    "de Jong", "Jansen", "Yilmaz", "Bos", "Visser", "Mulder", "Amrani", "Peters",
    "Hendriks", "van Dijk", "Kaya", "Smit", "Brouwer", "Pinas",
]  # fmt: skip
MESSAGES = [
    "Ik heb op woensdag tijd en doe dit graag.",
    "Ik ben net met pensioen en wil iets doen voor de buurt.",
    "Ik zoek een maatschappelijke stage. Kan dat hier?",
    "Mijn Nederlands is nog niet zo goed, maar ik wil graag helpen.",
    "",
]
RETURNED_REASON = (
    "Uw tekst is nog niet duidelijk genoeg. Schrijf erbij hoeveel uur per week het werk "
    "kost en wie de contactpersoon is."
)
CHANGED_SUMMARY = "Nieuw: wij zoeken nu ook iemand voor de zaterdag."

HELP_REQUESTS = [
    ("Marieke Vos", "06 00 00 11 01", "", "telefoon", "stad", "Ik wil iets met dieren doen."),
    (
        "Hassan Ouali",
        "",
        "hassan.ouali@mail.example",
        "bezoek",
        "poort",
        "Ik zoek werk met mensen, een paar uur per week.",
    ),  # fmt: skip
    (
        "Els Bruins",
        "06 00 00 11 03",
        "",
        "telefoon",
        "haven",
        "Wat kan ik doen als ik slecht ter been ben?",
    ),  # fmt: skip
    (
        "Jayden Kok",
        "06 00 00 11 04",
        "jayden.kok@mail.example",
        "telefoon",
        "buiten",
        "Ik zoek een maatschappelijke stage.",
    ),  # fmt: skip
]
ALERTS = [
    ("lisa.demo@mail.example", "thema=eenzaamheid", True),
    ("ahmed.demo@mail.example", "wijk=haven", True),
    ("nog.niet.bevestigd@mail.example", "online=1", False),
]
