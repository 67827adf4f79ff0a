"""Phone numbers become tel: links the same way everywhere (the tel_href filter): people
type them with spaces, dashes or brackets, a tel: link allows none of those."""

import pytest

from cms.templatetags.site_tags import tel_href


@pytest.mark.parametrize(
    ("typed", "href"),
    [
        ("036 000 00 00", "0360000000"),
        ("06-1234 5678", "0612345678"),
        ("(036) 123 45 67", "0361234567"),
        ("+31 6 1234 5678", "+31612345678"),
        ("", ""),
        (None, ""),
    ],
)
def test_tel_href_keeps_digits_and_a_leading_plus(typed, href):
    assert tel_href(typed) == href
