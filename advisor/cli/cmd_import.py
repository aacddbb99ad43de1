"""`import`: add a bill of materials to a project file (created if absent)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from advisor.bom_io import add_to_project, parse_map_options, read_bom
from advisor.cli.options import add_input, add_settings
from advisor.cli.safe_text import print_problems
from advisor.i18n import system_lang
from advisor.messages import text

if TYPE_CHECKING:
    from advisor.resolve import Resolver

HELP = "add a bill of materials to a project file (created if absent)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input(parser)
    add_settings(parser)
    parser.add_argument("-o", "--output", required=True, metavar="PROJECT.cirkel",
                        help="project file to add the bill of materials to (created if absent)")
    parser.add_argument("--lang", choices=("nl", "en"), default=system_lang(),
                        help="language of the messages (default: system language, else nl)")


def make_resolver(err: TextIO | None = None, lang: str = "nl") -> Resolver:
    """The knowledge-base resolver, so unrecognised materials are reported at import."""
    import io

    from advisor.cli.knowledge import knowledge_base
    from advisor.resolve import Resolver

    return Resolver(knowledge_base(err if err is not None else io.StringIO(), lang))


def _store_settings(project, args: argparse.Namespace, name: str):
    """Keep the settings given with the import in the project (CLI.md): the product's
    end-of-life settings, and the MCI inputs on the variant just added."""
    from dataclasses import replace

    from advisor.cli.assess import given_settings
    from advisor.model import settings_of, with_settings

    given = {k: v for k, v in given_settings(args).items() if v is not None}
    if not given:
        return project
    from advisor.cli.assess import check_stream
    from advisor.kb.base import default_kb

    check_stream(given.get("stream", ""), default_kb())
    products = list(project.products)
    for n, p in enumerate(products):
        if name in (p.name, p.id):
            variant = p.variants[-1]
            products[n] = with_settings(p, variant.id,
                                        settings_of(p, variant).overridden(**given))
            break
    return replace(project, products=tuple(products))


def run(args: argparse.Namespace, out, err) -> int:
    """Import, add to the project in memory, then save atomically; warnings to stderr."""
    from advisor.outputs import check_output_file
    from advisor.store import open_project, save_project  # sqlite-utils: only when saving

    target = check_output_file(Path(args.output))
    mapping = parse_map_options(args.map)
    result = read_bom(args.input, sheet=args.sheet, mapping=mapping or None,
                      product_name=args.product, variant_name=args.variant,
                      resolver=make_resolver(err, args.lang), lang=args.lang)
    project = open_project(target) if target.exists() else None
    project = add_to_project(project, result, product=args.product, variant=args.variant)
    project = _store_settings(project, args, args.product or result.product.name)
    print_problems(result.problems, args.lang, err)
    save_project(project, target)
    product = next(p for p in project.products
                   if p.name == (args.product or result.product.name))
    print(text("import_done", args.lang, rows=len(result.product.variants[0].components),
               product=product.name, variant=product.variants[-1].name, path=str(target)),
          file=out)
    return 0
