"""Demo content for the Vrijwilligersacademie: trainers, venues, courses and their editions.

Pure data: no Django imports. academy/demo.py reads these structures and builds the
catalogue, the editions (with dates counted from today, so the demo stays current),
the demo accounts and the registrations.

All people, organisations and venues are fictional. Venues use the fake "Voorbeeld..."
streets and 1300 xx postal codes of the rest of the demo, e-mail addresses end in
.example and online links point at meet.example.org. All texts address the reader
as "u", like the rest of the site (tests/cms/test_voice.py checks it).
"""

# ---------------------------------------------------------------------------
# The overview page
# ---------------------------------------------------------------------------

ACADEMY = {
    "slug": "vrijwilligersacademie",
    "title": "Vrijwilligersacademie",
    "intro": (
        "Leer iets nieuws voor uw vrijwilligerswerk of voor de zorg thuis. De trainingen zijn "
        "gratis voor vrijwilligers en mantelzorgers in Almere. Meld u aan en kies een datum "
        "die bij u past."
    ),
    "search_description": (
        "Trainingen van de Vrijwilligersacademie van VMCA Almere: voor vrijwilligers, "
        "mantelzorgers, coördinatoren en professionals. Op locatie in de wijk of online."
    ),
    "image_label": "Vrijwilligersacademie",
    "body": [
        ("heading", {"text": "Zo werkt het", "level": "h2"}),
        (
            "paragraph",
            "<p>Kies een training en een datum. U meldt zich aan met uw e-mailadres. Een "
            "wachtwoord is niet nodig: u krijgt een code per e-mail. Is een training vol? Dan "
            "kunt u op de wachtlijst. Komt er een plek vrij, dan krijgt u een bericht.</p>"
            "<p>Hebt u geen e-mailadres of vindt u het lastig? Bel ons op 036 000 11 00. Dan "
            "melden wij u aan.</p>",
        ),
    ],
}

# ---------------------------------------------------------------------------
# Trainers besides the four the cms demo already has (shanti, gloria, kasia, ruud)
# ---------------------------------------------------------------------------

TRAINERS = [
    {
        "key": "anouk",
        "first_name": "Anouk",
        "last_name": "Brouwer",
        "job_title": "Trainer mantelzorg en NAH",
        "bio": (
            "Anouk werkte als ergotherapeut in een revalidatiecentrum. Ze weet veel over "
            "niet-aangeboren hersenletsel. In haar trainingen is veel ruimte voor uw eigen verhaal."
        ),
        "email": "anouk.brouwer@vmca.example",
        "phone": "036 000 11 34",
    },
    {
        "key": "marloes",
        "first_name": "Marloes",
        "last_name": "Visser",
        "job_title": "Adviseur fondsenwerving",
        "bio": (
            "Marloes helpt kleine stichtingen aan geld voor hun plannen. Ze schreef al veel "
            "aanvragen bij fondsen. Haar tip: begin klein en schrijf precies op wat u wilt doen."
        ),
        "email": "marloes.visser@vmca.example",
        "phone": "036 000 11 35",
    },
    {
        "key": "jeroen",
        "first_name": "Jeroen",
        "last_name": "Kok",
        "job_title": "Instructeur eerste hulp",
        "bio": (
            "Jeroen is ambulanceverpleegkundige en geeft al vijftien jaar les in eerste hulp. Hij "
            "legt alles stap voor stap uit. U oefent veel, want wat u doet, onthoudt u het best."
        ),
        "email": "jeroen.kok@vmca.example",
        "phone": "036 000 11 36",
    },
    {
        "key": "dewi",
        "first_name": "Dewi",
        "last_name": "Santoso",
        "job_title": "Trainer communicatie",
        "bio": (
            "Dewi is communicatieadviseur. Ze helpt kleine stichtingen om online gezien te "
            "worden. Ook leert ze vrijwilligers hoe ze ouderen helpen met hun telefoon."
        ),
        "email": "dewi.santoso@vmca.example",
        "phone": "036 000 11 37",
    },
    {
        "key": "hasan",
        "first_name": "Hasan",
        "last_name": "Yilmaz",
        "job_title": "Trainer inclusie",
        "bio": (
            "Hasan werkte jaren in de gehandicaptenzorg. Nu helpt hij organisaties om "
            "vrijwilligerswerk open te stellen voor iedereen. Ook voor mensen met een beperking."
        ),
        "email": "hasan.yilmaz@vmca.example",
        "phone": "036 000 11 38",
    },
    {
        "key": "wim",
        "first_name": "Wim",
        "last_name": "de Groot",
        "job_title": "Budgetcoach en trainer",
        "bio": (
            "Wim was schuldhulpverlener bij een gemeente. Nu traint hij vrijwilligers die mensen "
            "helpen met geldzaken. Hij weet hoe moeilijk het is om over geldzorgen te praten."
        ),
        "email": "wim.degroot@vmca.example",
        "phone": "036 000 11 39",
    },
]

# The cms demo's trainers, by their e-mail address (the key cms.demo uses for Person).
CMS_TRAINERS = {
    "shanti": "shanti.ramdin@vmca.example",
    "gloria": "gloria.martina@vmca.example",
    "kasia": "kasia.nowak@vmca.example",
    "ruud": "ruud.hoekstra@vmca.example",
}

# ---------------------------------------------------------------------------
# Venues (fictional), with the district (Wijk slug) they are in
# ---------------------------------------------------------------------------

VENUES = {
    "kantoor": {
        "venue": "Kantoor VMCA Almere",
        "address": "Voorbeeldpassage 10, 1300 AB Almere",
        "wijk": "stad",
    },
    "schakel": {
        "venue": "Buurtcentrum De Schakel",
        "address": "Voorbeeldplein 4, 1300 AC Almere",
        "wijk": "stad",
    },
    "lindehof": {
        "venue": "Zorgcentrum De Lindehof",
        "address": "Voorbeeldhof 2, 1300 AE Almere",
        "wijk": "haven",
    },
    "werf": {
        "venue": "Wijkcentrum De Werf",
        "address": "Voorbeeldkade 3, 1300 BA Almere",
        "wijk": "haven",
    },
    "regenboog": {
        "venue": "Wijkhuis De Regenboog",
        "address": "Voorbeeldweg 12, 1300 AH Almere",
        "wijk": "buiten",
    },
    "leeszaal": {
        "venue": "Leeszaal Buiten",
        "address": "Voorbeeldstraat 40, 1300 BB Almere",
        "wijk": "buiten",
    },
    "poort": {
        "venue": "Leesplek Poort",
        "address": "Voorbeeldkade 15, 1300 AK Almere",
        "wijk": "poort",
    },
    "nobelhorst": {
        "venue": "Huiskamer Nobelhorst",
        "address": "Voorbeeldpad 7, 1300 AJ Almere",
        "wijk": "hout",
    },
    "pampushout": {
        "venue": "Buurtpaviljoen Pampushout",
        "address": "Voorbeeldbos 1, 1300 AL Almere",
        "wijk": "pampus",
    },
    "online": {"venue": "Online", "address": "", "wijk": None},
}
ONLINE_URL = "https://meet.example.org/vmca-academie-{slug}"

# ---------------------------------------------------------------------------
# Demo accounts of participants and the trainer
# ---------------------------------------------------------------------------

# key, e-mail (also the login), password, role in the printed list
ACCOUNTS = [
    {
        "key": "vrijwilliger",
        "email": "vrijwilliger@vmca.example",
        "password": "vmca-vrijwilliger-2026",
        "role": "vrijwilliger: 2 trainingen en 1 wachtlijst in Mijn academie",
        "first_name": "Lotte",
        "last_name": "de Boer",
        "phone": "06 00 00 01 01",
        "wijk": "muziekwijk",
        "participant_type": "vrijwilliger",
        "organisation": "Taalhuis Almere (voorbeeld)",
    },
    {
        "key": "mantelzorger",
        "email": "mantelzorger@vmca.example",
        "password": "vmca-mantelzorger-2026",
        "role": "mantelzorger: 1 training en 1 aangeboden plek",
        "first_name": "Henk",
        "last_name": "Smit",
        "phone": "06 00 00 01 02",
        "wijk": "de-hoven",
        "participant_type": "mantelzorger",
        "organisation": "",
    },
    {
        "key": "professional",
        "email": "professional@vmca.example",
        "password": "vmca-professional-2026",
        "role": "professional met Registerplein- en BIG-nummer en een certificaat",
        "first_name": "Samira",
        "last_name": "Bouzid",
        "phone": "06 00 00 01 03",
        "wijk": "europakwartier",
        "participant_type": "professional",
        "organisation": "Wijkteam Poort (voorbeeld)",
        # register short name, number
        "registrations": [("Registerplein", "4610273958"), ("BIG", "19056482301")],
    },
]

STAFF_ACCOUNT = {
    "username": "academie",
    "email": "academie@vmca.example",
    "password": "vmca-academie-2026",
    "first_name": "Fenna",
    "last_name": "Kuipers",
    "role": "groep Academie: edities, aanmeldingen, exports en de trainingspagina's",
}

TRAINER_ACCOUNT = {
    "username": "trainer",
    "person": "shanti",
    "password": "vmca-trainer-2026",
    "role": "trainer (Shanti Ramdin): ziet haar eigen edities en houdt presentie bij",
}

# ---------------------------------------------------------------------------
# Participants without an account: registered online or by phone (no e-mail)
# ---------------------------------------------------------------------------

