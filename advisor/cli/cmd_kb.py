"""`kb`: knowledge-base version and counts; export or import a data pack."""

from __future__ import annotations

import argparse
from pathlib import Path

from advisor.kb import load_kb
from advisor.kb.datapack import export_pack, import_pack
from advisor.paths import user_kb_dir

HELP = "knowledge base: info | export DIR | import FILE"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="kb_command", required=True, parser_class=type(parser))
    sub.add_parser("info", help="version and counts of the knowledge base")
    exp = sub.add_parser("export", help="write the user layer as a data pack (.zip)")
    exp.add_argument("target", metavar="DIR", help="folder (or .zip path) to write to")
    imp = sub.add_parser("import", help="merge a data pack (.zip or table .csv)")
    imp.add_argument("file", metavar="FILE")


def run(args: argparse.Namespace, out, err) -> int:
    if args.kb_command == "info":
        kb = load_kb()
        print(f"Knowledge base version: {kb.version}", file=out)
        print(f"Shipped version:        {kb.shipped_version}", file=out)
        print(f"User layer:             {user_kb_dir()} ({kb.user_row_count()} rows)", file=out)
        for name, count in kb.counts().items():
            print(f"  {name:<16} {count:>6}", file=out)
        return 0
    if args.kb_command == "export":
        kb = load_kb()
        path = export_pack(user_kb_dir(), Path(args.target), kb.version)
        print(f"Data pack written: {path}", file=out)
        return 0
    changes = import_pack(Path(args.file), user_kb_dir())
    for c in changes:
        print(f"{c.table}: {c.added} added, {c.changed} changed", file=out)
    load_kb()  # the merged knowledge base must still load
    return 0
