"""The command line (see docs and ../shared/design/CLI.md): parsing, exit codes, errors.

Exit status: 0 success; 2 bad input or usage (a message on stderr naming file, row
and column, no traceback); 1 an internal error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from advisor import __version__
from advisor.cli import commands
from advisor.cli.safe_text import SafeWriter, safe_problem_text
from advisor.errors import InputError
from advisor.i18n import system_lang

EXIT_OK, EXIT_INTERNAL, EXIT_INPUT = 0, 1, 2
COMMANDS = ("evaluate", "report", "import", "export", "kb", "portfolio")


class UsageError(Exception):
    """The command line itself is wrong."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits by default; we decide
        raise UsageError(f"{self.prog}: {message}")


def is_cli_call(args: list[str]) -> bool:
    """True when the arguments name a command (or ask for version/help)."""
    return bool(args) and (args[0] in COMMANDS or args[0] in ("--version", "-V", "-h", "--help"))


def build_parser() -> Parser:
    parser = Parser(prog="cirkelwijzer",
                    description="Cirkelwijzer: design-for-recovery advice from a bill of "
                                "materials. Without a command the desktop app starts.")
    parser.add_argument("--version", "-V", action="version",
                        version=f"Cirkelwijzer {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    for name, (helptext, add_args, _run) in commands.registry().items():
        p = sub.add_parser(name, help=helptext, description=helptext)
        add_args(p)
    return parser


def _lang_of(args: list[str]) -> str:
    if "--lang" in args:
        i = args.index("--lang")
        if i + 1 < len(args) and args[i + 1] in ("nl", "en"):
            return args[i + 1]
    return system_lang()


def _report(exc: InputError, err: SafeWriter, lang: str) -> int:
    """Print the problems; what a failed write left half-done (openpyxl's writer
    generators, finalised when the error is dropped) ends without an "Exception
    ignored" traceback: the failure is told in one sentence."""
    import gc

    for p in exc.problems:
        print(safe_problem_text(p, lang), file=err)
    hook = sys.unraisablehook
    sys.unraisablehook = lambda _unraisable: None
    try:
        exc.__context__ = exc.__cause__ = exc.__traceback__ = None
        del exc
        gc.collect()
    finally:
        sys.unraisablehook = hook
    return EXIT_INPUT


def run_cli(args: list[str], out=None, err=None) -> int:
    """Run one command; return its exit status. Never lets bad input raise.

    Whatever is written to `out` and `err` passes a `SafeWriter`: a control character
    from user text (a cell, a file name) reaches the terminal escaped.
    """
    out = SafeWriter(out or sys.stdout)
    err = SafeWriter(err or sys.stderr)
    lang = _lang_of(args)
    try:
        parser = build_parser()
        try:
            ns = parser.parse_args(args)
        except SystemExit as exc:  # --help and --version print and exit 0
            return int(exc.code or 0)
        if not ns.command:
            parser.print_help(out)
            return EXIT_OK
        run: Callable = commands.registry()[ns.command][2]
        return run(ns, out, err)
    except UsageError as exc:
        print(str(exc), file=err)
        return EXIT_INPUT
    except InputError as exc:
        return _report(exc, err, lang)
    except KeyboardInterrupt:
        print("cirkelwijzer: interrupted", file=err)
        return 130
    except BrokenPipeError:
        return EXIT_OK
