"""The demo wegwijzers: 'Wegwijzer voor mantelzorgers' (/wegwijzer/) and the young carers'
version 'Ik ben jong en zorg thuis' (/jong-en-zorg/, its texts in guide/demo_jong.py),
each with an English copy, linked from the home pages (not from the main menu: one more
item there would wrap it onto a second row on a laptop screen).

Run by guide.demo.GuideDemoBuilder after the sociale kaart, because answers name offers.
Every text is written twice, `t(Dutch, English)`; the keys of questions and answers are
the same in both languages, so a link means the same walk in either. Every answer has an
explicit key: the admin form makes one from the label, but demo data skips the form.

The balance check is written in the shape of the EDIZ-plus (Movisie): statements on time
for yourself, combining care with work or family, always having to be available, care
that does not let go, conflicts, health and pressure, scored ja / een beetje = 1 point.
The sentences are our own, not the instrument's; the page names it as the inspiration.

Safe to run again: a page that already exists under the home page (by slug) is left
alone, as is an English copy that already exists.
"""

import json
import uuid

from wagtail.models import Locale, Page, Site

from .models import SupportOfferPage, WegwijzerPage
from .models.path_blocks import RESULT

# The demo home pages link to these made-up addresses (cms/demo/content.py); the builder
# points those links at the wegwijzer pages once they exist.
HOME_LINK_PLACEHOLDERS = {
    "wegwijzer": "https://www.example.org/wegwijzer-mantelzorg",
    "jong-en-zorg": "https://www.example.org/jong-en-zorg",
}
# The young carers' version says "je"; every other Dutch page says "u".
YOUNG_CARERS_SLUG = "jong-en-zorg"

YOUNG_THEME = "jonge-mantelzorgers"
YOUNG_AGE_TO = 24


def t(dutch, english):
    """A demo text in Dutch and English."""
    return (dutch, english)


def answer(key, label, themes=(), audiences=(), offers=(), age_from=None, age_to=None,
           next_question=""):  # fmt: skip
    return {
        "key": key,
        "label": label,
        "themes": list(themes),
        "audiences": list(audiences),
        "offers": list(offers),  # titles of Dutch demo offers
        "age_from": age_from,
        "age_to": age_to,
        "next_question": next_question,
    }


def young(key, label, themes=(), offers=(), next_question=""):
    """An answer in the young carers' path: always for young people up to 24."""
    return answer(
        key, label, themes=[YOUNG_THEME, *themes], audiences=["jongeren"], offers=offers,
        age_to=YOUNG_AGE_TO, next_question=next_question,
    )  # fmt: skip


def band(min_score, title, text, themes=(), offers=(), next_question=""):
    return {
        "min_score": min_score,
        "title": title,
        "text": text,
        "themes": list(themes),
        "audiences": [],
        "offers": list(offers),
        "next_question": next_question,
    }


CONSULENT = "Gesprek met een mantelzorgconsulent"
RESPITE = "Respijtzorg regelen met VMCA"
PEER_GROUP = "Lotgenotengroep mantelzorgers"
YOUNG_PEER_GROUP = "Lotgenotengroep jonge mantelzorgers"
WORK_HOUR = "Spreekuur werk en mantelzorg"
WORK_WORKSHOP = "Workshop: praten met uw werkgever"
HOMEWORK = "Huiswerkhulp voor jonge mantelzorgers"
COACH = "Coach voor jonge mantelzorgers"
YOUTH_EVENING = "Jongerenavond voor jonge mantelzorgers"

CARERS = "mantelzorgers"

# Wegwijzer voor mantelzorgers ----------------------------------------------------------

