"""English text of the messages about single rows and the column mapping (see ``messages``)."""

ROWS: dict[str, str] = {
    # a row cannot be imported
    "missing_value": "{column} is empty; it is required.",
    "unknown_value": "{column}: {value} is not a known value (use a code or its English or "
                     "Indonesian label).",
    "bad_date": "recorded_at: {value} is not a date (write dd/mm/yyyy hh:mm or "
                "yyyy-mm-ddThh:mm, or use an Excel date cell).",
    "month_first_date": "recorded_at: {value} reads month-first; write the day first "
                        "(dd/mm/yyyy).",
    "future_date": "recorded_at: {value} is in the future.",
    "old_date": "recorded_at: {value} is before 1990; check the year.",
    "too_long": "{column} is longer than {limit} characters.",
    "too_long_text": "{column} is {length} characters long; the limit is {limit}.",
    "bad_status": "status: {value} is not a state of a {kind} ({allowed}).",
    "status_needs_triage": "status: only a supervisor may import a case already {value}.",
    "bad_priority": "priority: {value} is not an SLA tier ({allowed}, or low/normal/high/"
                    "urgent).",
    "bad_consent": "contact_consent: {value} is neither yes/ya nor no/tidak.",
    "bad_uuid": "uuid: {value} is not a UUID.",
    "extra_cells": "the row has {count} more cells than there are headers (a separator inside "
                   "text that is not in quotes?).",
    "bad_user": "recorded_by: {value} cannot be an account here: {reason}.",
    "duplicate_in_file": "the same entry id as row {row}, with other content.",
    # accepted, but the user should know
    "personal_dropped": "personal data ({columns}) left out: contact_consent is not yes.",
    "control_removed": "{column}: invisible control characters were removed.",
    "same_as_row": "the same entry as row {row}; imported once.",
    "stored_differs": "an entry with this id is already here and differs in: {fields}; it is "
                      "kept as it is.",
    "user_created": "recorded_by {value} has no account here; an inactive one will be created.",
    # the mapping
    "missing_columns": "Required columns missing: {columns}. Map a column of the file to each.",
    "unknown_headers": "Columns not imported (unknown): {headers}.",
}
