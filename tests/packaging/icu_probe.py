"""Print as JSON what ICU gives Qt with the ICU libraries of a folder: ``python icu_probe.py QT_LIB_FOLDER``.

Run once with the bundle's trimmed ICU and once with the untrimmed one of the virtualenv's PySide6, each in a
process of its own (the two share their SONAMEs). The folder's libicudata, libicuuc and libicui18n are loaded
first, by path; PySide6's QtCore, imported next, binds to them rather than to its own copies, so QCollator,
QLocale and QTimeZone answer from the folder's data too. ``icudata`` says which file was really mapped.
"""

from __future__ import annotations

import ctypes
import json
import sys
from functools import cmp_to_key
from pathlib import Path
from typing import Any

#: The locales Qt may ask ICU about in this app: the root, the UI languages and some of their variants.
LOCALES = ("root", "en", "en_US", "en_GB", "fr", "fr_CA", "fr_CH", "es", "es_419", "es_MX")
#: Words whose order depends on the collation: accents read backwards in fr_CA, ñ after n in Spanish.
WORDS = ("élan", "Zèbre", "eau", "Éa", "cote", "côte", "coté", "côté", "ñu", "nube", "nz")
#: Legacy single-byte code pages a file may still be in, by the names Qt's QStringDecoder is given.
CODECS = ("windows-1252", "ISO-8859-15", "ISO-8859-2", "windows-1251", "KOI8-R", "IBM437", "macintosh")
U_ZERO_ERROR = 0
#: Where a function takes its ``(UChar *dest, int32_t capacity)`` output pair.
OUT = object()


def utf16(text: str) -> bytes:
    return text.encode("utf-16-le")


def units(text: str) -> int:
    return len(utf16(text)) // 2


class Icu:
    """ICU's C functions, by their versioned names (``ucol_open_73``)."""

    def __init__(self, folder: Path) -> None:
        data = next(folder.glob("libicudata.so.*"))
        self.version = data.name.rsplit(".", 1)[1]
        self.libraries = [
            ctypes.CDLL(str(folder / f"libicu{name}.so.{self.version}"), ctypes.RTLD_GLOBAL)
            for name in ("data", "uc", "i18n")
        ]

    def __getattr__(self, name: str) -> Any:
        for library in self.libraries:
            function = getattr(library, f"{name}_{self.version}", None)
            if function is not None:
                return function
        raise AttributeError(name)

    def text(self, name: str, *args: Any) -> dict[str, Any]:
        """Call a function that writes UTF-16 into the output pair at ``OUT`` and sets a trailing
        ``UErrorCode*``: its status and the text."""
        buffer, status = ctypes.create_string_buffer(512), ctypes.c_int(U_ZERO_ERROR)
        function = getattr(self, name)
        function.restype = ctypes.c_int
        expanded = [part for arg in args for part in ((buffer, 256) if arg is OUT else (arg,))]
        length = function(*expanded, ctypes.byref(status))
        return {"status": status.value, "text": buffer.raw[: 2 * max(length, 0)].decode("utf-16-le")}

    def pointer(self, name: str, *args: Any) -> tuple[ctypes.c_void_p, int]:
        """Call a function that returns a handle and sets a trailing ``UErrorCode*``."""
        status = ctypes.c_int(U_ZERO_ERROR)
        function = getattr(self, name)
        function.restype = ctypes.c_void_p
        return ctypes.c_void_p(function(*args, ctypes.byref(status))), status.value


def with_icu(icu: Icu) -> dict[str, Any]:
    found: dict[str, Any] = {}
    icu.ucol_strcoll.restype = ctypes.c_int
    for locale in LOCALES:
        collator, status = icu.pointer("ucol_open", locale.encode())
        if status > U_ZERO_ERROR:
            found[f"ucol_open {locale}"] = status
            continue

        def compare(a: str, b: str, collator: ctypes.c_void_p = collator) -> int:
            return int(icu.ucol_strcoll(collator, utf16(a), units(a), utf16(b), units(b)))

        found[f"ucol_strcoll {locale}"] = sorted(WORDS, key=cmp_to_key(compare))
        icu.ucol_close(collator)
        for shown_in in ("en", "fr", "es"):
            found[f"uloc_getDisplayName {locale} in {shown_in}"] = icu.text(
                "uloc_getDisplayName", locale.encode(), shown_in.encode(), OUT
            )
        zone = "America/Montreal"
        calendar, status = icu.pointer("ucal_open", utf16(zone), units(zone), locale.encode(), 0)
        found[f"ucal_getTimeZoneDisplayName {locale}"] = icu.text(
            "ucal_getTimeZoneDisplayName", calendar, 0, locale.encode(), OUT  # 0: UCAL_STANDARD
        )
        icu.ucal_close(calendar)
    phrase = "straße île ά"
    for locale in ("fr", "tr", "el"):
        upper = icu.text("u_strToUpper", OUT, utf16(phrase), units(phrase), locale.encode())
        found[f"u_strToUpper {locale}"] = upper
    every_byte = bytes(range(32, 256))
    for codec in (*CODECS, "UTF-16LE"):
        converter, status = icu.pointer("ucnv_open", codec.encode())
        if status > U_ZERO_ERROR:
            found[f"ucnv_open {codec}"] = status
            continue
        decoded = icu.text("ucnv_toUChars", converter, OUT, every_byte, len(every_byte))
        found[f"ucnv_toUChars {codec}"] = decoded
        icu.ucnv_close(converter)
    return found


def with_qt() -> dict[str, Any]:
    from PySide6.QtCore import QByteArray, QCollator, QLocale, QStringConverter, QTimeZone

    found: dict[str, Any] = {}
    for locale in LOCALES[1:]:
        collator = QCollator(QLocale(locale))
        found[f"QCollator {locale}"] = sorted(WORDS, key=cmp_to_key(collator.compare))
    found["QLocale tr toUpper"] = QLocale("tr").toUpper("istanbul")
    zone = QTimeZone(QByteArray(b"Europe/Paris"))
    standard, long_name = QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName
    found["QTimeZone names"] = {
        locale: zone.displayName(standard, long_name, QLocale(locale)) for locale in ("en", "fr", "es")
    }
    codecs = QStringConverter.availableCodecs()
    found["QStringConverter codecs"] = sorted(name for name in CODECS if name in codecs)
    return found


def mapped_icudata() -> list[str]:
    maps = Path("/proc/self/maps").read_text(encoding="utf-8").splitlines()
    return sorted({line.split()[-1] for line in maps if "libicudata" in line})


def main() -> int:
    icu = Icu(Path(sys.argv[1]))
    results = {"icu": with_icu(icu), "qt": with_qt(), "icudata": mapped_icudata()}
    print(json.dumps(results, ensure_ascii=False, indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
