from .mixins import ClassificationMixin, ContentPageMixin
from .pages import (
    BasePage,
    BlogIndexPage,
    BlogPage,
    BlogPageTag,
    ContactPage,
    FormField,
    NewsIndexPage,
    NewsPage,
    NewsPageTag,
    SectionPage,
    StandardPage,
    StandardPageTag,
)
from .settings import SiteSettings
from .snippets import Audience, Partner, Person, Theme, Wijk
from .wordpress import WordPressImport, WordPressItem

__all__ = [
    "Audience",
    "BasePage",
    "BlogIndexPage",
    "BlogPage",
    "BlogPageTag",
    "ClassificationMixin",
    "ContactPage",
    "ContentPageMixin",
    "FormField",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
    "Partner",
    "Person",
    "SectionPage",
    "SiteSettings",
    "StandardPage",
    "StandardPageTag",
    "Theme",
    "Wijk",
    "WordPressImport",
    "WordPressItem",
]
