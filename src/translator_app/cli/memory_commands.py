"""Memory and glossary subcommands: ``tm import|export|search``, ``glossary import|export|search``.

The ``glossary`` group is shared with other modules (``glossary sync``), see :mod:`translator_app.cli.shared`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from translator_app.cli.shared import Handler, cmd_glossary, dispatch, group_actions, print_json
from translator_app.domain.matching import DiffSpan, Match
from translator_app.domain.terms import TermHit
from translator_app.services.workspace import Workspace


def _pair(parser: argparse.ArgumentParser, required: bool) -> None:
    parser.add_argument("--from", dest="source_lang", required=required, metavar="LANG")
    parser.add_argument("--to", dest="target_lang", required=required, metavar="LANG")


def register(sub: Any) -> dict[str, Handler]:
    """Add the ``tm`` and ``glossary`` actions; returns the handlers to merge into COMMANDS."""
    tm = sub.add_parser("tm", help="the translation memory: import, export, search")
    actions = tm.add_subparsers(dest="tm_command", metavar="ACTION", required=True)
    imp = actions.add_parser("import", help="import a TMX file (languages from the file unless given)")
    imp.add_argument("file", type=Path, metavar="FILE")
    _pair(imp, required=False)
    imp.set_defaults(tm_handler=cmd_tm_import)
    exp = actions.add_parser("export", help="write a language pair's memory as TMX 1.4b")
    exp.add_argument("path", type=Path, metavar="PATH")
    _pair(exp, required=True)
    exp.set_defaults(tm_handler=cmd_tm_export)
    search = actions.add_parser("search", help="the best fuzzy matches for TEXT (or --concordance)")
    search.add_argument("text", metavar="TEXT")
    _pair(search, required=True)
    search.add_argument("--json", action="store_true")
    search.add_argument("--limit", type=int, default=5, metavar="N")
    search.add_argument("--threshold", type=int, metavar="N", help="lowest score shown (default 70)")
    search.add_argument("--concordance", action="store_true", help="find TEXT inside sources and targets")
    search.set_defaults(tm_handler=cmd_tm_search)

    glossary = group_actions(sub, "glossary", help="the workspace glossary")
    gimp = glossary.add_parser("import", help="merge a CSV (with a header row) or TBX glossary")
    gimp.add_argument("file", type=Path, metavar="FILE")
    _pair(gimp, required=False)
    gimp.set_defaults(glossary_handler=cmd_glossary_import)
    gexp = glossary.add_parser("export", help="write a pair's glossary as CSV or TBX (by the suffix)")
    gexp.add_argument("path", type=Path, metavar="PATH")
    _pair(gexp, required=False)
    gexp.add_argument("--tbx-version", type=int, choices=[2, 3], default=3)
    gexp.set_defaults(glossary_handler=cmd_glossary_export)
    gsearch = glossary.add_parser("search", help="the glossary terms found in TEXT")
    gsearch.add_argument("text", metavar="TEXT")
    _pair(gsearch, required=True)
    gsearch.add_argument("--json", action="store_true")
    gsearch.set_defaults(glossary_handler=cmd_glossary_search)

    return {"tm": cmd_tm, "glossary": cmd_glossary}


def cmd_tm(workspace: Workspace, args: argparse.Namespace) -> int:
    return dispatch(workspace, args, "tm")


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\rimporting… {100 * done // max(total, 1):3d}%", end="", file=sys.stderr, flush=True)
        if done >= total:
            print(file=sys.stderr)


def cmd_tm_import(workspace: Workspace, args: argparse.Namespace) -> int:
    report = workspace.memory.import_tmx(
        args.file, workspace.actor, args.source_lang, args.target_lang, progress=_progress
    )
    print(
        f"{report.source_lang}→{report.target_lang}: {report.added} unit(s) added, {report.merged} merged, "
        f"{report.skipped} skipped"
    )
    return 0


def cmd_tm_export(workspace: Workspace, args: argparse.Namespace) -> int:
    count = workspace.memory.export_tmx(args.path, args.source_lang, args.target_lang)
    print(f"wrote {args.path} ({count} units)")
    return 0


def _diff_json(span: DiffSpan) -> dict[str, Any]:
    return {"op": span.op.value, "text": span.text, "start": span.start, "end": span.end}


def match_json(match: Match) -> dict[str, Any]:
    unit = match.unit
    return {
        "score": match.score,
        "language_penalty": match.language_penalty,
        "source_lang": unit.source_lang,
        "target_lang": unit.target_lang,
        "source": unit.source,
        "target": unit.target,
        "approved": unit.approved,
        "id": unit.id,
        "updated_by": unit.updated_by,
        "updated_at": unit.updated_at.isoformat() if unit.updated_at else None,
        "diff": [_diff_json(span) for span in match.diff],
    }


def cmd_tm_search(workspace: Workspace, args: argparse.Namespace) -> int:
    if args.concordance:
        hits = workspace.memory.concordance(args.text, args.source_lang, args.target_lang, args.limit)
        if args.json:
            print_json(
                [
                    {
                        "id": h.unit.id,
                        "source": h.unit.source,
                        "target": h.unit.target,
                        "source_spans": h.source_spans,
                        "target_spans": h.target_spans,
                    }
                    for h in hits
                ]
            )
            return 0
        for hit in hits:
            print(f"{hit.unit.source}\n    → {hit.unit.target}")
        return 0
    matches = workspace.memory.lookup(
        args.text, args.source_lang, args.target_lang, limit=args.limit, threshold=args.threshold
    )
    if args.json:
        print_json([match_json(m) for m in matches])
        return 0
    for match in matches:
        mark = "✓" if match.unit.approved else " "
        variant = ""
        if match.language_penalty:
            pair = f"{match.unit.source_lang}→{match.unit.target_lang}"
            variant = f"  ({pair}, −{match.language_penalty} for the language variant)"
        print(f"{match.score:>3}% {mark} {match.unit.source}{variant}\n       → {match.unit.target}")
    return 0


def cmd_glossary_import(workspace: Workspace, args: argparse.Namespace) -> int:
    report = workspace.glossary.import_file(args.file, workspace.actor, args.source_lang, args.target_lang)
    print(
        f"{report.source_lang}→{report.target_lang}: {report.added} term(s) added, {report.updated} updated "
        f"(glossary version {report.version})"
    )
    return 0


def cmd_glossary_export(workspace: Workspace, args: argparse.Namespace) -> int:
    count = workspace.glossary.export_file(args.path, args.source_lang, args.target_lang, args.tbx_version)
    print(f"wrote {args.path} ({count} terms)")
    return 0


def hit_json(hit: TermHit) -> dict[str, Any]:
    term = hit.term
    return {
        "term": term.source_term,
        "found": hit.text,
        "start": hit.start,
        "end": hit.end,
        "target": term.target_term,
        "note": term.note,
        "part_of_speech": term.part_of_speech,
        "forbidden": list(term.forbidden),
    }


def cmd_glossary_search(workspace: Workspace, args: argparse.Namespace) -> int:
    hits = workspace.glossary.hits(args.text, args.source_lang, args.target_lang)
    if args.json:
        print_json([hit_json(h) for h in hits])
        return 0
    for hit in hits:
        print(f"{hit.text} [{hit.start}:{hit.end}] → {hit.term.target_term}")
    return 0
