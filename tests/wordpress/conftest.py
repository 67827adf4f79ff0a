"""The builder's export, written once per module and read back with the WXR reader. A
module that needs another export defines its own `export` fixture."""

import pytest

from cms.wordpress import wxr
from tests.wordpress import export_builder as builder


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    return builder.build_export(tmp_path_factory.mktemp("wxr") / "export.xml")


@pytest.fixture(scope="module")
def records(export):
    return list(wxr.read(export.path))


@pytest.fixture(scope="module")
def items(records):
    return {record.post_id: record for record in records if isinstance(record, wxr.Item)}
