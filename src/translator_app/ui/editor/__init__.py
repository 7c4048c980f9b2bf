"""The in-place target editor: a text widget with tags as chips, spelling and live QA underlines."""
