"""A realistic WordPress export (WXR) of VMCA's old site, written for the tests.

- `build_export(path, *, posts=30, pages=10, wxr_version="1.2")` writes the export and
  returns an `Export`: what was written (ids, slugs, dates, statuses, which post has which
  feature), so a test can ask for "the draft" or "the post with the YouTube embed" instead
  of hard-coding numbers.
- `write_uploads(export, media_dir)` writes the files of its attachments as a copy of
  wp-content/uploads would hold them (small real JPEGs, a PDF, a duplicate).
- `build_big_export(path, *, posts, attachments)` streams a big export (memory test,
  benchmark).

Everything is deterministic (no wall clock, no random without a seed). The texts are
written for these tests, in Dutch, about volunteering and mantelzorg in Almere.

What `build_export` holds (posts >= 12; the features named in Built.features):
- posts over three years (2023-2025): the first half in the classic editor (paragraphs
  without <p>, separated by a blank line), the second half in the block editor
  (<!-- wp:paragraph --> comments); categories Nieuws, Blog uit de wijk, Mantelzorg (with
  the child Jonge mantelzorgers) and Geen categorie; tags;
- classic: [caption] around an image, [gallery], a bare YouTube URL on its own line, an
  unknown shortcode [vmca_teller] and a <script>, links by permalink and by ?p=123, a link
  to an upload; a draft (no date, no slug), a private post, a sticky post, a comment;
- blocks: an image block with alt text and caption, a YouTube embed block, a
  [contact-form-7] in a shortcode block, a quote with its author, a list, a table, a link
  to an upload, a trashed post, a password-protected post;
- 10 nested pages (three levels, menu_order; one child has a lower id than its parent);
- attachments: images with alt text and caption (one without alt text), a PDF, one image
  uploaded twice (same bytes); featured images (_thumbnail_id);
- two authors, three menu items (nav_menu_item), a contact form (post type
  wpcf7_contact_form, kind "other").
"""

import datetime as dt
import io
import random
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr
from zoneinfo import ZoneInfo

SITE_URL = "https://www.vmca-almere.example"
UPLOADS = "/wp-content/uploads/"
LOCAL = ZoneInfo("Europe/Amsterdam")
EXPORTED_AT = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
FIRST_POST = dt.datetime(2023, 1, 10, 9, 30, tzinfo=LOCAL)
LAST_POST = dt.datetime(2025, 12, 15, 9, 30, tzinfo=LOCAL)
YOUTUBE_EMBED = "https://www.youtube.com/watch?v=VmcaMaatje1"
YOUTUBE_BARE = "https://www.youtube.com/watch?v=VmcaKoffie2"
CONTACT_FORM_ID = 950

NAMESPACES = {
    "1.0": ("http://wordpress.org/export/1.0/", "http://wordpress.org/export/1.0/excerpt/"),
    "1.1": ("http://wordpress.org/export/1.1/", "http://wordpress.org/export/1.1/excerpt/"),
    "1.2": ("http://wordpress.org/export/1.2/", "http://wordpress.org/export/1.2/excerpt/"),
}


@dataclass(frozen=True)
class Person:
    author_id: int
    login: str
    email: str
    display_name: str
    first_name: str
    last_name: str


AUTHORS = (
    Person(1, "redactie", "redactie@vmca-almere.example", "Redactie VMCA", "", ""),
    Person(2, "sanne", "sanne@vmca-almere.example", "Sanne de Wit", "Sanne", "de Wit"),
)


@dataclass(frozen=True)
class Category:
    term_id: int
    slug: str
    name: str
    parent: str = ""
    description: str = ""


CATEGORIES = (
    Category(1, "geen-categorie", "Geen categorie"),
    Category(3, "nieuws", "Nieuws", description="Nieuws van VMCA Almere."),
    Category(4, "blog-uit-de-wijk", "Blog uit de wijk", description="Verhalen van vrijwilligers."),
    Category(5, "mantelzorg", "Mantelzorg", description="Voor wie zorgt voor een naaste."),
    Category(6, "jonge-mantelzorgers", "Jonge mantelzorgers", parent="mantelzorg"),
)
TAGS = (
    Category(10, "vrijwilligers", "vrijwilligers"),
    Category(11, "maatjes", "maatjes"),
    Category(12, "buurthuis", "buurthuis"),
    Category(13, "training", "training"),
    Category(14, "eenzaamheid", "eenzaamheid"),
    Category(15, "respijtzorg", "respijtzorg"),
    Category(16, "almere-haven", "Almere Haven"),
    Category(17, "almere-buiten", "Almere Buiten"),
)
MENU = Category(20, "hoofdmenu", "Hoofdmenu")


@dataclass(frozen=True)
class Built:
    """One item as written. categories and tags are slugs; features name what is special
    about it (see the module docstring); file is the path under uploads/."""

    post_id: int
    post_type: str
    status: str
    title: str
    slug: str
    link: str
    creator: str = "redactie"
    date_gmt: dt.datetime | None = None
    modified_gmt: dt.datetime | None = None
    parent_id: int = 0
    menu_order: int = 0
    editor: str = ""
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    thumbnail_id: int | None = None
    features: frozenset[str] = frozenset()
    content: str = ""
    excerpt: str = ""
    file: str = ""
    alt: str = ""
    caption: str = ""
    size: tuple[int, int] | None = None
    mime_type: str = ""
    password: str = ""
    postmeta: tuple[tuple[str, str], ...] = ()

    @property
    def attachment_url(self):
        return f"{SITE_URL}{UPLOADS}{self.file}" if self.file else ""


@dataclass
class Export:
    path: Path
    wxr_version: str
    site_url: str = SITE_URL
    authors: tuple[Person, ...] = AUTHORS
    categories: tuple[Category, ...] = CATEGORIES
    tags: tuple[Category, ...] = TAGS
    items: list[Built] = field(default_factory=list)

    def of_type(self, post_type):
        return [item for item in self.items if item.post_type == post_type]

    @property
    def posts(self):
        return self.of_type("post")

    @property
    def pages(self):
        return self.of_type("page")

    @property
    def attachments(self):
        return self.of_type("attachment")

    def by_id(self, post_id):
        return next(item for item in self.items if item.post_id == post_id)

    def by_title(self, title):
        return next(item for item in self.items if item.title == title)

    def with_feature(self, feature):
        """The first item (by id) with this feature."""
        return next(item for item in self.items if feature in item.features)

    def all_with_feature(self, feature):
        return [item for item in self.items if feature in item.features]

    def with_status(self, status):
        return [item for item in self.items if item.status == status]


