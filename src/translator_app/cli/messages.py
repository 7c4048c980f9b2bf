"""English sentences for the core's error codes, for the command line (the window uses tr())."""

from __future__ import annotations

from translator_app.domain.errors import DomainError, ErrorCode

TEMPLATES: dict[ErrorCode, str] = {
    ErrorCode.ROLE_FORBIDDEN: "a {role} may not {action}: only a reviewer can approve or reject segments",
    ErrorCode.COMMENT_REQUIRED: "a rejection needs a comment that says what to fix (--comment TEXT)",
    ErrorCode.TRANSITION_NOT_ALLOWED: (
        "segment {segment} is {status}: it cannot be {action}d from that status"
    ),
    ErrorCode.EMPTY_TARGET: "an empty target cannot be confirmed",
    ErrorCode.NOT_TRANSLATABLE: "segment {segment} is marked not to translate",
    ErrorCode.VERSION_CONFLICT: (
        "segment {segment} was changed by {changed_by} since you read it (your version {expected_version}, "
        "now {current_version}); nothing was written: reload it and apply your change again"
    ),
    ErrorCode.NOT_FOUND: "no {what} with id {id}",
    ErrorCode.DATABASE_UNAVAILABLE: "cannot reach the database {url}: {reason}",
    ErrorCode.DATABASE_TOO_NEW: (
        "the database is at schema revision {revision}, newer than this version of the app knows ({known}): "
        "update the app"
    ),
    ErrorCode.BAD_DATABASE_URL: "not a usable database URL: {url} ({reason})",
    ErrorCode.MT_NO_KEY: "no DeepL key: store one in the settings or set DEEPL_AUTH_KEY",
    ErrorCode.MT_BAD_KEY: "DeepL refused the key (403): check the key in the settings or DEEPL_AUTH_KEY",
    ErrorCode.MT_QUOTA_EXCEEDED: "the DeepL character quota of this billing period is used up (456)",
    ErrorCode.MT_TOO_MANY_REQUESTS: (
        "DeepL is receiving too many requests (429), still after {attempts} attempts: try again later"
    ),
    ErrorCode.MT_SERVER_ERROR: "DeepL had a server error ({status}), still after {attempts} attempts",
    ErrorCode.MT_UNAVAILABLE: "cannot reach DeepL at {server}: check the network connection or the proxy",
    ErrorCode.MT_TIMEOUT: (
        "DeepL did not answer in {seconds} s, still after {attempts} attempts: try again later"
    ),
    ErrorCode.MT_CANCELLED: "stopped on request",
    ErrorCode.MT_GLOSSARY_NOT_FOUND: (
        "DeepL no longer has this workspace's glossary for {pair}, even after recreating it: "
        "run 'translator-app glossary sync' and try again"
    ),
    ErrorCode.MT_QUOTA_SHORT: (
        "this needs about {needed} characters but the DeepL account has {left} left this period: "
        "nothing was sent; {advice}"
    ),
    ErrorCode.MT_REJECTED: "DeepL rejected the request ({status}): {reason}",
    ErrorCode.MT_UNSUPPORTED_LANGUAGE: "DeepL does not translate {language}",
    ErrorCode.BAD_INPUT: "{name}: {problem_text}",
    ErrorCode.WRITE_FAILED: "cannot write {path}: {reason} (nothing was changed there)",
    ErrorCode.EXPORT_BLOCKED: (
        "{count} translatable segment(s) not approved: {numbers} (--allow-unapproved exports anyway)"
    ),
    ErrorCode.QA_BLOCKED: (
        "segment {segment} has QA error(s): {codes}; fix them, or approve with --override REASON "
        "(run 'qa RELEASE' for details)"
    ),
    ErrorCode.OVERRIDE_REASON_REQUIRED: "overriding QA errors needs a reason (--override REASON)",
    ErrorCode.SIGNOFF_INCOMPLETE: (
        "release {release} cannot be signed off: {count} translatable segment(s) not approved: {numbers}"
    ),
    ErrorCode.NO_SUCH_VERSION: "segment {segment} has no earlier version {version} to go back to",
    ErrorCode.IDENTITY_MISMATCH: (
        "--user {claimed} disagrees with the server: it signed you in as {login} "
        "(leave out --user, or connect as {claimed})"
    ),
    ErrorCode.ROLE_MISMATCH: (
        "--role {claimed} disagrees with the server: {login} is a {team_role} there "
        "(an admin changes it with 'translator-app admin set-role')"
    ),
    ErrorCode.NO_TEAM_ROLE: (
        "{login} is not a member of any Release Translator group on {url}: "
        "ask an admin ('translator-app admin add-user' or 'admin set-role')"
    ),
    ErrorCode.TEAM_NOT_SET_UP: (
        "the database {url} is not set up for Release Translator: "
        "its owner runs 'translator-app admin init URL' once"
    ),
    ErrorCode.SCHEMA_OUTDATED: (
        "the database {url} is at schema {found}; this version of the app needs {needed}: "
        "the database owner runs 'translator-app admin init URL' to upgrade it"
    ),
    ErrorCode.SERVER_REFUSED: "the server refused: {reason}",
    ErrorCode.NOT_DATABASE_OWNER: (
        "only the owner of the database ({owner}) sets it up and upgrades it; you are {login}"
    ),
    ErrorCode.TEAM_DATABASE_NEEDED: "{what} needs a PostgreSQL team database, not {url}",
    ErrorCode.BAD_USER_NAME: (
        "not a usable user name: {name} (lower-case letters, digits, '.', '_' and '-', "
        "starting with a letter, at most 63 characters)"
    ),
    ErrorCode.NO_PASSWORD: "no password given for {login} on {url}: nothing was opened",
}

