"""Prints the structure of an .xlsx as openpyxl reads it, as JSON (tests/support/spreadsheetreader)."""
import json
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
sheets = []
for ws in book.worksheets:
    header = next(ws.iter_rows(min_row=1, max_row=1), ())
    second = next(ws.iter_rows(min_row=2, max_row=2), ())
    sheets.append({
        "name": ws.title,
        "freeze": ws.freeze_panes,
        "autofilter": ws.auto_filter.ref,
        "bold": [bool(c.font and c.font.b) for c in header],
        "widths": {k: d.width for k, d in ws.column_dimensions.items() if d.width},
        "max_row": ws.max_row,
        "max_column": ws.max_column,
        "types": [c.data_type + ("d" if c.is_date else "") for c in second],
        "number_formats": [c.number_format for c in second],
    })
json.dump({"sheets": sheets}, sys.stdout)
