"""The wegwijzer's anonymous counts: what a finished walk adds (and what it never does),
the month in Almere's time, the "< 5" rule, the report 'Wegwijzer in cijfers' and its
exports, and the live figure."""

import csv
import datetime as dt
import io
import threading
import zoneinfo
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.contrib.auth.models import Permission
from django.db import connection, connections
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from cms.figures import live_figure
from guide import counts
from guide.admin_counts import default_filters
from guide.models import AnswerCount, WegwijzerPage
from guide.wegwijzer import state
from tests import factories as f

pytestmark = pytest.mark.django_db
ALMERE = zoneinfo.ZoneInfo("Europe/Amsterdam")
UTC = dt.UTC
# A walk that answers every question: for an ouder, a break and contact with others, in
# Haven, a heavy balance check (two points).
FULL_WALK = "voor-wie=ouder&hulp=vrij&hulp=praten&wijk=haven&balans.1=ja&balans.2=beetje"


def answer(label, key, themes=(), next_question=""):
    return {
        "label": label,
        "key": key,
        "themes": list(themes),
        "audiences": [],
        "offers": [],
        "age_from": None,
        "age_to": None,
        "next_question": next_question,
    }


def band(min_score, title, themes=()):
    return {
        "min_score": min_score,
        "title": title,
        "text": f"Uitleg bij {title}.",
        "themes": list(themes),
        "audiences": [],
        "offers": [],
        "next_question": "",
    }


@pytest.fixture
def setting():
    """Two districts, three themes and a wegwijzer with a choice, a multiple choice, the
    wijk and a balance check."""
    f.wijk("Almere Haven", slug="haven")
    f.wijk("Almere Stad", slug="stad")
    f.theme("Even vrij", slug="respijt")
    f.theme("Lotgenoten", slug="lotgenoten")
    f.theme("Informatie", slug="informatie")
    page = wegwijzer()
    return page


def wegwijzer(title="Wegwijzer voor mantelzorgers", slug="wegwijzer"):
    questions = [
        {
            "type": "vraag",
            "value": {
                "key": "voor-wie",
                "question": "Voor wie zorgt u?",
                "help_text": "",
                "multiple": False,
                "answers": [
                    answer("Mijn vader of moeder", "ouder", ["informatie"]),
                    answer("Mijn kind", "kind", ["informatie"], next_question="wijk"),
                ],
            },
        },
        {
            "type": "vraag",
            "value": {
                "key": "hulp",
                "question": "Wat zou u helpen?",
                "help_text": "",
                "multiple": True,
                "answers": [
                    answer("Even vrij", "vrij", ["respijt"]),
                    answer("Praten met anderen", "praten", ["lotgenoten"]),
                    answer("Hulp met geld", "geld"),
                ],
            },
        },
        {
            "type": "wijk",
            "value": {
                "key": "wijk",
                "question": "In welke wijk woont u?",
                "help_text": "",
                "next_question": "",
            },
        },
        {
            "type": "balanscheck",
            "value": {
                "key": "balans",
                "question": "Hoe zwaar is het?",
                "help_text": "",
                "statements": ["Ik slaap slecht.", "Ik heb te weinig tijd voor mezelf."],
                "source": "",
                "bands": [band(0, "In balans"), band(2, "Zwaar", ["respijt"])],
            },
        },
    ]
    return f.add_page(f.home_page(), WegwijzerPage, title=title, slug=slug, questions=questions)


def walk(page, query):
    return state.walk_request(page, QueryDict(query))


def stored(page=None):
    rows = AnswerCount.objects.all() if page is None else AnswerCount.objects.filter(page=page)
    return {
        (row.month, row.district, row.question, row.answer): row.count
        for row in rows.order_by("question", "answer")
    }


def at(year, month, day, hour, minute=0, tz=ALMERE):
    return dt.datetime(year, month, day, hour, minute, tzinfo=tz)


# Recording ---------------------------------------------------------------------------


