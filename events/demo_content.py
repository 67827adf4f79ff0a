"""Demo content for the agenda of the VMCA Almere website.

Pure data: no Django imports. events/demo.py reads these structures and builds the
event kinds, the agenda page and its activities from them.

The agenda covers December 2026 to December 2027, plus three activities from
October and November 2026 for the archive. Venues, people and organisations are
the fictional ones of cms/demo/content.py. Street addresses use the clearly fake
"Voorbeeld..." streets and 1300 xx postal codes, phone numbers the 036 000 xx xx
range, e-mail addresses vmca.example and online links meet.example.org.

Written in plain Dutch at B1 level. Every page addresses the reader as "u", like the
rest of the site (tests/cms/test_voice.py checks it).
"""

import datetime as dt

# ---------------------------------------------------------------------------
# Kinds of activity
# ---------------------------------------------------------------------------

EVENT_KINDS = [
    {"slug": "werkcafe", "name": "Werkcafé", "name_en": "Work café"},
    {
        "slug": "informatiebijeenkomst",
        "name": "Informatiebijeenkomst",
        "name_en": "Information meeting",
    },
    {"slug": "spreekuur", "name": "Spreekuur", "name_en": "Drop-in hour"},
    {"slug": "training", "name": "Training", "name_en": "Training"},
    {"slug": "ontmoeting", "name": "Ontmoeting", "name_en": "Get-together"},
]

# ---------------------------------------------------------------------------
# The agenda page
# ---------------------------------------------------------------------------

AGENDA = {
    "slug": "agenda",
    "title": "Agenda",
    "intro": (
        "Wat is er te doen bij VMCA? In de agenda vindt u spreekuren, trainingen, "
        "informatiebijeenkomsten en ontmoetingen in heel Almere. De meeste activiteiten zijn "
        "gratis."
    ),
    "search_description": (
        "De agenda van VMCA Almere: spreekuren, trainingen en ontmoetingen voor vrijwilligers, "
        "mantelzorgers en organisaties in alle stadsdelen."
    ),
    "image_label": "Agenda",
}

AGENDA_EN = {
    "slug": "events",
    "title": "Events",
    "intro": (
        "What's on at VMCA? Drop-in hours, training courses, information meetings and "
        "get-togethers across Almere. Most activities are in Dutch and free of charge."
    ),
    "search_description": (
        "Events at VMCA Almere: drop-in hours, training courses and meetings for volunteers, "
        "carers and organisations. Most are free."
    ),
}

# ---------------------------------------------------------------------------
# Venues (fictional addresses; coordinates roughly in the right district)
# ---------------------------------------------------------------------------

_KANTOOR = {
    "venue": "Kantoor VMCA Almere",
    "street_address": "Voorbeeldpassage 10",
    "postal_code": "1300 AB",
    "city": "Almere",
    "latitude": 52.37080,
    "longitude": 5.21760,
    "online_url": "",
}

_DE_SCHAKEL = {
    "venue": "Buurtcentrum De Schakel",
    "street_address": "Voorbeeldplein 4",
    "postal_code": "1300 AC",
    "city": "Almere",
    "latitude": 52.37640,
    "longitude": 5.19510,
    "online_url": "",
}

_DE_SPRONG = {
    "venue": "Jongerencentrum De Sprong",
    "street_address": "Voorbeeldstraat 21",
    "postal_code": "1300 AD",
    "city": "Almere",
    "latitude": 52.37180,
    "longitude": 5.22310,
    "online_url": "",
}

_DE_LINDEHOF = {
    "venue": "Zorgcentrum De Lindehof",
    "street_address": "Voorbeeldhof 2",
    "postal_code": "1300 AE",
    "city": "Almere",
    "latitude": 52.33820,
    "longitude": 5.22410,
    "online_url": "",
}

_HAVEN_ACTIEF = {
    "venue": "Kantine van Sportclub Haven Actief",
    "street_address": "Voorbeeldlaan 30",
    "postal_code": "1300 AG",
    "city": "Almere",
    "latitude": 52.33150,
    "longitude": 5.20620,
    "online_url": "",
}

_DE_REGENBOOG = {
    "venue": "Wijkhuis De Regenboog",
    "street_address": "Voorbeeldweg 12",
    "postal_code": "1300 AH",
    "city": "Almere",
    "latitude": 52.39870,
    "longitude": 5.25980,
    "online_url": "",
}

_NOBELHORST = {
    "venue": "Huiskamer Nobelhorst",
    "street_address": "Voorbeeldpad 7",
    "postal_code": "1300 AJ",
    "city": "Almere",
    "latitude": 52.38790,
    "longitude": 5.30520,
    "online_url": "",
}

_LEESPLEK_POORT = {
    "venue": "Leesplek Poort",
    "street_address": "Voorbeeldkade 15",
    "postal_code": "1300 AK",
    "city": "Almere",
    "latitude": 52.35060,
    "longitude": 5.15560,
    "online_url": "",
}

_PAMPUSHOUT = {
    "venue": "Buurtpaviljoen Pampushout",
    "street_address": "Voorbeeldbos 1",
    "postal_code": "1300 AL",
    "city": "Almere",
    "latitude": 52.38920,
    "longitude": 5.16480,
    "online_url": "",
}

_ONLINE = {
    "venue": "",
    "street_address": "",
    "postal_code": "",
    "city": "",
    "latitude": None,
    "longitude": None,
}

_HEEL_ALMERE = {
    "venue": "",
    "street_address": "",
    "postal_code": "",
    "city": "Almere",
    "latitude": None,
    "longitude": None,
    "online_url": "",
}

# ---------------------------------------------------------------------------
# Activities
# ---------------------------------------------------------------------------

