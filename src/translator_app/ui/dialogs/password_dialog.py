"""The team server's password, asked in a small dialog when neither ``~/.pgpass``, ``PGPASSWORD`` nor the
keyring gave one the server took.

It names the login and the server (the URL never carries a password here), offers to keep the password in
the system keyring (never in the settings file), and after a refused password says so before asking again.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from translator_app.credentials import PasswordAnswer, PasswordRequest, RefusedPassword, keyring_usable
from translator_app.ui.common.paint_roles import roles
from translator_app.ui.frame.identity_field import server_place


class PasswordDialog(QDialog):
    """Login shown, password field, "Remember in the keyring"; Cancel gives no password."""

    def __init__(self, request: PasswordRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Team server password"))
        self.setMinimumWidth(420)
        intro = QLabel(
            self.tr("The team server asks for the password of {login}.").format(login=request.login), self
        )
        intro.setWordWrap(True)
        self.refused = QLabel(self._refusal(request), self)
        self.refused.setObjectName("passwordRefused")
        self.refused.setWordWrap(True)
        self.refused.setStyleSheet(f"QLabel#passwordRefused {{ {roles().error.css()} }}")
        self.refused.setVisible(request.refused is not None)
        self.login = QLabel(request.login, self)
        self.login.setObjectName("passwordLogin")
        self.server = QLabel(server_place(request.location), self)
        self.server.setObjectName("passwordServer")
        self.server.setToolTip(request.location)
        self.server.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setObjectName("passwordField")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.remember = QCheckBox(self.tr("Remember in the keyring"), self)
        self.remember.setObjectName("passwordRemember")
        self.remember.setToolTip(
            self.tr("Kept in the system keyring once the server accepts it; never in the settings file.")
        )
        if not keyring_usable():
            self.remember.setEnabled(False)
            self.remember.setToolTip(
                self.tr("No keyring is available on this computer: put the password in ~/.pgpass instead.")
            )
        form = QFormLayout()
        form.addRow(self.tr("Login:"), self.login)
        form.addRow(self.tr("Server:"), self.server)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.refused)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.password.setFocus()

    def _refusal(self, request: PasswordRequest) -> str:
        """Which password was refused, in words that fit what the person did (they may have typed nothing)."""
        if request.refused is RefusedPassword.KEYRING:
            text = self.tr(
                "The server refused the password kept in the keyring for {login}; it may have been changed. "
                "Type the current one."
            )
        elif request.refused is RefusedPassword.GIVEN:
            text = self.tr(
                "The server refused the password given for {login} (in ~/.pgpass, PGPASSWORD or the "
                "server address). Type the current one."
            )
        else:
            text = self.tr("The server refused that password for {login}. Type it again.")
        return text.format(login=request.login)

    def answer(self) -> PasswordAnswer | None:
        """What was typed once the dialog closed; None after Cancel or with an empty field."""
        if self.result() != QDialog.DialogCode.Accepted or not self.password.text():
            return None
        return PasswordAnswer(self.password.text(), self.remember.isChecked())


def ask_in_dialog(request: PasswordRequest, parent: QWidget | None = None) -> PasswordAnswer | None:
    """Ask and wait for the answer (a modal dialog: the window cannot go on without the connection)."""
    dialog = PasswordDialog(request, parent)
    try:
        dialog.exec()
        return dialog.answer()
    finally:
        dialog.deleteLater()
