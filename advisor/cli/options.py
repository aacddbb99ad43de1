"""Options shared by several commands, defined once."""

from __future__ import annotations

import argparse

from advisor.bounds import SETTING_HIGH, SETTING_LOW
from advisor.i18n import system_lang
from advisor.model import PROCESSING_SCOPES, REGIONS


def positive_float(text: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a number above zero: {text!r}")
    if not SETTING_LOW <= value <= SETTING_HIGH:
        raise argparse.ArgumentTypeError(
            f"must lie between {SETTING_LOW:g} and {SETTING_HIGH:g}: {text!r}")
    return value


def add_input(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", metavar="INPUT",
                        help="bill of materials (.csv, .tsv, .txt, .xlsx) or project (.cirkel)")
    parser.add_argument("--product", help="product name (in a project; or name for a BOM)")
    parser.add_argument("--variant", help="variant name (in a project)")
    parser.add_argument("--sheet", help="sheet of an .xlsx workbook (default: the first)")
    parser.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                        help="map a column explicitly, e.g. --map mass=Gewicht; repeatable")


def add_assessment(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=("nl", "en"), default=system_lang(),
                        help="language of the output (default: system language, else nl)")
    add_settings(parser)


def add_settings(parser: argparse.ArgumentParser) -> None:
    """The product settings a project stores (CLI.md): given, they override the stored ones;
    absent, a project's stored value (or the default) is used."""
    parser.add_argument("--lifetime-years", type=positive_float,
                        help="product lifetime L for the MCI utility")
    parser.add_argument("--industry-lifetime-years", type=positive_float,
                        help="industry-average lifetime L_av for the MCI utility")
    parser.add_argument("--use-intensity", type=positive_float,
                        help="use intensity relative to the industry average U/U_av "
                             "(default 1)")
    parser.add_argument("--region", choices=REGIONS,
                        help="where the product is used and collected at end of life "
                             "(default utrecht); a route counts when waste collected there "
                             "reaches its processor, wherever that processor is")
    parser.add_argument("--processed-within", choices=PROCESSING_SCOPES,
                        help="supply-security scenario: only recovery processed within this "
                             "area counts (default anywhere)")
    parser.add_argument("--stream", metavar="ID",
                        help="the product's end-of-life stream, e.g. a WEEE category "
                             "(default: guessed from the parts; `kb info` lists them)")
