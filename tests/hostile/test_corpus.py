"""Every file of the hostile corpus through the command line: the promised exit code and
message, terminal-safe output, nothing on disk changed, and the tool still works after."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from advisor.paths import demo_path
from tests.hostile import cases
from tests.hostile.builders import BUILDERS, CORPUS
from tests.hostile.conftest import assert_terminal_safe, place, run, snapshot

OUTPUTS = ("out.pdf", "out.xlsx", "new.cirkel")
PLACEHOLDER = re.compile(r"\{[a-z_]+(:[^}]*)?\}")


def _applies(case: cases.Case) -> bool:
    return not case.posix_only or os.name == "posix"


def _without_outputs(shot: dict) -> dict:
    return {k: v for k, v in shot.items() if Path(k).name not in OUTPUTS}


def _still_works() -> None:
    """After a refused data pack: the knowledge base is the same and every command runs."""
    code, _out, err = run(["evaluate", demo_path(), "--lang", "en"])
    assert code == 0 and "is not used" not in err, err
    code, out, err = run(["kb", "info", "--lang", "en"])
    assert code == 0 and "damaged" not in out and not err, err


@pytest.mark.timeout(180)
@pytest.mark.parametrize("case", [c for c in cases.CASES if _applies(c)], ids=lambda c: c.id)
def test_case(case, work, tmp_path):
    target = place(case, work)
    before = snapshot(tmp_path)
    for command in case.commands:
        args = [a.format(file=target, tmp=work) for a in command]
        code, out, err = run(args)
        assert code == case.exit, f"{args}: {err[-2000:]}"
        assert "Traceback" not in err
        assert case.fragment in err, err[-2000:]
        assert not PLACEHOLDER.search(err), err  # every sentence got its parameters
        if case.exit:
            assert str(target) in err or target.name in err
            assert out == "" or command[0] in ("kb",), out[:500]
        if case.stdout and command[0] == "evaluate":
            assert case.stdout in out
        assert_terminal_safe(out, err)
        assert _without_outputs(snapshot(tmp_path)) == before, args
        for name in OUTPUTS:
            assert case.exit == 0 or not (work / name).exists()
    if case.commands[0][:2] == ("kb", "import"):
        _still_works()


@pytest.mark.timeout(120)
@pytest.mark.parametrize("case", [c for c in cases.CASES if c.exit and _applies(c)],
                         ids=lambda c: c.id)
def test_case_in_dutch(case, work):
    """The same refusal in Dutch: a Dutch sentence with every parameter filled in."""
    target = place(case, work)
    args = [a.format(file=target, tmp=work) for a in case.commands[0]]
    args[args.index("--lang") + 1] = "nl"
    code, _out, err = run(args)
    assert code == case.exit and ": fout: " in err and "Traceback" not in err, err
    assert not PLACEHOLDER.search(err), err


@pytest.mark.skipif(not cases.DEVICE_COMMANDS, reason="no /dev/zero on this platform")
@pytest.mark.timeout(60)
@pytest.mark.parametrize("command", cases.DEVICE_COMMANDS, ids=lambda c: c[0] + "-" + c[1])
def test_a_device_is_refused_at_once(command, work, tmp_path):
    before = snapshot(tmp_path)
    args = [a.format(file=cases.DEV_ZERO, tmp=work) for a in command]
    code, out, err = run(args)
    assert code == 2 and "not an ordinary file" in err and "Traceback" not in err
    assert snapshot(tmp_path) == before


def test_every_committed_file_is_a_case_and_is_there():
    named = {c.name for c in cases.CASES if c.committed}
    assert named == set(BUILDERS)
    on_disk = {str(p.relative_to(CORPUS)) for p in CORPUS.rglob("*") if p.is_file()}
    assert on_disk == named


def test_every_numbered_item_of_the_issue_has_a_case():
    items = {c.item for c in cases.CASES}
    # 7 ($...$ in names) and 12 (report time) are the report's: test_report_items.py
    assert {"1", "2", "3", "4", "5", "6", "8", "9", "11", "13", "earlier"} <= items


def test_a_percent_name_opens_itself_not_its_decoded_sibling(work):
    target = place(next(c for c in cases.CASES if c.id == "02-percent-20"), work)
    assert (work / "a b.cirkel").exists()  # the file a bad URI would open instead
    code, out, _err = run(["evaluate", target, "--lang", "en", "--json"])
    assert code == 0 and '"name": "Juist"' in out and "Verkeerd" not in out


def test_an_older_project_keeps_every_part_and_is_upgraded_on_save_only(work):
    case = next(c for c in cases.CASES if c.id == "03-old-wipe-trigger")
    target = place(case, work)
    before = target.read_bytes()
    code, out, _err = run(["evaluate", target, "--lang", "en", "--json"])
    assert code == 0 and out.count('"name": "Onderdeel') == 3
    assert target.read_bytes() == before
    code, _out, err = run(["import", demo_path(), "-o", target, "--lang", "en"])
    assert code == 0, err
    assert (work / f"{target.name}.bak-2").read_bytes() == before
    code, out, _err = run(["evaluate", target, "--lang", "en", "--json"])
    assert code == 0 and out.count('"name": "Onderdeel') == 3
    from advisor.store import read_project

    opened = read_project(target)
    assert not opened.is_older and opened.ignored == ()  # the triggers are gone
