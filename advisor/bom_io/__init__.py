"""Bills of materials in and out: CSV/TSV/text/XLSX import, project files, export.

Import takes what users really have (Dutch or English headers, decimal commas, units
in headers, cells or a unit column, dotted item numbers, level columns) and reports
every problem with its row and column. Export writes the BOM with its assessment.
"""

from __future__ import annotations

from advisor.bom_io.api import (
    ImportCancelled,
    ImportResult,
    RawPreview,
    preview_rows,
    preview_table,
    preview_text,
    read_bom,
    read_bom_text,
)
from advisor.bom_io.export import export_assessment
from advisor.bom_io.headers import FIELDS, detect_columns, parse_map_options
from advisor.bom_io.project import add_to_project, is_project_file, load_input

__all__ = [
    "FIELDS", "ImportCancelled", "ImportResult", "add_to_project", "detect_columns",
    "export_assessment",
    "RawPreview", "is_project_file", "load_input", "parse_map_options", "preview_rows",
    "preview_table", "preview_text", "read_bom",
    "read_bom_text",
]
