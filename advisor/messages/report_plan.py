"""Sentences of the report's plan and comparison chapters and of their charts."""

MESSAGES = {
    # The plan
    "report_plan_title": {"nl": "Het plan", "en": "The plan"},
    "report_plan_intro": {
        "nl": "Alle aanbevolen wijzigingen, in blokken van oplopende moeite. De winst van een "
              "blok is gemeten door de variant opnieuw te beoordelen met alle wijzigingen tot "
              "en met dat blok doorgevoerd; de winst bij een wijziging geldt voor die "
              "wijziging alleen.",
        "en": "All recommended changes, in blocks of rising effort. A block's gain was "
              "measured by evaluating the variant again with every change up to and "
              "including that block applied; the gain under a change is for that change "
              "alone."},
    "report_plan_intro_single": {
        "nl": "De aanbevolen wijzigingen, in blokken van oplopende moeite. Elke winst is "
              "gemeten door de variant opnieuw te beoordelen met alleen die wijziging "
              "doorgevoerd.",
        "en": "The recommended changes, in blocks of rising effort. Each gain was measured "
              "by evaluating the variant again with only that change applied."},
    "report_plan_block_1": {"nl": "Snelle winst: details aanpassen",
                            "en": "Quick wins: detail changes"},
    "report_plan_block_2": {"nl": "Onderdelen herontwerpen", "en": "Part redesigns"},
    "report_plan_block_3": {"nl": "Ander materiaal of andere leverancier",
                            "en": "Material or supplier changes"},
    "report_plan_block_gain": {
        "nl": "<b>Dit blok samen</b>: {gains}. Recyclebaarheid na dit blok: {before} → {after}.",
        "en": "<b>This block together</b>: {gains}. Recyclability after this block: {before} "
              "→ {after}."},
    "report_plan_block_with_duty_one": {
        "nl": "Dit blok telt de wettelijke verplichting hierboven mee: die hoort bij deze "
              "stap van het werk.",
        "en": "This block counts the legal duty above: it belongs to this step of the work."},
    "report_plan_block_with_duty": {
        "nl": "Dit blok telt de {n} wettelijke verplichtingen hierboven mee: die horen bij "
              "deze stap van het werk.",
        "en": "This block counts the {n} legal duties above: they belong to this step of the "
              "work."},
    "report_interaction_more": {
        "nl": "Samen leveren deze stappen meer op dan elk apart: {figures}. Een onderdeel "
              "haalt pas een betere route als al zijn belemmeringen weg zijn.",
        "en": "Together these steps gain more than each one alone: {figures}. A part "
              "reaches a better route only once all its obstacles are gone."},
    "report_interaction_less": {
        "nl": "Samen leveren deze stappen minder op dan elk apart opgeteld, omdat ze elkaar "
              "deels overlappen: {figures}.",
        "en": "Together these steps gain less than each one alone added up, as they partly "
              "overlap: {figures}."},
    "report_interaction_more_one": {
        "nl": "Na de stappen hiervoor levert deze stap meer op dan alleen: {figures}. Hij "
              "neemt de laatste belemmering van een onderdeel weg, en een onderdeel haalt "
              "pas een betere route als al zijn belemmeringen weg zijn.",
        "en": "After the steps before it, this step gains more than on its own: {figures}. "
              "It takes away a part's last obstacle, and a part reaches a better route only "
              "once all its obstacles are gone."},
    "report_interaction_less_one": {
        "nl": "Na de stappen hiervoor levert deze stap minder op dan alleen, omdat ze deels "
              "overlappen: {figures}.",
        "en": "After the steps before it, this step gains less than on its own, as they "
              "partly overlap: {figures}."},
    "report_interaction_figure": {"nl": "{together} samen tegen {alone} los opgeteld",
                                  "en": "{together} together against {alone} added up alone"},
    "report_interaction_figure_one": {"nl": "{together} tegen {alone} alleen",
                                      "en": "{together} against {alone} on its own"},
    "report_plan_legal_title": {"nl": "Wettelijke verplichtingen", "en": "Legal duties"},
    "report_plan_legal_intro": {
        "nl": "Dit eist EU-wetgeving van het product; het staat los van de rangorde van het "
              "advies.",
        "en": "EU law requires this of the product; it stands apart from the ranking of the "
              "advice."},
    "report_chart_gain": {"nl": "Gemeten winst per aanbeveling",
                          "en": "Measured gain per recommendation"},
    "report_chart_gain_caption": {
        "nl": "Verandering wanneer alleen die aanbeveling wordt doorgevoerd, per paneel van "
              "links naar rechts: {panels}. Groen is beter, rood (gearceerd) slechter; de "
              "nummers zijn die van het plan.",
        "en": "Change when only that recommendation is applied, per panel from left to "
              "right: {panels}. Green is better, red (hatched) worse; the numbers are those "
              "of the plan."},
    "report_chart_gain_caption_one": {
        "nl": "Verandering wanneer alleen die aanbeveling wordt doorgevoerd: {panels}. Groen "
              "is beter, rood (gearceerd) slechter; de nummers zijn die van het plan.",
        "en": "Change when only that recommendation is applied: {panels}. Green is better, "
              "red (hatched) worse; the numbers are those of the plan."},
    "report_caption_gain_rate": {"nl": "recyclebaarheid in procentpunten",
                                 "en": "recyclability in percentage points"},
    "report_caption_gain_crm": {"nl": "teruggewonnen kritieke grondstoffen in {unit}",
                                "en": "critical raw materials recovered in {unit}"},
    "report_caption_gain_time": {"nl": "demontagetijd in seconden (minder is beter)",
                                 "en": "disassembly time in seconds (less is better)"},
    "report_caption_gain_carbon": {"nl": "CO₂ van de materialen in kg CO₂e (minder is beter)",
                                   "en": "carbon of the materials in kg CO₂e (less is better)"},
    "report_axis_gain_carbon": {"nl": "CO₂ van de materialen (kg CO₂e)",
                                "en": "Carbon of the materials (kg CO₂e)"},
    "report_axis_gain_rate": {"nl": "Recyclebaarheid (%-punt)",
                              "en": "Recyclability (percentage points)"},
    "report_axis_gain_crm": {"nl": "Kritieke grondstoffen ({unit})",
                             "en": "Critical raw materials ({unit})"},
    "report_axis_gain_time": {"nl": "Demontagetijd (s)", "en": "Disassembly time (s)"},
    # The comparison
    "report_compare_title": {"nl": "Vergelijking: {b} tegenover {a}",
                             "en": "Comparison: {b} against {a}"},
    "report_compare_intro": {
        "nl": "Alle kengetallen van {a} en {b}. Het verschil is {b} min {a}; groen is een "
              "verbetering, rood een verslechtering.",
        "en": "Every figure of {a} and {b}. The difference is {b} minus {a}; green is an "
              "improvement, red a worsening."},
    "report_col_difference": {"nl": "Verschil", "en": "Difference"},
    "report_cmp_crm_mass": {"nl": "Kritieke grondstoffen in het product",
                            "en": "Critical raw materials in the product"},
    "report_cmp_crm_recovered": {"nl": "Kritieke grondstoffen teruggewonnen",
                                 "en": "Critical raw materials recovered"},
    "report_cmp_crm_share": {"nl": "Terugwinning kritieke grondstoffen",
                             "en": "Recovery of critical raw materials"},
    "report_cmp_mass": {"nl": "Massa van het product", "en": "Mass of the product"},
    "report_cmp_unresolved": {"nl": "Massa met onbekend materiaal",
                              "en": "Mass with unresolved material"},
    "report_cmp_changes_title": {"nl": "Gewijzigde onderdelen", "en": "Changed parts"},
    "report_cmp_changes_none": {
        "nl": "Geen onderdeel is gewijzigd: de stuklijsten zijn gelijk.",
        "en": "No part changed: the bills of materials are the same."},
    "report_cmp_changes_more": {"nl": "Nog {n} gewijzigde onderdelen.",
                                "en": "{n} more changed parts."},
    "report_cmp_changes_more_one": {"nl": "Nog één gewijzigd onderdeel.",
                                    "en": "One more changed part."},
    "report_cmp_col_change": {"nl": "Wijziging (oud → nieuw)", "en": "Change (old → new)"},
    "report_cmp_col_effect": {"nl": "Gevolg", "en": "Effect"},
    "report_cmp_field_material_id": {"nl": "Materiaal", "en": "Material"},
    "report_cmp_field_material_input": {"nl": "Materiaal (opgegeven)",
                                        "en": "Material (as written)"},
    "report_cmp_field_joint": {"nl": "Verbinding", "en": "Joint"},
    "report_cmp_field_finish": {"nl": "Afwerking", "en": "Finish"},
    "report_cmp_field_total_mass_kg": {"nl": "Massa", "en": "Mass"},
    "report_cmp_field_route_code": {"nl": "Route", "en": "Route"},
    "report_cmp_field_route_quality": {"nl": "Recyclingkwaliteit", "en": "Recycling quality"},
    "report_cmp_mci": {"nl": "Circulariteit (MCI, 0–1)", "en": "Circularity (MCI, 0–1)"},
    "report_cmp_field_liberated": {"nl": "Vrijmaking", "en": "Liberation"},
    "report_cmp_liberated": {"nl": "komt los", "en": "comes free"},
    "report_cmp_fused": {"nl": "blijft vast", "en": "stays attached"},
    "report_cmp_no_finish": {"nl": "geen", "en": "none"},
    "report_cmp_added": {"nl": "toegevoegd", "en": "added"},
    "report_cmp_removed": {"nl": "verwijderd", "en": "removed"},
    "report_cmp_consequence": {"nl": "gevolg van de andere wijzigingen",
                               "en": "a consequence of the other changes"},
    "report_chart_compare": {"nl": "{b} min {a}", "en": "{b} minus {a}"},
    "report_chart_compare_caption": {
        "nl": "Het verschil in procentpunten per aandeel; groen is beter, rood (gearceerd) "
              "slechter.",
        "en": "The difference in percentage points per share; green is better, red "
              "(hatched) worse."},
    "report_axis_difference": {"nl": "Verschil (%-punt)",
                               "en": "Difference (percentage points)"},
    "report_legend_better": {"nl": "beter", "en": "better"},
    "report_legend_worse": {"nl": "slechter", "en": "worse"},
    # The chart of routes (in the app)
    "report_chart_routes": {"nl": "Massa per bereikte route, naar uitkomst",
                            "en": "Mass per route reached, by outcome"},
}