WEGWIJZER = {
    "slug": "wegwijzer",
    "slug_en": "guide-for-carers",
    "title": t("Wegwijzer voor mantelzorgers", "Guide for carers"),
    "intro": t(
        "Zorgt u voor iemand? Beantwoord een paar korte vragen. Dan ziet u welke hulp bij u "
        "past. Het duurt ongeveer vijf minuten. U hoeft uw naam niet te geven.",
        "Are you caring for someone? Answer a few short questions and see which support fits "
        "you. It takes about five minutes. You do not have to give your name.",
    ),
    "search_description": t(
        "Vind hulp en steun als mantelzorger in Almere, in een paar korte vragen.",
        "Find help and support as a carer in Almere, in a few short questions.",
    ),
    "result_intro": t(
        "Dit is hulp die bij uw antwoorden past. Diensten van VMCA staan bovenaan. Twijfelt "
        "u, of wilt u liever praten? Bel ons gerust, of vraag hieronder of wij u bellen.",
        "This is support that fits your answers. VMCA's own services come first. Not sure, "
        "or would you rather talk? Call us, or ask us below to call you.",
    ),
    "callback_intro": t(
        "Een mantelzorgconsulent van VMCA belt u binnen twee werkdagen terug. Het gesprek "
        "is gratis. Wij gebruiken uw gegevens alleen om u te bellen.",
        "A carer support worker from VMCA will call you back within two working days. The "
        "call is free. We only use your details to call you.",
    ),
    "questions": [
        {
            "type": "vraag",
            "key": "voor-wie",
            "question": t("Voor wie zorgt u?", "Who do you care for?"),
            "help_text": t(
                "Kies de persoon voor wie u het meest zorgt.",
                "Choose the person you care for most.",
            ),
            "multiple": False,
            "answers": [
                answer("partner", t("Mijn partner", "My partner"), audiences=[CARERS]),
                answer(
                    "ouder", t("Mijn vader of moeder", "My father or mother"), audiences=[CARERS]
                ),
                answer("kind", t("Mijn kind", "My child"), audiences=[CARERS]),
                answer(
                    "ander",
                    t(
                        "Iemand anders, zoals een buur of vriend",
                        "Someone else, like a neighbour or friend",
                    ),
                    audiences=[CARERS],
                ),
            ],
        },
        {
            "type": "vraag",
            "key": "soort-zorg",
            "question": t("Wat voor zorg geeft u?", "What kind of care do you give?"),
            "help_text": t("U mag meer dan één antwoord kiezen.", "You may choose more than one."),
            "multiple": True,
            "answers": [
                answer(
                    "huishouden",
                    t("Huishouden en boodschappen", "Housework and shopping"),
                    themes=["praktische-hulp"],
                ),
                answer(
                    "verzorging",
                    t(
                        "Wassen, aankleden of medicijnen geven",
                        "Washing, dressing or giving medicines",
                    ),
                    themes=["praktische-hulp", "scholing"],
                ),
                answer(
                    "toezicht",
                    t(
                        "Erbij zijn en opletten, ook 's nachts",
                        "Being there and keeping an eye out, also at night",
                    ),
                    themes=["respijtzorg"],
                ),
                answer(
                    "geheugen",
                    t(
                        "Zorg voor iemand die veel vergeet of dementie heeft",
                        "Care for someone who forgets a lot or has dementia",
                    ),
                    themes=["dementie"],
                ),
                answer(
                    "regelen",
                    t(
                        "Regelen: afspraken, post en geldzaken",
                        "Arranging things: appointments, post and money",
                    ),
                    themes=["geldzaken-en-administratie"],
                ),
                answer(
                    "gezelschap",
                    t("Gezelschap en een luisterend oor", "Company and a listening ear"),
                ),
            ],
        },
        {
            "type": "vraag",
            "key": "leeftijd",
            "question": t("Bent u jonger dan 25 jaar?", "Are you younger than 25?"),
            "help_text": t(
                "Voor jonge mantelzorgers is er extra hulp.",
                "There is extra help for young carers.",
            ),
            "multiple": False,
            "answers": [
                answer(
                    "ja",
                    t("Ja", "Yes"),
                    themes=[YOUNG_THEME],
                    audiences=["jongeren"],
                    age_to=YOUNG_AGE_TO,
                    next_question="school",
                ),
                answer("nee", t("Nee", "No"), age_from=25, next_question="werk"),
            ],
        },
        # The young carers' branch.
        {
            "type": "vraag",
            "key": "school",
            "question": t(
                "Merkt u op school, studie of werk dat u thuis zorgt?",
                "Do you notice at school, college or work that you care at home?",
            ),
            "help_text": t(
                "Bijvoorbeeld: u bent vaak moe, of u heeft weinig tijd voor huiswerk.",
                "For example: you are often tired, or you have little time for homework.",
            ),
            "multiple": False,
            "answers": [
                answer(
                    "ja",
                    t("Ja, vaak", "Yes, often"),
                    themes=[YOUNG_THEME],
                    offers=[HOMEWORK],
                    age_to=YOUNG_AGE_TO,
                ),
                answer("soms", t("Soms", "Sometimes"), themes=[YOUNG_THEME], age_to=YOUNG_AGE_TO),
                answer("nee", t("Nee", "No"), age_to=YOUNG_AGE_TO),
            ],
        },
        {
            "type": "vraag",
            "key": "praten",
            "question": t(
                "Wilt u praten met iemand die het begrijpt?",
                "Would you like to talk to someone who understands?",
            ),
            "help_text": "",
            "multiple": False,
            "answers": [
                answer(
                    "jongeren",
                    t(
                        "Ja, met andere jongeren die ook zorgen",
                        "Yes, with other young people who also care",
                    ),
                    themes=[YOUNG_THEME, "lotgenotencontact"],
                    offers=[YOUNG_PEER_GROUP],
                    age_to=YOUNG_AGE_TO,
                ),
                answer(
                    "coach",
                    t("Ja, met een coach, alleen ik", "Yes, with a coach, just me"),
                    themes=[YOUNG_THEME, "informatie-en-advies"],
                    offers=[COACH],
                    age_to=YOUNG_AGE_TO,
                ),
                answer("nu-niet", t("Nu niet", "Not now"), age_to=YOUNG_AGE_TO),
            ],
        },
        # Everyone again: work.
        {
            "type": "vraag",
            "key": "werk",
            "question": t("Heeft u betaald werk?", "Do you have a paid job?"),
            "help_text": t(
                "Ook een bijbaan of werk als zzp'er telt mee.",
                "A side job or working for yourself counts too.",
            ),
            "multiple": False,
            "answers": [
                answer("ja", t("Ja", "Yes"), themes=["werk-en-mantelzorg"]),
                answer("nee", t("Nee", "No"), next_question="balans"),
            ],
        },
        {
            "type": "vraag",
            "key": "werkgever",
            "question": t(
                "Weet uw werkgever dat u mantelzorger bent?",
                "Does your employer know that you are a carer?",
            ),
            "help_text": t(
                "Veel werkgevers denken graag mee, bijvoorbeeld over andere werktijden.",
                "Many employers are happy to help, for example with different working hours.",
            ),
            "multiple": False,
            "answers": [
                answer(
                    "ja-goed",
                    t("Ja, en we hebben goede afspraken", "Yes, and we have good arrangements"),
                ),
                answer(
                    "ja-lastig",
                    t("Ja, maar het blijft lastig", "Yes, but it is still difficult"),
                    themes=["werk-en-mantelzorg"],
                    offers=[WORK_HOUR],
                ),
                answer(
                    "nee",
                    t("Nee, dat heb ik nog niet verteld", "No, I have not told them yet"),
                    themes=["werk-en-mantelzorg"],
                    offers=[WORK_WORKSHOP],
                ),
                answer(
                    "zelfstandig",
                    t("Ik werk voor mezelf", "I work for myself"),
                    themes=["werk-en-mantelzorg"],
                ),
            ],
        },
        {
            "type": "balanscheck",
            "key": "balans",
            "question": t("Hoe zwaar is het?", "How heavy is it?"),
            "help_text": t(
                "Lees elke zin. Kies wat het beste past bij de laatste weken.",
                "Read each sentence. Choose what fits the last few weeks best.",
            ),
            "statements": [
                t(
                    "Ik kom bijna nooit toe aan dingen voor mezelf.",
                    "I hardly ever get round to things for myself.",
                ),
                t(
                    "De zorg samen met mijn werk of mijn gezin is me te veel.",
                    "Care together with my job or my family is too much for me.",
                ),
                t(
                    "Ik moet altijd klaarstaan, ook 's avonds en in het weekend.",
                    "I always have to be ready, in the evening and at weekends too.",
                ),
                t(
                    "Ook als ik niet aan het zorgen ben, denk ik er steeds aan.",
                    "Even when I am not caring, I keep thinking about it.",
                ),
                t(
                    "Over de zorg heb ik vaak onenigheid, met mijn naaste of met familie.",
                    "I often disagree about the care, with the person I care for or with family.",
                ),
                t(
                    "Ik slaap slechter of voel me minder gezond door de zorg.",
                    "I sleep worse or feel less healthy because of the care.",
                ),
                t(
                    "Ik voel me klem zitten: ik kan niet anders dan doorgaan.",
                    "I feel trapped: I have no choice but to carry on.",
                ),
            ],
            "source": t(
                "Vrij naar de EDIZ-plus (Movisie); eigen zinnen",
                "Loosely based on the EDIZ-plus (Movisie); our own sentences",
            ),
            "bands": [
                band(
                    0,
                    t("Het gaat redelijk", "Things are going fairly well"),
                    t(
                        "U houdt het goed vol. Blijf goed voor uzelf zorgen. Wacht niet te "
                        "lang met hulp vragen als het zwaarder wordt.",
                        "You are coping well. Keep looking after yourself, and do not wait too "
                        "long to ask for help if it gets heavier.",
                    ),
                    themes=["informatie-en-advies"],
                ),
                band(
                    3,
                    t("Het is soms zwaar", "It is sometimes heavy"),
                    t(
                        "U merkt dat de zorg veel vraagt. Praten met anderen die het kennen "
                        "helpt vaak. Een consulent van VMCA denkt graag met u mee.",
                        "You notice that caring asks a lot of you. Talking to others who know "
                        "what it is like often helps. A VMCA support worker is happy to help.",
                    ),
                    themes=["lotgenotencontact", "informatie-en-advies"],
                ),
                band(
                    6,
                    t("Het is zwaar", "It is heavy"),
                    t(
                        "De zorg kost u veel kracht. Neem dit serieus. Een ander kan de zorg "
                        "even overnemen, zodat u op adem komt. Bel ons: samen zoeken we wat "
                        "nu helpt.",
                        "Caring takes a lot of your strength. Take this seriously. Someone else "
                        "can take over for a while, so you can catch your breath. Call us and "
                        "we will find out together what helps now.",
                    ),
                    themes=["respijtzorg"],
                    offers=[CONSULENT, RESPITE],
                ),
            ],
        },
        {
            "type": "vraag",
            "key": "hulp",
            "question": t("Wat zou u het meest helpen?", "What would help you most?"),
            "help_text": t("U mag meer dan één antwoord kiezen.", "You may choose more than one."),
            "multiple": True,
            "answers": [
                answer(
                    "informatie",
                    t("Informatie en advies", "Information and advice"),
                    themes=["informatie-en-advies"],
                    offers=[CONSULENT],
                ),
                answer(
                    "praktisch",
                    t(
                        "Praktische hulp, zoals boodschappen of vervoer",
                        "Practical help, like shopping or transport",
                    ),
                    themes=["praktische-hulp"],
                ),
                answer(
                    "pauze",
                    t("Even vrij van de zorg", "A break from caring"),
                    themes=["respijtzorg"],
                ),
                answer(
                    "lotgenoten",
                    t("Contact met andere mantelzorgers", "Meeting other carers"),
                    themes=["lotgenotencontact"],
                    offers=[PEER_GROUP],
                ),
                answer(
                    "geld",
                    t("Hulp bij geld en papieren", "Help with money and paperwork"),
                    themes=["geldzaken-en-administratie"],
                ),
                answer(
                    "cursus",
                    t("Een cursus of training", "A course or training"),
                    themes=["scholing"],
                ),
            ],
        },
        {
            "type": "wijk",
            "key": "wijk",
            "question": t("In welke wijk woont u?", "Which part of Almere do you live in?"),
            "help_text": t(
                "Dan laten we hulp dichtbij zien. Hulp voor heel Almere ziet u altijd.",
                "Then we show help close to you. Help for all of Almere is always shown.",
            ),
            "next_question": RESULT,
        },
    ],
}


