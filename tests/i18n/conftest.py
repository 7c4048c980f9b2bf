"""The UI-language tests open the real window: they share the window tests' workspace fixtures."""

from tests.ui.conftest import _qt_application, add_release, workspace

__all__ = ["_qt_application", "add_release", "workspace"]
