"""The registry of commands: name -> (help, add_arguments, run).

Each command lives in its own module with `HELP`, `add_arguments(parser)` and
`run(args, out, err) -> int`.
"""

from __future__ import annotations

import importlib

COMMAND_MODULES = {
    "evaluate": "advisor.cli.cmd_evaluate",
    "report": "advisor.cli.cmd_report",
    "import": "advisor.cli.cmd_import",
    "export": "advisor.cli.cmd_export",
    "kb": "advisor.cli.cmd_kb",
    "portfolio": "advisor.cli.cmd_portfolio",
}


def registry() -> dict:
    out = {}
    for name, module_name in COMMAND_MODULES.items():
        module = importlib.import_module(module_name)
        out[name] = (module.HELP, module.add_arguments, module.run)
    return out