# Building ------------------------------------------------------------------------------


def _raw_id():
    return str(uuid.uuid4())


def _items(values):
    """A ListBlock's stored form."""
    return [{"type": "item", "value": value, "id": _raw_id()} for value in values]


def _text(value, language):
    if isinstance(value, tuple):
        return value[0] if language == "nl" else value[1]
    return value


class WegwijzerDemoBuilder:
    def __init__(self, admin, offer_index):
        self.admin = admin
        self.offer_index = offer_index
        self._offer_ids = None

    def build(self):
        home = Site.objects.get(is_default_site=True).root_page.specific
        english = Locale.objects.filter(language_code="en").first()
        pages = {}
        # Imported here: the young carers' texts (which say "je") use the helpers above.
        from .demo_jong import JONG

        for data in (WEGWIJZER, JONG):
            page = self._page(home, data)
            pages[data["slug"]] = page
            if english is not None:
                self._english(page, data, english)
        self._link_home_pages(pages)
        return pages

    # The path as stored -----------------------------------------------------------------

    def offer_id(self, title):
        if self._offer_ids is None:
            offers = SupportOfferPage.objects.child_of(self.offer_index)
            self._offer_ids = dict(offers.values_list("title", "pk"))
        return self._offer_ids[title]

    def _adds(self, item, language):
        return {
            "themes": item["themes"],
            "audiences": item["audiences"],
            "offers": _items(self.offer_id(title) for title in item["offers"]),
        }

    def _answer(self, item, language):
        return {
            "label": _text(item["label"], language),
            "key": item["key"],
            **self._adds(item, language),
            "age_from": item["age_from"],
            "age_to": item["age_to"],
            "next_question": item["next_question"],
        }

    def _band(self, item, language):
        return {
            "min_score": item["min_score"],
            "title": _text(item["title"], language),
            "text": _text(item["text"], language),
            **self._adds(item, language),
            "next_question": item["next_question"],
        }

    def _question(self, item, language):
        value = {
            "key": item["key"],
            "question": _text(item["question"], language),
            "help_text": _text(item["help_text"], language),
        }
        if item["type"] == "vraag":
            value["multiple"] = item["multiple"]
            value["answers"] = _items(self._answer(a, language) for a in item["answers"])
        elif item["type"] == "balanscheck":
            value["statements"] = _items(_text(s, language) for s in item["statements"])
            value["source"] = _text(item["source"], language)
            value["bands"] = _items(self._band(b, language) for b in item["bands"])
        else:
            value["next_question"] = item["next_question"]
        return {"type": item["type"], "value": value, "id": _raw_id()}

    def questions(self, data, language):
        return json.dumps([self._question(item, language) for item in data["questions"]])

    # Pages ------------------------------------------------------------------------------

    def _fill(self, page, data, language):
        page.title = page.draft_title = _text(data["title"], language)
        page.intro = _text(data["intro"], language)
        page.search_description = _text(data["search_description"], language)
        page.result_intro = _text(data["result_intro"], language)
        page.callback_intro = _text(data["callback_intro"], language)
        page.questions = self.questions(data, language)

    def _publish(self, page):
        page.save_revision(user=self.admin, log_action=False).publish(
            user=self.admin, log_action=False
        )

    def _page(self, home, data):
        existing = WegwijzerPage.objects.child_of(home).filter(slug=data["slug"]).first()
        if existing is not None:
            return existing
        page = WegwijzerPage(slug=data["slug"])
        self._fill(page, data, "nl")
        home.add_child(instance=page)
        self._publish(page)
        return page

    def _english(self, page, data, english):
        if page.get_translation_or_none(english) is not None:
            return
        copy = page.copy_for_translation(english, copy_parents=True, alias=False).specific
        copy.slug = data["slug_en"]
        self._fill(copy, data, "en")
        copy.save()
        self._publish(copy)

    # Links to the pages -----------------------------------------------------------------

    def _link_home_pages(self, pages):
        """Point the home pages' calls to action at the wegwijzers (in their language)."""
        home = Site.objects.get(is_default_site=True).root_page
        homes = [home, *home.get_translations()]
        urls = {url: pages[slug] for slug, url in HOME_LINK_PLACEHOLDERS.items()}
        for page in homes:
            page = page.specific
            raw = list(page.body.raw_data)
            changed = False
            for block in raw:
                value = block["value"]
                target = (
                    urls.get(value.get("url", "")) if block["type"] == "call_to_action" else None
                )
                if target is not None:
                    target = target.get_translation_or_none(page.locale) or target
                    value["page"], value["url"] = target.pk, ""
                    changed = True
            if changed:
                page.body = json.dumps(raw)
                self._publish(page)


def _slug_of(page_id):
    return Page.objects.filter(pk=page_id).values_list("slug", flat=True).first()
