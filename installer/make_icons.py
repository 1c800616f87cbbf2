"""Render the application icon (``resources/icons/feedback-desk.svg``) for the installers.

``python installer/make_icons.py OUT_DIR`` writes ``OUT_DIR/feedback-desk-<N>.png`` for the Linux
icon theme sizes and ``OUT_DIR/feedback-desk.ico`` (16–256 px, each size drawn from the SVG, not
scaled from one bitmap) for the Windows executable, shortcuts and installer. Qt draws the SVG;
Pillow (already installed: ReportLab needs it) writes the ICO.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SVG = Path(__file__).resolve().parents[1] / "resources" / "icons" / "feedback-desk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render(size: int, out: Path) -> Path:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"make_icons: cannot write {out}")
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: make_icons.py OUT_DIR", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841  (QPainter needs it)
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    pngs = {size: render(size, out / f"feedback-desk-{size}.png")
            for size in sorted(set(PNG_SIZES) | set(ICO_SIZES))}
    images = [Image.open(pngs[size]) for size in ICO_SIZES]
    largest = images[-1]
    largest.save(out / "feedback-desk.ico", format="ICO",
                 sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1])
    for size in set(ICO_SIZES) - set(PNG_SIZES):
        pngs[size].unlink()
    print(out / "feedback-desk.ico")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
