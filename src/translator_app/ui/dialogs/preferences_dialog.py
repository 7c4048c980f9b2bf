"""Edit › Preferences (Ctrl+,), in three pages: the work (name, role, database, memory threshold, and the
input limits: largest file and most segments, applied at once), the appearance (language, theme, text size),
DeepL (key, the release's formality, model, context).

Everything applies when saved: a new name, role, database or language is announced by
:attr:`PreferencesDialog.workspace_changed`, and the window opens the workspace again in place (see
``launch.WindowHost``); the threshold, the theme and the text size apply at once. The DeepL key goes to the
OS keyring, never to the settings or the database, and is never shown again; where no keyring exists, the
dialog says so and points to ``DEEPL_AUTH_KEY``. A team server's password (typed in its own field, or in the
address) goes to the keyring too, and the address is shown with it masked; without a keyring it is refused
and ``~/.pgpass`` named. On a team workspace the name and role are the server's: shown, not offered.
Formality is saved per release, with a warning when the target language has none at DeepL; the DeepL model
and whether context is sent apply to the next request.
"""

from __future__ import annotations

import html

import keyring
from keyring.errors import KeyringError, NoKeyringError
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from translator_app.credentials import (
    MASK,
    keyring_account,
    keyring_usable,
    split_password,
    store_password,
    stored_password,
)
from translator_app.domain.errors import DomainError
from translator_app.domain.models import Role, StoredRelease
from translator_app.mt.base import FORMALITIES, MtOptions
from translator_app.mt.keys import store_key
from translator_app.services.mt_setup import Formality
from translator_app.services.workspace import Workspace
from translator_app.settings import Settings
from translator_app.ui.common.dialog_fit import FittingDialog
from translator_app.ui.common.i18n import QT_TRANSLATE_NOOP
from translator_app.ui.common.paint_roles import mute, roles
from translator_app.ui.common.theme import AppearanceFields
from translator_app.ui.common.workers import TaskHandle, TaskRunner
from translator_app.ui.frame.identity_field import signed_in_line

#: Code → name; each language is named in itself, "System language" in the interface language.
LANGUAGES = (
    ("", QT_TRANSLATE_NOOP("PreferencesDialog", "System language")),
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
)