def test_a_finished_walk_counts_its_answers_needs_and_the_walk_itself(setting):
    page = setting
    walked = walk(page, FULL_WALK)
    assert walked.finished

    raised = counts.record_walk(page, walked, now=at(2026, 3, 10, 14))

    march = dt.date(2026, 3, 1)
    assert stored(page) == {
        (march, "haven", "_pad", "klaar"): 1,
        (march, "haven", "_thema", "informatie"): 1,
        (march, "haven", "_thema", "lotgenoten"): 1,
        (march, "haven", "_thema", "respijt"): 1,  # from an answer and the band: once
        (march, "haven", "balans", "vanaf-2"): 1,
        (march, "haven", "hulp", "praten"): 1,
        (march, "haven", "hulp", "vrij"): 1,
        (march, "haven", "voor-wie", "ouder"): 1,
        (march, "haven", "wijk", "haven"): 1,
    }
    assert raised == 9


def test_the_balance_statements_are_never_counted(setting):
    page = setting
    counts.record_walk(page, walk(page, FULL_WALK), now=at(2026, 3, 10, 14))
    answers = set(AnswerCount.objects.values_list("answer", flat=True))
    questions = set(AnswerCount.objects.values_list("question", flat=True))
    assert not answers & {"ja", "beetje", "nee"}
    assert not {q for q in questions if q.startswith("balans.")}


def test_a_second_walk_adds_one_and_elsewhere_counts_without_a_district(setting):
    page = setting
    now = at(2026, 3, 10, 14)
    counts.record_walk(page, walk(page, FULL_WALK), now=now)
    counts.record_walk(page, walk(page, FULL_WALK), now=now)
    counts.record_walk(
        page, walk(page, "voor-wie=kind&wijk=geen&balans.1=nee&balans.2=nee"), now=now
    )

    march = dt.date(2026, 3, 1)
    rows = stored(page)
    assert rows[(march, "haven", "_pad", "klaar")] == 2
    assert rows[(march, "haven", "voor-wie", "ouder")] == 2
    # "Elsewhere / rather not say": the answer "geen", and no district on its rows.
    assert rows[(march, "", "_pad", "klaar")] == 1
    assert rows[(march, "", "wijk", "geen")] == 1
    assert rows[(march, "", "balans", "vanaf-0")] == 1
    assert rows[(march, "", "voor-wie", "kind")] == 1
    assert (march, "", "hulp", "vrij") not in rows, "the kind answer skips that question"


def test_an_unfinished_walk_counts_nothing(setting):
    page = setting
    unfinished = walk(page, "voor-wie=ouder")
    assert not unfinished.finished
    assert counts.record_walk(page, unfinished, now=at(2026, 3, 10, 14)) == 0
    assert not AnswerCount.objects.exists()


def test_recording_takes_the_same_queries_for_a_short_and_a_long_walk(setting):
    page = setting
    now = at(2026, 3, 10, 14)

    def measure(query):
        walked = walk(page, query)
        with CaptureQueriesContext(connection) as queries:
            counts.record_walk(page, walked, now=now)
        return len(queries)

    short = measure("voor-wie=kind&wijk=geen&balans.1=nee&balans.2=nee")
    assert measure(FULL_WALK) == short


@pytest.mark.parametrize(
    ("moment", "month"),
    [
        # 23:30 UTC on 31 January is 00:30 on 1 February in Almere (winter time).
        (at(2026, 1, 31, 23, 30, tz=UTC), dt.date(2026, 2, 1)),
        (at(2026, 1, 31, 22, 59, tz=UTC), dt.date(2026, 1, 1)),
        # Summer time: 22:00 UTC on 31 July is midnight in Almere.
        (at(2026, 7, 31, 21, 59, tz=UTC), dt.date(2026, 7, 1)),
        (at(2026, 7, 31, 22, 0, tz=UTC), dt.date(2026, 8, 1)),
        # New Year's night: 23:30 UTC on 31 December counts for January.
        (at(2026, 12, 31, 23, 30, tz=UTC), dt.date(2027, 1, 1)),
    ],
)
def test_the_month_is_the_month_in_almere(setting, moment, month):
    page = setting
    counts.record_walk(page, walk(page, FULL_WALK), now=moment)
    assert set(AnswerCount.objects.values_list("month", flat=True)) == {month}


