"""Building blocks shared by the report's chapters: paragraphs, chart images, the cover,
variant names and the wording of measured gains."""

from __future__ import annotations

from advisor import __version__
from advisor.model import Assessment, Gain, Recommendation
from advisor.report.context import ReportContext
from advisor.report.hyphenate import house_table
from advisor.report.styles import table_style
from advisor.report.text import (
    clip,
    esc,
    et,
    is_zero,
    long_date,
    points,
    signed,
    signed_index,
    signed_mass,
    t,
)

DPI = 200  # print resolution of the chart images
TEXT_WIDTH_CM = 17.4
DEFAULT_VARIANT = "Basis"  # the importer's name for the variant of a bill of materials


def P(text: str, style: str = "body"):  # noqa: N802 - reads like reportlab's Paragraph
    from reportlab.platypus import Paragraph

    from advisor.report.styles import styles

    return Paragraph(text, getattr(styles(), style))


def image(fig, width_cm: float = TEXT_WIDTH_CM) -> object:
    """A matplotlib Figure as a print-resolution image flowable."""
    from io import BytesIO

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from reportlab.lib.units import cm
    from reportlab.platypus import Image

    FigureCanvasAgg(fig)
    buf = BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, facecolor="white")
    buf.seek(0)
    w, h = fig.get_size_inches()
    width = width_cm * cm
    return Image(buf, width=width, height=width * h / w)


def variant_name(name: str, lang: str, role: str = "base") -> str:
    """A variant's name for the reader: the importer's default name follows the report's
    language ('Basis' / 'Base'), and a redesign imported from a second bill of materials
    is called the redesign."""
    if name != DEFAULT_VARIANT:
        return name
    return t("report_variant_redesign" if role == "redesign" else "report_variant_base", lang)


def variant_names(a: Assessment, b: Assessment, lang: str) -> tuple[str, str]:
    """The names of a base and a redesign, told apart when they are the same. Only when
    both carry the importer's default name (two bills of materials) is the second called
    the redesign: a project's variant keeps its own name."""
    name_a = variant_name(a.variant_name, lang)
    both_default = a.variant_name == b.variant_name == DEFAULT_VARIANT
    name_b = variant_name(b.variant_name, lang, "redesign" if both_default else "base")
    if name_a == name_b:
        return f"{name_a} (A)", f"{name_b} (B)"
    return name_a, name_b


def cover(ctx: ReportContext) -> list:
    from reportlab.lib.units import cm
    from reportlab.platypus import Spacer

    a, lang = ctx.assessment, ctx.lang
    dash = t("report_not_given", lang)
    names = (variant_names(a, ctx.compare, lang) if ctx.compare is not None
             else (variant_name(a.variant_name, lang), None))
    fields = [
        ("report_variant", names[0]),
        ("report_compared_with", names[1]),
        ("report_company", ctx.company or dash),
        ("report_author", ctx.author or dash),
        ("report_date", long_date(ctx.day, lang)),
        ("report_region", t(f"report_region_{a.region}", lang)),
        ("report_kb_version", a.kb_version),
        ("report_variant_notes", ctx.variant.notes if ctx.variant and ctx.variant.notes
         else None),
    ]
    rows = [[P(esc(t(code, lang)), "muted"), P(clip(value), "body")]
            for code, value in fields if value is not None]
    table = house_table(rows, [5 * cm, 12 * cm], hAlign="LEFT")
    table.setStyle(table_style(header_rows=0, zebra=False))
    note = "report_cover_note" if ctx.appendix else "report_cover_note_short"
    return [Spacer(1, 3.2 * cm), P(et("report_title", lang), "title"),
            P(et("report_subtitle", lang), "subtitle"),
            P(esc(t("report_product", lang)), "muted"), P(clip(a.product_name), "product"),
            Spacer(1, 0.8 * cm), table, Spacer(1, 1.2 * cm),
            P(et(note, lang, estimated=estimated_means(ctx)), "muted"),
            P(et("report_made_with", lang, version=__version__), "muted")]


def estimated_means(ctx: ReportContext) -> str:
    """What 'geschat' means, said where the report first uses it (when it uses it)."""
    from advisor.report.sources import used_values

    if not any(v.estimated for v in used_values(ctx)):
        return ""
    return t("report_estimated_means", ctx.lang)


def ranked(a: Assessment) -> list[Recommendation]:
    """The recommendations in their ranking order (legal duties included)."""
    return sorted(a.recommendations, key=lambda r: (r.priority, r.id))


def gain_parts(g: Gain, lang: str) -> list[str]:
    """The figures a gain moves, worded, in a fixed order; those that show as zero left out."""
    out = []
    if not is_zero(g.recyclability_rate * 100, 1):
        out.append(t("report_gain_recyclability", lang, value=points(g.recyclability_rate,
                                                                       lang)))
    if not is_zero(g.crm_recovered_kg * 1000, 1):
        out.append(t("report_gain_crm", lang, value=signed_mass(g.crm_recovered_kg, lang)))
    if not is_zero(g.disassembly_time_s, 0):
        out.append(t("report_gain_time", lang,
                     value=f"{signed(g.disassembly_time_s, lang, 0)} s"))
    if not is_zero(g.embodied_carbon_kg, 2):
        out.append(t("report_gain_carbon", lang,
                     value=f"{signed(g.embodied_carbon_kg, lang, 2)} kg CO₂e"))
    for field_name, code in (("recoverability_rate", "report_gain_recoverability"),
                             ("reuse_rate", "report_gain_reuse"),
                             ("recyclable_material_share", "report_gain_recyclable")):
        value = getattr(g, field_name)
        if not is_zero(value * 100, 1):
            out.append(t(code, lang, value=points(value, lang)))
    if not out and not is_zero(g.mci, 2):
        out.append(t("report_gain_mci", lang, value=signed_index(g.mci, lang)))
    return out


def gain_sentence(rec: Recommendation, lang: str) -> str:
    """'Gain: recyclability +5,9 %-punt, ...' or why there is none (plain text)."""
    from advisor.report import labels

    parts = gain_parts(rec.gain, lang)
    if parts:
        return t("report_gain_prefix", lang, gains=", ".join(parts))
    if rec.gain_note is not None:
        return labels.gain_note_text(rec.gain_note, lang)
    return t("report_gain_none", lang)
