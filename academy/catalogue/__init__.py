"""The public catalogue of the Vrijwilligersacademie and its course pages.

- queries: which courses the catalogue lists, in which order, with which filters;
- cards: what a card and a course page say about dates, places and prices;
- listing_cache: how long a rendered list of cards may be reused;
- pages: the context of the catalogue page and of a course page;
- schema: a course page's schema.org data.

What a visitor can do with an edition (a place, the waiting list, not yet, no more) is
decided in academy.rules, like everywhere else.
"""