def test_a_row_another_request_made_first_is_raised_not_duplicated(setting):
    """The create race: the row exists already (another walk made it a moment ago)."""
    page = setting
    march = dt.date(2026, 3, 1)
    AnswerCount.objects.create(
        page=page, month=march, district="haven", question="_pad", answer="klaar", count=7
    )
    counts.record_walk(page, walk(page, FULL_WALK), now=at(2026, 3, 10, 14))
    assert stored(page)[(march, "haven", "_pad", "klaar")] == 8
    assert AnswerCount.objects.filter(question="_pad").count() == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_walks_at_the_same_moment_all_count(setting):
    page = setting
    walks = [walk(page, FULL_WALK) for _ in range(8)]
    barrier = threading.Barrier(len(walks))
    now = at(2026, 3, 10, 14)

    def record(walked):
        try:
            barrier.wait(timeout=30)
            return counts.record_walk(page, walked, now=now)
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=len(walks)) as pool:
        results = list(pool.map(record, walks))

    assert results == [9] * len(walks)
    rows = stored(page)
    assert set(rows.values()) == {len(walks)}
    assert len(rows) == 9


# Figures -----------------------------------------------------------------------------


def record(page, query, now, times=1):
    for _ in range(times):
        counts.record_walk(page, walk(page, query), now=now)


def test_figures_per_month_district_need_and_answer(setting):
    page = setting
    record(page, FULL_WALK, at(2026, 1, 15, 10), times=6)
    record(page, FULL_WALK.replace("haven", "stad"), at(2026, 3, 2, 10), times=2)
    record(page, "voor-wie=kind&wijk=geen&balans.1=nee&balans.2=nee", at(2026, 3, 3, 10))
    record(page, FULL_WALK, at(2025, 12, 31, 23, 30))  # the year before: left out
    start, end = dt.date(2026, 1, 1), dt.date(2026, 4, 1)

    months = counts.walks_per_month(start, end)
    assert [(row.key, row.count) for row in months] == [
        (dt.date(2026, 1, 1), 6),
        (dt.date(2026, 2, 1), 0),
        (dt.date(2026, 3, 1), 3),
    ]
    assert [row.shown for row in months] == ["6", "< 5", "< 5"]
    assert [r.count for r in counts.walks_per_month(start, end, district="stad")] == [0, 0, 2]
    assert counts.walks_total(start, end, district="") == 1

    needs = counts.needs(start, end)
    assert [(row.key, row.label, row.count) for row in needs] == [
        ("informatie", "Informatie", 9),
        ("respijt", "Even vrij", 8),
        ("lotgenoten", "Lotgenoten", 8),
    ]
    assert [row.count for row in counts.needs(start, end, district="haven")] == [6, 6, 6]

    districts = {row.key: (row.label, row.count) for row in counts.per_district(start, end)}
    assert districts == {
        "haven": ("Almere Haven", 6),
        "stad": ("Almere Stad", 2),
        "": ("Geen wijk gekozen, of buiten Almere", 1),
    }

    who = counts.answers(page, "voor-wie", start, end)
    assert [(row.key, row.label, row.count) for row in who] == [
        ("ouder", "Mijn vader of moeder", 8),
        ("kind", "Mijn kind", 1),
    ]
    balance = counts.answers(page, "balans", start, end, district="haven")
    assert [(row.label, row.count) for row in balance] == [
        ("In balans (score 0 of hoger)", 0),
        ("Zwaar (score 2 of hoger)", 6),
    ]
    questions = counts.answers_per_question(page, start, end)
    assert [q.text for q in questions] == [
        "Voor wie zorgt u?",
        "Wat zou u helpen?",
        "In welke wijk woont u?",
        "Hoe zwaar is het?",
    ]
    wijk = {row.key: row.count for row in questions[2].rows}
    assert wijk == {"haven": 6, "stad": 2, "geen": 1}


