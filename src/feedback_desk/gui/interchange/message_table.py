"""Every import/export message code with its English template, marked for translation.

The same codes and ``{placeholders}`` as ``core.interchange.messages.ENGLISH`` (the CLI's
table); ``messages.text`` fills them in. A test fails when the core gains a code missing here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translated_templates() -> dict[str, str]:
    return {
        # ---- the whole file (core/interchange/messages_reader.py) ----
        "file_missing": QCoreApplication.translate(
            "ImportMessage",
            "The file {path} does not exist."),
        "file_unreadable": QCoreApplication.translate(
            "ImportMessage",
            "The file {path} cannot be read: {reason}."),
        "file_is_directory": QCoreApplication.translate(
            "ImportMessage",
            "{path} is a folder, not a file. Choose the spreadsheet file inside it."),
        "file_not_regular": QCoreApplication.translate(
            "ImportMessage",
            "{path} is not an ordinary file (a device or a pipe). Choose a spreadsheet "
            "file."),
        "file_empty": QCoreApplication.translate(
            "ImportMessage",
            "The file {path} is empty (0 bytes). It may not have been saved or copied "
            "completely; save it again and import the new copy."),
        "file_no_rows": QCoreApplication.translate(
            "ImportMessage",
            "The file {path} has no rows: it contains only blank lines."),
        "file_too_large": QCoreApplication.translate(
            "ImportMessage",
            "The workbook {path} is too large to import (over {limit} once unpacked). "
            "Split it into smaller files, or save it as CSV UTF-8 and import that."),
        "file_xls": QCoreApplication.translate(
            "ImportMessage",
            "{path} is an old Excel 97–2003 file (.xls). Open it in Excel and save it as "
            ".xlsx or CSV UTF-8, then import that."),
        "file_encrypted": QCoreApplication.translate(
            "ImportMessage",
            "{path} is protected with a password, so it cannot be read. Open it in Excel,"
            " remove the password (File › Info › Protect Workbook › Encrypt with "
            "Password, clear it) and save, then import it again."),
        "file_old_office": QCoreApplication.translate(
            "ImportMessage",
            "{path} is an old Microsoft Office 97–2003 file, not an Excel workbook we can"
            " read. If it holds a table, copy it into Excel and save it as .xlsx or CSV "
            "UTF-8, then import that."),
        "file_xlsm": QCoreApplication.translate(
            "ImportMessage",
            "{path} is a workbook with macros (.xlsm). Macro workbooks are not imported, "
            "for safety. Open it in Excel and save it as .xlsx or CSV UTF-8, then import "
            "that."),
        "file_xlsb": QCoreApplication.translate(
            "ImportMessage",
            "{path} is an Excel binary workbook (.xlsb). Open it in Excel and save it as "
            ".xlsx or CSV UTF-8, then import that."),
        "file_ods": QCoreApplication.translate(
            "ImportMessage",
            "{path} is an OpenDocument spreadsheet (.ods, from LibreOffice or "
            "OpenOffice). Open it there and save it as .xlsx or CSV UTF-8, then import "
            "that."),
        "file_opendocument": QCoreApplication.translate(
            "ImportMessage",
            "{path} is an OpenDocument text or presentation file, not a spreadsheet. "
            "Import the spreadsheet (.xlsx or .csv) instead."),
        "file_word": QCoreApplication.translate(
            "ImportMessage",
            "{path} is a Word document, not a spreadsheet. If it holds a table, copy the "
            "table into Excel and save it as .xlsx or CSV UTF-8, then import that."),
        "file_powerpoint": QCoreApplication.translate(
            "ImportMessage",
            "{path} is a PowerPoint presentation, not a spreadsheet. Import the "
            "spreadsheet (.xlsx or .csv) instead."),
        "file_zip": QCoreApplication.translate(
            "ImportMessage",
            "{path} is a compressed archive (ZIP or similar), not a spreadsheet. If the "
            "spreadsheet is inside, extract it and import the .xlsx or .csv file."),
        "file_zip_corrupt": QCoreApplication.translate(
            "ImportMessage",
            "{path} looks like an Excel workbook but is damaged or incomplete (it may "
            "have been cut off while copying or downloading). Copy it again, or open it "
            "in Excel and save it as .xlsx or CSV UTF-8, then import that."),
        "file_zip_bomb": QCoreApplication.translate(
            "ImportMessage",
            '{path} unpacks to far more data than its size suggests (a "zip bomb"), so it'
            " was not opened. Do not open it elsewhere either; ask the sender for the "
            "data as CSV UTF-8."),
        "file_xml_unsafe": QCoreApplication.translate(
            "ImportMessage",
            "{path} contains XML constructs (a DTD or entity declarations) that Excel "
            "never writes and that can be used to attack a computer, so it was not read. "
            "Ask the sender for the data as CSV UTF-8."),
        "file_xlsx_damaged": QCoreApplication.translate(
            "ImportMessage",
            "The workbook {path} is damaged and cannot be read. Open it in Excel (it may "
            "offer to repair it) and save it as .xlsx or CSV UTF-8, then import that."),
        "file_pdf": QCoreApplication.translate(
            "ImportMessage",
            "{path} is a PDF document; a table in a PDF cannot be imported. Ask for the "
            "spreadsheet it was made from, or copy the table into Excel and save it as "
            ".xlsx or CSV UTF-8, then import that."),
        "file_image": QCoreApplication.translate(
            "ImportMessage",
            "{path} is a picture, not a spreadsheet. Type the table into Excel and save "
            "it as .xlsx or CSV UTF-8, then import that."),
        "file_rtf": QCoreApplication.translate(
            "ImportMessage",
            "{path} is a rich-text (RTF) document, not a spreadsheet. If it holds a "
            "table, copy the table into Excel and save it as .xlsx or CSV UTF-8, then "
            "import that."),
        "file_html": QCoreApplication.translate(
            "ImportMessage",
            "{path} is a web page (HTML), as some systems export under an Excel name. "
            "Open it in Excel and save it as .xlsx or CSV UTF-8, then import that."),
        "file_xml_spreadsheet": QCoreApplication.translate(
            "ImportMessage",
            "{path} is an Excel 2003 XML spreadsheet. Open it in Excel and save it as "
            ".xlsx or CSV UTF-8, then import that."),
        "file_xml": QCoreApplication.translate(
            "ImportMessage",
            "{path} is an XML file, not a spreadsheet. Import a .xlsx or .csv file "
            "instead."),
        "file_binary": QCoreApplication.translate(
            "ImportMessage",
            "{path} is not a spreadsheet or a text file (it contains binary data). Import"
            " a .xlsx or .csv file."),
        "file_encoding_unknown": QCoreApplication.translate(
            "ImportMessage",
            "{path} is a text file in an encoding that is neither UTF-8, UTF-16 nor "
            "Windows-1252 (perhaps Chinese, Japanese or Cyrillic code pages). Open it in "
            "Excel or a text editor and save it as CSV UTF-8, then import that."),
        "file_encoding_invalid": QCoreApplication.translate(
            "ImportMessage",
            '"{encoding}" is not a text encoding this program knows. Choose UTF-8, UTF-16'
            " or Windows-1252."),
        "file_decode_error": QCoreApplication.translate(
            "ImportMessage",
            "Line {line} has bytes that are not valid {encoding} text, so the file is "
            "damaged or mixes encodings. Open it in Excel or a text editor, save it as "
            "CSV UTF-8 and import it again."),
        "csv_bad_quoting": QCoreApplication.translate(
            "ImportMessage",
            'Line {line} has a misplaced quote ("): a quoted cell must be closed right '
            "before the next separator. Correct that line (write a quote inside a cell as"
            ' two quotes "") or save the file again from Excel.'),
        "csv_unclosed_quote": QCoreApplication.translate(
            "ImportMessage",
            'A quote (") opened on line {line} is never closed, so the rest of the file '
            "would be one cell. Add the missing quote on that line, or save the file "
            "again from Excel."),
        "csv_cell_too_long": QCoreApplication.translate(
            "ImportMessage",
            "A cell starting on line {line} is longer than {limit} characters. This is "
            'usually a quote (") opened and never closed on that line; check the quotes '
            "there."),
        "csv_line_too_long": QCoreApplication.translate(
            "ImportMessage",
            "Line {line} is longer than {limit} characters without a line break; this is "
            "not a table. Check that the file is the CSV you meant."),
        "xlsx_no_sheets": QCoreApplication.translate(
            "ImportMessage",
            "The workbook {path} has no sheet with cells (only charts, or nothing). "
            "Import a workbook whose table is on a sheet."),
        "sheet_unknown": QCoreApplication.translate(
            "ImportMessage",
            'The workbook has no sheet called "{sheet}". Its sheets are: {sheets}.'),
        "sheet_not_table": QCoreApplication.translate(
            "ImportMessage",
            'The sheet "{sheet}" is a chart, not a table. Choose another sheet.'),
        "sheet_empty": QCoreApplication.translate(
            "ImportMessage",
            'The sheet "{sheet}" is empty. Choose the sheet that holds the table.'),
        "note_encoding_guessed": QCoreApplication.translate(
            "ImportMessage",
            "The file is not UTF-8; it was read as {encoding} (Western European). Check "
            "that accented letters look right before importing."),
        "note_title_rows_skipped": QCoreApplication.translate(
            "ImportMessage",
            "{count} row(s) above the header were skipped (titles or notes); the header "
            "is row {row}."),
        "note_header_guessed": QCoreApplication.translate(
            "ImportMessage",
            "No row near the top names the columns (such as waktu, acara, jenis, isi); "
            "row {row} was taken as the header. Check the column mapping."),
        "note_hidden_sheets_skipped": QCoreApplication.translate(
            "ImportMessage",
            'Hidden sheets were skipped ({sheets}); sheet "{sheet}" was read.'),
        "note_all_sheets_hidden": QCoreApplication.translate(
            "ImportMessage",
            'Every sheet is hidden; the first one, "{sheet}", was read.'),
        "note_other_sheets": QCoreApplication.translate(
            "ImportMessage",
            'The workbook has {count} other sheet(s); only "{sheet}" was read. Choose a '
            "sheet by name to import another."),
        "note_sheet_name_case": QCoreApplication.translate(
            "ImportMessage",
            'There is no sheet "{asked}"; sheet "{sheet}" was read.'),
        "note_merged_cells_filled": QCoreApplication.translate(
            "ImportMessage",
            "{count} merged cell range(s): every cell of a merged range took the value "
            "shown in it."),
        # ---- rows and columns (core/interchange/messages_rows.py) ----
        "missing_value": QCoreApplication.translate(
            "ImportMessage",
            "{column} is empty; it is required."),
        "unknown_value": QCoreApplication.translate(
            "ImportMessage",
            "{column}: {value} is not a known value (use a code or its English or "
            "Indonesian label)."),
        "bad_date": QCoreApplication.translate(
            "ImportMessage",
            "recorded_at: {value} is not a date (write dd/mm/yyyy hh:mm or "
            "yyyy-mm-ddThh:mm, or use an Excel date cell)."),
        "month_first_date": QCoreApplication.translate(
            "ImportMessage",
            "recorded_at: {value} reads month-first; write the day first (dd/mm/yyyy)."),
        "future_date": QCoreApplication.translate(
            "ImportMessage",
            "recorded_at: {value} is in the future."),
        "old_date": QCoreApplication.translate(
            "ImportMessage",
            "recorded_at: {value} is before 1990; check the year."),
        "too_long": QCoreApplication.translate(
            "ImportMessage",
            "{column} is longer than {limit} characters."),
        "too_long_text": QCoreApplication.translate(
            "ImportMessage",
            "{column} is {length} characters long; the limit is {limit}."),
        "bad_status": QCoreApplication.translate(
            "ImportMessage",
            "status: {value} is not a state of a {kind} ({allowed})."),
        "status_needs_triage": QCoreApplication.translate(
            "ImportMessage",
            "status: only a supervisor may import a case already {value}."),
        "bad_priority": QCoreApplication.translate(
            "ImportMessage",
            "priority: {value} is not an SLA tier ({allowed}, or low/normal/high/urgent)."),
        "bad_consent": QCoreApplication.translate(
            "ImportMessage",
            "contact_consent: {value} is neither yes/ya nor no/tidak."),
        "bad_uuid": QCoreApplication.translate(
            "ImportMessage",
            "uuid: {value} is not a UUID."),
        "extra_cells": QCoreApplication.translate(
            "ImportMessage",
            "the row has {count} more cells than there are headers (a separator inside "
            "text that is not in quotes?)."),
        "bad_user": QCoreApplication.translate(
            "ImportMessage",
            "recorded_by: {value} cannot be an account here: {reason}."),
        "duplicate_in_file": QCoreApplication.translate(
            "ImportMessage",
            "the same entry id as row {row}, with other content."),
        "personal_dropped": QCoreApplication.translate(
            "ImportMessage",
            "personal data ({columns}) left out: contact_consent is not yes."),
        "control_removed": QCoreApplication.translate(
            "ImportMessage",
            "{column}: invisible control characters were removed."),
        "same_as_row": QCoreApplication.translate(
            "ImportMessage",
            "the same entry as row {row}; imported once."),
        "stored_differs": QCoreApplication.translate(
            "ImportMessage",
            "an entry with this id is already here and differs in: {fields}; it is kept "
            "as it is."),
        "user_created": QCoreApplication.translate(
            "ImportMessage",
            "recorded_by {value} has no account here; an inactive one will be created."),
        "missing_columns": QCoreApplication.translate(
            "ImportMessage",
            "Required columns missing: {columns}. Map a column of the file to each."),
        "unknown_headers": QCoreApplication.translate(
            "ImportMessage",
            "Columns not imported (unknown): {headers}."),

    }