# The texts -----------------------------------------------------------------------------------

# (title, category slug, lead): one per post; more posts than titles get a number.
POST_TOPICS = (
    (
        "Koffieochtend voor nieuwe vrijwilligers",
        "nieuws",
        "Bent u net begonnen als vrijwilliger? Kom dan naar onze koffieochtend in buurthuis De "
        "Schakel.",
    ),
    (
        "Wandelmaatjes gezocht in Almere Buiten",
        "nieuws",
        "Veel ouderen in Almere Buiten wandelen graag, maar niet alleen. Wandelt u een uur per "
        "week mee?",
    ),
    (
        "Mijn eerste jaar als taalmaatje",
        "blog-uit-de-wijk",
        "Een jaar geleden ontmoette ik Amina. Zij wilde beter Nederlands leren, ik wilde iets "
        "doen voor de wijk.",
    ),
    (
        "Even op adem komen: respijtzorg in Almere",
        "mantelzorg",
        "Zorgt u elke dag voor uw partner, ouder of kind? Dan is een pauze geen luxe.",
    ),
    (
        "Training: in gesprek over eenzaamheid",
        "nieuws",
        "Eenzaamheid zie je niet altijd aan de buitenkant. In deze training leert u het gesprek "
        "te beginnen.",
    ),
    (
        "Een middag in de moestuin van Haven",
        "blog-uit-de-wijk",
        "Op dinsdag staat de moestuin achter het wijkcentrum vol vrijwilligers met emmers en "
        "schepjes.",
    ),
    (
        "Jonge mantelzorgers krijgen een eigen avond",
        "mantelzorg",
        "Veel jongeren zorgen thuis voor een broer, zus of ouder. Vaak weet niemand op school dat.",
    ),
    (
        "Vrijwilligersprijs: stem op uw favoriet",
        "nieuws",
        "Wie verdient dit jaar de Almeerse vrijwilligersprijs? U mag het zeggen.",
    ),
    (
        "Boodschappen doen voor de buren",
        "blog-uit-de-wijk",
        "Sinds de winter doe ik op vrijdag boodschappen voor drie buren in mijn straat.",
    ),
    (
        "Mantelzorgcafé in de bibliotheek",
        "mantelzorg",
        "Elke eerste donderdag van de maand drinken mantelzorgers samen koffie in de bibliotheek.",
    ),
    (
        "Nieuwe vacatures bij de voedselbank",
        "nieuws",
        "De voedselbank in Almere Stad zoekt chauffeurs en mensen die pakketten willen inpakken.",
    ),
    (
        "Wat ik leerde van meneer De Boer",
        "blog-uit-de-wijk",
        "Meneer De Boer is 91 jaar. Elke week vertelt hij mij over de eerste jaren van Almere.",
    ),
    (
        "Zorgen en werken: tips voor werkgevers",
        "mantelzorg",
        "Een op de vijf werknemers zorgt naast het werk voor een naaste. Hoe houdt u dat vol?",
    ),
    (
        "Bedankt, vrijwilligers! Een feestelijke middag",
        "nieuws",
        "Op de Nationale Vrijwilligersdag zetten we alle vrijwilligers in het zonnetje.",
    ),
    (
        "Samen fietsen met de duofiets",
        "blog-uit-de-wijk",
        "Met de duofiets kan ook wie niet meer alleen fietst weer naar buiten.",
    ),
    (
        "Mantelzorgwaardering: vraag het op tijd aan",
        "mantelzorg",
        "Bent u mantelzorger in Almere? Dan kunt u elk jaar de mantelzorgwaardering aanvragen.",
    ),
    (
        "Buurthuis Poort zoekt gastvrouwen en gastheren",
        "nieuws",
        "Het buurthuis in Almere Poort is open voor iedereen. Wilt u helpen de deur open te "
        "houden?",
    ),
    (
        "Een kerstdiner voor zestig buren",
        "blog-uit-de-wijk",
        "Het begon met een idee aan de keukentafel. Op 23 december zaten er zestig buren aan "
        "tafel.",
    ),
    (
        "Steunpunt mantelzorg is verhuisd",
        "mantelzorg",
        "Het steunpunt mantelzorg zit vanaf deze maand in hetzelfde gebouw als VMCA.",
    ),
    (
        "Cursus EHBO voor vrijwilligers",
        "nieuws",
        "Wat doet u als iemand onwel wordt tijdens een activiteit? In deze cursus oefent u het.",
    ),
    (
        "Tussen de dozen: vrijwilliger bij de kledingbank",
        "blog-uit-de-wijk",
        "Elke woensdag sorteer ik kleding. Het lijkt simpel werk, maar je ziet er de hele stad.",
    ),
    (
        "Een logeerweekend voor uw naaste",
        "mantelzorg",
        "Soms heeft u meer nodig dan een middag vrij. Een logeerweekend kan dan helpen.",
    ),
    (
        "Maatschappelijke diensttijd: jongeren doen mee",
        "nieuws",
        "Jongeren tot 27 jaar kunnen bij VMCA een maatschappelijke diensttijd doen.",
    ),
    (
        "Voorlezen op de basisschool",
        "blog-uit-de-wijk",
        "Twee ochtenden per week lees ik voor in groep 3. De kinderen wachten me al op bij de "
        "deur.",
    ),
    (
        "Zorgt u voor iemand met dementie?",
        "mantelzorg",
        "Dementie verandert het leven van de hele familie. U staat er niet alleen voor.",
    ),
    (
        "Nieuwe website voor de vacaturebank",
        "nieuws",
        "Vacatures voor vrijwilligerswerk vindt u vanaf nu sneller, ook op uw telefoon.",
    ),
    (
        "De klusjesdienst in Almere Hout",
        "blog-uit-de-wijk",
        "Een lamp vervangen of een kastje ophangen: voor sommige bewoners is dat een grote klus.",
    ),
    (
        "Mantelzorgers vertellen hun verhaal",
        "mantelzorg",
        "Vijf mantelzorgers uit Almere vertellen wat hen helpt om het vol te houden.",
    ),
    (
        "Vrijwilligers gezocht voor het zomerfestival",
        "nieuws",
        "Voor het zomerfestival in het Weerwaterpark zoeken we mensen voor de info-stand.",
    ),
    (
        "Schaken in het verzorgingshuis",
        "blog-uit-de-wijk",
        "Elke maandag schaak ik met bewoners van het verzorgingshuis. Ik win bijna nooit.",
    ),
    (
        "Jonge mantelzorgers op kamp",
        "mantelzorg",
        "Een weekend zonder zorgen: dat was het kamp voor jonge mantelzorgers in de zomer.",
    ),
    (
        "Terugblik op drie jaar VMCA",
        "nieuws",
        "In drie jaar tijd vonden meer dan duizend Almeerders een plek als vrijwilliger.",
    ),
)

