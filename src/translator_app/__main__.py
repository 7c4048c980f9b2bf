"""``python -m translator_app``."""

from translator_app.cli import run

run()
