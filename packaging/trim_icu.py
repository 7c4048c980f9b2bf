"""Shrink the ICU data library of a Linux bundle (``libicudata.so.NN``, 31 MB) to what Qt can reach (4.6 MB).

PySide6's Linux wheels ship ICU because QtCore links it, and QtCore is its only user: it calls ICU for
collation (QCollator, e.g. sorting in Qt's file dialog), locale-aware case mapping (QLocale::toUpper), the
legacy codecs of QStringDecoder and the names of time zones. Its own CLDR tables serve QLocale, so ICU's
per-locale data is only needed for the root locale and the interface languages. What goes:

- the locale data (top-level ``<locale>.res`` and the same in ``coll/``, ``curr/``, ``lang/``, ``region/``,
  ``unit/``, ``zone/``, ``rbnf/``) of every language but the kept ones (their regional variants stay);
- the multi-byte converters (CJK code pages, GB 18030: 4.5 MB); the single-byte ones stay;
- ``brkitr/`` (break iterators and their dictionaries, 3.2 MB) and ``translit/`` (1.0 MB), but only when
  no library of the bundle calls them: QtCore has its own text boundaries, and ICU reaches them only from
  APIs Qt does not call (title case, date-format capitalisation, string search). Checked, not assumed.

The locale data goes for 17.1 MB. Everything else stays: root, pools, indexes, supplemental data, time zones,
normalisation and case data. ``icupkg`` refuses to remove an item a kept one depends on (a parent locale, a
pool), and the new library must give, for every kept locale and converter, the answers the old one gave
(collation order, time zone names, case mapping, decoding) before it replaces it: any failure stops the build.

Usage: ``trim_icu.py BUNDLE [--languages en,fr,es]`` (``BUNDLE``: the PyInstaller folder). Needs ``icupkg``
(package icu-devtools), ``gcc`` and ``nm``.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from functools import cmp_to_key
from pathlib import Path
from typing import Any

#: A locale item: ``fr.res``, ``fr_CA.res``, ``es_419.res``, ``coll/es__TRADITIONAL.res`` (not res_index.res).
LOCALE_ITEM = re.compile(r"(?P<language>[a-z]{2,3})(?:_\w*)?\.res")
#: Trees dropped whole when no library of the bundle imports an ICU symbol matching the pattern.
UNREACHED_TREES = {
    "brkitr": re.compile(r"ubrk_|BreakIterator"),
    "translit": re.compile(r"utrans_|Transliterator"),
}
U_ZERO_ERROR = 0


@dataclass(frozen=True)
class Item:
    """One file of the ICU package (``coll/fr.res``) and its bytes."""

    name: str
    data: bytes


def megabytes(size: int) -> str:
    """In the unit of ``du -m``, which the build reports sizes in."""
    return f"{size / 1024 / 1024:.1f} MB"


def run(*command: str) -> str:
    """Run a build tool; a failure raises, with its output, so that the build stops."""
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    return done.stdout


def symbol_extent(library: Path, symbol: str) -> tuple[int, int]:
    """The (address, size) of a dynamic symbol, from ``nm -D -S``."""
    for line in run("nm", "-D", "-S", "--defined-only", str(library)).splitlines():
        fields = line.split()
        if len(fields) == 4 and fields[3] == symbol:
            return int(fields[0], 16), int(fields[1], 16)
    raise SystemExit(f"{library.name} exports no {symbol}")


def read_symbol(library: Path, symbol: str) -> bytes:
    """The bytes of a data symbol: its address mapped to a file offset through the ELF program headers."""
    address, size = symbol_extent(library, symbol)
    elf = library.read_bytes()
    if elf[:6] != b"\x7fELF\x02\x01":
        raise SystemExit(f"{library.name} is not a little-endian 64-bit ELF file")
    (phoff,) = struct.unpack_from("<Q", elf, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", elf, 0x36)
    for index in range(phnum):
        kind, _flags, offset, vaddr, _paddr, filesz, _memsz, _align = struct.unpack_from(
            "<IIQQQQQQ", elf, phoff + index * phentsize
        )
        if kind == 1 and vaddr <= address and address + size <= vaddr + filesz:  # PT_LOAD
            start = address - vaddr + offset
            return elf[start : start + size]
    raise SystemExit(f"{symbol} of {library.name} lies in no loaded segment")


def package_items(package: bytes) -> tuple[str, list[Item]]:
    """The items of an ICU common data package (ToC after the data header) and their name prefix
    (``icudt73l``: ICU looks the items up under it)."""
    header_size, magic = struct.unpack_from("<H2s", package, 0)
    if magic != b"\xda\x27" or package[12:16] != b"CmnD":
        raise SystemExit("the ICU data symbol does not hold an ICU common data package")
    (count,) = struct.unpack_from("<I", package, header_size)
    entries = [struct.unpack_from("<II", package, header_size + 4 + 8 * i) for i in range(count)]
    ends = [offset for _, offset in entries[1:]] + [len(package) - header_size]
    items = []
    for (name_offset, offset), end in zip(entries, ends, strict=True):
        name = package[header_size + name_offset : package.index(b"\0", header_size + name_offset)].decode()
        items.append(Item(name, package[header_size + offset : header_size + end]))
    prefix = items[0].name.split("/", 1)[0]
    return prefix, [Item(item.name.removeprefix(f"{prefix}/"), item.data) for item in items]


def max_bytes_per_char(converter: bytes) -> int:
    """``maxBytesPerChar`` of a ``.cnv`` file: byte 71 of its UConverterStaticData (structSize, name[60],
    codepage, platform, conversionType, minBytesPerChar, maxBytesPerChar), after the data header."""
    header_size = int.from_bytes(converter[:2], "little")
    return converter[header_size + 71]


def locale_language(base: str) -> str | None:
    """The language of a locale item (``fr_CA.res`` -> ``fr``), None for other items (``root.res``)."""
    locale = LOCALE_ITEM.fullmatch(base)
    return locale["language"] if locale and base != "res_index.res" else None


def icu_imports(bundle: Path, version: str) -> dict[str, set[str]]:
    """The ICU symbols each ELF file of the bundle (ICU's own libraries aside) imports."""
    suffix, namespace = f"_{version}", f"icu_{version}"
    found: dict[str, set[str]] = {}
    for path in sorted(bundle.rglob("*")):
        if not path.is_file() or path.is_symlink() or path.name.startswith("libicu"):
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        names = run("nm", "-D", "--undefined-only", str(path)).split()
        icu = {name for name in names if name.endswith(suffix) or namespace in name}
        if icu:
            found[str(path.relative_to(bundle))] = icu
    return found


def reason_to_remove(item: Item, languages: tuple[str, ...], unreached: set[str]) -> str | None:
    """Why an item goes (a short label for the summary), or None to keep it."""
    tree, _, base = item.name.rpartition("/")
    if tree in unreached:
        return f"{tree}/ (nothing calls it)"
    language = locale_language(base)
    if language and language not in languages:
        return "locale data of other languages"
    if not tree and base.endswith(".cnv") and max_bytes_per_char(item.data) > 1:
        return "multi-byte converters"
    return None


def build_library(package: Path, soname: str, symbol: str, output: Path) -> None:
    """A data-only shared library exporting ``symbol`` (an object, 16-byte aligned) with the package in it."""
    source = output.with_name(f"{symbol}.S")
    source.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n"
        f"\t.type {symbol}, @object\n"
        "\t.balign 16\n"
        f"{symbol}:\n"
        f'\t.incbin "{package}"\n'
        f"\t.size {symbol}, . - {symbol}\n"
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="utf-8",
    )
    linker = [f"-Wl,-soname,{soname}", "-Wl,-z,noexecstack"]
    run("gcc", "-shared", "-nostdlib", "-s", *linker, "-o", str(output), str(source))