PARAGRAPHS = {
    "nieuws": (
        "Meedoen kan al met een paar uur per maand. U kiest zelf wat bij u past.",
        "Aanmelden is gratis. Na uw aanmelding belt een van onze medewerkers u voor een kort "
        "gesprek.",
        "Heeft u vragen? Loop dan binnen op ons spreekuur op dinsdag- en donderdagochtend.",
        "Vrijwilligers krijgen een vaste contactpersoon en zijn tijdens het werk verzekerd.",
    ),
    "blog-uit-de-wijk": (
        "Het mooiste vind ik de kleine momenten: een grap, een kop thee, een verhaal van vroeger.",
        "Je hoeft niets bijzonders te kunnen. Tijd en een open houding zijn genoeg.",
        "Soms is het ook lastig. Dan is het fijn dat ik kan bellen met mijn contactpersoon bij "
        "VMCA.",
        "Ik raad het iedereen aan die een paar uur over heeft. Je krijgt er veel voor terug.",
    ),
    "mantelzorg": (
        "Mantelzorg is zorg voor iemand uit uw omgeving die ziek is of hulp nodig heeft.",
        "Praat erover met uw huisarts of met een consulent van het steunpunt. Zij denken met u "
        "mee.",
        "Een vrijwilliger kan een paar uur bij uw naaste blijven, zodat u even iets voor uzelf "
        "doet.",
        "Let goed op uzelf. Wie goed voor zichzelf zorgt, kan ook langer voor een ander zorgen.",
    ),
}
PAGE_TEXTS = {
    "Over ons": "VMCA is het centrum voor vrijwilligerswerk en mantelzorg in Almere.",
    "Ons team": "Ons team bestaat uit twaalf medewerkers en veel vrijwilligers.",
    "Jaarverslagen": "Hier leest u wat we elk jaar hebben gedaan.",
    "Vrijwilligerswerk": "Vrijwilligerswerk is goed voor de stad en goed voor uzelf.",
    "Vacatures": "Bekijk de vacatures voor vrijwilligers in alle wijken van Almere.",
    "Vrijwilliger worden": "Wilt u vrijwilliger worden? Zo gaat het in drie stappen.",
    "Verklaring omtrent gedrag": "Voor sommig vrijwilligerswerk vraagt u een VOG aan. Die is "
    "gratis.",
    "Mantelzorg": "Zorgt u voor een naaste? Wij helpen u met informatie, advies en een "
    "luisterend oor.",
    "Respijtzorg": "Respijtzorg is een tijdelijke vervanging van de zorg, zodat u even rust heeft.",
    "Contact": "U kunt ons bellen, mailen of langskomen. Of vul het formulier in.",
}
# (title, parent title, menu_order, editor); in id order, and Respijtzorg before Mantelzorg.
PAGES = (
    ("Over ons", None, 1, "classic"),
    ("Ons team", "Over ons", 1, "classic"),
    ("Jaarverslagen", "Over ons", 2, "classic"),
    ("Vrijwilligerswerk", None, 2, "blocks"),
    ("Vacatures", "Vrijwilligerswerk", 1, "blocks"),
    ("Vrijwilliger worden", "Vrijwilligerswerk", 2, "blocks"),
    ("Verklaring omtrent gedrag", "Vrijwilliger worden", 1, "blocks"),
    ("Respijtzorg", "Mantelzorg", 1, "blocks"),
    ("Mantelzorg", None, 3, "blocks"),
    ("Contact", None, 4, "classic"),
)
# (file, title, alt, caption, size or None for a PDF, parent: "post:N" or "page:Title")
ATTACHMENTS = (
    (
        "2023/01/koffieochtend.jpg",
        "koffieochtend",
        "Vrijwilligers schenken koffie in buurthuis De Schakel",
        "Koffieochtend in De Schakel",
        (1200, 800),
        "post:0",
    ),
    (
        "2023/02/wandelmaatjes.jpg",
        "wandelmaatjes",
        "Twee vrouwen wandelen langs het water in Almere Buiten",
        "Samen wandelen houdt u fit",
        (1200, 800),
        "post:1",
    ),
    ("2023/02/training-gesprek.jpg", "training-gesprek", "", "", (1024, 683), "post:1"),
    (
        "2023/05/team-vmca.jpg",
        "team-vmca",
        "Het team van VMCA voor het kantoor",
        "Ons team in 2023",
        (1600, 900),
        "page:Ons team",
    ),
    (
        "2024/07/mantelzorgcafe.jpg",
        "mantelzorgcafe",
        "Mantelzorgers praten met elkaar aan een lange tafel",
        "Het mantelzorgcafé in de bibliotheek",
        (1200, 800),
        "post:half",
    ),
    ("2025/04/jaarverslag-2024.pdf", "Jaarverslag 2024", "", "", None, "page:Jaarverslagen"),
    (
        "2025/05/koffieochtend-2.jpg",
        "koffieochtend-2",
        "Vrijwilligers schenken koffie in buurthuis De Schakel",
        "",
        (1200, 800),
        "post:0",
    ),
)
MEDIUM = (800, 533)


# The export ----------------------------------------------------------------------------------


def build_export(path, *, posts=30, pages=10, wxr_version="1.2"):
    """Write a realistic export to `path`; returns what was written (Export)."""
    if posts < 12:
        raise ValueError("build_export needs at least 12 posts for all its features")
    if not 1 <= pages <= len(PAGES):
        raise ValueError(f"build_export writes 1 to {len(PAGES)} pages")
    export = Export(path=Path(path), wxr_version=wxr_version)
    ids = _Ids()
    page_items = _pages(ids, pages)
    attachment_ids = {spec[0]: ids.attachment() for spec in ATTACHMENTS}
    post_ids = [ids.post() for _ in range(posts)]
    post_items = _posts(post_ids, page_items, attachment_ids)
    attachment_items = _attachments(attachment_ids, post_items, page_items)
    items = [*page_items.values(), *attachment_items, *post_items]
    items += _menu_items(ids, page_items)
    items.append(_contact_form())
    export.items = sorted(items, key=lambda item: item.post_id)
    with open(path, "w", encoding="utf-8") as out:
        _write(out, export, comments_on=post_items[0].post_id)
    return export


