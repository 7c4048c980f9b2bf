"""Render the app icon's PNGs (48, 128, 256 px), a Windows .ico and a macOS .icns from the SVG, with Qt.

Run after changing ``resources/icons/translator-app.svg``; the results are kept in the repository so that a
build needs no display and no image tools: ``.venv/bin/python packaging/render_icons.py``
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICONS / "translator-app.svg"
SIZES = (48, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def save(image: QImage, path: Path, image_format: str) -> None:
    writer = QImageWriter(str(path), image_format.encode())
    if not writer.write(image):
        raise SystemExit(f"could not write {path}: {writer.errorString()}")
    print(f"wrote {path.relative_to(ICONS.parents[1])}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    images = {size: render(renderer, size) for size in SIZES}
    for size, image in images.items():
        save(image, ICONS / f"translator-app-{size}.png", "png")
    largest = images[max(SIZES)]
    save(largest, ICONS / "translator-app.ico", "ico")
    save(largest, ICONS / "translator-app.icns", "icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
