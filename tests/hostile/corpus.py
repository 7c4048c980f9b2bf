"""The hostile-input corpus: files a press office might receive by mistake or by malice, generated at test
time (nothing big is stored in the repository), each with the outcome the command line must give.

A case names its command (``import``, ``tm import``, ``glossary import``, ``merge``), its file name and
bytes, and what must happen: ``None`` for a clean import (exit 0), or a fragment of the one error line
(exit 1). The merge cases need a release and its exports: :func:`cases` takes them from ``exports``.
``bench/bench_hostile.py`` runs the same corpus in subprocesses to measure time and peak memory.
"""

from __future__ import annotations

import codecs
import io
import random
import zipfile
from dataclasses import dataclass, field

import docx

# Fragments of the CLI's sentences (cli/messages.py): what the user reads.
EMPTY = "the file is empty"
BINARY = "binary content"
UNSAFE = "XML entity declarations"
DAMAGED = "is damaged"
UNCLEAR = "cannot be recognised"
DAMAGED_UTF8 = "UTF-8 but damaged on line"
NOTHING = "no text to translate"
TOO_LARGE = "too large"
TOO_MANY = "more than"
TOO_COMPLEX = "more markup than"
"""Also the start of the too-much-markup sentence."""
TOO_DEEP = "nested more than"
BAD_CSV = "cannot read the glossary CSV, line"
NO_UNITS = "no translation unit"
NO_TERMS = "no entry with both"
NOT_TMX = "not a TMX file"
NOT_TBX = "not a TBX file"
LANGUAGES = "no entry in the file is in the language pair"
FOREIGN = "not a file exported by this app"
UNSUPPORTED = "unsupported"
ENCODING = "encoding"
NOT_VALID = "is not valid"
TOO_LONG = "longer than"


@dataclass(frozen=True)
class Case:
    command: str
    """``import``, ``tm import``, ``glossary import`` or ``merge``."""
    name: str
    data: bytes
    error: str | None
    """A fragment of the expected error line, or None when the file must import."""
    flags: tuple[str, ...] = field(default=())
    """Global options put before the command (``--max-segments 50``)."""

    @property
    def label(self) -> str:
        return f"{self.command}:{self.name}"


FRENCH = (
    "Genève, 11 mars – L’Organisation internationale pour les migrations (OIM) publie son rapport. "
    "« Nous devons agir », a déclaré la directrice. Contact : presse@oim.example, +41 22 717 91 11.\n"
)
RELEASE = f"Communiqué de presse\n\n{FRENCH}\n{FRENCH}"
BOMB = (
    '<!DOCTYPE {root} [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
)
EXTERNAL = '<!DOCTYPE {root} [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
PARAMETER = '<!DOCTYPE {root} [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;]>'


def _random(seed: int, size: int, low: int = 0, high: int = 256) -> bytes:
    generator = random.Random(seed)
    return bytes(generator.randrange(low, high) for _ in range(size))