class _Ids:
    def __init__(self):
        self.pages = iter(range(10, 40))
        self.attachments = iter(range(40, 100))
        self.posts = iter(range(100, 900))
        self.menu = iter(range(900, 950))

    def page(self):
        return next(self.pages)

    def attachment(self):
        return next(self.attachments)

    def post(self):
        return next(self.posts)

    def menu_item(self):
        return next(self.menu)


def _pages(ids, count):
    by_title = {}
    moment = dt.datetime(2022, 11, 1, 10, 0, tzinfo=LOCAL)
    for number, (title, _parent, order, editor) in enumerate(PAGES[:count]):
        slug = _slugify(title)
        features = set()
        body = [PAGE_TEXTS[title]]
        if title == "Jaarverslagen":
            body.append(
                f'Lees het <a href="{SITE_URL}{UPLOADS}2025/04/jaarverslag-2024.pdf">'
                "jaarverslag over 2024</a> (pdf)."
            )
            features.add("upload-link")
        if title == "Respijtzorg":
            body.append('Lees ook over <a href="/vrijwilligerswerk/vacatures/">onze vacatures</a>.')
            features.add("relative-link")
        if title == "Contact":
            body.append(f'[contact-form-7 id="{CONTACT_FORM_ID}" title="Contactformulier"]')
            features.add("contact-form-7")
        content = _classic(body) if editor == "classic" else _blocks(body)
        when = moment + dt.timedelta(days=7 * number)
        by_title[title] = Built(
            post_id=ids.page(),
            post_type="page",
            status="publish",
            title=title,
            slug=slug,
            link="",
            date_gmt=when.astimezone(dt.UTC),
            modified_gmt=(when + dt.timedelta(days=400)).astimezone(dt.UTC),
            parent_id=0,
            menu_order=order,
            editor=editor,
            features=frozenset(features),
            content=content,
        )
    # Parents and links, now that every page has its id.
    titles = {title: parent for title, parent, _, _ in PAGES[:count]}
    built = {}
    for title, page in by_title.items():
        parent_title = titles[title]
        parent_id = by_title[parent_title].post_id if parent_title in by_title else 0
        path = [page.slug]
        above = parent_title
        while above in by_title:
            path.insert(0, by_title[above].slug)
            above = titles[above]
        features = page.features
        if parent_id > page.post_id:  # Respijtzorg comes before Mantelzorg in PAGES
            features = features | {"parent-after-child"}
        built[title] = _replace(
            page, parent_id=parent_id, link=f"{SITE_URL}/{'/'.join(path)}/", features=features
        )
    return built


def _posts(post_ids, pages, attachment_ids):
    count = len(post_ids)
    half = count // 2
    span = LAST_POST - FIRST_POST
    image = {name.rsplit("/", 1)[1]: attachment_ids[name] for name in attachment_ids}
    items = []
    for number, post_id in enumerate(post_ids):
        title, category, lead = POST_TOPICS[number % len(POST_TOPICS)]
        if number >= len(POST_TOPICS):
            title = f"{title} ({number // len(POST_TOPICS) + 1})"
        local = FIRST_POST + span * number / max(count - 1, 1)
        local = local.replace(hour=9, minute=30, second=0, microsecond=0)
        editor = "classic" if number < half else "blocks"
        slug = _slugify(title)
        status = "publish"
        features = set()
        categories = [category]
        if category == "mantelzorg" and "Jonge" in title:
            categories.append("jonge-mantelzorgers")
        tags = [TAGS[(number + step) % len(TAGS)].slug for step in (0, 3)]
        paragraphs = [lead, *PARAGRAPHS[category][number % 2 :: 2]]
        thumbnail = None
        excerpt = ""
        postmeta = []
        password = ""
        first = items[0] if items else None
        if number == 0:
            attachment = attachment_ids["2023/01/koffieochtend.jpg"]
            paragraphs.insert(
                1,
                f'[caption id="attachment_{attachment}" align="aligncenter" width="800"]'
                f'<img class="size-medium wp-image-{attachment}" '
                f'src="{SITE_URL}{UPLOADS}2023/01/koffieochtend-800x533.jpg" '
                'alt="Vrijwilligers schenken koffie in buurthuis De Schakel" width="800" '
                'height="533" /> Koffieochtend in De Schakel[/caption]',
            )
            paragraphs.append(
                f'Lees ook ons <a href="{SITE_URL}{UPLOADS}2025/04/jaarverslag-2024.pdf">'
                "jaarverslag</a> (pdf)."
            )
            thumbnail = attachment
            excerpt = "Een koffieochtend voor iedereen die net begonnen is."
            features |= {"caption", "upload-link", "comment", "sticky"}
        elif number == 1:
            gallery = ",".join(
                str(image[name]) for name in ("wandelmaatjes.jpg", "training-gesprek.jpg")
            )
            paragraphs.append(f'[gallery columns="2" link="file" ids="{gallery}"]')
            thumbnail = image["wandelmaatjes.jpg"]
            features.add("gallery")
        elif number == 2:
            paragraphs.insert(1, YOUTUBE_BARE)
            paragraphs.append(f'Lees ook: <a href="{first.link}">{escape(first.title)}</a>.')
            features |= {"youtube-url", "link-permalink"}
        elif number == 3:
            paragraphs.append('[vmca_teller doel="500" tekst="vrijwilligers gezocht"]')
            paragraphs.append(
                '<script type="text/javascript">document.write("Welkom bij VMCA");</script>'
            )
            features |= {"unknown-shortcode", "script"}
        elif number == 4:
            worden = pages.get("Vrijwilliger worden")
            over_ons = pages.get("Over ons")
            if worden and over_ons:
                paragraphs.append(
                    f'Meer weten? Lees <a href="{SITE_URL}/?p={worden.post_id}">hoe u '
                    f'vrijwilliger wordt</a> of <a href="{over_ons.link}">over ons</a>.'
                )
                features |= {"link-p", "link-page"}
        elif number == 5:
            status = "draft"
            features.add("draft")
        elif number == 6:
            status = "private"
            features.add("private")
        elif number == half:
            attachment = attachment_ids["2024/07/mantelzorgcafe.jpg"]
            paragraphs.insert(1, ("image", attachment))
            paragraphs.insert(2, ("heading", "Wanneer en waar?"))
            paragraphs.insert(
                3, ("list", ["Elke eerste donderdag", "Van 10.00 tot 12.00 uur", "Gratis"])
            )
            thumbnail = attachment
            features |= {"image-block", "list", "heading"}
        elif number == half + 1:
            paragraphs.insert(1, ("embed", YOUTUBE_EMBED))
            features.add("youtube-embed")
        elif number == half + 2:
            paragraphs.append(
                ("shortcode", f'[contact-form-7 id="{CONTACT_FORM_ID}" title="Aanmelden"]')
            )
            paragraphs.append(
                f'Eerder schreven we over <a href="{SITE_URL}/?p={post_ids[1]}">wandelmaatjes</a>.'
            )
            features |= {"contact-form-7", "blocks-contact-form-7", "link-p"}
        elif number == half + 3:
            paragraphs.insert(
                1,
                (
                    "quote",
                    (
                        "Ik dacht dat ik het alleen moest doen. Dat hoeft niet.",
                        "Joke, mantelzorger in Almere Haven",
                    ),
                ),
            )
            paragraphs.append(
                ("table", [("Dag", "Tijd"), ("Maandag", "10.00"), ("Woensdag", "14.00")])
            )
            paragraphs.append(
                f'<a href="{SITE_URL}{UPLOADS}2023/05/team-vmca.jpg">Foto van ons team</a>'
            )
            features |= {"quote", "table", "upload-link"}
        elif number == half + 4:
            status = "trash"
            features.add("trash")
        elif number == half + 5:
            categories = ["geen-categorie"]
            tags = []
            password = "koffie"
            features |= {"uncategorized", "password"}
        content = _classic(paragraphs) if editor == "classic" else _blocks(paragraphs)
        date_gmt = local.astimezone(dt.UTC)
        link = f"{SITE_URL}/{local:%Y/%m/%d}/{slug}/"
        if status == "draft":
            slug, link, date_gmt = "", f"{SITE_URL}/?p={post_id}", None
        elif status == "trash":
            postmeta += [
                ("_wp_trash_meta_status", "publish"),
                ("_wp_trash_meta_time", "1735000000"),
            ]
            slug = f"{slug}__trashed"
            link = f"{SITE_URL}/{local:%Y/%m/%d}/{slug}/"
        if thumbnail:
            postmeta.append(("_thumbnail_id", str(thumbnail)))
        postmeta.append(("_edit_last", "1"))
        items.append(
            Built(
                post_id=post_id,
                post_type="post",
                status=status,
                title=title,
                slug=slug,
                link=link,
                creator=AUTHORS[number % 2].login,
                date_gmt=date_gmt,
                modified_gmt=(local + dt.timedelta(days=2, hours=3)).astimezone(dt.UTC),
                editor=editor,
                categories=tuple(categories),
                tags=tuple(tags),
                thumbnail_id=thumbnail,
                features=frozenset(features | {editor}),
                content=content,
                excerpt=excerpt,
                postmeta=tuple(postmeta),
                password=password,
            )
        )
    return items