class Icu:
    """ICU's C API through ctypes, with the version suffix its symbols carry (``ucol_open_73``)."""

    def __init__(self, folder: Path, version: str, data: Path) -> None:
        self.version = version
        mode = ctypes.RTLD_GLOBAL  # libicuuc then takes this libicudata (same SONAME) instead of looking
        self.libraries = [ctypes.CDLL(str(data), mode)] + [
            ctypes.CDLL(str(folder / f"libicu{name}.so.{version}"), mode) for name in ("uc", "i18n")
        ]

    def function(self, name: str, restype: Any) -> Any:
        """The C function ``name`` (version suffix added)."""
        for library in self.libraries:
            function = getattr(library, f"{name}_{self.version}", None)
            if function is not None:
                function.restype = restype
                return function
        raise SystemExit(f"ICU has no {name}_{self.version}")

    def call(self, name: str, restype: Any, *args: Any) -> Any:
        """Call ``name`` with a trailing ``UErrorCode*``; an error raises (a warning such as "fell back to the
        root locale" does not)."""
        status = ctypes.c_int(U_ZERO_ERROR)
        result = self.function(name, restype)(*args, ctypes.byref(status))
        if status.value > U_ZERO_ERROR:
            raise SystemExit(f"ICU {name}{args!r} returned status {status.value}")
        # a pointer goes back in as a pointer (a bare int would be passed as a 32-bit C int)
        return ctypes.c_void_p(result) if restype is ctypes.c_void_p else result


