"""`portfolio`: the region's material flows of many products with their yearly volumes."""

from __future__ import annotations

import argparse
from pathlib import Path

from advisor.errors import InputError, Problem
from advisor.i18n import system_lang
from advisor.messages import text

HELP = "regional flows of many products (a .csv or .xlsx of product lines)"
OUTPUT_SUFFIXES = (".pdf", ".xlsx")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", metavar="FILE",
                        help="portfolio: .csv or .xlsx with the columns project, product, "
                             "variant, units_per_year, region_share, compare_variant")
    parser.add_argument("--json", action="store_true",
                        help="print the portfolio as JSON (schema cirkelwijzer.portfolio/1)")
    parser.add_argument("-o", "--output", metavar="OUT.pdf|OUT.xlsx",
                        help="write the portfolio report (.pdf) or workbook (.xlsx); "
                             "replaced only when complete")
    parser.add_argument("--lang", choices=("nl", "en"), default=system_lang(),
                        help="language of the output (default: system language, else nl)")


def _check_output(path: Path) -> Path:
    """The output's target, checked before any work (`advisor.outputs`)."""
    from advisor.outputs import check_output_file

    if path.suffix.lower() not in OUTPUT_SUFFIXES:
        raise InputError(Problem("portfolio_output_kind", "The output must be a .pdf or an "
                                 ".xlsx file", file=str(path),
                                 hint="Give a name that ends in .pdf or .xlsx"))
    if not path.parent.is_dir() and not path.parent.exists():
        raise InputError(Problem("portfolio_output_dir", "The folder for the output does "
                                 "not exist", file=str(path.parent)))
    return check_output_file(path, OUTPUT_SUFFIXES)


def run(args: argparse.Namespace, out, err) -> int:
    from advisor.cli.knowledge import knowledge_base
    from advisor.outputs import reporting_write_errors
    from advisor.portfolio import run_portfolio, write_output

    target = _check_output(Path(args.output)) if args.output else None
    kb = knowledge_base(err, args.lang)
    result = run_portfolio(args.input, kb, lang=args.lang)
    if args.json:
        from advisor.cli.safe_text import json_writer
        from advisor.portfolio.jsonout import write_portfolio_json

        stream = json_writer(out)
        write_portfolio_json(result, kb, args.lang, stream)
        stream.write("\n")
    elif target is None:
        from advisor.portfolio.textout import portfolio_text

        out.write(portfolio_text(result, kb, args.lang))
    if target is not None:
        with reporting_write_errors(target):
            written = write_output(target, result, kb, args.lang)
        print(text("portfolio_written", args.lang, path=written),
              file=err if args.json else out)
    return 0
