"""Disassembly: the joints opened to take out the parts that must come out, and the time."""

from __future__ import annotations

import math
from collections.abc import Iterable

from advisor.engine.liberation import Liberation
from advisor.engine.tree import Tree


def opened_parts(tree: Tree, removed: Iterable[str]) -> frozenset[str]:
    """The parts whose joint is opened to take out the `removed` components: they and their
    ancestors."""
    opened: set[str] = set()
    for cid in removed:
        if cid not in opened:
            opened.add(cid)
            opened.update(tree.ancestors(cid))
    return frozenset(opened)


def disassembly(tree: Tree, libs: dict[str, Liberation], opened: Iterable[str],
                ) -> tuple[float | None, tuple[str, ...], set[str]]:
    """Time and tools to open every joint in `opened` (see `opened_parts`), each once.

    Returns the seconds (None: not assessed, because a joint that must be opened is
    unknown, or no joint of the product is known at all), the tool classes, and the parts
    whose joint has no time estimate. The seconds are an exact sum (`math.fsum`), so the
    order of the set does not matter.
    """
    times, tools, unknown = [], set(), set()
    assessed = True
    for cid in opened:
        lib = libs[cid]
        if not lib.known:
            assessed = False
            continue
        joint = lib.joint
        if joint is None:
            continue
        if joint.tool_class and joint.tool_class != "none":
            tools.add(joint.tool_class)
        if joint.time_s is None:
            unknown.add(cid)
        else:
            times.append(joint.time_s * tree.mult[cid])
    if not any(lib.joint is not None for lib in libs.values()) and len(tree.leaf_ids) > 1:
        assessed = False  # a list of materials: how it is put together is not known
    return (math.fsum(times) if assessed else None), tuple(sorted(tools)), unknown
