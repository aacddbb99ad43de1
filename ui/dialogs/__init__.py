"""Dialogs: preferences, the PDF export, help and the other small windows."""