INPUT_PROBLEMS = {
    "empty": "the file is empty",
    "binary": "this is not a text document (binary content)",
    "too-large": "the file is too large ({size} bytes; the limit is {limit}, see --max-file-mb)",
    "too-many-segments": (
        "the file would make more than {limit} segments, the most a release may have (see --max-segments)"
    ),
    "too-many-lines": (
        "the file has more than {limit} lines of text, each at least one segment (see --max-segments)"
    ),
    "too-many-cells": "the table starting on line {line} has more than {limit} cells",
    "too-complex": "the document has more markup than can be read safely (near line {line}; limit {limit})",
    "too-much-markup": "the document has more markup than can be read safely (over {limit} markup signs)",
    "too-deep": "lists or quotes are nested more than {limit} levels deep",
    "nothing-to-translate": "the file holds no text to translate (only code, markup or images)",
    "undecodable": "the file is not valid {encoding} (byte {offset})",
    "damaged-utf8": (
        "the file is UTF-8 but damaged on line {line} (a byte that is not UTF-8 there); repair it or save it "
        "again as UTF-8"
    ),
    "unclear-encoding": (
        "the text encoding cannot be recognised (perhaps {guess}); save the file as UTF-8 and import it again"
    ),
    "unsupported-encoding": "the encoding {encoding} is not supported; save the file as UTF-8",
    "no-units": (
        "the memory holds no translation unit with text in two languages (missing xml:lang attributes?)"
    ),
    "no-terms": "the glossary holds no entry with both a source and a target term",
    "term-too-long": "a glossary term is longer than {limit} characters: {term}",
    "unsupported-format": "unsupported format {format} (use text, markdown, html or docx)",
    "unsupported-export": (
        "a {release_format} release cannot be exported as {format} (Word export rebuilds a Word original); "
        "export it as {choices}"
    ),
    "corrupt": "the document is damaged and cannot be read ({reason})",
    "unsafe-xml": "the document contains XML entity declarations, refused for safety",
    "unreadable": "cannot read the file ({reason})",
    "missing-original": "the release has no copy of its original document to rebuild it from",
    "skeleton-mismatch": "the stored document no longer matches its segments; export to another format",
    "bad-language": "not a language code (use fr, en, es, en-GB…)",
    "same-languages": "the source and target languages are the same",
    "not-tmx": "this is not a TMX file (no <tmx> root element)",
    "not-tbx": "this is not a TBX file (no <martif> or <tbx> root element)",
    "language-mismatch": "no entry in the file is in the language pair asked for (the file has: {found})",
    "bad-csv": "cannot read the glossary CSV, line {line}: {reason}",
    "pair-needed": "say which language pair: --from LANG --to LANG",
    "empty-term": "a glossary entry needs both a source and a target term",
    "empty-unit": "a memory unit needs both a source and a target",
    "unsupported-glossary-format": "unsupported glossary format {format} (use .csv or .tbx)",
    "foreign-file": "not a file exported by this app for a release of this workspace; nothing was merged",
    "source-mismatch": (
        "the source of segment {segment} no longer matches the release (updated since export?); "
        "nothing was merged"
    ),
    "broken-tag": "segment {segment} has a broken or unknown tag ({tag}); nothing was merged",
    "table-altered": "the numbers or sources of the review table were changed; nothing was merged",
    "table-too-long": (
        "a review table in Word holds at most {limit} segments and this release has {count}: export XLIFF "
        "for another tool instead"
    ),
    "tracked-changes": (
        "segments {segments} still have tracked changes: accept or reject them in Word, or merge with "
        "--tracked-changes accept; nothing was merged"
    ),
}


class _Blank(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "?"


def describe(error: DomainError) -> str:
    """One line for stderr (a parser's reason may hold line breaks: they become spaces)."""
    details = _Blank({key: value for key, value in error.details.items() if value is not None})
    if error.code is ErrorCode.BAD_INPUT:
        details["problem_text"] = INPUT_PROBLEMS.get(
            str(details.get("problem")), "unreadable input"
        ).format_map(details)
        details.setdefault("name", "input")
    if error.code is ErrorCode.MT_QUOTA_SHORT:
        fits = "--up-to-quota translates the first {fits} of {segments} segment(s), the ones that fit"
        nothing_fits = str(details.get("fits", "0")) == "0"
        details["advice"] = "not even the first segment fits" if nothing_fits else fits.format_map(details)
    if error.code is ErrorCode.VERSION_CONFLICT and not details.get("changed_by"):
        details["changed_by"] = "someone else"
    return " ".join(TEMPLATES.get(error.code, error.code.value).format_map(details).split())
