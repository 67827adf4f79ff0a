"""Moving in: `manage.py import_wordpress` with 5,000 posts and 2,000 attachments.

Usage: python bench/wordpress_import.py [--rounds 3] [--posts 5000] [--attachments 2000]
Writes bench/var/wordpress/export.xml (tests/wordpress/export_builder.build_big_export:
both editor formats, a featured image on every other post) and a copy of wp-content/uploads
with one 1200x800 JPEG per attachment, once. Each round copies the bench database with the
demo content (bench/var/demo.sqlite3) and runs the command in its own process, as staff
would: the wall time and the process's peak memory (its maximum resident set size). Then
the same export a second time on that database: the re-import that must change nothing.
Targets (issue 19): the import in <= 5 minutes, memory under 500 MB.
"""

import argparse
import io
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import (  # noqa: E402
    PYTHON,
    ROOT,
    VAR,
    bench_env,
    machine_description,
    manage,
    median,
    prepare_database,
    record,
    table,
)

TARGET_S = 5 * 60
TARGET_MB = 500


def build_files(posts, attachments):
    """The export and its uploads, written once per size."""
    from tests.wordpress import export_builder

    folder = VAR / "wordpress" / f"{posts}-{attachments}"
    export = folder / "export.xml"
    uploads = folder / "uploads"
    if export.exists() and uploads.exists():
        return export, uploads
    shutil.rmtree(folder, ignore_errors=True)
    uploads.mkdir(parents=True)
    built = export_builder.build_big_export(export, posts=posts, attachments=attachments)
    for number in range(attachments):
        # The same layout build_big_export writes into _wp_attached_file.
        path = uploads / f"{2023 + number % 3}/{number % 12 + 1:02d}/foto-{number}.jpg"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(photo(number))
    print(f"export: {built.size / 1e6:.1f} MB, {posts} posts, {attachments} attachments")
    return export, uploads


def photo(number):
    """A 1200x800 JPEG with bytes of its own: a duplicate would be stored once."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (1200, 800), (number * 47 % 256, number * 89 % 256, 120))
    ImageDraw.Draw(image).text((40, 40), f"foto {number}", fill=(255, 255, 255))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=60)
    return buffer.getvalue()


def run_import(database, export, uploads, media_root):
    """Wall seconds and peak memory (MB) of one `import_wordpress` process."""
    command = [
        PYTHON, "manage.py", "import_wordpress", str(export), "--media-dir", str(uploads),
        "--report", str(database.with_suffix(".report.txt")),
    ]  # fmt: skip
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, env=bench_env(database, MEDIA_ROOT=media_root),
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    # wait4 gives this one child's own peak (ru_maxrss, KB on Linux).
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(f"import_wordpress failed ({process.returncode})")
    return seconds, usage.ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--posts", type=int, default=5000)
    parser.add_argument("--attachments", type=int, default=2000)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    import django

    django.setup()
    print(f"Machine: {machine_description()}")
    demo = prepare_database("demo", rebuild=args.rebuild)
    export, uploads = build_files(args.posts, args.attachments)
    rows, first, again, peaks = [], [], [], []
    for number in range(1, args.rounds + 1):
        database = VAR / "wordpress" / f"round-{number}.sqlite3"
        media_root = VAR / "wordpress" / f"media-{number}"
        shutil.rmtree(media_root, ignore_errors=True)
        shutil.copyfile(demo, database)
        manage(database, "migrate", "--noinput", "-v", "0")
        seconds, peak = run_import(database, export, uploads, str(media_root))
        repeat, repeat_peak = run_import(database, export, uploads, str(media_root))
        first.append(seconds)
        again.append(repeat)
        peaks.append(max(peak, repeat_peak))
        rows.append((number, f"{seconds:.1f} s", f"{repeat:.1f} s", f"{peak:.0f} MB"))
        database.unlink()
        shutil.rmtree(media_root, ignore_errors=True)
    print(table(["round", "import", "again (no changes)", "peak memory"], rows))
    what = f"WordPress import, {args.posts:,} posts + {args.attachments:,} attachments"
    print(
        f"\n{what}: median {median(first):.1f} s (target <= {TARGET_S} s), "
        f"again {median(again):.1f} s, peak memory {max(peaks):.0f} MB (target < {TARGET_MB} MB)"
    )
    record(
        f"{what}, time",
        f"<= {TARGET_S // 60} min",
        f"{median(first):.0f} s",
        median(first) <= TARGET_S,
    )
    record(f"{what}, memory", f"< {TARGET_MB} MB", f"{max(peaks):.0f} MB", max(peaks) < TARGET_MB)


if __name__ == "__main__":
    main()
