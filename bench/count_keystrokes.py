"""Count the keys a translator presses to finish the sample release (the one ``make run`` opens, fr → en).

Run: ``.venv/bin/python bench/count_keystrokes.py``. The real window runs offscreen on a fresh SQLite
workspace and is driven with real key presses (QTest), each one counted; nothing is done behind its back.
Every run follows the same steps, so two versions of the app can be compared (run the script of this
checkout with ``PYTHONPATH=<other checkout>/src`` to count on the other one).

The steps, per scenario:

1. Import the sample release as ``make run`` does and open it: the window starts on the first segment to do.
2. On each segment it lands on, once its suggestions have arrived, the translator does the cheapest of:
   - the editor already holds the right translation: nothing;
   - suggestion *n* of the panel is the right translation, or a beginning of it: Ctrl+n, Backspace over
     what differs at its end, then type the rest;
   - otherwise: select what the editor holds (Ctrl+A) if anything, and type the translation;
   then Ctrl+Enter (confirm and go to the next segment to do). Each character typed is one key, each
   chord (Ctrl+1, Ctrl+Enter) one key.
3. Read it through: from the last segment, Ctrl+Up until the headline (the first segment to translate).

Scenarios: "empty memory" (a first start, as ``make run`` opens it) and "boilerplate in memory" (the
office's earlier release left the "about us" block and a contact line in the memory: three exact matches
and one fuzzy one). No DeepL key: machine translation plays no part.

Printed: per scenario, the keys typed as text, the command keys, and the total; and, for the real scraped
seed release (``../shared/seeds``) when present, the Ctrl+Down presses that walk it from its first segment
to its last.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
os.environ.pop("DEEPL_AUTH_KEY", None)

try:
    from translator_app.app import open_workspace
except ModuleNotFoundError:  # run from a checkout without an installed package
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from translator_app.app import open_workspace

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from translator_app.cli.commands import sample_release_id
from translator_app.domain.matching import TmUnit
from translator_app.domain.models import Role, SegmentStatus
from translator_app.formats import tmx
from translator_app.services.workspace import Workspace
from translator_app.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
VERBOSE = "-v" in sys.argv
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

#: The translations the translator types (or recognises in a suggestion), by source.
REFERENCE = {
    "Dix nouvelles cliniques mobiles pour les zones rurales du Sahel": (
        "Ten new mobile clinics for rural areas of the Sahel"
    ),
    "Niamey/Lomé, 18 septembre – L'Alliance Horizon Santé a mis en service dix cliniques mobiles destinées "
    "aux villages les plus isolés du Niger et du Togo.": (
        "Niamey/Lomé, 18 September – Alliance Horizon Santé has put ten mobile clinics into service for the "
        "most isolated villages of Niger and Togo."
    ),
    "Chaque véhicule transporte un laboratoire d'analyses, une réserve de vaccins et une équipe de quatre "
    "soignants.": "Each vehicle carries a testing laboratory, a stock of vaccines and a team of four carers.",
    "Le programme, doté de 4,6 millions d'euros sur trois ans, est financé par des fondations privées et par "
    "12 000 donateurs individuels.": (
        "The programme, with a budget of 4.6 million euros over three years, is funded by private "
        "foundations and by 12,000 individual donors."
    ),
    "Il doit permettre d'atteindre environ 250 000 personnes d'ici à la fin de 2026, soit 1,5 fois plus que "
    "le programme précédent.": (
        "It aims to reach some 250,000 people by the end of 2026, 1.5 times as many as the previous "
        "programme."
    ),
    "Les cliniques s'arrêteront dans chaque village au moins deux fois par mois.": (
        "The clinics will stop in each village at least twice a month."
    ),
    "Les horaires de passage seront affichés dans les mairies et diffusés par SMS (voir le calendrier "
    "détaillé, p. 4 du dossier de presse).": (
        "Visiting times will be posted in town halls and sent by text message (see the detailed schedule, "
        "p. 4 of the press kit)."
    ),
    "Lors du lancement à Niamey, Mme Aïssata Diallo, directrice régionale de l'Alliance, a déclaré : « Trop "
    "de mères accouchent encore à plus de trente kilomètres du premier centre de santé. Ces cliniques vont à "
    "leur rencontre. Nous voulons qu'aucune femme n'ait à choisir entre sa santé et sa récolte. »": (
        "At the launch in Niamey, Ms Aïssata Diallo, the Alliance's regional director, said: “Too many "
        "mothers still give birth more than thirty kilometres from the nearest health centre. These clinics "
        "go to them. We want no woman to have to choose between her health and her harvest.”"
    ),
    "« Les premiers essais nous ont convaincus. Les habitants sont venus en nombre », a ajouté le Dr Koffi "
    "Mensah, médecin coordinateur.": (
        "“The first trials convinced us. People came in large numbers,” added Dr Koffi Mensah, the "
        "coordinating doctor."
    ),
    "Les équipes suivront une formation de six semaines avec l'Institut de formation des personnels de "
    "santé de Lomé.": (
        "The teams will follow six weeks of training with the Lomé Health Workers Training Institute."
    ),
    "M. Idrissa Bako, qui dirige l'institut, assurera le suivi des stages.": (
        "Mr Idrissa Bako, who heads the institute, will supervise the placements."
    ),
    "À propos de l'Alliance Horizon Santé": "About Alliance Horizon Santé",
    "Fondée en 2004, l'Alliance Horizon Santé est une organisation non gouvernementale qui soutient l'accès "
    "aux soins de base dans les zones rurales d'Afrique de l'Ouest.": (
        "Founded in 2004, Alliance Horizon Santé is a non-governmental organisation that supports access to "
        "basic health care in rural West Africa."
    ),
    "Pour plus d'informations, veuillez contacter :": "For more information, please contact:",
    "Mariam Sow, courriel : presse@horizon-sante.example, Tél. : +227 20 73 45 18": (
        "Mariam Sow, email: presse@horizon-sante.example, Tel.: +227 20 73 45 18"
    ),
}

#: The office's earlier release: its "about us" block as today, and its contact line with another phone.
EARLIER_RELEASE = [
    ("À propos de l'Alliance Horizon Santé", REFERENCE["À propos de l'Alliance Horizon Santé"]),
    *[(s, t) for s, t in REFERENCE.items() if s.startswith(("Fondée en 2004", "Pour plus d'informations"))],
    (
        "Mariam Sow, courriel : presse@horizon-sante.example, Tél. : +227 20 73 45 10",
        "Mariam Sow, email: presse@horizon-sante.example, Tel.: +227 20 73 45 10",
    ),
]


@dataclass
class Count:
    typed: int = 0
    commands: int = 0

    @property
    def total(self) -> int:
        return self.typed + self.commands


def wait_until(condition: Callable[[], bool], seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        QTest.qWait(10)


def settle(window: MainWindow) -> None:
    """Let the window finish what the last key started (suggestions on a worker, the editor opening)."""
    QTest.qWait(30)
    wait_until(lambda: not window.runner.busy("suggestions"))
    QTest.qWait(30)


class Translator:
    """Presses keys on the window and counts them."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.count = Count()

    def _target(self) -> QWidget:
        return self.window.session.editor() or self.window.segments

    def chord(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = CTRL) -> None:
        QTest.keyClick(self._target(), key, modifiers)
        self.count.commands += 1
        settle(self.window)
        if VERBOSE:
            print(f"  Ctrl+{key.name[4:]} -> row {self.window.session.current_row()}")

    def type(self, text: str) -> None:
        """One key event per character, as a keyboard sends them (QTest's own only knows ASCII)."""
        editor = self.window.session.editor()
        assert editor is not None, "typing with no editor open"
        for character in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                key = Qt.Key.Key_Space if character == " " else Qt.Key.Key_unknown
                QApplication.sendEvent(
                    editor, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, character)
                )
        self.count.typed += len(text)

    def backspace(self, times: int) -> None:
        editor = self.window.session.editor()
        assert editor is not None
        for _ in range(times):
            QTest.keyClick(editor, Qt.Key.Key_Backspace)
        self.count.typed += times


