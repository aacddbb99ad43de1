"""The knowledge base and the name resolver, loaded once and shared by views and tasks."""

from __future__ import annotations

import threading
from functools import cached_property

from advisor.kb import KnowledgeBase
from advisor.kb.base import default_kb


class Catalog:
    """Lazy, thread-safe access to the knowledge base and the resolver."""

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self._lock = threading.Lock()
        self._kb = kb

    def kb(self) -> KnowledgeBase:
        with self._lock:
            if self._kb is None:
                self._kb = default_kb()
            return self._kb

    @cached_property
    def resolver(self):
        """The name resolver (imported on first use: it builds search indexes)."""
        from advisor.resolve import Resolver

        return Resolver(self.kb())

    def reload(self) -> None:
        """Forget the loaded knowledge base and resolver (after a user-layer edit)."""
        with self._lock:
            default_kb.cache_clear()
            self._kb = None
            self.__dict__.pop("resolver", None)

    @property
    def loaded(self) -> bool:
        return self._kb is not None

    def material_name(self, material_id: str | None, lang: str) -> str:
        if not material_id:
            return ""
        material = self.kb().materials.get(material_id)
        return material.name(lang) if material else material_id

    def joint_name(self, joint_id: str | None, lang: str) -> str:
        if not joint_id:
            return ""
        joint = self.kb().joints.get(joint_id)
        return joint.name(lang) if joint else joint_id

    def joint_choices(self, lang: str) -> list[tuple[str, str]]:
        """(id, name) of every joint, sorted by name in the language."""
        joints = self.kb().joints.values()
        return sorted(((j.id, j.name(lang)) for j in joints), key=lambda x: x[1].lower())

    def material_fields(self, text: str) -> dict:
        """The component fields that follow from typing a material name."""
        if not text.strip():
            return {"material_input": "", "material_id": None, "match_confidence": 0.0,
                    "constituents": ()}
        res = self.resolver.material(text)
        return {"material_input": text.strip(), "material_id": res.material_id,
                "match_confidence": float(res.confidence or 0.0),
                "constituents": tuple(res.constituents or ())}

    def joint_fields(self, text: str) -> dict:
        """The component fields that follow from choosing or typing a joint."""
        text = text.strip()
        if not text:
            return {"joint_input": "", "joint_id": None}
        res = self.resolver.joint(text)  # a Resolution; its material_id is the joint id
        return {"joint_input": text, "joint_id": res.material_id}

    @property
    def resolver_ready(self) -> bool:
        """Whether the resolver exists already (building it takes a moment)."""
        return "resolver" in self.__dict__

    def finish_known(self, text: str) -> bool:
        return self.resolver.finish(text).material_id is not None

    def finish_name(self, finish_id: str | None, lang: str) -> str:
        row = next((r for r in self.kb().rows("finishes") if r["id"] == finish_id), None)
        if row is None:
            return finish_id or ""
        return (row.get("name_nl") if lang == "nl" else "") or row.get("name_en", finish_id)

    def search(self, text: str, kind: str = "material",
               limit: int = 12) -> list[tuple[str, float]]:
        """The entries of a vocabulary (material, joint, finish) that best match `text`."""
        return list(self.resolver.search(text, kind=kind, limit=limit))

    def search_materials(self, text: str, limit: int = 12) -> list[tuple[str, float]]:
        return self.search(text, "material", limit)