def test_answers_the_page_no_longer_has_are_still_listed(setting):
    page = setting
    AnswerCount.objects.create(
        page=page, month=dt.date(2026, 2, 1), question="voor-wie", answer="buur", count=5
    )
    AnswerCount.objects.create(
        page=page, month=dt.date(2026, 2, 1), question="oude-vraag", answer="ja", count=3
    )
    start, end = dt.date(2026, 1, 1), dt.date(2027, 1, 1)
    who = counts.answers(page, "voor-wie", start, end)
    assert [(row.label, row.shown) for row in who][-1] == ("buur", "5")
    questions = counts.answers_per_question(page, start, end)
    assert (questions[-1].text, [(r.label, r.shown) for r in questions[-1].rows]) == (
        "oude-vraag",
        [("ja", "< 5")],
    )


def test_live_figure_counts_this_year_in_almere(setting):
    page = setting
    record(page, FULL_WALK, at(2026, 12, 31, 23, 30, tz=UTC), times=5)  # 2027 in Almere
    record(page, FULL_WALK, at(2026, 12, 31, 22, 30, tz=UTC), times=3)  # still 2026
    record(page, FULL_WALK, at(2027, 6, 1, 10), times=2)
    june_30 = dt.date(2027, 6, 30)
    assert live_figure("wegwijzer-paden", "dit-jaar", june_30) == ("7", dt.date(2027, 6, 29))
    assert live_figure("wegwijzer-paden", "vorig-jaar", june_30).text == "< 5"
    assert live_figure("wegwijzer-paden", "sinds-het-begin", june_30).text == "10"
    # The key pages saved before the period existed: this year.
    assert live_figure("wegwijzer-paden-dit-jaar", "", june_30).text == "7"
    assert live_figure("wegwijzer-paden-dit-jaar", "", dt.date(2026, 12, 31)).text == "< 5"


# The report --------------------------------------------------------------------------


def report_url(**params):
    query = QueryDict(mutable=True)
    query.update(params)
    return f"{reverse('guide_counts')}?{query.urlencode()}"


def staff_without_permission():
    staff = f.user(is_staff=True)
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return staff


def test_report_shows_tables_with_small_counts_hidden(client, setting):
    page = setting
    record(page, FULL_WALK, at(2026, 1, 15, 10), times=6)
    record(page, "voor-wie=kind&wijk=geen&balans.1=nee&balans.2=nee", at(2026, 3, 3, 10))
    client.force_login(f.superuser())

    response = client.get(report_url(start="2026-01", end="2026-03"))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Wegwijzer in cijfers" in html
    assert "januari 2026" in html and "maart 2026" in html
    assert "april 2026" not in html
    assert "&lt; 5" in html
    for text in ("Voor wie zorgt u?", "Mijn vader of moeder", "Even vrij", "Almere Haven"):
        assert text in html
    assert "Zwaar (score 2 of hoger)" in html


def test_report_filters_on_a_district(client, setting):
    page = setting
    record(page, FULL_WALK, at(2026, 1, 15, 10), times=6)
    record(page, FULL_WALK.replace("haven", "stad"), at(2026, 1, 16, 10), times=5)
    client.force_login(f.superuser())
    response = client.get(report_url(start="2026-01", end="2026-01", wijk="stad"))
    assert response.status_code == 200
    assert response.context["report"].total == 5
    assert [row.count for row in response.context["report"].months] == [5]


