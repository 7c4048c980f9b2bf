"""Pieces every subcommand module uses: the handler type, JSON output and command groups with actions.

A group (``tm``, ``glossary``) is one subcommand whose actions set ``<group>_handler`` on the parsed
arguments; the group's handler dispatches to it. Several modules may add actions to the same group.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from translator_app.services.workspace import Workspace

Handler = Callable[[Workspace, argparse.Namespace], int]


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def group_actions(sub: Any, name: str, help: str) -> Any:
    """The subparsers of command group ``name``, made with the group unless another module made them."""
    group = sub.choices.get(name)
    if group is None:
        group = sub.add_parser(name, help=help)
        group.set_defaults(**{f"{name}_handler": None})
    for action in group._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return group.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)


def dispatch(workspace: Workspace, args: argparse.Namespace, group: str) -> int:
    """Run the handler that the chosen action of ``group`` set."""
    handler: Handler | None = getattr(args, f"{group}_handler", None)
    if handler is None:
        print(f"translator-app: {group}: choose an action", file=sys.stderr)
        return 2
    return handler(workspace, args)


def cmd_glossary(workspace: Workspace, args: argparse.Namespace) -> int:
    """Dispatch ``glossary ACTION`` to the handler its parser set (any module may add actions)."""
    return dispatch(workspace, args, "glossary")
