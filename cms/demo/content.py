"""Demo content for the VMCA Almere website.

Pure data: no Django imports. The demo loader reads these structures and
creates snippets, pages, images and documents from them.

All people, organisations, phone numbers, e-mail addresses and street
addresses are fictional. Phone numbers use the clearly fake 036 000 xx xx
range, e-mail addresses use vmca.example and websites use example.org.
"""

import datetime as dt

# ---------------------------------------------------------------------------
# Districts (stadsdelen) and neighbourhoods
# ---------------------------------------------------------------------------

WIJKEN = [
    {
        "name": "Almere Stad",
        "slug": "stad",
        "neighbourhoods": [
            ("Centrum", "stad-centrum"),
            ("Stedenwijk", "stedenwijk"),
            ("Muziekwijk", "muziekwijk"),
            ("Literatuurwijk", "literatuurwijk"),
            ("Kruidenwijk", "kruidenwijk"),
            ("Parkwijk", "parkwijk"),
            ("Waterwijk", "waterwijk"),
            ("Staatsliedenwijk", "staatsliedenwijk"),
        ],
    },
    {
        "name": "Almere Haven",
        "slug": "haven",
        "neighbourhoods": [
            ("Centrum Haven", "haven-centrum"),
            ("De Werven", "de-werven"),
            ("De Marken", "de-marken"),
            ("De Hoven", "de-hoven"),
            ("De Wierden", "de-wierden"),
        ],
    },
    {
        "name": "Almere Buiten",
        "slug": "buiten",
        "neighbourhoods": [
            ("Centrum Buiten", "buiten-centrum"),
            ("Regenboogbuurt", "regenboogbuurt"),
            ("Stripheldenbuurt", "stripheldenbuurt"),
            ("Bouwmeesterbuurt", "bouwmeesterbuurt"),
            ("Seizoenenbuurt", "seizoenenbuurt"),
            ("Faunabuurt", "faunabuurt"),
        ],
    },
    {
        "name": "Almere Hout",
        "slug": "hout",
        "neighbourhoods": [
            ("Nobelhorst", "nobelhorst"),
            ("Vogelhorst", "vogelhorst"),
            ("Overgooi", "overgooi"),
        ],
    },
    {
        "name": "Almere Poort",
        "slug": "poort",
        "neighbourhoods": [
            ("Europakwartier", "europakwartier"),
            ("Homeruskwartier", "homeruskwartier"),
            ("Columbuskwartier", "columbuskwartier"),
            ("Olympiakwartier", "olympiakwartier"),
        ],
    },
    {
        "name": "Almere Pampus",
        "slug": "pampus",
        "neighbourhoods": [
            ("Pampushout", "pampushout"),
        ],
    },
]

# ---------------------------------------------------------------------------
# Themes and audiences
# ---------------------------------------------------------------------------

THEMES = [
    {
        "name": "Eenzaamheid",
        "name_en": "Loneliness",
        "slug": "eenzaamheid",
        "description": "Iedereen voelt zich weleens alleen. Wij helpen mensen om weer contact te maken met anderen.",
    },
    {
        "name": "Mantelzorg ondersteunen",
        "name_en": "Supporting carers",
        "slug": "mantelzorg-ondersteunen",
        "description": "Zorgen voor een ander is waardevol, maar ook zwaar. Hier vindt u steun, advies en een luisterend oor.",
    },
    {
        "name": "Respijtzorg",
        "name_en": "Respite care",
        "slug": "respijtzorg",
        "description": "Even vrij van de zorg, zodat u op adem kunt komen. Een ander neemt de zorg een tijdje over.",
    },
    {
        "name": "Jonge mantelzorgers",
        "name_en": "Young carers",
        "slug": "jonge-mantelzorgers",
        "description": "Kinderen en jongeren die thuis zorgen voor een ouder, broer of zus. Zij verdienen extra aandacht.",
    },
    {
        "name": "Geldzaken en administratie",
        "name_en": "Money and paperwork",
        "slug": "geldzaken-en-administratie",
        "description": "Hulp bij brieven, formulieren en rekeningen. Zodat u weer overzicht heeft.",
    },
    {
        "name": "Vrijwilligerswerk vinden",
        "name_en": "Finding volunteer work",
        "slug": "vrijwilligerswerk-vinden",
        "description": "Er is veel vrijwilligerswerk in Almere. Wij helpen u om werk te vinden dat bij u past.",
    },
    {
        "name": "Organisaties en coördinatoren",
        "name_en": "Organisations and coordinators",
        "slug": "organisaties-en-coordinatoren",
        "description": "Advies en ontmoeting voor organisaties die met vrijwilligers werken.",
    },
    {
        "name": "Dementie",
        "name_en": "Dementia",
        "slug": "dementie",
        "description": "Zorgen voor iemand met dementie vraagt veel. Wij bieden steun aan de mantelzorger en aan de persoon zelf.",
    },
    {
        "name": "Buurt en ontmoeting",
        "name_en": "Neighbourhood and meeting people",
        "slug": "buurt-en-ontmoeting",
        "description": "Buren die elkaar kennen, helpen elkaar sneller. Wij brengen mensen in de wijk samen.",
    },
    {
        "name": "Informatie en advies",
        "name_en": "Information and advice",
        "slug": "informatie-en-advies",
        "description": "Wat is er allemaal voor u? Wij leggen het uit en denken met u mee over de volgende stap.",
    },
    {
        "name": "Praktische hulp",
        "name_en": "Practical help",
        "slug": "praktische-hulp",
        "description": "Hulp bij boodschappen, klusjes of vervoer. Zo hoeft u niet alles zelf te doen.",
    },
    {
        "name": "Contact met andere mantelzorgers",
        "name_en": "Meeting other carers",
        "slug": "lotgenotencontact",
        "description": "Praten met mensen die hetzelfde meemaken. Zij begrijpen u vaak zonder veel woorden.",
    },
    {
        "name": "Werk en mantelzorg",
        "name_en": "Work and caring",
        "slug": "werk-en-mantelzorg",
        "description": "Werken en zorgen tegelijk is zwaar. Hier vindt u hulp om werk en zorg goed te combineren.",
    },
    {
        "name": "Scholing en training",
        "name_en": "Training and courses",
        "slug": "scholing",
        "description": "Gratis trainingen van de Vrijwilligersacademie voor vrijwilligers, mantelzorgers en coördinatoren.",
    },
]

AUDIENCES = [
    {"name": "Vrijwilligers", "name_en": "Volunteers", "slug": "vrijwilligers"},
    {"name": "Mantelzorgers", "name_en": "Carers", "slug": "mantelzorgers"},
    {"name": "Professionals", "name_en": "Professionals", "slug": "professionals"},
    {"name": "Organisaties", "name_en": "Organisations", "slug": "organisaties"},
    {"name": "Jongeren", "name_en": "Young people", "slug": "jongeren"},
]

# ---------------------------------------------------------------------------
# People (all fictional)
# ---------------------------------------------------------------------------

PERSONS = [
    {
        "key": "sanne",
        "first_name": "Sanne",
        "last_name": "de Vries",
        "job_title": "Consulent mantelzorg",
        "bio": (
            "Sanne is al tien jaar consulent mantelzorg bij VMCA. Ze komt bij mantelzorgers thuis "
            "en luistert naar hun verhaal. Samen zoeken ze naar manieren om de zorg vol te houden."
        ),
        "email": "sanne.devries@vmca.example",
        "phone": "036 000 11 22",
        "is_trainer": False,
        "colour": "#1d6b5f",
    },
    {
        "key": "mohamed",
        "first_name": "Mohamed",
        "last_name": "El Amrani",
        "job_title": "Coördinator Burennetwerk",
        "bio": (
            "Mohamed groeide op in Almere Buiten en kent de stad goed. Hij brengt buren met elkaar "
            "in contact. Volgens hem is een kleine klus vaak het begin van een mooi contact."
        ),
        "email": "mohamed.elamrani@vmca.example",
        "phone": "036 000 11 23",
        "is_trainer": False,
        "colour": "#2c5282",
    },
    {
        "key": "shanti",
        "first_name": "Shanti",
        "last_name": "Ramdin",
        "job_title": "Trainer Vrijwilligersacademie",
        "bio": (
            "Shanti geeft trainingen aan vrijwilligers en coördinatoren. Ze werkte eerder als "
            "juf op een basisschool. In haar trainingen oefent u veel met situaties uit de praktijk."
        ),
        "email": "shanti.ramdin@vmca.example",
        "phone": "036 000 11 24",
        "is_trainer": True,
        "colour": "#7a3b69",
    },
    {
        "key": "gloria",
        "first_name": "Gloria",
        "last_name": "Martina",
        "job_title": "Coördinator Intensieve Vrijwillige Thuishulp",
        "bio": (
            "Gloria werkte jarenlang als verpleegkundige. Nu begeleidt ze de vrijwilligers die "
            "mensen thuis ondersteunen. Ze geeft ook de training voor nieuwe vrijwilligers. "
            "Gloria is geboren op Curaçao."
        ),
        "email": "gloria.martina@vmca.example",
        "phone": "036 000 11 25",
        "is_trainer": True,
        "colour": "#8a4b0f",
    },
    {
        "key": "kasia",
        "first_name": "Kasia",
        "last_name": "Nowak",
        "job_title": "Adviseur vrijwillige inzet",
        "bio": (
            "Kasia helpt organisaties die met vrijwilligers werken. Ze leidt het werkcafé voor "
            "vrijwilligerscoördinatoren. Ze kwam vijftien jaar geleden uit Polen naar Almere en "
            "deed zelf ook veel vrijwilligerswerk."
        ),
        "email": "kasia.nowak@vmca.example",
        "phone": "036 000 11 26",
        "is_trainer": True,
        "colour": "#5b4a9e",
    },
    {
        "key": "ruud",
        "first_name": "Ruud",
        "last_name": "Hoekstra",
        "job_title": "Trainer Vrijwilligersacademie",
        "bio": (
            "Ruud geeft trainingen over goed contact en over omgaan met dementie. Hij zorgde zelf "
            "jarenlang voor zijn vader. Die ervaring neemt hij mee in zijn lessen."
        ),
        "email": "ruud.hoekstra@vmca.example",
        "phone": "036 000 11 27",
        "is_trainer": True,
        "colour": "#1f6f8b",
    },
    {
        "key": "elif",
        "first_name": "Elif",
        "last_name": "Demir",
        "job_title": "Consulent jonge mantelzorgers",
        "bio": (
            "Elif werkt met kinderen en jongeren die thuis zorgen voor een ouder, broer of zus. "
            "Ze organiseert activiteiten en geeft voorlichting op scholen. Jongeren kunnen haar "
            "ook gewoon een appje sturen."
        ),
        "email": "elif.demir@vmca.example",
        "phone": "036 000 11 28",
        "is_trainer": False,
        "colour": "#9b2c2c",
    },
    {
        "key": "peter",
        "first_name": "Peter",
        "last_name": "Bakker",
        "job_title": "Vrijwilliger Administratief spreekuur",
        "bio": (
            "Peter werkte veertig jaar bij een bank. Nu helpt hij als vrijwilliger mensen met hun "
            "post en formulieren. Hij schrijft graag over wat hij meemaakt op het spreekuur."
        ),
        "email": "peter.bakker@vmca.example",
        "phone": "036 000 11 29",
        "is_trainer": False,
        "colour": "#3f6212",
    },
    {
        "key": "ria",
        "first_name": "Ria",
        "last_name": "van Dijk",
        "job_title": "Mantelzorger en blogger",
        "bio": (
            "Ria woont in Almere Haven en zorgt voor haar man Jan, die dementie heeft. Ze schrijft "
            "over haar leven als mantelzorger. Eerlijk, soms verdrietig en soms grappig."
        ),
        "email": "ria.vandijk@vmca.example",
        "phone": "036 000 11 30",
        "is_trainer": False,
        "colour": "#6b4f1d",
    },
    {
        "key": "noah",
        "first_name": "Noah",
        "last_name": "Pinas",
        "job_title": "Jonge mantelzorger",
        "bio": (
            "Noah is twintig jaar en studeert in Almere. Samen met zijn zus zorgt hij voor zijn "
            "moeder. Hij wil andere jongeren laten zien dat ze er niet alleen voor staan."
        ),
        "email": "noah.pinas@vmca.example",
        "phone": "036 000 11 31",
        "is_trainer": False,
        "colour": "#0f5e76",
    },
    {
        "key": "fatima",
        "first_name": "Fatima",
        "last_name": "Ouali",
        "job_title": "Vrijwilliger Vriendenkringen",
        "bio": (
            "Fatima woont in het Homeruskwartier. Als vrijwilliger begeleidt ze een nieuwe "
            "Vriendenkring in Almere Poort. Ze houdt van koken en van lange gesprekken."
        ),
        "email": "fatima.ouali@vmca.example",
        "phone": "036 000 11 32",
        "is_trainer": False,
        "colour": "#7c2d55",
    },
    {
        "key": "kofi",
        "first_name": "Kofi",
        "last_name": "Mensah",
        "job_title": "Vrijwilliger Maatjesproject",
        "bio": (
            "Kofi woont in Nobelhorst en werkt als buschauffeur. Sinds twee jaar is hij maatje. "
            "Elke week maakt hij een wandeling met zijn maatje Wim."
        ),
        "email": "kofi.mensah@vmca.example",
        "phone": "036 000 11 33",
        "is_trainer": False,
        "colour": "#44546a",
    },
]

# ---------------------------------------------------------------------------
# Partner organisations (all fictional)
# ---------------------------------------------------------------------------

PARTNERS = [
    {
        "name": "Buurtcentrum De Schakel",
        "description": (
            "Een buurtcentrum in de Muziekwijk met koffie, cursussen en activiteiten. "
            "Hier is ook het Administratief spreekuur van VMCA."
        ),
        "website": "https://www.example.org/buurtcentrum-de-schakel",
        "wijk": "muziekwijk",
        "sav_member": True,
    },
    {
        "name": "Stichting Samen Sterk Almere",
        "description": (
            "Een kleine stichting die eten en kleding inzamelt voor gezinnen met weinig geld. "
            "Alles wordt gedaan door vrijwilligers."
        ),
        "website": "https://www.example.org/samen-sterk-almere",
        "wijk": None,
        "sav_member": True,
    },
    {
        "name": "Sportclub Haven Actief",
        "description": (
            "Een sportclub voor jong en oud, met voetbal, badminton en wandelen. "
            "Trainers en teamleiders zijn vrijwilligers."
        ),
        "website": "https://www.example.org/haven-actief",
        "wijk": "haven",
        "sav_member": True,
    },
    {
        "name": "Wijkhuis De Regenboog",
        "description": (
            "Een wijkhuis in de Regenboogbuurt. Er zijn een eettafel, een naaiatelier en "
            "een groep van de Vriendenkringen."
        ),
        "website": "https://www.example.org/wijkhuis-de-regenboog",
        "wijk": "regenboogbuurt",
        "sav_member": True,
    },
    {
        "name": "Leesplek Poort",
        "description": (
            "Een plek in Almere Poort waar u boeken kunt lenen, de krant kunt lezen en "
            "mensen kunt ontmoeten. De nieuwe Vriendenkring komt hier samen."
        ),
        "website": "https://www.example.org/leesplek-poort",
        "wijk": "poort",
        "sav_member": True,
    },
    {
        "name": "Zorgcentrum De Lindehof",
        "description": (
            "Een zorgcentrum voor ouderen in Almere Haven. Vrijwilligers helpen bij "
            "activiteiten, maaltijden en uitjes."
        ),
        "website": "https://www.example.org/de-lindehof",
        "wijk": "de-werven",
        "sav_member": False,
    },
    {
        "name": "Stichting Taal Verbindt",
        "description": (
            "Vrijwilligers oefenen Nederlands met nieuwe Almeerders. "
            "Dat gebeurt één op één of in kleine groepjes."
        ),
        "website": "https://www.example.org/taal-verbindt",
        "wijk": None,
        "sav_member": True,
    },
    {
        "name": "Voedseltuin Buiten Groeit",
        "description": (
            "Een moestuin waar vrijwilligers groenten kweken voor mensen met een kleine "
            "portemonnee. Iedereen kan meehelpen."
        ),
        "website": "https://www.example.org/buiten-groeit",
        "wijk": "buiten",
        "sav_member": True,
    },
    {
        "name": "Jongerencentrum De Sprong",
        "description": (
            "Een plek voor jongeren van 12 tot 23 jaar in Almere Stad. Hier zijn ook de "
            "filmavonden voor jonge mantelzorgers."
        ),
        "website": "https://www.example.org/jongerencentrum-de-sprong",
        "wijk": "stad",
        "sav_member": False,
    },
    {
        "name": "Huiskamer Nobelhorst",
        "description": (
            "Een buurthuiskamer waar bewoners van Nobelhorst elkaar ontmoeten. "
            "Er is elke ochtend koffie en er zijn wandelgroepen."
        ),
        "website": "https://www.example.org/huiskamer-nobelhorst",
        "wijk": "nobelhorst",
        "sav_member": True,
    },
    {
        "name": "Buurtinitiatief Pampus Samen",
        "description": (
            "Bewoners van de nieuwe wijk Pampushout die samen activiteiten organiseren. "
            "Ze werken mee aan het Burennetwerk in hun wijk."
        ),
        "website": "https://www.example.org/pampus-samen",
        "wijk": "pampushout",
        "sav_member": False,
    },
    {
        "name": "Repaircafé De Draaischijf",
        "description": (
            "Elke maand repareren vrijwilligers hier gratis kapotte spullen, zoals lampen, "
            "fietsen en kleding."
        ),
        "website": "https://www.example.org/repaircafe-de-draaischijf",
        "wijk": "stripheldenbuurt",
        "sav_member": True,
    },
    {
        "name": "Stichting Thuis Nabij",
        "description": (
            "Vrijwilligers van deze stichting waken bij mensen in hun laatste levensfase. "
            "Ze werken samen met de Intensieve Vrijwillige Thuishulp van VMCA."
        ),
        "website": "https://www.example.org/thuis-nabij",
        "wijk": None,
        "sav_member": True,
    },
]

# ---------------------------------------------------------------------------
# Site settings (fictional address and numbers)
# ---------------------------------------------------------------------------

SITE_SETTINGS = {
    "organisation_name": "VMCA Almere",
    "phone": "036 000 00 00",
    "email": "info@vmca.example",
    "street_address": "Voorbeeldpassage 10",
    "postal_code": "1300 AB",
    "city": "Almere",
    "opening_hours": [
        {"day": 1, "opens": "09:00", "closes": "17:00"},
        {"day": 2, "opens": "09:00", "closes": "17:00"},
        {"day": 3, "opens": "09:00", "closes": "17:00"},
        {"day": 4, "opens": "09:00", "closes": "20:00"},
        {"day": 5, "opens": "09:00", "closes": "13:00"},
    ],
    "facebook_url": "https://www.example.org/facebook-vmca",
    "instagram_url": "https://www.example.org/instagram-vmca",
    "linkedin_url": "https://www.example.org/linkedin-vmca",
}

# ---------------------------------------------------------------------------
# Home page
# ---------------------------------------------------------------------------

HOME = {
    "title": "VMCA Almere",
    "hero_title": "Samen zorgen we voor elkaar in Almere",
    "hero_text": (
        "Wilt u iets doen voor een ander? Of zorgt u voor iemand die ziek is? "
        "VMCA helpt vrijwilligers en mantelzorgers in heel Almere. Onze hulp is gratis."
    ),
    "intro": (
        "VMCA is het expertisecentrum voor vrijwillige inzet en mantelzorg in Almere. "
        "Wij brengen mensen bij elkaar en staan naast wie voor een ander zorgt."
    ),
    "search_description": (
        "VMCA Almere helpt vrijwilligers, mantelzorgers en organisaties. "
        "Vind vrijwilligerswerk, een maatje of steun bij de zorg voor een naaste."
    ),
    "image_label": "Samen Almere",
    "body": [
        (
            "key_figures",
            {
                "title": "De cijfers",
                "figures": [
                    {
                        "number": "2.400",
                        "label": (
                            "mensen vonden de afgelopen 12 maanden vrijwilligerswerk via onze "
                            "vacaturebank"
                        ),
                        "source": "vacaturebank-matches",
                        "period": "12-maanden",
                    },
                    {
                        "number": "3.000",
                        "label": "keer zochten mantelzorgers de afgelopen 12 maanden hulp met "
                        "onze wegwijzer",
                        "source": "wegwijzer-paden",
                        "period": "12-maanden",
                    },
                    {
                        "number": "1.150",
                        "label": "mantelzorgers kregen in 2025 steun of advies",
                        "source_text": "Jaarverslag VMCA 2025",
                    },
                    {
                        "number": "380",
                        "label": "keer hielpen buren elkaar in 2025 via het Burennetwerk",
                        "source_text": "Jaarverslag VMCA 2025",
                    },
                    {"number": "6", "label": "stadsdelen waar wij actief zijn"},
                ],
            },
        ),
        ("heading", {"text": "Twee expertisecentra onder één dak", "level": "h2"}),
        (
            "paragraph",
            "<p>Bij VMCA vindt u twee expertisecentra. Ze werken nauw samen, want vrijwilligers "
            "en mantelzorgers hebben elkaar vaak nodig.</p>"
            "<p><b>Vrijwillige inzet</b> is er voor iedereen die iets wil doen voor een ander. "
            "U vindt hier vacatures, het Burennetwerk, het Maatjesproject en de Vriendenkringen. "
            "Organisaties die met vrijwilligers werken, krijgen bij ons advies en training.</p>"
            "<p><b>Mantelzorg</b> is er voor iedereen die zorgt voor een partner, ouder, kind of "
            "buur. Wij luisteren, geven advies en regelen dat u af en toe even vrij bent. "
            "Ook jonge mantelzorgers kunnen bij ons terecht.</p>",
        ),
        (
            "related_links",
            {
                "title": "Waar bent u naar op zoek?",
                "links": [
                    {"page": "vrijwillige-inzet", "label": "Ik wil vrijwilligerswerk doen"},
                    {"page": "mantelzorg", "label": "Ik zorg voor iemand"},
                    {
                        "page": "advies-voor-organisaties",
                        "label": "Mijn organisatie werkt met vrijwilligers",
                    },
                    {
                        "page": "jonge-mantelzorgers",
                        "label": "Ik ben jong en zorg thuis voor iemand",
                    },
                ],
            },
        ),
        # The wegwijzers are built later (guide.demo_wegwijzer), which points these two
        # placeholder addresses at their pages.
        (
            "call_to_action",
            {
                "title": "Zorgt u voor iemand?",
                "text": (
                    "Vind hulp met de wegwijzer. Beantwoord een paar korte vragen en zie welke "
                    "steun bij u past. Gratis, en u hoeft uw naam niet te geven."
                ),
                "button_label": "Naar de wegwijzer",
                "url": "https://www.example.org/wegwijzer-mantelzorg",
            },
        ),
        (
            "call_to_action",
            {
                "title": "Jong en zorgen voor iemand thuis?",
                "text": (
                    "Voor kinderen en jongeren tot 25 jaar die thuis helpen. Vijf korte vragen "
                    "in gewone woorden. Daarna staat er welke hulp er is."
                ),
                "button_label": "Ik ben jong en zorg thuis",
                "url": "https://www.example.org/jong-en-zorg",
            },
        ),
        ("latest_items", {"title": "Laatste nieuws", "kind": "news", "count": 3}),
        (
            "testimonial",
            {
                "quote": (
                    "Ik zorg al jaren voor mijn moeder. Ik dacht dat ik het allemaal zelf moest "
                    "doen. Bij VMCA leerde ik dat hulp vragen geen zwakte is. Nu heb ik elke week "
                    "een middag voor mezelf."
                ),
                "name": "Hanneke",
                "context": "mantelzorger in Almere Buiten",
            },
        ),
        ("latest_items", {"title": "Blog uit de wijk", "kind": "blog", "count": 3}),
        (
            "call_to_action",
            {
                "title": "Heeft u een vraag?",
                "text": (
                    "Bel, mail of kom langs. Wij denken met u mee over vrijwilligerswerk, "
                    "mantelzorg of hulp in uw buurt."
                ),
                "button_label": "Neem contact op",
                "page": "contact",
            },
        ),
    ],
}