def _zip(entries: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, payload in entries.items():
            archive.writestr(name, payload)
    return out.getvalue()


def word_file(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _word_with_part(data: bytes, part: str, payload: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        entries = {info.filename: source.read(info) for info in source.infolist()}
    entries[part] = payload
    return _zip(entries)


def _encodings(text: str) -> list[tuple[str, bytes]]:
    return [(label, bom + text.encode(codec)) for label, codec, bom in WIDE] + [
        ("utf8-bom", codecs.BOM_UTF8 + text.encode())
    ]


def release_cases() -> list[Case]:
    text = RELEASE.encode()
    japanese = (
        "東京、3月11日、国際移住機関（IOM）は本日、新しい報告書を発表しました。日本語の文章です。\n" * 4
    )
    word = word_file(["Communiqué de presse", FRENCH.strip(), FRENCH.strip()])
    cases = [
        Case("import", "plain.txt", text, None),
        Case("import", "crlf.txt", RELEASE.replace("\n", "\r\n").encode(), None),
        Case("import", "cr.txt", RELEASE.replace("\n", "\r").encode(), None),
        Case("import", "cp1252.txt", RELEASE.replace("’", "'").encode("cp1252"), None),
        Case("import", "latin1.txt", "Été à Genève: café, crème, façade.\n".encode("latin-1"), None),
        Case("import", "shift-jis.txt", japanese.encode("shift_jis"), None),
        Case(
            "import",
            "koi8.txt",
            ("Москва, 11 марта - Международная организация сообщила.\n" * 4).encode("koi8_r"),
            None,
        ),
        Case("import", "empty.txt", b"", EMPTY),
        Case("import", "blank.txt", b" \n\t\r\n  ", EMPTY),
        Case("import", "bom-only.txt", codecs.BOM_UTF8, EMPTY),
        Case("import", "utf16-blank.txt", "   \n".encode("utf-16"), EMPTY),
        Case("import", "nul-first.txt", b"\x00" + text, BINARY),
        Case("import", "nul-late.txt", text * 100 + b"\x00\x01\x02" * 50, BINARY),
        Case("import", "controls.txt", bytes(range(1, 32)) * 30, BINARY),
        Case("import", "png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + _random(1, 500), BINARY),
        Case("import", "shift-jis-short.txt", "日本語".encode("shift_jis"), UNCLEAR),
        Case(
            "import",
            "damaged-utf8.txt",
            text + "Déjà vu: l'été \xe9 ".encode() + b"\xe9t\xe9\n",
            DAMAGED_UTF8,
        ),
        Case(
            "import",
            "truncated-utf8.txt",
            text + "Genè".encode()[:-1] + b"\n" + "déjà".encode(),
            DAMAGED_UTF8,
        ),
        Case("import", "report.pdf", b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n", UNSUPPORTED),
        Case("import", "program.exe", b"MZ\x90\x00" + _random(2, 400), UNSUPPORTED),
        Case("import", "menu-flood.txt", b"Accueil\nActualites\n" * 200, TOO_MANY, ("--max-segments", "100")),
        Case("import", "sentence-flood.txt", b"Une phrase. " * 500, TOO_MANY, ("--max-segments", "100")),
        Case("import", "oversize.txt", (FRENCH * 12_000).encode(), TOO_LARGE, ("--max-file-mb", "1")),
        Case("import", "one-long-line.txt", ("mot " * 200_000).encode(), None),
        Case("import", "word-renamed.txt", word, BINARY),
    ]
    for seed in range(4):
        cases.append(Case("import", f"random-{seed}.txt", _random(seed, 2000), BINARY))
    for seed in range(4):
        cases.append(Case("import", f"random-high-{seed}.txt", _random(10 + seed, 2000, 128), UNCLEAR))
    for label, data in _encodings(RELEASE):
        cases.append(Case("import", f"{label}.txt", data, None))
    return cases + markdown_cases() + html_cases() + word_cases(word)


def markdown_cases() -> list[Case]:
    page = "# Communiqué\n\n" + FRENCH
    return [
        Case("import", "plain.md", page.encode(), None),
        Case(
            "import",
            "raw-html.md",
            (page + "\n<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n").encode(),
            None,
        ),
        Case(
            "import",
            "forward-reference.md",
            (page + "\nVoir [le rapport][r].\n\n[r]: https://oim.example\n").encode(),
            None,
        ),
        Case("import", "fenced-only.md", b"```\n" + b"print('x')\n" * 20 + b"```\n", NOTHING),
        Case("import", "indented-code-only.md", b"    code\n" * 20, NOTHING),
        Case("import", "html-comment-only.md", b"<!-- nothing here -->\n", NOTHING),
        Case("import", "rule-only.md", b"---\n\n***\n\n___\n", NOTHING),
        Case("import", "deep-quotes.md", b"> " * 200 + b"profond\n", TOO_DEEP),
        Case(
            "import", "deep-lists.md", "".join("  " * i + "- item\n" for i in range(100)).encode(), TOO_DEEP
        ),
        Case("import", "table-bomb.md", (("|" + "a|" * 200 + "\n") * 200).encode(), TOO_MANY),
        Case("import", "emphasis-bomb.md", ("*a* " * 30_000).encode(), TOO_COMPLEX),
        Case("import", "bracket-bomb.md", ("[" * 30_000 + "a").encode(), TOO_COMPLEX),
        Case("import", "link-bomb.md", ("[a](b) " * 300_000).encode(), TOO_COMPLEX),
        Case("import", "paragraph-flood.md", b"Para.\n\n" * 300, TOO_MANY, ("--max-segments", "100")),
        Case("import", "empty.md", b"", EMPTY),
        Case("import", "nul.md", page.encode() + b"\x00" * 20, BINARY),
        Case("import", "utf16.md", page.encode("utf-16"), None),
        Case("import", "front-matter.md", ("---\ntitle: x\n---\n" + page).encode(), None),
    ]


def html_cases() -> list[Case]:
    page = f"<html><body><article><h1>Communiqué</h1><p>{FRENCH}</p></article></body></html>"
    return [
        Case("import", "plain.html", page.encode(), None),
        Case("import", "billion-laughs.html", (BOMB.format(root="html") + page).encode(), UNSAFE),
        Case("import", "external-entity.html", (EXTERNAL.format(root="html") + page).encode(), UNSAFE),
        Case(
            "import",
            "utf16-entity.html",
            ("<?xml version='1.0' encoding='UTF-16'?>" + EXTERNAL.format(root="html") + page).encode(
                "utf-16-le"
            ),
            UNSAFE,
        ),
        Case("import", "deep.html", ("<div>" * 2000 + "texte" + "</div>" * 2000).encode(), DAMAGED),
        Case("import", "script-only.html", b"<html><body><script>alert(1)</script></body></html>", NOTHING),
        Case(
            "import",
            "nav-only.html",
            b"<html><body><nav><a href='/'>Accueil</a></nav></body></html>",
            NOTHING,
        ),
        Case("import", "element-bomb.html", b"<p>a</p>" * 600_000, TOO_COMPLEX),
        Case("import", "inline-bomb.html", b"<p>" + b"<b>a</b> " * 6000 + b"</p>", TOO_COMPLEX),
        Case("import", "unclosed.html", b"<html><body><p>Texte <b>gras <i>italique", None),
        Case(
            "import",
            "events.html",
            page.replace("<p>", "<p onclick='alert(1)' style='x:expression(1)'>").encode(),
            None,
        ),
        Case("import", "utf16.html", page.encode("utf-16"), None),
        Case("import", "empty.html", b"", EMPTY),
        Case("import", "nul.html", page.encode() + b"\x00", BINARY),
    ]


def word_cases(word: bytes) -> list[Case]:
    document = next(n for n in zipfile.ZipFile(io.BytesIO(word)).namelist() if n.endswith("document.xml"))
    original = zipfile.ZipFile(io.BytesIO(word)).read(document)
    doctype = original.replace(b"?>", b"?>" + EXTERNAL.format(root="w:document").encode(), 1)
    return [
        Case("import", "plain.docx", word, None),
        Case("import", "not-a-zip.docx", b"PK\x03\x04 not really", DAMAGED),
        Case("import", "truncated.docx", word[: len(word) // 2], DAMAGED),
        Case("import", "zip-not-word.docx", _zip({"readme.txt": b"hello"}), DAMAGED),
        Case(
            "import",
            "zip-bomb.docx",
            _zip(
                {
                    "[Content_Types].xml": b"<Types/>",
                    "_rels/.rels": b"<R/>",
                    "word/document.xml": b" " * 250_000_000,
                }
            ),
            TOO_LARGE,
        ),
        Case("import", "entity.docx", _word_with_part(word, document, doctype), UNSAFE),
        Case(
            "import",
            "markup-bomb.docx",  # 30 KB that inflate to 1.3 million empty paragraphs
            _word_with_part(
                word, document, original.replace(b"<w:body>", b"<w:body>" + b"<w:p/>" * 1_300_000, 1)
            ),
            TOO_COMPLEX,
        ),
        Case(
            "import",
            "utf32-entity.docx",
            _word_with_part(word, document, doctype.decode().replace("UTF-8", "UTF-32").encode("utf-32-le")),
            UNSAFE,
        ),
        Case(
            "import",
            "broken-xml.docx",
            _word_with_part(word, document, original[: len(original) // 2]),
            DAMAGED,
        ),
        Case("import", "empty-word.docx", word_file([]), EMPTY),
        Case(
            "import",
            "many-entries.docx",
            _zip({f"f{n}.txt": b"" for n in range(10_050)}, zipfile.ZIP_STORED),
            TOO_LARGE,
        ),
        Case(
            "import",
            "paragraph-flood.docx",
            word_file([f"Paragraphe {n}." for n in range(150)]),
            TOO_MANY,
            ("--max-segments", "100"),
        ),
    ]


def _tmx(body: str, declaration: str = '<?xml version="1.0" encoding="UTF-8"?>', prolog: str = "") -> str:
    return f'{declaration}{prolog}<tmx version="1.4"><header srclang="fr"/><body>{body}</body></tmx>'


def _tu(source: str = "Bonjour", target: str = "Hello", lang: str = "en") -> str:
    return (
        f'<tu><tuv xml:lang="fr"><seg>{source}</seg></tuv>'
        f'<tuv xml:lang="{lang}"><seg>{target}</seg></tuv></tu>'
    )


def memory_cases() -> list[Case]:
    valid = _tmx(_tu() + _tu("Merci", "Thank you"))
    cases = [
        Case("tm import", "valid.tmx", valid.encode(), None),
        Case(
            "tm import",
            "doctype-system.tmx",
            _tmx(_tu(), prolog='<!DOCTYPE tmx SYSTEM "tmx14.dtd">').encode(),
            None,
        ),
        Case("tm import", "cdata.tmx", _tmx(_tu("<![CDATA[a < b]]>", "a &lt; b")).encode(), None),
        Case(
            "tm import",
            "no-languages.tmx",
            _tmx("<tu><tuv><seg>a</seg></tuv><tuv><seg>b</seg></tuv></tu>").encode(),
            NO_UNITS,
        ),
        Case("tm import", "no-units.tmx", _tmx("").encode(), NO_UNITS),
        Case(
            "tm import",
            "one-language.tmx",
            _tmx('<tu><tuv xml:lang="fr"><seg>a</seg></tuv></tu>').encode(),
            LANGUAGES,
        ),
        Case("tm import", "long-language.tmx", _tmx(_tu(lang="x" * 300)).encode(), LANGUAGES),
        Case("tm import", "not-tmx.tmx", b"<?xml version='1.0'?><html><body/></html>", NOT_TMX),
        Case(
            "tm import",
            "billion-laughs.tmx",
            _tmx(_tu("&d;"), prolog=BOMB.format(root="tmx")).encode(),
            UNSAFE,
        ),
        Case(
            "tm import",
            "external.tmx",
            _tmx(_tu("&xxe;"), prolog=EXTERNAL.format(root="tmx")).encode(),
            UNSAFE,
        ),
        Case("tm import", "parameter.tmx", _tmx(_tu(), prolog=PARAMETER.format(root="tmx")).encode(), UNSAFE),
        Case("tm import", "truncated.tmx", valid.encode()[:-30], DAMAGED),
        Case("tm import", "empty.tmx", b"", EMPTY),
        Case("tm import", "random.tmx", _random(5, 3000), NOT_VALID),
        Case("tm import", "nul.tmx", valid.encode().replace(b"Bonjour", b"Bon\x00jour"), DAMAGED),
        Case("tm import", "char-ref-nul.tmx", valid.replace("Bonjour", "Bon&#0;jour").encode(), DAMAGED),
        Case("tm import", "deep.tmx", _tmx(_tu("<hi>" * 5000 + "x" + "</hi>" * 5000)).encode(), DAMAGED),
        Case("tm import", "ucs4-2143.tmx", b"\x00\x00<\x00" + b"\x00" * 40, ENCODING),
        Case(
            "tm import",
            "klingon.tmx",
            _tmx(_tu(), '<?xml version="1.0" encoding="x-klingon"?>').encode(),
            ENCODING,
        ),
        Case(
            "tm import", "bad-bytes.tmx", _tmx(_tu()).encode().replace(b"Bonjour", b"Bon\xe9jour"), NOT_VALID
        ),
        Case("tm import", "comment-prolog.tmx", b"<?xml version='1.0'?>" + b"<!--" * 50_000, NOT_TMX),
        Case(
            "tm import",
            "shift-jis.tmx",
            _tmx(_tu("東京", "Tokyo"), '<?xml version="1.0" encoding="Shift_JIS"?>').encode("shift_jis"),
            None,
        ),
        Case(
            "tm import",
            "ebcdic.tmx",
            _tmx(_tu("Genève", "Geneva"), '<?xml version="1.0" encoding="IBM037"?>').encode("cp037"),
            None,
        ),
    ]
    for label, codec, bom in WIDE:
        declared = "UTF-32" if "32" in codec else "UTF-16"
        valid_wide = _tmx(_tu("Genève", "Geneva"), f'<?xml version="1.0" encoding="{declared}"?>')
        entity = _tmx(
            _tu("&xxe;"), f'<?xml version="1.0" encoding="{declared}"?>', EXTERNAL.format(root="tmx")
        )
        cases.append(Case("tm import", f"{label}.tmx", bom + valid_wide.encode(codec), None))
        cases.append(Case("tm import", f"{label}-entity.tmx", bom + entity.encode(codec), UNSAFE))
    return cases


WIDE = [
    ("utf16le-bom", "utf-16-le", codecs.BOM_UTF16_LE),
    ("utf16be-bom", "utf-16-be", codecs.BOM_UTF16_BE),
    ("utf16le", "utf-16-le", b""),
    ("utf16be", "utf-16-be", b""),
    ("utf32le-bom", "utf-32-le", codecs.BOM_UTF32_LE),
    ("utf32be-bom", "utf-32-be", codecs.BOM_UTF32_BE),
    ("utf32le", "utf-32-le", b""),
    ("utf32be", "utf-32-be", b""),
]


def _tbx(body: str, prolog: str = "", root: str = "martif") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<{root} type="TBX" xml:lang="fr"><martifHeader/>'
        f"<text><body>{body}</body></text></{root}>"
    )


def _entry(source: str = "OIM", target: str = "IOM", status: str = "") -> str:
    note = f'<termNote type="administrativeStatus">{status}</termNote>' if status else ""
    return (
        f'<termEntry><langSet xml:lang="fr"><tig><term>{source}</term></tig></langSet>'
        f'<langSet xml:lang="en"><tig><term>{target}</term>{note}</tig></langSet></termEntry>'
    )


def glossary_cases() -> list[Case]:
    header = "source,target,note\n"
    return [
        Case("glossary import", "valid.tbx", _tbx(_entry() + _entry("accord", "agreement")).encode(), None),
        Case(
            "glossary import", "preferred.tbx", _tbx(_entry(status="preferredTerm-admn-sts")).encode(), None
        ),
        Case(
            "glossary import",
            "deprecated-only.tbx",
            _tbx(_entry(status="deprecatedTerm-admn-sts")).encode(),
            NO_TERMS,
        ),
        Case(
            "glossary import",
            "billion-laughs.tbx",
            _tbx(_entry("&d;"), BOMB.format(root="martif")).encode(),
            UNSAFE,
        ),
        Case(
            "glossary import",
            "external.tbx",
            _tbx(_entry("&xxe;"), EXTERNAL.format(root="martif")).encode(),
            UNSAFE,
        ),
        Case(
            "glossary import",
            "utf16-entity.tbx",
            _tbx(_entry("&xxe;"), EXTERNAL.format(root="martif"))
            .replace("UTF-8", "UTF-16")
            .encode("utf-16-be"),
            UNSAFE,
        ),
        Case("glossary import", "not-tbx.tbx", b"<?xml version='1.0'?><html/>", NOT_TBX),
        Case(
            "glossary import",
            "no-languages.tbx",
            _tbx("<termEntry><langSet><tig><term>a</term></tig></langSet></termEntry>").encode(),
            LANGUAGES,
        ),
        Case("glossary import", "truncated.tbx", _tbx(_entry()).encode()[:-20], DAMAGED),
        Case("glossary import", "empty.tbx", b"", EMPTY),
        Case("glossary import", "valid.csv", (header + "OIM,IOM,agence\naccord,agreement,\n").encode(), None),
        Case("glossary import", "semicolons.csv", b"source;target\nOIM;IOM\n", None),
        Case("glossary import", "tabs.csv", b"source\ttarget\nOIM\tIOM\n", None),
        Case("glossary import", "utf16.csv", "source\ttarget\nOIM\tIOM\n".encode("utf-16"), None),
        Case("glossary import", "cp1252.csv", "source,target\nété,summer\n".encode("cp1252"), None),
        Case("glossary import", "formulas.csv", b"source,target\n'=cmd,'=cmd|x\n-ism,-ism\n", None),
        Case(
            "glossary import", "unterminated.csv", (header + '"OIM,IOM\naccord,agreement\n').encode(), BAD_CSV
        ),
        Case(
            "glossary import",
            "stray-quote.csv",
            (header + 'O"I"M,IOM\n"ac"cord,agreement\n').encode(),
            BAD_CSV,
        ),
        Case("glossary import", "huge-field.csv", (header + "OIM," + "x" * 200_000 + "\n").encode(), BAD_CSV),
        Case("glossary import", "nul.csv", (header + "O\x00IM,IOM\n").encode(), BAD_CSV),
        Case("glossary import", "missing-column.csv", b"note,source,target\nx,OIM\n", BAD_CSV),
        Case("glossary import", "no-header.csv", b"OIM,IOM\naccord,agreement\n", BAD_CSV),
        Case("glossary import", "header-only.csv", header.encode(), NO_TERMS),
        Case("glossary import", "blank-rows.csv", (header + ",,\n,,\n").encode(), NO_TERMS),
        Case("glossary import", "empty.csv", b"", EMPTY),
        Case("glossary import", "random.csv", _random(7, 2000), BAD_CSV),
        Case("glossary import", "long-term.csv", (header + "x" * 600 + ",y\n").encode(), TOO_LONG),
        Case("glossary import", "terms.pdf", b"%PDF-1.4", UNSUPPORTED),
        Case(
            "glossary import",
            "flood.csv",
            (header + "".join(f"t{n},u{n},\n" for n in range(150))).encode(),
            TOO_MANY,
            ("--max-segments", "100"),
        ),
    ]


def merge_cases(exports: dict[str, bytes]) -> list[Case]:
    """``exports``: ``xliff``, ``xliff12`` and ``review`` (files exported from the corpus's release),
    ``foreign-xliff``."""
    xliff, table = exports["xliff"], exports["review"]
    entity = xliff.replace(b"?>", b"?>" + EXTERNAL.format(root="xliff").encode(), 1)
    utf16 = entity.decode().replace("UTF-8", "UTF-16").replace("utf-8", "UTF-16").encode("utf-16-be")
    return [
        Case("merge", "returned.xlf", xliff, None),
        Case("merge", "returned-review.docx", table, None),
        Case("merge", "returned-utf16.xlf", xliff.decode().replace("UTF-8", "UTF-16").encode("utf-16"), None),
        Case("merge", "entity.xlf", entity, UNSAFE),
        Case("merge", "utf16-entity.xlf", utf16, UNSAFE),
        Case(
            "merge",
            "billion-laughs.xlf",
            xliff.replace(b"?>", b"?>" + BOMB.format(root="xliff").encode(), 1),
            UNSAFE,
        ),
        Case("merge", "truncated.xlf", xliff[: len(xliff) // 2], DAMAGED),
        Case("merge", "foreign.xlf", exports["foreign-xliff"], FOREIGN),
        Case("merge", "random.xlf", _random(9, 3000), FOREIGN),
        Case("merge", "text.xlf", RELEASE.encode(), FOREIGN),
        Case("merge", "empty.xlf", b"", FOREIGN),
        Case("merge", "unknown-release.xlf", xliff.replace(b'id="release-', b'id="release-9'), FOREIGN),
        Case(
            "merge", "altered-source.xlf", xliff.replace(b"Communiqu", b"Kommuniqu", 1), "no longer matches"
        ),
        Case("merge", "unknown-tag.xlf", xliff.replace(b"</target>", b"<sub>x</sub></target>", 1), "broken"),
        Case("merge", "truncated-review.docx", table[: len(table) // 2], DAMAGED),
        Case("merge", "foreign-review.docx", word_file(["Un document quelconque."]), FOREIGN),
        Case(
            "merge",
            "entity-review.docx",
            _word_with_part(
                table,
                "word/document.xml",
                zipfile.ZipFile(io.BytesIO(table))
                .read("word/document.xml")
                .replace(b"?>", b"?>" + EXTERNAL.format(root="w:document").encode(), 1),
            ),
            UNSAFE,
        ),
        *xliff12_merge_cases(exports["xliff12"]),
        Case(
            "merge",
            "oversize.xlf",
            xliff + b"<!--" + b" " * 1_200_000 + b"-->",
            TOO_LARGE,
            ("--max-file-mb", "1"),
        ),
    ]


def xliff12_merge_cases(xliff12: bytes) -> list[Case]:
    """The same release sent back as XLIFF 1.2 (OmegaT, Trados): read as a stream, with the same answers."""
    file_start = xliff12.index(b"<file ")
    file_end = xliff12.index(b"</file>") + len(b"</file>")
    second_file = xliff12[file_start:file_end].replace(b'original="release-', b'original="release-8', 1)
    return [
        Case("merge", "returned-1.2.xlf", xliff12, None),
        Case(
            "merge",
            "entity-1.2.xlf",
            xliff12.replace(b"?>", b"?>" + EXTERNAL.format(root="xliff").encode(), 1),
            UNSAFE,
        ),
        Case("merge", "truncated-1.2.xlf", xliff12[: len(xliff12) // 2], DAMAGED),
        Case(
            "merge",
            "foreign-1.2.xlf",
            xliff12.replace(b'original="release-', b'original="notes-', 1),
            FOREIGN,
        ),
        Case("merge", "two-files-1.2.xlf", xliff12[:file_end] + second_file + xliff12[file_end:], FOREIGN),
        Case(
            "merge",
            "unknown-tag-1.2.xlf",
            xliff12.replace(b"</target>", b"<sub>x</sub></target>", 1),
            "broken",
        ),
    ]


def cases(exports: dict[str, bytes]) -> list[Case]:
    return release_cases() + memory_cases() + glossary_cases() + merge_cases(exports)
