"""The desktop app (PySide6): it shows and edits, the `advisor` package computes.

A newcomer reads the window's parts from the folders:

- `app.py` starts the app; `main_window.py` builds the window from the parts below;
  `actions.py` holds every menu and tool-bar action; `tool_windows.py` opens the other
  windows (import wizard, knowledge base, comparison, help, preferences).
- `base/` what every part uses: background tasks, preferences, translations, the
  knowledge-base catalog, icons, route colours, error dialogs.
- `project/` the open project: the document and its undo commands, opening and saving,
  autosave, the explorer of products and variants, the project settings.
- `bom/` the bill-of-materials editor: its tree model, cell editors and row actions.
- `results/` the assessment beside it: live evaluation, metric cards, charts, the
  component's R-ladder, the advice, and the exports.
- `dialogs/`, `wizard/`, `kb_editor/`, `compare/` the other windows and dialogs.
"""
