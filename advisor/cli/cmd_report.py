"""`report`: write the PDF report of a bill of materials or a project variant."""

from __future__ import annotations

import argparse
from pathlib import Path

from advisor.cli.options import add_assessment, add_input
from advisor.errors import InputError, Problem
from advisor.messages import text

HELP = "write the PDF report"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input(parser)
    parser.add_argument("-o", "--output", required=True, metavar="OUT.pdf",
                        help="the PDF to write (replaced only when complete)")
    add_assessment(parser)
    parser.add_argument("--company", default=None,
                        help="company on the cover (default: from the project)")
    parser.add_argument("--author", default=None,
                        help="author on the cover (default: from the project)")
    parser.add_argument("--compare", metavar="INPUT2",
                        help="a redesign (BOM or project) shown side by side")
    parser.add_argument("--compare-variant", metavar="NAME",
                        help="the variant of a project INPUT2 to compare (default: for the "
                             "project of INPUT, the variant after the one reported; else "
                             "the first)")
    parser.add_argument("--no-appendix", dest="appendix", action="store_false",
                        help="leave out the appendix (parts table, methods, sources, "
                             "glossary)")


def _check_output(path: Path) -> Path:
    """The report's target, checked before any work (`advisor.outputs`)."""
    from advisor.outputs import check_output_file

    if path.suffix.lower() != ".pdf":
        raise InputError(Problem("report_output_not_pdf", "The report must be a .pdf file",
                                 file=str(path), hint="Give a name that ends in .pdf"))
    if not path.parent.is_dir() and not path.parent.exists():
        raise InputError(Problem("report_output_dir_missing",
                                 "The folder for the report does not exist",
                                 file=str(path.parent),
                                 hint="Create the folder first or choose another"))
    return check_output_file(path, (".pdf",))


def run(args: argparse.Namespace, out, err) -> int:
    from advisor.cli.assess import load_and_evaluate
    from advisor.cli.knowledge import knowledge_base
    from advisor.outputs import reporting_write_errors
    from advisor.report import write_report

    target = _check_output(Path(args.output))
    kb = knowledge_base(err, args.lang)
    loaded = load_and_evaluate(args, args.input, kb, err)
    project, variant, assessment = loaded.project, loaded.variant, loaded.assessment
    compare = None
    if args.compare:
        # Two imported BOMs are both called 'Basis': the report calls the second one the
        # redesign (advisor.report.sections.variant_names).
        compare = load_and_evaluate(args, args.compare, kb, err, pick=False,
                                    choose=compare_choice(args, loaded)).assessment
    with reporting_write_errors(target):
        written = write_report(
            target, assessment, kb, lang=args.lang, variant=variant, compare=compare,
            appendix=args.appendix,
            company=args.company if args.company is not None else project.company,
            author=args.author if args.author is not None else project.author)
    print(text("report_written", args.lang, path=written), file=out)
    return 0


def compare_choice(args: argparse.Namespace, loaded) -> tuple[str | None, str | None]:
    """(product, variant) of the --compare input. A project's variant is the one
    --compare-variant names; for the project of INPUT itself it defaults to the variant
    after the one reported (the first other one), never the same one again."""
    from advisor.bom_io import is_project_file

    same = (is_project_file(args.compare) and is_project_file(args.input)
            and Path(args.compare).resolve() == Path(args.input).resolve())
    if not same:
        return None, args.compare_variant
    product, base = loaded.product, loaded.variant
    if args.compare_variant:
        chosen = product.variant(args.compare_variant)
        if chosen.id == base.id:
            raise InputError(Problem("report_compare_same_variant",
                                     "The comparison names the variant of the report itself",
                                     file=args.compare, value=base.name,
                                     hint=f"Choose one of: {_other_names(product, base)}",
                                     params={"names": _other_names(product, base)}))
        return product.name, chosen.name
    index = next(i for i, v in enumerate(product.variants) if v.id == base.id)
    others = [*product.variants[index + 1:], *product.variants[:index]]
    if not others:
        raise InputError(Problem("report_compare_one_variant",
                                 "The project holds one variant of this product: there is "
                                 "nothing to compare it with", file=args.compare,
                                 value=product.name,
                                 hint="Add a redesign variant to the project, or compare "
                                      "with another file"))
    return product.name, others[0].name


def _other_names(product, base) -> str:
    return ", ".join(v.name for v in product.variants if v.id != base.id) or "–"
