"""The young carers' wegwijzer 'Ik ben jong en zorg thuis' (/jong-en-zorg/): four short
questions and the wijk, in very plain words. Built by guide.demo_wegwijzer.

It speaks to children and teenagers, so it says "je" on purpose: the one Dutch text on
the site that does (tests/cms/test_voice.py and the demo check leave it out for that).
"""

from .demo_wegwijzer import (
    COACH,
    HOMEWORK,
    YOUNG_CARERS_SLUG,
    YOUNG_PEER_GROUP,
    YOUTH_EVENING,
    t,
    young,
)
from .models.path_blocks import RESULT

JONG = {
    "slug": YOUNG_CARERS_SLUG,
    "slug_en": "young-and-caring",
    "title": t("Ik ben jong en zorg thuis", "I am young and I care at home"),
    "intro": t(
        "Zorg jij thuis voor iemand die ziek is of een beperking heeft? Dan ben je een jonge "
        "mantelzorger. Beantwoord vijf korte vragen. Dan zie je welke hulp er is.",
        "Do you help at home with someone who is ill or has a disability? Then you are a "
        "young carer. Answer five short questions and see what help there is.",
    ),
    "search_description": t(
        "Voor kinderen en jongeren die thuis zorgen: vind hulp in vijf korte vragen.",
        "For children and young people who care at home: find help in five short questions.",
    ),
    "result_intro": t(
        "Dit kan jou helpen. Je mag altijd bellen of mailen met vragen. Dat is gratis.",
        "This could help you. You can always call or e-mail with questions. It is free.",
    ),
    "callback_intro": t(
        "Wil je dat iemand je belt? Een medewerker van VMCA belt je binnen twee werkdagen. "
        "Je hoeft niets voor te bereiden.",
        "Would you like someone to call you? Someone from VMCA will call you within two "
        "working days. You do not need to prepare anything.",
    ),
    "questions": [
        {
            "type": "vraag",
            "key": "voor-wie",
            "question": t("Voor wie zorg je?", "Who do you care for?"),
            "help_text": "",
            "multiple": False,
            "answers": [
                young("ouder", t("Mijn vader of moeder", "My father or mother")),
                young("broer-zus", t("Mijn broer of zus", "My brother or sister")),
                young("opa-oma", t("Mijn opa of oma", "My grandfather or grandmother")),
                young("ander", t("Iemand anders", "Someone else")),
            ],
        },
        {
            "type": "vraag",
            "key": "wat",
            "question": t("Wat doe je thuis?", "What do you do at home?"),
            "help_text": t("Je mag meer dan één antwoord kiezen.", "You may choose more than one."),
            "multiple": True,
            "answers": [
                young(
                    "huishouden",
                    t("Koken, schoonmaken of boodschappen", "Cooking, cleaning or shopping"),
                    themes=["praktische-hulp"],
                ),
                young(
                    "verzorgen",
                    t(
                        "Helpen met wassen, aankleden of medicijnen",
                        "Helping with washing, dressing or medicines",
                    ),
                ),
                young(
                    "oppassen",
                    t(
                        "Op mijn broertjes of zusjes passen",
                        "Looking after my younger brothers or sisters",
                    ),
                ),
                young(
                    "troosten",
                    t(
                        "Er zijn als iemand verdrietig of bang is",
                        "Being there when someone is sad or scared",
                    ),
                ),
            ],
        },
        {
            "type": "vraag",
            "key": "school",
            "question": t("Hoe gaat het op school?", "How is school going?"),
            "help_text": "",
            "multiple": False,
            "answers": [
                young("goed", t("Goed", "Fine")),
                young("soms-lastig", t("Soms lastig", "Sometimes hard"), offers=[HOMEWORK]),
                young(
                    "moeilijk",
                    t("Moeilijk. Ik ben vaak moe of te laat.", "Hard. I am often tired or late."),
                    offers=[HOMEWORK, COACH],
                ),
                young(
                    "geen-school",
                    t("Ik ga niet meer naar school", "I do not go to school any more"),
                ),
            ],
        },
        {
            "type": "vraag",
            "key": "fijn",
            "question": t("Wat zou je fijn vinden?", "What would you like?"),
            "help_text": t("Je mag meer dan één antwoord kiezen.", "You may choose more than one."),
            "multiple": True,
            "answers": [
                young(
                    "praten",
                    t("Praten met iemand die het snapt", "Talking to someone who gets it"),
                    themes=["informatie-en-advies"],
                    offers=[COACH],
                ),
                young(
                    "anderen",
                    t(
                        "Andere jongeren ontmoeten die ook zorgen",
                        "Meeting other young people who also care",
                    ),
                    themes=["lotgenotencontact"],
                    offers=[YOUNG_PEER_GROUP, YOUTH_EVENING],
                ),
                young(
                    "vrij",
                    t("Even vrij zijn van de zorg", "Some time off from caring"),
                    themes=["respijtzorg"],
                ),
                young("school", t("Hulp bij school", "Help with school"), offers=[HOMEWORK]),
            ],
        },
        {
            "type": "wijk",
            "key": "wijk",
            "question": t("Waar woon je?", "Where do you live?"),
            "help_text": t(
                "Dan zie je hulp bij jou in de buurt.",
                "Then you see help near you.",
            ),
            "next_question": RESULT,
        },
    ],
}
