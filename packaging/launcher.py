"""Entry script of the frozen app (PyInstaller): the installed package's ``translator-app`` command.

An entry script outside the package keeps absolute imports behaving as in an installed copy.
"""

from translator_app.cli import run

if __name__ == "__main__":
    run()
