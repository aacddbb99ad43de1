"""Cirkelwijzer: start the desktop app, or run a command-line command."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run a CLI command when one is named, else start the desktop app."""
    from advisor.cli import is_cli_call, run_cli

    args = list(sys.argv[1:] if argv is None else argv)
    if is_cli_call(args):
        return run_cli(args)
    from ui.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
