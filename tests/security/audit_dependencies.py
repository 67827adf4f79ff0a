"""Audit the pinned packages for known vulnerabilities with pip-audit, and say honestly
what could not be checked.

    python -m tests.security.audit_dependencies [requirements/test.txt]

pip-audit asks PyPI (or OSV) about every pinned version. Where that service does not answer
for a package, pip-audit skips it, prints only "No known vulnerabilities found" and exits 0:
a skipped package looks like a safe one. This step reads pip-audit's JSON instead and

- fails (exit 1) on any known vulnerability;
- lists every package that could not be audited, with pip-audit's reason;
- fails on those too when AUDIT_REQUIRE_COMPLETE=1 (use it where PyPI's per-version JSON
  API or api.osv.dev is reachable: a release pipeline, a developer's laptop). Without it,
  the step passes with the list printed, so that a CI machine without those services can
  still run the rest of the suite (see README, "Security").
"""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_pip_audit(requirements, service="pypi"):
    """pip-audit's JSON report, or None and the error text when pip-audit itself failed."""
    command = [
        str(Path(sys.executable).parent / "pip-audit"),
        "--requirement",
        str(requirements),
        "--require-hashes",
        "--disable-pip",
        "--vulnerability-service",
        service,
        "--format",
        "json",
        "--progress-spinner",
        "off",
        "--timeout",
        os.environ.get("AUDIT_TIMEOUT", "15"),
    ]
    result = subprocess.run(  # noqa: S603  (fixed command, no shell, no user input)
        command, cwd=ROOT, capture_output=True, text=True, check=False
    )
    try:
        return json.loads(result.stdout), ""
    except json.JSONDecodeError:
        return None, (result.stderr or result.stdout).strip()


def summarise(report):
    """(vulnerable, not_audited, audited_count) from pip-audit's JSON report."""
    vulnerable, not_audited, audited = [], [], 0
    for dependency in report.get("dependencies", []):
        if "skip_reason" in dependency:
            not_audited.append((dependency["name"], dependency["skip_reason"]))
            continue
        audited += 1
        for vulnerability in dependency.get("vulns", []):
            vulnerable.append(
                (
                    dependency["name"],
                    dependency.get("version", "?"),
                    vulnerability["id"],
                    ", ".join(vulnerability.get("fix_versions", [])) or "none yet",
                )
            )
    return vulnerable, not_audited, audited


def group_by_reason(not_audited):
    """pip-audit's reasons end in ": name (version)"; group the packages by the rest."""
    groups = {}
    for name, reason in not_audited:
        general, _sep, detail = reason.rpartition(": ")
        groups.setdefault(general or reason, []).append(detail if general else name)
    return groups


def verdict(vulnerable, not_audited, audited, require_complete):
    """The lines to print and the exit status."""
    lines = []
    total = audited + len(not_audited)
    if vulnerable:
        lines.append(f"pip-audit: {len(vulnerable)} known vulnerabilities:")
        lines += [
            f"  {name} {version}: {vid} (fixed in: {fix})" for name, version, vid, fix in vulnerable
        ]
    else:
        lines.append(f"pip-audit: no known vulnerabilities in the {audited} audited packages.")
    if not_audited:
        lines.append(
            f"pip-audit: NOT AUDITED: {len(not_audited)} of {total} packages; their "
            "vulnerability status is unknown, not clean:"
        )
        for reason, packages in group_by_reason(not_audited).items():
            lines.append(f"  {reason} ({len(packages)}):")
            lines += textwrap.wrap(
                ", ".join(packages),
                96,
                initial_indent="    ",
                subsequent_indent="    ",
                break_on_hyphens=False,
            )
        if require_complete:
            lines.append("pip-audit: AUDIT_REQUIRE_COMPLETE=1, so this fails.")
        else:
            lines.append(
                "pip-audit: passing anyway (no AUDIT_REQUIRE_COMPLETE=1); run `make audit "
                "AUDIT_REQUIRE_COMPLETE=1` where PyPI's JSON API or OSV answers."
            )
    failed = bool(vulnerable) or (bool(not_audited) and require_complete)
    return lines, 1 if failed else 0


def main(argv):
    requirements = Path(argv[1] if len(argv) > 1 else ROOT / "requirements" / "test.txt")
    require_complete = os.environ.get("AUDIT_REQUIRE_COMPLETE", "") in ("1", "true", "yes")
    report, error = run_pip_audit(requirements, os.environ.get("AUDIT_SERVICE", "pypi"))
    if report is None:
        print(f"pip-audit could not run, nothing was audited:\n{error}")
        return 1 if require_complete else 0
    lines, status = verdict(*summarise(report), require_complete)
    print("\n".join(lines))
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
