"""Text set 1.5 times larger still fits: on every page, at the window's minimum size, no
label or button asks for more room than it is given, so nothing is clipped. At the usual text
size and the window's first size, no page needs to scroll."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from app.ui.style import theme

from ..conftest import Harness
from ..tour import every_page


@pytest.fixture
def text_scaled(qapp):
    saved = qapp.font()

    def scale(by: float) -> float:
        font = qapp.font()
        font.setPointSizeF(saved.pointSizeF() * by)
        qapp.setFont(font)
        return font.pointSizeF()

    yield scale
    qapp.setFont(saved)
    theme.apply(qapp, theme.current())


def squeezed(widget: QWidget) -> str:
    """What `widget` needs and lacks, or "" when its text fits."""
    if isinstance(widget, QLabel) and widget.wordWrap():
        need = widget.heightForWidth(widget.width())
        return f"{need} px high for {widget.height()}" if need > widget.height() else ""
    hint, size = widget.sizeHint(), widget.size()
    if hint.width() > size.width() or hint.height() > size.height():
        return f"{hint.width()}x{hint.height()} for {size.width()}x{size.height()}"
    return ""


def test_the_style_sheet_follows_the_application_font(qtbot, screened, text_scaled):
    points = text_scaled(1.5)
    Harness(qtbot, screened)
    scale = theme.applied_scale()
    assert scale == pytest.approx(points / theme.DESIGN_BASE_PT)
    assert (
        f"font-size: {theme.TEXT_PT['body'] * scale:.1f}pt" in QApplication.instance().styleSheet()
    )
    text_scaled(1.0)  # and back, as a desktop's font setting changes while the app runs
    assert theme.applied_scale() == 1.0


def test_every_page_fits_text_half_as_large_again(qtbot, screened, text_scaled):
    text_scaled(1.5)
    h = Harness(qtbot, screened)
    h.window.resize(h.window.minimumSize())
    problems: dict[str, list[str]] = {}
    pages = 0
    for name, page in every_page(h):
        pages += 1
        assert h.window.size() == h.window.minimumSize(), name
        for widget in page.findChildren(QLabel) + page.findChildren(QAbstractButton):
            text = widget.text()
            if not widget.isVisibleTo(h.window) or not text.strip():
                continue
            if lack := squeezed(widget):
                problems.setdefault(name, []).append(f"{text[:40]!r}: {lack}")
        assert page.width() <= page.parentWidget().width(), f"{name} scrolls sideways"
        h.shot(f"larger-text-{name.replace(' ', '-').replace(',', '')}")
    assert pages >= 14
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_at_the_usual_size_no_page_scrolls(harness):
    h = harness
    scrolling = []
    for name, page in every_page(h):
        holder = h.window.stack.currentWidget()
        if page.height() > page.parentWidget().height() or holder.verticalScrollBar().isVisible():
            scrolling.append(name)
        h.shot(f"usual-text-{name.replace(' ', '-').replace(',', '')}")
    assert scrolling == []