EVENTS = [
    # -- Repeating activities ------------------------------------------------
    {
        "slug": "werkcafe-vrijwilligerscoordinatoren",
        "title": "Werkcafé voor vrijwilligerscoördinatoren",
        "intro": (
            "Eén keer per maand praten coördinatoren uit Almere samen over hun werk met "
            "vrijwilligers. U neemt een vraag mee en gaat naar huis met nieuwe ideeën."
        ),
        "search_description": (
            "Maandelijks werkcafé voor vrijwilligerscoördinatoren in Almere. Deel vragen uit de "
            "praktijk en leer van elkaar. Gratis, elke eerste donderdag."
        ),
        "image_label": "Werkcafé",
        "kind": "werkcafe",
        "status": "gepland",
        "body": [
            ("heading", {"text": "Wat is het werkcafé?", "level": "h2"}),
            (
                "paragraph",
                "<p>In het werkcafé ontmoet u andere vrijwilligerscoördinatoren uit Almere. Van "
                "sportclubs, buurthuizen, zorgcentra en kleine stichtingen. Adviseur Kasia Nowak "
                "leidt het gesprek. Er zijn geen lange presentaties. Iedereen neemt een vraag uit "
                "het eigen werk mee. Samen zoeken we naar oplossingen die u meteen kunt "
                "gebruiken.</p>",
            ),
            ("heading", {"text": "Nieuw: op donderdag", "level": "h2"}),
            (
                "paragraph",
                "<p>Vanaf januari 2027 is het werkcafé op de eerste donderdag van de maand, van "
                "15.30 tot 17.30 uur. We zitten op ons kantoor in Almere Stad. Er is koffie, thee "
                "en iets lekkers. Kunt u niet komen? Dan kunt u ook online aanschuiven.</p>",
            ),
            (
                "testimonial",
                {
                    "quote": (
                        "Ik kwam met een vraag over een vrijwilliger die steeds te laat kwam. Ik "
                        "ging naar huis met drie goede ideeën. En met twee collega's die ik nu "
                        "gewoon kan bellen."
                    ),
                    "name": "Yvonne",
                    "context": "vrijwilligerscoördinator bij Stichting Samen Sterk Almere",
                },
            ),
            (
                "faq",
                {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {
                            "question": "Moet ik elke maand komen?",
                            "answer": (
                                "<p>Nee. U komt wanneer het u uitkomt. In de uitnodiging leest "
                                "u het thema van die maand.</p>"
                            ),
                        },
                        {
                            "question": "Wat kost het?",
                            "answer": (
                                "<p>Niets. Het werkcafé is gratis voor organisaties in Almere.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Advies voor uw organisatie",
                    "text": (
                        "Lees wat VMCA nog meer doet voor organisaties die met vrijwilligers "
                        "werken."
                    ),
                    "button_label": "Naar advies voor organisaties",
                    "page": "advies-voor-organisaties",
                },
            ),
        ],
        "themes": ["organisaties-en-coordinatoren", "scholing"],
        "audiences": ["organisaties", "professionals"],
        "wijk": "stad",
        **_KANTOOR,
        "online_url": "https://meet.example.org/vmca-werkcafe",
        "organiser": None,
        "partners": [],
        "registration_info": (
            "<p>Aanmelden gaat via de Vrijwilligersacademie. Kies in het contactformulier voor "
            "'Vrijwilligersacademie' en schrijf erbij welk werkcafé u wilt bezoeken. Een week "
            "van tevoren krijgt u het thema. Is een werkcafé vol? Dan zetten we u op de "
            "wachtlijst.</p>"
        ),
        "recurrence": {
            "frequency": "monthly",
            "start_date": dt.date(2027, 1, 7),
            "start": "15:30",
            "end": "17:30",
            "until": dt.date(2027, 12, 2),
            "count": None,
            "nth": 1,
            "exceptions": [
                {
                    "date": dt.date(2027, 2, 4),
                    "kind": "full",
                    "new_date": None,
                    "new_start": None,
                    "new_end": None,
                    "note": (
                        "Dit werkcafé over de VOG en verzekeringen is vol. U kunt zich nog op de "
                        "wachtlijst zetten."
                    ),
                },
                {
                    "date": dt.date(2027, 5, 6),
                    "kind": "moved",
                    "new_date": dt.date(2027, 5, 13),
                    "new_start": "15:30",
                    "new_end": "17:30",
                    "note": (
                        "Op 6 mei is het Hemelvaartsdag. Daarom is het werkcafé een week later."
                    ),
                },
                {
                    "date": dt.date(2027, 8, 5),
                    "kind": "cancelled",
                    "new_date": None,
                    "new_start": None,
                    "new_end": None,
                    "note": (
                        "In de zomervakantie zijn veel coördinatoren weg. Daarom gaat dit werkcafé "
                        "niet door."
                    ),
                },
                {
                    "date": dt.date(2027, 9, 2),
                    "kind": "full",
                    "new_date": None,
                    "new_start": None,
                    "new_end": None,
                    "note": (
                        "Het eerste werkcafé na de zomer is vol. U kunt zich nog op de wachtlijst "
                        "zetten."
                    ),
                },
            ],
        },
    },
    {
        "slug": "administratief-spreekuur-dinsdag",
        "title": "Administratief spreekuur",
        "intro": (
            "Heeft u een brief die u niet begrijpt, of moet u een formulier invullen? Loop dan "
            "op dinsdagochtend binnen bij Buurtcentrum De Schakel."
        ),
        "search_description": (
            "Gratis hulp bij brieven, formulieren en rekeningen. Elke dinsdagochtend in "
            "Buurtcentrum De Schakel in de Muziekwijk. Geen afspraak nodig."
        ),
        "image_label": "Spreekuur",
        "kind": "spreekuur",
        "status": "gepland",
        "body": [
            (
                "paragraph",
                "<p>Elke dinsdagochtend helpen vrijwilligers u met uw papieren. Bijvoorbeeld met "
                "een brief van de gemeente of de Belastingdienst. Of met een formulier voor "
                "toeslagen. Regelt u als mantelzorger de post voor iemand anders? Ook dan bent u "
                "welkom.</p>",
            ),
            ("heading", {"text": "Zo gaat het", "level": "h2"}),
            (
                "paragraph",
                "<p>Vanaf 09.30 uur staat de koffie klaar. De vrijwilligers helpen u van 10.00 "
                "tot 12.00 uur. U hoeft geen afspraak te maken. Soms moet u even wachten. Praat u "
                "liever rustig en alleen? Dat kan in een aparte kamer.</p>",
            ),
            ("heading", {"text": "Neem dit mee", "level": "h3"}),
            (
                "paragraph",
                "<ul><li>de papieren waar u vragen over heeft</li>"
                "<li>een geldig identiteitsbewijs</li>"
                "<li>uw telefoon met de DigiD-app, als u die gebruikt</li></ul>"
                "<p>U logt altijd zelf in. Wij vragen nooit naar uw wachtwoord.</p>",
            ),
            ("heading", {"text": "Feestdagen", "level": "h3"}),
            (
                "paragraph",
                "<p>Op dinsdag 29 december 2026 en op Koningsdag, dinsdag 27 april 2027, is er "
                "geen spreekuur.</p>",
            ),
            (
                "testimonial",
                {
                    "quote": (
                        "Ik schaamde me voor de stapel post op mijn tafel. Hier keek niemand raar "
                        "op. We hebben alles samen uitgezocht. Nu weet ik weer wat ik moet doen."
                    ),
                    "name": "Lucia",
                    "context": "bezoeker van het spreekuur in de Muziekwijk",
                },
            ),
            (
                "related_links",
                {
                    "title": "Lees ook",
                    "links": [
                        {"page": "administratief-spreekuur", "label": ""},
                        {
                            "page": "blog-een-brief-is-soms-een-berg",
                            "label": "Blog: Een brief is soms een berg",
                        },
                    ],
                },
            ),
        ],
        "themes": ["geldzaken-en-administratie", "mantelzorg-ondersteunen", "informatie-en-advies"],
        "audiences": ["mantelzorgers", "vrijwilligers"],
        "wijk": "stad",
        **_DE_SCHAKEL,
        "organiser": None,
        "partners": ["Buurtcentrum De Schakel"],
        "registration_info": "<p>Aanmelden is niet nodig. Kom gewoon binnen op dinsdagochtend.</p>",
        "recurrence": {
            "frequency": "weekly",
            "start_date": dt.date(2026, 12, 1),
            "start": "09:30",
            "end": "12:00",
            "until": dt.date(2027, 12, 21),
            "count": None,
            "nth": None,
            "exceptions": [
                {
                    "date": dt.date(2026, 12, 29),
                    "kind": "excluded",
                    "new_date": None,
                    "new_start": None,
                    "new_end": None,
                    "note": "Tussen kerst en oud en nieuw is er geen spreekuur.",
                },
                {
                    "date": dt.date(2027, 4, 27),
                    "kind": "excluded",
                    "new_date": None,
                    "new_start": None,
                    "new_end": None,
                    "note": "Op Koningsdag is er geen spreekuur.",
                },
            ],
        },
    },
    {
        "slug": "vriendenkring-poort-woensdagmiddag",
        "title": "Vriendenkring Almere Poort op woensdagmiddag",
        "intro": (
            "In Almere Poort start een tweede Vriendenkring, deze keer overdag. Elke twee weken "
            "ontmoet u een kleine groep mensen uit uw wijk in Leesplek Poort."
        ),
        "search_description": (
            "Nieuwe Vriendenkring op woensdagmiddag in Leesplek Poort, Almere Poort. Elke twee "
            "weken, in een kleine groep. Gratis. Meld u aan."
        ),
        "image_label": "Vriendenkring",
        "kind": "ontmoeting",
        "status": "gepland",
        "body": [
            (
                "paragraph",
                "<p>De Vriendenkring op dinsdagavond in het Homeruskwartier loopt goed. Toch horen "
                "we vaak: 's avonds ga ik liever niet meer de deur uit. Daarom start in januari "
                "een tweede groep, op woensdagmiddag. Deze groep is fijn als u overdag tijd hebt. "
                "Bijvoorbeeld omdat u met pensioen bent of in ploegen werkt.</p>",
            ),
            ("heading", {"text": "Wat gaan we doen?", "level": "h2"}),
            (
                "paragraph",
                "<p>De groep komt elke twee weken bij elkaar, met zes tot tien mensen. De eerste "
                "keren leren we elkaar kennen met een spel of een goed gesprek. Daarna bepaalt de "
                "groep zelf wat u samen doet. Denk aan wandelen langs het water, samen koken of "
                "naar de markt gaan. Twee vrijwilligers begeleiden de groep in het begin.</p>",
            ),
            (
                "testimonial",
                {
                    "quote": (
                        "In de avondgroep zie ik hoe mensen echt vrienden worden. Dat gun ik ook "
                        "iedereen die 's middags tijd heeft."
                    ),
                    "name": "Fatima",
                    "context": "begeleider van de Vriendenkring in Almere Poort",
                },
            ),
            (
                "faq",
                {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {
                            "question": "Ik vind het spannend. Mag ik eerst komen kijken?",
                            "answer": (
                                "<p>Ja, dat mag. Laat even weten dat u komt. Dan staat er een "
                                "kopje koffie voor u klaar.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Meer over Vriendenkringen",
                    "text": "Lees hoe een Vriendenkring werkt en in welke wijken er groepen zijn.",
                    "button_label": "Naar Vriendenkringen",
                    "page": "vriendenkringen",
                },
            ),
            (
                "related_links",
                {
                    "title": "Lees ook",
                    "links": [
                        {
                            "page": "blog-onze-vriendenkring-in-poort",
                            "label": "Blog: Onze Vriendenkring in Poort",
                        },
                    ],
                },
            ),
        ],
        "themes": ["eenzaamheid", "buurt-en-ontmoeting"],
        "audiences": ["vrijwilligers", "mantelzorgers"],
        "wijk": "poort",
        **_LEESPLEK_POORT,
        "organiser": None,
        "partners": ["Leesplek Poort"],
        "registration_info": (
            "<p>Meld u aan via het contactformulier of bel ons op 036 000 00 00. Er is plek voor "
            "tien mensen.</p>"
        ),
        "recurrence": {
            "frequency": "biweekly",
            "start_date": dt.date(2027, 1, 13),
            "start": "14:00",
            "end": "16:00",
            "until": None,
            "count": 20,
            "nth": None,
            "exceptions": [],
        },
    },
    {
        "slug": "avondspreekuur-jonge-mantelzorgers",
        "title": "Avondspreekuur jonge mantelzorgers",
        "intro": (
            "Zorgt u thuis voor uw moeder, vader, broer of zus? Dit voorjaar kunt u acht "
            "donderdagavonden zonder afspraak binnenlopen bij Jongerencentrum De Sprong."
        ),
        "search_description": (
            "Acht donderdagavonden inloop voor jonge mantelzorgers in Jongerencentrum De Sprong, "
            "Almere Stad. Zonder afspraak en gratis."
        ),
        "image_label": "Avondspreekuur",
        "kind": "spreekuur",
        "status": "gepland",
        "body": [
            (
                "paragraph",
                "<p>Overdag zit u op school of op uw werk. Daarom houdt consulent Elif Demir dit "
                "voorjaar een avondspreekuur. U kunt binnenlopen met een vraag. Of gewoon om even "
                "uw verhaal te doen.</p>",
            ),
            ("heading", {"text": "Waar kunt u mee komen?", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>u maakt zich zorgen over iemand thuis</li>"
                "<li>u vindt het moeilijk om school en zorg te combineren</li>"
                "<li>u wilt andere jonge mantelzorgers leren kennen</li>"
                "<li>u wilt weten welke activiteiten er zijn</li></ul>"
                "<p>Komt u liever niet alleen? Neem dan een vriend of vriendin mee.</p>",
            ),
            (
                "testimonial",
                {
                    "quote": (
                        "Ik dacht dat er eerst iets ergs moest gebeuren voordat ik mocht komen. "
                        "Maar ik mocht ook gewoon komen om even bij te praten. Dat hielp mij echt."
                    ),
                    "name": "Noah",
                    "context": "jonge mantelzorger in Almere Buiten",
                },
            ),
            (
                "faq",
                {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {
                            "question": "Moeten mijn ouders weten dat ik kom?",
                            "answer": (
                                "<p>Nee, dat hoeft niet. Wat u vertelt, blijft tussen u en "
                                "Elif. Alleen als u in gevaar bent, schakelen we hulp in. Dat "
                                "vertellen we u dan eerst.</p>"
                            ),
                        },
                        {
                            "question": "Ik kan op donderdag niet. Wat nu?",
                            "answer": (
                                "<p>Stuur Elif een berichtje via WhatsApp. Dan spreekt u "
                                "samen een ander moment af.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Meer voor jonge mantelzorgers",
                    "text": "Lees wat u nog meer bij ons kunt doen. Alles is gratis.",
                    "button_label": "Naar jonge mantelzorgers",
                    "page": "jonge-mantelzorgers",
                },
            ),
        ],
        "themes": ["jonge-mantelzorgers", "mantelzorg-ondersteunen"],
        "audiences": ["jongeren", "mantelzorgers"],
        "wijk": "stad",
        **_DE_SPRONG,
        "organiser": None,
        "partners": ["Jongerencentrum De Sprong"],
        "registration_info": (
            "<p>Aanmelden is niet nodig. Loop gewoon binnen tussen 19.30 en 21.00 uur.</p>"
        ),
        "recurrence": {
            "frequency": "weekly",
            "start_date": dt.date(2027, 3, 4),
            "start": "19:30",
            "end": "21:00",
            "until": None,
            "count": 8,
            "nth": None,
            "exceptions": [],
        },
    },
    # -- Information meetings ------------------------------------------------
    {
        "slug": "online-informatiebijeenkomst-vrijwilligerswerk",
        "title": "Online informatiebijeenkomst: vrijwilligerswerk in Almere",
        "intro": (
            "Wilt u vrijwilligerswerk doen, maar weet u niet waar u moet beginnen? In één uur "
            "hoort u online hoe het werkt en wat er allemaal kan."
        ),
        "search_description": (
            "Online informatiebijeenkomst over vrijwilligerswerk in Almere. In één uur hoort u "
            "hoe u begint en wat bij u past. Gratis, vanuit huis."
        ),
        "image_label": "Online",
        "kind": "informatiebijeenkomst",
        "status": "gepland",
        "body": [
            (
                "paragraph",
                "<p>Bent u nieuw in Almere? Of hebt u net meer tijd, bijvoorbeeld door uw "
                "pensioen? Vrijwilligerswerk is een mooie manier om mensen te leren kennen. En om "
                "iets te betekenen voor uw stad. In deze online bijeenkomst vertellen we hoe u "
                "begint.</p>",
            ),
            ("heading", {"text": "Wat hoort u?", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>welk vrijwilligerswerk er in Almere is</li>"
                "<li>hoe u zoekt in de vacaturebank</li>"
                "<li>wat het Burennetwerk, het Maatjesproject en de Vriendenkringen zijn</li>"
                "<li>welke gratis trainingen de Vrijwilligersacademie geeft</li></ul>"
                "<p>Daarna is er tijd voor uw vragen. Spreekt u nog niet zo goed Nederlands? U "
                "mag uw vraag ook in het Engels stellen.</p>",
            ),
            (
                "faq",
                {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {
                            "question": "Wat heb ik nodig?",
                            "answer": (
                                "<p>Een computer, tablet of telefoon met internet. U hoeft niets "
                                "te installeren. U klikt op de link en doet mee.</p>"
                            ),
                        },
                        {
                            "question": "Moet ik mijn camera aanzetten?",
                            "answer": (
                                "<p>Nee, dat mag u zelf weten. U kunt ook alleen luisteren en "
                                "uw vraag in de chat typen.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Alvast rondkijken?",
                    "text": (
                        "Lees hoe wij u helpen om vrijwilligerswerk te vinden dat bij u past."
                    ),
                    "button_label": "Vrijwilligerswerk vinden",
                    "page": "vrijwilligerswerk-vinden",
                },
            ),
        ],
        "themes": ["vrijwilligerswerk-vinden", "buurt-en-ontmoeting"],
        "audiences": ["vrijwilligers", "jongeren"],
        "wijk": None,
        **_ONLINE,
        "online_url": "https://meet.example.org/vmca-vrijwilligerswerk-januari",
        "organiser": None,
        "partners": [],
        "registration_info": (
            "<p>Meld u aan via het contactformulier en kies 'Vrijwilligerswerk'. Een dag van "
            "tevoren sturen we u de link ook per e-mail.</p>"
        ),
        "dates": [
            {
                "date": dt.date(2027, 1, 26),
                "start": "19:30",
                "end": "20:30",
                "end_date": None,
                "status": "gepland",
            },
        ],
    },
    {
        "slug": "informatiebijeenkomst-jonge-mantelzorgers-op-school",
        "title": "Jonge mantelzorgers op school: bijeenkomst voor leraren",
        "intro": (
            "Veel jonge mantelzorgers vertellen op school niet wat er thuis speelt. In deze "
            "bijeenkomst leert u als leraar, mentor of coach hoe u deze leerlingen herkent en "
            "helpt."
        ),
        "search_description": (
            "Bijeenkomst voor leraren en mentoren in Almere Poort. Leer jonge mantelzorgers "
            "herkennen en een goed gesprek beginnen. Gratis."
        ),
        "image_label": "School",
        "kind": "informatiebijeenkomst",
        "status": "gepland",
        "body": [
            (
                "paragraph",
                "<p>Een leerling komt vaak te laat, is moe of vergeet het huiswerk. Soms zit daar "
                "meer achter. Misschien zorgt deze leerling thuis voor een zieke ouder. Dit "
                "schooljaar geeft consulent Elif Demir gastlessen op drie scholen in Almere "
                "Poort. Nu nodigen we leraren uit heel Almere uit voor een middag over dit "
                "onderwerp.</p>",
            ),
            ("heading", {"text": "Wat neemt u mee naar huis?", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>signalen waaraan u een jonge mantelzorger herkent</li>"
                "<li>tips om een gesprek te beginnen</li>"
                "<li>wat school kan doen, bijvoorbeeld met extra tijd voor huiswerk</li>"
                "<li>waar u een leerling naar kunt doorverwijzen</li></ul>"
                "<p>Ook krijgt u een kaart met tips om in de klas op te hangen.</p>",
            ),
            (
                "testimonial",
                {
                    "quote": (
                        "Na de gastles kwam een meisje uit mijn klas naar me toe. Ze zei: dit "
                        "gaat over mij. Ik had het nooit gezien."
                    ),
                    "name": "Marloes",
                    "context": "mentor op een school in Almere Poort",
                },
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
            (
                "related_links",
                {
                    "title": "Lees ook",
                    "links": [
                        {
                            "page": "gastlessen-jonge-mantelzorgers-poort",
                            "label": "Nieuws: gastlessen in Almere Poort",
                        },
                        {
                            "page": "blog-de-dag-dat-mila-het-vertelde",
                            "label": "Blog: De dag dat Mila het vertelde",
                        },
                    ],
                },
            ),
        ],
        "themes": ["jonge-mantelzorgers"],
        "audiences": ["professionals"],
        "wijk": "poort",
        **_LEESPLEK_POORT,
        "organiser": None,
        "partners": ["Leesplek Poort"],
        "registration_info": (
            "<p>Meld u aan via het contactformulier. Kies 'Mantelzorg' en schrijf de naam van uw "
            "school erbij.</p>"
        ),
        "dates": [
            {
                "date": dt.date(2027, 2, 9),
                "start": "15:30",
                "end": "17:00",
                "end_date": None,
                "status": "gepland",
            },
        ],
    },
    {
        "slug": "informatieavond-intensieve-vrijwillige-thuishulp",
        "title": "Informatieavond Intensieve Vrijwillige Thuishulp",
        "intro": (
            "Zorgt u voor iemand met dementie of een ernstige ziekte, of wilt u juist vrijwilliger "
            "worden? Op deze avond hoort u hoe de Intensieve Vrijwillige Thuishulp werkt."
        ),
        "search_description": (
            "Informatieavond over Intensieve Vrijwillige Thuishulp voor mantelzorgers en nieuwe "
            "vrijwilligers. Op ons kantoor in Almere Stad of online."
        ),
        "image_label": "Thuishulp",
        "kind": "informatiebijeenkomst",
        "status": "gepland",
        "body": [
            (
                "paragraph",
                "<p>Bij Intensieve Vrijwillige Thuishulp komt een getrainde vrijwilliger een paar "
                "uur per week bij u thuis. De vrijwilliger is er voor uw naaste. U heeft dan even "
                "tijd voor uzelf. Coördinator Gloria Martina vertelt hoe het werkt. Ook vertelt "
                "een vrijwilliger van Stichting Thuis Nabij over waken in de laatste "
                "levensfase.</p>",
            ),
            ("heading", {"text": "Voor wie is deze avond?", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>mantelzorgers die zorgen voor iemand met dementie of een ernstige "
                "ziekte</li>"
                "<li>mensen die vrijwilliger willen worden bij de Thuishulp</li>"
                "<li>professionals die mantelzorgers naar ons willen doorverwijzen</li></ul>",
            ),
            ("heading", {"text": "Op kantoor of online", "level": "h2"}),
            (
                "paragraph",
                "<p>U kunt naar ons kantoor in Almere Stad komen. U kunt ook thuis online "
                "meedoen. Dat is handig als u uw naaste niet alleen kunt laten.</p>",
            ),
            (
                "testimonial",
                {
                    "quote": (
                        "Ik twijfelde lang of ik hulp wilde. Na de informatieavond wist ik wat ik "
                        "kon verwachten. Nu komt er elke dinsdag een vrijwilliger bij mijn moeder."
                    ),
                    "name": "Gerda",
                    "context": "mantelzorger in Almere Stad",
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Lees meer over de Thuishulp",
                    "text": "Op deze pagina leest u wat de vrijwilliger wel en niet doet.",
                    "button_label": "Naar de Thuishulp",
                    "page": "intensieve-vrijwillige-thuishulp",
                },
            ),
        ],
        "themes": ["dementie", "respijtzorg", "mantelzorg-ondersteunen"],
        "audiences": ["mantelzorgers", "vrijwilligers", "professionals"],
        "wijk": "stad",
        **_KANTOOR,
        "online_url": "https://meet.example.org/vmca-thuishulp-maart",
        "organiser": None,
        "partners": ["Stichting Thuis Nabij"],
        "registration_info": (
            "<p>Meld u aan via het contactformulier of bel 036 000 00 00. Zeg erbij of u naar ons "
            "kantoor komt of online meedoet.</p>"
        ),
        "dates": [
            {
                "date": dt.date(2027, 3, 29),
                "start": "19:30",
                "end": "21:00",
                "end_date": None,
                "status": "gepland",
            },
        ],
    },
    {
        "slug": "informatiemiddag-respijtzorg-haven",
        "title": "Informatiemiddag respijtzorg in Almere Haven",
        "intro": (
            "Hoe regelt u dat u even vrij bent van de zorg? Op deze middag hoort u welke vormen "
            "van respijtzorg er zijn en hoe u ze aanvraagt."
        ),
        "search_description": (
            "Informatiemiddag over respijtzorg in Zorgcentrum De Lindehof, Almere Haven. Hoor hoe "
            "u de zorg even overdraagt en op adem komt."
        ),
        "image_label": "Even vrij",
        "kind": "informatiebijeenkomst",
        "status": "gepland",
        "body": [
            (
                "paragraph",
                "<p>Zorgen voor een ander kost veel energie. Af en toe vrij zijn helpt u om het "
                "vol te houden. Maar hoe regelt u dat? En wat kost het? Consulent mantelzorg "
                "Sanne de Vries legt het uit. Daarna is er tijd voor uw vragen.</p>",
            ),
            ("heading", {"text": "Wat komt aan bod?", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>een vrijwilliger bij u thuis</li>"
                "<li>dagbesteding voor uw naaste</li>"
                "<li>logeren, bijvoorbeeld als u op vakantie wilt</li>"
                "<li>hulp vragen aan familie en vrienden</li></ul>"
                "<p>Wilt u deze zomer een paar dagen weg? Dan is dit een goed moment. "
                "Logeeropvang is in de zomer snel vol.</p>",
            ),
            (
                "testimonial",
                {
                    "quote": (
                        "Ik dacht dat respijtzorg alleen voor noodgevallen was. Nu gaat mijn vader "
                        "één weekend per maand logeren. Dan slaap ik eindelijk weer uit."
                    ),
                    "name": "Mirjam",
                    "context": "mantelzorger in Almere Haven",
                },
            ),
            (
                "faq",
                {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {
                            "question": "Mag mijn naaste mee naar de middag?",
                            "answer": (
                                "<p>Ja, dat mag. Zorgcentrum De Lindehof is goed toegankelijk. "
                                "Heeft u extra hulp nodig? Laat het ons van tevoren weten.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Meer over respijtzorg",
                    "text": "Lees welke vormen er zijn en hoe u een consulent spreekt.",
                    "button_label": "Naar respijtzorg",
                    "page": "respijtzorg",
                },
            ),
        ],
        "themes": ["respijtzorg", "mantelzorg-ondersteunen", "informatie-en-advies"],
        "audiences": ["mantelzorgers", "professionals"],
        "wijk": "haven",
        **_DE_LINDEHOF,
        "organiser": None,
        "partners": ["Zorgcentrum De Lindehof"],
        "registration_info": (
            "<p>Aanmelden is fijn, maar niet verplicht. Bel 036 000 00 00 of gebruik het "
            "contactformulier.</p>"
        ),
        "dates": [
            {
                "date": dt.date(2027, 5, 19),
                "start": "14:00",
                "end": "16:00",
                "end_date": None,
                "status": "gepland",
            },
        ],
    },
    {
        "slug": "informatieochtend-dementie-nobelhorst",
        "title": "Informatieochtend: dementie in de familie",
        "intro": (
            "Heeft iemand in uw familie dementie? Op deze ochtend in Huiskamer Nobelhorst hoort u "
            "wat er verandert en hoe u er goed mee omgaat."
        ),
        "search_description": (
            "Informatieochtend over dementie voor mantelzorgers en familie in Huiskamer "
            "Nobelhorst, Almere Hout. Met tips uit de praktijk. Gratis."
        ),
        "image_label": "Dementie",
        "kind": "informatiebijeenkomst",
        "status": "gepland",
        "body": [
            (
                "paragraph",
                "<p>Op 21 september is het Wereld Alzheimer Dag. Daarom houden we samen met "
                "Huiskamer Nobelhorst een informatieochtend over dementie. Trainer Ruud Hoekstra "
                "zorgde zelf jarenlang voor zijn vader. Hij vertelt wat hij toen leerde. Eerlijk "
                "en met praktische tips.</p>",
            ),
            ("heading", {"text": "Wat komt aan bod?", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>wat dementie is en hoe het iemand verandert</li>"
                "<li>hoe u rustig en duidelijk praat met uw naaste</li>"
                "<li>hoe u ook goed voor uzelf blijft zorgen</li>"
                "<li>waar u in Almere hulp kunt vinden</li></ul>",
            ),
            (
                "testimonial",
                {
                    "quote": (
                        "Vroeger werd ik boos als Jan mij niet herkende. Nu weet ik dat hij het "
                        "niet expres doet. Dat maakt de dagen lichter."
                    ),
                    "name": "Ria",
                    "context": "mantelzorger in Almere Haven",
                },
            ),
            (
                "faq",
                {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {
                            "question": "Kan ik mijn naaste meenemen?",
                            "answer": (
                                "<p>Dat mag. Komt u liever alleen? Vraag ons dan of een "
                                "vrijwilliger die ochtend bij uw naaste kan zijn.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Steun bij de zorg thuis",
                    "text": (
                        "Een getrainde vrijwilliger kan de zorg een paar uur per week van u "
                        "overnemen."
                    ),
                    "button_label": "Naar de Thuishulp",
                    "page": "intensieve-vrijwillige-thuishulp",
                },
            ),
        ],
        "themes": ["dementie", "mantelzorg-ondersteunen"],
        "audiences": ["mantelzorgers"],
        "wijk": "hout",
        **_NOBELHORST,
        "organiser": None,
        "partners": ["Huiskamer Nobelhorst"],
        "registration_info": (
            "<p>Meld u aan via het contactformulier of bel 036 000 00 00. Er is plek voor dertig "
            "mensen.</p>"
        ),
        "dates": [
            {
                "date": dt.date(2027, 9, 21),
                "start": "10:00",
                "end": "12:00",
                "end_date": None,
                "status": "gepland",
            },
        ],
    },
    {
        "slug": "informatieavond-maatjesproject-buiten",
        "title": "Informatieavond Maatjesproject in Almere Buiten",
        "intro": (
            "Vindt u het fijn om iets voor een ander te betekenen? Kom naar Wijkhuis De Regenboog "
            "en hoor hoe u maatje wordt."
        ),
        "search_description": (
            "Word maatje in Almere. Informatieavond over het Maatjesproject in Wijkhuis De "
            "Regenboog, Almere Buiten. Gratis, aanmelden is fijn."
        ),
        "image_label": "Maatje worden",
        "kind": "informatiebijeenkomst",
        "status": "gepland",
        "body": [
            (
                "paragraph",
                "<p>Veel mensen in Almere voelen zich alleen. Een maatje kan dan veel betekenen. "
                "Een maatje is een vrijwilliger die regelmatig met iemand afspreekt. Om te "
                "wandelen, te koken of gewoon koffie te drinken. U hebt er ongeveer twee uur per "
                "week voor nodig.</p>",
            ),
            ("heading", {"text": "Wat hoort u op deze avond?", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>wat een maatje wel en niet doet</li>"
                "<li>hoe we een maatje zoeken dat bij iemand past</li>"
                "<li>welke training u krijgt van de Vrijwilligersacademie</li>"
                "<li>hoe de begeleiding gaat</li></ul>"
                "<p>Maatje Kofi Mensah vertelt over zijn wandelingen met Wim.</p>",
            ),
            (
                "testimonial",
                {
                    "quote": (
                        "Ik hoef geen bijzondere dingen te doen. Gewoon er zijn is vaak al "
                        "genoeg. En ik krijg er zelf net zoveel voor terug."
                    ),
                    "name": "Kofi",
                    "context": "maatje in Almere Hout",
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Meer over het Maatjesproject",
                    "text": "Lees hoe het werkt en voor wie het is.",
                    "button_label": "Naar het Maatjesproject",
                    "page": "maatjesproject",
                },
            ),
            (
                "related_links",
                {
                    "title": "Lees ook",
                    "links": [
                        {
                            "page": "blog-donderdag-is-wandeldag",
                            "label": "Blog: Donderdag is wandeldag",
                        },
                    ],
                },
            ),
        ],
        "themes": ["eenzaamheid", "vrijwilligerswerk-vinden"],
        "audiences": ["vrijwilligers"],
        "wijk": "buiten",
        **_DE_REGENBOOG,
        "organiser": None,
        "partners": ["Wijkhuis De Regenboog"],
        "registration_info": (
            "<p>Meld u aan via het contactformulier. Kies 'Vrijwilligerswerk' en noem de "
            "informatieavond. Zonder aanmelding bent u ook welkom.</p>"
        ),
        "dates": [
            {
                "date": dt.date(2027, 11, 1),
                "start": "19:30",
                "end": "21:00",
                "end_date": None,
                "status": "gepland",
            },
        ],
    },
    # -- Training -------------------------------------------------------------
    {
        "slug": "open-dag-vrijwilligersacademie-2027",
        "title": "Open dag van de Vrijwilligersacademie",
        "intro": (
            "Maak kennis met de trainers en volg alvast een proefles uit het najaarsprogramma. "
            "U kunt de hele ochtend binnenlopen bij Buurtcentrum De Schakel."
        ),
        "search_description": (
            "Open dag van de Vrijwilligersacademie op 4 september 2027 in Buurtcentrum De "
            "Schakel. Volg korte proeflessen en meld u aan. Gratis."
        ),
        "image_label": "Open dag",
        "kind": "training",
        "status": "gepland",
        "body": [
            (
                "paragraph",
                "<p>De Vrijwilligersacademie geeft gratis trainingen aan vrijwilligers, "
                "mantelzorgers en coördinatoren in Almere. Op de open dag laten we zien wat u "
                "bij ons kunt leren. U komt langs wanneer het u uitkomt.</p>",
            ),
            ("heading", {"text": "Het programma", "level": "h2"}),
            (
                "paragraph",
                "<ul><li><b>10.15 uur:</b> proefles <i>Luisteren zonder oordeel</i> met Shanti "
                "Ramdin</li>"
                "<li><b>11.00 uur:</b> proefles <i>Omgaan met dementie</i> met Ruud Hoekstra</li>"
                "<li><b>11.45 uur:</b> proefles <i>Vrijwilligers vinden via sociale media</i> met "
                "Kasia Nowak</li>"
                "<li><b>De hele ochtend:</b> koffie, vragen stellen en u aanmelden voor het "
                "najaar</li></ul>"
                "<p>Een proefles duurt een half uur. U mag bij zoveel proeflessen aanschuiven "
                "als u wilt.</p>",
            ),
            (
                "testimonial",
                {
                    "quote": (
                        "Op de open dag zie ik vaak mensen die eerst twijfelen. Na een proefles "
                        "zeggen ze: dit wil ik vaker doen."
                    ),
                    "name": "Shanti",
                    "context": "trainer bij de Vrijwilligersacademie",
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Een vraag over de trainingen?",
                    "text": (
                        "Kies in het contactformulier voor 'Vrijwilligersacademie'. We helpen u "
                        "graag."
                    ),
                    "button_label": "Naar het contactformulier",
                    "page": "contact",
                },
            ),
        ],
        "themes": ["scholing", "vrijwilligerswerk-vinden", "organisaties-en-coordinatoren"],
        "audiences": ["vrijwilligers", "mantelzorgers", "organisaties"],
        "wijk": "stad",
        **_DE_SCHAKEL,
        "organiser": None,
        "partners": ["Buurtcentrum De Schakel"],
        "registration_info": "<p>Aanmelden is niet nodig. Loop binnen wanneer het u uitkomt.</p>",
        "dates": [
            {
                "date": dt.date(2027, 9, 4),
                "start": "10:00",
                "end": "12:30",
                "end_date": None,
                "status": "gepland",
            },
        ],
    },
    # -- Get-togethers and special days --------------------------------------
    {
        "slug": "feestavond-dag-van-de-vrijwilliger-2026",
        "title": "Feestavond Dag van de Vrijwilliger 2026",
        "intro": (
            "Op maandag 7 december bedanken we de vrijwilligers van Almere met een feestelijke "
            "avond in Almere Haven. Er kwamen zoveel aanmeldingen dat de avond nu vol is."
        ),
        "search_description": (
            "Feestavond voor vrijwilligers op 7 december 2026 bij Sportclub Haven Actief in "
            "Almere Haven. De avond is vol."
        ),
        "image_label": "Dank u wel",
        "kind": "ontmoeting",
        "status": "vol",
        "body": [
            (
                "paragraph",
                "<p>Zonder vrijwilligers zou Almere er heel anders uitzien. Daarom vieren we op de "
                "Dag van de Vrijwilliger een feestje. Er is muziek van een koor uit Almere Haven, "
                "een hapje en een drankje en een fotohoek. Ook reiken we de "
                "VMCA-vrijwilligersprijs uit.</p>",
            ),
            ("heading", {"text": "De avond is vol", "level": "h2"}),
            (
                "paragraph",
                "<p>Meer dan tweehonderd mensen hebben zich aangemeld. Dat is geweldig! Maar de "
                "kantine is nu helemaal vol. Aanmelden kan daarom niet meer. Hebt u zich "
                "aangemeld, maar kunt u toch niet? Laat het ons dan weten. Dan geven we uw "
                "plek aan iemand anders.</p>",
            ),
            (
                "paragraph",
                "<p>Kunt u er niet bij zijn? Na afloop zetten we foto's en de namen van de "
                "winnaars op onze website.</p>",
            ),
            (
                "call_to_action",
                {
                    "title": "Lees het nieuwsbericht",
                    "text": "Lees meer over de avond en de vrijwilligersprijs.",
                    "button_label": "Naar het nieuws",
                    "page": "dag-van-de-vrijwilliger-2026",
                },
            ),
        ],
        "themes": ["vrijwilligerswerk-vinden", "buurt-en-ontmoeting"],
        "audiences": ["vrijwilligers", "organisaties"],
        "wijk": "haven",
        **_HAVEN_ACTIEF,
        "organiser": None,
        "partners": ["Sportclub Haven Actief"],
        "registration_info": (
            "<p>De avond is vol en aanmelden kan niet meer. Kunt u toch niet komen? Meld u dan af "
            "via 036 000 00 00.</p>"
        ),
        "dates": [
            {
                "date": dt.date(2026, 12, 7),
                "start": "19:00",
                "end": "22:00",
                "end_date": None,
                "status": "vol",
            },
        ],
    },
    {
        "slug": "zomerpicknick-mantelzorgers-2027",
        "title": "Zomerpicknick voor mantelzorgers",
        "intro": (
            "De zomerpicknick voor mantelzorgers in Almere Haven gaat dit jaar niet door. De tuin "
            "van Zorgcentrum De Lindehof is in juli dicht omdat er gewerkt wordt."
        ),
        "search_description": (
            "De zomerpicknick voor mantelzorgers op 3 juli 2027 in Almere Haven gaat niet door. "
            "Lees waarom en wat u wel kunt doen."
        ),
        "image_label": "Picknick",
        "kind": "ontmoeting",
        "status": "geannuleerd",
        "body": [
            (
                "paragraph",
                "<p>Elke zomer houden we een picknick voor mantelzorgers en hun naasten. Dit jaar "
                "zou die op zaterdag 3 juli zijn, in de tuin van Zorgcentrum De Lindehof. Helaas "
                "gaat de picknick niet door.</p>",
            ),
            ("heading", {"text": "Waarom niet?", "level": "h2"}),
            (
                "paragraph",
                "<p>De tuin van De Lindehof krijgt deze zomer nieuwe paden en bankjes. Dan kunnen "
                "mensen met een rolstoel of rollator er straks beter wandelen. De tuin is daarom "
                "in juli dicht. We vonden in Almere Haven geen andere plek die net zo rustig en "
                "toegankelijk is.</p>",
            ),
            ("heading", {"text": "Wat kunt u wel doen?", "level": "h2"}),
            (
                "paragraph",
                "<p>In november is er weer de Week van de Mantelzorg, met een activiteit in elk "
                "stadsdeel. Wilt u deze zomer even vrij zijn van de zorg? Een consulent "
                "mantelzorg denkt graag met u mee.</p>",
            ),
            (
                "call_to_action",
                {
                    "title": "Deze zomer even op adem komen?",
                    "text": "Lees hoe u de zorg een paar uur of een paar dagen overdraagt.",
                    "button_label": "Naar respijtzorg",
                    "page": "respijtzorg",
                },
            ),
        ],
        "themes": ["mantelzorg-ondersteunen", "respijtzorg", "lotgenotencontact"],
        "audiences": ["mantelzorgers"],
        "wijk": "haven",
        **_DE_LINDEHOF,
        "venue": "Tuin van Zorgcentrum De Lindehof",
        "organiser": None,
        "partners": ["Zorgcentrum De Lindehof"],
        "registration_info": (
            "<p>De picknick gaat niet door. U kunt zich daarom niet aanmelden.</p>"
        ),
        "dates": [
            {
                "date": dt.date(2027, 7, 3),
                "start": "12:00",
                "end": "15:00",
                "end_date": None,
                "status": "geannuleerd",
            },
        ],
    },
    {
        "slug": "week-van-de-mantelzorg-2027",
        "title": "Week van de Mantelzorg 2027",
        "intro": (
            "In de Week van de Mantelzorg zetten we alle mantelzorgers in Almere in het "
            "zonnetje. In elk stadsdeel is er een gratis activiteit."
        ),
        "search_description": (
            "Week van de Mantelzorg 2027: van 8 tot en met 13 november gratis activiteiten voor "
            "mantelzorgers in alle stadsdelen van Almere."
        ),
        "image_label": "Mantelzorgers bedankt",
        "kind": "ontmoeting",
        "status": "gepland",
        "body": [
            (
                "paragraph",
                "<p>Mantelzorgers doen veel voor een ander. Vaak zonder dat iemand het ziet. In de "
                "Week van de Mantelzorg zeggen we daarom: dank u wel. Van maandag 8 tot en met "
                "zaterdag 13 november zijn er in heel Almere activiteiten. Woensdag 10 november is "
                "de Dag van de Mantelzorg.</p>",
            ),
            ("heading", {"text": "Wat kunt u verwachten?", "level": "h2"}),
            (
                "paragraph",
                "<p>Het programma maken we in september bekend. Net als vorig jaar is er in elk "
                "stadsdeel iets te doen. Denk aan een high tea, een wandeling of een workshop. "
                "Ook voor jonge mantelzorgers is er een eigen activiteit. Alles is gratis.</p>"
                "<p>Heeft u zich aangemeld voor de mantelzorgwaardering? Dan krijgt u in deze week "
                "uw bedankje.</p>",
            ),
            (
                "faq",
                {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {
                            "question": "Ik kan mijn naaste niet alleen laten. Kan ik toch komen?",
                            "answer": (
                                "<p>Vraag ons wat er mogelijk is. Soms kan een vrijwilliger die "
                                "middag bij uw naaste zijn.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Mantelzorgwaardering",
                    "text": "Lees hoe u zich aanmeldt voor het jaarlijkse bedankje.",
                    "button_label": "Naar de mantelzorgwaardering",
                    "page": "mantelzorgwaardering",
                },
            ),
            (
                "related_links",
                {
                    "title": "Lees ook",
                    "links": [
                        {
                            "page": "week-van-de-mantelzorg-2026",
                            "label": "Zo was de Week van de Mantelzorg 2026",
                        },
                    ],
                },
            ),
        ],
        "themes": ["mantelzorg-ondersteunen", "jonge-mantelzorgers"],
        "audiences": ["mantelzorgers", "jongeren"],
        "wijk": None,
        **_HEEL_ALMERE,
        "organiser": None,
        "partners": [],
        "registration_info": (
            "<p>Vanaf september leest u hier het programma en hoe u zich aanmeldt.</p>"
        ),
        "dates": [
            {
                "date": dt.date(2027, 11, 8),
                "start": None,
                "end": None,
                "end_date": dt.date(2027, 11, 13),
                "status": "gepland",
            },
        ],
    },
    {
        "slug": "dag-van-de-vrijwilliger-2027",
        "title": "Dag van de Vrijwilliger 2027",
        "intro": (
            "Op dinsdag 7 december bedanken we alle vrijwilligers van Almere. Organisaties in de "
            "hele stad doen mee."
        ),
        "search_description": (
            "Dag van de Vrijwilliger op 7 december 2027. VMCA en organisaties in heel Almere "
            "bedanken hun vrijwilligers. Het programma volgt in het najaar."
        ),
        "image_label": "Vrijwilligers bedankt",
        "kind": "ontmoeting",
        "status": "gepland",
        "body": [
            (
                "paragraph",
                "<p>Vrijwilligers trainen voetbalteams, helpen hun buren en zijn maatje voor "
                "iemand die alleen is. Op 7 december is het de Nationale Dag van de Vrijwilliger. "
                "Dan zeggen we in heel Almere: dank u wel!</p>",
            ),
            ("heading", {"text": "Doe mee als organisatie", "level": "h2"}),
            (
                "paragraph",
                "<p>Werkt uw organisatie met vrijwilligers? Doe dan op deze dag iets kleins. "
                "Een taart, een kaartje of een lunch. Wij denken graag met u mee. Ook reiken we "
                "weer de VMCA-vrijwilligersprijs uit. Hoe u iemand voordraagt, leest u in het "
                "najaar op deze pagina.</p>",
            ),
            (
                "testimonial",
                {
                    "quote": (
                        "Vorig jaar kreeg ik op de Dag van de Vrijwilliger een kaartje van de "
                        "familie die ik help. Het hangt nog steeds op mijn koelkast."
                    ),
                    "name": "Ineke",
                    "context": "vrijwilliger bij de Intensieve Vrijwillige Thuishulp",
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Zelf vrijwilliger worden?",
                    "text": (
                        "Er is in Almere veel vrijwilligerswerk. Wij helpen u iets te vinden dat "
                        "bij u past."
                    ),
                    "button_label": "Vrijwilligerswerk vinden",
                    "page": "vrijwilligerswerk-vinden",
                },
            ),
        ],
        "themes": ["vrijwilligerswerk-vinden", "organisaties-en-coordinatoren"],
        "audiences": ["vrijwilligers", "organisaties"],
        "wijk": None,
        **_HEEL_ALMERE,
        "organiser": None,
        "partners": [],
        "registration_info": (
            "<p>U hoeft zich nu nog niet aan te melden. In het najaar leest u hier hoe dat "
            "gaat.</p>"
        ),
        "dates": [
            {
                "date": dt.date(2027, 12, 7),
                "start": None,
                "end": None,
                "end_date": None,
                "status": "gepland",
            },
        ],
    },
    # -- Archive: October and November 2026 -------------------------------------
    {
        "slug": "startavond-burennetwerk-pampushout",
        "title": "Startavond Burennetwerk Pampushout",
        "intro": (
            "Het Burennetwerk start in Almere Pampus. Op deze avond maakt u kennis met uw buren "
            "en hoort u hoe buren elkaar kunnen helpen."
        ),
        "search_description": (
            "Startavond van het Burennetwerk in Pampushout, Almere Pampus. Leer uw buren kennen "
            "en hoor hoe buren elkaar helpen."
        ),
        "image_label": "Buren in Pampus",
        "kind": "informatiebijeenkomst",
        "status": "gepland",
        "body": [
            (
                "paragraph",
                "<p>In Pampushout wonen steeds meer mensen. Maar veel buren kennen elkaar nog "
                "niet. Bewoners van Buurtinitiatief Pampus Samen willen daar iets aan doen. Samen "
                "met VMCA starten ze het Burennetwerk.</p>",
            ),
            ("heading", {"text": "Wat gebeurt er op deze avond?", "level": "h2"}),
            (
                "paragraph",
                "<p>Coördinator Mohamed El Amrani vertelt hoe het Burennetwerk werkt. Op een "
                "grote kaart van de wijk laat u zien of u wilt helpen of soms hulp zoekt. "
                "Daarna is er tijd om bij te praten met een kop koffie of thee. U hoeft nog "
                "niets te beloven.</p>",
            ),
            (
                "call_to_action",
                {
                    "title": "Meer over het Burennetwerk",
                    "text": "Lees hoe buren elkaar helpen met kleine klussen.",
                    "button_label": "Naar het Burennetwerk",
                    "page": "burennetwerk",
                },
            ),
            (
                "related_links",
                {
                    "title": "Zo ging het",
                    "links": [
                        {
                            "page": "burennetwerk-start-in-almere-pampus",
                            "label": "Nieuws: Burennetwerk start in Almere Pampus",
                        },
                        {
                            "page": "blog-nieuwe-wijk-nieuwe-buren",
                            "label": "Blog: Nieuwe wijk, nieuwe buren",
                        },
                    ],
                },
            ),
        ],
        "themes": ["buurt-en-ontmoeting", "eenzaamheid"],
        "audiences": ["vrijwilligers"],
        "wijk": "pampus",
        **_PAMPUSHOUT,
        "organiser": "Buurtinitiatief Pampus Samen",
        "partners": [],
        "registration_info": (
            "<p>Aanmelden is niet nodig. Iedereen die in Pampushout woont, is welkom.</p>"
        ),
        "dates": [
            {
                "date": dt.date(2026, 10, 1),
                "start": "19:30",
                "end": "21:00",
                "end_date": None,
                "status": "gepland",
            },
        ],
    },
    {
        "slug": "maatjesavond-najaar-2026",
        "title": "Maatjesavond najaar 2026",
        "intro": (
            "Een avond voor alle maatjes van het Maatjesproject. We delen ervaringen en leren van "
            "elkaar."
        ),
        "search_description": (
            "Maatjesavond voor vrijwilligers van het Maatjesproject in Huiskamer Nobelhorst, "
            "Almere Hout. Ervaringen delen en nieuwe ideeën opdoen."
        ),
        "image_label": "Maatjesavond",
        "kind": "ontmoeting",
        "status": "gepland",
        "body": [
            (
                "paragraph",
                "<p>Als maatje spreekt u meestal alleen af met uw deelnemer. Daarom is het fijn "
                "om af en toe andere maatjes te spreken. Een paar keer per jaar organiseren we "
                "daarvoor een maatjesavond.</p>",
            ),
            ("heading", {"text": "Het thema: afscheid nemen", "level": "h2"}),
            (
                "paragraph",
                "<p>Een maatjescontact duurt meestal een jaar. Hoe neemt u op een goede manier "
                "afscheid? En wat doet u als uw deelnemer dat moeilijk vindt? We praten erover in "
                "kleine groepen. Trainer Shanti Ramdin geeft tips die u meteen kunt "
                "gebruiken.</p>",
            ),
            (
                "testimonial",
                {
                    "quote": (
                        "Op de maatjesavond hoorde ik dat anderen dezelfde twijfels hebben als "
                        "ik. Dat luchtte echt op."
                    ),
                    "name": "Esther",
                    "context": "maatje in Almere Stad",
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Ook maatje worden?",
                    "text": "Lees hoe het Maatjesproject werkt en meld u aan.",
                    "button_label": "Naar het Maatjesproject",
                    "page": "maatjesproject",
                },
            ),
        ],
        "themes": ["eenzaamheid", "scholing"],
        "audiences": ["vrijwilligers"],
        "wijk": "hout",
        **_NOBELHORST,
        "organiser": None,
        "partners": ["Huiskamer Nobelhorst"],
        "registration_info": (
            "<p>Deze avond is alleen voor maatjes van het Maatjesproject. U krijgt een "
            "uitnodiging per e-mail.</p>"
        ),
        "dates": [
            {
                "date": dt.date(2026, 10, 20),
                "start": "19:30",
                "end": "21:30",
                "end_date": None,
                "status": "gepland",
            },
        ],
    },
    {
        "slug": "high-tea-week-van-de-mantelzorg-2026",
        "title": "High tea voor mantelzorgers in Almere Stad",
        "intro": (
            "In de Week van de Mantelzorg nodigen we mantelzorgers uit voor een high tea in "
            "Buurtcentrum De Schakel. Een middag alleen voor u."
        ),
        "search_description": (
            "High tea voor mantelzorgers in Buurtcentrum De Schakel, Almere Stad, tijdens de Week "
            "van de Mantelzorg 2026. Gratis, wel aanmelden."
        ),
        "image_label": "High tea",
        "kind": "ontmoeting",
        "status": "gepland",
        "body": [
            (
                "paragraph",
                "<p>Mantelzorgers zorgen elke dag voor een ander. Op deze middag zorgen wij eens "
                "voor u. Er zijn thee, kleine broodjes en iets zoets. Vrijwilligers van "
                "Buurtcentrum De Schakel schenken in.</p>",
            ),
            ("heading", {"text": "Even bijpraten", "level": "h2"}),
            (
                "paragraph",
                "<p>U ontmoet andere mantelzorgers uit Almere Stad. Consulent mantelzorg Sanne de "
                "Vries is er ook. U kunt haar gerust iets vragen. Maar u mag ook gewoon genieten. "
                "Niets hoeft.</p>",
            ),
            (
                "faq",
                {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {
                            "question": "Mag mijn naaste mee?",
                            "answer": (
                                "<p>Ja, dat mag. Het buurtcentrum is goed bereikbaar met de bus en "
                                "heeft een lift.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Alle activiteiten in de Week van de Mantelzorg",
                    "text": "Bekijk het programma in alle stadsdelen.",
                    "button_label": "Naar het programma",
                    "page": "week-van-de-mantelzorg-2026",
                },
            ),
        ],
        "themes": ["mantelzorg-ondersteunen"],
        "audiences": ["mantelzorgers"],
        "wijk": "stad",
        **_DE_SCHAKEL,
        "organiser": None,
        "partners": ["Buurtcentrum De Schakel"],
        "registration_info": (
            "<p>Aanmelden is nodig, want er zijn veertig plekken. Bel 036 000 00 00 of gebruik het "
            "contactformulier.</p>"
        ),
        "dates": [
            {
                "date": dt.date(2026, 11, 10),
                "start": "14:00",
                "end": "16:30",
                "end_date": None,
                "status": "gepland",
            },
        ],
    },
]

# ---------------------------------------------------------------------------
# English translations (for expats and newcomers). Keyed by the Dutch slug.
# In English bodies, "page" references use the DUTCH slugs; the loader maps
# them to the translated pages where those exist.
# ---------------------------------------------------------------------------

EVENTS_EN = {
    "online-informatiebijeenkomst-vrijwilligerswerk": {
        "slug": "online-information-meeting-volunteering",
        "title": "Online information meeting: volunteering in Almere",
        "intro": (
            "Would you like to volunteer, but don't know where to start? In one hour, online, you "
            "will hear how it works and what you can do."
        ),
        "search_description": (
            "Online information meeting about volunteering in Almere. Learn how to get started "
            "and what suits you. Free, from home."
        ),
        "body": [
            (
                "paragraph",
                "<p>Are you new to Almere? Or do you suddenly have more time, for example because "
                "you have retired? Volunteering is a great way to meet people and to do something "
                "for your city. In this online meeting we explain how to get started.</p>",
            ),
            ("heading", {"text": "What you will hear", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>what kinds of volunteer work there are in Almere</li>"
                "<li>how to search our vacancy bank</li>"
                "<li>what the neighbours network (<i>Burennetwerk</i>), the buddy project "
                "(<i>Maatjesproject</i>) and the friendship circles (<i>Vriendenkringen</i>) "
                "are</li>"
                "<li>which free courses the Volunteer Academy (<i>Vrijwilligersacademie</i>) "
                "offers</li></ul>"
                "<p>The meeting is in plain Dutch. Afterwards there is time for questions, and you "
                "are welcome to ask yours in English.</p>",
            ),
            (
                "faq",
                {
                    "title": "Frequently asked questions",
                    "items": [
                        {
                            "question": "What do I need?",
                            "answer": (
                                "<p>A computer, tablet or phone with internet. You do not need to "
                                "install anything: just click the link to join.</p>"
                            ),
                        },
                        {
                            "question": "Do I have to turn on my camera?",
                            "answer": (
                                "<p>No, that is up to you. You can also just listen and type your "
                                "question in the chat.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Want to look around first?",
                    "text": "Read how we help you find volunteer work that suits you.",
                    "button_label": "Volunteering in Almere",
                    "page": "vrijwillige-inzet",
                },
            ),
        ],
    },
    "werkcafe-vrijwilligerscoordinatoren": {
        "slug": "work-cafe-volunteer-coordinators",
        "title": "Work café for volunteer coordinators",
        "intro": (
            "Once a month, volunteer coordinators from Almere meet to talk about their work. "
            "Bring a question and go home with new ideas."
        ),
        "search_description": (
            "Monthly work café for volunteer coordinators in Almere. Share questions from "
            "practice and learn from each other. Free, first Thursday of the month."
        ),
        "body": [
            ("heading", {"text": "What is the work café?", "level": "h2"}),
            (
                "paragraph",
                "<p>At the <i>werkcafé</i> you meet other volunteer coordinators from Almere: from "
                "sports clubs, community centres, care homes and small charities. Our adviser "
                "Kasia Nowak leads the conversation. There are no long presentations. Everyone "
                "brings a question from their own work, and together we look for solutions you "
                "can use straight away.</p>",
            ),
            ("heading", {"text": "New: on Thursdays", "level": "h2"}),
            (
                "paragraph",
                "<p>From January 2027 the work café takes place on the first Thursday of the "
                "month, from 3.30 to 5.30 pm, at our office in Almere Stad. There is coffee, tea "
                "and something nice to eat. Can't make it in person? You can also join online. "
                "The conversation is in Dutch, but you are welcome to ask your question in "
                "English.</p>",
            ),
            (
                "faq",
                {
                    "title": "Frequently asked questions",
                    "items": [
                        {
                            "question": "Does it cost anything?",
                            "answer": (
                                "<p>No. The work café is free for organisations in Almere.</p>"
                            ),
                        },
                        {
                            "question": "How do I sign up?",
                            "answer": (
                                "<p>Through the Volunteer Academy. Choose 'Volunteer Academy' in "
                                "the contact form and tell us which work café you would like to "
                                "attend. If a session is full, we will put you on the waiting "
                                "list.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Advice for your organisation",
                    "text": (
                        "Read what else VMCA offers organisations that work with volunteers (in "
                        "Dutch)."
                    ),
                    "button_label": "Advice for organisations",
                    "page": "advies-voor-organisaties",
                },
            ),
        ],
    },
    "administratief-spreekuur-dinsdag": {
        "slug": "help-with-paperwork",
        "title": "Drop-in help with paperwork",
        "intro": (
            "Have you received a letter you don't understand, or do you need to fill in a form? "
            "Drop in on a Tuesday morning at Buurtcentrum De Schakel, where volunteers help you "
            "for free."
        ),
        "search_description": (
            "Free help with letters, forms and bills. Every Tuesday morning at Buurtcentrum De "
            "Schakel in the Muziekwijk, Almere. No appointment needed."
        ),
        "body": [
            (
                "paragraph",
                "<p>Official letters can be hard to understand, even if your Dutch is good. At "
                "the <i>Administratief spreekuur</i>, volunteers help you with letters from the "
                "council, the tax office (<i>Belastingdienst</i>) or your health insurer. They "
                "also help you fill in forms, for example for benefits (<i>toeslagen</i>). Are you "
                "a carer who handles the post for someone else? You are welcome too.</p>",
            ),
            ("heading", {"text": "How it works", "level": "h2"}),
            (
                "paragraph",
                "<p>Coffee is ready from 9.30 am. The volunteers help you from 10 am until noon. "
                "You do not need an appointment, but you may have to wait a little. The help is "
                "in Dutch. You are welcome to bring a friend who can help translate.</p>",
            ),
            ("heading", {"text": "What to bring", "level": "h3"}),
            (
                "paragraph",
                "<ul><li>the letters or forms you have questions about</li>"
                "<li>a valid ID</li>"
                "<li>your phone with the DigiD app, if you use it</li></ul>"
                "<p>You always log in yourself. We will never ask for your password.</p>",
            ),
            (
                "paragraph",
                "<p>There is no drop-in on Tuesday 29 December 2026 and on King's Day, Tuesday "
                "27 April 2027.</p>",
            ),
            (
                "related_links",
                {
                    "title": "Read more",
                    "links": [
                        {
                            "page": "administratief-spreekuur",
                            "label": "About the drop-in (in Dutch)",
                        },
                        {"page": "mantelzorg", "label": "Support for carers"},
                    ],
                },
            ),
        ],
    },
}
