"""The one PDF renderer pauses the cyclic garbage collector only while WeasyPrint works:
afterwards it runs again, also when the render fails, and a collector that something
else switched off stays off."""

import gc

import pytest
from weasyprint import HTML

from cms import pdf


@pytest.fixture(autouse=True)
def plain_template(monkeypatch):
    monkeypatch.setattr(pdf, "render_to_string", lambda name, context: "<p>Hallo</p>")


@pytest.fixture
def collector_on():
    gc.enable()
    yield
    gc.enable()


def test_the_collector_runs_again_after_a_render(collector_on):
    data = pdf.render_pdf("any.html", {})
    assert data.startswith(b"%PDF")
    assert gc.isenabled()


def test_the_collector_runs_again_after_a_failed_render(collector_on, monkeypatch):
    def broken(*args, **kwargs):
        assert not gc.isenabled()  # paused while WeasyPrint works
        raise RuntimeError("kapot")

    monkeypatch.setattr(HTML, "write_pdf", broken)
    with pytest.raises(RuntimeError):
        pdf.render_pdf("any.html", {})
    assert gc.isenabled()


def test_a_collector_switched_off_elsewhere_stays_off(collector_on):
    gc.disable()
    pdf.render_pdf("any.html", {})
    assert not gc.isenabled()
