"""The import wizard: file and sheet, column mapping, check, into the project."""
