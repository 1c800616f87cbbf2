"""Smoke test of ``bench/bench_interchange.py``: the quick mode runs on SQLite and prints every
figure beside its floor (no timing is asserted: the machine is shared), and the generated
table is deterministic and shaped as INTERCHANGE.md says."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench" / "bench_interchange.py"
FIGURES = ("CSV import", "XLSX import", "CSV export", "XLSX export")
NUMBER = r"\d[\d,]*\.\d+"


@pytest.fixture(scope="module")
def quick_output() -> str:
    done = subprocess.run([sys.executable, str(BENCH), "--quick"], cwd=ROOT,
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-4000:]
    return done.stdout


def test_quick_mode_prints_every_figure_beside_its_floor(quick_output: str) -> None:
    assert "10,000 rows generated" in quick_output
    assert "SQLite: 10,000 rows, medians of 1 runs" in quick_output
    for label in FIGURES:
        pattern = (rf"^  {label} +(?P<ours>{NUMBER}) s +floor +(?P<floor>{NUMBER}) s \(.+\)"
                   rf" +×\s*(?P<ratio>{NUMBER}) +(target ≤ [\d.]+ s: (ok|OVER)|no target)")
        found = re.search(pattern, quick_output, re.MULTILINE)
        assert found, f"no figure line for {label!r} in:\n{quick_output}"
        ours, floor = float(found["ours"]), float(found["floor"])
        assert ours > 0 and floor > 0
        low, high = (ours - 0.005) / (floor + 0.005), (ours + 0.005) / (floor - 0.005)
        assert low - 0.01 <= float(found["ratio"]) <= high + 0.01  # printed to 2 decimals


def test_quick_mode_breaks_the_imports_down(quick_output: str) -> None:
    assert re.search(rf"CSV import  = preview {NUMBER} s \+ commit {NUMBER} s; floor = "
                     rf"csv\.reader {NUMBER} s \+ executemany {NUMBER} s", quick_output)
    assert re.search(rf"XLSX import = preview {NUMBER} s \+ commit {NUMBER} s", quick_output)
    assert "PostgreSQL" not in quick_output  # only with --pg


def test_unknown_profile_phase_is_refused() -> None:
    done = subprocess.run([sys.executable, str(BENCH), "--profile", "pdf"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "invalid choice: 'pdf'" in done.stderr


def test_generated_table_is_deterministic_and_realistic() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import interchange_data as data
    finally:
        sys.path.remove(str(ROOT / "bench"))
    rows = data.generate(2_000, seed=3)
    assert rows == data.generate(2_000, seed=3)
    assert rows != data.generate(2_000, seed=4)
    assert all(len(r) == len(data.HEADER) for r in rows)
    texts = [str(r[data.HEADER.index("text")]) for r in rows]
    assert len(set(texts)) > len(texts) * 0.8  # variety, not one repeated text
    assert 150 < sum(map(len, texts)) / len(texts) < 260
    assert {r[data.HEADER.index("event")] for r in rows} == {e[0] for e in data.EVENTS}
    assert len({r[data.HEADER.index("session")] for r in rows} - {""}) == 6
    consent = data.HEADER.index("contact_consent")
    with_consent = [r for r in rows if r[consent] == "yes"]
    assert 0.02 * len(rows) < len(with_consent) < 0.08 * len(rows)
    assert all(all(r[consent + 1:]) for r in with_consent)  # every personal column filled
    languages = {r[data.HEADER.index("language")] for r in rows}
    assert languages == {"id", "en"}