def test_report_defaults_to_the_last_twelve_months(client, setting, now):
    assert default_filters(at(2026, 3, 10, 12)) == {"start": "2025-04", "end": "2026-03"}
    # 23:30 UTC on 31 March is April in Almere.
    assert default_filters(at(2026, 3, 31, 21, 30, tz=UTC)) == {
        "start": "2025-04",
        "end": "2026-03",
    }
    assert default_filters(at(2026, 3, 31, 22, 30, tz=UTC)) == {
        "start": "2025-05",
        "end": "2026-04",
    }
    client.force_login(f.superuser())
    response = client.get(reverse("guide_counts"))
    assert response.status_code == 200
    assert len(response.context["report"].months) == 12


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"start": "2026-13", "end": "2026-12"}, "bijvoorbeeld 2026-03"),
        ({"start": "maart", "end": "2026-12"}, "bijvoorbeeld 2026-03"),
        ({"start": "2026-05", "end": "2026-01"}, "Deze maand ligt voor de eerste maand."),
        ({"start": "2000-01", "end": "2026-01"}, "Kies hoogstens 10 jaar."),
        ({"start": "2026-01", "end": "2026-02", "wijk": "nergens"}, "Kies een wijk uit de lijst."),
        (
            {"start": "2026-01", "end": "2026-02", "wegwijzer": "x"},
            "Kies een wegwijzer uit de lijst.",
        ),
        ({"start": "2026-01", "end": "2026-02", "export": "pdf"}, "Kies CSV of XLSX."),
    ],
)
def test_bad_filters_are_a_400_with_a_message(client, setting, params, message):
    client.force_login(f.superuser())
    response = client.get(report_url(**params))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert "report" not in response.context or response.context["report"] is None


def test_staff_without_the_permission_are_refused(client, setting):
    client.force_login(staff_without_permission())
    assert client.get(report_url(start="2026-01", end="2026-03")).status_code == 403
    assert client.get(report_url(export="csv")).status_code == 403
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("guide_counts") not in menu


def test_staff_with_the_view_permission_get_in(client, setting):
    staff = staff_without_permission()
    staff.user_permissions.add(Permission.objects.get(codename="view_answercount"))
    client.force_login(staff)
    assert client.get(report_url(start="2026-01", end="2026-03")).status_code == 200
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("guide_counts") in menu


def test_people_without_admin_access_are_sent_to_log_in(client, setting):
    client.force_login(f.user())
    response = client.get(report_url(start="2026-01", end="2026-03"))
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]


def test_csv_export_keeps_the_small_group_rule(client, setting):
    page = setting
    record(page, FULL_WALK, at(2026, 1, 15, 10), times=6)
    record(page, "voor-wie=kind&wijk=geen&balans.1=nee&balans.2=nee", at(2026, 2, 3, 10))
    client.force_login(f.superuser())

    response = client.get(report_url(start="2026-01", end="2026-02", export="csv"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "wegwijzer-in-cijfers-2026-01-2026-02.csv" in response["Content-Disposition"]
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == ["Cijfer", "Wegwijzer", "Vraag", "Antwoord", "Maand", "Aantal"]
    assert ["Paden gelopen", "", "", "", "2026-01", "6"] in rows
    assert ["Paden gelopen", "", "", "", "2026-02", "< 5"] in rows
    assert ["Behoefte", "", "", "Informatie", "", "7"] in rows
    assert ["Wijk", "", "", "Almere Haven", "", "6"] in rows
    assert [
        "Antwoord",
        "Wegwijzer voor mantelzorgers",
        "Voor wie zorgt u?",
        "Mijn kind",
        "",
        "< 5",
    ] in rows
    assert not [row for row in rows if row[-1] in {"1", "2", "3", "4"}]


def test_xlsx_export_has_numbers_and_small_groups(client, setting):
    page = setting
    record(page, FULL_WALK, at(2026, 1, 15, 10), times=6)
    client.force_login(f.superuser())
    response = client.get(report_url(start="2026-01", end="2026-02", export="xlsx"))
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = workbook.active
    assert sheet.title == "Wegwijzer in cijfers"
    values = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    assert ["Paden gelopen", None, None, None, "2026-01", 6] in values
    assert ["Paden gelopen", None, None, None, "2026-02", "< 5"] in values