# first name, last name, e-mail ("" = phone only), phone, type, wijk, register + number
PARTICIPANTS = [
    (
        "Annemarie",
        "Koster",
        "annemarie.koster@mail.example",
        "",
        "vrijwilliger",
        "stedenwijk",
        None,
    ),
    ("Bram", "Veenstra", "bram.veenstra@mail.example", "", "vrijwilliger", "parkwijk", None),
    (
        "Chantal",
        "Mahabier",
        "chantal.mahabier@mail.example",
        "06 00 00 02 03",
        "vrijwilliger",
        "regenboogbuurt",
        None,
    ),
    ("Dirk", "Hofman", "", "036 000 22 04", "mantelzorger", "de-werven", None),
    ("Esra", "Kaya", "esra.kaya@mail.example", "", "vrijwilliger", "homeruskwartier", None),
    (
        "Femke",
        "Dijkstra",
        "femke.dijkstra@mail.example",
        "",
        "professional",
        "kruidenwijk",
        ("Registerplein", "4610118842"),
    ),
    ("Gerard", "Mulder", "", "036 000 22 07", "vrijwilliger", "de-marken", None),
    ("Hanneke", "Bos", "hanneke.bos@mail.example", "", "mantelzorger", "nobelhorst", None),
    (
        "Ibrahim",
        "Diallo",
        "ibrahim.diallo@mail.example",
        "06 00 00 02 09",
        "vrijwilliger",
        "columbuskwartier",
        None,
    ),
    ("Joke", "van Leeuwen", "", "036 000 22 10", "mantelzorger", "haven-centrum", None),
    ("Kevin", "Tjon", "kevin.tjon@mail.example", "", "organisatie", "stad-centrum", None),
    (
        "Linda",
        "Prins",
        "linda.prins@mail.example",
        "",
        "professional",
        "waterwijk",
        ("KR V&V", "190233817"),
    ),
    ("Mehmet", "Aydin", "mehmet.aydin@mail.example", "", "vrijwilliger", "faunabuurt", None),
    (
        "Nicole",
        "Schouten",
        "nicole.schouten@mail.example",
        "",
        "organisatie",
        "literatuurwijk",
        None,
    ),
    ("Otto", "Vermeulen", "", "036 000 22 15", "vrijwilliger", "de-wierden", None),
    (
        "Priya",
        "Jagessar",
        "priya.jagessar@mail.example",
        "",
        "professional",
        "olympiakwartier",
        ("SKJ", "110042396"),
    ),
    (
        "Quinten",
        "Hendriks",
        "quinten.hendriks@mail.example",
        "",
        "vrijwilliger",
        "vogelhorst",
        None,
    ),
    (
        "Rachida",
        "Amrani",
        "rachida.amrani@mail.example",
        "06 00 00 02 18",
        "mantelzorger",
        "seizoenenbuurt",
        None,
    ),
    ("Sem", "Wouters", "sem.wouters@mail.example", "", "vrijwilliger", "pampushout", None),
    ("Tineke", "Brink", "", "036 000 22 20", "mantelzorger", "overgooi", None),
    ("Umar", "Shah", "umar.shah@mail.example", "", "organisatie", "europakwartier", None),
    (
        "Vera",
        "Kuipers",
        "vera.kuipers@mail.example",
        "",
        "professional",
        "muziekwijk",
        ("Registerplein", "4610556120"),
    ),
    (
        "Willem",
        "Jacobs",
        "willem.jacobs@mail.example",
        "",
        "vrijwilliger",
        "bouwmeesterbuurt",
        None,
    ),
    ("Yara", "Haddad", "yara.haddad@mail.example", "", "vrijwilliger", "staatsliedenwijk", None),
    ("Zoë", "Peeters", "zoe.peeters@mail.example", "", "mantelzorger", "stripheldenbuurt", None),
    ("Arjen", "Lammers", "arjen.lammers@mail.example", "", "organisatie", "buiten-centrum", None),
    ("Bianca", "Martis", "", "036 000 22 27", "vrijwilliger", "de-hoven", None),
    ("Cor", "van der Wal", "cor.vanderwal@mail.example", "", "mantelzorger", "kruidenwijk", None),
    (
        "Daphne",
        "Groen",
        "daphne.groen@mail.example",
        "",
        "professional",
        "parkwijk",
        ("BIG", "49087312501"),
    ),
    ("Erik", "Postma", "erik.postma@mail.example", "", "vrijwilliger", "homeruskwartier", None),
    ("Fleur", "Willems", "fleur.willems@mail.example", "", "organisatie", "nobelhorst", None),
    ("Gijs", "Timmer", "", "036 000 22 32", "vrijwilliger", "regenboogbuurt", None),
    (
        "Hatice",
        "Öztürk",
        "hatice.ozturk@mail.example",
        "",
        "mantelzorger",
        "columbuskwartier",
        None,
    ),
    (
        "Ivo",
        "Sanders",
        "ivo.sanders@mail.example",
        "",
        "professional",
        "stedenwijk",
        ("KR V&V", "290417753"),
    ),
    ("Janneke", "Dekker", "janneke.dekker@mail.example", "", "vrijwilliger", "waterwijk", None),
    ("Karim", "Benali", "karim.benali@mail.example", "", "vrijwilliger", "europakwartier", None),
    ("Loes", "Verbeek", "", "036 000 22 37", "mantelzorger", "de-marken", None),
    ("Marco", "Rossi", "marco.rossi@mail.example", "", "anders", "vogelhorst", None),
    ("Naima", "El Idrissi", "naima.elidrissi@mail.example", "", "vrijwilliger", "faunabuurt", None),
    (
        "Olga",
        "Kowalska",
        "olga.kowalska@mail.example",
        "",
        "professional",
        "olympiakwartier",
        ("SKJ", "120557841"),
    ),
    ("Ruben", "Meijer", "ruben.meijer@mail.example", "", "anders", "pampushout", None),
    ("Sandra", "Oosterhuis", "", "036 000 22 42", "mantelzorger", "seizoenenbuurt", None),
]

# Answers some participants give, used in turn (dietary only where the course asks).
DIETARY = ["Vegetarisch", "", "Geen varkensvlees", "", "", "Glutenvrij", ""]
ACCESSIBILITY = [
    "",
    "",
    "Ik hoor slecht. Ik zit graag vooraan.",
    "",
    "Ik kom met een rollator.",
    "",
    "",
    "",
    "Ik gebruik een rolstoel. Is er een lift?",
    "",
]
MOTIVATION = [
    "Ik wil mijn vrijwilligerswerk beter doen.",
    "",
    "Ik begin binnenkort als vrijwilliger en wil goed voorbereid zijn.",
    "Een collega raadde deze training aan.",
    "",
]

# ---------------------------------------------------------------------------
# The werkcafé in the agenda that takes registrations through the academy
# ---------------------------------------------------------------------------

WERKCAFE = {
    "event_slug": "werkcafe-vrijwilligerscoordinatoren",
    "capacity": 60,
    "venue": "kantoor",
    "start": "15:30",
    "end": "17:30",
    "registrations": 14,
}

# ---------------------------------------------------------------------------
# Courses
# ---------------------------------------------------------------------------
#
# editions: "in" is the number of days from today to the first session, moved on to
# "day" (0 = Monday); "sessions" sessions "every" days apart; "where" a VENUES key;
# "online" the numbers of the sessions held online (blended courses). "state":
#   open         open, "taken" places filled
#   nearly_full  open, "free" places left (default 1)
#   full         all places taken, "waiting" people on the waiting list (default 3)
#   offer        full, then someone cancels: the first on the waiting list gets an offer
#   planned      not open for registration yet
#   cancelled    cancelled by staff after a few people registered
#   past         took place last month, registered by staff, now completed
# "accounts": demo accounts in this edition, as (key, "place" | "wait" | "offer").


