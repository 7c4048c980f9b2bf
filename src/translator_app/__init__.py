"""Release Translator: translate and review press releases."""

__version__ = "0.1.0"