def _attachments(attachment_ids, posts, pages):
    items = []
    half = len(posts) // 2
    for file, title, alt, caption, size, parent in ATTACHMENTS:
        post_id = attachment_ids[file]
        kind, _, which = parent.partition(":")
        if kind == "post":
            owner = posts[half if which == "half" else int(which)]
        else:
            owner = pages.get(which)
        year, month, name = file.split("/")
        moment = dt.datetime(int(year), int(month), 3, 14, 0, tzinfo=LOCAL)
        slug = _slugify(title)
        features = set()
        if file.endswith(".pdf"):
            mime = "application/pdf"
            features.add("pdf")
        else:
            mime = "image/jpeg"
            features.add("image" if alt else "image-without-alt")
        if name == "koffieochtend-2.jpg":
            features.add("duplicate")
        postmeta = [("_wp_attached_file", file)]
        if size:
            postmeta.append(("_wp_attachment_metadata", _image_metadata(file, size)))
        if alt:
            postmeta.append(("_wp_attachment_image_alt", alt))
        parent_link = owner.link if owner and owner.status == "publish" else SITE_URL + "/"
        items.append(
            Built(
                post_id=post_id,
                post_type="attachment",
                status="inherit",
                title=title,
                slug=slug,
                link=f"{parent_link}{slug}/" if owner else f"{SITE_URL}/?attachment_id={post_id}",
                date_gmt=moment.astimezone(dt.UTC),
                modified_gmt=moment.astimezone(dt.UTC),
                parent_id=owner.post_id if owner else 0,
                features=frozenset(features),
                content="",
                excerpt=caption,
                file=file,
                alt=alt,
                caption=caption,
                size=size,
                mime_type=mime,
                postmeta=tuple(postmeta),
            )
        )
    return items


def _image_metadata(file, size):
    """_wp_attachment_metadata as WordPress stores it: PHP-serialized."""
    width, height = size
    name = file.rsplit("/", 1)[1]
    stem, ext = name.rsplit(".", 1)
    medium = f"{stem}-{MEDIUM[0]}x{MEDIUM[1]}.{ext}"

    def s(text):
        return f's:{len(text.encode())}:"{text}";'

    return (
        "a:4:{"
        f"{s('width')}i:{width};{s('height')}i:{height};{s('file')}{s(file)}{s('sizes')}"
        f"a:1:{{{s('medium_large')}a:4:{{{s('file')}{s(medium)}{s('width')}i:{MEDIUM[0]};"
        f"{s('height')}i:{MEDIUM[1]};{s('mime-type')}{s('image/jpeg')}}}}}}}"
    )


def _menu_items(ids, pages):
    items = []
    for order, title in enumerate(("Over ons", "Vrijwilligerswerk", "Contact"), start=1):
        page = pages.get(title)
        if page is None:
            continue
        post_id = ids.menu_item()
        items.append(
            Built(
                post_id=post_id,
                post_type="nav_menu_item",
                status="publish",
                title="",
                slug=str(post_id),
                link=f"{SITE_URL}/?p={post_id}",
                date_gmt=dt.datetime(2023, 1, 2, 12, 0, tzinfo=dt.UTC),
                modified_gmt=dt.datetime(2023, 1, 2, 12, 0, tzinfo=dt.UTC),
                menu_order=order,
                features=frozenset({"menu"}),
                postmeta=(
                    ("_menu_item_type", "post_type"),
                    ("_menu_item_menu_item_parent", "0"),
                    ("_menu_item_object_id", str(page.post_id)),
                    ("_menu_item_object", "page"),
                    ("_menu_item_url", ""),
                ),
            )
        )
    return items