class PreferencesDialog(FittingDialog):
    """Edits the settings; :attr:`key_changed` tells the window to look the key up again."""

    key_changed = Signal()
    workspace_changed = Signal()
    """The name, role, database or language changed: the window opens the workspace again in place."""

    def __init__(
        self,
        workspace: Workspace,
        release: StoredRelease | None,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(480)
        self.workspace = workspace
        self.release = release
        self.settings = Settings.load()
        self.role = QComboBox(self)
        self.role.setObjectName("preferencesRole")
        self.role.addItem(self.tr("Translator"), Role.TRANSLATOR.value)
        self.role.addItem(self.tr("Reviewer"), Role.REVIEWER.value)
        self.role.setCurrentIndex(max(0, self.role.findData(self.settings.role_in_force.value)))
        self.language = QComboBox(self)
        self.language.setObjectName("preferencesLanguage")
        for code, name in LANGUAGES:
            self.language.addItem(self.tr(name) if not code else name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language)))
        self.key = QLineEdit(self)
        self.key.setObjectName("preferencesDeeplKey")
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(self.tr("Paste a new key"))
        self.key.setToolTip(self.tr("A key pasted here replaces the stored one; it is never shown again."))
        self.key_note = QLabel(self._key_note(), self)
        self.key_note.setObjectName("preferencesKeyNote")
        self.key_note.setWordWrap(True)
        self.formality = QComboBox(self)
        self.formality.setObjectName("preferencesFormality")
        self.formality.addItem(self.tr("Engine default"), "")
        names = {
            "more": self.tr("More formal"),
            "less": self.tr("Less formal"),
            "prefer_more": self.tr("More formal where supported"),
            "prefer_less": self.tr("Less formal where supported"),
        }
        for value in FORMALITIES:
            self.formality.addItem(names.get(value, value), value)
        self._formality_shown = ""
        if release is not None:
            self._formality_shown = workspace.mt.account.formality(release.id)
            self.formality.setCurrentIndex(max(0, self.formality.findData(self._formality_shown)))
        else:
            self.formality.setEnabled(False)
        self.model = QComboBox(self)
        self.model.setObjectName("preferencesDeeplModel")
        self.model.addItem(self.tr("DeepL's default"), "")
        self.model.addItem(self.tr("Best quality (slower)"), "quality")
        self.model.addItem(self.tr("Fastest answer"), "latency")
        self.model.setCurrentIndex(max(0, self.model.findData(self.settings.deepl_model)))
        if not workspace.mt.account.supports_model_choice:
            self.model.setEnabled(False)
            self.model.setToolTip(self.tr("The installed DeepL client cannot choose a model: update it."))
        self.send_context = QCheckBox(self.tr("Send context to DeepL"), self)
        self.send_context.setObjectName("preferencesDeeplContext")
        context_note = mute(
            QLabel(
                self.tr(
                    "The headline and the sentences before each one go with the request: better "
                    "translations. Switch it off for a confidential release."
                ),
                self,
            )
        )
        context_note.setWordWrap(True)
        self.send_context.setChecked(self.settings.deepl_context)
        self.user_name = QLineEdit(self.settings.user, self)
        self.user_name.setObjectName("preferencesUser")
        self.user_name.setPlaceholderText(self.tr("Your login name"))
        self.database = QLineEdit(shown_address(self.settings.database_url), self)
        self.database.setCursorPosition(0)  # the scheme and the login in view; the end scrolls
        self.database.setObjectName("preferencesDatabase")
        self.database.setPlaceholderText(self.tr("Local workspace (SQLite)"))
        self.database.setToolTip(
            self.tr("A team's shared server, e.g. postgresql://user@server/translations")
        )
        self.server_password = QLineEdit(self)
        self.server_password.setObjectName("preferencesServerPassword")
        self.server_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.server_password.setPlaceholderText(
            self.tr("Kept in the keyring: type a new one to replace it")
            if MASK in self.database.text()
            else self.tr("Goes to the system keyring")
        )
        self.server_password.setToolTip(
            self.tr(
                "The team server's password for the login in the address: kept in the system keyring, never "
                "in the settings file. Leave it empty to keep the stored one (or use ~/.pgpass)."
            )
        )
        self.signed_in = QLabel(signed_in_line(workspace.actor, workspace.location), self)
        self.signed_in.setObjectName("preferencesSignedIn")
        self.signed_in.setWordWrap(True)
        self.signed_in.setToolTip(
            self.tr("The team server decides who you are and your role; an admin changes the role.")
        )
        self.threshold = QSpinBox(self)
        self.threshold.setObjectName("preferencesFuzzyThreshold")
        self.threshold.setRange(50, 100)
        self.threshold.setSuffix(" %")
        self.threshold.setValue(self.settings.fuzzy_threshold)
        self.max_file = QSpinBox(self)
        self.max_file.setObjectName("preferencesMaxFileMb")
        self.max_file.setRange(1, 4096)
        self.max_file.setSuffix(" MB")
        self.max_file.setValue(self.settings.max_file_mb)
        self.max_segments = QSpinBox(self)
        self.max_segments.setObjectName("preferencesMaxSegments")
        self.max_segments.setRange(100, 10_000_000)
        self.max_segments.setGroupSeparatorShown(True)
        self.max_segments.setValue(self.settings.max_segments)
        self.max_segments.setToolTip(self.tr("Also the most entries a glossary file may hold"))
        self.auto_insert = QComboBox(self)
        self.auto_insert.setObjectName("preferencesAutoInsert")
        self.auto_insert.setToolTip(
            self.tr("Entering an empty segment puts its best memory match in the target; Esc takes it back.")
        )
        self.auto_insert.addItem(self.tr("Never"), 0)
        self.auto_insert.addItem(self.tr("Context matches (101%)"), 101)
        self.auto_insert.addItem(self.tr("100% and context matches"), 100)
        for score in (95, 90, 85, 80, 75, 70):
            self.auto_insert.addItem(self.tr("From {score}%").format(score=score), score)
        found = self.auto_insert.findData(self.settings.auto_insert_threshold)
        if found < 0:
            self.auto_insert.addItem(
                self.tr("From {score}%").format(score=self.settings.auto_insert_threshold),
                self.settings.auto_insert_threshold,
            )
            found = self.auto_insert.count() - 1
        self.auto_insert.setCurrentIndex(found)
        later = QLabel(
            self.tr(
                "Everything applies when you save: a new name, role, database or language opens the "
                "workspace again in this window, on the same release."
            )
        )
        later.setWordWrap(True)
        mute(later)
        self.formality_note = mute(QLabel(self))
        self.formality_note.setObjectName("preferencesFormalityNote")
        self.formality_note.setWordWrap(True)
        self.formality_note.setTextFormat(Qt.TextFormat.RichText)
        self.formality_note.setText(self._formality_scope())
        self.formality.currentIndexChanged.connect(lambda _index: self.check_formality())
        self.appearance = AppearanceFields(self.settings, self)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("preferencesPages")
        self.pages.setAccessibleName(self.tr("Preferences"))
        work = self._page(self.tr("&Work"))
        work.addRow(self.tr("Signed in:"), self.signed_in)
        work.addRow(self.tr("Your name:"), self.user_name)
        work.addRow(self.tr("Role:"), self.role)
        work.addRow(self.tr("Database:"), self.database)
        work.addRow(self.tr("Server password:"), self.server_password)
        on_server = workspace.identity_from_server
        work.setRowVisible(self.signed_in, on_server)  # the server says who you are: nothing to choose
        work.setRowVisible(self.user_name, not on_server)
        work.setRowVisible(self.role, not on_server)
        self.work = work
        self.database.textChanged.connect(self._show_password_field)
        self._show_password_field(self.database.text())
        work.addRow(self.tr("Memory matches from:"), self.threshold)
        work.addRow(self.tr("Largest file imported:"), self.max_file)
        work.addRow(self.tr("Most segments per release:"), self.max_segments)
        work.addRow(self.tr("Insert the best match:"), self.auto_insert)
        look = self._page(self.tr("&Appearance"))
        look.addRow(self.tr("Interface language:"), self.language)
        self.appearance.add_to(look)
        deepl = self._page(self.tr("&DeepL"))
        deepl.addRow(self.tr("DeepL key:"), self.key)
        deepl.addRow("", self.key_note)
        deepl.addRow(self.tr("Formality:"), self.formality)
        deepl.addRow("", self.formality_note)
        deepl.addRow(self.tr("DeepL model:"), self.model)
        deepl.addRow("", self.send_context)
        deepl.addRow("", context_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(later)
        layout.addWidget(buttons)

        self.check_formality()

    def _show_password_field(self, address: str) -> None:
        """The password field is for a team server's address only (a file has none)."""
        self.work.setRowVisible(self.server_password, is_server_address(address))

    def _keep_server_password(self, address: str) -> str | None:
        """The address without a password, the typed password (field or address) gone to the keyring; None
        (after saying why) when it cannot be kept there."""
        bare, inline = split_password(address)
        password = self.server_password.text() or (inline if inline != MASK else None)
        if not password:
            return bare
        if keyring_account(bare) is None:
            QMessageBox.warning(
                self,
                self.tr("Database"),
                self.tr(
                    "Name the login in the address (postgresql://login@server/database) so that the "
                    "keyring can keep its password."
                ),
            )
            return None
        if not store_password(bare, password):
            QMessageBox.warning(
                self,
                self.tr("Database"),
                self.tr(
                    "No keyring is available on this computer: the password cannot be kept safely, and is "
                    "never written to the settings file. Put it in the server's password file (~/.pgpass) "
                    "instead."
                ),
            )
            return None
        self.server_password.clear()
        return bare

    def _formality_scope(self) -> str:
        if self.release is None:
            return self.tr("Open a release to choose its formality.")
        return html.escape(self.tr("For “{title}” only.").format(title=self.release.title), quote=False)

    def check_formality(self) -> None:
        """Ask (on the pool: it may need DeepL's language list) whether the chosen formality applies to the
        release's target language, and warn here when it does not, rather than after a run."""
        self.formality_note.setText(self._formality_scope())
        release, asked = self.release, str(self.formality.currentData() or "")
        if release is None or not asked or self.runner is None:
            return
        account, target = self.workspace.mt.account, release.target_lang

        def work(_handle: TaskHandle) -> Formality:
            return account.formality_for(target, asked)

        def shown(formality: Formality) -> None:
            if formality.not_applicable and str(self.formality.currentData() or "") == asked:
                warning = self.tr(
                    "Formality does not apply to {language}: DeepL has no formal register there, so none is "
                    "sent."
                ).format(language=formality.target)
                style, text = roles().warning.css(), html.escape(warning, quote=False)
                scope = self._formality_scope()
                self.formality_note.setText(f'{scope}<br><span style="{style}">{text}</span>')

        self.runner.submit("formality-check", asked, work, shown, lambda _error: None)

    def _page(self, title: str) -> QFormLayout:
        """A tab of the dialog holding a form whose long labels put their field below them."""
        page = QWidget(self.pages)
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.pages.addTab(page, title)
        return form

    def _key_note(self) -> str:
        backend = keyring.get_keyring()
        if not keyring_usable():
            return self.tr(
                "No keyring is available on this computer: a key cannot be saved here. Set the "
                "DEEPL_AUTH_KEY environment variable instead."
            )
        return self.tr("Stored in the system keyring ({backend}), service “translator-app”.").format(
            backend=type(backend).__name__
        )

    def save(self) -> None:
        """Save the settings, the key (to the keyring) and the formality, and apply them; stay open on a
        refusal."""
        database = self._keep_server_password(self.database.text().strip())
        if database is None:
            return
        before = (self.settings.user, self.settings.role, self.settings.database_url, self.settings.language)
        if not self.workspace.identity_from_server:  # on a team server these fields are not offered
            self.settings.user = self.user_name.text().strip()
            self.settings.role = str(self.role.currentData())
        self.settings.database_url = database
        self.settings.fuzzy_threshold = self.threshold.value()
        self.settings.max_file_mb = self.max_file.value()
        self.settings.max_segments = self.max_segments.value()
        self.workspace.set_limits(self.settings.limits)  # the next import already uses them
        self.settings.auto_insert_threshold = int(self.auto_insert.currentData())
        self.settings.language = str(self.language.currentData())
        self.appearance.store(self.settings)  # theme and text size apply at once
        self.settings.deepl_model = str(self.model.currentData())
        self.settings.deepl_context = self.send_context.isChecked()
        self.settings.save()
        options = MtOptions(self.settings.deepl_model, self.settings.deepl_context)
        self.workspace.mt.account.set_options(options)  # the DeepL choices apply to the next request
        self.workspace.memory.threshold = self.settings.fuzzy_threshold  # the next look-up uses it
        after = (self.settings.user, self.settings.role, self.settings.database_url, self.settings.language)
        key = self.key.text().strip()
        if key:
            try:
                store_key(key)
            except NoKeyringError:
                QMessageBox.warning(self, self.tr("No keyring"), self._key_note())
                return
            except KeyringError:
                QMessageBox.warning(
                    self, self.tr("Keyring refused"), self.tr("The system keyring refused to store the key.")
                )
                return
            finally:
                self.key.clear()
            self.key_changed.emit()
        if self.release is not None:
            value = str(self.formality.currentData())
            if value != self._formality_shown:
                try:
                    self.workspace.mt.account.set_formality(self.release.id, value)
                except DomainError as error:
                    QMessageBox.warning(self, self.tr("Formality"), str(error.code))
                    return
        self.accept()
        if after != before:
            self.workspace_changed.emit()


def is_server_address(address: str) -> bool:
    """A PostgreSQL address (``postgresql://``, ``postgresql+psycopg://``…): one that may want a password."""
    return address.strip().lower().startswith(("postgresql:", "postgresql+", "postgres:"))


def shown_address(address: str) -> str:
    """The saved address as the field shows it: with ``***`` where the keyring holds its password, so the
    person sees one is kept without ever seeing it."""
    if not is_server_address(address) or split_password(address)[1] is not None:
        return address
    if not stored_password(address):
        return address
    scheme, _, rest = address.partition("://")
    user, at, place = rest.partition("@")
    return f"{scheme}://{user}:{MASK}@{place}" if at else address