def _goals(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _body(for_whom, programme, *extra, who_heading="Voor wie is deze training?"):
    return [
        ("heading", {"text": who_heading, "level": "h2"}),
        ("paragraph", f"<p>{for_whom}</p>"),
        ("heading", {"text": "Hoe ziet de training eruit?", "level": "h2"}),
        ("paragraph", f"<p>{programme}</p>"),
        *extra,
    ]


def _quote(text, name, context):
    return ("testimonial", {"quote": text, "name": name, "context": context})


def _faq(*pairs):
    return (
        "faq",
        {
            "title": "Veelgestelde vragen",
            "items": [{"question": q, "answer": f"<p>{a}</p>"} for q, a in pairs],
        },
    )


FREE_FOR_VOLUNTEERS = {"vrijwilliger": 0, "mantelzorger": 0, "organisatie": 0}

COURSES = [
    # -- Taal ---------------------------------------------------------------
    {
        "slug": "basistraining-taalvrijwilliger",
        "title": "Basistraining taalvrijwilliger",
        "intro": (
            "U helpt iemand om beter Nederlands te leren. In deze training leert u hoe u dat "
            "goed en leuk aanpakt. Ook als u geen docent bent."
        ),
        "search_description": (
            "Gratis basistraining voor taalvrijwilligers in Almere. Leer hoe u iemand helpt "
            "met Nederlands spreken, lezen en schrijven."
        ),
        "image_label": "Taal",
        "themes": ["scholing", "buurt-en-ontmoeting"],
        "audiences": ["vrijwilligers"],
        "format": "blended",
        "duration": "2 bijeenkomsten van 2,5 uur en 1 online les van 1,5 uur",
        "study_load": "8",
        "trainers": ["shanti"],
        "prices": FREE_FOR_VOLUNTEERS,
        "ask_motivation": True,
        "learning_goals": _goals(
            "U weet hoe mensen een nieuwe taal leren.",
            "U kunt een les voorbereiden met gewone dingen uit het dagelijks leven.",
            "U praat langzaam en duidelijk, zonder kinderachtig te worden.",
            "U weet waar u materiaal en hulp vindt.",
        ),
        "body": _body(
            "Voor nieuwe taalvrijwilligers en voor taalmaatjes die al even bezig zijn. U hoeft "
            "geen ervaring als docent te hebben. U moet wel zelf goed Nederlands spreken.",
            "De eerste bijeenkomst gaat over hoe u een taal leert. In de online les bekijkt u "
            "samen materiaal dat u kunt gebruiken. De laatste bijeenkomst oefent u met echte "
            "situaties: een brief van de school, een gesprek bij de huisarts.",
            _quote(
                "Ik dacht dat ik grammatica moest uitleggen. Nu weet ik: gewoon samen praten "
                "over de boodschappen helpt veel meer.",
                "Mirjam",
                "taalmaatje in Almere Buiten",
            ),
        ),
        "editions": [
            {
                "in": 9,
                "day": 1,
                "time": ("19:00", "21:30"),
                "sessions": 3,
                "every": 7,
                "where": "regenboog",
                "online": [2],
                "capacity": 12,
                "state": "full",
                "waiting": 2,
            },
            {
                "in": 40,
                "day": 3,
                "time": ("09:30", "12:00"),
                "sessions": 3,
                "every": 7,
                "where": "kantoor",
                "online": [2],
                "capacity": 14,
                "state": "open",
                "taken": 6,
                "accounts": [("vrijwilliger", "place")],
            },
            {
                "in": 100,
                "day": 1,
                "time": ("19:00", "21:30"),
                "sessions": 3,
                "every": 7,
                "where": "poort",
                "online": [2],
                "capacity": 12,
                "state": "planned",
            },
        ],
    },
    {
        "slug": "oefenen-met-spreken",
        "title": "Taalcoach: oefenen met spreken",
        "intro": (
            "Hoe helpt u iemand om meer Nederlands te durven spreken? U leert vragen stellen "
            "die het gesprek op gang brengen."
        ),
        "search_description": (
            "Training voor taalcoaches en taalmaatjes: help iemand om meer Nederlands te spreken. "
            "Gratis voor vrijwilligers in Almere."
        ),
        "image_label": "Taal",
        "themes": ["scholing"],
        "audiences": ["vrijwilligers"],
        "format": "op-locatie",
        "duration": "2 bijeenkomsten van 2 uur",
        "study_load": "5",
        "trainers": ["shanti"],
        "prices": FREE_FOR_VOLUNTEERS,
        "learning_goals": _goals(
            "U stelt open vragen, zodat de ander meer gaat praten.",
            "U verbetert fouten op een vriendelijke manier.",
            "U gebruikt foto's, spelletjes en de krant in uw gesprekken.",
        ),
        "body": _body(
            "Voor taalcoaches en taalmaatjes die al de basistraining deden. Of die al een tijd "
            "samen oefenen met iemand.",
            "We beginnen met uw ervaringen. Wat werkt en wat niet? Daarna oefent u in "
            "tweetallen. U krijgt een map met ideeën voor gesprekken mee naar huis.",
        ),
        "editions": [
            {
                "in": 23,
                "day": 2,
                "time": ("13:30", "15:30"),
                "sessions": 2,
                "every": 7,
                "where": "poort",
                "capacity": 10,
                "state": "nearly_full",
                "free": 2,
            },
        ],
    },
    # -- Gesprekken --------------------------------------------------------
    {
        "slug": "gesprekstechnieken",
        "title": "Gesprekstechnieken: luisteren, vragen en samenvatten",
        "intro": (
            "Een goed gesprek begint met goed luisteren. U leert drie eenvoudige technieken "
            "die u meteen kunt gebruiken."
        ),
        "search_description": (
            "Training gesprekstechnieken voor vrijwilligers, mantelzorgers en professionals in "
            "Almere. Luisteren, doorvragen en samenvatten. Geaccrediteerd bij Registerplein."
        ),
        "image_label": "Gesprek",
        "themes": ["scholing"],
        "audiences": ["vrijwilligers", "mantelzorgers", "professionals"],
        "format": "op-locatie",
        "duration": "3 bijeenkomsten van 2,5 uur",
        "study_load": "10",
        "trainers": ["ruud", "shanti"],
        "prices": {**FREE_FOR_VOLUNTEERS, "professional": 4500},
        "accreditations": [("Registerplein", "RP-2026-48213", "7.5")],
        "ask_motivation": True,
        "learning_goals": _goals(
            "U luistert zonder meteen een oplossing te geven.",
            "U stelt open vragen en vraagt door.",
            "U vat samen wat de ander zegt, zodat u weet of u het goed begrijpt.",
            "U herkent wanneer een gesprek te zwaar wordt voor u.",
        ),
        "body": _body(
            "Voor iedereen die in zijn werk veel met mensen praat. Vrijwilligers, mantelzorgers "
            "en professionals volgen deze training samen. Dat maakt de gesprekken rijk.",
            "Elke bijeenkomst gaat over één techniek. U oefent in kleine groepjes. Een "
            "trainingsacteur speelt soms mee. Tussen de bijeenkomsten probeert u het uit in de "
            "praktijk.",
            _faq(
                (
                    "Krijg ik punten voor mijn register?",
                    "Ja, als u professional bent. De training geeft 7,5 punten bij Registerplein. "
                    "Vul bij het aanmelden uw registratienummer in.",
                ),
                (
                    "Wat kost de training?",
                    "Voor vrijwilligers en mantelzorgers is de training gratis. Professionals "
                    "betalen € 45,00.",
                ),
            ),
        ),
        "editions": [
            {
                "in": 16,
                "day": 0,
                "time": ("19:00", "21:30"),
                "sessions": 3,
                "every": 7,
                "where": "kantoor",
                "capacity": 16,
                "state": "open",
                "taken": 9,
            },
            {
                "in": 75,
                "day": 2,
                "time": ("09:30", "12:00"),
                "sessions": 3,
                "every": 14,
                "where": "werf",
                "capacity": 16,
                "state": "open",
                "taken": 3,
            },
        ],
    },
    {
        "slug": "luisteren-zonder-oordeel",
        "title": "Luisteren zonder oordeel",
        "intro": (
            "Iemand vertelt u iets moeilijks. Wat zegt u dan? In deze avond leert u om echt "
            "te luisteren, zonder te oordelen."
        ),
        "search_description": (
            "Gratis avondtraining voor vrijwilligers: luisteren zonder oordeel. Voor maatjes, "
            "buurtvrijwilligers en vrijwilligers in de thuishulp."
        ),
        "image_label": "Luisteren",
        "themes": ["scholing", "eenzaamheid"],
        "audiences": ["vrijwilligers"],
        "format": "op-locatie",
        "duration": "1 avond van 3 uur",
        "study_load": "3",
        "trainers": ["ruud"],
        "prices": FREE_FOR_VOLUNTEERS,
        "learning_goals": _goals(
            "U merkt wanneer u een oordeel hebt, en u zet het even opzij.",
            "U laat stiltes vallen en geeft de ander de tijd.",
            "U weet wat u zegt als u niet weet wat u moet zeggen.",
        ),
        "body": _body(
            "Voor maatjes, vrijwilligers van het Burennetwerk en de thuishulp. En voor iedereen "
            "die vaak gesprekken heeft met mensen die het moeilijk hebben.",
            "Een avond met korte uitleg en veel oefenen. U werkt in drietallen: een verteller, "
            "een luisteraar en iemand die kijkt. Daarna wisselt u.",
            _quote(
                "Ik wilde altijd meteen helpen. Nu weet ik dat luisteren vaak al genoeg is.",
                "Kofi",
                "maatje in Nobelhorst",
            ),
        ),
        "editions": [
            {
                "in": 12,
                "day": 3,
                "time": ("19:00", "22:00"),
                "sessions": 1,
                "where": "nobelhorst",
                "capacity": 12,
                "state": "full",
                "waiting": 3,
                "accounts": [("vrijwilliger", "wait")],
            },
            {
                "in": 54,
                "day": 3,
                "time": ("19:00", "22:00"),
                "sessions": 1,
                "where": "schakel",
                "capacity": 14,
                "state": "open",
                "taken": 4,
            },
        ],
    },
    {
        "slug": "omgaan-met-eenzaamheid",
        "title": "Omgaan met eenzaamheid: signalen zien en het gesprek aangaan",
        "intro": (
            "Eenzaamheid ziet u niet altijd aan de buitenkant. Leer de signalen herkennen en "
            "het gesprek erover te beginnen."
        ),
        "search_description": (
            "Training over eenzaamheid voor vrijwilligers en professionals in Almere. Signalen "
            "herkennen en het gesprek aangaan. Geaccrediteerd bij Registerplein en KR V&V."
        ),
        "image_label": "Eenzaamheid",
        "themes": ["eenzaamheid", "scholing"],
        "audiences": ["vrijwilligers", "professionals"],
        "format": "blended",
        "duration": "2 bijeenkomsten van 3 uur en een online opdracht",
        "study_load": "9",
        "trainers": ["ruud"],
        "prices": {**FREE_FOR_VOLUNTEERS, "professional": 9500},
        "accreditations": [
            ("Registerplein", "RP-2026-51077", "8"),
            ("KR V&V", "KRVV-317744", "6"),
        ],
        "learning_goals": _goals(
            "U kent de verschillende vormen van eenzaamheid.",
            "U herkent signalen bij ouderen, jongeren en nieuwkomers.",
            "U begint een gesprek over eenzaamheid zonder dat iemand zich schaamt.",
            "U weet naar wie u kunt doorverwijzen in Almere.",
        ),
        "body": _body(
            "Voor vrijwilligers die veel mensen thuis bezoeken. En voor professionals in zorg "
            "en welzijn, zoals wijkverpleegkundigen en medewerkers van het wijkteam.",
            "In de eerste bijeenkomst gaat het over wat eenzaamheid is. Thuis maakt u een korte "
            "online opdracht. In de tweede bijeenkomst oefent u gesprekken en maakt u een kaart "
            "van de hulp in uw wijk.",
            _faq(
                (
                    "Hoeveel punten krijg ik?",
                    "Registerplein geeft 8 punten. Het Kwaliteitsregister V&V geeft 6 punten. U "
                    "krijgt de punten als u bij beide bijeenkomsten was en de opdracht deed.",
                ),
            ),
        ),
        "editions": [
            {
                "in": 20,
                "day": 1,
                "time": ("13:00", "16:00"),
                "sessions": 2,
                "every": 14,
                "where": "lindehof",
                "online": [],
                "capacity": 18,
                "state": "nearly_full",
                "free": 2,
                "accounts": [("professional", "place")],
            },
            {
                "in": 88,
                "day": 1,
                "time": ("13:00", "16:00"),
                "sessions": 2,
                "every": 14,
                "where": "regenboog",
                "capacity": 18,
                "state": "open",
                "taken": 5,
            },
        ],
    },
    {
        "slug": "verlies-en-rouw",
        "title": "Verlies en rouw: er zijn voor een ander",
        "intro": (
            "Iemand die u helpt, verliest een partner of een vriend. Hoe gaat u daarmee om? "
            "U leert wat rouw met mensen doet en wat u kunt doen."
        ),
        "search_description": (
            "Gratis training voor vrijwilligers over verlies en rouw. Wat doet rouw met mensen "
            "en hoe bent u er voor een ander?"
        ),
        "image_label": "Rouw",
        "themes": ["scholing", "eenzaamheid"],
        "audiences": ["vrijwilligers", "mantelzorgers"],
        "format": "op-locatie",
        "duration": "2 bijeenkomsten van 2,5 uur",
        "study_load": "5",
        "trainers": ["ruud"],
        "prices": FREE_FOR_VOLUNTEERS,
        "learning_goals": _goals(
            "U weet dat iedereen op een eigen manier rouwt.",
            "U durft te vragen naar de persoon die er niet meer is.",
            "U let ook op uw eigen gevoelens.",
        ),
        "body": _body(
            "Voor vrijwilligers en mantelzorgers die te maken krijgen met verlies. Bij de mensen "
            "die ze helpen, of in hun eigen leven.",
            "We praten in een kleine groep. Er is ruimte voor eigen ervaringen, maar u hoeft "
            "niets te vertellen wat u niet wilt.",
        ),
        "editions": [
            {
                "in": 33,
                "day": 0,
                "time": ("14:00", "16:30"),
                "sessions": 2,
                "every": 7,
                "where": "werf",
                "capacity": 10,
                "state": "open",
                "taken": 4,
            },
        ],
    },
    # -- Mantelzorg -------------------------------------------------------
    {
        "slug": "in-balans-voor-mantelzorgers",
        "title": "In balans: goed voor uzelf zorgen als mantelzorger",
        "intro": (
            "U zorgt voor een ander. Maar wie zorgt er voor u? In vier bijeenkomsten ontdekt u "
            "hoe u de zorg volhoudt, zonder uzelf te vergeten."
        ),
        "search_description": (
            "In balans: gratis cursus voor mantelzorgers in Almere. Leer grenzen aangeven, hulp "
            "vragen en tijd voor uzelf nemen."
        ),
        "image_label": "In balans",
        "themes": ["mantelzorg-ondersteunen", "respijtzorg", "scholing"],
        "audiences": ["mantelzorgers"],
        "format": "op-locatie",
        "duration": "4 bijeenkomsten van 2 uur",
        "study_load": "8",
        "trainers": ["anouk"],
        "prices": {"mantelzorger": 0, "vrijwilliger": 0},
        "ask_dietary": True,
        "learning_goals": _goals(
            "U ziet op tijd dat de zorg u te zwaar wordt.",
            "U vraagt hulp aan familie, buren of vrijwilligers.",
            "U weet welke hulp er is in Almere, zoals respijtzorg.",
            "U plant tijd voor uzelf, en houdt die vast.",
        ),
        "body": _body(
            "Voor mantelzorgers die zorgen voor een partner, ouder of kind. Het maakt niet uit "
            "hoe lang u al zorgt.",
            "Elke keer staat één onderwerp centraal. U deelt ervaringen met andere "
            "mantelzorgers en krijgt tips om thuis te proberen. Er is koffie, thee en een "
            "lunch. Kunt u niet weg omdat u zorgt? Vraag ons naar respijtzorg.",
            _quote(
                "Ik dacht dat ik de enige was die soms boos werd. Dat was niet zo. Dat gaf "
                "zoveel rust.",
                "Ria",
                "mantelzorger in Almere Haven",
            ),
            who_heading="Voor wie is deze cursus?",
        ),
        "editions": [
            {
                "in": 14,
                "day": 4,
                "time": ("10:00", "12:00"),
                "sessions": 4,
                "every": 7,
                "where": "werf",
                "capacity": 12,
                "state": "open",
                "taken": 6,
                "accounts": [("mantelzorger", "place")],
            },
            {
                "in": 70,
                "day": 4,
                "time": ("10:00", "12:00"),
                "sessions": 4,
                "every": 7,
                "where": "leeszaal",
                "capacity": 12,
                "state": "open",
                "taken": 2,
            },
        ],
    },
    {
        "slug": "nah-voor-mantelzorgers",
        "title": "Leven met NAH: voor mantelzorgers",
        "intro": (
            "Uw naaste heeft niet-aangeboren hersenletsel (NAH), bijvoorbeeld na een beroerte of "
            "een ongeluk. U leert wat NAH is en hoe u ermee omgaat."
        ),
        "search_description": (
            "Cursus over niet-aangeboren hersenletsel (NAH) voor mantelzorgers en "
            "professionals in Almere. Gratis voor mantelzorgers. Geaccrediteerd bij KR V&V."
        ),
        "image_label": "NAH",
        "themes": ["mantelzorg-ondersteunen", "lotgenotencontact", "scholing"],
        "audiences": ["mantelzorgers", "professionals"],
        "format": "op-locatie",
        "duration": "3 bijeenkomsten van 2,5 uur",
        "study_load": "8",
        "trainers": ["anouk"],
        "prices": {"mantelzorger": 0, "vrijwilliger": 0, "professional": 4500},
        "accreditations": [("KR V&V", "KRVV-322091", "7")],
        "learning_goals": _goals(
            "U weet wat hersenletsel doet met iemands gedrag, energie en emoties.",
            "U begrijpt beter waarom uw naaste soms anders reageert dan vroeger.",
            "U leert rust en structuur te brengen in de dag.",
            "U weet waar u terechtkunt met vragen.",
        ),
        "body": _body(
            "Voor partners, ouders, kinderen en vrienden van iemand met NAH. Ook professionals "
            "die mensen met NAH begeleiden zijn welkom.",
            "Een ervaringsdeskundige vertelt over haar leven na een hersenbloeding. Daarna "
            "bespreken we situaties die u thuis meemaakt. U krijgt een werkboek mee.",
            who_heading="Voor wie is deze cursus?",
        ),
        "editions": [
            {
                "in": 11,
                "day": 2,
                "time": ("19:00", "21:30"),
                "sessions": 3,
                "every": 7,
                "where": "lindehof",
                "capacity": 10,
                "state": "offer",
                "waiting": 2,
                "accounts": [("mantelzorger", "offer")],
            },
            {
                "in": 95,
                "day": 2,
                "time": ("19:00", "21:30"),
                "sessions": 3,
                "every": 7,
                "where": "regenboog",
                "capacity": 12,
                "state": "open",
                "taken": 1,
            },
        ],
    },
    {
        "slug": "omgaan-met-dementie",
        "title": "Omgaan met dementie",
        "intro": (
            "Steeds meer mensen in Almere hebben dementie. U leert wat dementie is en hoe u "
            "rustig en duidelijk contact maakt."
        ),
        "search_description": (
            "Gratis training over dementie voor vrijwilligers en mantelzorgers in Almere. Drie "
            "bijeenkomsten. Ook voor professionals, met punten bij KR V&V."
        ),
        "image_label": "Dementie",
        "themes": ["dementie", "scholing"],
        "audiences": ["vrijwilligers", "mantelzorgers", "professionals"],
        "format": "op-locatie",
        "duration": "3 bijeenkomsten van 2 uur",
        "study_load": "6",
        "trainers": ["ruud", "gloria"],
        "prices": {**FREE_FOR_VOLUNTEERS, "professional": 4500},
        "accreditations": [("KR V&V", "KRVV-309158", "6")],
        "learning_goals": _goals(
            "U weet wat dementie is en hoe het iemand verandert.",
            "U praat rustig en duidelijk met iemand met dementie.",
            "U weet wat u doet als iemand boos of bang wordt.",
            "U zorgt ook goed voor uzelf.",
        ),
        "body": _body(
            "Voor vrijwilligers die mensen met dementie tegenkomen in het buurthuis, bij de "
            "sportclub of als maatje. En voor mantelzorgers.",
            "Trainer Ruud Hoekstra zorgde zelf jarenlang voor zijn vader met dementie. Hij "
            "vertelt eerlijk wat hij leerde. U oefent met korte situaties. U krijgt ook een "
            "kaartje met tips voor in uw portemonnee.",
        ),
        "editions": [
            {
                "in": -35,
                "day": 0,
                "time": ("19:00", "21:00"),
                "sessions": 3,
                "every": 7,
                "where": "kantoor",
                "capacity": 20,
                "state": "past",
                "taken": 15,
                "accounts": [("vrijwilliger", "place")],
            },
            {
                "in": 27,
                "day": 0,
                "time": ("19:00", "21:00"),
                "sessions": 3,
                "every": 7,
                "where": "nobelhorst",
                "capacity": 20,
                "state": "open",
                "taken": 11,
            },
            {
                "in": 82,
                "day": 3,
                "time": ("10:00", "12:00"),
                "sessions": 3,
                "every": 7,
                "where": "lindehof",
                "capacity": 16,
                "state": "open",
                "taken": 2,
            },
        ],
    },
    {
        "slug": "mantelzorg-en-werk",
        "title": "Mantelzorg en werk combineren",
        "intro": (
            "U werkt en u zorgt voor iemand. Dat is veel. In deze online cursus krijgt u tips "
            "om werk en zorg beter te combineren."
        ),
        "search_description": (
            "Online cursus voor werkende mantelzorgers: werk en zorg combineren. Gratis voor "
            "mantelzorgers in Almere. Twee avonden."
        ),
        "image_label": "Mantelzorg en werk",
        "themes": ["mantelzorg-ondersteunen", "werk-en-mantelzorg", "scholing"],
        "audiences": ["mantelzorgers"],
        "format": "online",
        "duration": "2 online avonden van 1,5 uur",
        "study_load": "3",
        "trainers": ["anouk"],
        "prices": {"mantelzorger": 0, "vrijwilliger": 0},
        "ask_accessibility": False,
        "learning_goals": _goals(
            "U weet welke regelingen er zijn, zoals zorgverlof.",
            "U bereidt een gesprek met uw leidinggevende voor.",
            "U maakt een plan voor drukke weken.",
        ),
        "body": _body(
            "Voor mantelzorgers met een baan. Of die weer aan het werk willen.",
            "U doet mee vanaf uw eigen computer of telefoon. U krijgt een link per e-mail. Na "
            "de eerste avond krijgt u een opdracht: een gesprek voorbereiden met uw werkgever.",
            who_heading="Voor wie is deze cursus?",
        ),
        "editions": [
            {
                "in": 18,
                "day": 1,
                "time": ("20:00", "21:30"),
                "sessions": 2,
                "every": 7,
                "where": "online",
                "capacity": 20,
                "state": "open",
                "taken": 7,
            },
            {
                "in": 60,
                "day": 1,
                "time": ("20:00", "21:30"),
                "sessions": 2,
                "every": 7,
                "where": "online",
                "capacity": 20,
                "state": "open",
                "taken": 1,
            },
        ],
    },
    {
        "slug": "jonge-mantelzorgers-herkennen",
        "title": "Jonge mantelzorgers herkennen en steunen",
        "intro": (
            "Eén op de vijf jongeren zorgt thuis voor iemand. Vaak ziet niemand het. U leert de "
            "signalen herkennen en het gesprek aan te gaan."
        ),
        "search_description": (
            "Training voor leerkrachten, jeugdwerkers en professionals: jonge mantelzorgers "
            "herkennen en steunen. Geaccrediteerd bij SKJ."
        ),
        "image_label": "Jonge mantelzorgers",
        "themes": ["jonge-mantelzorgers"],
        "audiences": ["professionals", "organisaties"],
        "format": "op-locatie",
        "duration": "1 middag van 3,5 uur",
        "study_load": "4",
        "trainers": ["anouk"],
        "prices": {"organisatie": 0, "vrijwilliger": 0, "professional": 4500},
        "accreditations": [("SKJ", "SKJ-2026-11843", "4")],
        "learning_goals": _goals(
            "U herkent signalen van jonge mantelzorgers op school en in de vrije tijd.",
            "U voert een gesprek waarin de jongere zich gezien voelt.",
            "U weet wat VMCA en andere organisaties in Almere kunnen bieden.",
        ),
        "body": _body(
            "Voor leerkrachten, mentoren, jeugdwerkers, sportcoaches en medewerkers van het "
            "wijkteam.",
            "Twee jonge mantelzorgers vertellen hun verhaal. Daarna oefent u gesprekken en "
            "maakt u een plan voor uw eigen school of organisatie.",
        ),
        "editions": [
            {
                "in": 30,
                "day": 2,
                "time": ("13:00", "16:30"),
                "sessions": 1,
                "where": "poort",
                "capacity": 16,
                "state": "open",
                "taken": 5,
            },
        ],
    },
    {
        "slug": "er-zijn-in-de-laatste-levensfase",
        "title": "Er zijn in de laatste levensfase",
        "intro": (
            "Iemand is ernstig ziek en gaat sterven. Hoe bent u er dan voor die persoon en de "
            "familie? Een training over palliatieve zorg voor vrijwilligers en zorgprofessionals."
        ),
        "search_description": (
            "Training palliatieve zorg voor vrijwilligers en zorgprofessionals in Almere. "
            "Geaccrediteerd bij KR V&V en voor BIG-geregistreerden."
        ),
        "image_label": "Laatste levensfase",
        "themes": ["scholing", "mantelzorg-ondersteunen"],
        "audiences": ["vrijwilligers", "professionals"],
        "format": "op-locatie",
        "duration": "3 bijeenkomsten van 3 uur",
        "study_load": "12",
        "trainers": ["gloria"],
        "prices": {**FREE_FOR_VOLUNTEERS, "professional": 9500},
        "accreditations": [
            ("KR V&V", "KRVV-320566", "9"),
            ("BIG", "GAIA-512078", "9"),
        ],
        "ask_motivation": True,
        "ask_dietary": True,
        "learning_goals": _goals(
            "U weet wat er gebeurt in de laatste levensfase.",
            "U praat open over ziekte, angst en afscheid.",
            "U steunt ook de familie en de mantelzorger.",
            "U zorgt goed voor uzelf na een zware dienst.",
        ),
        "body": _body(
            "Voor vrijwilligers van de Intensieve Vrijwillige Thuishulp en voor "
            "verpleegkundigen en verzorgenden in Almere.",
            "Trainer Gloria Martina was jaren verpleegkundige. Ze vertelt over wat zij "
            "meemaakte. Een arts legt uit wat er lichamelijk gebeurt. U oefent gesprekken met "
            "elkaar.",
        ),
        "editions": [
            {
                "in": 24,
                "day": 3,
                "time": ("18:30", "21:30"),
                "sessions": 3,
                "every": 7,
                "where": "lindehof",
                "capacity": 14,
                "state": "open",
                "taken": 6,
                "accounts": [("professional", "place")],
            },
        ],
    },
    {
        "slug": "basistraining-vrijwillige-thuishulp",
        "title": "Basistraining Intensieve Vrijwillige Thuishulp",
        "intro": (
            "U gaat als vrijwilliger bij iemand thuis om de mantelzorger even te ontlasten. "
            "Deze training bereidt u goed voor."
        ),
        "search_description": (
            "Verplichte basistraining voor nieuwe vrijwilligers van de Intensieve Vrijwillige "
            "Thuishulp van VMCA Almere. Gratis."
        ),
        "image_label": "Thuishulp",
        "themes": ["respijtzorg", "mantelzorg-ondersteunen", "scholing"],
        "audiences": ["vrijwilligers"],
        "format": "blended",
        "duration": "3 bijeenkomsten van 2,5 uur en 2 online modules",
        "study_load": "12",
        "trainers": ["gloria"],
        "prices": FREE_FOR_VOLUNTEERS,
        "ask_motivation": True,
        "learning_goals": _goals(
            "U weet wat u wel en niet doet als vrijwilliger in de thuishulp.",
            "U gaat goed om met privacy en geheimhouding.",
            "U weet wat u doet als er thuis iets misgaat.",
        ),
        "body": _body(
            "Voor nieuwe vrijwilligers van de Intensieve Vrijwillige Thuishulp. U volgt deze "
            "training in uw eerste drie maanden.",
            "U hebt drie bijeenkomsten op ons kantoor. Daartussen maakt u twee korte online "
            "modules, wanneer het u uitkomt. De tweede bijeenkomst is online.",
        ),
        "editions": [
            {
                "in": 37,
                "day": 0,
                "time": ("13:30", "16:00"),
                "sessions": 3,
                "every": 7,
                "where": "kantoor",
                "online": [2],
                "capacity": 12,
                "state": "nearly_full",
                "free": 1,
            },
        ],
    },
    # -- Grenzen, veiligheid, eerste hulp ----------------------------------
    {
        "slug": "grenzen-stellen",
        "title": "Grenzen stellen: vriendelijk nee zeggen",
        "intro": (
            "U wilt graag helpen. Maar soms vraagt iemand te veel. In deze training oefent u "
            "hoe u vriendelijk en duidelijk nee zegt."
        ),
        "search_description": (
            "Gratis training grenzen stellen voor vrijwilligers en mantelzorgers in Almere. "
            "Oefen met vriendelijk en duidelijk nee zeggen."
        ),
        "image_label": "Grenzen",
        "themes": ["scholing"],
        "audiences": ["vrijwilligers", "mantelzorgers"],
        "format": "op-locatie",
        "duration": "2 bijeenkomsten van 2,5 uur",
        "study_load": "5",
        "trainers": ["shanti"],
        "prices": FREE_FOR_VOLUNTEERS,
        "learning_goals": _goals(
            "U merkt eerder wanneer iets over uw grens gaat.",
            "U zegt nee zonder zich schuldig te voelen.",
            "U maakt vooraf afspraken, zodat er minder misgaat.",
        ),
        "body": _body(
            "Voor vrijwilligers en mantelzorgers die merken dat ze moeilijk nee kunnen zeggen.",
            "We oefenen met situaties die u kent. Een vrijwilliger die steeds vaker gebeld "
            "wordt. Een mantelzorger die nooit vrij heeft. U bedenkt samen zinnen die u "
            "meteen kunt gebruiken.",
            _quote(
                "Nee zeggen tegen iets, is ja zeggen tegen mezelf. Die zin hangt nu op mijn "
                "koelkast.",
                "Fatima",
                "vrijwilliger bij een Vriendenkring",
            ),
        ),
        "editions": [
            {
                "in": 6,
                "day": 3,
                "time": ("19:30", "22:00"),
                "sessions": 2,
                "every": 7,
                "where": "leeszaal",
                "capacity": 12,
                "state": "open",
                "taken": 7,
                "accounts": [("vrijwilliger", "place")],
            },
            {
                "in": 48,
                "day": 1,
                "time": ("10:00", "12:30"),
                "sessions": 2,
                "every": 7,
                "where": "pampushout",
                "capacity": 12,
                "state": "open",
                "taken": 2,
            },
        ],
    },
    {
        "slug": "eerste-hulp-voor-vrijwilligers",
        "title": "Eerste hulp voor vrijwilligers: de basis",
        "intro": (
            "Iemand valt, verslikt zich of wordt onwel. Wat doet u? In deze training leert u de "
            "belangrijkste eerste hulp, stap voor stap."
        ),
        "search_description": (
            "Basistraining eerste hulp voor vrijwilligers in Almere. Wondverzorging, verslikken, "
            "onwel worden en 112 bellen. Gratis."
        ),
        "image_label": "Eerste hulp",
        "themes": ["scholing"],
        "audiences": ["vrijwilligers", "organisaties"],
        "format": "op-locatie",
        "duration": "1 dag van 6 uur, met lunch",
        "study_load": "6",
        "trainers": ["jeroen"],
        "prices": FREE_FOR_VOLUNTEERS,
        "ask_dietary": True,
        "learning_goals": _goals(
            "U weet hoe u eerst zorgt voor uw eigen veiligheid.",
            "U helpt bij een wond, een brandwond en bij verslikken.",
            "U herkent een beroerte en een hartaanval.",
            "U belt 112 en weet wat u dan zegt.",
        ),
        "body": _body(
            "Voor vrijwilligers in buurthuizen, sportclubs en bij activiteiten voor ouderen. "
            "U hoeft geen ervaring te hebben.",
            "U oefent veel op elkaar en op een pop. Een lotusslachtoffer speelt echte "
            "situaties na. Het is geen officieel EHBO-diploma, maar u krijgt wel een bewijs "
            "van deelname.",
            _faq(
                (
                    "Is dit een EHBO-diploma?",
                    "Nee. Het is een korte basistraining. Wilt u een diploma halen? Vraag ons naar "
                    "een erkende cursus.",
                ),
                (
                    "Moet ik iets meenemen?",
                    "Draag makkelijke kleren. U zit soms op de grond. De lunch is geregeld.",
                ),
            ),
        ),
        "editions": [
            {
                "in": 19,
                "day": 5,
                "time": ("09:30", "15:30"),
                "sessions": 1,
                "where": "schakel",
                "capacity": 14,
                "state": "full",
                "waiting": 4,
            },
            {
                "in": 61,
                "day": 5,
                "time": ("09:30", "15:30"),
                "sessions": 1,
                "where": "regenboog",
                "capacity": 14,
                "state": "open",
                "taken": 8,
            },
            {
                "in": 110,
                "day": 5,
                "time": ("09:30", "15:30"),
                "sessions": 1,
                "where": "pampushout",
                "capacity": 14,
                "state": "open",
                "taken": 0,
            },
        ],
    },
    {
        "slug": "reanimeren-en-aed",
        "title": "Reanimeren en de AED gebruiken",
        "intro": (
            "Bij een hartstilstand telt elke minuut. In twee uur leert u reanimeren en een AED "
            "gebruiken."
        ),
        "search_description": (
            "Korte training reanimatie en AED voor vrijwilligers in Almere. Twee uur oefenen op "
            "een pop. Gratis."
        ),
        "image_label": "Reanimatie",
        "themes": ["scholing", "buurt-en-ontmoeting"],
        "audiences": ["vrijwilligers", "organisaties"],
        "format": "op-locatie",
        "duration": "1 bijeenkomst van 2 uur",
        "study_load": "2",
        "trainers": ["jeroen"],
        "prices": FREE_FOR_VOLUNTEERS,
        "learning_goals": _goals(
            "U herkent een hartstilstand.",
            "U geeft borstcompressies en beademing.",
            "U gebruikt een AED zonder angst.",
        ),
        "body": _body(
            "Voor iedereen die wil kunnen helpen bij een hartstilstand. In het buurthuis, op de "
            "sportclub of op straat.",
            "Na een korte uitleg oefent u vooral. Iedereen werkt met een eigen oefenpop. Aan "
            "het eind oefent u een hele situatie, met AED.",
        ),
        "editions": [
            {
                "in": 8,
                "day": 1,
                "time": ("19:30", "21:30"),
                "sessions": 1,
                "where": "pampushout",
                "capacity": 10,
                "state": "nearly_full",
                "free": 1,
            },
            {
                "in": 43,
                "day": 1,
                "time": ("19:30", "21:30"),
                "sessions": 1,
                "where": "werf",
                "capacity": 10,
                "state": "full",
                "waiting": 2,
            },
        ],
    },
    {
        "slug": "signalen-huiselijk-geweld",
        "title": "Signalen van huiselijk geweld herkennen",
        "intro": (
            "Huiselijk geweld gebeurt vaak achter de voordeur. U leert signalen herkennen en "
            "weet wat u kunt doen, ook als vrijwilliger."
        ),
        "search_description": (
            "Training huiselijk geweld en de meldcode voor professionals en vrijwilligers in "
            "Almere. Geaccrediteerd bij SKJ en Registerplein."
        ),
        "image_label": "Veilig thuis",
        "themes": ["scholing"],
        "audiences": ["professionals", "vrijwilligers"],
        "format": "blended",
        "duration": "1 online les van 1,5 uur en 1 bijeenkomst van 3 uur",
        "study_load": "6",
        "trainers": ["hasan"],
        "prices": {**FREE_FOR_VOLUNTEERS, "professional": 9500},
        "accreditations": [
            ("SKJ", "SKJ-2026-12307", "5"),
            ("Registerplein", "RP-2026-49930", "5"),
        ],
        "learning_goals": _goals(
            "U herkent signalen van huiselijk geweld en kindermishandeling.",
            "U kent de stappen van de meldcode.",
            "U weet wat u als vrijwilliger wel en niet doet.",
            "U weet wie u in Almere om advies kunt vragen.",
        ),
        "body": _body(
            "Voor professionals die met de meldcode werken en voor vrijwilligers die bij mensen "
            "thuis komen.",
            "Eerst volgt u een online les over de signalen. In de bijeenkomst bespreken we "
            "voorbeelden en oefent u een gesprek. Een medewerker van Veilig Thuis vertelt wat er "
            "gebeurt na een melding.",
        ),
        "editions": [
            {
                "in": 26,
                "day": 3,
                "time": ("13:00", "16:00"),
                "sessions": 2,
                "every": 7,
                "where": "kantoor",
                "online": [1],
                "capacity": 20,
                "state": "open",
                "taken": 12,
            },
            {
                "in": 90,
                "day": 3,
                "time": ("13:00", "16:00"),
                "sessions": 2,
                "every": 7,
                "where": "poort",
                "online": [1],
                "capacity": 20,
                "state": "cancelled",
                "taken": 3,
            },
        ],
    },
    # -- Organisaties en coördinatoren --------------------------------------
    {
        "slug": "vacatureteksten-schrijven",
        "title": "Vacatureteksten die werken",
        "intro": (
            "Een goede vacaturetekst trekt de juiste vrijwilliger. U leert een tekst schrijven "
            "die kort, duidelijk en uitnodigend is."
        ),
        "search_description": (
            "Online workshop voor organisaties: schrijf een vacaturetekst voor vrijwilligers die "
            "werkt. Gratis voor organisaties in Almere."
        ),
        "image_label": "Vacatures",
        "themes": ["organisaties-en-coordinatoren", "vrijwilligerswerk-vinden"],
        "audiences": ["organisaties"],
        "format": "online",
        "duration": "1 online workshop van 2 uur",
        "study_load": "3",
        "trainers": ["kasia"],
        "prices": FREE_FOR_VOLUNTEERS,
        "ask_accessibility": False,
        "learning_goals": _goals(
            "U schrijft vanuit de vrijwilliger: wat levert het op?",
            "U schrijft in eenvoudige taal, op B1-niveau.",
            "U kiest een titel die opvalt.",
        ),
        "body": _body(
            "Voor coördinatoren en bestuursleden die vrijwilligers zoeken.",
            "Neem een vacature mee waar u nu mee bezig bent. Na de uitleg herschrijft u die "
            "tekst. U krijgt tips van de trainer en van de andere deelnemers.",
        ),
        "editions": [
            {
                "in": 13,
                "day": 1,
                "time": ("10:00", "12:00"),
                "sessions": 1,
                "where": "online",
                "capacity": 20,
                "state": "open",
                "taken": 9,
            },
            {
                "in": 57,
                "day": 1,
                "time": ("10:00", "12:00"),
                "sessions": 1,
                "where": "online",
                "capacity": 20,
                "state": "open",
                "taken": 2,
            },
        ],
    },
    {
        "slug": "fondsenwerving-kleine-stichtingen",
        "title": "Fondsenwerving voor kleine stichtingen",
        "intro": (
            "U hebt een goed plan, maar geen geld. In deze training leert u hoe u een fonds "
            "vindt en een sterke aanvraag schrijft."
        ),
        "search_description": (
            "Training fondsenwerving voor kleine stichtingen en vrijwilligersorganisaties in "
            "Almere. Fondsen vinden en een aanvraag schrijven."
        ),
        "image_label": "Fondsenwerving",
        "themes": ["organisaties-en-coordinatoren"],
        "audiences": ["organisaties"],
        "format": "blended",
        "duration": "2 bijeenkomsten van 2,5 uur, waarvan 1 online",
        "study_load": "8",
        "trainers": ["marloes"],
        "prices": {**FREE_FOR_VOLUNTEERS, "professional": 4500},
        "ask_motivation": True,
        "learning_goals": _goals(
            "U vindt fondsen die passen bij uw plan.",
            "U schrijft een aanvraag met een duidelijke begroting.",
            "U weet wat een fonds wil horen na afloop.",
        ),
        "body": _body(
            "Voor bestuurders en vrijwilligers van kleine stichtingen en verenigingen in Almere.",
            "De eerste bijeenkomst is online: u zoekt samen naar fondsen. In de tweede "
            "bijeenkomst schrijft u een deel van uw aanvraag. Marloes leest mee en geeft tips.",
        ),
        "editions": [
            {
                "in": 21,
                "day": 2,
                "time": ("19:00", "21:30"),
                "sessions": 2,
                "every": 14,
                "where": "schakel",
                "online": [1],
                "capacity": 14,
                "state": "open",
                "taken": 5,
            },
        ],
    },
    {
        "slug": "masterclass-vrijwilligers-werven-en-behouden",
        "title": "Masterclass: vrijwilligers werven en behouden",
        "intro": (
            "Hoe vindt u nieuwe vrijwilligers, en hoe zorgt u dat ze blijven? Een masterclass "
            "voor ervaren coördinatoren."
        ),
        "search_description": (
            "Masterclass voor vrijwilligerscoördinatoren in Almere: werven en behouden van "
            "vrijwilligers. Geaccrediteerd bij Registerplein."
        ),
        "image_label": "Masterclass",
        "themes": ["organisaties-en-coordinatoren"],
        "audiences": ["organisaties", "professionals"],
        "format": "op-locatie",
        "duration": "2 middagen van 3,5 uur",
        "study_load": "10",
        "trainers": ["kasia"],
        "prices": {"organisatie": 0, "vrijwilliger": 0, "professional": 9500},
        "accreditations": [("Registerplein", "RP-2026-50412", "7")],
        "ask_dietary": True,
        "learning_goals": _goals(
            "U kent de nieuwste kennis over vrijwillige inzet.",
            "U maakt een wervingsplan voor uw organisatie.",
            "U voert goede begin-, tussen- en eindgesprekken.",
        ),
        "body": _body(
            "Voor coördinatoren met minstens twee jaar ervaring. Van zorg, welzijn, sport en "
            "cultuur.",
            "Korte inleidingen, veel uitwisseling. U werkt aan een echte vraag uit uw eigen "
            "organisatie. Tussen de twee middagen probeert u iets uit.",
            who_heading="Voor wie is deze masterclass?",
        ),
        "editions": [
            {
                "in": 34,
                "day": 3,
                "time": ("13:00", "16:30"),
                "sessions": 2,
                "every": 14,
                "where": "kantoor",
                "capacity": 16,
                "state": "nearly_full",
                "free": 2,
            },
        ],
    },
    {
        "slug": "masterclass-het-lastige-gesprek",
        "title": "Masterclass: het lastige gesprek met een vrijwilliger",
        "intro": (
            "Een vrijwilliger houdt zich niet aan afspraken of past niet meer bij het werk. Hoe "
            "voert u dat gesprek? Een masterclass met een trainingsacteur."
        ),
        "search_description": (
            "Masterclass voor coördinatoren: lastige gesprekken met vrijwilligers voeren. Met "
            "trainingsacteur. Almere."
        ),
        "image_label": "Masterclass",
        "themes": ["organisaties-en-coordinatoren"],
        "audiences": ["organisaties", "professionals"],
        "format": "op-locatie",
        "duration": "1 middag van 4 uur",
        "study_load": "4",
        "trainers": ["kasia", "ruud"],
        "prices": {"organisatie": 0, "vrijwilliger": 0, "professional": 4500},
        "learning_goals": _goals(
            "U bereidt een lastig gesprek goed voor.",
            "U blijft rustig als de ander boos wordt.",
            "U maakt duidelijke afspraken en legt ze vast.",
        ),
        "body": _body(
            "Voor coördinatoren en teamleiders die met vrijwilligers werken.",
            "U brengt een situatie uit uw eigen werk in. Een trainingsacteur speelt de "
            "vrijwilliger. U oefent, krijgt tips, en probeert het opnieuw.",
            who_heading="Voor wie is deze masterclass?",
        ),
        "editions": [
            {
                "in": 45,
                "day": 1,
                "time": ("13:00", "17:00"),
                "sessions": 1,
                "where": "schakel",
                "capacity": 8,
                "state": "full",
                "waiting": 2,
            },
        ],
    },
    {
        "slug": "masterclass-vrijwilligersbeleid",
        "title": "Masterclass: vrijwilligersbeleid in één middag",
        "intro": (
            "Hebt u geen vrijwilligersbeleid, of is het oud? In één middag maakt u de basis "
            "voor een beleid dat past bij uw organisatie."
        ),
        "search_description": (
            "Masterclass voor kleine organisaties: schrijf in één middag de basis van uw "
            "vrijwilligersbeleid. Gratis voor organisaties in Almere."
        ),
        "image_label": "Masterclass",
        "themes": ["organisaties-en-coordinatoren"],
        "audiences": ["organisaties"],
        "format": "op-locatie",
        "duration": "1 middag van 3 uur",
        "study_load": "4",
        "trainers": ["kasia"],
        "prices": FREE_FOR_VOLUNTEERS,
        "learning_goals": _goals(
            "U weet wat er in een vrijwilligersbeleid hoort.",
            "U regelt de VOG, verzekering en onkostenvergoeding.",
            "U gaat naar huis met een eerste opzet.",
        ),
        "body": _body(
            "Voor besturen en coördinatoren van kleine organisaties.",
            "U krijgt een voorbeeld en een invulformat. Samen met andere organisaties vult u "
            "het in. Kasia beantwoordt uw vragen.",
            who_heading="Voor wie is deze masterclass?",
        ),
        "editions": [
            {
                "in": 66,
                "day": 3,
                "time": ("14:00", "17:00"),
                "sessions": 1,
                "where": "kantoor",
                "capacity": 14,
                "state": "open",
                "taken": 3,
            },
        ],
    },
    {
        "slug": "social-media-voor-kleine-stichtingen",
        "title": "Social media voor kleine stichtingen",
        "intro": (
            "Meer mensen bereiken met weinig tijd en zonder budget. U leert welke berichten "
            "werken op Facebook en Instagram."
        ),
        "search_description": (
            "Online training social media voor kleine stichtingen en vrijwilligersorganisaties "
            "in Almere. Berichten maken die werken."
        ),
        "image_label": "Social media",
        "themes": ["organisaties-en-coordinatoren", "vrijwilligerswerk-vinden"],
        "audiences": ["organisaties", "vrijwilligers"],
        "format": "online",
        "duration": "2 online bijeenkomsten van 1,5 uur",
        "study_load": "4",
        "trainers": ["dewi"],
        "prices": FREE_FOR_VOLUNTEERS,
        "ask_accessibility": False,
        "learning_goals": _goals(
            "U kiest het kanaal dat past bij uw doelgroep.",
            "U maakt een goede foto en schrijft een korte tekst erbij.",
            "U maakt een eenvoudige planning voor een maand.",
        ),
        "body": _body(
            "Voor vrijwilligers en coördinatoren die de social media van hun stichting doen.",
            "U doet mee vanaf uw eigen laptop of telefoon. Tussen de twee bijeenkomsten plaatst "
            "u een bericht. In de tweede bijeenkomst bespreken we de resultaten.",
        ),
        "editions": [
            {
                "in": 15,
                "day": 2,
                "time": ("19:30", "21:00"),
                "sessions": 2,
                "every": 7,
                "where": "online",
                "capacity": 20,
                "state": "open",
                "taken": 13,
            },
            {
                "in": 78,
                "day": 2,
                "time": ("19:30", "21:00"),
                "sessions": 2,
                "every": 7,
                "where": "online",
                "capacity": 20,
                "state": "open",
                "taken": 0,
            },
        ],
    },
    {
        "slug": "privacy-en-avg",
        "title": "Privacy en de AVG voor vrijwilligersorganisaties",
        "intro": (
            "Welke gegevens van vrijwilligers en deelnemers mag u bewaren? En hoe lang? Een "
            "praktische online training over de AVG."
        ),
        "search_description": (
            "Online training privacy en AVG voor vrijwilligersorganisaties in Almere. Praktisch "
            "en zonder juridische taal."
        ),
        "image_label": "Privacy",
        "themes": ["organisaties-en-coordinatoren"],
        "audiences": ["organisaties"],
        "format": "online",
        "duration": "1 online bijeenkomst van 2 uur",
        "study_load": "2",
        "trainers": ["kasia"],
        "prices": FREE_FOR_VOLUNTEERS,
        "ask_accessibility": False,
        "learning_goals": _goals(
            "U weet welke gegevens u mag vragen en bewaren.",
            "U maakt een eenvoudige privacyverklaring.",
            "U weet wat u doet bij een datalek.",
        ),
        "body": _body(
            "Voor coördinatoren en bestuursleden van vrijwilligersorganisaties.",
            "Een korte uitleg in gewone taal, met voorbeelden uit kleine organisaties. Daarna "
            "is er veel tijd voor uw eigen vragen.",
        ),
        "editions": [
            {
                "in": 29,
                "day": 0,
                "time": ("19:30", "21:30"),
                "sessions": 1,
                "where": "online",
                "capacity": 20,
                "state": "open",
                "taken": 6,
            },
        ],
    },
    {
        "slug": "jonge-vrijwilligers-begeleiden",
        "title": "Jonge vrijwilligers begeleiden",
        "intro": (
            "Jongeren willen best vrijwilligerswerk doen, maar op hun eigen manier. U leert hoe "
            "u jonge vrijwilligers vindt en begeleidt."
        ),
        "search_description": (
            "Training voor organisaties: jonge vrijwilligers vinden, begeleiden en houden. "
            "Gratis voor organisaties in Almere."
        ),
        "image_label": "Jongeren",
        "themes": ["organisaties-en-coordinatoren", "vrijwilligerswerk-vinden"],
        "audiences": ["organisaties", "jongeren"],
        "format": "op-locatie",
        "duration": "1 middag van 3 uur",
        "study_load": "3",
        "trainers": ["kasia"],
        "prices": FREE_FOR_VOLUNTEERS,
        "learning_goals": _goals(
            "U weet wat jongeren zoeken in vrijwilligerswerk.",
            "U maakt korte klussen die passen bij jongeren.",
            "U geeft feedback op een manier die werkt.",
        ),
        "body": _body(
            "Voor coördinatoren die meer jongeren willen betrekken. Bijvoorbeeld via een "
            "maatschappelijke diensttijd.",
            "Drie jonge vrijwilligers schuiven aan. Zij vertellen wat hen motiveert. Daarna "
            "maakt u een plan voor uw organisatie.",
        ),
        "editions": [
            {
                "in": 52,
                "day": 2,
                "time": ("14:00", "17:00"),
                "sessions": 1,
                "where": "poort",
                "capacity": 14,
                "state": "open",
                "taken": 4,
            },
        ],
    },
    # -- Inclusie en digitale hulp ------------------------------------------
    {
        "slug": "werken-met-vrijwilligers-met-een-beperking",
        "title": "Werken met vrijwilligers met een beperking",
        "intro": (
            "Iedereen kan iets betekenen. U leert hoe u vrijwilligerswerk geschikt maakt voor "
            "mensen met een lichamelijke, verstandelijke of psychische beperking."
        ),
        "search_description": (
            "Training voor organisaties en professionals: werken met vrijwilligers met een "
            "beperking. Geaccrediteerd bij Registerplein. Almere."
        ),
        "image_label": "Iedereen doet mee",
        "themes": ["organisaties-en-coordinatoren", "vrijwilligerswerk-vinden"],
        "audiences": ["organisaties", "professionals"],
        "format": "op-locatie",
        "duration": "2 bijeenkomsten van 3 uur",
        "study_load": "8",
        "trainers": ["hasan"],
        "prices": {"organisatie": 0, "vrijwilliger": 0, "professional": 4500},
        "accreditations": [("Registerplein", "RP-2026-50876", "6")],
        "ask_dietary": True,
        "learning_goals": _goals(
            "U kijkt naar wat iemand kan, niet naar wat iemand niet kan.",
            "U past een taak aan, zodat meer mensen mee kunnen doen.",
            "U werkt goed samen met begeleiders en zorgorganisaties.",
        ),
        "body": _body(
            "Voor coördinatoren van vrijwilligersorganisaties en voor begeleiders in de zorg "
            "die cliënten helpen aan vrijwilligerswerk.",
            "Vrijwilligers met een beperking vertellen wat hen helpt. U bekijkt uw eigen "
            "vacatures en maakt ze toegankelijker. Tussen de bijeenkomsten gaat u op bezoek "
            "bij een andere organisatie.",
            _quote(
                "Ik werk nu twee ochtenden in de keuken van het buurthuis. Ze legden het me "
                "rustig uit, met foto's. Nu kan ik het zelf.",
                "Dennis",
                "vrijwilliger in Almere Buiten",
            ),
        ),
        "editions": [
            {
                "in": 38,
                "day": 1,
                "time": ("13:30", "16:30"),
                "sessions": 2,
                "every": 14,
                "where": "regenboog",
                "capacity": 14,
                "state": "open",
                "taken": 6,
            },
        ],
    },
    {
        "slug": "contact-over-culturen-heen",
        "title": "Contact over culturen heen",
        "intro": (
            "In Almere wonen mensen uit meer dan 150 landen. U leert hoe u goed contact maakt "
            "met mensen die anders denken of doen dan u."
        ),
        "search_description": (
            "Gratis training voor vrijwilligers: contact maken met mensen uit andere culturen. "
            "Almere, op locatie."
        ),
        "image_label": "Samen",
        "themes": ["buurt-en-ontmoeting", "scholing"],
        "audiences": ["vrijwilligers"],
        "format": "op-locatie",
        "duration": "2 bijeenkomsten van 2,5 uur",
        "study_load": "5",
        "trainers": ["hasan", "shanti"],
        "prices": FREE_FOR_VOLUNTEERS,
        "learning_goals": _goals(
            "U ziet hoe uw eigen achtergrond uw kijk bepaalt.",
            "U stelt vragen uit nieuwsgierigheid, niet uit een oordeel.",
            "U gaat goed om met misverstanden.",
        ),
        "body": _body(
            "Voor taalmaatjes, buddy's van nieuwkomers en andere vrijwilligers in de wijk.",
            "We werken met korte filmpjes en echte voorbeelden. U praat met mensen met een "
            "andere achtergrond over wat zij in Almere meemaakten.",
        ),
        "editions": [
            {
                "in": 31,
                "day": 4,
                "time": ("13:30", "16:00"),
                "sessions": 2,
                "every": 7,
                "where": "poort",
                "capacity": 14,
                "state": "open",
                "taken": 5,
            },
        ],
    },
    {
        "slug": "ouderen-digitaal-helpen",
        "title": "Ouderen helpen met hun telefoon en computer",
        "intro": (
            "Veel ouderen willen graag beeldbellen of hun bankzaken online doen. U leert hoe "
            "u geduldig en veilig helpt."
        ),
        "search_description": (
            "Training voor vrijwilligers die ouderen helpen met telefoon, tablet en computer. "
            "DigiD, beeldbellen en veilig internetten."
        ),
        "image_label": "Digitaal",
        "themes": ["scholing", "eenzaamheid"],
        "audiences": ["vrijwilligers"],
        "format": "op-locatie",
        "duration": "2 bijeenkomsten van 2 uur",
        "study_load": "4",
        "trainers": ["dewi"],
        "prices": FREE_FOR_VOLUNTEERS,
        "learning_goals": _goals(
            "U legt iets uit in kleine stappen, zonder vaktaal.",
            "U laat de ander zelf de knoppen indrukken.",
            "U herkent oplichting, zoals valse berichten van de bank.",
            "U vraagt nooit naar wachtwoorden of pincodes.",
        ),
        "body": _body(
            "Voor vrijwilligers van het digitale spreekuur, maatjes en buurtvrijwilligers.",
            "Neem uw eigen telefoon mee. U oefent in tweetallen: de een helpt, de ander speelt "
            "een oudere die het spannend vindt. U krijgt een handige kaart met stappen mee.",
        ),
        "editions": [
            {
                "in": -28,
                "day": 2,
                "time": ("10:00", "12:00"),
                "sessions": 2,
                "every": 7,
                "where": "leeszaal",
                "capacity": 12,
                "state": "past",
                "taken": 10,
            },
            {
                "in": 22,
                "day": 2,
                "time": ("10:00", "12:00"),
                "sessions": 2,
                "every": 7,
                "where": "werf",
                "capacity": 12,
                "state": "full",
                "waiting": 3,
            },
            {
                "in": 64,
                "day": 2,
                "time": ("10:00", "12:00"),
                "sessions": 2,
                "every": 7,
                "where": "nobelhorst",
                "capacity": 12,
                "state": "open",
                "taken": 4,
            },
        ],
    },
    {
        "slug": "eerste-hulp-bij-geldzorgen",
        "title": "Eerste hulp bij geldzorgen",
        "intro": (
            "Iemand durft de post niet meer open te maken. U leert signalen van geldzorgen "
            "herkennen en weet waar iemand terechtkan."
        ),
        "search_description": (
            "Gratis training voor vrijwilligers: signalen van geldzorgen herkennen en "
            "doorverwijzen in Almere."
        ),
        "image_label": "Geldzorgen",
        "themes": ["geldzaken-en-administratie", "scholing"],
        "audiences": ["vrijwilligers", "mantelzorgers"],
        "format": "op-locatie",
        "duration": "1 avond van 2,5 uur",
        "study_load": "3",
        "trainers": ["wim"],
        "prices": FREE_FOR_VOLUNTEERS,
        "learning_goals": _goals(
            "U herkent signalen van geldzorgen.",
            "U begint het gesprek over geld zonder iemand te beschamen.",
            "U weet welke hulp er is in Almere, zoals het administratief spreekuur.",
        ),
        "body": _body(
            "Voor vrijwilligers die bij mensen thuis komen of veel contact hebben in de wijk.",
            "Wim vertelt wat er gebeurt als schulden groeien. U oefent een gesprek en maakt "
            "een lijstje met adressen voor hulp.",
        ),
        "editions": [
            {
                "in": 10,
                "day": 0,
                "time": ("19:30", "22:00"),
                "sessions": 1,
                "where": "regenboog",
                "capacity": 16,
                "state": "open",
                "taken": 10,
            },
            {
                "in": 73,
                "day": 0,
                "time": ("19:30", "22:00"),
                "sessions": 1,
                "where": "lindehof",
                "capacity": 16,
                "state": "open",
                "taken": 1,
            },
        ],
    },
    {
        "slug": "startbijeenkomst-maatjes",
        "title": "Starttraining voor maatjes",
        "intro": (
            "U wordt maatje van iemand die er alleen voor staat. In deze starttraining leert u "
            "wat u kunt verwachten en hoe u een goede start maakt."
        ),
        "search_description": (
            "Starttraining voor nieuwe maatjes van het Maatjesproject van VMCA Almere. Gratis."
        ),
        "image_label": "Maatjes",
        "themes": ["eenzaamheid", "buurt-en-ontmoeting"],
        "audiences": ["vrijwilligers"],
        "format": "op-locatie",
        "duration": "1 avond van 2,5 uur",
        "study_load": "3",
        "trainers": ["shanti"],
        "prices": FREE_FOR_VOLUNTEERS,
        "ask_motivation": True,
        "learning_goals": _goals(
            "U weet wat een maatje wel en niet doet.",
            "U maakt goede afspraken bij het eerste bezoek.",
            "U weet bij wie u terechtkunt met vragen.",
        ),
        "body": _body(
            "Voor nieuwe maatjes, voordat ze aan hun eerste koppeling beginnen.",
            "Ervaren maatjes vertellen over hun eerste keer. U bespreekt wat u spannend "
            "vindt. Aan het eind weet u wat de volgende stap is.",
        ),
        "editions": [
            {
                "in": 17,
                "day": 3,
                "time": ("19:30", "22:00"),
                "sessions": 1,
                "where": "schakel",
                "capacity": 12,
                "state": "open",
                "taken": 5,
            },
            {
                "in": 59,
                "day": 3,
                "time": ("19:30", "22:00"),
                "sessions": 1,
                "where": "nobelhorst",
                "capacity": 12,
                "state": "open",
                "taken": 0,
            },
        ],
    },
]
