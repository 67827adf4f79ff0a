"""axe-core finds no WCAG 2.2 A/AA violations on any page type, at desktop and phone width.
Full-page screenshots of each page type at both widths go to test-artifacts/screenshots/."""

import pytest

from tests.browser.conftest import (
    BROWSER_TESTS,
    DESKTOP,
    PHONE,
    describe_violations,
    open_page_kind,
    run_axe,
)
from tests.conftest import PAGE_KINDS

pytestmark = BROWSER_TESTS

EXPECTED_STATUS = {"not_found": 404, "contact_errors": 400, "server_error": 500}


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280px", "360px"])
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_page_type_has_no_axe_violations(open_tab, site, artifacts_dir, kind, viewport):
    tab = open_tab(viewport=viewport)
    status = open_page_kind(tab, site, kind)
    assert status == EXPECTED_STATUS.get(kind, 200), f"{kind}: {tab.url}"

    screenshots = artifacts_dir / "screenshots"
    screenshots.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=screenshots / f"{kind}-{viewport['width']}px.png", full_page=True)

    violations = run_axe(tab)
    assert not violations, (
        f"axe-core: {len(violations)} WCAG 2.2 A/AA violation(s) on the {kind} page "
        f"{tab.url} at {viewport['width']}px:\n{describe_violations(violations)}"
    )
