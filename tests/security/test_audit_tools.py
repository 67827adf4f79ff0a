"""The dependency audit step (`make audit`) never reports a package it could not check as
safe, and fails on any known vulnerability."""

from tests.security.audit_dependencies import summarise, verdict


def report(*dependencies):
    return {"dependencies": list(dependencies), "fixes": []}


CLEAN = {"name": "django", "version": "5.2.19", "vulns": []}
VULNERABLE = {
    "name": "pillow",
    "version": "13.0.0",
    "vulns": [{"id": "PYSEC-2099-1", "fix_versions": ["13.0.1"], "aliases": []}],
}
SKIPPED = {
    "name": "wagtail",
    "skip_reason": "Dependency not found on PyPI and could not be audited: wagtail (7.4.4)",
}


def test_known_vulnerability_fails_with_its_id_and_fix():
    lines, status = verdict(*summarise(report(CLEAN, VULNERABLE)), require_complete=False)

    assert status == 1
    assert "  pillow 13.0.0: PYSEC-2099-1 (fixed in: 13.0.1)" in lines


def test_clean_audit_passes_and_says_how_many_packages_were_checked():
    lines, status = verdict(*summarise(report(CLEAN)), require_complete=True)

    assert status == 0
    assert lines == ["pip-audit: no known vulnerabilities in the 1 audited packages."]


def test_unaudited_packages_are_listed_and_never_counted_as_clean():
    lines, status = verdict(*summarise(report(CLEAN, SKIPPED)), require_complete=False)
    text = "\n".join(lines)

    assert status == 0
    assert "no known vulnerabilities in the 1 audited packages" in text
    assert "NOT AUDITED: 1 of 2 packages" in text
    assert "Dependency not found on PyPI and could not be audited (1):" in text
    assert "wagtail (7.4.4)" in text


def test_unaudited_packages_fail_when_a_complete_audit_is_required():
    lines, status = verdict(*summarise(report(CLEAN, SKIPPED)), require_complete=True)

    assert status == 1
    assert "AUDIT_REQUIRE_COMPLETE=1, so this fails." in lines[-1]


def test_vulnerability_still_fails_when_other_packages_could_not_be_audited():
    _lines, status = verdict(*summarise(report(VULNERABLE, SKIPPED)), require_complete=False)

    assert status == 1
