"""Shared by every part of the window and knowing none of them: translations, icons, theme, the task runner,
error texts, banners, status colours, QA wording, what the window remembers between sessions."""
