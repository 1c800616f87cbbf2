"""PDF reports: the leadership strategy summary (``builder.build_report``), its fonts, the one
escape function for user text (``text``), charts, themes and quotes.

Importing this package is cheap: ReportLab is loaded only by the modules that draw
(``builder``, ``document``, ``sections_*``, ``charts``, ``fonts``), which the CLI and the GUI
import when a summary is asked for.
"""
