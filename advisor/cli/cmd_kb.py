"""`kb`: knowledge-base version and counts; export or import a data pack; mend the layer."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from advisor.i18n import system_lang
from advisor.messages import text
from advisor.paths import user_kb_dir

HELP = "knowledge base: info | export DIR | import FILE | repair | reset"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=("nl", "en"), default=system_lang(),
                        help="language of the messages (default: system language, else nl)")
    sub = parser.add_subparsers(dest="kb_command", required=True, parser_class=type(parser))
    commands = {
        "info": "version and counts of the knowledge base, and whether your own layer is in "
                "use",
        "export": "write the user layer as a data pack (.zip)",
        "import": "merge a data pack (.zip or table .csv); it is checked completely before "
                  "anything is written",
        "repair": "keep the sound rows of a damaged user layer and set the others aside (a "
                  "backup copy keeps them all)",
        "reset": "set the whole user layer aside (renamed to a backup folder): the shipped "
                 "knowledge base remains",
    }
    subs = {name: sub.add_parser(name, help=helptext) for name, helptext in commands.items()}
    for p in subs.values():  # --lang also after the subcommand
        p.add_argument("--lang", choices=("nl", "en"), default=argparse.SUPPRESS,
                       help=argparse.SUPPRESS)
    subs["export"].add_argument("target", metavar="DIR", help="folder (or .zip path) to "
                                                              "write to")
    subs["import"].add_argument("file", metavar="FILE")


def _info(out: TextIO, err: TextIO, lang: str) -> int:
    from advisor.kb import load_kb
    from advisor.kb.health import layer_problem_lines, layer_warning

    kb = load_kb()
    print(f"Knowledge base version: {kb.version}", file=out)
    print(f"Shipped version:        {kb.shipped_version}", file=out)
    if kb.user_layer_problems:
        state = text("kb_layer_state_broken", lang, count=len(kb.user_layer_problems))
    else:
        state = text("kb_layer_state_rows", lang, rows=kb.user_row_count())
    print(f"User layer:             {user_kb_dir()} ({state})", file=out)
    for name, count in kb.counts().items():
        print(f"  {name:<16} {count:>6}", file=out)
    warning = layer_warning(kb, lang)
    if warning:
        print(warning, file=err)
        for line in layer_problem_lines(kb, lang):
            print("  " + line, file=err)
    return 0


def _export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from advisor.cli.knowledge import knowledge_base
    from advisor.kb.datapack import export_pack

    kb = knowledge_base(err, args.lang)
    path = export_pack(user_kb_dir(), Path(args.target), kb.version)
    print(text("kb_pack_written", args.lang, path=str(path)), file=out)
    return 0


def _import(args: argparse.Namespace, out: TextIO) -> int:
    from advisor.kb import load_kb
    from advisor.kb.base import default_kb
    from advisor.kb.datapack import import_pack

    changes = import_pack(Path(args.file), user_kb_dir())
    default_kb.cache_clear()
    for c in changes:
        print(text("kb_pack_change", args.lang, table=c.table, added=c.added,
                   changed=c.changed), file=out)
    kb = load_kb()  # what was written loads: checked before, confirmed here
    if kb.user_layer_problems:
        raise RuntimeError("an imported data pack does not load: "
                           f"{kb.user_layer_problems[0].describe()}")
    return 0


def _mend(args: argparse.Namespace, out: TextIO) -> int:
    from advisor.kb.health import mended_text, repair_user_layer, reset_user_layer

    mend = repair_user_layer if args.kb_command == "repair" else reset_user_layer
    mended = mend()
    print(mended_text(mended, args.lang), file=out)
    from advisor.cli.safe_text import safe_problem_text

    for p in mended.dropped[:20]:
        print("  " + safe_problem_text(p, args.lang), file=out)
    return 0


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.kb_command == "info":
        return _info(out, err, args.lang)
    if args.kb_command == "export":
        return _export(args, out, err)
    if args.kb_command == "import":
        return _import(args, out)
    return _mend(args, out)