def _contact_form():
    return Built(
        post_id=CONTACT_FORM_ID,
        post_type="wpcf7_contact_form",
        status="publish",
        title="Contactformulier",
        slug="contactformulier",
        link=f"{SITE_URL}/?post_type=wpcf7_contact_form&p={CONTACT_FORM_ID}",
        date_gmt=dt.datetime(2022, 10, 1, 8, 0, tzinfo=dt.UTC),
        modified_gmt=dt.datetime(2022, 10, 1, 8, 0, tzinfo=dt.UTC),
        features=frozenset({"other-type"}),
        content='<label> Uw naam [text* your-name] </label>\n[submit "Verstuur"]',
    )


# Bodies in both editor formats ---------------------------------------------------------------


def _classic(parts):
    """The classic editor: paragraphs without <p>, a blank line between them (wpautop)."""
    out = []
    for part in parts:
        if isinstance(part, tuple):
            kind, value = part
            if kind == "heading":
                out.append(f"<h2>{escape(value)}</h2>")
            elif kind == "list":
                out.append(
                    "<ul>\n" + "\n".join(f"\t<li>{escape(v)}</li>" for v in value) + "\n</ul>"
                )
            else:
                out.append(str(value))
        else:
            out.append(part)
    # A line break inside a paragraph, as editors type them.
    out[0] = out[0].replace(". ", ".\n", 1)
    return "\n\n".join(out)


def _blocks(parts):
    """The block editor: every block between <!-- wp:... --> comments."""
    out = []
    for part in parts:
        if not isinstance(part, tuple):
            if part.startswith("["):
                part = ("shortcode", part)
            else:
                out.append(f"<!-- wp:paragraph -->\n<p>{part}</p>\n<!-- /wp:paragraph -->")
                continue
        kind, value = part
        if kind == "heading":
            out.append(
                f'<!-- wp:heading -->\n<h2 class="wp-block-heading">{escape(value)}</h2>\n'
                "<!-- /wp:heading -->"
            )
        elif kind == "list":
            entries = "".join(
                f"<!-- wp:list-item -->\n<li>{escape(v)}</li>\n<!-- /wp:list-item -->\n"
                for v in value
            )
            out.append(
                f'<!-- wp:list -->\n<ul class="wp-block-list">{entries}</ul>\n<!-- /wp:list -->'
            )
        elif kind == "image":
            spec = next(spec for spec in ATTACHMENTS if spec[0] == "2024/07/mantelzorgcafe.jpg")
            stem = spec[0].rsplit(".", 1)[0]
            out.append(
                f'<!-- wp:image {{"id":{value},"sizeSlug":"large","linkDestination":"none"}} -->\n'
                f'<figure class="wp-block-image size-large"><img src="{SITE_URL}{UPLOADS}'
                f'{stem}-{MEDIUM[0]}x{MEDIUM[1]}.jpg" alt="{escape(spec[2])}" '
                f'class="wp-image-{value}"/><figcaption class="wp-element-caption">'
                f"{escape(spec[3])}</figcaption></figure>\n<!-- /wp:image -->"
            )
        elif kind == "embed":
            out.append(
                f'<!-- wp:embed {{"url":"{value}","type":"video","providerNameSlug":"youtube",'
                '"responsive":true,"className":"wp-embed-aspect-16-9 wp-has-aspect-ratio"} -->\n'
                '<figure class="wp-block-embed is-type-video is-provider-youtube '
                'wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio">'
                f'<div class="wp-block-embed__wrapper">\n{value}\n</div></figure>\n'
                "<!-- /wp:embed -->"
            )
        elif kind == "shortcode":
            out.append(f"<!-- wp:shortcode -->\n{value}\n<!-- /wp:shortcode -->")
        elif kind == "quote":
            text, cite = value if isinstance(value, tuple) else (value, "")
            cite = f"<cite>{escape(cite)}</cite>" if cite else ""
            out.append(
                '<!-- wp:quote -->\n<blockquote class="wp-block-quote"><!-- wp:paragraph -->\n'
                f"<p>{escape(text)}</p>\n<!-- /wp:paragraph -->{cite}</blockquote>\n"
                "<!-- /wp:quote -->"
            )
        elif kind == "table":
            head, *rows = value
            cells = "".join(f"<th>{escape(c)}</th>" for c in head)
            body = "".join(
                "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows
            )
            out.append(
                '<!-- wp:table -->\n<figure class="wp-block-table"><table><thead><tr>'
                f"{cells}</tr></thead><tbody>{body}</tbody></table></figure>\n<!-- /wp:table -->"
            )
    return "\n\n".join(out)


# Writing the XML -----------------------------------------------------------------------------


def _cdata(text):
    """As WordPress's wxr_cdata(): ]]> is split over two sections."""
    return "<![CDATA[" + str(text).replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _wp_date(moment, zone=None):
    if moment is None:
        return "0000-00-00 00:00:00"
    return moment.astimezone(zone or dt.UTC).strftime("%Y-%m-%d %H:%M:%S")


