"""The desktop window (PySide6): adapts the services' data into Qt models and views.

Nothing here opens a database session: the window receives a ready
:class:`~translator_app.services.workspace.Workspace` and calls its services.
Start it with :func:`translator_app.ui.launch.run_gui`.
"""
