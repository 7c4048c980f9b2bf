"""A source change from an updated release reads as such in the history, not as a translatable toggle."""

from typing import Any

from translator_app.domain.models import Event, EventKind
from translator_app.ui.panels.history_panel import HistoryPanel


def test_a_source_change_is_described_with_old_and_new_source(qtbot: Any) -> None:
    panel = HistoryPanel()
    qtbot.addWidget(panel)
    event = Event(7, EventKind.SOURCE, "ana", "Dix cliniques.", "Douze cliniques.")
    text = panel.describe(event)
    assert text.startswith("Source updated")
    assert "Dix cliniques." in text and "Douze cliniques." in text
