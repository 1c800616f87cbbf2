"""English text of the messages about a whole file: refusals and notes (see ``messages``).

Refusals (``ImportRefused``) say what the file is and what to do instead; notes
(``SourceInfo.notes``) say how the file was read. Every placeholder is a plain value: a path, a
line or row number, a sheet name, a count.
"""

_SAVE_AS = "save it as .xlsx or CSV UTF-8, then import that"

READER: dict[str, str] = {
    # ---- the file itself ----
    "file_missing": "The file {path} does not exist.",
    "file_unreadable": "The file {path} cannot be read: {reason}.",
    "file_is_directory": "{path} is a folder, not a file. Choose the spreadsheet file inside it.",
    "file_not_regular": "{path} is not an ordinary file (a device or a pipe). Choose a "
                        "spreadsheet file.",
    "file_empty": "The file {path} is empty (0 bytes). It may not have been saved or copied "
                  "completely; save it again and import the new copy.",
    "file_no_rows": "The file {path} has no rows: it contains only blank lines.",
    "file_too_large": "The workbook {path} is too large to import (over {limit} once unpacked). "
                      "Split it into smaller files, or save it as CSV UTF-8 and import that.",
    # ---- formats we do not read ----
    "file_xls": "{path} is an old Excel 97–2003 file (.xls). Open it in Excel and " + _SAVE_AS
                + ".",
    "file_encrypted": "{path} is protected with a password, so it cannot be read. Open it in "
                      "Excel, remove the password (File › Info › Protect Workbook › Encrypt "
                      "with Password, clear it) and save, then import it again.",
    "file_old_office": "{path} is an old Microsoft Office 97–2003 file, not an Excel workbook "
                       "we can read. If it holds a table, copy it into Excel and " + _SAVE_AS
                       + ".",
    "file_xlsm": "{path} is a workbook with macros (.xlsm). Macro workbooks are not imported, "
                 "for safety. Open it in Excel and " + _SAVE_AS + ".",
    "file_xlsb": "{path} is an Excel binary workbook (.xlsb). Open it in Excel and " + _SAVE_AS
                 + ".",
    "file_ods": "{path} is an OpenDocument spreadsheet (.ods, from LibreOffice or OpenOffice). "
                "Open it there and " + _SAVE_AS + ".",
    "file_opendocument": "{path} is an OpenDocument text or presentation file, not a "
                         "spreadsheet. Import the spreadsheet (.xlsx or .csv) instead.",
    "file_word": "{path} is a Word document, not a spreadsheet. If it holds a table, copy the "
                 "table into Excel and " + _SAVE_AS + ".",
    "file_powerpoint": "{path} is a PowerPoint presentation, not a spreadsheet. Import the "
                       "spreadsheet (.xlsx or .csv) instead.",
    "file_zip": "{path} is a compressed archive (ZIP or similar), not a spreadsheet. If the "
                "spreadsheet is inside, extract it and import the .xlsx or .csv file.",
    "file_zip_corrupt": "{path} looks like an Excel workbook but is damaged or incomplete (it "
                        "may have been cut off while copying or downloading). Copy it again, "
                        "or open it in Excel and " + _SAVE_AS + ".",
    "file_zip_bomb": "{path} unpacks to far more data than its size suggests (a \"zip bomb\"), "
                     "so it was not opened. Do not open it elsewhere either; ask the sender for "
                     "the data as CSV UTF-8.",
    "file_xml_unsafe": "{path} contains XML constructs (a DTD or entity declarations) that "
                       "Excel never writes and that can be used to attack a computer, so it "
                       "was not read. Ask the sender for the data as CSV UTF-8.",
    "file_xlsx_damaged": "The workbook {path} is damaged and cannot be read. Open it in Excel "
                         "(it may offer to repair it) and " + _SAVE_AS + ".",
    "file_pdf": "{path} is a PDF document; a table in a PDF cannot be imported. Ask for the "
                "spreadsheet it was made from, or copy the table into Excel and " + _SAVE_AS
                + ".",
    "file_image": "{path} is a picture, not a spreadsheet. Type the table into Excel and "
                  + _SAVE_AS + ".",
    "file_rtf": "{path} is a rich-text (RTF) document, not a spreadsheet. If it holds a table, "
                "copy the table into Excel and " + _SAVE_AS + ".",
    "file_html": "{path} is a web page (HTML), as some systems export under an Excel name. "
                 "Open it in Excel and " + _SAVE_AS + ".",
    "file_xml_spreadsheet": "{path} is an Excel 2003 XML spreadsheet. Open it in Excel and "
                            + _SAVE_AS + ".",
    "file_xml": "{path} is an XML file, not a spreadsheet. Import a .xlsx or .csv file instead.",
    "file_binary": "{path} is not a spreadsheet or a text file (it contains binary data). "
                   "Import a .xlsx or .csv file.",
    # ---- text (CSV) ----
    "file_encoding_unknown": "{path} is a text file in an encoding that is neither UTF-8, "
                             "UTF-16 nor Windows-1252 (perhaps Chinese, Japanese or Cyrillic "
                             "code pages). Open it in Excel or a text editor and save it as CSV "
                             "UTF-8, then import that.",
    "file_encoding_invalid": "\"{encoding}\" is not a text encoding this program knows. Choose "
                             "UTF-8, UTF-16 or Windows-1252.",
    "file_decode_error": "Line {line} has bytes that are not valid {encoding} text, so the file "
                         "is damaged or mixes encodings. Open it in Excel or a text editor, save "
                         "it as CSV UTF-8 and import it again.",
    "csv_bad_quoting": "Line {line} has a misplaced quote (\"): a quoted cell must be closed "
                       "right before the next separator. Correct that line (write a quote "
                       "inside a cell as two quotes \"\") or save the file again from Excel.",
    "csv_unclosed_quote": "A quote (\") opened on line {line} is never closed, so the rest of "
                          "the file would be one cell. Add the missing quote on that line, or "
                          "save the file again from Excel.",
    "csv_cell_too_long": "A cell starting on line {line} is longer than {limit} characters. "
                         "This is usually a quote (\") opened and never closed on that line; "
                         "check the quotes there.",
    "csv_line_too_long": "Line {line} is longer than {limit} characters without a line break; "
                         "this is not a table. Check that the file is the CSV you meant.",
    # ---- workbooks (XLSX) ----
    "xlsx_no_sheets": "The workbook {path} has no sheet with cells (only charts, or nothing). "
                      "Import a workbook whose table is on a sheet.",
    "sheet_unknown": "The workbook has no sheet called \"{sheet}\". Its sheets are: {sheets}.",
    "sheet_not_table": "The sheet \"{sheet}\" is a chart, not a table. Choose another sheet.",
    "sheet_empty": "The sheet \"{sheet}\" is empty. Choose the sheet that holds the table.",
    # ---- notes: how the file was read ----
    "note_encoding_guessed": "The file is not UTF-8; it was read as {encoding} (Western "
                             "European). Check that accented letters look right before "
                             "importing.",
    "note_title_rows_skipped": "{count} row(s) above the header were skipped (titles or "
                               "notes); the header is row {row}.",
    "note_header_guessed": "No row near the top names the columns (such as waktu, acara, jenis, "
                           "isi); row {row} was taken as the header. Check the column mapping.",
    "note_hidden_sheets_skipped": "Hidden sheets were skipped ({sheets}); sheet \"{sheet}\" "
                                  "was read.",
    "note_all_sheets_hidden": "Every sheet is hidden; the first one, \"{sheet}\", was read.",
    "note_other_sheets": "The workbook has {count} other sheet(s); only \"{sheet}\" was read. "
                         "Choose a sheet by name to import another.",
    "note_sheet_name_case": "There is no sheet \"{asked}\"; sheet \"{sheet}\" was read.",
    "note_merged_cells_filled": "{count} merged cell range(s): every cell of a merged range "
                                "took the value shown in it.",
}
