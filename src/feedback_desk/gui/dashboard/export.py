"""Dashboard exports: the numbers behind the charts as CSV, a chart as PNG.

Both write to a temporary file in the target's folder and rename it over the target, so a
failed export never leaves a half-written file (nor clobbers the previous one). ``OSError``
(missing or read-only folder, full disk) reaches the caller untouched, to be reported.
"""

from __future__ import annotations

import csv
import io
import os
import secrets
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage, QImageWriter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QWidget

#: Spreadsheets run cells starting with these as formulas (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Section = tuple[str, list[str], list[list[str]]]


def neutralise(cell: object) -> str:
    """The cell as text, prefixed with ``'`` when a spreadsheet would read it as a formula."""
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_text(sections: Sequence[Section]) -> str:
    """Each section as a title line, a header line and its rows; a blank line between."""
    out = io.StringIO()
    writer = csv.writer(out)
    for i, (title, header, rows) in enumerate(sections):
        if i:
            writer.writerow([])
        writer.writerow([neutralise(title)])
        writer.writerow([neutralise(c) for c in header])
        writer.writerows([neutralise(c) for c in row] for row in rows)
    return out.getvalue()


def write_csv(path: str | Path, sections: Sequence[Section]) -> None:
    """Write ``sections`` (title, header, rows) to ``path`` as UTF-8 CSV with a BOM (Excel
    then reads it as UTF-8), atomically."""
    data = csv_text(sections).encode("utf-8-sig")

    def write(tmp: Path) -> None:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())

    _atomic(Path(path), write)


def render_png(target: Any) -> QImage:
    """A widget as shown, or a graphics item / scene through pyqtgraph's ``ImageExporter``
    (antialiasing off: big series export in a fraction of the time)."""
    if isinstance(target, QWidget):
        return target.grab().toImage()
    if isinstance(target, QGraphicsItem | QGraphicsScene):
        from pyqtgraph.exporters import ImageExporter

        exporter = ImageExporter(target)
        params = exporter.parameters()
        params["antialias"] = False
        params["width"] = int(params["width"])  # a float width makes odd sizes on some versions
        image = exporter.export(toBytes=True)
        if not isinstance(image, QImage):
            raise OSError("the chart could not be rendered")
        return image
    raise TypeError(f"cannot render {type(target).__name__} as an image")


def write_png(target: Any, path: str | Path) -> None:
    """Render ``target`` (widget, graphics item or scene) to ``path`` as PNG, atomically."""
    image = render_png(target)

    def write(tmp: Path) -> None:
        writer = QImageWriter(str(tmp), b"PNG")  # QImage.save rejects bytes on PySide6 6.12
        if not writer.write(image):
            raise OSError(f"could not write the image to {tmp.parent}: {writer.errorString()}")

    _atomic(Path(path), write)


def _atomic(path: Path, write: Callable[[Path], None]) -> None:
    # Not mkstemp: its 0600 mode would stick to the export; "x" keeps the umask's mode.
    tmp = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
    open(tmp, "xb").close()
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
