"""Checks across tables of the merged knowledge base: references, loops and share sums.

Each table's own rules (types, ranges, enums) are checked while it is read
(`advisor.kb.loader`). What a row refers to can only be checked once the user's layer
lies over the shipped tables: a user row may name a shipped material. Every problem
names the file, line and column of the user's row to change.
"""

from __future__ import annotations

from collections import defaultdict

from advisor.errors import Problem
from advisor.kb.loader import TRUE_WORDS, row_key
from advisor.kb.schema import MATERIAL_FAMILIES, SCHEMA

SHARE_TOLERANCE = 0.005  # rounding in published shares (0.4286 + 0.5714 ...)


def _where(row: dict) -> dict:
    return {"file": row.get("_file"), "row": row.get("_line")}


def _words(text: str) -> list[str]:
    return [w.strip() for w in text.split(";") if w.strip()]


def _ids(tables: dict[str, list[dict]], table: str) -> set[str]:
    return {r.get("id", "") for r in tables.get(table, [])}


class _Checker:
    """Collects problems for one merged knowledge base."""

    def __init__(self, merged: dict[str, list[dict]], user: dict[str, list[dict]]) -> None:
        self.merged = merged
        self.ids = {t: _ids(merged, t) for t in ("materials", "joints", "finishes",
                                                  "streams", "crm", "treatment_chains",
                                                  "eol_streams")}
        self.hidden = {(table, row_key(SCHEMA[table], r)[0]) for table, rows in user.items()
                       for r in rows if r.get("deleted", "").strip().lower() in TRUE_WORDS}
        self.problems: list[Problem] = []

    def refer(self, row: dict, column: str, value: str, table: str) -> None:
        """Note a problem if a user row's `value` is no id of `table`.

        A row that names a row the user hid is left alone: hiding a material hides what
        refers to it (the engine skips such rows), and shipped rows are checked by the
        knowledge base's own tests.
        """
        if not value or value in self.ids[table] or row.get("_layer") == "shipped":
            return
        if (table, value.lower()) in self.hidden:
            return
        self.problems.append(Problem(
            "kb_reference", "Refers to something that does not exist", column=column,
            value=value, params={"table": table}, **_where(row)))

    def thing(self, row: dict, column: str) -> None:
        """A compatibility side: a material id, or family:, stream:, finish: a name."""
        value = row.get(column, "")
        kind, sep, rest = value.partition(":")
        if not sep:
            self.refer(row, column, value, "materials")
        elif kind == "family":
            if rest not in MATERIAL_FAMILIES:
                self.problems.append(Problem(
                    "kb_enum", "Unknown value", column=column, value=value,
                    params={"choices": ", ".join(MATERIAL_FAMILIES)}, **_where(row)))
        elif kind in ("stream", "finish"):
            self.refer(row, column, rest, "streams" if kind == "stream" else "finishes")
        else:
            self.problems.append(Problem(
                "kb_enum", "Unknown value", column=column, value=value,
                params={"choices": "material id, family:…, stream:…, finish:…"},
                **_where(row)))

    def run(self) -> list[Problem]:
        m = self.merged
        for r in m.get("materials", []):
            self.refer(r, "stream", r.get("stream", ""), "streams")
        for r in m.get("material_routes", []):
            self.refer(r, "material_id", r.get("material_id", ""), "materials")
            if not r.get("material_id") and not r.get("family"):
                self.problems.append(Problem("kb_required", "Required value is empty",
                                             column="material_id", **_where(r)))
        for r in m.get("material_routes", []):
            for column, table in (("chains", "treatment_chains"), ("streams", "eol_streams")):
                for word in _words(r.get(column, "")):
                    self.refer(r, column, word, table)
        for table in ("legal_targets", "product_channels"):
            for r in m.get(table, []):
                self.refer(r, "stream_id", r.get("stream_id", ""), "eol_streams")
        for r in m.get("eol_streams", []):
            self.refer(r, "chain", r.get("chain", ""), "treatment_chains")
        for r in m.get("crm_content", []):
            self.refer(r, "material_id", r.get("material_id", ""), "materials")
            self.refer(r, "crm_id", r.get("crm_id", ""), "crm")
        for r in m.get("compatibility", []):
            self.thing(r, "a")
            self.thing(r, "b")
        kinds = {"material": "materials", "joint": "joints", "finish": "finishes"}
        for r in m.get("synonyms", []):
            if r.get("kind") in kinds:
                self.refer(r, "target_id", r.get("target_id", ""), kinds[r["kind"]])
        self._compositions()
        self._share_sums("crm_content", "material_id")
        return self.problems

    def _compositions(self) -> None:
        edges: dict[str, list[tuple[str, dict]]] = defaultdict(list)
        for r in self.merged.get("compositions", []):
            item, part = r.get("item_id", ""), r.get("constituent_id", "")
            self.refer(r, "item_id", item, "materials")
            self.refer(r, "constituent_id", part, "materials")
            edges[item].append((part, r))
        self._loops(edges)
        self._share_sums("compositions", "item_id")

    def _loops(self, edges: dict[str, list[tuple[str, dict]]]) -> None:
        state: dict[str, int] = {}  # 1 on the path, 2 done
        for start in list(edges):
            stack = [(start, iter(edges[start]))]
            state[start] = state.get(start) or 1
            if state[start] == 2:
                continue
            while stack:
                node, children = stack[-1]
                step = next(children, None)
                if step is None:
                    state[node] = 2
                    stack.pop()
                    continue
                part, row = step
                if state.get(part) == 1:
                    loop = [n for n, _ in stack] + [part]
                    self.problems.append(Problem(
                        "kb_cycle", "The compositions form a loop", column="constituent_id",
                        value=" -> ".join(loop[loop.index(part):]), **_where(row)))
                elif state.get(part) is None and part in edges:
                    state[part] = 1
                    stack.append((part, iter(edges[part])))

    def _share_sums(self, table: str, group: str) -> None:
        sums: dict[str, float] = defaultdict(float)
        last: dict[str, dict] = {}
        for r in self.merged.get(table, []):
            try:
                sums[r.get(group, "")] += float(r.get("mass_share") or 0)
            except ValueError:
                continue  # reported by the loader
            last[r.get(group, "")] = r
        for key, total in sums.items():
            if total > 1 + SHARE_TOLERANCE:
                self.problems.append(Problem(
                    "kb_share_sum", "The mass shares add up to more than 1", column="mass_share",
                    value=f"{total:.4g}", params={"item": key}, **_where(last[key])))


def check_merged(merged: dict[str, list[dict]], user: dict[str, list[dict]]) -> list[Problem]:
    """Every cross-table problem of a merged knowledge base (empty when it is sound)."""
    return _Checker(merged, user).run()
