"""Every command of the window as a QAction with its shortcut, grouped as the menus and the shortcuts sheet
show.

Defining them in one place keeps the menus, the toolbar, the Help › Keyboard shortcuts sheet and the keys the
target editor lets through to the window in agreement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from translator_app.ui.common import icons

K = QKeySequence
SK = QKeySequence.StandardKey
ICON_PROPERTY = "iconName"


@dataclass
class ActionGroup:
    title: str
    """The menu's title with its access key (``&File``)."""
    actions: list[QAction] = field(default_factory=list)
    own_menu: bool = True
    """False for the View actions: the View menu (with its theme and text size) places them itself."""

    @property
    def name(self) -> str:
        """The title as shown outside a menu bar, without its access key."""
        return re.sub(r"&(.)", r"\1", self.title)


class WindowActions(QObject):
    """Creates the actions (unconnected: the window wires them) with names, icons, shortcuts and tips."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.groups: list[ActionGroup] = []
        file_group = self._group(self.tr("&File"))
        self.open = self._add(
            file_group, "openFile", self.tr("&Open and import…"), [K(SK.Open)], "mdi6.folder-open-outline"
        )
        self.export = self._add(
            file_group, "exportRelease", self.tr("&Export…"), [K("Ctrl+E")], "mdi6.export"
        )
        self.update_release = self._add(
            file_group, "updateRelease", self.tr("&Update from a revised source…"), [], "mdi6.file-replace"
        )
        self.merge_returned = self._add(
            file_group, "mergeReturned", self.tr("&Merge a returned file…"), [], "mdi6.file-import-outline"
        )
        self.quit = self._add(file_group, "quit", self.tr("&Quit"), [K(SK.Quit)])
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        edit = self._group(self.tr("&Edit"))
        self.undo = self._add(edit, "undo", self.tr("&Undo"), [K("Ctrl+Z")], "mdi6.undo")
        self.redo = self._add(edit, "redo", self.tr("&Redo"), [K("Ctrl+Shift+Z"), K("Ctrl+Y")], "mdi6.redo")
        self.find = self._add(edit, "find", self.tr("&Find…"), [K("Ctrl+F")], "mdi6.magnify")
        self.replace = self._add(
            edit, "replace", self.tr("Find and rep&lace…"), [K("Ctrl+H")], "mdi6.find-replace"
        )
        self.find_next = self._add(edit, "findNextMatch", self.tr("Find &next"), [K("F3")])
        self.find_previous = self._add(edit, "findPreviousMatch", self.tr("Find pre&vious"), [K("Shift+F3")])
        self.copy_source = self._add(
            edit, "copySource", self.tr("&Copy source to target"), [K("Ctrl+Shift+S")], "mdi6.content-copy"
        )
        self.insert_tag = self._add(
            edit, "insertTag", self.tr("Insert next &tag"), [K("Ctrl+T")], "mdi6.tag-outline"
        )
        self.concordance = self._add(
            edit, "concordanceAction", self.tr("Search the &memory…"), [K("Ctrl+K")], "mdi6.text-search"
        )
        self.add_term = self._add(
            edit, "addTerm", self.tr("Add to the &glossary…"), [K("Ctrl+Shift+G")], "mdi6.book-plus-outline"
        )
        self.preferences = self._add(
            edit, "preferences", self.tr("&Preferences…"), [K("Ctrl+,")], "mdi6.cog-outline"
        )
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)

        segment = self._group(self.tr("&Segment"))
        self.confirm = self._add(
            segment,
            "confirmButton",
            self.tr("&Confirm and go to next"),
            [K("Ctrl+Return"), K("Ctrl+Enter")],
            "mdi6.check-bold",
        )
        self.previous = self._add(
            segment, "previousSegment", self.tr("&Previous segment"), [K("Ctrl+Up")], "mdi6.arrow-up"
        )
        self.next = self._add(
            segment, "nextSegment", self.tr("&Next segment"), [K("Ctrl+Down")], "mdi6.arrow-down"
        )
        self.toggle_translatable = self._add(
            segment,
            "toggleTranslatable",
            self.tr("Translate or &skip this segment"),
            [K("Ctrl+Shift+X")],
            "mdi6.eye-off-outline",
        )
        self.go_to_segment = self._add(
            segment, "goToSegment", self.tr("&Go to segment…"), [K("Ctrl+G")], "mdi6.format-list-numbered"
        )
        self.next_unconfirmed = self._add(
            segment, "nextUnconfirmed", self.tr("Next &unconfirmed segment"), [K("Ctrl+U")]
        )
        self.previous_unconfirmed = self._add(
            segment, "previousUnconfirmed", self.tr("Previous unconfirme&d segment"), [K("Ctrl+Shift+U")]
        )
        self.next_qa_problem = self._add(
            segment, "nextQaProblem", self.tr("Next segment with a &QA problem"), [K("F8")]
        )
        self.next_rejected = self._add(
            segment, "nextRejected", self.tr("Next re&jected segment"), [K("Ctrl+Shift+R")]
        )
        self.suggestions = [
            self._add(
                segment,
                f"insertSuggestion{n}",
                self.tr("Insert suggestion {n}").format(n=n),
                [K(f"Ctrl+{n}")],
            )
            for n in range(1, 10)
        ]

        review = self._group(self.tr("&Review"))
        self.approve = self._add(
            review, "approveButton", self.tr("&Approve and go to next"), [K("Ctrl+Alt+A")], "mdi6.check-all"
        )
        self.reject = self._add(
            review,
            "rejectButton",
            self.tr("&Reject with a comment…"),
            [K("Ctrl+Alt+R")],
            "mdi6.close-circle-outline",
        )
        self.approve_clean = self._add(
            review,
            "approveAllClean",
            self.tr("Approve all translated &without QA errors"),
            [],
            "mdi6.check-decagram-outline",
        )
        self.sign_off = self._add(
            review, "signOffRelease", self.tr("&Sign off release…"), [], "mdi6.draw-pen"
        )

        tools = self._group(self.tr("&Tools"))
        self.pretranslate = self._add(
            tools, "pretranslateAction", self.tr("&Pre-translate…"), [], "mdi6.robot-outline"
        )
        self.resources = self._add(
            tools, "resourcesAction", self.tr("&Memory and glossary…"), [], "mdi6.database-search-outline"
        )

        view = self._group(self.tr("&View"))
        view.own_menu = False
        self.hide_untranslatable = self._add(
            view,
            "hideUntranslatable",
            self.tr("&Hide lines not to translate"),
            [K("Ctrl+Shift+H")],
            "mdi6.eye-off-outline",
        )

        help_group = self._group(self.tr("&Help"))
        self.shortcuts = self._add(
            help_group, "shortcutsSheet", self.tr("&Keyboard shortcuts"), [K(SK.HelpContents)]
        )
        self.about = self._add(help_group, "about", self.tr("&About Release Translator"), [])
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

    def _group(self, title: str) -> ActionGroup:
        group = ActionGroup(title)
        self.groups.append(group)
        return group

    def _add(
        self, group: ActionGroup, name: str, text: str, keys: list[QKeySequence], icon: str | None = None
    ) -> QAction:
        action = QAction(text, self.parent())
        action.setObjectName(name)
        action.setShortcuts(keys)
        if icon:
            action.setIcon(icons.icon(icon))
            action.setProperty(ICON_PROPERTY, icon)
        shown = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
        plain = text.replace("&", "").rstrip("…")
        action.setToolTip(f"{plain} ({shown})" if shown else plain)
        action.setStatusTip(plain)
        group.actions.append(action)
        return action

    def refresh_icons(self) -> None:
        """Draw the icons again in the palette in force (a new theme): enabled and disabled ones must
        look different on the new background too."""
        for group in self.groups:
            for action in group.actions:
                name = action.property(ICON_PROPERTY)
                if name:
                    action.setIcon(icons.icon(str(name)))

    def disable_for_role(self, action: QAction, reason: str) -> None:
        """Grey out an action the user's role may not take, saying why in its tooltip."""
        action.setEnabled(False)
        action.setToolTip(reason)
        action.setStatusTip(reason)

    def window_keys(self) -> set[str]:
        """Shortcuts the target editor lets through to the window (undo and redo decide for themselves)."""
        keys: set[str] = set()
        skip = {self.undo, self.redo, self.quit}
        for group in self.groups:
            for action in group.actions:
                if action in skip:
                    continue
                keys.update(k.toString(QKeySequence.SequenceFormat.PortableText) for k in action.shortcuts())
        return keys
