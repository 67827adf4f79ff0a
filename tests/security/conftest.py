"""Data built once per module: rendering certificates and invoices is too slow to repeat
for every one of hundreds of cases."""

import shutil
from pathlib import Path

from django.db import transaction


def built_once(build, django_db_blocker):
    """For a module-scoped fixture: `build()` inside an outer transaction that is rolled
    back when the module is done (each test runs in a savepoint within it). The stored
    invoice files go too, as test_invoices.py does."""
    from django.conf import settings

    invoices = Path(settings.PRIVATE_MEDIA_ROOT) / "facturen"
    shutil.rmtree(invoices, ignore_errors=True)
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            data = build()
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    yield data
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)
    shutil.rmtree(invoices, ignore_errors=True)