def _rfc822(moment):
    if moment is None:
        return "Mon, 30 Nov -0001 00:00:00 +0000"
    return moment.astimezone(dt.UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")


def _head(out, wxr_version):
    wp, excerpt = NAMESPACES[wxr_version]
    out.write(
        '<?xml version="1.0" encoding="UTF-8" ?>\n'
        "<!-- This is a WordPress eXtended RSS file generated by WordPress as an export of "
        "your site. -->\n"
        '<rss version="2.0"\n'
        f'\txmlns:excerpt="{excerpt}"\n'
        '\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n'
        '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
        '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        f'\txmlns:wp="{wp}"\n>\n\n<channel>\n'
        "\t<title>VMCA Almere</title>\n"
        f"\t<link>{SITE_URL}</link>\n"
        "\t<description>Vrijwilligerswerk en mantelzorg in Almere</description>\n"
        f"\t<pubDate>{_rfc822(EXPORTED_AT)}</pubDate>\n"
        "\t<language>nl-NL</language>\n"
        f"\t<wp:wxr_version>{wxr_version}</wp:wxr_version>\n"
        f"\t<wp:base_site_url>{SITE_URL}</wp:base_site_url>\n"
        f"\t<wp:base_blog_url>{SITE_URL}</wp:base_blog_url>\n\n"
    )
    if wxr_version != "1.0":  # WXR 1.0 has no authors
        for person in AUTHORS:
            out.write(
                f"\t<wp:author><wp:author_id>{person.author_id}</wp:author_id>"
                f"<wp:author_login>{_cdata(person.login)}</wp:author_login>"
                f"<wp:author_email>{_cdata(person.email)}</wp:author_email>"
                f"<wp:author_display_name>{_cdata(person.display_name)}</wp:author_display_name>"
                f"<wp:author_first_name>{_cdata(person.first_name)}</wp:author_first_name>"
                f"<wp:author_last_name>{_cdata(person.last_name)}</wp:author_last_name>"
                "</wp:author>\n"
            )
    for category in CATEGORIES:
        out.write(
            f"\t<wp:category><wp:term_id>{category.term_id}</wp:term_id>"
            f"<wp:category_nicename>{_cdata(category.slug)}</wp:category_nicename>"
            f"<wp:category_parent>{_cdata(category.parent)}</wp:category_parent>"
            f"<wp:cat_name>{_cdata(category.name)}</wp:cat_name>"
            + (
                f"<wp:category_description>{_cdata(category.description)}</wp:category_description>"
                if category.description
                else ""
            )
            + "</wp:category>\n"
        )
    for tag in TAGS:
        out.write(
            f"\t<wp:tag><wp:term_id>{tag.term_id}</wp:term_id>"
            f"<wp:tag_slug>{_cdata(tag.slug)}</wp:tag_slug>"
            f"<wp:tag_name>{_cdata(tag.name)}</wp:tag_name></wp:tag>\n"
        )
    out.write(
        f"\t<wp:term><wp:term_id>{MENU.term_id}</wp:term_id>"
        f"<wp:term_taxonomy>{_cdata('nav_menu')}</wp:term_taxonomy>"
        f"<wp:term_slug>{_cdata(MENU.slug)}</wp:term_slug>"
        f"<wp:term_parent>{_cdata('')}</wp:term_parent>"
        f"<wp:term_name>{_cdata(MENU.name)}</wp:term_name></wp:term>\n\n"
        "\t<generator>https://wordpress.org/?v=6.4.3</generator>\n\n"
    )


def _write(out, export, *, comments_on=None):
    _head(out, export.wxr_version)
    names = {term.slug: term.name for term in (*CATEGORIES, *TAGS)}
    for item in export.items:
        _write_item(out, item, export.wxr_version, names, comment=item.post_id == comments_on)
    out.write("</channel>\n</rss>\n")


def _write_item(out, item, wxr_version, names, *, comment=False):
    guid_kind = {"page": "page_id", "post": "p"}.get(item.post_type, "p")
    if item.post_type == "attachment":
        guid = item.attachment_url
    else:
        guid = f"{SITE_URL}/?{guid_kind}={item.post_id}"
    local_date = item.date_gmt
    if item.status == "draft":
        local_date = item.modified_gmt  # a draft has only its local date
    lines = [
        "\t<item>",
        f"\t\t<title>{_cdata(item.title)}</title>",
        f"\t\t<link>{escape(item.link)}</link>",
        f"\t\t<pubDate>{_rfc822(item.date_gmt)}</pubDate>",
        f"\t\t<dc:creator>{_cdata(item.creator)}</dc:creator>",
        f'\t\t<guid isPermaLink="false">{escape(guid)}</guid>',
        "\t\t<description></description>",
        f"\t\t<content:encoded>{_cdata(item.content)}</content:encoded>",
        f"\t\t<excerpt:encoded>{_cdata(item.excerpt)}</excerpt:encoded>",
        f"\t\t<wp:post_id>{item.post_id}</wp:post_id>",
        f"\t\t<wp:post_date>{_cdata(_wp_date(local_date, LOCAL))}</wp:post_date>",
        f"\t\t<wp:post_date_gmt>{_cdata(_wp_date(item.date_gmt))}</wp:post_date_gmt>",
        f"\t\t<wp:post_modified>{_cdata(_wp_date(item.modified_gmt, LOCAL))}</wp:post_modified>",
        f"\t\t<wp:post_modified_gmt>{_cdata(_wp_date(item.modified_gmt))}</wp:post_modified_gmt>",
        f"\t\t<wp:comment_status>{_cdata('open' if item.post_type == 'post' else 'closed')}"
        "</wp:comment_status>",
        f"\t\t<wp:ping_status>{_cdata('closed')}</wp:ping_status>",
        f"\t\t<wp:post_name>{_cdata(item.slug)}</wp:post_name>",
        f"\t\t<wp:status>{_cdata(item.status)}</wp:status>",
        f"\t\t<wp:post_parent>{item.parent_id}</wp:post_parent>",
        f"\t\t<wp:menu_order>{item.menu_order}</wp:menu_order>",
        f"\t\t<wp:post_type>{_cdata(item.post_type)}</wp:post_type>",
        f"\t\t<wp:post_password>{_cdata(item.password)}</wp:post_password>",
        f"\t\t<wp:is_sticky>{1 if 'sticky' in item.features else 0}</wp:is_sticky>",
    ]
    if item.attachment_url:
        lines.append(f"\t\t<wp:attachment_url>{_cdata(item.attachment_url)}</wp:attachment_url>")
    for slug in item.categories:
        if wxr_version == "1.0":
            lines.append(f"\t\t<category>{_cdata(names[slug])}</category>")
        lines.append(
            f'\t\t<category domain="category" nicename={quoteattr(slug)}>'
            f"{_cdata(names[slug])}</category>"
        )
    for slug in item.tags:
        domain = "tag" if wxr_version == "1.0" else "post_tag"
        lines.append(
            f"\t\t<category domain={quoteattr(domain)} nicename={quoteattr(slug)}>"
            f"{_cdata(names[slug])}</category>"
        )
    if item.post_type == "nav_menu_item":
        lines.append(
            f'\t\t<category domain="nav_menu" nicename="{MENU.slug}">{_cdata(MENU.name)}</category>'
        )
    for key, value in item.postmeta:
        lines.append(
            f"\t\t<wp:postmeta>\n\t\t\t<wp:meta_key>{_cdata(key)}</wp:meta_key>\n"
            f"\t\t\t<wp:meta_value>{_cdata(value)}</wp:meta_value>\n\t\t</wp:postmeta>"
        )
    if comment:
        lines.append(_comment(item))
    lines.append("\t</item>\n")
    out.write("\n".join(lines))


def _comment(item):
    when = item.date_gmt + dt.timedelta(hours=5)
    return (
        "\t\t<wp:comment>\n"
        "\t\t\t<wp:comment_id>7</wp:comment_id>\n"
        f"\t\t\t<wp:comment_author>{_cdata('Henk')}</wp:comment_author>\n"
        f"\t\t\t<wp:comment_author_email>{_cdata('henk@example.org')}</wp:comment_author_email>\n"
        f"\t\t\t<wp:comment_date>{_cdata(_wp_date(when, LOCAL))}</wp:comment_date>\n"
        f"\t\t\t<wp:comment_date_gmt>{_cdata(_wp_date(when))}</wp:comment_date_gmt>\n"
        f"\t\t\t<wp:comment_content>{_cdata('Leuk! Ik kom zeker.')}</wp:comment_content>\n"
        f"\t\t\t<wp:comment_approved>{_cdata('1')}</wp:comment_approved>\n"
        "\t\t\t<wp:commentmeta>\n"
        f"\t\t\t\t<wp:meta_key>{_cdata('akismet_result')}</wp:meta_key>\n"
        f"\t\t\t\t<wp:meta_value>{_cdata('false')}</wp:meta_value>\n"
        "\t\t\t</wp:commentmeta>\n"
        "\t\t</wp:comment>"
    )


# Uploads -------------------------------------------------------------------------------------


def write_uploads(export, media_dir, *, skip=()):
    """Write the files of the export's attachments under `media_dir` as wp-content/uploads
    holds them: each image and its medium size, the PDF. The duplicate image has the same
    bytes as the original. Files named in `skip` (by name) are left out (a missing file).
    Returns the paths written."""
    media_dir = Path(media_dir)
    written = []
    first_bytes = {}
    for item in export.attachments:
        name = item.file.rsplit("/", 1)[1]
        if name in skip:
            continue
        target = media_dir / item.file
        target.parent.mkdir(parents=True, exist_ok=True)
        if item.mime_type == "application/pdf":
            data = _pdf(item.title)
        else:
            key = item.alt or item.title
            data = first_bytes.get(key) or _jpeg(item.size, seed=item.post_id)
            first_bytes.setdefault(key, data)
            stem = target.with_suffix("")
            medium = stem.parent / f"{stem.name}-{MEDIUM[0]}x{MEDIUM[1]}.jpg"
            medium.write_bytes(_jpeg(MEDIUM, seed=item.post_id))
            written.append(medium)
        target.write_bytes(data)
        written.append(target)
    return written


def _jpeg(size, *, seed):
    from PIL import Image

    colour = ((seed * 47) % 256, (seed * 89) % 256, (seed * 131) % 256)
    # Small on disk, the right width and height in its header.
    image = Image.new("RGB", size, colour)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=30)
    return buffer.getvalue()