# ---------------------------------------------------------------------------
# Expertise centre: Vrijwillige inzet
# ---------------------------------------------------------------------------

_VRIJWILLIGE_INZET_CHILDREN = [
    {
        "slug": "burennetwerk",
        "title": "Burennetwerk",
        "intro": (
            "Soms hebt u even een handje hulp nodig. Via het Burennetwerk helpen buren elkaar "
            "met kleine klussen. Dat is fijn voor de een en leuk voor de ander."
        ),
        "image_label": "Burennetwerk",
        "search_description": (
            "Het Burennetwerk brengt buren in Almere samen. Vraag hulp bij een kleine klus "
            "of help zelf een buur. Gratis en dichtbij."
        ),
        "themes": ["buurt-en-ontmoeting", "eenzaamheid", "vrijwilligerswerk-vinden"],
        "audiences": ["vrijwilligers", "jongeren"],
        "tags": ["buren", "klussen", "hulp", "buurt"],
        "body": [
            ("heading", {"text": "Zo werkt het Burennetwerk", "level": "h2"}),
            (
                "paragraph",
                "<p>Het Burennetwerk brengt mensen uit dezelfde buurt met elkaar in contact. "
                "De ene buur vraagt hulp. De andere buur heeft een uurtje tijd. Wij zoeken samen "
                "met u een goede match. Het gaat om kleine, praktische hulp die niet veel tijd "
                "kost.</p>",
            ),
            ("heading", {"text": "Voorbeelden van hulp", "level": "h3"}),
            (
                "paragraph",
                "<ul><li>boodschappen doen als u ziek bent</li>"
                "<li>meegaan naar de huisarts of het ziekenhuis</li>"
                "<li>een klein klusje in huis, zoals een gordijnrail ophangen</li>"
                "<li>de planten water geven als u een paar dagen weg bent</li>"
                "<li>samen een formulier op de computer invullen</li></ul>",
            ),
            ("heading", {"text": "Hulp vragen", "level": "h2"}),
            (
                "paragraph",
                "<p>Woont u in Almere en hebt u hulp nodig bij iets kleins? Bel of mail ons. "
                "Een coördinator belt u terug en vraagt wat u nodig hebt. Daarna zoeken we een "
                "buur bij u in de buurt. De hulp is gratis.</p>",
            ),
            ("heading", {"text": "Zelf een buur helpen", "level": "h2"}),
            (
                "paragraph",
                "<p>U kiest zelf wanneer en hoe vaak u helpt. Eén keer per maand is ook goed. "
                "U hoeft niets speciaals te kunnen. Wel vinden we het belangrijk dat u "
                "betrouwbaar bent. Daarom maken we eerst kennis en vragen we een Verklaring "
                "Omtrent het Gedrag (VOG) aan. U betaalt daar zelf niets voor.</p>",
            ),
            (
                "testimonial",
                {
                    "quote": (
                        "Ik had mijn enkel gebroken en kon zes weken niet naar buiten. Mijn "
                        "buurjongen Daan deed elke week de boodschappen. Nu drinken we nog steeds "
                        "samen koffie."
                    ),
                    "name": "Henk",
                    "context": "kreeg hulp in de Stripheldenbuurt, Almere Buiten",
                },
            ),
            (
                "faq",
                {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {
                            "question": "Kost de hulp iets?",
                            "answer": (
                                "<p>Nee, de hulp is gratis. Maakt uw buur kosten, bijvoorbeeld "
                                "voor boodschappen? Dan betaalt u alleen die kosten terug.</p>"
                            ),
                        },
                        {
                            "question": "Kan ik ook vaker of langer hulp krijgen?",
                            "answer": (
                                "<p>Het Burennetwerk is voor kleine en korte klussen. Hebt u "
                                "vaker of langer hulp nodig? Dan kijken we samen met het wijkteam "
                                "wat bij u past.</p>"
                            ),
                        },
                        {
                            "question": "Ben ik verzekerd als ik een buur help?",
                            "answer": (
                                "<p>Ja. Als u via VMCA helpt, bent u verzekerd. Wilt u weten "
                                "wat de verzekering precies dekt? Vraag het gerust aan de "
                                "coördinator.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Doe mee met het Burennetwerk",
                    "text": "Vraag hulp of meld u aan als buur. We bellen u binnen een week terug.",
                    "button_label": "Meld u aan",
                    "page": "contact",
                },
            ),
        ],
    },
    {
        "slug": "maatjesproject",
        "title": "Maatjesproject",
        "intro": (
            "Hebt u weinig mensen om u heen? Of voelt u zich vaak alleen? Een maatje is een "
            "vrijwilliger die regelmatig tijd met u doorbrengt."
        ),
        "image_label": "Maatjesproject",
        "search_description": (
            "Een maatje is een vrijwilliger die regelmatig met u afspreekt. Voor Almeerders "
            "met een klein netwerk. Word ook zelf maatje."
        ),
        "themes": ["eenzaamheid", "buurt-en-ontmoeting", "vrijwilligerswerk-vinden"],
        "audiences": ["vrijwilligers", "professionals"],
        "tags": ["maatje", "eenzaamheid", "contact", "wandelen"],
        "body": [
            ("heading", {"text": "Wat is een maatje?", "level": "h2"}),
            (
                "paragraph",
                "<p>Een maatje is een vrijwilliger die één keer per week of één keer per twee "
                "weken bij u langskomt. U doet samen iets wat u allebei leuk vindt. "
                "Een wandeling door het park, samen koken, een spelletje of een kop koffie in de "
                "stad. Het gaat om aandacht en gezelligheid. Een maatje is geen hulpverlener.</p>",
            ),
            ("heading", {"text": "Voor wie is het Maatjesproject?", "level": "h2"}),
            (
                "paragraph",
                "<p>Het Maatjesproject is voor volwassenen in Almere met weinig contacten. "
                "Bijvoorbeeld omdat uw partner is overleden, omdat u nieuw bent in de stad of "
                "omdat u psychische klachten hebt. Het doel is dat u weer meer contact krijgt "
                "met anderen. Uw maatje helpt u daarbij, bijvoorbeeld door samen naar een "
                "buurthuis te gaan.</p>",
            ),
            ("heading", {"text": "Zo gaat het", "level": "h2"}),
            (
                "paragraph",
                "<ol><li>U neemt contact met ons op. Dat kan ook via uw huisarts of het wijkteam.</li>"
                "<li>Een coördinator komt bij u thuis voor een kennismaking.</li>"
                "<li>We zoeken een maatje dat bij u past. We letten op interesses, leeftijd en "
                "waar u woont.</li>"
                "<li>De eerste afspraak doen we samen. Klikt het? Dan spreekt u daarna zelf af.</li>"
                "<li>Na drie maanden bellen we om te vragen hoe het gaat.</li></ol>"
                "<p>Een maatjescontact duurt meestal een jaar. Soms blijven maatjes daarna nog "
                "gewoon vrienden.</p>",
            ),
            ("heading", {"text": "Word zelf maatje", "level": "h2"}),
            (
                "paragraph",
                "<p>Vindt u het fijn om iets voor een ander te betekenen? En hebt u ongeveer twee "
                "uur per week? Dan zoeken we u. U krijgt een korte training bij de "
                "Vrijwilligersacademie. Een paar keer per jaar komen alle maatjes bij elkaar om "
                "ervaringen te delen.</p>",
            ),
            (
                "testimonial",
                {
                    "quote": (
                        "Na de dood van mijn vrouw zat ik veel alleen thuis. Nu wandel ik elke "
                        "donderdag met Kofi. We praten over voetbal en over vroeger. Ik kijk er "
                        "de hele week naar uit."
                    ),
                    "name": "Wim",
                    "context": "deelnemer in Almere Hout",
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Meer weten over het Maatjesproject?",
                    "text": "Bel of mail ons. We vertellen u graag meer, zonder dat u ergens aan vastzit.",
                    "button_label": "Neem contact op",
                    "page": "contact",
                },
            ),
            (
                "related_links",
                {
                    "title": "Lees ook",
                    "links": [
                        {"page": "vriendenkringen", "label": ""},
                        {
                            "page": "blog-donderdag-is-wandeldag",
                            "label": "Blog: Donderdag is wandeldag",
                        },
                    ],
                },
            ),
        ],
    },
    {
        "slug": "vriendenkringen",
        "title": "Vriendenkringen",
        "intro": (
            "Nieuwe mensen leren kennen is niet altijd makkelijk. In een Vriendenkring ontmoet u "
            "een kleine groep mensen. U spreekt regelmatig af en bouwt samen aan nieuwe "
            "vriendschappen."
        ),
        "image_label": "Vriendenkringen",
        "search_description": (
            "In een Vriendenkring ontmoet u een kleine groep mensen uit uw wijk. Samen bouwt "
            "u aan nieuwe vriendschappen. Gratis in Almere."
        ),
        "themes": ["eenzaamheid", "buurt-en-ontmoeting"],
        "audiences": ["vrijwilligers", "jongeren"],
        "tags": ["vriendschap", "ontmoeten", "groep"],
        "body": [
            ("heading", {"text": "Wat is een Vriendenkring?", "level": "h2"}),
            (
                "paragraph",
                "<p>Een Vriendenkring is een groep van zes tot tien mensen. De groep komt elke "
                "twee weken bij elkaar, op een vaste plek in de wijk. Denk aan een buurthuis, een "
                "bibliotheek of een café. Twee vrijwilligers begeleiden de groep in het begin.</p>"
                "<p>In de eerste maanden doet de groep samen activiteiten. De deelnemers leren elkaar "
                "kennen met een spel, een wandeling of een gesprek over een onderwerp. Na ongeveer "
                "een half jaar gaat de groep zelfstandig verder. Dan maakt de groep zelf de "
                "afspraken.</p>",
            ),
            ("heading", {"text": "Voor wie is het?", "level": "h2"}),
            (
                "paragraph",
                "<p>Vriendenkringen zijn er voor iedereen vanaf 18 jaar die meer contact wil. U "
                "hoeft niet eenzaam te zijn om mee te doen. Misschien bent u net verhuisd of met "
                "pensioen. Of zijn uw kinderen het huis uit. Er zijn groepen voor verschillende "
                "leeftijden, ook voor mensen tussen de 25 en 40 jaar.</p>",
            ),
            ("heading", {"text": "Vriendenkringen in de wijken", "level": "h3"}),
            (
                "paragraph",
                "<ul><li>Almere Stad: Muziekwijk en Stedenwijk</li>"
                "<li>Almere Haven: De Marken</li>"
                "<li>Almere Buiten: Regenboogbuurt</li>"
                "<li>Almere Hout: Nobelhorst</li>"
                "<li>Almere Poort: Homeruskwartier (nieuw in 2026)</li></ul>",
            ),
            (
                "testimonial",
                {
                    "quote": (
                        "Ik woonde pas een jaar in Almere en kende bijna niemand. In de "
                        "Vriendenkring ontmoette ik Samira en Els. We gaan nu samen naar de markt "
                        "en vieren elkaars verjaardag."
                    ),
                    "name": "Joyce",
                    "context": "deelnemer in Almere Poort",
                },
            ),
            (
                "faq",
                {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {
                            "question": "Kost meedoen geld?",
                            "answer": (
                                "<p>Meedoen is gratis. Soms betaalt u zelf een kopje koffie of "
                                "een kaartje voor een uitje.</p>"
                            ),
                        },
                        {
                            "question": "Ik vind het spannend. Wat nu?",
                            "answer": (
                                "<p>Dat begrijpen we goed. U mag eerst een keer komen kijken. "
                                "De begeleiders zorgen ervoor dat iedereen zich welkom voelt.</p>"
                            ),
                        },
                        {
                            "question": "Kan ik ook begeleider worden?",
                            "answer": (
                                "<p>Ja, graag! Als begeleider helpt u een nieuwe groep op weg. "
                                "U krijgt daarvoor een training van de Vrijwilligersacademie.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Doe mee met een Vriendenkring",
                    "text": "Laat ons weten in welke wijk u woont. We zoeken een groep die bij u past.",
                    "button_label": "Meld u aan",
                    "page": "contact",
                },
            ),
        ],
    },
    {
        "slug": "sav-netwerk",
        "title": "Het SAV-netwerk",
        "intro": (
            "Het SAV-netwerk is het netwerk van Almeerse organisaties die met vrijwilligers "
            "werken. Samen zorgen we ervoor dat vrijwilligerswerk in Almere goed geregeld is."
        ),
        "image_label": "SAV-netwerk",
        "search_description": (
            "Het SAV-netwerk verbindt Almeerse organisaties die met vrijwilligers werken. "
            "Deel kennis, leer van elkaar en werk samen."
        ),
        "themes": ["organisaties-en-coordinatoren"],
        "audiences": ["organisaties", "professionals"],
        "tags": ["netwerk", "organisaties", "samenwerken"],
        "body": [
            ("heading", {"text": "Wat doet het SAV-netwerk?", "level": "h2"}),
            (
                "paragraph",
                "<p>In Almere werken veel organisaties met vrijwilligers. Sportclubs, "
                "buurthuizen, zorgcentra, kerken en kleine stichtingen. Ze hebben vaak dezelfde "
                "vragen. Hoe vind ik nieuwe vrijwilligers? Hoe zorg ik dat ze blijven? En hoe "
                "regel ik een verzekering of een VOG? In het SAV-netwerk delen organisaties hun "
                "kennis en ervaring. VMCA organiseert het netwerk.</p>",
            ),
            ("heading", {"text": "Wat hebt u eraan?", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>U leert andere organisaties in Almere kennen.</li>"
                "<li>U deelt ideeën en oplossingen.</li>"
                "<li>U hoort als eerste over nieuwe regels en subsidies.</li>"
                "<li>U kunt samen activiteiten organiseren, zoals een vrijwilligersmarkt.</li>"
                "<li>Uw vacatures komen in de vacaturebank van VMCA.</li></ul>",
            ),
            ("heading", {"text": "Bijeenkomsten", "level": "h2"}),
            (
                "paragraph",
                "<p>Het netwerk komt vier keer per jaar bij elkaar. Elke keer op een andere plek "
                "in de stad. Er is altijd een thema. Bijvoorbeeld: hoe vindt u jonge vrijwilligers? "
                "Of: hoe begeleidt u vrijwilligers die wat extra steun nodig hebben? Na het "
                "programma is er tijd om bij te praten.</p>",
            ),
            (
                "testimonial",
                {
                    "quote": (
                        "Als kleine stichting stonden we er vaak alleen voor. Via het SAV-netwerk kwam "
                        "ik in contact met een buurthuis in Haven. Nu organiseren we samen de "
                        "kerstactie."
                    ),
                    "name": "Yvonne",
                    "context": "vrijwilligerscoördinator bij Stichting Samen Sterk Almere",
                },
            ),
            ("heading", {"text": "Aansluiten bij het netwerk", "level": "h2"}),
            (
                "paragraph",
                "<p>Werkt uw organisatie in Almere met vrijwilligers? Dan bent u welkom in het "
                "SAV-netwerk. Aansluiten is gratis. Neem contact op met ons team Vrijwillige "
                "inzet. We maken dan eerst een afspraak om kennis te maken.</p>",
            ),
            (
                "faq",
                {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {
                            "question": "Moet ik bij elke bijeenkomst zijn?",
                            "answer": (
                                "<p>Nee. U komt als het thema bij u past. Via de nieuwsbrief "
                                "blijft u op de hoogte.</p>"
                            ),
                        },
                        {
                            "question": "Kan een kleine bewonersgroep ook meedoen?",
                            "answer": (
                                "<p>Ja. Ook een bewonersgroep of een klein buurtinitiatief is "
                                "welkom. U hoeft geen stichting te zijn.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Sluit u aan bij het SAV-netwerk",
                    "text": "Stuur ons een bericht. Een adviseur neemt contact met u op.",
                    "button_label": "Neem contact op",
                    "page": "contact",
                },
            ),
            (
                "related_links",
                {
                    "title": "Lees ook",
                    "links": [
                        {"page": "advies-voor-organisaties", "label": ""},
                        {"page": "vrijwilligerswerk-vinden", "label": ""},
                    ],
                },
            ),
        ],
    },
    {
        "slug": "vrijwilligerswerk-vinden",
        "title": "Vrijwilligerswerk vinden",
        "intro": (
            "Wilt u iets doen voor een ander of voor uw buurt? Er is in Almere veel "
            "vrijwilligerswerk. Wij helpen u om werk te vinden dat bij u past."
        ),
        "image_label": "Vacatures",
        "search_description": (
            "Zoek vrijwilligerswerk in Almere. Bekijk de vacaturebank of kom langs bij ons "
            "spreekuur. Wij helpen u om iets te vinden dat bij u past."
        ),
        "themes": ["vrijwilligerswerk-vinden", "scholing"],
        "audiences": ["vrijwilligers", "jongeren"],
        "tags": ["vacatures", "vrijwilligerswerk", "spreekuur"],
        "body": [
            ("heading", {"text": "Kijk in de vacaturebank", "level": "h2"}),
            (
                "paragraph",
                "<p>In de vacaturebank staan honderden vacatures van organisaties in Almere. U "
                "kunt zoeken op wijk, op onderwerp en op hoeveel tijd u hebt. Ziet u iets leuks? "
                "Dan reageert u direct bij de organisatie.</p>",
            ),
            (
                "call_to_action",
                {
                    "title": "Bekijk de vacatures",
                    "text": "Van voorlezen tot voetbaltrainer. Er is altijd iets dat bij u past.",
                    "button_label": "Naar de vacaturebank",
                    "url": "https://www.example.org/vacaturebank-almere",
                },
            ),
            ("heading", {"text": "Twijfelt u nog?", "level": "h2"}),
            (
                "paragraph",
                "<p>Weet u nog niet goed wat u wilt? Kom dan langs bij ons spreekuur "
                "Vrijwilligerswerk, elke donderdag van 13.00 tot 16.00 uur. Een adviseur praat "
                "met u over uw wensen en uw ervaring. Samen kijken we wat bij u past. U hoeft "
                "geen afspraak te maken.</p>",
            ),
            ("heading", {"text": "Handig om over na te denken", "level": "h3"}),
            (
                "paragraph",
                "<ul><li>Hoeveel tijd hebt u per week of per maand?</li>"
                "<li>Werkt u graag met mensen, met dieren of juist met uw handen?</li>"
                "<li>Wilt u dicht bij huis blijven?</li>"
                "<li>Wilt u iets nieuws leren?</li></ul>",
            ),
            ("heading", {"text": "Jong en vrijwilliger", "level": "h2"}),
            (
                "paragraph",
                "<p>Ook als u jonger bent dan 18 bent u welkom. U kunt bijvoorbeeld helpen bij "
                "een sportclub, een buurtfeest of in een zorgcentrum. Moet u een maatschappelijke "
                "stage doen voor school? Dan helpen we u om een plek te vinden.</p>",
            ),
            ("heading", {"text": "Nederlands oefenen", "level": "h2"}),
            (
                "paragraph",
                "<p>Spreekt u nog niet zo goed Nederlands? Vrijwilligerswerk is een goede manier "
                "om de taal te oefenen. Veel organisaties vinden het fijn als u meedoet. We "
                "zoeken samen een plek waar dat kan.</p>",
            ),
            (
                "testimonial",
                {
                    "quote": (
                        "Ik ben met pensioen en wilde iets nuttigs doen. Nu help ik twee ochtenden "
                        "per week in de moestuin. Ik heb er nieuwe vrienden bij."
                    ),
                    "name": "Marianne",
                    "context": "vrijwilliger in Almere Buiten",
                },
            ),
            (
                "faq",
                {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {
                            "question": "Krijg ik geld voor vrijwilligerswerk?",
                            "answer": (
                                "<p>Vrijwilligerswerk is onbetaald. Sommige organisaties geven "
                                "wel een kleine vrijwilligersvergoeding of betalen uw reiskosten "
                                "terug. Vraag hier gerust naar.</p>"
                            ),
                        },
                        {
                            "question": "Ik heb een uitkering. Mag ik vrijwilligerswerk doen?",
                            "answer": (
                                "<p>Meestal wel. Overleg altijd eerst met de instantie die uw "
                                "uitkering betaalt, zoals de gemeente of het UWV.</p>"
                            ),
                        },
                    ],
                },
            ),
        ],
    },
    {
        "slug": "advies-voor-organisaties",
        "title": "Advies voor organisaties",
        "intro": (
            "Werkt u met vrijwilligers? Dan kunt u bij ons terecht met al uw vragen. We geven "
            "gratis advies, organiseren een werkcafé voor coördinatoren en bieden trainingen."
        ),
        "image_label": "Advies",
        "search_description": (
            "Gratis advies voor Almeerse organisaties die met vrijwilligers werken. Met een "
            "maandelijks werkcafé en trainingen voor coördinatoren."
        ),
        "themes": ["organisaties-en-coordinatoren", "scholing"],
        "audiences": ["organisaties", "professionals"],
        "tags": ["advies", "werkcafé", "training", "coördinatoren"],
        "body": [
            ("heading", {"text": "Advies op maat", "level": "h2"}),
            (
                "paragraph",
                "<p>Elke organisatie is anders. Een kleine sportclub heeft andere vragen dan een "
                "groot zorgcentrum. Onze adviseurs denken met u mee. Bijvoorbeeld over:</p>"
                "<ul><li>nieuwe vrijwilligers vinden en welkom heten</li>"
                "<li>goede afspraken maken, bijvoorbeeld in een vrijwilligersovereenkomst</li>"
                "<li>vrijwilligersvergoeding, verzekering en VOG</li>"
                "<li>vrijwilligers begeleiden en bedanken</li>"
                "<li>omgaan met lastige situaties</li></ul>"
                "<p>Hebt u een korte vraag? Bel of mail ons. Voor een grotere vraag komen we graag "
                "bij u langs. Samen kijken we hoe uw organisatie het werk met vrijwilligers "
                "nog beter kan regelen.</p>",
            ),
            ("heading", {"text": "Werkcafé voor vrijwilligerscoördinatoren", "level": "h2"}),
            (
                "paragraph",
                "<p>Eén keer per maand is er het werkcafé. Daar ontmoet u andere coördinatoren "
                "uit Almere. U neemt een vraag uit uw eigen werk mee. Samen zoeken we naar "
                "oplossingen. Er is koffie, thee en iets lekkers. Het werkcafé is gratis. "
                "Aanmelden is fijn, maar niet verplicht.</p>",
            ),
            ("heading", {"text": "Trainingen van de Vrijwilligersacademie", "level": "h2"}),
            (
                "paragraph",
                "<p>De Vrijwilligersacademie geeft trainingen voor vrijwilligers en "
                "coördinatoren. Bijvoorbeeld <i>Vrijwilligers vinden via sociale media</i> en "
                "<i>Het goede gesprek met uw vrijwilliger</i>. De trainingen zijn gratis voor "
                "organisaties in Almere.</p>",
            ),
            (
                "documents",
                {
                    "title": "Handige documenten",
                    "documents": [
                        "Voorbeeld vrijwilligersovereenkomst",
                        "Checklist: een nieuwe vrijwilliger welkom heten",
                        "Programma Vrijwilligersacademie najaar 2026",
                    ],
                },
            ),
            (
                "testimonial",
                {
                    "quote": (
                        "In het werkcafé hoorde ik hoe een andere club jongeren vindt. Dat hebben "
                        "wij ook geprobeerd. We hebben nu vijf nieuwe trainers onder de twintig."
                    ),
                    "name": "Bram",
                    "context": "coördinator bij Sportclub Haven Actief",
                },
            ),
            (
                "faq",
                {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {
                            "question": "Wat kost het advies?",
                            "answer": "<p>Niets. Ons advies is gratis voor organisaties in Almere.</p>",
                        },
                        {
                            "question": "Mijn organisatie is heel klein. Is dit ook voor ons?",
                            "answer": (
                                "<p>Zeker. Veel organisaties die bij ons komen, draaien helemaal "
                                "op vrijwilligers. Juist dan kan een frisse blik helpen.</p>"
                            ),
                        },
                        {
                            "question": "Hoe meld ik me aan voor het werkcafé?",
                            "answer": (
                                "<p>Stuur ons een mail of bel ons. U krijgt dan elke maand een "
                                "uitnodiging met het thema.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Een vraag over uw vrijwilligers?",
                    "text": "Bel of mail ons team Vrijwillige inzet. We maken graag een afspraak.",
                    "button_label": "Neem contact op",
                    "page": "contact",
                },
            ),
            (
                "related_links",
                {"title": "Lees ook", "links": [{"page": "sav-netwerk", "label": ""}]},
            ),
        ],
    },
]

# ---------------------------------------------------------------------------
# Expertise centre: Mantelzorg
# ---------------------------------------------------------------------------

_MANTELZORG_CHILDREN = [
    {
        "slug": "intensieve-vrijwillige-thuishulp",
        "title": "Intensieve Vrijwillige Thuishulp",
        "intro": (
            "Zorgt u voor iemand die ernstig ziek is of dementie heeft? Dan kan een getrainde "
            "vrijwilliger u thuis een paar uur per week ondersteunen. Zo heeft u even tijd voor "
            "uzelf."
        ),
        "image_label": "Thuishulp",
        "search_description": (
            "Getrainde vrijwilligers ondersteunen thuis bij ernstige ziekte of dementie. "
            "Zo heeft de mantelzorger even tijd voor zichzelf. Gratis."
        ),
        "themes": ["dementie", "respijtzorg", "mantelzorg-ondersteunen"],
        "audiences": ["mantelzorgers", "vrijwilligers", "professionals"],
        "tags": ["thuishulp", "dementie", "ontlasten", "vrijwilligers"],
        "body": [
            ("heading", {"text": "Wat is Intensieve Vrijwillige Thuishulp?", "level": "h2"}),
            (
                "paragraph",
                "<p>De zorg voor iemand met een ernstige ziekte of dementie gaat vaak dag en nacht "
                "door. Dat is zwaar. Bij Intensieve Vrijwillige Thuishulp komt een vrijwilliger "
                "bij u thuis. De vrijwilliger is er voor uw naaste en neemt het toezicht een paar "
                "uur over. U kunt dan boodschappen doen, naar een afspraak gaan of gewoon even "
                "rusten.</p>",
            ),
            ("heading", {"text": "Wat doet de vrijwilliger?", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>gezelschap houden en een praatje maken</li>"
                "<li>voorlezen, muziek luisteren of samen foto's bekijken</li>"
                "<li>een korte wandeling maken</li>"
                "<li>thee zetten of helpen bij het eten</li></ul>"
                "<p>De vrijwilliger geeft geen verpleegkundige zorg. Wassen en medicijnen geven "
                "blijft bij de thuiszorg of bij u.</p>",
            ),
            ("heading", {"text": "Goed voorbereid", "level": "h2"}),
            (
                "paragraph",
                "<p>Onze vrijwilligers krijgen een speciale training. Ze leren over dementie, "
                "ernstige ziekte en rouw. Ook leren ze wat wel en niet bij hun taak hoort. Een "
                "vaste coördinator begeleidt hen. Zo weet u dat uw naaste in goede handen is.</p>",
            ),
            (
                "video",
                {
                    "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
                    "title": "Zo werkt Intensieve Vrijwillige Thuishulp",
                    "transcript": (
                        '<p>Gloria, coördinator: "Mantelzorgers zijn vaak heel moe als ze bij '
                        'ons komen. Ze zorgen al maanden of jaren, dag en nacht."</p>'
                        '<p>Ans, mantelzorger: "Mijn man heeft alzheimer. Ik durfde hem niet '
                        'meer alleen te laten. Nu komt er elke woensdag een vrijwilliger."</p>'
                        '<p>Ineke, vrijwilliger: "We zingen samen oude liedjes en kijken naar '
                        "foto's. Ik zie hem dan echt genieten.\"</p>"
                        '<p>Gloria: "Wilt u weten of dit iets voor u is? Bel ons gerust. We '
                        'komen graag bij u langs."</p>'
                    ),
                },
            ),
            ("heading", {"text": "Hoe vraagt u het aan?", "level": "h2"}),
            (
                "paragraph",
                "<p>Bel of mail ons. U kunt ook uw huisarts, de casemanager dementie of het "
                "wijkteam vragen om contact met ons op te nemen. Een coördinator komt bij u thuis "
                "voor een gesprek. Samen kijken we wat u nodig heeft en welke vrijwilliger bij u "
                "past.</p>",
            ),
            (
                "testimonial",
                {
                    "quote": (
                        "Mijn man heeft alzheimer. Elke woensdagmiddag komt Ineke. Ze zingen samen "
                        "oude liedjes. Ik ga dan naar mijn koor. Dat geeft me weer energie voor "
                        "de rest van de week."
                    ),
                    "name": "Ans",
                    "context": "mantelzorger in Almere Haven",
                },
            ),
            (
                "faq",
                {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {
                            "question": "Wat kost het?",
                            "answer": "<p>Niets. De Intensieve Vrijwillige Thuishulp is gratis.</p>",
                        },
                        {
                            "question": "Hoe vaak komt de vrijwilliger?",
                            "answer": (
                                "<p>Meestal één keer per week, voor twee tot vier uur. We spreken "
                                "samen af wat voor u werkt.</p>"
                            ),
                        },
                        {
                            "question": "Kan het ook in de laatste levensfase?",
                            "answer": (
                                "<p>Ja. Onze vrijwilligers zijn ook getraind om er te zijn in de "
                                "laatste fase van het leven. Ze werken dan samen met de huisarts "
                                "en de thuiszorg.</p>"
                            ),
                        },
                        {
                            "question": "Kan ik zelf vrijwilliger worden?",
                            "answer": (
                                "<p>Graag! Heeft u rust, geduld en een paar uur per week? Dan "
                                "krijgt u van ons een goede training en vaste begeleiding.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Vraag Intensieve Vrijwillige Thuishulp aan",
                    "text": "Neem contact met ons op. Een coördinator komt bij u thuis voor een gesprek.",
                    "button_label": "Neem contact op",
                    "page": "contact",
                },
            ),
        ],
    },
    {
        "slug": "administratief-spreekuur",
        "title": "Administratief spreekuur",
        "intro": (
            "Heeft u een brief die u niet begrijpt? Of moet u een formulier invullen? Kom langs "
            "bij het Administratief spreekuur. Vrijwilligers helpen u gratis."
        ),
        "image_label": "Spreekuur",
        "search_description": (
            "Gratis hulp bij brieven, formulieren en rekeningen. Elke dinsdag inloop in "
            "Buurtcentrum De Schakel in Almere Stad. Geen afspraak nodig."
        ),
        "wijk": "stad",
        "themes": ["geldzaken-en-administratie", "mantelzorg-ondersteunen"],
        "audiences": ["mantelzorgers", "vrijwilligers"],
        "tags": ["formulieren", "brieven", "geld", "spreekuur"],
        "body": [
            ("heading", {"text": "Waarmee helpen we?", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>brieven van de gemeente, de Belastingdienst of uw zorgverzekeraar</li>"
                "<li>formulieren invullen, op papier of op de computer</li>"
                "<li>een overzicht maken van uw rekeningen</li>"
                "<li>een betalingsregeling aanvragen</li>"
                "<li>toeslagen aanvragen of wijzigen</li></ul>"
                "<p>Regelt u als mantelzorger de papieren voor iemand anders? Ook dan kunt u bij "
                "ons terecht.</p>",
            ),
            ("heading", {"text": "Wanneer en waar?", "level": "h2"}),
            (
                "paragraph",
                "<p>Het spreekuur is elke dinsdag van 10.00 tot 12.00 uur. Sinds september 2026 "
                "zitten we in Buurtcentrum De Schakel in de Muziekwijk. U hoeft geen afspraak te "
                "maken. Kom gewoon binnen. Het kan soms even druk zijn. Er staat altijd koffie "
                "klaar.</p>",
            ),
            ("heading", {"text": "Wat neemt u mee?", "level": "h3"}),
            (
                "paragraph",
                "<ul><li>de brieven of formulieren waar het om gaat</li>"
                "<li>uw identiteitsbewijs</li>"
                "<li>uw telefoon met de DigiD-app, als u die heeft</li></ul>"
                "<p>U logt altijd zelf in. Onze vrijwilligers vragen nooit naar uw wachtwoord.</p>",
            ),
            ("heading", {"text": "Wat doen we niet?", "level": "h2"}),
            (
                "paragraph",
                "<p>Onze vrijwilligers helpen u op weg. Ze nemen uw administratie niet over. "
                "Heeft u schulden of veel zorgen over geld? Dan helpen we u om de juiste hulp te "
                "vinden, bijvoorbeeld via het wijkteam.</p>",
            ),
            (
                "testimonial",
                {
                    "quote": (
                        "Ik kreeg een brief over mijn huurtoeslag en raakte in paniek. Op het "
                        "spreekuur legde Peter alles rustig uit. Binnen een half uur was het "
                        "geregeld."
                    ),
                    "name": "Nadia",
                    "context": "bezoeker van het spreekuur in Almere Stad",
                },
            ),
            (
                "faq",
                {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {
                            "question": "Is de hulp echt gratis?",
                            "answer": "<p>Ja. U betaalt niets voor het spreekuur.</p>",
                        },
                        {
                            "question": "Wat gebeurt er met mijn gegevens?",
                            "answer": (
                                "<p>Onze vrijwilligers hebben geheimhoudingsplicht. Ze vertellen "
                                "niets door. We bewaren geen kopieën van uw papieren.</p>"
                            ),
                        },
                        {
                            "question": "Ik kan niet naar het spreekuur komen. Wat nu?",
                            "answer": (
                                "<p>Bel ons dan. Soms kan een vrijwilliger bij u thuis komen, "
                                "bijvoorbeeld als u slecht ter been bent.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Vrijwilliger worden bij het spreekuur?",
                    "text": (
                        "Bent u handig met papieren en heeft u geduld? We zoeken nog "
                        "vrijwilligers voor de dinsdagochtend."
                    ),
                    "button_label": "Neem contact op",
                    "page": "contact",
                },
            ),
        ],
    },
    {
        "slug": "respijtzorg",
        "title": "Respijtzorg",
        "intro": (
            "Respijtzorg betekent dat iemand anders de zorg even van u overneemt. Zo kunt u op "
            "adem komen. Een paar uur, een dag of soms een weekend."
        ),
        "image_label": "Even vrij",
        "search_description": (
            "Respijtzorg: iemand anders neemt de zorg even over, zodat u op adem kunt komen. "
            "Wij helpen u de vorm te kiezen die bij u past."
        ),
        "themes": ["respijtzorg", "mantelzorg-ondersteunen", "dementie"],
        "audiences": ["mantelzorgers", "professionals"],
        "tags": ["respijtzorg", "ontlasten", "dagbesteding", "logeren"],
        "body": [
            ("heading", {"text": "Waarom is even vrij zijn belangrijk?", "level": "h2"}),
            (
                "paragraph",
                "<p>Zorgen voor een ander kost energie. Als u nooit pauze neemt, raakt u "
                "uitgeput. Dat is niet goed voor u. En ook niet voor degene voor wie u zorgt. Even "
                "vrij zijn helpt u om de zorg langer vol te houden.</p>",
            ),
            ("heading", {"text": "Vormen van respijtzorg", "level": "h2"}),
            ("heading", {"text": "Een vrijwilliger bij u thuis", "level": "h3"}),
            (
                "paragraph",
                "<p>Een getrainde vrijwilliger komt een paar uur bij uw naaste. U heeft dan tijd "
                "voor uzelf. Dit heet Intensieve Vrijwillige Thuishulp.</p>",
            ),
            ("heading", {"text": "Dagbesteding", "level": "h3"}),
            (
                "paragraph",
                "<p>Uw naaste gaat een of meer dagen per week naar een groep. Daar zijn "
                "activiteiten en begeleiding. De aanvraag gaat meestal via het wijkteam.</p>",
            ),
            ("heading", {"text": "Logeren", "level": "h3"}),
            (
                "paragraph",
                "<p>Uw naaste logeert een paar dagen op een logeeradres. U kunt dan bijvoorbeeld "
                "een weekend weg of op vakantie.</p>",
            ),
            ("heading", {"text": "Hulp van familie en vrienden", "level": "h3"}),
            (
                "paragraph",
                "<p>Soms kan iemand uit uw eigen omgeving helpen. Het is niet altijd makkelijk om "
                "dat te vragen. Wij denken graag met u mee over hoe u dat aanpakt.</p>",
            ),
            ("heading", {"text": "Wij helpen u kiezen", "level": "h2"}),
            (
                "paragraph",
                "<p>Welke vorm past bij u? Dat hangt af van uw situatie. Een consulent mantelzorg "
                "bespreekt met u de mogelijkheden. Ook vertellen we wat het kost en hoe u het "
                "aanvraagt. Sommige vormen zijn gratis. Voor andere betaalt u een eigen "
                "bijdrage.</p>",
            ),
            (
                "testimonial",
                {
                    "quote": (
                        "Ik dacht dat ik het allemaal zelf moest doen. Nu gaat mijn moeder twee "
                        "dagen per week naar de dagbesteding. Ik kan weer gewoon werken en ik "
                        "slaap beter."
                    ),
                    "name": "Ricardo",
                    "context": "mantelzorger in Almere Poort",
                },
            ),
            (
                "faq",
                {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {
                            "question": "Ik voel me schuldig als ik even vrij neem. Is dat normaal?",
                            "answer": (
                                "<p>Ja, dat is heel normaal. Veel mantelzorgers voelen dat. Toch "
                                "is rust nodig, ook voor uw naaste. Een consulent praat er graag "
                                "met u over.</p>"
                            ),
                        },
                        {
                            "question": "Hoe lang van tevoren moet ik het regelen?",
                            "answer": (
                                "<p>Hoe eerder, hoe beter. Vooral logeeropvang in de vakanties "
                                "is snel vol. Begin daarom een paar maanden van tevoren.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Praat met een consulent mantelzorg",
                    "text": "Samen zoeken we uit welke vorm van respijtzorg bij u past.",
                    "button_label": "Maak een afspraak",
                    "page": "contact",
                },
            ),
            (
                "related_links",
                {
                    "title": "Lees ook",
                    "links": [
                        {"page": "intensieve-vrijwillige-thuishulp", "label": ""},
                        {"page": "wijkteams", "label": ""},
                    ],
                },
            ),
        ],
    },
    {
        "slug": "jonge-mantelzorgers",
        "title": "Jonge mantelzorgers",
        "intro": (
            "Zorgt u thuis voor uw moeder, vader, broer of zus? Dan bent u een jonge "
            "mantelzorger. Bij ons vindt u steun, tijd voor uzelf en andere jongeren die "
            "hetzelfde meemaken."
        ),
        "image_label": "Jonge mantelzorgers",
        "search_description": (
            "Zorgt u thuis voor een ouder, broer of zus? Bij VMCA vindt u steun, leuke "
            "activiteiten en andere jonge mantelzorgers. Gratis."
        ),
        "themes": ["jonge-mantelzorgers", "mantelzorg-ondersteunen"],
        "audiences": ["jongeren", "mantelzorgers", "professionals"],
        "tags": ["jongeren", "school", "activiteiten"],
        "body": [
            ("heading", {"text": "Bent u een jonge mantelzorger?", "level": "h2"}),
            (
                "paragraph",
                "<p>Misschien is uw moeder ziek. Of heeft uw broertje autisme. Of drinkt uw vader "
                "te veel. U helpt thuis mee, u maakt zich zorgen of u houdt altijd rekening met "
                "anderen. Dan bent u een jonge mantelzorger. En u bent zeker niet de enige.</p>",
            ),
            ("heading", {"text": "Wat kunt u bij ons doen?", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>Praten met een consulent die uw verhaal begrijpt. Dat kan ook via "
                "WhatsApp.</li>"
                "<li>Meedoen met activiteiten met andere jonge mantelzorgers, zoals bowlen, koken "
                "of een filmavond.</li>"
                "<li>Eén keer per jaar: de Jonge Mantelzorgersdag, een hele dag vol leuke "
                "dingen.</li>"
                "<li>Hulp bij een gesprek op school, bijvoorbeeld als u meer tijd nodig hebt "
                "voor uw huiswerk.</li></ul>",
            ),
            ("heading", {"text": "Voor ouders, leraren en coaches", "level": "h2"}),
            (
                "paragraph",
                "<p>Ziet u dat een kind of jongere thuis veel zorgt? Neem dan contact met ons op. "
                "We denken graag met u mee. We geven ook voorlichting op scholen in Almere. Zo "
                "leren leraren jonge mantelzorgers herkennen.</p>",
            ),
            (
                "testimonial",
                {
                    "quote": (
                        "Mijn moeder heeft MS. Ik dacht altijd dat ik de enige was. Bij de "
                        "filmavond ontmoette ik jongeren die hetzelfde meemaken. Daar hoef ik "
                        "niets uit te leggen."
                    ),
                    "name": "Sara",
                    "context": "16 jaar, jonge mantelzorger in Almere Buiten",
                },
            ),
            (
                "faq",
                {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {
                            "question": "Vanaf welke leeftijd kan ik meedoen?",
                            "answer": (
                                "<p>Onze activiteiten zijn voor kinderen en jongeren van 8 tot 24 "
                                "jaar. Er zijn aparte groepen voor kinderen en voor jongeren.</p>"
                            ),
                        },
                        {
                            "question": "Kost het iets?",
                            "answer": "<p>Nee, alles is gratis.</p>",
                        },
                        {
                            "question": "Moeten mijn ouders weten dat ik contact opneem?",
                            "answer": (
                                "<p>Nee, dat hoeft niet. U mag ons zelf bellen of appen. We "
                                "praten alleen met anderen als u dat goed vindt. Alleen als u "
                                "in gevaar bent, schakelen we wel hulp in. Dat vertellen we u "
                                "dan eerst.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Stuur ons een berichtje",
                    "text": "U hoeft niet meteen alles te vertellen. Een eerste berichtje is genoeg.",
                    "button_label": "Neem contact op",
                    "page": "contact",
                },
            ),
        ],
    },
    {
        "slug": "mantelzorgwaardering",
        "title": "Mantelzorgwaardering",
        "intro": (
            "Mantelzorgers doen veel, vaak zonder dat anderen het zien. Met de "
            "mantelzorgwaardering zeggen we: dank u wel. Elk jaar kunt u zich aanmelden."
        ),
        "image_label": "Dank u wel",
        "search_description": (
            "Zorgt u voor iemand in Almere? Meld u aan voor de jaarlijkse mantelzorgwaardering. "
            "Aanmelden kan tot en met 30 september 2026."
        ),
        "themes": ["mantelzorg-ondersteunen", "jonge-mantelzorgers"],
        "audiences": ["mantelzorgers", "jongeren"],
        "tags": ["waardering", "bedankje", "aanmelden"],
        "body": [
            ("heading", {"text": "Wat is de mantelzorgwaardering?", "level": "h2"}),
            (
                "paragraph",
                "<p>De mantelzorgwaardering is een jaarlijks bedankje voor mantelzorgers in "
                "Almere. Dit jaar kiest u zelf: een cadeaubon voor winkels in Almere of een "
                "uitje, zoals een lunch of een voorstelling. U krijgt ook een kaart.</p>",
            ),
            ("heading", {"text": "Waarom een waardering?", "level": "h2"}),
            (
                "paragraph",
                "<p>Zonder mantelzorgers zouden veel mensen niet thuis kunnen blijven wonen. Toch "
                "krijgen mantelzorgers weinig erkenning. Met de mantelzorgwaardering laten we "
                "zien dat we hun inzet zien. Veel mantelzorgers vertellen ons dat juist dit "
                "kleine gebaar hen goed doet.</p>",
            ),
            ("heading", {"text": "Wie kan zich aanmelden?", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>U woont in Almere, of de persoon voor wie u zorgt woont in Almere.</li>"
                "<li>U zorgt al langer dan drie maanden voor iemand.</li>"
                "<li>U doet dit zonder dat u ervoor betaald krijgt.</li></ul>"
                "<p>Jonge mantelzorgers kunnen zich ook aanmelden. Zij krijgen een eigen "
                "cadeau.</p>",
            ),
            ("heading", {"text": "Zo meldt u zich aan", "level": "h2"}),
            (
                "paragraph",
                "<ol><li>Vul het aanmeldformulier in op onze website. Of vraag ons om een "
                "papieren formulier.</li>"
                "<li>Binnen twee weken krijgt u een bevestiging.</li>"
                "<li>In november, tijdens de Week van de Mantelzorg, ontvangt u uw bedankje.</li></ol>"
                "<p>Aanmelden kan van 1 juni tot en met 30 september 2026.</p>",
            ),
            (
                "documents",
                {
                    "title": "Formulieren",
                    "documents": [
                        "Aanmeldformulier mantelzorgwaardering 2026",
                        "Uitleg mantelzorgwaardering in eenvoudige taal",
                    ],
                },
            ),
            (
                "testimonial",
                {
                    "quote": (
                        "Ik zorg al twaalf jaar voor mijn zoon. Die kaart met een bedankje deed me "
                        "echt iets. Iemand ziet wat ik doe."
                    ),
                    "name": "Hülya",
                    "context": "mantelzorger in Almere Stad",
                },
            ),
            (
                "faq",
                {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {
                            "question": "Moet ik bewijzen dat ik mantelzorger ben?",
                            "answer": (
                                "<p>Nee. U vult zelf in voor wie u zorgt. Wij vertrouwen op uw "
                                "antwoord.</p>"
                            ),
                        },
                        {
                            "question": "Ik zorg samen met mijn zus voor onze vader. Kunnen we ons allebei aanmelden?",
                            "answer": "<p>Ja. Elke mantelzorger kan zich apart aanmelden.</p>",
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Hulp nodig bij het aanmelden?",
                    "text": "Bel ons of kom langs. We vullen het formulier graag samen met u in.",
                    "button_label": "Neem contact op",
                    "page": "contact",
                },
            ),
        ],
    },
    {
        "slug": "wijkteams",
        "title": "Samenwerken met de wijkteams",
        "intro": (
            "In elk stadsdeel van Almere is een wijkteam. VMCA werkt nauw samen met deze teams. "
            "Zo krijgt u sneller de hulp die bij u past."
        ),
        "image_label": "Wijkteams",
        "search_description": (
            "VMCA werkt samen met de wijkteams in alle stadsdelen van Almere. Zo krijgen "
            "mantelzorgers en bewoners sneller de juiste hulp."
        ),
        "themes": ["mantelzorg-ondersteunen", "buurt-en-ontmoeting"],
        "audiences": ["professionals", "mantelzorgers"],
        "tags": ["wijkteam", "samenwerken", "wijk"],
        "body": [
            ("heading", {"text": "Wat is een wijkteam?", "level": "h2"}),
            (
                "paragraph",
                "<p>Een wijkteam is een team van professionals bij u in de buurt. Ze helpen bij "
                "vragen over zorg, geld, opvoeden, wonen en werk. Het wijkteam kan ook zorg "
                "aanvragen, zoals hulp in de huishouding of dagbesteding.</p>",
            ),
            ("heading", {"text": "Hoe werken we samen?", "level": "h2"}),
            (
                "paragraph",
                "<p>De medewerkers van VMCA en van de wijkteams kennen elkaar goed. We overleggen "
                "regelmatig. Past uw vraag beter bij het wijkteam? Dan brengen we u met elkaar in "
                "contact, als u dat goed vindt. Het werkt ook andersom: het wijkteam stuurt "
                "mantelzorgers en mensen die een maatje zoeken naar ons door.</p>",
            ),
            ("heading", {"text": "Twee voorbeelden", "level": "h3"}),
            (
                "paragraph",
                "<ul><li>Een medewerker van het wijkteam ziet dat een dochter erg moe is van de "
                "zorg voor haar vader. Hij vraagt of een consulent mantelzorg bij haar langs mag "
                "komen.</li>"
                "<li>Een consulent van VMCA hoort dat een mantelzorger zorgen heeft over geld. "
                "Samen met het wijkteam zoeken ze naar een oplossing.</li></ul>",
            ),
            ("heading", {"text": "Inloop in de wijk", "level": "h2"}),
            (
                "paragraph",
                "<p>In alle zes stadsdelen zijn onze consulenten op een vast moment bij het "
                "wijkteam. U kunt dan zonder afspraak binnenlopen. Bel ons voor de tijden bij u "
                "in de buurt.</p>",
            ),
            (
                "testimonial",
                {
                    "quote": (
                        "Door het korte lijntje met VMCA kan een mantelzorger vaak dezelfde week "
                        "nog met iemand praten. Dat maakt echt verschil."
                    ),
                    "name": "Jeroen",
                    "context": "medewerker wijkteam Almere Buiten",
                },
            ),
            (
                "faq",
                {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {
                            "question": "Moet ik eerst naar het wijkteam voordat ik bij VMCA kom?",
                            "answer": (
                                "<p>Nee. U kunt altijd direct contact met ons opnemen. Als het "
                                "nodig is, verwijzen wij u door.</p>"
                            ),
                        },
                        {
                            "question": "Deelt VMCA mijn gegevens met het wijkteam?",
                            "answer": (
                                "<p>Alleen als u daar toestemming voor geeft. We vragen het u "
                                "altijd eerst.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Bent u professional in een wijkteam?",
                    "text": "Wilt u een mantelzorger of bewoner naar ons doorverwijzen? Neem contact met ons op.",
                    "button_label": "Neem contact op",
                    "page": "contact",
                },
            ),
        ],
    },
]

# ---------------------------------------------------------------------------
# Sections (the two expertise centres)
# ---------------------------------------------------------------------------

SECTIONS = [
    {
        "slug": "vrijwillige-inzet",
        "title": "Vrijwillige inzet",
        "intro": (
            "Wilt u iets doen voor een ander? Of werkt uw organisatie met vrijwilligers? "
            "Het expertisecentrum Vrijwillige inzet helpt u op weg."
        ),
        "image_label": "Vrijwillige inzet",
        "search_description": (
            "Vrijwilligerswerk in Almere: vacatures, Burennetwerk, Maatjesproject, "
            "Vriendenkringen en advies en training voor organisaties."
        ),
        "themes": [
            "vrijwilligerswerk-vinden",
            "organisaties-en-coordinatoren",
            "buurt-en-ontmoeting",
        ],
        "audiences": ["vrijwilligers", "organisaties", "jongeren"],
        "body": [
            ("heading", {"text": "Iets betekenen voor een ander", "level": "h2"}),
            (
                "paragraph",
                "<p>Vrijwilligerswerk is goed voor uw buurt en voor uzelf. U leert nieuwe "
                "mensen kennen, u doet ervaring op en u merkt dat u iets betekent. In Almere "
                "zijn honderden plekken waar vrijwilligers welkom zijn. Wij helpen u om de plek "
                "te vinden die bij u past. Dat kan een paar uur per week zijn, maar ook één keer per "
                "jaar.</p>",
            ),
            ("heading", {"text": "Wat wij doen", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>We helpen u vrijwilligerswerk te vinden, via de vacaturebank en ons "
                "spreekuur.</li>"
                "<li>We brengen buren met elkaar in contact via het Burennetwerk.</li>"
                "<li>We zoeken maatjes voor mensen met weinig contacten.</li>"
                "<li>We starten Vriendenkringen in de wijken.</li>"
                "<li>We geven advies aan organisaties en organiseren het werkcafé voor "
                "coördinatoren.</li>"
                "<li>We geven gratis trainingen in de Vrijwilligersacademie.</li></ul>",
            ),
            (
                "key_figures",
                {
                    "title": "De cijfers",
                    "figures": [
                        {
                            "number": "2.400",
                            "label": "mensen vonden vorig jaar vrijwilligerswerk via onze "
                            "vacaturebank",
                            "source": "vacaturebank-matches",
                            "period": "vorig-jaar",
                        },
                        {
                            "number": "310",
                            "label": "organisaties zetten in 2025 vacatures in de vacaturebank",
                            "source_text": "Jaarverslag VMCA 2025",
                        },
                        {
                            "number": "45",
                            "label": "trainingen gaf de Vrijwilligersacademie in 2025",
                            "source_text": "Jaarverslag VMCA 2025",
                        },
                    ],
                },
            ),
            (
                "related_links",
                {
                    "title": "Kies wat bij u past",
                    "links": [
                        {"page": "vrijwilligerswerk-vinden", "label": ""},
                        {"page": "burennetwerk", "label": ""},
                        {"page": "maatjesproject", "label": ""},
                        {"page": "vriendenkringen", "label": ""},
                        {"page": "advies-voor-organisaties", "label": ""},
                        {"page": "sav-netwerk", "label": ""},
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Op zoek naar vrijwilligerswerk?",
                    "text": "Bekijk de vacatures of kom langs op ons spreekuur. We helpen u graag.",
                    "button_label": "Vrijwilligerswerk vinden",
                    "page": "vrijwilligerswerk-vinden",
                },
            ),
        ],
        "children": _VRIJWILLIGE_INZET_CHILDREN,
    },
    {
        "slug": "mantelzorg",
        "title": "Mantelzorg",
        "intro": (
            "Zorgt u voor iemand die ziek is, een beperking heeft of oud is? Dan bent u "
            "mantelzorger. Wij staan naast u, met advies, een luisterend oor en praktische hulp."
        ),
        "image_label": "Mantelzorg",
        "search_description": (
            "Steun voor mantelzorgers in Almere: advies, respijtzorg, thuishulp door "
            "vrijwilligers, hulp bij formulieren en steun voor jonge mantelzorgers."
        ),
        "themes": ["mantelzorg-ondersteunen", "respijtzorg", "jonge-mantelzorgers"],
        "audiences": ["mantelzorgers", "professionals", "jongeren"],
        "body": [
            ("heading", {"text": "Bent u mantelzorger?", "level": "h2"}),
            (
                "paragraph",
                "<p>Veel mensen zien zichzelf niet als mantelzorger. Ze zorgen gewoon voor hun "
                "partner, moeder, kind of buurman. Toch is die zorg vaak zwaar. Zeker als het "
                "lang duurt of als u ook werkt. Het is normaal om daar hulp bij te vragen.</p>",
            ),
            ("heading", {"text": "Wat wij doen", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>Een consulent mantelzorg luistert naar uw verhaal en geeft advies.</li>"
                "<li>We zoeken samen met u naar manieren om af en toe vrij te zijn.</li>"
                "<li>Getrainde vrijwilligers nemen de zorg een paar uur van u over.</li>"
                "<li>We helpen bij lastige brieven en formulieren.</li>"
                "<li>Jonge mantelzorgers krijgen steun die past bij hun leeftijd.</li></ul>"
                "<p>Onze hulp is gratis. U heeft geen verwijzing nodig.</p>",
            ),
            (
                "testimonial",
                {
                    "quote": (
                        "De consulent kwam gewoon bij mij aan de keukentafel zitten. Ze luisterde "
                        "en had goede tips. Voor het eerst voelde ik me niet alleen."
                    ),
                    "name": "Marco",
                    "context": "mantelzorger in Almere Hout",
                },
            ),
            (
                "related_links",
                {
                    "title": "Kies wat bij u past",
                    "links": [
                        {"page": "intensieve-vrijwillige-thuishulp", "label": ""},
                        {"page": "respijtzorg", "label": ""},
                        {"page": "administratief-spreekuur", "label": ""},
                        {"page": "jonge-mantelzorgers", "label": ""},
                        {"page": "mantelzorgwaardering", "label": ""},
                        {"page": "wijkteams", "label": ""},
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Praat met een consulent mantelzorg",
                    "text": "Bel of mail ons. We maken een afspraak bij u thuis of op ons kantoor.",
                    "button_label": "Neem contact op",
                    "page": "contact",
                },
            ),
        ],
        "children": _MANTELZORG_CHILDREN,
    },
]

# ---------------------------------------------------------------------------
# Other top-level pages (written with "u")
# ---------------------------------------------------------------------------

OTHER_PAGES = [
    {
        "slug": "over-vmca",
        "title": "Over VMCA",
        "intro": (
            "VMCA Almere is het expertisecentrum voor vrijwillige inzet en mantelzorg in Almere. "
            "Wij geloven dat mensen elkaar kunnen helpen. Wij zorgen ervoor dat dat makkelijker "
            "wordt."
        ),
        "image_label": "Over VMCA",
        "search_description": (
            "VMCA Almere is het expertisecentrum voor vrijwillige inzet en mantelzorg. "
            "Lees wie wij zijn, wat wij doen en hoe wij werken."
        ),
        "tags": ["organisatie", "werkwijze", "vmca"],
        "body": [
            ("heading", {"text": "Wie zijn wij?", "level": "h2"}),
            (
                "paragraph",
                "<p>VMCA staat voor Vrijwilligers en Mantelzorg Centrale Almere. Wij werken in "
                "alle zes stadsdelen van Almere. Ons team bestaat uit betaalde medewerkers en "
                "honderden vrijwilligers. Samen helpen we mensen die iets willen doen voor een "
                "ander. En mensen die zorgen voor iemand die hen nodig heeft.</p>",
            ),
            ("heading", {"text": "Wat wij doen", "level": "h2"}),
            (
                "paragraph",
                "<p>We hebben twee expertisecentra. Het expertisecentrum <b>Vrijwillige inzet</b> "
                "helpt vrijwilligers en organisaties. Het expertisecentrum <b>Mantelzorg</b> "
                "ondersteunt mantelzorgers, ook jonge mantelzorgers. De twee centra werken nauw "
                "samen. Een vrijwilliger van de Intensieve Vrijwillige Thuishulp geeft een "
                "mantelzorger bijvoorbeeld een middag rust.</p>",
            ),
            ("heading", {"text": "Zo werken wij", "level": "h2"}),
            (
                "paragraph",
                "<ul><li><b>Dichtbij.</b> We werken in de wijken, samen met de wijkteams.</li>"
                "<li><b>Begrijpelijk.</b> We gebruiken gewone woorden en nemen u serieus.</li>"
                "<li><b>Samen.</b> We werken met veel organisaties in het SAV-netwerk.</li>"
                "<li><b>Gratis.</b> Onze hulp kost u niets.</li></ul>",
            ),
            (
                "key_figures",
                {
                    "title": "De cijfers",
                    "figures": [
                        {
                            "number": "28",
                            "label": "betaalde medewerkers",
                            "source_text": "Jaarverslag VMCA 2025",
                        },
                        {
                            "number": "450",
                            "label": "vrijwilligers in onze eigen projecten",
                            "source_text": "Jaarverslag VMCA 2025",
                        },
                        {
                            "number": "1.150",
                            "label": "mantelzorgers kregen in 2025 steun of advies",
                            "source_text": "Jaarverslag VMCA 2025",
                        },
                    ],
                },
            ),
            (
                "video",
                {
                    "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
                    "title": "Maak kennis met VMCA Almere",
                    "transcript": (
                        '<p>Kasia, adviseur vrijwillige inzet: "Bij VMCA brengen we mensen '
                        'samen. Iemand die hulp nodig heeft en iemand die graag helpt."</p>'
                        '<p>Sanne, consulent mantelzorg: "Mantelzorgers doen zoveel. Wij '
                        'zorgen dat zij er niet alleen voor staan."</p>'
                        '<p>Mohamed, coördinator Burennetwerk: "Soms begint het met een lamp '
                        "ophangen. En dan drinken buren een jaar later nog steeds samen "
                        'koffie."</p>'
                        '<p>Kasia: "Heeft u een vraag? Bel of mail ons. We helpen u '
                        'graag."</p>'
                    ),
                },
            ),
            (
                "documents",
                {
                    "title": "Om te downloaden",
                    "documents": [
                        "Jaarverslag 2025 in het kort",
                        "Privacyverklaring VMCA Almere",
                        "Klachtenregeling VMCA Almere",
                    ],
                },
            ),
            ("heading", {"text": "Werken bij VMCA", "level": "h2"}),
            (
                "paragraph",
                "<p>Wilt u bij ons werken of stage lopen? Op onze vacaturepagina ziet u welke "
                "plekken er open zijn. Een open sollicitatie is ook welkom.</p>",
            ),
            (
                "call_to_action",
                {
                    "title": "Werken bij VMCA",
                    "text": "Bekijk onze vacatures voor betaald werk en stages.",
                    "button_label": "Bekijk de vacatures",
                    "url": "https://www.example.org/werken-bij-vmca",
                },
            ),
            (
                "related_links",
                {
                    "title": "Lees ook",
                    "links": [
                        {"page": "contact", "label": ""},
                        {"page": "toegankelijkheid", "label": ""},
                    ],
                },
            ),
        ],
    },
    {
        "slug": "toegankelijkheid",
        "title": "Toegankelijkheid",
        "intro": (
            "Wij willen dat iedereen onze website kan gebruiken. Ook als u slecht ziet, slecht "
            "hoort of moeite heeft met lezen. Op deze pagina leest u hoe we dat doen."
        ),
        "image_label": "Toegankelijk",
        "search_description": (
            "Hoe toegankelijk is de website van VMCA Almere? Lees wat goed werkt, wat nog niet "
            "en hoe u een probleem meldt."
        ),
        "tags": ["toegankelijkheid", "website"],
        "body": [
            ("heading", {"text": "Ons doel", "level": "h2"}),
            (
                "paragraph",
                "<p>Onze website moet voldoen aan de richtlijnen voor toegankelijkheid: WCAG 2.2 "
                "op niveau AA. Dat zijn internationale afspraken over websites die iedereen kan "
                "gebruiken. Overheden en veel organisaties in Nederland houden zich aan deze "
                "afspraken.</p>",
            ),
            ("heading", {"text": "Wat werkt goed?", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>U kunt de hele website gebruiken met alleen een toetsenbord.</li>"
                "<li>De website werkt met een schermlezer.</li>"
                "<li>U kunt de tekst twee keer zo groot maken. Er verdwijnt dan niets.</li>"
                "<li>Afbeeldingen hebben een korte beschrijving.</li>"
                "<li>Bij video's staat een uitgeschreven tekst.</li>"
                "<li>De kleuren hebben genoeg contrast.</li>"
                "<li>We schrijven zo veel mogelijk in eenvoudige taal, op taalniveau B1.</li></ul>",
            ),
            ("heading", {"text": "Wat werkt nog niet goed?", "level": "h2"}),
            (
                "paragraph",
                "<p>We doen ons best, maar nog niet alles is in orde. Dit weten we:</p>"
                "<ul><li>Sommige oudere pdf-documenten zijn niet goed toegankelijk. Een "
                "schermlezer kan ze dan niet goed voorlezen. Heeft u zo'n document nodig? Vraag "
                "ons om een andere versie. We sturen u de informatie dan op een manier die voor u "
                "werkt.</li>"
                "<li>Video's van andere organisaties hebben niet altijd ondertiteling.</li></ul>"
                "<p>We werken eraan om deze problemen op te lossen.</p>",
            ),
            ("heading", {"text": "Een probleem melden", "level": "h2"}),
            (
                "paragraph",
                "<p>Loopt u vast op onze website? Of werkt er iets niet goed? Laat het ons weten. "
                "Dat kan op twee manieren:</p>"
                "<ul><li>Mail naar toegankelijkheid@vmca.example.</li>"
                "<li>Bel 036 000 00 00, tijdens onze openingstijden.</li></ul>"
                "<p>Vertel ons op welke pagina het probleem zit en wat er misgaat. We reageren "
                "binnen vijf werkdagen.</p>",
            ),
            ("heading", {"text": "Laatste controle", "level": "h2"}),
            (
                "paragraph",
                "<p>We hebben de website voor het laatst gecontroleerd in november 2026. We "
                "controleren de website minstens één keer per jaar opnieuw.</p>",
            ),
            (
                "call_to_action",
                {
                    "title": "Iets gevonden dat niet goed werkt?",
                    "text": "Stuur ons een bericht via het contactformulier. Dank u wel voor uw hulp.",
                    "button_label": "Naar het contactformulier",
                    "page": "contact",
                },
            ),
        ],
    },
]

# ---------------------------------------------------------------------------
# Contact form page
# ---------------------------------------------------------------------------

CONTACT = {
    "slug": "contact",
    "title": "Contact",
    "intro": (
        "Heeft u een vraag over vrijwilligerswerk of mantelzorg? Neem gerust contact met ons op. "
        "Bellen, mailen of langskomen kan ook."
    ),
    "search_description": (
        "Neem contact op met VMCA Almere. Bel, mail of vul het formulier in. "
        "We reageren binnen drie werkdagen."
    ),
    "image_label": "Contact",
    "body": [
        (
            "paragraph",
            "<p>U kunt ons bellen op 036 000 00 00 of mailen naar info@vmca.example. Liever "
            "langskomen? Ons kantoor is open van maandag tot en met vrijdag. Op donderdag zijn "
            "we open tot 20.00 uur en op vrijdag tot 13.00 uur.</p>",
        ),
    ],
    "thank_you_text": (
        "<p>Dank u wel voor uw bericht. We hebben uw vraag goed ontvangen. Binnen drie "
        "werkdagen nemen we contact met u op.</p>"
        "<p>Heeft u een dringende vraag? Bel ons dan op 036 000 00 00.</p>"
    ),
    "fields": [
        {"label": "Naam", "field_type": "singleline", "required": True, "help_text": ""},
        {
            "label": "E-mailadres",
            "field_type": "email",
            "required": True,
            "help_text": "We sturen ons antwoord naar dit adres.",
        },
        {
            "label": "Telefoonnummer",
            "field_type": "singleline",
            "required": False,
            "help_text": "Niet verplicht. Handig als we u liever even bellen.",
        },
        {
            "label": "Waar gaat uw vraag over?",
            "field_type": "dropdown",
            "required": True,
            "choices": "Vrijwilligerswerk\nMantelzorg\nVrijwilligersacademie\nIets anders",
            "help_text": "",
        },
        {"label": "Uw vraag", "field_type": "multiline", "required": True, "help_text": ""},
    ],
}

# ---------------------------------------------------------------------------
# News and blog index pages
# ---------------------------------------------------------------------------

NEWS_INDEX = {
    "slug": "nieuws",
    "title": "Nieuws",
    "intro": (
        "Wat gebeurt er bij VMCA en in de wijken van Almere? Hier leest u het laatste nieuws "
        "over vrijwilligerswerk en mantelzorg."
    ),
    "search_description": (
        "Het laatste nieuws van VMCA Almere over vrijwilligerswerk, mantelzorg, trainingen "
        "en activiteiten in de wijken."
    ),
    "image_label": "Nieuws",
    "body": [],
}

BLOG_INDEX = {
    "slug": "blog-uit-de-wijk",
    "title": "Blog uit de wijk",
    "intro": (
        "Vrijwilligers, mantelzorgers en medewerkers vertellen hun eigen verhaal. Persoonlijk, "
        "eerlijk en uit het dagelijks leven in Almere."
    ),
    "search_description": (
        "Persoonlijke verhalen van vrijwilligers, mantelzorgers en medewerkers uit alle "
        "stadsdelen van Almere."
    ),
    "image_label": "Blog",
    "body": [],
}

# ---------------------------------------------------------------------------
# News items
# ---------------------------------------------------------------------------

NEWS = [
    {
        "slug": "voorjaarsprogramma-vrijwilligersacademie",
        "title": "Vrijwilligersacademie start met voorjaarsprogramma",
        "date": dt.date(2026, 3, 5),
        "intro": (
            "De Vrijwilligersacademie heeft een nieuw programma voor het voorjaar. Er zijn twaalf "
            "gratis trainingen voor vrijwilligers en coördinatoren. Aanmelden kan vanaf nu."
        ),
        "search_description": (
            "Twaalf gratis trainingen voor vrijwilligers en coördinatoren in Almere. "
            "Bekijk het voorjaarsprogramma van de Vrijwilligersacademie."
        ),
        "image_label": "Trainingen",
        "wijk": None,
        "themes": ["scholing", "organisaties-en-coordinatoren"],
        "audiences": ["vrijwilligers", "organisaties"],
        "tags": ["training", "vrijwilligersacademie", "voorjaar"],
        "body": [
            (
                "paragraph",
                "<p>Wilt u beter worden in uw vrijwilligerswerk? Of wilt u iets nieuws leren? De "
                "Vrijwilligersacademie van VMCA geeft dit voorjaar twaalf trainingen. Ze zijn "
                "gratis voor iedereen die in Almere vrijwilligerswerk doet.</p>",
            ),
            ("heading", {"text": "Een greep uit het programma", "level": "h2"}),
            (
                "paragraph",
                "<ul><li><b>Luisteren zonder oordeel:</b> hoe voert u een goed gesprek met "
                "iemand die het moeilijk heeft?</li>"
                "<li><b>Eerste hulp bij geldzorgen:</b> signalen herkennen en weten waar iemand "
                "terechtkan.</li>"
                "<li><b>Vrijwilligers vinden via sociale media:</b> voor coördinatoren die meer "
                "mensen willen bereiken.</li>"
                "<li><b>Grenzen stellen:</b> hoe zegt u vriendelijk nee?</li></ul>"
                "<p>De trainingen duren meestal een ochtend, middag of avond. Ze zijn op "
                "verschillende plekken in de stad. U oefent veel met situaties uit de "
                "praktijk.</p>",
            ),
            (
                "testimonial",
                {
                    "quote": "In een training leren deelnemers niet alleen van mij. Ze leren vooral van elkaar.",
                    "name": "Shanti",
                    "context": "trainer bij de Vrijwilligersacademie",
                },
            ),
            ("heading", {"text": "Aanmelden", "level": "h2"}),
            (
                "paragraph",
                "<p>Aanmelden kan via het contactformulier. Kies bij uw vraag voor "
                "'Vrijwilligersacademie' en schrijf erbij welke training u wilt volgen. Vol is "
                "vol, dus wacht niet te lang.</p>",
            ),
            (
                "call_to_action",
                {
                    "title": "Meld u aan voor een training",
                    "text": "Alle trainingen zijn gratis voor vrijwilligers en organisaties in Almere.",
                    "button_label": "Meld u aan",
                    "page": "contact",
                },
            ),
        ],
    },
    {
        "slug": "werkcafe-jonge-vrijwilligers",
        "title": "Werkcafé: hoe vindt u jonge vrijwilligers?",
        "date": dt.date(2026, 3, 19),
        "intro": (
            "Op het werkcafé van maart praatten twintig vrijwilligerscoördinatoren over jonge "
            "vrijwilligers. Hoe vindt u ze? En hoe zorgt u ervoor dat ze blijven?"
        ),
        "search_description": (
            "Twintig coördinatoren deelden in het werkcafé hun tips om jonge vrijwilligers "
            "te vinden en te houden."
        ),
        "image_label": "Werkcafé",
        "wijk": "stad",
        "themes": ["organisaties-en-coordinatoren", "vrijwilligerswerk-vinden"],
        "audiences": ["organisaties", "professionals"],
        "tags": ["werkcafé", "jongeren", "coördinatoren"],
        "body": [
            (
                "paragraph",
                "<p>Veel organisaties in Almere zoeken jonge vrijwilligers. Maar jongeren hebben "
                "het druk met school, werk en sport. Hoe bereikt u ze dan? Dat was de vraag op "
                "het werkcafé van maart in Almere Stad. Twintig coördinatoren van sportclubs, "
                "buurthuizen en zorgcentra deden mee.</p>",
            ),
            ("heading", {"text": "Tips uit het werkcafé", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>Vraag jongeren zelf wat ze leuk vinden. Laat ze meedenken.</li>"
                "<li>Bied korte klussen aan, zoals één middag helpen bij een buurtfeest.</li>"
                "<li>Gebruik de kanalen die jongeren zelf gebruiken, zoals Instagram en "
                "WhatsApp.</li>"
                "<li>Geef een bewijs van vrijwilligerswerk. Dat is handig voor een cv.</li>"
                "<li>Zeg vaak dankjewel. Ook jongeren willen gezien worden.</li></ul>",
            ),
            (
                "paragraph",
                '<p>Adviseur Kasia Nowak leidt het werkcafé. "Het mooiste vond ik dat iedereen '
                'iets meenam naar huis," zegt ze. "Een sportclub vertelde hoe zij jonge '
                'trainers vinden. Een zorgcentrum gaat dat nu ook proberen."</p>',
            ),
            ("heading", {"text": "Het volgende werkcafé", "level": "h2"}),
            (
                "paragraph",
                "<p>Het werkcafé is elke eerste woensdag van de maand. Het volgende werkcafé gaat "
                "over vrijwilligers bedanken. Bent u "
                "vrijwilligerscoördinator in Almere? Dan bent u van harte welkom. Het werkcafé "
                "is gratis.</p>",
            ),
            (
                "related_links",
                {"title": "Lees ook", "links": [{"page": "advies-voor-organisaties", "label": ""}]},
            ),
        ],
    },
    {
        "slug": "burennetwerk-duizendste-klus",
        "title": "Burennetwerk helpt voor de duizendste keer",
        "date": dt.date(2026, 4, 9),
        "intro": (
            "Het Burennetwerk heeft een mooie mijlpaal bereikt. In de Seizoenenbuurt in Almere "
            "Buiten hielpen buren elkaar voor de duizendste keer."
        ),
        "search_description": (
            "Mijlpaal voor het Burennetwerk: in de Seizoenenbuurt in Almere Buiten hielpen "
            "buren elkaar voor de duizendste keer."
        ),
        "image_label": "1000 keer",
        "wijk": "buiten",
        "themes": ["buurt-en-ontmoeting"],
        "audiences": ["vrijwilligers"],
        "tags": ["burennetwerk", "mijlpaal", "buren"],
        "body": [
            (
                "paragraph",
                "<p>Het was een gewone klus: een lekke fietsband plakken. Toch was het een "
                "bijzonder moment. Het was de duizendste keer dat buren elkaar hielpen via het "
                "Burennetwerk.</p>"
                "<p>Truus (82) uit de Seizoenenbuurt wilde graag weer naar de markt fietsen. Haar "
                'buurman Yusuf (34) plakte de band in een kwartier. "Daarna hebben we koffie '
                'gedronken," vertelt Truus. "Ik woon hier al dertig jaar, maar ik kende hem '
                'nog niet."</p>',
            ),
            ("heading", {"text": "Klein begonnen", "level": "h2"}),
            (
                "paragraph",
                "<p>Het Burennetwerk begon in een paar buurten in Almere Buiten. Nu doen er buren "
                "uit bijna alle stadsdelen mee. De meeste vragen gaan over boodschappen, vervoer "
                "naar het ziekenhuis en kleine klussen in huis. Na de duizendste klus was er "
                "natuurlijk een feestje: Truus en Yusuf kregen samen een taart.</p>"
                '<p>Coördinator Mohamed El Amrani is trots. "Het gaat niet alleen om de klus," '
                'zegt hij. "Buren leren elkaar kennen. Dat maakt een buurt veiliger en '
                'gezelliger."</p>',
            ),
            (
                "call_to_action",
                {
                    "title": "Wilt u ook een buur helpen?",
                    "text": "Een uurtje per maand is al genoeg. Meld u aan bij het Burennetwerk.",
                    "button_label": "Lees meer",
                    "page": "burennetwerk",
                },
            ),
        ],
    },
    {
        "slug": "maatjesproject-zoekt-mannen",
        "title": "Maatjesproject zoekt mannen als maatje",
        "date": dt.date(2026, 4, 23),
        "intro": (
            "Steeds meer mannen vragen om een maatje. Maar de meeste maatjes zijn vrouw. Daarom "
            "zoekt het Maatjesproject in Almere Haven mannen die een paar uur per week tijd hebben."
        ),
        "search_description": (
            "Het Maatjesproject in Almere Haven zoekt mannen die maatje willen worden. "
            "Een paar uur per week maakt al een groot verschil."
        ),
        "image_label": "Maatje gezocht",
        "wijk": "haven",
        "themes": ["eenzaamheid", "vrijwilligerswerk-vinden"],
        "audiences": ["vrijwilligers"],
        "tags": ["maatje", "oproep", "mannen"],
        "body": [
            (
                "paragraph",
                "<p>Op de wachtlijst van het Maatjesproject staan vooral mannen. Vaak zijn ze "
                "alleen komen te staan, bijvoorbeeld na een scheiding of na de dood van hun "
                "partner. Veel van hen willen het liefst een man als maatje. Iemand om mee te "
                "vissen, te wandelen of naar voetbal te kijken.</p>"
                "<p>Toch zijn de meeste vrijwilligers vrouw. Kofi Mensah is al twee jaar maatje. "
                '"Ik dacht eerst dat ik er geen tijd voor had," vertelt hij. "Maar een '
                "wandeling van een uur past altijd wel. En ik krijg er zelf ook veel voor "
                'terug."</p>',
            ),
            ("heading", {"text": "Wat vragen we?", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>ongeveer twee uur per week of per twee weken</li>"
                "<li>interesse in andere mensen</li>"
                "<li>dat u minstens een jaar maatje wilt zijn</li></ul>"
                "<p>U hoeft geen prater te zijn. Samen iets doen is vaak al genoeg.</p>",
            ),
            ("heading", {"text": "Wat krijgt u?", "level": "h2"}),
            (
                "paragraph",
                "<p>U krijgt een training en een vaste coördinator bij wie u terechtkunt met "
                "vragen. Ook ontmoet u andere maatjes tijdens de maatjesavonden.</p>",
            ),
            (
                "call_to_action",
                {
                    "title": "Word maatje",
                    "text": "Lees meer over het Maatjesproject en meld u aan.",
                    "button_label": "Naar het Maatjesproject",
                    "page": "maatjesproject",
                },
            ),
        ],
    },
    {
        "slug": "nieuwe-vriendenkring-almere-poort",
        "title": "Nieuwe Vriendenkring in Almere Poort",
        "date": dt.date(2026, 5, 14),
        "intro": (
            "In het Homeruskwartier start in juni een nieuwe Vriendenkring. De groep is voor "
            "iedereen die nieuwe mensen wil leren kennen. Er zijn nog plekken vrij."
        ),
        "search_description": (
            "In juni start een nieuwe Vriendenkring in het Homeruskwartier in Almere Poort. "
            "Maak nieuwe vrienden in uw eigen wijk. Meld u aan."
        ),
        "image_label": "Vriendenkring Poort",
        "wijk": "poort",
        "themes": ["eenzaamheid", "buurt-en-ontmoeting"],
        "audiences": ["vrijwilligers", "jongeren"],
        "tags": ["vriendenkring", "poort", "ontmoeten"],
        "body": [
            (
                "paragraph",
                "<p>Almere Poort groeit snel. Er komen steeds meer nieuwe bewoners bij. Veel "
                "mensen kennen hun buren nog niet. Daarom start VMCA in juni een Vriendenkring in "
                "het Homeruskwartier.</p>"
                "<p>De groep komt elke twee weken bij elkaar in Leesplek Poort, op dinsdagavond. "
                "Vrijwilligers Fatima en Rob begeleiden de groep in het begin. Samen met de "
                "deelnemers bedenken ze wat ze gaan doen. Denk aan samen koken, wandelen langs "
                "het water of een spelletjesavond.</p>",
            ),
            ("heading", {"text": "Voor wie is de groep?", "level": "h2"}),
            (
                "paragraph",
                "<p>De Vriendenkring is voor iedereen vanaf 18 jaar die in Almere Poort woont. "
                "Het maakt niet uit of u hier net woont of al jaren. Er is plek voor tien "
                "mensen. Meld u wel even aan. Dan weten de begeleiders hoeveel koffie ze moeten "
                "zetten.</p>",
            ),
            (
                "testimonial",
                {
                    "quote": (
                        "Ik woon zelf ook pas drie jaar in Poort. Ik weet hoe het is om niemand te "
                        "kennen. Ik hoop dat deze groep een warme plek wordt."
                    ),
                    "name": "Fatima",
                    "context": "begeleider van de Vriendenkring in Almere Poort",
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Doe mee",
                    "text": "Meld u aan voor de Vriendenkring in Poort. U mag ook eerst een keer komen kijken.",
                    "button_label": "Meld u aan",
                    "page": "contact",
                },
            ),
        ],
    },
    {
        "slug": "nieuwe-vrijwilligers-thuishulp",
        "title": "Vijftien nieuwe vrijwilligers voor de Thuishulp",
        "date": dt.date(2026, 5, 28),
        "intro": (
            "Vijftien nieuwe vrijwilligers hebben de training voor Intensieve Vrijwillige "
            "Thuishulp afgerond. Ze gaan mantelzorgers in heel Almere ondersteunen."
        ),
        "search_description": (
            "Vijftien nieuwe vrijwilligers ronden de training Intensieve Vrijwillige Thuishulp "
            "af. Zo kunnen meer mantelzorgers even op adem komen."
        ),
        "image_label": "Nieuwe vrijwilligers",
        "wijk": "hout",
        "themes": ["dementie", "respijtzorg", "scholing"],
        "audiences": ["mantelzorgers", "vrijwilligers"],
        "tags": ["thuishulp", "training", "dementie"],
        "body": [
            (
                "paragraph",
                "<p>Zes weken lang kwamen ze elke woensdagavond bij elkaar in Almere Hout. De "
                "vijftien nieuwe vrijwilligers leerden over dementie, ernstige ziekte en afscheid "
                "nemen. Ook oefenden ze met gesprekken. Wat zeggen ze als iemand verdrietig is? En "
                "wat doen ze als iemand onrustig wordt?</p>"
                '<p>Trainer Gloria Martina is blij met de groep. "Ze zijn heel verschillend," '
                'zegt ze. "Een student verpleegkunde, een leraar met pensioen, een moeder van '
                'drie kinderen. Maar ze willen allemaal hetzelfde: er zijn voor een ander."</p>'
                '<p>Anouk (24) kijkt uit naar haar eerste gezin. "Ik studeer verpleegkunde," '
                'vertelt ze. "Maar hier leer ik iets wat niet in mijn boeken staat: hoe ik er '
                'gewoon kan zijn voor iemand."</p>',
            ),
            ("heading", {"text": "Kortere wachttijd", "level": "h2"}),
            (
                "paragraph",
                "<p>Met de nieuwe vrijwilligers kunnen we meer mantelzorgers helpen. De wachttijd "
                "wordt korter. Bijna alle nieuwe vrijwilligers beginnen nog voor de zomer bij een "
                "gezin.</p>"
                "<p>Zorgt u voor iemand met dementie of een ernstige ziekte? En wilt u af en toe "
                "even tijd voor uzelf? Neem dan contact met ons op.</p>",
            ),
            (
                "call_to_action",
                {
                    "title": "Intensieve Vrijwillige Thuishulp",
                    "text": "Lees hoe het werkt en hoe u het aanvraagt.",
                    "button_label": "Lees meer",
                    "page": "intensieve-vrijwillige-thuishulp",
                },
            ),
        ],
    },
    {
        "slug": "aanmelden-mantelzorgwaardering-2026",
        "title": "Aanmelden voor de mantelzorgwaardering is begonnen",
        "date": dt.date(2026, 6, 2),
        "intro": (
            "Zorgt u voor iemand in Almere? Vanaf 1 juni kunt u zich aanmelden voor de "
            "mantelzorgwaardering 2026. Dit jaar kiest u zelf uw bedankje."
        ),
        "search_description": (
            "Meld u aan voor de mantelzorgwaardering 2026. Nieuw dit jaar: u kiest zelf uw "
            "bedankje. Aanmelden kan tot en met 30 september."
        ),
        "image_label": "Meld u aan",
        "wijk": None,
        "themes": ["mantelzorg-ondersteunen", "jonge-mantelzorgers"],
        "audiences": ["mantelzorgers", "jongeren"],
        "tags": ["waardering", "aanmelden", "mantelzorg"],
        "body": [
            (
                "paragraph",
                "<p>Elk jaar zeggen we dank u wel tegen de mantelzorgers in Almere. Dat doen we "
                "met de mantelzorgwaardering. Vanaf 1 juni kunt u zich weer aanmelden. Dat kan "
                "tot en met 30 september.</p>",
            ),
            ("heading", {"text": "Nieuw: zelf kiezen", "level": "h2"}),
            (
                "paragraph",
                "<p>Dit jaar kiest u voor het eerst zelf wat u krijgt. U kiest een cadeaubon voor "
                "winkels in Almere of een uitje. Bijvoorbeeld een lunch, een boottocht of een "
                "voorstelling in het theater.</p>",
            ),
            ("heading", {"text": "Ook voor jonge mantelzorgers", "level": "h2"}),
            (
                "paragraph",
                "<p>Zorgt uw kind thuis mee voor iemand in het gezin? Dan kan uw kind zich ook "
                "aanmelden. Jonge mantelzorgers krijgen een eigen cadeau. Vorig jaar was dat een "
                "bioscoopbon met popcorn.</p>",
            ),
            ("heading", {"text": "Zo meldt u zich aan", "level": "h2"}),
            (
                "paragraph",
                "<p>U meldt zich aan met het formulier op onze website. Liever op papier? Bel ons, "
                "dan sturen we het formulier op. Binnen twee weken krijgt u een bevestiging. In "
                "november, tijdens de Week van de Mantelzorg, ontvangt u uw bedankje.</p>"
                "<p>Vindt u het aanmelden lastig? Kom dan langs bij het Administratief "
                "spreekuur. Daar helpen we u graag.</p>",
            ),
            (
                "call_to_action",
                {
                    "title": "Meld u aan",
                    "text": "Lees wie zich kan aanmelden en hoe het werkt.",
                    "button_label": "Naar de mantelzorgwaardering",
                    "page": "mantelzorgwaardering",
                },
            ),
        ],
    },
    {
        "slug": "jonge-mantelzorgersdag-pampushout",
        "title": "Jonge mantelzorgers hebben een dag vol plezier",
        "date": dt.date(2026, 6, 25),
        "intro": (
            "Zestig jonge mantelzorgers gingen op zaterdag 20 juni naar het bos in Pampushout. "
            "Ze klommen, kookten boven een vuur en hadden vooral veel lol."
        ),
        "search_description": (
            "Zestig jonge mantelzorgers genoten van de Jonge Mantelzorgersdag in het bos van "
            "Almere Pampus. Even een dag zonder zorgen."
        ),
        "image_label": "In het bos",
        "wijk": "pampus",
        "themes": ["jonge-mantelzorgers"],
        "audiences": ["jongeren", "mantelzorgers"],
        "tags": ["jongeren", "uitje", "zomer"],
        "body": [
            (
                "paragraph",
                "<p>Eén keer per jaar organiseert VMCA de Jonge Mantelzorgersdag. Dit jaar was de "
                "dag in het bos van Almere Pampus. Kinderen en jongeren van 8 tot 24 jaar deden "
                "mee. Ze kwamen uit alle stadsdelen.</p>"
                "<p>De kinderen deden een speurtocht en bouwden hutten. De oudere jongeren "
                "klommen in een touwparcours. Aan het eind kookte iedereen samen een maaltijd "
                "boven een kampvuur.</p>",
            ),
            ("heading", {"text": "Even geen zorgen", "level": "h2"}),
            (
                "paragraph",
                '<p>Voor veel jongeren was het een dag zonder zorgen. "Thuis moet ik altijd '
                'opletten," vertelt Jayden (14). "Mijn vader heeft een hersenziekte. Vandaag '
                'hoefde ik even nergens aan te denken."</p>'
                '<p>Consulent Elif Demir zag veel blije gezichten. "Jonge mantelzorgers zijn '
                "vaak heel zelfstandig. Ze zorgen voor iedereen. Vandaag zorgden wij eens voor "
                'hen. Dat vind ik zo belangrijk."</p>',
            ),
            (
                "paragraph",
                "<p>Bent u ook een jonge mantelzorger? Volgend jaar is er weer een Jonge "
                "Mantelzorgersdag. En tussendoor zijn er filmavonden en andere leuke "
                "activiteiten.</p>",
            ),
            (
                "call_to_action",
                {
                    "title": "Bent u een jonge mantelzorger?",
                    "text": "Kijk wat u bij ons kunt doen. Alles is gratis.",
                    "button_label": "Lees meer",
                    "page": "jonge-mantelzorgers",
                },
            ),
        ],
    },
    {
        "slug": "respijtzorg-zomer-op-tijd-regelen",
        "title": "Zomervakantie? Regel respijtzorg op tijd",
        "date": dt.date(2026, 7, 9),
        "intro": (
            "Ook mantelzorgers hebben vakantie nodig. Wilt u deze zomer een paar dagen weg? "
            "Regel de zorg voor uw naaste dan op tijd. Wij helpen u daarbij."
        ),
        "search_description": (
            "Vier tips voor mantelzorgers die in de zomer even vrij willen zijn. "
            "Regel respijtzorg op tijd, dan kunt u echt op adem komen."
        ),
        "image_label": "Zomer",
        "wijk": None,
        "themes": ["respijtzorg", "mantelzorg-ondersteunen"],
        "audiences": ["mantelzorgers"],
        "tags": ["respijtzorg", "zomer", "vakantie"],
        "body": [
            (
                "paragraph",
                "<p>In de zomer is het voor veel mantelzorgers extra druk. De thuiszorg heeft "
                "minder mensen. Familie is op vakantie. En de dagbesteding is soms een paar weken "
                "dicht. Juist dan is het belangrijk dat u ook aan uzelf denkt.</p>",
            ),
            ("heading", {"text": "Vier tips", "level": "h2"}),
            (
                "paragraph",
                "<ol><li><b>Begin op tijd.</b> Logeeropvang is in de zomer snel vol. Vraag het "
                "daarom een paar maanden van tevoren aan.</li>"
                "<li><b>Maak een lijstje.</b> Schrijf op wat uw naaste nodig heeft: medicijnen, "
                "eten en vaste gewoontes. Zo kan iemand anders de zorg makkelijk overnemen.</li>"
                "<li><b>Vraag mensen om u heen.</b> Misschien wil een buur of vriend een middag "
                "helpen. Ook het Burennetwerk kan iets voor u betekenen.</li>"
                "<li><b>Plan kleine pauzes.</b> Niet iedereen kan op vakantie. Een middag naar "
                "het strand of een avond met vrienden helpt ook.</li></ol>",
            ),
            (
                "paragraph",
                "<p>Weet u niet waar u moet beginnen? Een consulent mantelzorg denkt graag met u "
                "mee. Ook in de zomer zijn wij gewoon bereikbaar.</p>",
            ),
            (
                "call_to_action",
                {
                    "title": "Meer over respijtzorg",
                    "text": "Lees welke vormen van respijtzorg er zijn en hoe u ze aanvraagt.",
                    "button_label": "Naar respijtzorg",
                    "page": "respijtzorg",
                },
            ),
        ],
    },
    {
        "slug": "administratief-spreekuur-nieuwe-locatie",
        "title": "Administratief spreekuur verhuist naar Buurtcentrum De Schakel",
        "date": dt.date(2026, 8, 27),
        "intro": (
            "Vanaf dinsdag 1 september zit het Administratief spreekuur op een nieuwe plek. U "
            "vindt ons dan in Buurtcentrum De Schakel in de Muziekwijk."
        ),
        "search_description": (
            "Vanaf 1 september is het Administratief spreekuur in Buurtcentrum De Schakel in de "
            "Muziekwijk. Elke dinsdag, zonder afspraak."
        ),
        "image_label": "Nieuwe plek",
        "wijk": "stad",
        "themes": ["geldzaken-en-administratie"],
        "audiences": ["mantelzorgers", "vrijwilligers"],
        "tags": ["spreekuur", "verhuizing", "formulieren"],
        "body": [
            (
                "paragraph",
                "<p>Het Administratief spreekuur werd de laatste tijd steeds drukker. De oude "
                "ruimte werd te klein. Bezoekers moesten soms lang op de gang wachten. Daarom "
                "verhuizen we naar Buurtcentrum De Schakel.</p>",
            ),
            ("heading", {"text": "Wat verandert er?", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>Er zijn vier tafels in plaats van twee. U hoeft dus minder lang te "
                "wachten.</li>"
                "<li>Er is een aparte kamer voor als u liever rustig en alleen praat.</li>"
                "<li>Het buurtcentrum is goed te bereiken met de bus en heeft een lift.</li></ul>",
            ),
            (
                "paragraph",
                '<p>Vrijwilliger Peter Bakker is blij met de nieuwe plek. "Mensen komen vaak met '
                'zorgen binnen," zegt hij. "Dan is het fijn als ze rustig kunnen zitten. En hier '
                'staat altijd koffie klaar."</p>',
            ),
            ("heading", {"text": "Wat blijft hetzelfde?", "level": "h2"}),
            (
                "paragraph",
                "<p>Het spreekuur is nog steeds elke dinsdag van 10.00 tot 12.00 uur. De hulp is "
                "gratis en u hoeft geen afspraak te maken. Onze vrijwilligers helpen u met "
                "brieven, formulieren en rekeningen. Neem uw papieren en uw identiteitsbewijs "
                "mee.</p>",
            ),
            (
                "call_to_action",
                {
                    "title": "Meer over het spreekuur",
                    "text": "Lees waarmee we u kunnen helpen en wat u moet meenemen.",
                    "button_label": "Naar het Administratief spreekuur",
                    "page": "administratief-spreekuur",
                },
            ),
        ],
    },
    {
        "slug": "gastlessen-jonge-mantelzorgers-poort",
        "title": "Scholen in Almere Poort leren jonge mantelzorgers herkennen",
        "date": dt.date(2026, 9, 8),
        "intro": (
            "Na de zomer geeft VMCA gastlessen op drie scholen in Almere Poort. Leerlingen en "
            "leraren leren wat een jonge mantelzorger is. En waar ze hulp kunnen vinden."
        ),
        "search_description": (
            "VMCA geeft gastlessen over jonge mantelzorgers op scholen in Almere Poort. "
            "Zo leren leerlingen en leraren de signalen herkennen."
        ),
        "image_label": "Gastles",
        "wijk": "poort",
        "themes": ["jonge-mantelzorgers"],
        "audiences": ["professionals", "jongeren"],
        "tags": ["school", "gastles", "jongeren"],
        "body": [
            (
                "paragraph",
                "<p>Veel jonge mantelzorgers vertellen op school niet wat er thuis speelt. Ze "
                "schamen zich of ze willen niet anders zijn. Maar ze zijn vaak moe, komen te laat "
                "of vergeten hun huiswerk. Leraren weten dan niet waarom.</p>"
                "<p>Consulent Elif Demir geeft daarom gastlessen in de klas. Ze vertelt wat "
                "mantelzorg is en laat een korte film zien. Daarna praten de leerlingen erover. "
                '"Na de les komen er bijna altijd een paar leerlingen naar me toe," zegt Elif. '
                '"Dan zeggen ze: dit gaat over mij."</p>',
            ),
            ("heading", {"text": "Ook voor leraren", "level": "h2"}),
            (
                "paragraph",
                "<p>Leraren en mentoren krijgen een korte training. Ze leren signalen herkennen "
                "en een gesprek beginnen. Ook krijgen ze een kaart met tips om in de klas op te "
                "hangen.</p>"
                "<p>Wilt u ook een gastles op uw school? Neem dan contact met ons op. De "
                "gastlessen zijn gratis voor scholen in Almere. Na Poort volgen scholen in de "
                "andere stadsdelen.</p>",
            ),
            (
                "call_to_action",
                {
                    "title": "Jonge mantelzorgers",
                    "text": "Lees wat VMCA doet voor kinderen en jongeren die thuis zorgen.",
                    "button_label": "Lees meer",
                    "page": "jonge-mantelzorgers",
                },
            ),
        ],
    },
    {
        "slug": "sav-netwerk-vrijwilligers-minder-tijd",
        "title": "SAV-netwerk: vrijwilligers hebben minder tijd, wat nu?",
        "date": dt.date(2026, 9, 17),
        "intro": (
            "Ruim dertig organisaties kwamen bij elkaar voor de bijeenkomst van het SAV-netwerk "
            "in Nobelhorst. Het thema: vrijwilligers die minder tijd hebben."
        ),
        "search_description": (
            "Ruim dertig organisaties uit het SAV-netwerk deelden ideeën over vrijwilligers die "
            "minder tijd hebben. Lees de tips."
        ),
        "image_label": "Minder tijd",
        "wijk": "hout",
        "themes": ["organisaties-en-coordinatoren"],
        "audiences": ["organisaties", "professionals"],
        "tags": ["netwerk", "organisaties", "bijeenkomst"],
        "body": [
            (
                "paragraph",
                "<p>Veel organisaties merken het: vrijwilligers willen nog steeds helpen, maar ze "
                "hebben minder tijd. Mensen werken langer door, passen op hun kleinkinderen of "
                "zijn zelf mantelzorger. Een vaste taak voor jaren vinden ze lastig. Hoe gaat u "
                "daarmee om? Daarover praatten ruim dertig organisaties in Huiskamer "
                "Nobelhorst.</p>",
            ),
            ("heading", {"text": "Ideeën uit de bijeenkomst", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>Knip grote taken op in kleine stukjes.</li>"
                "<li>Werk met duo's: twee vrijwilligers delen één taak.</li>"
                "<li>Bied ook klussen aan voor één keer, zoals een dag helpen bij een "
                "evenement.</li>"
                "<li>Laat vrijwilligers zelf hun rooster kiezen, bijvoorbeeld via een app.</li></ul>"
                "<p>Een voetbalclub vertelde dat zij nu werken met klusjesdagen. Elke ouder helpt "
                'één zaterdag per seizoen. "Vroeger deed een kleine groep alles," zei de '
                'voorzitter. "Nu doet bijna iedereen een beetje mee."</p>',
            ),
            ("heading", {"text": "Volgende bijeenkomst", "level": "h2"}),
            (
                "paragraph",
                "<p>De volgende bijeenkomst van het SAV-netwerk is in december. Het thema is dan: "
                "vrijwilligers met verschillende culturele achtergronden. Werkt uw organisatie "
                "met vrijwilligers? Dan bent u van harte welkom.</p>",
            ),
            (
                "call_to_action",
                {
                    "title": "Het SAV-netwerk",
                    "text": "Lees wat het netwerk doet en hoe u uw organisatie aanmeldt.",
                    "button_label": "Lees meer",
                    "page": "sav-netwerk",
                },
            ),
        ],
    },
    {
        "slug": "burennetwerk-start-in-almere-pampus",
        "title": "Burennetwerk start in Almere Pampus",
        "date": dt.date(2026, 10, 8),
        "intro": (
            "In Pampushout wonen steeds meer mensen. Maar er zijn nog weinig plekken om elkaar "
            "te ontmoeten. Daarom start het Burennetwerk nu ook in Almere Pampus."
        ),
        "search_description": (
            "Het Burennetwerk start in Pampushout, het nieuwste stadsdeel van Almere. "
            "Buren helpen elkaar met boodschappen, vervoer en klusjes."
        ),
        "image_label": "Buren in Pampus",
        "wijk": "pampus",
        "themes": ["buurt-en-ontmoeting", "eenzaamheid"],
        "audiences": ["vrijwilligers"],
        "tags": ["burennetwerk", "pampus", "nieuwbouw"],
        "body": [
            (
                "paragraph",
                "<p>Almere Pampus is het nieuwste stadsdeel van Almere. In Pampushout wonen de "
                "eerste bewoners. Er wordt nog volop gebouwd. Veel mensen kennen hun buren nog "
                "niet. En voor de winkel of de huisarts moeten bewoners nog een stuk reizen.</p>"
                "<p>Daarom start VMCA hier het Burennetwerk, samen met bewoners van "
                "Buurtinitiatief Pampus Samen. Buren kunnen elkaar helpen met boodschappen, een "
                "lift naar de huisarts of een klusje in het nieuwe huis.</p>",
            ),
            ("heading", {"text": "Een goede start", "level": "h2"}),
            (
                "paragraph",
                "<p>Bij de eerste bijeenkomst kwamen meer dan vijftig bewoners. Op een grote "
                "kaart plakten ze een sticker bij hun huis. Groen betekent: ik wil helpen. Oranje "
                "betekent: ik zoek soms hulp.</p>"
                '<p>"Het was mooi om te zien hoeveel groene stickers er waren," zegt '
                'coördinator Mohamed El Amrani. "Mensen willen graag iets voor elkaar '
                'doen."</p>'
                "<p>De eerste klussen zijn al gedaan: een kast in elkaar zetten en een rit naar het "
                "ziekenhuis.</p>"
                "<p>Woont u in Pampushout en wilt u meedoen? U bent welkom. U kunt hulp vragen, "
                "hulp geven of allebei.</p>",
            ),
            (
                "call_to_action",
                {
                    "title": "Doe mee met het Burennetwerk",
                    "text": "Lees hoe het werkt en meld u aan.",
                    "button_label": "Naar het Burennetwerk",
                    "page": "burennetwerk",
                },
            ),
        ],
    },
    {
        "slug": "nieuwe-training-omgaan-met-dementie",
        "title": "Nieuwe training: omgaan met dementie",
        "date": dt.date(2026, 10, 22),
        "intro": (
            "Dit najaar heeft de Vrijwilligersacademie een nieuwe training over dementie. De "
            "training is voor vrijwilligers en ook voor mantelzorgers."
        ),
        "search_description": (
            "Gratis training 'Omgaan met dementie' van de Vrijwilligersacademie. Voor "
            "vrijwilligers en mantelzorgers in Almere. Drie avonden."
        ),
        "image_label": "Dementie",
        "wijk": None,
        "themes": ["scholing", "dementie"],
        "audiences": ["vrijwilligers", "mantelzorgers"],
        "tags": ["training", "dementie", "vrijwilligersacademie"],
        "body": [
            (
                "paragraph",
                "<p>Steeds meer mensen in Almere hebben dementie. Veel van hen wonen gewoon "
                "thuis. Vrijwilligers komen hen tegen in het buurthuis, bij de sportclub of als "
                "maatje. Daarom is er nu een nieuwe training: <i>Omgaan met dementie</i>.</p>",
            ),
            ("heading", {"text": "Wat leert u?", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>wat dementie is en hoe het iemand verandert</li>"
                "<li>hoe u rustig en duidelijk praat met iemand met dementie</li>"
                "<li>wat u doet als iemand boos of bang wordt</li>"
                "<li>hoe u goed voor uzelf zorgt</li></ul>",
            ),
            (
                "paragraph",
                "<p>Trainer Ruud Hoekstra zorgde zelf jarenlang voor zijn vader met dementie. "
                '"Ik heb veel fouten gemaakt," vertelt hij eerlijk. "Als mijn vader iets '
                "verkeerd zei, verbeterde ik hem steeds. Later leerde ik om mee te gaan in zijn "
                'wereld. Dat gaf ons allebei rust."</p>',
            ),
            ("heading", {"text": "Praktisch", "level": "h2"}),
            (
                "paragraph",
                "<p>De training bestaat uit drie avonden in november en december. U volgt hem "
                "op ons kantoor in Almere Stad. De training is gratis. Er zijn twintig "
                "plekken.</p>",
            ),
            (
                "call_to_action",
                {
                    "title": "Meld u aan",
                    "text": "Kies in het formulier voor 'Vrijwilligersacademie' en noem de naam van de training.",
                    "button_label": "Naar het contactformulier",
                    "page": "contact",
                },
            ),
        ],
    },
    {
        "slug": "week-van-de-mantelzorg-2026",
        "title": "Week van de Mantelzorg: activiteiten in alle stadsdelen",
        "date": dt.date(2026, 11, 4),
        "intro": (
            "Van maandag 9 tot en met zaterdag 14 november is het de Week van de Mantelzorg. In "
            "alle stadsdelen zijn er activiteiten om mantelzorgers te bedanken. Iedereen die "
            "voor een ander zorgt, is welkom."
        ),
        "search_description": (
            "Week van de Mantelzorg van 9 tot en met 14 november: gratis activiteiten voor "
            "mantelzorgers in alle stadsdelen van Almere."
        ),
        "image_label": "Mantelzorgers bedankt",
        "wijk": None,
        "themes": ["mantelzorg-ondersteunen", "respijtzorg"],
        "audiences": ["mantelzorgers", "jongeren"],
        "tags": ["mantelzorg", "activiteiten", "waardering"],
        "body": [
            (
                "paragraph",
                "<p>Mantelzorgers doen ontzettend veel. Vaak zonder dat iemand het ziet. In de "
                "Week van de Mantelzorg zetten we hen in het zonnetje. Ook dit jaar zijn er in "
                "heel Almere activiteiten. Alles is gratis.</p>",
            ),
            ("heading", {"text": "Het programma", "level": "h2"}),
            (
                "paragraph",
                "<ul><li><b>Almere Stad:</b> high tea in Buurtcentrum De Schakel (dinsdag "
                "10 november).</li>"
                "<li><b>Almere Haven:</b> wandeling met een gids en warme soep na afloop "
                "(woensdag 11 november).</li>"
                "<li><b>Almere Buiten:</b> workshop ontspannen en beter slapen in Wijkhuis De "
                "Regenboog (donderdag 12 november).</li>"
                "<li><b>Almere Hout:</b> koffieochtend in Huiskamer Nobelhorst (vrijdag "
                "13 november).</li>"
                "<li><b>Almere Poort:</b> filmmiddag in Leesplek Poort (zaterdag 14 november).</li>"
                "<li><b>Almere Pampus:</b> ontmoeting met muziek bij Buurtinitiatief Pampus "
                "Samen (zaterdag 14 november).</li>"
                "<li><b>Jonge mantelzorgers:</b> pizza-avond in Jongerencentrum De Sprong "
                "(vrijdag 13 november).</li></ul>",
            ),
            (
                "paragraph",
                "<p>Heeft u zich aangemeld voor de mantelzorgwaardering? Dan krijgt u deze week "
                "uw bedankje.</p>",
            ),
            ("heading", {"text": "Aanmelden", "level": "h2"}),
            (
                "paragraph",
                "<p>Voor de meeste activiteiten moet u zich aanmelden, want er is niet veel "
                "plek. Kunt u niet weg omdat u voor iemand zorgt? Vraag ons dan wat er mogelijk "
                "is. Soms kan een vrijwilliger die middag bij uw naaste zijn.</p>",
            ),
            (
                "call_to_action",
                {
                    "title": "Meld u aan",
                    "text": "Laat ons weten aan welke activiteit u wilt meedoen.",
                    "button_label": "Naar het contactformulier",
                    "page": "contact",
                },
            ),
        ],
    },
    {
        "slug": "dag-van-de-vrijwilliger-2026",
        "title": "Vier de Dag van de Vrijwilliger met ons mee",
        "date": dt.date(2026, 11, 18),
        "intro": (
            "Op maandag 7 december is het de Dag van de Vrijwilliger. VMCA bedankt alle "
            "vrijwilligers van Almere met een feestelijke avond in Almere Haven. U bent van "
            "harte welkom."
        ),
        "search_description": (
            "Doet u vrijwilligerswerk in Almere? Vier op 7 december de Dag van de Vrijwilliger "
            "met ons mee in Almere Haven."
        ),
        "image_label": "Dank u wel",
        "wijk": "haven",
        "themes": ["vrijwilligerswerk-vinden", "buurt-en-ontmoeting"],
        "audiences": ["vrijwilligers", "organisaties"],
        "tags": ["vrijwilligers", "feest", "bedanken"],
        "body": [
            (
                "paragraph",
                "<p>Zonder vrijwilligers zou Almere er heel anders uitzien. Ze trainen "
                "voetbalteams, lezen voor aan kinderen, helpen hun buren en zijn maatje voor "
                "iemand die alleen is. Op de Dag van de Vrijwilliger zeggen we daarom: dank u "
                "wel!</p>",
            ),
            ("heading", {"text": "Wat is er te doen?", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>muziek van een koor uit Almere Haven</li>"
                "<li>een hapje en een drankje</li>"
                "<li>een fotohoek waar u een mooie foto kunt laten maken</li>"
                "<li>de uitreiking van de VMCA-vrijwilligersprijs</li></ul>"
                "<p>Iedereen kon dit jaar een vrijwilliger voordragen voor de prijs. Er kwamen "
                "meer dan tachtig namen binnen. Een jury kiest drie winnaars. Wie dat zijn, horen "
                "we pas op de avond zelf.</p>",
            ),
            ("heading", {"text": "Praktisch", "level": "h2"}),
            (
                "paragraph",
                "<p>De avond is van 19.00 tot 22.00 uur in de kantine van Sportclub Haven Actief. "
                "Iedereen die vrijwilligerswerk doet in Almere is welkom. Neem gerust iemand mee. "
                "Bent u coördinator? Neem dan uw hele vrijwilligersteam mee. Laat u wel even "
                "weten dat u komt?</p>",
            ),
            (
                "call_to_action",
                {
                    "title": "Komt u ook?",
                    "text": "Laat het ons weten via het contactformulier. Dan houden we een plekje voor u vrij.",
                    "button_label": "Laat weten dat u komt",
                    "page": "contact",
                },
            ),
        ],
    },
]

# ---------------------------------------------------------------------------
# Blog uit de wijk (personal stories, first person)
# ---------------------------------------------------------------------------

BLOGS = [
    {
        "slug": "blog-een-brief-is-soms-een-berg",
        "title": "Een brief is soms een berg",
        "author": "peter",
        "date": dt.date(2026, 3, 12),
        "wijk": "stad",
        "intro": (
            "Peter helpt elke dinsdag op het Administratief spreekuur. Hij ziet hoe één "
            "ongeopende envelop iemand wekenlang wakker kan houden."
        ),
        "search_description": (
            "Vrijwilliger Peter vertelt over het Administratief spreekuur. Waarom een brief voor "
            "veel mensen een berg is, en hoe die samen kleiner wordt."
        ),
        "image_label": "Een brief",
        "themes": ["geldzaken-en-administratie"],
        "audiences": ["mantelzorgers", "vrijwilligers"],
        "tags": ["spreekuur", "brieven", "vrijwilliger"],
        "body": [
            (
                "paragraph",
                "<p>Elke dinsdagochtend zet ik om half tien de koffie klaar. Om tien uur gaat de "
                "deur open. Meestal staan er dan al een paar mensen te wachten. Met een tas vol "
                "papieren, of met één brief in hun hand.</p>"
                "<p>Veertig jaar werkte ik bij een bank. Ik dacht dat ik alles wist van geld en "
                "papieren. Maar op het spreekuur leer ik elke week iets nieuws. Vooral over "
                "mensen.</p>",
            ),
            ("heading", {"text": "De man met de envelop", "level": "h2"}),
            (
                "paragraph",
                "<p>Vorige maand kwam er een man binnen met een dichte envelop. Hij had hem al "
                'drie weken in de kast liggen. "Ik durf hem niet open te maken," zei hij. We '
                "hebben de envelop samen geopend. Het was een brief van de Belastingdienst. Hij "
                "kreeg geld terug.</p>"
                "<p>Hij moest zo lachen dat hij bijna huilde. En ik eerlijk gezegd ook een "
                "beetje.</p>",
            ),
            ("heading", {"text": "Waarom ik dit doe", "level": "h2"}),
            (
                "paragraph",
                "<p>Voor veel mensen is een brief geen gewoon stuk papier. Het is een berg. Ze "
                "zijn bang dat ze iets fout doen. Of ze begrijpen de moeilijke woorden niet. Dan "
                "leggen ze de brief weg. Daarna komt er een tweede brief, en een derde. Zo "
                "worden kleine problemen groot.</p>"
                "<p>Ik kan die berg niet voor iemand weghalen. Maar ik kan wel naast iemand gaan "
                "zitten en zeggen: we kijken er samen naar. Vaak valt het dan erg mee. En als het "
                "niet meevalt, weten we in elk geval wat de volgende stap is.</p>",
            ),
            (
                "paragraph",
                "<p>Heeft u ook een brief die u niet durft open te maken? Kom gewoon langs. De "
                "koffie staat klaar.</p>",
            ),
            (
                "related_links",
                {"title": "Lees ook", "links": [{"page": "administratief-spreekuur", "label": ""}]},
            ),
        ],
    },
    {
        "slug": "blog-soms-noemt-hij-me-mevrouw",
        "title": "Soms noemt hij me mevrouw",
        "author": "ria",
        "date": dt.date(2026, 4, 2),
        "wijk": "haven",
        "intro": (
            "Ria zorgt voor haar man Jan, die alzheimer heeft. Lang dacht ze dat ze het alleen "
            "kon. Nu komt er elke week een vrijwilliger."
        ),
        "search_description": (
            "Ria zorgt voor haar man met alzheimer. Ze vertelt eerlijk over verdriet, liefde en "
            "waarom hulp vragen geen opgeven is."
        ),
        "image_label": "Ria en Jan",
        "themes": ["dementie", "respijtzorg", "mantelzorg-ondersteunen"],
        "audiences": ["mantelzorgers"],
        "tags": ["dementie", "thuishulp", "mantelzorg"],
        "body": [
            (
                "paragraph",
                "<p>Jan en ik zijn 46 jaar getrouwd. Vier jaar geleden hoorden we dat hij "
                "alzheimer heeft. Sindsdien verandert er elke maand iets. Soms zijn het kleine "
                "dingen. Hij vergeet waar de kopjes staan. Soms zijn het grote dingen. Laatst "
                'noemde hij me "mevrouw".</p>'
                "<p>Die avond heb ik in de badkamer gehuild. Daarna heb ik thee gezet en ben ik "
                "naast hem op de bank gaan zitten. Hij pakte mijn hand. Misschien wist hij even "
                "niet meer hoe ik heette. Maar hij wist wel dat ik bij hem hoorde.</p>",
            ),
            ("heading", {"text": "Hulp vragen", "level": "h2"}),
            (
                "paragraph",
                "<p>Lang dacht ik dat ik het alleen kon. Jan is mijn man, dus ik zorg voor hem. "
                "Zo simpel is het. Maar ik sliep slecht, ik was snel boos en ik zag mijn "
                'vriendinnen bijna niet meer. Mijn dochter zei: "Mam, zo gaat het niet '
                'langer."</p>'
                "<p>Ze had gelijk. Via de casemanager kwam ik bij VMCA terecht. Nu komt er elke "
                "dinsdag een vrijwilliger van de Intensieve Vrijwillige Thuishulp. Ze heet Els. "
                "Jan en Els maken samen puzzels en kijken naar oude voetbalwedstrijden. Ik ga dan "
                "zwemmen of koffie drinken met een vriendin in het centrum van Haven.</p>",
            ),
            ("heading", {"text": "Wat ik anderen wil zeggen", "level": "h2"}),
            (
                "paragraph",
                "<p>Hulp vragen voelde eerst als opgeven. Nu weet ik: het is juist nodig om door "
                "te kunnen gaan. Ik ben een betere vrouw voor Jan als ik zelf ook een beetje "
                "lucht heb.</p>"
                "<p>De volgende keer vertel ik over onze vakantie. Ja, dat kan ook nog. Met een "
                "beetje hulp.</p>",
            ),
            (
                "related_links",
                {
                    "title": "Lees ook",
                    "links": [
                        {"page": "intensieve-vrijwillige-thuishulp", "label": ""},
                        {"page": "respijtzorg", "label": ""},
                    ],
                },
            ),
        ],
    },
    {
        "slug": "blog-tentamens-en-medicijnen",
        "title": "Tentamens en medicijnen",
        "author": "noah",
        "date": dt.date(2026, 5, 7),
        "wijk": "buiten",
        "intro": (
            "Noah was twaalf toen zijn moeder ziek werd. Nu is hij twintig en studeert hij. Hij "
            "vertelt hoe hij school en zorg combineert."
        ),
        "search_description": (
            "Noah is jonge mantelzorger en student. Hij vertelt hoe hij studie en zorg voor zijn "
            "moeder combineert, en wat hem heeft geholpen."
        ),
        "image_label": "Noah",
        "themes": ["jonge-mantelzorgers"],
        "audiences": ["jongeren", "professionals"],
        "tags": ["studie", "jongeren", "school"],
        "body": [
            (
                "paragraph",
                "<p>Ik was twaalf toen mijn moeder ziek werd. Ze heeft reuma en iets aan haar "
                "hart. Op slechte dagen komt ze bijna haar bed niet uit. Dan doen mijn zus en ik "
                "het huishouden. We koken, we doen boodschappen en we houden de medicijnen "
                "bij.</p>"
                "<p>Lang vond ik dat normaal. Zo ging het nu eenmaal bij ons thuis. Pas op de "
                "middelbare school merkte ik dat het anders was. Mijn vrienden gingen na school "
                "naar de sportschool. Ik ging naar huis. Ik zei dat ik geen zin had. Ik schaamde "
                "me.</p>",
            ),
            ("heading", {"text": "Een mentor die het zag", "level": "h2"}),
            (
                "paragraph",
                "<p>In de vierde klas vroeg mijn mentor waarom ik zo vaak moe was. Ik vertelde "
                "het hele verhaal. Zij bracht me in contact met VMCA. Zo kwam ik bij een groep "
                "jonge mantelzorgers. De eerste keer zei ik bijna niets. Maar ik luisterde. "
                "Iedereen daar wist hoe het voelt.</p>",
            ),
            ("heading", {"text": "Hoe het nu gaat", "level": "h2"}),
            (
                "paragraph",
                "<p>Nu ben ik twintig en studeer ik. In de tentamenweek is het soms zwaar. Dan "
                "moet ik leren en ook op tijd thuis zijn om te koken. Mijn studieadviseur weet "
                "hoe het zit. Ik mag soms wat langer over een opdracht doen. Dat helpt echt.</p>"
                "<p>Ik zeg nu tegen iedereen: u hoeft het niet te verstoppen. Vertel het aan één "
                "persoon die u vertrouwt. Dat is al een begin. En weet u niet aan wie? Stuur "
                "Elif van VMCA een appje. Zij luistert.</p>",
            ),
            (
                "related_links",
                {"title": "Lees ook", "links": [{"page": "jonge-mantelzorgers", "label": ""}]},
            ),
        ],
    },
    {
        "slug": "blog-donderdag-is-wandeldag",
        "title": "Donderdag is wandeldag",
        "author": "kofi",
        "date": dt.date(2026, 6, 11),
        "wijk": "hout",
        "intro": (
            "Kofi is buschauffeur en al twee jaar maatje van Wim. Elke donderdag wandelen ze "
            "samen door Nobelhorst. Over voetbal, vroeger en vriendschap."
        ),
        "search_description": (
            "Kofi is maatje van Wim in Nobelhorst. Elke donderdag wandelen ze samen. Een verhaal "
            "over voetbal, stiltes en een onverwachte vriendschap."
        ),
        "image_label": "Wandeldag",
        "themes": ["eenzaamheid", "buurt-en-ontmoeting"],
        "audiences": ["vrijwilligers"],
        "tags": ["maatje", "wandelen", "vriendschap"],
        "body": [
            (
                "paragraph",
                "<p>Ik ben buschauffeur. De hele dag zie ik mensen in- en uitstappen. Ik zeg "
                "goedemorgen, zij zeggen goedemorgen. Maar echt contact? Dat is er bijna "
                "nooit.</p>"
                "<p>Twee jaar geleden las ik over het Maatjesproject. Ik dacht: dat wil ik ook. "
                "Ik wist alleen niet of ik het goed zou doen. Ik ben geen prater.</p>",
            ),
            ("heading", {"text": "Kennismaken met Wim", "level": "h2"}),
            (
                "paragraph",
                "<p>Na de training stelde de coördinator me voor aan Wim. Hij is 78 en woont ook "
                "in Nobelhorst. Zijn vrouw was een jaar eerder overleden. Hij kwam bijna de deur "
                "niet meer uit. Bij het eerste gesprek zei hij weinig. Ik ook niet. Toen vroeg "
                'hij voor welke club ik ben. "Ajax," zei ik. Hij zuchtte diep. Hij is voor '
                "Feyenoord.</p>"
                "<p>Sinds die dag wandelen we elke donderdag. Meestal een rondje door de wijk en "
                "langs het water. We praten over voetbal, over zijn werk in de haven van "
                "Rotterdam en over mijn familie in Ghana. Soms zeggen we een kwartier niets. Dat "
                "is ook goed.</p>",
            ),
            ("heading", {"text": "Wat het mij brengt", "level": "h2"}),
            (
                "paragraph",
                "<p>Wim gaat nu ook naar de koffieochtend in Huiskamer Nobelhorst. Daar heeft hij "
                "een paar mannen leren kennen. Daar ben ik trots op. Het was zijn eigen stap, "
                "maar ik heb hem een beetje geholpen.</p>"
                "<p>En ik? Ik heb er een vriend bij. Iemand die vraagt hoe mijn week was. Dat had "
                "ik niet verwacht.</p>"
                "<p>Twijfelt u ook of u maatje kunt zijn? U hoeft niet slim of grappig te "
                "zijn. U moet er gewoon zijn.</p>",
            ),
            (
                "related_links",
                {"title": "Lees ook", "links": [{"page": "maatjesproject", "label": ""}]},
            ),
        ],
    },
    {
        "slug": "blog-een-middag-met-theo",
        "title": "Een middag met Theo",
        "author": "gloria",
        "date": dt.date(2026, 7, 23),
        "wijk": "buiten",
        "intro": (
            "Coördinator Gloria ging een middag mee met vrijwilliger Dewi. Ze zag hoe waardevol "
            "het is om er gewoon te zijn."
        ),
        "search_description": (
            "Gloria ging mee met een vrijwilliger van de Intensieve Vrijwillige Thuishulp. "
            "Over een zieke schilder, een kappersafspraak en de waarde van tijd."
        ),
        "image_label": "Een middag",
        "themes": ["respijtzorg", "mantelzorg-ondersteunen"],
        "audiences": ["mantelzorgers", "vrijwilligers"],
        "tags": ["thuishulp", "vrijwilligers", "tijd"],
        "body": [
            (
                "paragraph",
                "<p>Als coördinator van de Intensieve Vrijwillige Thuishulp ga ik soms mee met "
                "een vrijwilliger. Vorige week was ik bij Theo en Joke in de Bouwmeesterbuurt. "
                "Theo is 84 en heeft longkanker. Joke zorgt al twee jaar voor hem, dag en "
                "nacht.</p>"
                "<p>Onze vrijwilliger Dewi komt elke vrijdagmiddag. Toen we binnenkwamen, stond "
                'Joke al met haar jas aan. "Ik ga naar de kapper," zei ze. "Voor het eerst in '
                'drie maanden."</p>',
            ),
            ("heading", {"text": "Gewoon er zijn", "level": "h2"}),
            (
                "paragraph",
                "<p>Dewi ging naast Theo zitten. Hij is vaak moe en praat zacht. Ze vroeg naar de "
                "schilderijen aan de muur. Theo was vroeger kunstschilder. Hij begon te vertellen "
                "over een reis naar Frankrijk, vijftig jaar geleden. Zijn ogen gingen "
                "glimmen.</p>"
                "<p>Verder gebeurde er niet veel. Dewi zette thee. Theo viel even in slaap. Ze "
                "las hem iets voor uit de krant. Toen Joke terugkwam, met een mooi kort kapsel, "
                "sliep hij weer.</p>",
            ),
            ("heading", {"text": "Klein, maar groot", "level": "h2"}),
            (
                "paragraph",
                "<p>Mensen vragen me soms: wat doen die vrijwilligers eigenlijk? Mijn antwoord "
                "is: ze zijn er. Meer niet. Maar dat is heel veel. Voor Theo, die iemand heeft "
                "om zijn verhalen aan te vertellen. En voor Joke, die even aan zichzelf mag "
                "denken.</p>"
                "<p>Vroeger was ik verpleegkundige. Toen had ik altijd haast. In dit werk leer ik "
                "opnieuw hoe waardevol tijd is.</p>",
            ),
            (
                "related_links",
                {
                    "title": "Lees ook",
                    "links": [{"page": "intensieve-vrijwillige-thuishulp", "label": ""}],
                },
            ),
        ],
    },
    {
        "slug": "blog-aan-de-keukentafel",
        "title": "Aan de keukentafel",
        "author": "sanne",
        "date": dt.date(2026, 8, 13),
        "wijk": "stad",
        "intro": (
            "Consulent mantelzorg Sanne zat in tien jaar aan honderden keukentafels. Ze deelt "
            "drie dingen die ze daar heeft geleerd."
        ),
        "search_description": (
            "Consulent Sanne zat aan honderden keukentafels in Almere. Drie lessen over "
            "luisteren, kleine stappen en schuldgevoel bij mantelzorgers."
        ),
        "image_label": "Keukentafel",
        "themes": ["mantelzorg-ondersteunen", "respijtzorg"],
        "audiences": ["mantelzorgers", "professionals"],
        "tags": ["consulent", "mantelzorg", "luisteren"],
        "body": [
            (
                "paragraph",
                "<p>In tien jaar als consulent mantelzorg heb ik aan honderden keukentafels "
                "gezeten. In de Kruidenwijk, in de Waterwijk, in de Stedenwijk. Elke tafel is "
                "anders. Maar de verhalen lijken vaak op elkaar.</p>"
                '<p>Bijna iedereen zegt in het begin: "Ik ben eigenlijk geen mantelzorger. Ik '
                'zorg gewoon voor mijn man." Of: "Het valt wel mee, anderen hebben het '
                'zwaarder." Pas na een kop koffie komt het echte verhaal. Over nachten zonder '
                "slaap. Over ruzies. Over het leven van vroeger dat ze missen.</p>",
            ),
            ("heading", {"text": "Drie dingen die ik heb geleerd", "level": "h2"}),
            (
                "paragraph",
                "<ol><li><b>Eerst luisteren, dan pas advies.</b> Mensen willen eerst hun verhaal "
                "kwijt. Daarna zijn ze pas klaar voor tips.</li>"
                "<li><b>Kleine dingen maken verschil.</b> Een vaste middag vrij per week. Iemand "
                "die helpt met de papieren. Het hoeft niet groot te zijn.</li>"
                "<li><b>Schuldgevoel is heel gewoon.</b> Bijna elke mantelzorger voelt zich "
                "schuldig als hij tijd voor zichzelf neemt. Ik zeg dan: als u omvalt, is niemand "
                "geholpen.</li></ol>",
            ),
            ("heading", {"text": "Weer zingen", "level": "h2"}),
            (
                "paragraph",
                "<p>Laatst zat ik bij een vrouw van 80 in de Waterwijk. Ze zorgt voor haar man. "
                "Na een beroerte kan hij niet meer lopen. Ze vroeg nergens om. Aan het eind van "
                'het gesprek vroeg ik wat ze het meest miste. "Mijn koor," zei ze zacht.</p>'
                "<p>Nu zit er op maandagavond een vrijwilliger bij haar man. En zij zingt weer. "
                "Daarvoor doe ik dit werk.</p>",
            ),
            (
                "related_links",
                {"title": "Lees ook", "links": [{"page": "mantelzorg", "label": ""}]},
            ),
        ],
    },
    {
        "slug": "blog-onze-vriendenkring-in-poort",
        "title": "Onze Vriendenkring in Poort",
        "author": "fatima",
        "date": dt.date(2026, 9, 3),
        "wijk": "poort",
        "intro": (
            "Fatima wist hoe het voelt om nieuw te zijn in een wijk. Nu begeleidt ze de nieuwe "
            "Vriendenkring in het Homeruskwartier."
        ),
        "search_description": (
            "Fatima begeleidt de nieuwe Vriendenkring in Almere Poort. Over zenuwen, een oude "
            "hardloopschoen en veel te veel eten."
        ),
        "image_label": "Vriendenkring",
        "themes": ["eenzaamheid", "buurt-en-ontmoeting"],
        "audiences": ["vrijwilligers"],
        "tags": ["vriendenkring", "poort", "vriendschap"],
        "body": [
            (
                "paragraph",
                "<p>Drie jaar geleden verhuisden we naar het Homeruskwartier. Een mooi huis, een "
                "fijne buurt. Maar ik kende niemand. Mijn man ging naar zijn werk, de kinderen "
                "gingen naar school. En ik zat thuis met een kopje thee.</p>"
                "<p>Toen VMCA een begeleider zocht voor een nieuwe Vriendenkring, twijfelde ik "
                "niet. Ik wist precies hoe het voelt om nieuw te zijn.</p>",
            ),
            ("heading", {"text": "De eerste avond", "level": "h2"}),
            (
                "paragraph",
                "<p>In juni was de eerste avond, in Leesplek Poort. Er kwamen negen mensen. Een "
                "jonge vader uit Syrië, een vrouw met pensioen uit Amsterdam, een student en een "
                "man van wie de vrouw kort geleden was overleden. Iedereen was een beetje "
                "zenuwachtig. Ik ook.</p>"
                "<p>We begonnen met een eenvoudig spel. Iedereen had een voorwerp meegenomen dat "
                "iets over zichzelf vertelt. Lies had een oude hardloopschoen bij zich. Daarop "
                "had ze ooit een halve marathon gelopen. Hamid liet een foto van zijn moeder zien. "
                "Het werd stil. En daarna heel warm.</p>",
            ),
            ("heading", {"text": "Wat ik zie gebeuren", "level": "h2"}),
            (
                "paragraph",
                "<p>Nu, zes bijeenkomsten later, spreken mensen ook buiten de groep af. Lies en "
                "Marleen wandelen samen. Hamid heeft een groepsapp gemaakt. Vorige keer kookte "
                "iedereen een gerecht uit zijn eigen land of streek. We hadden veel te veel eten. "
                "Dat vond niemand erg.</p>"
                "<p>Ik dacht dat ik iets ging geven. Maar ik krijg er minstens zoveel voor terug. "
                "Ik ken nu mensen in mijn wijk. Als ik boodschappen doe, zeg ik steeds vaker "
                "hallo.</p>",
            ),
            (
                "related_links",
                {"title": "Lees ook", "links": [{"page": "vriendenkringen", "label": ""}]},
            ),
        ],
    },
    {
        "slug": "blog-wat-cursisten-mij-leren",
        "title": "Wat cursisten mij leren",
        "author": "shanti",
        "date": dt.date(2026, 9, 24),
        "wijk": "poort",
        "intro": (
            "Shanti geeft trainingen bij de Vrijwilligersacademie. Op een avond in Almere Poort "
            "merkte ze weer hoeveel de groep van elkaar leert."
        ),
        "search_description": (
            "Trainer Shanti vertelt over een avond 'Luisteren zonder oordeel' in Almere Poort. "
            "Waarom echt luisteren lastiger is dan het lijkt."
        ),
        "image_label": "Luisteren",
        "themes": ["scholing"],
        "audiences": ["vrijwilligers", "organisaties"],
        "tags": ["training", "luisteren", "vrijwilligersacademie"],
        "body": [
            (
                "paragraph",
                "<p>Ik geef nu drie jaar trainingen bij de Vrijwilligersacademie. Daarvoor was ik "
                "twintig jaar juf op een basisschool. Ik dacht dat ik wist hoe lesgeven gaat. Maar "
                "volwassenen zijn anders dan kinderen. Zij nemen een heel leven mee de klas "
                "in.</p>",
            ),
            ("heading", {"text": "Een avond in Poort", "level": "h2"}),
            (
                "paragraph",
                "<p>Vorige week gaf ik de training <i>Luisteren zonder oordeel</i> in Almere "
                "Poort. Er zaten twaalf mensen. Een maatje, een vrijwilliger van een moestuin, "
                "twee mensen van het Burennetwerk en een paar coördinatoren.</p>"
                "<p>We oefenden met een rollenspel. De ene persoon vertelt over iets wat moeilijk "
                "was. De ander luistert alleen. Geen tips, geen eigen verhaal. Dat is lastiger "
                "dan het lijkt. Bijna iedereen wil meteen helpen.</p>"
                '<p>Een oudere man, Hans, zei daarna: "Ik heb veertig jaar lang oplossingen '
                'bedacht voor anderen. Vanavond merkte ik dat ik nooit echt luisterde." Het '
                "bleef even stil in de zaal.</p>",
            ),
            ("heading", {"text": "Van elkaar leren", "level": "h2"}),
            (
                "paragraph",
                "<p>Voor die momenten doe ik het. Ik geef informatie, maar de echte les komt van "
                "de groep. Iemand vertelt iets, een ander herkent het, en samen komen we "
                "verder.</p>"
                "<p>Ik leer er zelf ook veel van. Van de jonge vrouw die nog Nederlands leert en "
                "toch durfde mee te doen met het rollenspel. Van de coördinator die eerlijk zei "
                "dat ze moe was. Ik neem die verhalen mee naar huis. En naar de volgende "
                "training.</p>"
                "<p>Wilt u ook een training volgen? Alle trainingen van de Vrijwilligersacademie "
                "zijn gratis.</p>",
            ),
            (
                "related_links",
                {"title": "Lees ook", "links": [{"page": "advies-voor-organisaties", "label": ""}]},
            ),
        ],
    },
    {
        "slug": "blog-de-dag-dat-mila-het-vertelde",
        "title": "De dag dat Mila het vertelde",
        "author": "elif",
        "date": dt.date(2026, 10, 1),
        "wijk": "haven",
        "intro": (
            "Na een gastles bleef Mila (13) nog even in de klas. Ze had een vraag die ze al lang "
            "met zich meedroeg."
        ),
        "search_description": (
            "Consulent Elif vertelt over Mila, een jonge mantelzorger van dertien. Hoe één "
            "gastles en één woord alles kunnen veranderen."
        ),
        "image_label": "Mila",
        "themes": ["jonge-mantelzorgers"],
        "audiences": ["jongeren", "professionals"],
        "tags": ["jongeren", "school", "gastles"],
        "body": [
            (
                "paragraph",
                "<p>Mila is dertien. Ze zit in de tweede klas van een school in Almere Haven. Ik "
                "kwam daar voor een gastles over jonge mantelzorgers. Na afloop bleef ze "
                "treuzelen bij haar tafel. Toen iedereen weg was, kwam ze naar me toe.</p>"
                '<p>"Mijn moeder is depressief," zei ze. "Ik doe de boodschappen en ik breng '
                'mijn broertje naar school. Is dat ook mantelzorg?"</p>'
                "<p>Ja, zei ik. Dat is mantelzorg. Ze keek me lang aan. Toen begon ze te huilen. "
                "Niet van verdriet, zei ze later. Van opluchting. Er was eindelijk een woord "
                "voor.</p>",
            ),
            ("heading", {"text": "Een woord maakt verschil", "level": "h2"}),
            (
                "paragraph",
                "<p>Veel jonge mantelzorgers weten niet dat ze het zijn. Ze denken dat het "
                "normaal is. Of ze willen het niet zeggen, omdat ze hun ouder willen beschermen. "
                "Daarom geef ik gastlessen. Niet om kinderen een stempel te geven. Wel om ze te "
                "laten weten dat ze niet de enige zijn, en dat ze hulp mogen vragen.</p>",
            ),
            ("heading", {"text": "Hoe het nu gaat", "level": "h2"}),
            (
                "paragraph",
                "<p>Mila komt nu één keer per maand naar de groep voor jonge mantelzorgers. Ze "
                "kan goed tekenen. Laatst maakte ze een strip over haar week. Iedereen in de "
                "groep herkende er iets in. Haar mentor weet nu wat er thuis speelt. Mila mag "
                "haar huiswerk soms een dag later inleveren.</p>"
                "<p>Haar moeder is niet beter. Maar Mila staat er niet meer alleen voor. Dat is "
                "voor mij het belangrijkste.</p>"
                "<p><i>Mila heet eigenlijk anders. Ze vond het goed dat ik haar verhaal "
                "vertel.</i></p>",
            ),
            (
                "related_links",
                {"title": "Lees ook", "links": [{"page": "jonge-mantelzorgers", "label": ""}]},
            ),
        ],
    },
    {
        "slug": "blog-nieuwe-wijk-nieuwe-buren",
        "title": "Nieuwe wijk, nieuwe buren",
        "author": "mohamed",
        "date": dt.date(2026, 10, 15),
        "wijk": "pampus",
        "intro": (
            "Mohamed hielp het Burennetwerk starten in Pampushout. Tussen de bouwkranen vond hij "
            "vooral veel buren die iets voor elkaar willen doen."
        ),
        "search_description": (
            "Coördinator Mohamed over de start van het Burennetwerk in Pampushout. Over "
            "bouwkranen, groene stickers en buren die elkaar willen helpen."
        ),
        "image_label": "Nieuwe buren",
        "themes": ["buurt-en-ontmoeting"],
        "audiences": ["vrijwilligers"],
        "tags": ["burennetwerk", "pampus", "buren"],
        "body": [
            (
                "paragraph",
                "<p>Toen ik voor het eerst door Pampushout reed, zag ik vooral hekken, "
                "bouwkranen en zand. Tussen de bouwplaatsen stonden de eerste nieuwe huizen. Met "
                "gordijnen, fietsen in de tuin en een trampoline. Hier wonen al mensen, dacht ik. "
                "En die hebben elkaar nodig.</p>",
            ),
            ("heading", {"text": "Een wijk zonder plein", "level": "h2"}),
            (
                "paragraph",
                "<p>In een oude wijk kennen mensen elkaar van de school, de supermarkt of het plein. In "
                "een nieuwe wijk is dat er nog niet. Mensen rijden 's ochtends weg en komen "
                "'s avonds terug. De voordeur gaat dicht.</p>"
                "<p>Een paar bewoners wilden daar iets aan doen. Ze begonnen Buurtinitiatief "
                "Pampus Samen. Ze vroegen of VMCA wilde helpen. Natuurlijk wilden we dat.</p>",
            ),
            ("heading", {"text": "Veertig groene stickers", "level": "h2"}),
            (
                "paragraph",
                "<p>Op de eerste avond hing er een grote kaart van de wijk aan de muur. Iedereen "
                "kreeg stickers. Groen voor wie wil helpen. Oranje voor wie soms hulp zoekt. Ik was "
                "bang dat er vooral oranje stickers zouden komen. Het werden er veertig groene en "
                "twaalf oranje.</p>"
                '<p>Een jonge moeder plakte een oranje sticker. "Mijn man werkt vaak in het '
                'buitenland," zei ze. "Soms wil ik gewoon iemand die even op de baby let als ik '
                'naar de tandarts moet." Haar buurvrouw, twee huizen verder, plakte meteen een '
                "groene sticker ernaast.</p>",
            ),
            ("heading", {"text": "Wat ik hoop", "level": "h2"}),
            (
                "paragraph",
                "<p>Over tien jaar is Pampus een gewone wijk. Met scholen, winkels en misschien "
                "een buurthuis. Maar het begin is nu. Ik hoop dat de mensen hier later zeggen: "
                "wij kenden elkaar al vanaf de eerste dag.</p>",
            ),
            (
                "related_links",
                {"title": "Lees ook", "links": [{"page": "burennetwerk", "label": ""}]},
            ),
        ],
    },
    {
        "slug": "blog-koffie-vragen-en-echte-antwoorden",
        "title": "Koffie, vragen en echte antwoorden",
        "author": "kasia",
        "date": dt.date(2026, 11, 12),
        "wijk": "stad",
        "intro": (
            "Elke maand leidt Kasia het werkcafé voor vrijwilligerscoördinatoren. Geen lange "
            "presentaties, wel echte vragen uit de praktijk."
        ),
        "search_description": (
            "Adviseur Kasia over het werkcafé voor vrijwilligerscoördinatoren in Almere. "
            "Waarom samen praten beter werkt dan een presentatie."
        ),
        "image_label": "Koffie en vragen",
        "themes": ["organisaties-en-coordinatoren"],
        "audiences": ["organisaties", "professionals"],
        "tags": ["werkcafé", "coördinatoren", "advies"],
        "body": [
            (
                "paragraph",
                "<p>Elke eerste woensdag van de maand zet ik drie kannen koffie klaar. Dan begint "
                "het werkcafé voor vrijwilligerscoördinatoren. Soms komen er acht mensen, soms "
                "vijfentwintig. Ik weet nooit van tevoren welke vragen ze meenemen.</p>"
                "<p>Toen ik vijftien jaar geleden uit Polen naar Almere kwam, sprak ik bijna geen "
                "Nederlands. Ik werd vrijwilliger bij een taalcafé. Daar leerde ik de taal. En ik "
                "leerde hoe belangrijk een goede coördinator is. De mijne vroeg elke week hoe het "
                "met me ging. Door haar doe ik dit werk nu.</p>",
            ),
            ("heading", {"text": "Geen presentaties", "level": "h2"}),
            (
                "paragraph",
                "<p>In het werkcafé geef ik geen lange presentaties. Iedereen neemt een vraag mee "
                "uit het eigen werk. We kiezen er twee of drie uit en gaan daarmee aan de "
                "slag.</p>"
                '<p>Vorige maand vroeg een coördinator van een zorgcentrum: "Wat doe ik met een '
                'vrijwilliger die al dertig jaar komt, maar het werk niet meer goed kan?" Het '
                "werd stil. Iedereen kende dit probleem. Samen bedachten we hoe we zo'n gesprek "
                "voeren. Met respect, en met een nieuwe taak die wel past.</p>",
            ),
            ("heading", {"text": "Waarom het werkt", "level": "h2"}),
            (
                "paragraph",
                "<p>Coördinatoren werken vaak alleen. Vaak is de coördinator de enige in de "
                "organisatie die met vrijwilligers bezig is. In het werkcafé merken ze dat anderen dezelfde vragen "
                "hebben. Dat geeft rust. En vaak ook een goed idee voor maandagochtend.</p>"
                "<p>Bent u coördinator in Almere? Kom een keer langs. De koffie is gratis, en de "
                "kennis ook.</p>",
            ),
            (
                "related_links",
                {"title": "Lees ook", "links": [{"page": "advies-voor-organisaties", "label": ""}]},
            ),
        ],
    },
]

# ---------------------------------------------------------------------------
# English (a short parallel site for expats and newcomers)
# In English bodies, "page" references use the DUTCH slugs; the loader maps
# them to the translated pages.
# ---------------------------------------------------------------------------

HOME_EN = {
    "title": "VMCA Almere",
    "hero_title": "Looking out for each other in Almere",
    "hero_text": (
        "Would you like to help someone? Or are you caring for someone who is ill? VMCA supports "
        "volunteers and carers across Almere. Our help is free."
    ),
    "intro": (
        "VMCA is the expertise centre for volunteering and informal care in Almere. This short "
        "English section is for anyone who feels more at home in English."
    ),
    "search_description": (
        "VMCA Almere supports volunteers, carers and organisations. Find volunteer work, a "
        "buddy or support while caring for someone. In English."
    ),
    "image_label": "Welcome",
    "body": [
        (
            "paragraph",
            "<p>Most of our website is in Dutch, because most of our work happens in Dutch. But "
            "you are very welcome if you speak English. Many of our staff and volunteers are "
            "happy to help you in English, and you can always bring someone along to help you "
            "translate.</p>",
        ),
        (
            "key_figures",
            {
                "title": "In numbers",
                "figures": [
                    {
                        "number": "2,400",
                        "label": "people found volunteer work through our vacancy bank in the "
                        "past 12 months",
                        "source": "vacaturebank-matches",
                        "period": "12-maanden",
                    },
                    {
                        "number": "3,000",
                        "label": "times carers looked for help with our online guide in the "
                        "past 12 months",
                        "source": "wegwijzer-paden",
                        "period": "12-maanden",
                    },
                    {
                        "number": "1,150",
                        "label": "carers received support or advice in 2025",
                        "source_text": "VMCA annual report 2025",
                    },
                    {"number": "6", "label": "districts of Almere where we work"},
                ],
            },
        ),
        ("heading", {"text": "Two centres of expertise", "level": "h2"}),
        (
            "paragraph",
            "<p><b>Volunteering</b> is for anyone who wants to do something for others. We help "
            "you find volunteer work, connect neighbours, match lonely people with a buddy and "
            "advise organisations that work with volunteers.</p>"
            "<p><b>Caring for someone</b> is for anyone who looks after a partner, parent, child "
            "or friend. We listen, give advice and help you find time to rest. Young carers are "
            "welcome too.</p>",
        ),
        (
            "related_links",
            {
                "title": "Where would you like to start?",
                "links": [
                    {"page": "vrijwillige-inzet", "label": "I would like to volunteer"},
                    {"page": "mantelzorg", "label": "I care for someone"},
                    {"page": "over-vmca", "label": "About VMCA"},
                ],
            },
        ),
        (
            "call_to_action",
            {
                "title": "Are you caring for someone?",
                "text": (
                    "Find help with our guide. Answer a few short questions and see which "
                    "support fits you. Free, and you do not have to give your name."
                ),
                "button_label": "Open the guide",
                "url": "https://www.example.org/wegwijzer-mantelzorg",
            },
        ),
        (
            "call_to_action",
            {
                "title": "Young and caring for someone at home?",
                "text": (
                    "For children and young people up to 25 who help at home. Five short "
                    "questions in plain words, then see what help there is."
                ),
                "button_label": "I am young and I care at home",
                "url": "https://www.example.org/jong-en-zorg",
            },
        ),
        ("latest_items", {"title": "Latest news (in Dutch)", "kind": "news", "count": 3}),
        (
            "call_to_action",
            {
                "title": "Do you have a question?",
                "text": "Call, email or drop by. We are happy to help you in English.",
                "button_label": "Contact us",
                "page": "contact",
            },
        ),
    ],
}

PAGES_EN = {
    "vrijwillige-inzet": {
        "slug": "volunteering",
        "title": "Volunteering",
        "intro": (
            "Would you like to do something for others, or for your neighbourhood? There is a lot "
            "of volunteer work in Almere. We will help you find something that suits you."
        ),
        "search_description": (
            "Volunteering in Almere: find volunteer work, help a neighbour, become a buddy or "
            "get advice for your organisation. Free support from VMCA."
        ),
        "image_label": "Volunteering",
        "body": [
            ("heading", {"text": "Why volunteer?", "level": "h2"}),
            (
                "paragraph",
                "<p>Volunteering is good for your neighbourhood and good for you. You meet new "
                "people, gain experience and feel part of the city. Many newcomers also find it a "
                "great way to practise their Dutch. You do not need to be fluent: plenty of "
                "organisations are happy to welcome you as you learn.</p>",
            ),
            ("heading", {"text": "What we offer", "level": "h2"}),
            (
                "paragraph",
                "<ul><li><b>Vacancy bank and advice.</b> Browse hundreds of volunteer vacancies, "
                "or drop in on a Thursday afternoon to talk to an adviser.</li>"
                "<li><b>Neighbours network</b> (<i>Burennetwerk</i>). Neighbours help each other "
                "with small jobs, such as shopping or a lift to the doctor.</li>"
                "<li><b>Buddy project</b> (<i>Maatjesproject</i>). Spend a couple of hours a week "
                "with someone who feels lonely.</li>"
                "<li><b>Friendship circles</b> (<i>Vriendenkringen</i>). Small groups that meet "
                "every two weeks to make new friends.</li>"
                "<li><b>Volunteer Academy</b> (<i>Vrijwilligersacademie</i>). Free training "
                "courses for volunteers and coordinators.</li></ul>",
            ),
            ("heading", {"text": "For organisations", "level": "h2"}),
            (
                "paragraph",
                "<p>Does your organisation work with volunteers? We offer free advice, a monthly "
                "<i>werkcafé</i> where volunteer coordinators share ideas, and the SAV network: "
                "the network of Almere organisations that work with volunteers.</p>",
            ),
            (
                "call_to_action",
                {
                    "title": "Ready to get started?",
                    "text": "Tell us a little about yourself and we will help you find a good match.",
                    "button_label": "Contact us",
                    "page": "contact",
                },
            ),
        ],
    },
    "mantelzorg": {
        "slug": "caring-for-someone",
        "title": "Caring for someone",
        "intro": (
            "Do you look after someone who is ill, disabled or elderly? In Dutch, you are a "
            "mantelzorger: an informal carer. We are here to support you."
        ),
        "search_description": (
            "Support for informal carers in Almere: advice, respite care, trained volunteers at "
            "home, help with paperwork and support for young carers."
        ),
        "image_label": "Caring",
        "body": [
            ("heading", {"text": "Are you a carer?", "level": "h2"}),
            (
                "paragraph",
                "<p>Many people do not see themselves as carers. They are simply looking after "
                "their partner, mother, child or neighbour. But caring can be hard, especially "
                "when it goes on for a long time or when you also have a job. It is completely "
                "normal to ask for help.</p>",
            ),
            ("heading", {"text": "How we can help", "level": "h2"}),
            (
                "paragraph",
                "<ul><li><b>A carers' consultant</b> listens to your story and gives practical "
                "advice, at your kitchen table or at our office.</li>"
                "<li><b>Respite care</b> (<i>respijtzorg</i>): someone else takes over for a few "
                "hours or days, so you can rest.</li>"
                "<li><b>Trained volunteers at home</b> (<i>Intensieve Vrijwillige "
                "Thuishulp</i>) for people with a serious illness or dementia.</li>"
                "<li><b>Help with letters and forms</b> at our weekly drop-in session, the "
                "<i>Administratief spreekuur</i>.</li>"
                "<li><b>Support for young carers</b>, with activities and someone to talk to.</li>"
                "<li><b>Carers' appreciation</b> (<i>mantelzorgwaardering</i>): a yearly thank-you "
                "for carers in Almere.</li></ul>",
            ),
            (
                "faq",
                {
                    "title": "Frequently asked questions",
                    "items": [
                        {
                            "question": "Does it cost anything?",
                            "answer": "<p>No. Our support is free.</p>",
                        },
                        {
                            "question": "Do I need a referral from my GP?",
                            "answer": "<p>No. You can contact us directly.</p>",
                        },
                        {
                            "question": "I do not speak much Dutch. Can I still come?",
                            "answer": (
                                "<p>Yes. Many of our staff speak English. You are also welcome to "
                                "bring a friend or family member to help translate.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Talk to a carers' consultant",
                    "text": "Call or email us and we will arrange a time to talk.",
                    "button_label": "Contact us",
                    "page": "contact",
                },
            ),
        ],
    },
    "over-vmca": {
        "slug": "about-vmca",
        "title": "About VMCA",
        "intro": (
            "VMCA Almere is the expertise centre for volunteering and informal care in Almere. We "
            "believe people can help each other, and we make that easier."
        ),
        "search_description": (
            "VMCA Almere is the expertise centre for volunteering and informal care. Find out "
            "who we are, what we do and how we work."
        ),
        "image_label": "About us",
        "body": [
            ("heading", {"text": "Who we are", "level": "h2"}),
            (
                "paragraph",
                "<p>VMCA stands for <i>Vrijwilligers en Mantelzorg Centrale Almere</i>. We work "
                "in all six districts of Almere, with a team of paid staff and hundreds of "
                "volunteers.</p>"
                "<p>We have two centres of expertise. One supports volunteers and the "
                "organisations they work for. The other supports carers, including young carers. "
                "The two work closely together.</p>",
            ),
            ("heading", {"text": "How we work", "level": "h2"}),
            (
                "paragraph",
                "<ul><li><b>Close by.</b> We work in the neighbourhoods, together with the local "
                "social care teams (<i>wijkteams</i>).</li>"
                "<li><b>Clear.</b> We use plain language and take you seriously.</li>"
                "<li><b>Together.</b> We work with many organisations in the SAV network.</li>"
                "<li><b>Free.</b> Our help costs you nothing.</li></ul>",
            ),
            (
                "call_to_action",
                {
                    "title": "Get in touch",
                    "text": "Have a question or an idea? We would love to hear from you.",
                    "button_label": "Contact us",
                    "page": "contact",
                },
            ),
        ],
    },
    "toegankelijkheid": {
        "slug": "accessibility",
        "title": "Accessibility",
        "intro": (
            "We want everyone to be able to use our website, including people with low vision, "
            "hearing loss or reading difficulties. This page explains how we do that."
        ),
        "search_description": (
            "How accessible is the VMCA Almere website? Read what works well, what does not yet "
            "and how to report a problem."
        ),
        "image_label": "Accessible",
        "body": [
            ("heading", {"text": "Our aim", "level": "h2"}),
            (
                "paragraph",
                "<p>Our website aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 "
                "at level AA. These are international guidelines for websites that everyone can "
                "use.</p>",
            ),
            ("heading", {"text": "What works well", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>You can use the whole website with just a keyboard.</li>"
                "<li>The website works with screen readers.</li>"
                "<li>You can zoom text to twice its size without losing any content.</li>"
                "<li>Images have a short description.</li>"
                "<li>Videos come with a written transcript.</li>"
                "<li>Colours have enough contrast.</li>"
                "<li>We write in plain language wherever we can.</li></ul>",
            ),
            ("heading", {"text": "Known problems", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>Some older PDF documents are not fully accessible. If you need one, ask "
                "us and we will send you the information in a format that works for you.</li>"
                "<li>Videos from other organisations do not always have subtitles.</li></ul>",
            ),
            ("heading", {"text": "Report a problem", "level": "h2"}),
            (
                "paragraph",
                "<p>Are you stuck, or is something not working? Please let us know. Email "
                "toegankelijkheid@vmca.example or call 036 000 00 00 during our opening hours. "
                "Tell us which page it is about and what went wrong. We will reply within five "
                "working days.</p>",
            ),
            ("heading", {"text": "Last checked", "level": "h2"}),
            (
                "paragraph",
                "<p>We last checked this website in November 2026. We check it again at least "
                "once a year.</p>",
            ),
        ],
    },
    "contact": {
        "slug": "contact",
        "title": "Contact",
        "intro": (
            "Do you have a question about volunteering or caring for someone? Fill in the form "
            "below, or call, email or drop by."
        ),
        "search_description": (
            "Contact VMCA Almere. Call, email or fill in the form and we will get back to you "
            "within three working days."
        ),
        "image_label": "Contact",
        "body": [
            (
                "paragraph",
                "<p>You can call us on 036 000 00 00 or email info@vmca.example. Our office is "
                "open Monday to Friday. On Thursdays we are open until 8 pm and on Fridays until "
                "1 pm.</p>",
            ),
        ],
        "thank_you_text": (
            "<p>Thank you for your message. We have received your question and will get back to "
            "you within three working days.</p>"
            "<p>Is it urgent? Please call us on 036 000 00 00.</p>"
        ),
        "fields": [
            {"label": "Name", "field_type": "singleline", "required": True, "help_text": ""},
            {
                "label": "Email address",
                "field_type": "email",
                "required": True,
                "help_text": "We will send our reply to this address.",
            },
            {
                "label": "Phone number",
                "field_type": "singleline",
                "required": False,
                "help_text": "Optional. Useful if you would rather we phoned you.",
            },
            {
                "label": "What is your question about?",
                "field_type": "dropdown",
                "required": True,
                "choices": "Volunteering\nCaring for someone\nVolunteer Academy\nSomething else",
                "help_text": "",
            },
            {
                "label": "Your question",
                "field_type": "multiline",
                "required": True,
                "help_text": "",
            },
        ],
    },
    "nieuws": {
        "slug": "news",
        "title": "News",
        "intro": (
            "News from VMCA and the neighbourhoods of Almere. Most of our news is written in Dutch."
        ),
        "search_description": (
            "News from VMCA Almere about volunteering, caring for someone, training courses and "
            "activities in the neighbourhoods."
        ),
        "image_label": "News",
        "body": [],
    },
}