#: Words whose order differs between collations: French of Canada sorts accents from the end of the word,
#: Spanish puts ñ after n.
SAMPLE_WORDS = ("cote", "côte", "coté", "côté", "élan", "Zèbre", "eau", "Éa", "ñu", "nube", "nz")


def probe(folder: Path, library: Path, locales: list[str], converters: list[str]) -> dict[str, Any]:
    """What Qt gets from ICU, with ``library`` as the data: collation order and time zone names per locale,
    case mapping, and every converter's decoding of the 256 byte values. Run with the old and the new data,
    the results must match for the locales kept (they fall back to root for the others)."""
    icu = Icu(folder, library.name.rsplit(".", 1)[1], library)
    strcoll = icu.function("ucol_strcoll", ctypes.c_int)
    found: dict[str, Any] = {}
    zone, text = "Europe/Paris".encode("utf-16-le"), "straße i".encode("utf-16-le")
    standard = 0  # UCAL_STANDARD: "Central European Standard Time"
    for locale in locales:
        tag = locale.encode()
        collator = icu.call("ucol_open", ctypes.c_void_p, tag)

        def compare(a: bytes, b: bytes, collator: Any = collator) -> int:
            return int(strcoll(collator, a, len(a) // 2, b, len(b) // 2))

        ordered = sorted((word.encode("utf-16-le") for word in SAMPLE_WORDS), key=cmp_to_key(compare))
        icu.function("ucol_close", None)(collator)
        calendar = icu.call("ucal_open", ctypes.c_void_p, zone, len(zone) // 2, tag, 0)
        name = ctypes.create_string_buffer(256)
        length = icu.call("ucal_getTimeZoneDisplayName", ctypes.c_int, calendar, standard, tag, name, 128)
        icu.function("ucal_close", None)(calendar)
        upper = ctypes.create_string_buffer(64)
        size = icu.call("u_strToUpper", ctypes.c_int, upper, 32, text, len(text) // 2, tag)
        found[f"locale {locale}"] = {
            "collation": [word.decode("utf-16-le") for word in ordered],
            "Europe/Paris": name.raw[: 2 * length].decode("utf-16-le"),
            "upper": upper.raw[: 2 * size].decode("utf-16-le"),
        }
    every_byte = bytes(range(256))
    for converter in converters:
        handle = icu.call("ucnv_open", ctypes.c_void_p, converter.encode())
        decoded = ctypes.create_string_buffer(2048)
        size = icu.call("ucnv_toUChars", ctypes.c_int, handle, decoded, 1024, every_byte, len(every_byte))
        icu.function("ucnv_close", None)(handle)
        found[f"converter {converter}"] = decoded.raw[: 2 * size].decode("utf-16-le", "surrogatepass")
    return found


def same_results(folder: Path, old: Path, new: Path, locales: list[str], converters: list[str]) -> None:
    """Probe the old and the new library (each in a process of its own: they share a SONAME) and compare."""
    results = []
    for library in (old, new):
        command = [sys.executable, __file__, str(folder), "--probe", str(library)]
        command += ["--locales", ",".join(locales), "--converters", *converters]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"probing ICU with {library} failed ({done.returncode}):\n{done.stderr}")
        results.append(json.loads(done.stdout))
    differences = sorted(key for key in results[0] if results[0][key] != results[1].get(key))
    if differences or len(results[0]) != len(locales) + len(converters):
        raise SystemExit(f"the trimmed ICU data gives other results for: {differences}")


def trim(bundle: Path, languages: tuple[str, ...]) -> None:
    """Replace the bundle's ``libicudata.so.NN`` by one with only the data Qt can reach for ``languages``."""
    libraries = [path for path in bundle.rglob("libicudata.so.*") if path.is_file() and not path.is_symlink()]
    if len(libraries) != 1:
        raise SystemExit(f"expected one libicudata.so.* in {bundle}, found {[str(p) for p in libraries]}")
    library = libraries[0]
    version = library.name.rsplit(".", 1)[1]
    if not version.isdigit():
        raise SystemExit(f"no ICU version in the name {library.name}")
    symbol = f"icudt{version}_dat"
    package = read_symbol(library, symbol)
    prefix, items = package_items(package)

    users = icu_imports(bundle, version)
    for user, names in users.items():
        print(f"ICU: {user} imports {len(names)} ICU functions")
    imported = {name for names in users.values() for name in names}
    unreached = {tree for tree, pattern in UNREACHED_TREES.items() if not any(map(pattern.search, imported))}
    removed: Counter[str] = Counter()
    removed_names, kept = [], []
    for item in items:
        reason = reason_to_remove(item, languages, unreached)
        if reason:
            removed[reason] += len(item.data)
            removed_names.append(item.name)
        else:
            kept.append(item)

    with tempfile.TemporaryDirectory(prefix="trim-icu-") as scratch:
        work = Path(scratch)
        (work / "in").mkdir()
        original, trimmed = work / "in" / f"{prefix}.dat", work / f"{prefix}.dat"
        original.write_bytes(package)
        (work / "remove.txt").write_text("\n".join(removed_names) + "\n", encoding="utf-8")
        # icupkg fails (and the build with it) if a kept item depends on a removed one
        run("icupkg", "-r", str(work / "remove.txt"), str(original), str(trimmed))
        listed = set(run("icupkg", "-l", str(trimmed)).split())
        if listed != {item.name for item in kept}:
            raise SystemExit(f"icupkg kept {len(listed)} items, {len(kept)} were expected")
        new = work / library.name
        build_library(trimmed, library.name, symbol, new)
        if read_symbol(new, symbol) != trimmed.read_bytes():
            raise SystemExit(f"{new.name} does not hold the trimmed package")
        locales = [item.name.removesuffix(".res") for item in kept if locale_language(item.name)]
        converters = [item.name.removesuffix(".cnv") for item in kept if item.name.endswith(".cnv")]
        same_results(library.parent, library, new, ["root", *locales], converters)
        before = library.stat().st_size
        staged = library.with_name(f".{library.name}.trimmed")  # beside it, for an atomic replace
        shutil.copyfile(new, staged)
        staged.chmod(library.stat().st_mode)
        os.replace(staged, library)

    for reason, size in removed.most_common():
        print(f"ICU data: removed {reason}: {megabytes(size)}")
    print(
        f"ICU data: kept {len(kept)} of {len(items)} items ({megabytes(sum(len(i.data) for i in kept))}); "
        f"{library.relative_to(bundle)}: {megabytes(before)} -> {megabytes(library.stat().st_size)}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("folder", type=Path, help="the bundle (with --probe: the folder of ICU's libraries)")
    parser.add_argument("--languages", default="en,fr,es", help="the languages whose locale data stays")
    parser.add_argument("--probe", type=Path, metavar="LIBICUDATA", help="print ICU's results with this data")
    parser.add_argument("--locales", default="root", help="with --probe: the locales to probe")
    parser.add_argument("--converters", nargs="*", default=[], help="with --probe: the converters to probe")
    args = parser.parse_args()
    if args.probe:
        print(json.dumps(probe(args.folder, args.probe, args.locales.split(","), args.converters)))
    else:
        trim(args.folder, tuple(args.languages.split(",")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
