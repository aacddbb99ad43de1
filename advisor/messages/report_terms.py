"""The glossary's terms: every word of the report a client may not know, said as the
report says it (the figures' explanations are those of the verdict page)."""

MESSAGES = {
    "report_glossary_title": {"nl": "Begrippen", "en": "Glossary"},
    "report_glossary_ladder_title": {"nl": "De R-ladder", "en": "The R-ladder"},
    "report_glossary_terms_title": {"nl": "Termen in dit rapport", "en": "Terms in this report"},
    "report_col_term": {"nl": "Term", "en": "Term"},
    "report_term_process_loss": {
        "nl": "Massa die naar recycling gaat maar bij het sorteren en verwerken niet als "
              "materiaal terugkomt (resten, verontreiniging, slak).",
        "en": "Mass that goes to recycling but does not come back as material in sorting and "
              "processing (residues, contamination, slag)."},
    "report_term_not_recycled": {"nl": "Niet gerecycled", "en": "Not recycled"},
    "report_term_not_recycled_text": {
        "nl": "Massa die niet als materiaal of onderdeel terugkomt: procesverlies, "
              "energieterugwinning en storten samen.",
        "en": "Mass that does not come back as material or part: process loss, energy "
              "recovery and landfill together."},
    "report_term_energy_text": {
        "nl": "Verbranden met terugwinning van energie (R9); het materiaal zelf verlaat de "
              "kringloop.",
        "en": "Incineration with energy recovery (R9); the material itself leaves the cycle."},
    "report_term_quality": {"nl": "Recyclingkwaliteit", "en": "Recycling quality"},
    "report_term_quality_text": {
        "nl": "Wat het recyclaat kan worden: {closed} (weer hetzelfde product), {high} "
              "(dezelfde materiaalsoort, even goed) of {low} (een mindere toepassing).",
        "en": "What the recyclate can become: {closed} (the same product again), {high} "
              "(the same material, as good) or {low} (a lesser use)."},
    "report_term_crm_text": {
        "nl": "Grondstoffen die de EU op haar lijst van kritieke en strategische grondstoffen "
              "zet (Verordening (EU) 2024/1252): schaars of uit weinig landen.",
        "en": "Raw materials on the EU list of critical and strategic raw materials "
              "(Regulation (EU) 2024/1252): scarce or sourced from few countries."},
    "report_term_mci_text": {
        "nl": "Material Circularity Indicator van de Ellen MacArthur Foundation: 0 is geheel "
              "lineair, 1 geheel circulair.",
        "en": "Material Circularity Indicator of the Ellen MacArthur Foundation: 0 is wholly "
              "linear, 1 wholly circular."},
    "report_term_proxy_time": {"nl": "Richttijd", "en": "Proxy time"},
    "report_term_proxy_time_text": {
        "nl": "De tijd die het losmaken van één verbinding met de hand kost, per soort "
              "verbinding; de demontagetijd is de som daarvan.",
        "en": "The time it takes to undo one joint by hand, per kind of joint; the "
              "disassembly time is their sum."},
    "report_term_liberation": {"nl": "Vrijmaking", "en": "Liberation"},
    "report_term_liberation_text": {
        "nl": "Of een onderdeel bij het shredderen als eigen materiaal loskomt (komt los) of "
              "aan een ander materiaal blijft zitten (blijft vast) en met dat materiaal "
              "meegaat.",
        "en": "Whether a part comes free as its own material in shredding (comes free) or "
              "stays attached to another material and goes with it (stays attached)."},
    "report_term_yield": {"nl": "Opbrengst", "en": "Yield"},
    "report_term_yield_text": {
        "nl": "Het deel van een materiaal dat een route werkelijk als materiaal teruggeeft; "
              "de rest is procesverlies.",
        "en": "The share of a material that a route really returns as material; the rest is "
              "process loss."},
    "report_term_estimated": {"nl": "Geschat, afgeleid", "en": "Estimated, derived"},
    "report_term_estimated_text": {
        "nl": "Een waarde zonder gepubliceerde meting: afgeleid uit verwante gepubliceerde "
              "cijfers of uit technische kennis van het proces.",
        "en": "A value without a published measurement: derived from related published "
              "figures or from engineering knowledge of the process."},
    "report_term_pp": {"nl": "%-punt", "en": "Percentage point (pp)"},
    "report_term_pp_text": {
        "nl": "Het verschil tussen twee percentages: van 70% naar 72% is +2 %-punt.",
        "en": "The difference between two percentages: from 70% to 72% is +2 pp."},
    "report_term_weee": {"nl": "AEEA", "en": "WEEE"},
    "report_term_weee_text": {
        "nl": "Afgedankte elektrische en elektronische apparatuur: de afvalstroom van "
              "Richtlijn 2012/19/EU, met wettelijke doelen per categorie (bijlage V).",
        "en": "Waste electrical and electronic equipment: the waste stream of Directive "
              "2012/19/EU, with legal targets per category (Annex V)."},
    "report_term_epd": {"nl": "EPD", "en": "EPD"},
    "report_term_epd_text": {
        "nl": "Milieuproductverklaring (Environmental Product Declaration, EN 15804 / ISO "
              "14025): een verklaring van de fabrikant over de milieu-effecten van een "
              "product.",
        "en": "Environmental Product Declaration (EN 15804 / ISO 14025): a manufacturer's "
              "statement of a product's environmental impacts."},
}
