"""Backup and restore, tried for real: build a site with an issued certificate in its own
PostgreSQL database, run deploy/backup, wipe the database and the media folders, run
deploy/restore, and check that the site, the certificate check and the stored PDF are back."""

import json
import shutil
import subprocess

import pytest

from .conftest_prodrun import (
    ROOT,
    base_env,
    create_empty_database,
    database_url,
    django_script,
    drop_database,
    run,
    scratch_database,
)

BACKUP = str(ROOT / "deploy" / "backup")
RESTORE = str(ROOT / "deploy" / "restore")

# Runs with the dev settings (the demo's), DEBUG off, against the scratch database: an
# image (a file in MEDIA_ROOT), a course with a finished edition and a professional's
# certificate (the PDF rendered and stored in PRIVATE_MEDIA_ROOT).
BUILD_SITE = """
import hashlib, json
from academy.services.certificates import issue_certificate
from tests import factories as f
from tests.academy.certificate_builders import (
    accredited_course, attend, finished_edition, professional)

image = f.make_image(title="Buurtcentrum")
course = accredited_course(title="Signalen herkennen", points="4.0")
registration = attend(professional(finished_edition(course, sessions=2)))
certificate = issue_certificate(registration, notify=False)
with certificate.file.open("rb") as stored:
    pdf = stored.read()
print(json.dumps({
    "course_url": course.url,
    "code": certificate.code,
    "token": registration.token,
    "pdf_sha256": hashlib.sha256(pdf).hexdigest(),
    "image_file": image.file.name,
}))
"""

# Afterwards, against the restored database: the pages a visitor and a register would open.
CHECK_SITE = """
import hashlib, json, sys
from django.test import Client
from django.urls import reverse
facts = json.loads(sys.argv[1])
client = Client()
course = client.get(facts["course_url"])
verify = client.get(reverse("academy:verify_certificate"), {"code": facts["code"]})
download = client.get(reverse("academy:certificate_by_token", args=[facts["token"]]))
body = b"".join(download.streaming_content) if download.streaming else download.content
print(json.dumps({
    "course": [course.status_code, "Signalen herkennen" in course.content.decode()],
    "verify": [verify.status_code, "Dit certificaat is geldig" in verify.content.decode()],
    "download": [download.status_code, download.get("Content-Type", ""),
                 hashlib.sha256(body).hexdigest()],
}))
"""


def site_env(name, folder):
    return base_env(
        DJANGO_SETTINGS_MODULE="cms.settings.dev",
        DEBUG="0",
        DATABASE_URL=database_url(name),
        MEDIA_ROOT=str(folder / "media"),
        PRIVATE_MEDIA_ROOT=str(folder / "private"),
        PAGE_CACHE_SECONDS="0",
    )


def run_in_django(code, env, *args):
    return run(
        [env["PYTHON"], "-c", "import django, sys; django.setup()\n" + code, *args], env
    ).stdout


@pytest.fixture(scope="module")
def scratch(django_db_setup, django_db_blocker):
    """Module scope: the copy is made before the test opens its transaction on the test
    database (a template database must have no other sessions)."""
    with scratch_database("test_vmca_backup", django_db_blocker) as name:
        yield name


@pytest.mark.postgres
@pytest.mark.slow
@pytest.mark.django_db  # so that pytest-django creates the test database the copy comes from
def test_backup_wipe_restore_brings_back_site_certificate_check_and_pdf(
    scratch, django_db_blocker, tmp_path
):
    name = scratch
    env = site_env(name, tmp_path)
    facts = json.loads(django_script(BUILD_SITE, env).strip().splitlines()[-1])
    assert (tmp_path / "media" / facts["image_file"]).is_file()

    backup = run([BACKUP, str(tmp_path / "backups")], env).stdout.strip().splitlines()[-1]
    backup_files = sorted(p.name for p in (tmp_path / "backups").iterdir())
    assert backup_files == [backup.rsplit("/", 1)[-1]]  # no *.partial left behind

    # Wipe: a new, empty database under the same name, and no media at all.
    with django_db_blocker.unblock():
        drop_database(name)
        create_empty_database(name)
    shutil.rmtree(tmp_path / "media")
    shutil.rmtree(tmp_path / "private")

    restored = run([RESTORE, backup], env)
    assert "restore: done" in restored.stdout
    assert (tmp_path / "media" / facts["image_file"]).is_file()

    # A second restore onto the restored site is refused: nothing is overwritten by accident.
    again = run([RESTORE, backup], env, check=False)
    assert again.returncode == 1
    assert "refused" in again.stderr and "--force" in again.stderr

    checked = json.loads(run_in_django(CHECK_SITE, env, json.dumps(facts)).splitlines()[-1])
    assert checked["course"] == [200, True]
    assert checked["verify"] == [200, True]
    status, content_type, sha256 = checked["download"]
    assert (status, content_type) == (200, "application/pdf")
    assert sha256 == facts["pdf_sha256"]


def test_restore_refuses_a_damaged_backup_and_changes_nothing(tmp_path):
    backup = tmp_path / "vmca-20260101T000000Z"
    backup.mkdir()
    for name in ("database.dump", "media.tar.gz", "private.tar.gz", "backup.txt"):
        (backup / name).write_bytes(b"content of " + name.encode())
    sums = subprocess.run(
        ["sha256sum", *sorted(p.name for p in backup.iterdir())],
        cwd=backup,
        capture_output=True,
        check=True,
    )
    (backup / "SHA256SUMS").write_bytes(sums.stdout)
    (backup / "database.dump").write_bytes(b"changed after the backup")
    env = base_env(
        DATABASE_URL="postgres://nobody@127.0.0.1:1/never-used",
        MEDIA_ROOT=str(tmp_path / "media"),
        PRIVATE_MEDIA_ROOT=str(tmp_path / "private"),
    )
    result = run([RESTORE, str(backup)], env, check=False)
    assert result.returncode == 1
    assert "damaged or incomplete" in result.stderr
    assert not (tmp_path / "media").exists()
