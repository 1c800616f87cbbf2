"""Spreadsheet import and export in the interchange layout (../shared/INTERCHANGE.md)."""

import os

# openpyxl must parse workbooks with defusedxml (no entity expansion, no DTDs), never lxml:
# decided here, before anything of ours can import openpyxl.
os.environ.setdefault("OPENPYXL_LXML", "False")
