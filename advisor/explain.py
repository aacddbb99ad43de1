"""Codes with parameters -> Dutch or English sentences, for the UI, the report and the CLI.

The engine stays language-free: a parameter that names something carries its names in
both languages (`material_en`, `material_nl`); the sentence takes the one it needs.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from advisor.i18n import fmt_mass, fmt_number, fmt_percent
from advisor.messages import catalog, text
from advisor.model import Finding, Issue, Reason, Recommendation

# MCI bands for the plain-language reading (0 = linear, 1 = circular). The EMF method
# defines no bands; these split the scale in thirds-ish for wording only.
MCI_LOW = 0.3
MCI_HIGH = 0.7
RATES = ("recyclability_rate", "recoverability_rate", "reuse_rate", "circular_inflow",
         "circular_outflow", "recyclable_material_share", "process_loss_rate")


@dataclass(frozen=True)
class RecText:
    title: str
    action: str
    why: str


def route_name(code: str, lang: str = "nl") -> str:
    return text(f"route_{code}", lang, default=code)


def quality_name(quality: str, lang: str = "nl") -> str:
    return text(f"quality_{quality}", lang, default=quality)


def category_name(cat: str, lang: str = "nl") -> str:
    return text(f"category_{cat}", lang, default=cat)


def localize(params: dict, lang: str) -> dict:
    """Parameters for a sentence: the language's names, translated words and effects."""
    out = dict(params)
    suffix = f"_{lang}"
    for key, value in params.items():
        if key.endswith(suffix):
            out[key[: -len(suffix)]] = value
    if "why" in params:
        out["why"] = text(f"why_{params['why']}", lang, default=str(params["why"]))
    if "substances" in params:
        out["substances"] = substance_list(params["substances"], lang)
    if "effect" in params:
        out["effect_text"] = text(f"effect_{params['effect']}", lang,
                                  default=str(params["effect"]))
    if "processed_in" in params:
        out["processed_in_text"] = text(f"place_{params['processed_in']}", lang,
                                        default=str(params["processed_in"]))
    if "scope" in params:
        out["scope_text"] = text(f"scope_{params['scope']}", lang,
                                 default=str(params["scope"]))
    if "chain" in params and f"chain_{lang}" in params:
        out["chain"] = params[f"chain_{lang}"]
    if "stream" in params:
        out["stream_name"] = params.get(f"stream_{lang}") or str(params["stream"])
    if "mass_kg" in params:
        out["mass"] = fmt_mass(float(params["mass_kg"]), lang)
    return out


def reason_text(reason: Reason, lang: str = "nl") -> str:
    return text(f"reason_{reason.code}", lang, default=reason.code,
                **localize(reason.params, lang))


def issue_text(issue: Issue, lang: str = "nl") -> str:
    params = localize(issue.params, lang)
    out = text(f"issue_{issue.code}", lang, default=issue.code, **params)
    if issue.params.get("also"):  # merged mix issues: the lesser partners after the worst
        out += text(f"issue_{issue.code}_also", lang, default="", **params)
    return out


def finding_text(finding: Finding, lang: str = "nl") -> str:
    """An assumption or a data gap in a sentence (data gaps use the issue sentences)."""
    params = localize(finding.params, lang)
    found = ""
    if params.get("count") == 1:  # "the joint of one part", not "of 1 parts"
        found = text(f"finding_{finding.code}_one", lang, default="", **params)
    found = found or text(f"finding_{finding.code}", lang, default="", **params)
    return found or text(f"issue_{finding.code}", lang, default=finding.code, **params)


def processing_reading(m, lang: str = "nl") -> str:
    """Where the recovered mass is processed: in the region, elsewhere in NL, abroad."""
    return text("reading_processed", lang,
                region=fmt_percent(m.processed_in_region_share, lang),
                nl=fmt_percent(m.processed_in_nl_share, lang),
                abroad=fmt_percent(m.processed_abroad_share, lang))


def target_reading(t, lang: str = "nl") -> str:
    """A legal target and the product's figure against it."""
    name = t.name_nl if lang == "nl" else t.name_en
    return text("reading_target_met" if t.met else "reading_target_missed", lang, name=name,
                value=fmt_percent(t.value, lang), target=fmt_percent(t.target, lang))


def product_route_reading(route, lang: str = "nl") -> str:
    """The whole product's channel (refurbishers, second-hand trade)."""
    return text("reading_product_route", lang, route=route_name(route.code, lang),
                channel=route.channel_nl if lang == "nl" else route.channel_en)


