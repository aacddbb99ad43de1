"""Cirkelwijzer's domain library: import, resolve, evaluate, recommend, report. No Qt."""

__version__ = "0.1.0"