def shared_prefix(a: str, b: str) -> int:
    length = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        length += 1
    return length


def edit_cost(held: str, wanted: str) -> int:
    """Keys to turn ``held`` (cursor at its end) into ``wanted``: Backspace over the end that differs, then
    type the rest."""
    keep = shared_prefix(held, wanted)
    return (len(held) - keep) + (len(wanted) - keep)


def translate_segment(translator: Translator, wanted: str) -> None:
    window = translator.window
    editor = window.session.editor()
    held = editor.text() if editor is not None else ""
    options: list[tuple[int, int | None]] = []  # (cost, suggestion number or None: the editor as it is)
    options.append((edit_cost(held, wanted), None) if held else (len(wanted), None))
    if held:
        options.append((1 + len(wanted), -1))  # Ctrl+A, then type it all
    for number, item in enumerate(window.side.suggestions.items[:9], start=1):
        if item.replaces_target:
            options.append((1 + edit_cost(item.target, wanted), number))
    _, choice = min(options, key=lambda option: option[0])
    if choice is None:
        translator.backspace(len(held) - shared_prefix(held, wanted))
        translator.type(wanted[shared_prefix(held, wanted) :])
    elif choice == -1:
        translator.chord(Qt.Key.Key_A)
        translator.type(wanted)
    else:
        translator.chord(getattr(Qt.Key, f"Key_{choice}"))
        editor = window.session.editor()
        assert editor is not None
        now = editor.text()
        translator.backspace(len(now) - shared_prefix(now, wanted))
        translator.type(wanted[shared_prefix(now, wanted) :])
    editor = window.session.editor()
    assert editor is not None and editor.text() == wanted, (editor and editor.text(), wanted)
    translator.chord(Qt.Key.Key_Return)


