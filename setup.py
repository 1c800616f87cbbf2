"""Build hook: compile the Qt translations (resources/translations/*.ts) into the package, so
a wheel or an installer carries ``feedback_desk/gui/i18n/*.qm``, and copy the PDF fonts
(resources/fonts) and the application icon (resources/icons) to ``feedback_desk/resources/``.
Everything else is in pyproject.toml."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        for folder in ("fonts", "icons"):
            source = Path(__file__).parent / "resources" / folder
            if source.is_dir():
                shutil.copytree(source, Path(self.build_lib) / "feedback_desk" / "resources" / folder,
                                dirs_exist_ok=True)
        ts_dir = Path(__file__).parent / "resources" / "translations"
        out = Path(self.build_lib) / "feedback_desk" / "gui" / "i18n"
        try:
            import PySide6

            tool = Path(PySide6.__file__).parent / "lrelease"
        except ImportError:  # build isolation without PySide6: compiled on first run instead
            return
        out.mkdir(parents=True, exist_ok=True)
        for ts in sorted(ts_dir.glob("*.ts")):
            subprocess.run([str(tool), "-silent", str(ts), "-qm", str(out / f"{ts.stem}.qm")], check=True)


setup(cmdclass={"build_py": BuildWithTranslations})