def recommendation_text(rec: Recommendation, lang: str = "nl") -> RecText:
    """Title, action and reason of a recommendation, from its rule's sentences: the action
    of advice without an edit is its question or check (`_check`)."""
    params = localize(rec.params, lang)
    if "harm" in rec.params:
        params["effect_text"] = text(f"advice_harm_{rec.params['harm']}", lang)
    action = "action"
    if not rec.params.get("edit", bool(rec.changes)):
        action = "check"
    elif rec.params.get("leave"):
        action = "leave"
    key = f"rec_{rec.rule_id}_"
    variant = rec.params.get("variant")
    found = (_said(f"{key}{action}_{variant}", lang, params) if variant else "") or _said(
        key + action, lang, params) or _said(key + "action", lang, params)
    if params.get("condition") and action == "action":
        found += " " + _said("rec_condition", lang, params)
    return RecText(_said(key + "title", lang, params) or rec.rule_id, found,
                   _said(key + "why", lang, params))


def _said(key: str, lang: str, params: dict) -> str:
    """A sentence of the catalogue with parameters that may be named like `text`'s own
    arguments ({code} of a marking); '' if the catalogue has none."""
    entry = catalog().get(key)
    if entry is None:
        return ""
    template = entry.get(lang) or entry.get("en") or ""
    try:
        said = string.Formatter().vformat(template, (), _Missing(in_sentence(params)))
    except (ValueError, IndexError, TypeError):
        return template
    return said[:1].upper() + said[1:]


# Knowledge-base names that stand inside a sentence of the advice: written as common
# nouns ("met een klikverbinding", not "met Klikverbinding"). Names of channels (firms,
# schemes) and the user's own part names keep their capitals.
COMMON_NAMES = ("material", "alternative", "joint", "fixed", "finish", "to", "from")


def in_sentence(params: dict) -> dict:
    """The parameters with knowledge-base names as common nouns inside a sentence: the
    first letter lowered where the first word is otherwise lower case ("Schroef /
    geschroefd" -> "schroef / geschroefd"; "PC/ABS-blend", "NdFeB-magneet" and "ABS,
    roetgevuld zwart" stay as they are). A sentence that starts with one gets its capital
    back (`_said`)."""
    out = dict(params)
    for key in COMMON_NAMES:
        value = out.get(key)
        if isinstance(value, str) and value:
            # A list of names ("TPE, Printplaat, bestukt (PCBA)") lowers each name; a
            # piece of two letters after a comma is a symbol ("Nd, Pr, Sm") and stays.
            pieces = value.split(", ")
            out[key] = ", ".join(_common_noun(p, 2 if n == 0 else 3)
                                 for n, p in enumerate(pieces))
    return out


def _common_noun(name: str, shortest: int) -> str:
    head = name.split(" ", 1)[0].split("/", 1)[0]
    if len(head) >= shortest and head[0].isupper() and head[1:].islower():
        return name[0].lower() + name[1:]
    return name


class _Missing(dict):
    """A missing parameter shows as {name} rather than failing the whole sentence."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def metric_reading(name: str, value: float, lang: str = "nl") -> str:
    """One plain sentence that says what a key figure means, for the report summary."""
    if name in RATES:
        return text(f"reading_{name}", lang, pct=fmt_percent(value, lang))
    if name == "mci":
        band = "low" if value < MCI_LOW else "mid" if value < MCI_HIGH else "high"
        return text(f"reading_mci_{band}", lang, value=fmt_number(value, lang, 2))
    if name in ("crm_mass_kg", "unresolved_mass_kg"):
        return text(f"reading_{name}", lang, mass=fmt_mass(value, lang))
    if name == "disassembly_time_s" and value is None:
        return text("reading_disassembly_not_assessed", lang)
    if name in ("disassembly_time_s", "embodied_carbon_kg"):
        return text(f"reading_{name}", lang, value=fmt_number(value, lang, 0 if
                                                               name.endswith("_s") else 1))
    return text("reading_other", lang, name=name, value=fmt_number(value, lang, 2))


def substance_name(code: str, lang: str = "nl") -> str:
    """The name of a substance-of-concern code of the knowledge base ('cr6' -> chromium VI)."""
    return text(f"substance_{code.strip().lower()}", lang, default=code.strip())


def substance_list(codes: object, lang: str = "nl") -> str:
    """Substance codes (a tuple, or a text joined with commas or semicolons) as names."""
    items = codes if isinstance(codes, (list, tuple)) else str(codes).replace(";", ",").split(",")
    names = [substance_name(str(c), lang) for c in items if str(c).strip()]
    return ", ".join(dict.fromkeys(names))


def country_name(name: str, lang: str = "nl") -> str:
    """A country as the knowledge base writes it (in English), in the language."""
    return text(f"country_{name.strip()}", lang, default=name.strip()) if name else ""

# -- the advice around the recommendations (gain notes, gains, data gaps, the plan) -----


def gain_note_text(item: Recommendation | Reason | None, lang: str = "nl") -> str:
    """Why a recommendation's gain is zero, or what it depends on ('' if nothing to say).
    Given the recommendation, its part names fill the sentence; given the note alone, the
    note's own parameters do."""
    rec = item if isinstance(item, Recommendation) else None
    note = rec.gain_note if rec is not None else item
    if note is None:
        return ""
    params = (localize(rec.params, lang) if rec is not None else {}) | localize(
        note.params, lang)
    params["others"] = text("advice_with_others", lang, refs=note.params["refs"]) if (
        note.params.get("refs")) else ""
    if note.code == "still_blocked":
        params["reason_text"] = reason_text(Reason(note.params.get("reason", ""),
                                                   note.params), lang)
        params["route_name"] = route_name(note.params.get("route", ""), lang)
    return _said(f"gain_note_{note.code}", lang, params)


