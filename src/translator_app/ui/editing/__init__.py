"""Working on the active segment: the editing session (moving, saving, undo, Esc, drafts), the typing
journal, the conflict banner, and find and replace."""
