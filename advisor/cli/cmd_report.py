"""`report`: write the PDF report."""

from __future__ import annotations

import argparse

from advisor.errors import InputError, Problem

HELP = "write the PDF report"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("args", nargs=argparse.REMAINDER)


def run(args: argparse.Namespace, out, err) -> int:
    raise InputError(Problem("not_available", "This command is not available yet"))
