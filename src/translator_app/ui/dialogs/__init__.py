"""Dialogs: import, export, reject with a comment, and the keyboard shortcuts sheet."""
