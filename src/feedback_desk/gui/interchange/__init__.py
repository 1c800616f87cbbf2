"""Spreadsheet import and export in the window (../shared/INTERCHANGE.md).

File → Import spreadsheet… (``import_dialog``): a file is previewed off the GUI thread, its
column mapping can be changed, each row says what importing it would do, and nothing is written
until Import. "Export list…" in the triage list (``export_list``) writes exactly the rows the
list shows. ``launch`` is what the composition root calls.
"""
