"""A small wegwijzer for tests: who you care for, your age (a young-carer branch), a
balance check, what would help, and the wijk."""

from tests import factories as f


def answer(label, key, themes=(), audiences=(), offers=(), next_question="", **extra):
    return {
        "label": label,
        "key": key,
        "themes": list(themes),
        "audiences": list(audiences),
        "offers": [offer.pk for offer in offers],
        "age_from": extra.get("age_from"),
        "age_to": extra.get("age_to"),
        "next_question": next_question,
    }


def choice(key, question, answers, multiple=False, help_text=""):
    return (
        "vraag",
        {
            "key": key,
            "question": question,
            "help_text": help_text,
            "multiple": multiple,
            "answers": answers,
        },
    )


def wijk_question(key="wijk", next_question=""):
    return (
        "wijk",
        {
            "key": key,
            "question": "In welke wijk woont u?",
            "help_text": "",
            "next_question": next_question,
        },
    )


def band(min_score, title, themes=(), offers=(), next_question=""):
    return {
        "min_score": min_score,
        "title": title,
        "text": f"Uitleg bij {title.lower()}.",
        "themes": list(themes),
        "audiences": [],
        "offers": [offer.pk for offer in offers],
        "next_question": next_question,
    }


def balance(key="balans", statements=3, bands=None):
    return (
        "balanscheck",
        {
            "key": key,
            "question": "Hoe zwaar is het?",
            "help_text": "",
            "statements": [f"Zin {number}" for number in range(1, statements + 1)],
            "source": "Eigen zinnen",
            "bands": bands
            or [band(0, "Het gaat goed"), band(2, "Het is zwaar", themes=["respijt"])],
        },
    )


def standard_path(heavy_offer=None):
    """voor-wie → jong (ja: school → resultaat-tak; nee: balans) → hulp → wijk."""
    return [
        choice(
            "voor-wie",
            "Voor wie zorgt u?",
            [
                answer("Mijn ouder", "ouder", themes=["informatie"]),
                answer("Mijn kind", "kind", themes=["informatie"]),
            ],
        ),
        choice(
            "jong",
            "Bent u jonger dan 25?",
            [
                answer(
                    "Ja",
                    "ja",
                    themes=["jong"],
                    audiences=["jongeren"],
                    age_to=24,
                    next_question="school",
                ),  # fmt: skip
                answer("Nee", "nee", age_from=25, next_question="balans"),
            ],
        ),
        choice(
            "school",
            "Gaat het goed op school?",
            [
                answer("Ja", "ja", next_question="wijk"),
                answer("Nee", "nee", themes=["praten"], next_question="wijk"),
            ],
        ),  # fmt: skip
        balance(
            bands=[
                band(0, "Het gaat goed"),
                band(
                    2,
                    "Het is zwaar",
                    themes=["respijt"],
                    offers=[heavy_offer] if heavy_offer else (),
                ),  # fmt: skip
            ]
        ),
        choice(
            "hulp",
            "Wat helpt u het meest?",
            [
                answer("Even rust", "rust", themes=["respijt"]),
                answer("Praten met anderen", "praten", themes=["praten"]),
            ],
            multiple=True,
        ),
        wijk_question(),
    ]


def wegwijzer(parent=None, questions=None, publish_it=True, **fields):
    from guide.models import WegwijzerPage

    fields.setdefault("title", "Wegwijzer")
    fields.setdefault("slug", "wegwijzer")
    fields.setdefault("result_intro", "Dit past bij u.")
    return f.add_page(
        parent or f.home_page(),
        WegwijzerPage,
        publish_it=publish_it,
        questions=f.stream(*(questions if questions is not None else standard_path())),
        **fields,
    )


def themes():
    """The themes the standard path names."""
    return {
        slug: f.theme(name, slug=slug)
        for slug, name in [
            ("informatie", "Informatie en advies"),
            ("jong", "Jonge mantelzorgers"),
            ("respijt", "Even rust"),
            ("praten", "Lotgenoten"),
        ]
    }