def finish_release(workspace: Workspace, window: MainWindow, release_id: int) -> Count:
    translator = Translator(window)
    settle(window)
    for _ in range(100):
        segment = window.session.current_segment()
        if segment is None or segment.status is not SegmentStatus.NEW:
            break
        translate_segment(translator, REFERENCE[segment.source])
    left = [s for s in workspace.releases.segments(release_id) if s.translatable]
    assert all(s.status is SegmentStatus.TRANSLATED for s in left), "the release is not finished"
    assert all(s.target == REFERENCE[s.source] for s in left)
    # Read it through: from the last segment up to the headline.
    title_row = next(
        row
        for row in range(window.segment_model.rowCount())
        if window.segment_model.segment_at(row).translatable
    )
    last = max(
        row
        for row in range(window.segment_model.rowCount())
        if window.segment_model.segment_at(row).translatable
    )
    window.session.go_to_row(last)
    settle(window)
    for _ in range(200):
        if window.session.current_row() == title_row:
            break
        translator.chord(Qt.Key.Key_Up)
    return translator.count


def write_tmx(path: Path, units: list[tuple[str, str]]) -> None:
    """The earlier release's units as another office's tool would hand them over: a TMX file."""
    tmx.write_tmx(path, [TmUnit("fr", "en", source, target, approved=True) for source, target in units], "fr")


@contextmanager
def workspace_in(folder: Path) -> Iterator[Workspace]:
    """A fresh SQLite workspace (and settings folder) in ``folder``."""
    os.environ["TRANSLATOR_APP_CONFIG_DIR"] = str(folder / "config")
    workspace = open_workspace(f"sqlite:///{folder / 'workspace.db'}", "claire", Role.TRANSLATOR)
    try:
        yield workspace
    finally:
        workspace.close()


@contextmanager
def window_on(workspace: Workspace, release_id: int) -> Iterator[MainWindow]:
    """The main window showing the release, as the translator finds it."""
    window = MainWindow(workspace)
    window.load_releases(release_id)
    window.show()
    window.activateWindow()
    try:
        yield window
    finally:
        window.close()
        window.deleteLater()
        QTest.qWait(50)


def run_scenario(folder: Path, with_memory: bool) -> Count:
    with workspace_in(folder) as workspace:
        if with_memory:
            tmx_file = folder / "earlier.tmx"
            write_tmx(tmx_file, EARLIER_RELEASE)
            workspace.memory.import_tmx(tmx_file, workspace.actor, "fr", "en")
        release_id = sample_release_id(workspace)
        assert release_id is not None
        with window_on(workspace, release_id) as window:
            return finish_release(workspace, window, release_id)


def walk_the_seed(folder: Path) -> int | None:
    """Ctrl+Down presses from the first segment in view of the scraped seed release to its last."""
    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not seeds:
        return None
    with workspace_in(folder) as workspace:
        release = workspace.importing.import_file(seeds[0], "fr", "en", workspace.actor)
        with window_on(workspace, release.id) as window:
            translator = Translator(window)
            proxy = window.segment_proxy
            window.session.go_to_row(proxy.source_row(0))
            settle(window)
            last = proxy.source_row(proxy.rowCount() - 1)
            while window.session.current_row() != last and translator.count.commands < 500:
                translator.chord(Qt.Key.Key_Down)
            return translator.count.commands


def main() -> None:
    QApplication.instance() or QApplication(sys.argv)
    print(f"translator_app from {Path(sys.modules['translator_app'].__file__ or '').parent}")
    for name, with_memory in (("empty memory", False), ("boilerplate in memory", True)):
        with tempfile.TemporaryDirectory() as folder:
            count = run_scenario(Path(folder), with_memory)
        print(f"{name:>22}: {count.total} keys ({count.typed} typed, {count.commands} commands)")
    with tempfile.TemporaryDirectory() as folder:
        walked = walk_the_seed(Path(folder))
    if walked is not None:
        print(f"{'seed, first to last':>22}: {walked} Ctrl+Down presses")


if __name__ == "__main__":
    main()
