"""The window's frame: its actions (menus, toolbar, shortcuts), the status bar and its fields, the View
menu."""
