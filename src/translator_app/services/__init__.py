"""Use cases (import, edit, review, export…), headless: the CLI, the tests and the window share them."""
