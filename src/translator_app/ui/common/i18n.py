"""Interface language: Qt's and the app's catalogues, and plurals that read well even without a catalogue.

Source strings are English and use Qt's numerus convention (``"%n segment(s)"``), so that translators give
every plural form their language has. English itself ships no catalogue, so :func:`english_plural` resolves
the "(s)" the English way when no translation replaced it. Dates follow the user's locale.
"""

from __future__ import annotations

from datetime import datetime
from importlib import resources

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QTime, QTranslator

#: Translators must outlive the call that installs them: Qt keeps only a pointer.
_installed: list[QTranslator] = []
#: The default locale before a chosen language replaced it, restored by :func:`uninstall_translations`.
_default_before: list[QLocale] = []


def interface_locale(language: str = "") -> QLocale:
    """The locale of the interface: ``language`` ("fr", "es", "en"…) from Preferences, else the system's."""
    language = language.strip()
    return QLocale(language) if language else QLocale.system()


def install_translations(app: QCoreApplication, locale: QLocale | str | None = None) -> list[str]:
    """Load Qt's own strings (standard buttons, shortcuts) and the app's, for ``locale`` or the system's.

    ``locale`` may be a language code as saved in the settings ("fr", "es", "en"; "" follows the system).
    Catalogues installed by an earlier call are removed first, so calling it again switches the language.
    Returns the names of the catalogues found; a missing catalogue leaves that part in English.
    """
    chosen = isinstance(locale, str) and bool(locale.strip())
    if locale is None or isinstance(locale, str):
        locale = interface_locale(locale or "")
    uninstall_translations(app)
    if chosen:
        _default_before.append(QLocale())
        QLocale.setDefault(locale)  # dates and numbers follow the chosen language too
    loaded: list[str] = []
    qtbase = QTranslator(app)
    if qtbase.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
        loaded.append("qtbase")
    own = QTranslator(app)
    folder = resources.files("translator_app").joinpath("resources", "i18n")
    if folder.is_dir() and own.load(locale, "translator_app", "_", str(folder)):
        app.installTranslator(own)
        _installed.append(own)
        loaded.append("translator_app")
    return loaded


def uninstall_translations(app: QCoreApplication) -> None:
    """Remove the catalogues :func:`install_translations` installed: the interface is English again."""
    while _installed:
        app.removeTranslator(_installed.pop())
    if _default_before:
        QLocale.setDefault(_default_before[0])
        _default_before.clear()


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for ``lupdate`` under ``context`` and return it unchanged (Qt's own returns ``object``).

    For tables built at import time: translate the entry with ``QCoreApplication.translate(context, text)``
    when it is shown, once the catalogue is installed.
    """
    return text


def english_plural(text: str, n: int) -> str:
    """Resolve Qt's "(s)" numerus marker the English way, for strings no catalogue translated.

    Call it on the result of ``tr("%n segment(s)", "", n)`` (kept a literal ``tr`` call for ``lupdate``): a
    catalogue's plural forms have no "(s)" and pass through unchanged.
    """
    if "(s)" not in text:
        return text
    return text.replace("(s)", "" if n == 1 else "s")


def format_when(moment: datetime | None) -> str:
    """Today's changes by their time, older ones by their date, in the user's locale."""
    if moment is None:
        return ""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    stamp = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    locale = QLocale()
    if stamp.date() == QDateTime.currentDateTime().date():
        return locale.toString(stamp.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(stamp.date(), QLocale.FormatType.ShortFormat)