def gain_line(gain, lang: str = "nl") -> str:
    """The figures a gain changes, in one line ('recyclability +1.2 pt, MCI +0.010');
    'no change on any figure' when it changes none (the JSON has every figure)."""
    parts = []
    for name, value, digits, unit in _gain_figures(gain):
        shown = _signed(value, lang, digits, unit)
        if not shown.startswith("±"):
            parts.append(text(f"advice_figure_{name}", lang, value=shown))
    return ", ".join(parts) if parts else text("advice_no_change", lang)


def _gain_figures(gain) -> tuple[tuple[str, float, int, str], ...]:
    """(figure, value in its display unit, digits, unit) of a gain, in the order shown."""
    return (("recyclability_rate", gain.recyclability_rate * 100, 1, " pt"),
            ("recyclable_material_share", gain.recyclable_material_share * 100, 1, " pt"),
            ("recoverability_rate", gain.recoverability_rate * 100, 1, " pt"),
            ("reuse_rate", gain.reuse_rate * 100, 1, " pt"),
            ("mci", gain.mci, 3, ""),
            ("crm_recovered_kg", gain.crm_recovered_kg * 1000, 1, " g"),
            ("embodied_carbon_kg", gain.embodied_carbon_kg, 2, " kg"),
            ("disassembly_time_s", gain.disassembly_time_s, 0, " s"))


def _signed(value: float, lang: str, digits: int, unit: str = "") -> str:
    if abs(value) < 0.5 * 10 ** -digits:
        return "±0" + unit
    return ("+" if value > 0 else "−") + fmt_number(abs(value), lang, digits) + unit


def data_gap_text(finding: Finding, lang: str = "nl") -> str:
    """The sentence of a data gap: the advice's own (`gap_<code>`), else the engine's
    finding or issue sentence."""
    return (_said(f"gap_{finding.code}", lang, localize(finding.params, lang))
            or finding_text(finding, lang))


def effort_name(effort: int, lang: str = "nl") -> str:
    return text(f"advice_effort_{effort}", lang, default=str(effort))


def stage_name(effort: int, lang: str = "nl") -> str:
    return text(f"advice_stage_{effort}", lang, default=str(effort))


# A stage's own recyclability and the sum of its items alone are told apart when they
# differ by at least this share (0.1 percentage point, the precision shown).
INTERACTION_SHARE = 0.001


def stage_interaction(plan, index: int, recs) -> tuple[float, float] | None:
    """(what stage `index` of a plan adds to its recyclability, the sum of the stage's
    recommendations measured alone on the product) where they differ by at least
    INTERACTION_SHARE, else None.

    They differ where changes act on the same part: a part reaches a better route only
    once every obstacle is gone (with the lacquer left off and the soft grip no longer
    overmoulded an ABS housing is recycled closed-loop; each change alone leaves it
    downgraded), and two changes that remove the same obstacle gain it once."""
    stage = plan.stages[index]
    before = plan.stages[index - 1].gain.recyclability_rate if index > 0 else 0.0
    own = stage.gain.recyclability_rate - before
    by_id = {r.id: r for r in recs}
    alone = sum(by_id[i].gain.recyclability_rate for i in stage.recommendation_ids
                if i in by_id)
    return (own, alone) if abs(own - alone) >= INTERACTION_SHARE else None


def stage_interaction_text(plan, index: int, recs, lang: str = "nl") -> str:
    """The sentence for a stage that gains more (or less) together than its changes
    alone, '' where they add up."""
    found = stage_interaction(plan, index, recs)
    if found is None:
        return ""
    own, alone = (_signed(v * 100, lang, 1, " pt") for v in found)
    key = "advice_stage_less" if found[0] < found[1] else "advice_stage_more"
    return text(key if index > 0 else key + "_first", lang, own=own, alone=alone)


def ranking_rule_text(lang: str = "nl") -> str:
    """How the list is ranked, as the help, the report and docs/advice.md say it."""
    return text("advice_ranking_rule", lang)
