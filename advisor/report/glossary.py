"""The glossary: the R-ladder with the route names of the report's tables, then every
term of the report a client may not know, explained as the report explains it."""

from __future__ import annotations

from advisor.messages.report import LADDER
from advisor.report import labels
from advisor.report.context import ReportContext
from advisor.report.hyphenate import house_table
from advisor.report.layout import heading
from advisor.report.sections import P
from advisor.report.styles import table_style
from advisor.report.text import esc, et, t

# (term, its explanation): message codes; the figures' explanations are the verdict's.
TERMS = (
    ("report_v_recyclability", "report_v_recyclability_text"),
    ("report_v_recoverability", "report_v_recoverability_text"),
    ("report_v_recyclable", "report_v_recyclable_text"),
    ("report_outcome_process_loss", "report_term_process_loss"),
    ("report_term_not_recycled", "report_term_not_recycled_text"),
    ("report_outcome_energy", "report_term_energy_text"),
    ("report_term_yield", "report_term_yield_text"),
    ("report_term_quality", "report_term_quality_text"),
    ("report_v_crm", "report_term_crm_text"),
    ("report_v_inflow", "report_v_inflow_text"),
    ("report_v_mci", "report_term_mci_text"),
    ("report_v_disassembly", "report_v_disassembly_text"),
    ("report_term_proxy_time", "report_term_proxy_time_text"),
    ("report_term_liberation", "report_term_liberation_text"),
    ("report_v_carbon", "report_v_carbon_text"),
    ("report_term_estimated", "report_term_estimated_text"),
    ("report_term_pp", "report_term_pp_text"),
    ("report_term_weee", "report_term_weee_text"),
    ("report_term_epd", "report_term_epd_text"),
)


def ladder_name(code: str, pbl_en: str, pbl_nl: str, lang: str) -> str:
    """A step's name as the report's tables print it ('Energie terugwinnen'); the steps
    no route reaches (R0-R2) keep PBL's name."""
    from advisor.messages import has

    if has(f"route_{code}"):
        return labels.route_label(code, lang).removeprefix(code).strip()
    return pbl_nl if lang == "nl" else pbl_en


def term_text(code: str, lang: str) -> str:
    if code == "report_term_quality_text":
        return t(code, lang, **{key: labels.quality_name(q, lang) for key, q in (
            ("closed", "closed_loop"), ("high", "high_grade"), ("low", "downcycled"))})
    return t(code, lang)


def glossary(ctx: ReportContext) -> list:
    from reportlab.lib.units import cm

    lang = ctx.lang
    head = [P(esc(t(c, lang)), "cell_head") for c in (
        "report_col_step", "report_col_name", "report_col_meaning")]
    rows = [[P(code, "cell_bold"), P(esc(ladder_name(code, en, nl, lang)), "cell"),
             P(esc(meaning_nl if lang == "nl" else meaning_en), "cell")]
            for code, en, nl, meaning_nl, meaning_en in LADDER]
    rows.append([P("–", "cell_bold"), P(esc(labels.route_label("landfill", lang)), "cell"),
                 P(et("report_ladder_landfill", lang), "cell")])
    ladder = house_table([head, *rows], [1.3 * cm, 3.2 * cm, 12.9 * cm], repeatRows=1)
    ladder.setStyle(table_style())
    term_head = [P(esc(t(c, lang)), "cell_head") for c in ("report_col_term",
                                                             "report_col_meaning")]
    term_rows = [[P(esc(t(term, lang)), "cell_bold"), P(esc(term_text(meaning, lang)), "cell")]
                 for term, meaning in TERMS]
    terms = house_table([term_head, *term_rows], [4.5 * cm, 12.9 * cm], repeatRows=1)
    terms.setStyle(table_style())
    return [*heading(et("report_glossary_title", lang), keep_cm=4),
            *heading(et("report_glossary_ladder_title", lang), "h2", keep_cm=3),
            P(et("report_glossary_intro", lang)), ladder,
            *heading(et("report_glossary_terms_title", lang), "h2", keep_cm=3), terms]