def _pdf(title):
    text = f"BT /F1 18 Tf 72 720 Td ({title}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


# A big export --------------------------------------------------------------------------------


@dataclass(frozen=True)
class BigExport:
    path: Path
    posts: int
    attachments: int
    size: int


def build_big_export(path, *, posts, attachments=0, paragraphs=6, seed=19):
    """Stream an export of `posts` posts (both editor formats, `paragraphs` paragraphs each,
    a featured image for every other post) and `attachments` image attachments to `path`;
    memory stays small however big it gets. About 1 KB per post plus 330 bytes per
    paragraph: posts=20_000, paragraphs=12 is some 100 MB."""
    chance = random.Random(seed)
    pool = [text for texts in PARAGRAPHS.values() for text in texts] + [
        lead for _, _, lead in POST_TOPICS
    ]
    names = {term.slug: term.name for term in (*CATEGORIES, *TAGS)}
    span = LAST_POST - FIRST_POST
    with open(path, "w", encoding="utf-8") as out:
        _head(out, "1.2")
        for number in range(attachments):
            post_id = 100_000 + number
            file = f"{2023 + number % 3}/{number % 12 + 1:02d}/foto-{number}.jpg"
            moment = FIRST_POST + span * (number / max(attachments, 1))
            _write_item(
                out,
                Built(
                    post_id=post_id,
                    post_type="attachment",
                    status="inherit",
                    title=f"foto-{number}",
                    slug=f"foto-{number}",
                    link=f"{SITE_URL}/?attachment_id={post_id}",
                    date_gmt=moment.astimezone(dt.UTC),
                    modified_gmt=moment.astimezone(dt.UTC),
                    file=file,
                    mime_type="image/jpeg",
                    postmeta=(
                        ("_wp_attached_file", file),
                        ("_wp_attachment_metadata", _image_metadata(file, (1200, 800))),
                        ("_wp_attachment_image_alt", f"Foto {number} van een activiteit"),
                    ),
                ),
                "1.2",
                names,
            )
        for number in range(posts):
            title, category, lead = POST_TOPICS[number % len(POST_TOPICS)]
            title = f"{title} {number + 1}"
            slug = _slugify(title)
            local = FIRST_POST + span * (number / max(posts - 1, 1))
            body = [lead]
            body += [" ".join(chance.choices(pool, k=3)) for _ in range(paragraphs - 1)]
            thumbnail = 100_000 + number % attachments if attachments and number % 2 else None
            _write_item(
                out,
                Built(
                    post_id=200_000 + number,
                    post_type="post",
                    status="publish",
                    title=title,
                    slug=slug,
                    link=f"{SITE_URL}/{local:%Y/%m/%d}/{slug}/",
                    creator=AUTHORS[number % 2].login,
                    date_gmt=local.astimezone(dt.UTC),
                    modified_gmt=local.astimezone(dt.UTC),
                    categories=(category,),
                    tags=(TAGS[number % len(TAGS)].slug,),
                    content=_classic(body) if number % 2 else _blocks(body),
                    postmeta=(("_thumbnail_id", str(thumbnail)),) if thumbnail else (),
                ),
                "1.2",
                names,
            )
        out.write("</channel>\n</rss>\n")
    return BigExport(Path(path), posts, attachments, Path(path).stat().st_size)


# Helpers -------------------------------------------------------------------------------------


def _slugify(text):
    from django.utils.text import slugify

    return slugify(text.replace("é", "e"))


def _replace(item, **changes):
    from dataclasses import replace

    return replace(item, **changes)
