"""The open project: document, undo commands, files, autosave, explorer, settings."""
