"""Sentences and labels of the PDF report (cover, summary, charts, tables, methods)."""

_MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
              "september", "oktober", "november", "december")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")

MESSAGES = {
    f"report_month_{i}": {"nl": nl, "en": en}
    for i, (nl, en) in enumerate(zip(_MONTHS_NL, _MONTHS_EN, strict=True), start=1)
}

MESSAGES.update({
    # Cover, header and footer
    "report_title": {"nl": "Circulariteitsrapport", "en": "Design-for-recovery report"},
    "report_subtitle": {
        "nl": "Herwinbaarheid, circulariteitsindicatoren en ontwerpadvies per onderdeel",
        "en": "Recoverability, circularity indicators and design advice per component"},
    "report_product": {"nl": "Product", "en": "Product"},
    "report_variant": {"nl": "Variant", "en": "Variant"},
    "report_variant_notes": {"nl": "Notities bij de variant", "en": "Notes on the variant"},
    "report_compared_with": {"nl": "Vergeleken met", "en": "Compared with"},
    "report_company": {"nl": "Bedrijf", "en": "Company"},
    "report_author": {"nl": "Opgesteld door", "en": "Prepared by"},
    "report_date": {"nl": "Datum", "en": "Date"},
    "report_kb_version": {"nl": "Versie kennisbank", "en": "Knowledge base version"},
    "report_region": {"nl": "Regio voor verwerkingsroutes", "en": "Region for recovery routes"},
    "report_region_utrecht": {"nl": "regio Utrecht", "en": "Utrecht region"},
    "report_region_nl": {"nl": "Nederland", "en": "the Netherlands"},
    "report_region_eu": {"nl": "Europese Unie", "en": "European Union"},
    "report_made_with": {"nl": "Gemaakt met Cirkelwijzer {version}",
                         "en": "Made with Cirkelwijzer {version}"},
    "report_cover_note": {
        "nl": "De cijfers in dit rapport zijn berekend uit de stuklijst en de kennisbank "
              "hierboven. Hoofdstuk 'Methoden en bronnen' noemt de formules, de aannames "
              "en de bronnen, en welke gegevens geschat zijn. {estimated}",
        "en": "The figures in this report are computed from the bill of materials and the "
              "knowledge base above. The chapter 'Methods and sources' gives the formulas, "
              "the assumptions and the sources, and which data are estimates. "
              "{estimated}"},
    "report_estimated_means": {
        "nl": "Geschat betekent: voor die waarde (de opbrengst van een recyclingroute, de "
              "tijd om een verbinding los te maken, de samenstelling van een ingekocht "
              "onderdeel, een emissiefactor) is geen gepubliceerde meting gevonden; de "
              "kennisbank leidt haar af uit verwante gepubliceerde cijfers, zoals het "
              "rendement van een vergelijkbaar materiaal, of uit technische kennis van het "
              "proces.",
        "en": "Estimated means: no published measurement was found for that value (the "
              "yield of a recycling route, the time to undo a joint, the composition of a "
              "bought-in part, an emission factor); the knowledge base derives it from "
              "related published figures, such as the yield of a similar material, or from "
              "engineering knowledge of the process."},
    "report_cover_note_short": {
        "nl": "De cijfers in dit rapport zijn berekend uit de stuklijst en de kennisbank "
              "hierboven. Deze uitgave is zonder bijlage (onderdelentabel, methoden, bronnen). "
              "{estimated}",
        "en": "The figures in this report are computed from the bill of materials and the "
              "knowledge base above. This edition has no appendix (parts table, methods, "
              "sources). {estimated}"},
    "report_variant_base": {"nl": "Basis", "en": "Base"},
    "report_variant_redesign": {"nl": "Herontwerp", "en": "Redesign"},
    "report_and": {"nl": "en", "en": "and"},
    "report_page": {"nl": "Pagina {page} van {total}", "en": "Page {page} of {total}"},
    "report_not_given": {"nl": "niet opgegeven", "en": "not given"},
    # Summary
    "report_col_figure": {"nl": "Kengetal", "en": "Key figure"},
    "report_col_value": {"nl": "Waarde", "en": "Value"},
    "report_unit_pp": {"nl": "%-punt", "en": "pp"},
    # Charts
    "report_chart_composition": {"nl": "Materiaalsamenstelling", "en": "Material composition"},
    "report_axis_mass": {"nl": "Massa (kg)", "en": "Mass (kg)"},
    "report_other": {"nl": "Overig", "en": "Other"},
    "report_group_metal": {"nl": "metaal", "en": "metal"},
    "report_group_plastic": {"nl": "kunststof en rubber", "en": "plastic and rubber"},
    "report_group_electronics": {"nl": "elektronica en batterijen",
                                 "en": "electronics and batteries"},
    "report_group_other": {"nl": "overig of onbekend", "en": "other or unknown"},
    "report_unresolved": {"nl": "Niet herkend", "en": "Unresolved"},
    "report_chart_empty": {"nl": "Geen gegevens", "en": "No data"},
    "report_col_row": {"nl": "Rij", "en": "Row"},
    "report_col_component": {"nl": "Onderdeel", "en": "Component"},
    "report_col_mass": {"nl": "Massa", "en": "Mass"},
    "report_col_reached": {"nl": "Bereikt", "en": "Reached"},
    "report_crm_title": {"nl": "Kritieke grondstoffen in het product",
                         "en": "Critical raw materials in the product"},
    "report_crm_intro": {
        "nl": "Stoffen van de EU-lijst van kritieke grondstoffen (Verordening (EU) 2024/1252) "
              "in dit product, en hoeveel daarvan via de bereikbare routes wordt "
              "teruggewonnen.",
        "en": "Substances on the EU list of critical raw materials (Regulation (EU) "
              "2024/1252) in this product, and how much of them the reachable routes "
              "recover."},
    "report_col_crm": {"nl": "Grondstof", "en": "Raw material"},
    "report_col_recovered": {"nl": "Teruggewonnen", "en": "Recovered"},
    "report_col_strategic": {"nl": "Strategisch", "en": "Strategic"},
    "report_col_supplier": {"nl": "Grootste leverancier (wereld)",
                            "en": "Largest supplier (world)"},
    "report_yes": {"nl": "ja", "en": "yes"},
    "report_no": {"nl": "nee", "en": "no"},
    "report_rec_why": {"nl": "Waarom", "en": "Why"},
    "report_row_one": {"nl": "rij {rows}", "en": "row {rows}"},
    "report_row_many": {"nl": "rijen {rows}", "en": "rows {rows}"},
    "report_and_more": {"nl": "en nog {n}", "en": "and {n} more"},
    # Component table
    "report_components_title": {"nl": "Onderdelentabel", "en": "Component table"},
    "report_components_intro": {
        "nl": "Elke regel van de stuklijst, in de volgorde van het bestand. Rijnummers zijn "
              "die van het spreadsheet (de kopregel is rij 1). Massa is de totale massa in "
              "het product (aantal maal massa per stuk).",
        "en": "Every row of the bill of materials, in file order. Row numbers are the "
              "spreadsheet's (the header is row 1). Mass is the total mass in the product "
              "(quantity times the mass per unit)."},
    "report_components_intro_more": {
        "nl": "'Gerecycled' is het deel van het onderdeel dat als materiaal terugkomt of "
              "hergebruikt wordt; 'Punten' verwijst naar de genummerde bevindingen hierna.",
        "en": "'Recycled' is the share of the part that comes back as material or is "
              "reused; 'Notes' refers to the numbered findings below."},
    "report_col_material": {"nl": "Materiaal: opgegeven → herkend",
                            "en": "Material: as written → resolved"},
    "report_col_joint": {"nl": "Verbinding", "en": "Joint"},
    "report_col_route": {"nl": "Route", "en": "Route"},
    "report_col_yield": {"nl": "Gerecycled", "en": "Recycled"},
    "report_col_issues": {"nl": "Punten", "en": "Notes"},
    "report_col_number": {"nl": "Nr.", "en": "No."},
    "report_col_finding": {"nl": "Bevinding", "en": "Finding"},
    "report_col_rows": {"nl": "Rijen", "en": "Rows"},
    "report_findings_title": {"nl": "Bevindingen per onderdeel", "en": "Findings per component"},
    "report_findings_intro": {
        "nl": "Elke bevinding één keer, met de rijen waarop ze betrekking heeft. De nummers "
              "staan in de laatste kolom van de onderdelentabel.",
        "en": "Each finding once, with the rows it concerns. The numbers appear in the last "
              "column of the component table."},
    "report_finish": {"nl": "afwerking", "en": "finish"},
    "report_not_resolved": {"nl": "niet herkend", "en": "not resolved"},
    "report_confidence": {"nl": "zekerheid {share}", "en": "confidence {share}"},
    # Methods and sources
    "report_methods_title": {"nl": "Methoden en bronnen", "en": "Methods and sources"},
    "report_formulas_title": {"nl": "Formules", "en": "Formulas"},
    "report_formula_rates": {
        "nl": "<b>Recyclebaarheid en nuttige toepassing</b> (naar IEC/TR 62635:2012 en "
              "EN 45555): per onderdeel de massa maal het deel dat de bereikte route "
              "werkelijk als materiaal teruggeeft (na procesverliezen) of hergebruikt, "
              "opgeteld en gedeeld door de productmassa. Nuttige toepassing telt daar de "
              "massa met energieterugwinning (R9) bij op. Hergebruik, gerecycled materiaal, "
              "procesverlies, energieterugwinning en storten tellen samen op tot de "
              "productmassa.",
        "en": "<b>Recyclability and recovery rate</b> (after IEC/TR 62635:2012 and "
              "EN 45555): per part the mass times the share its reached route really "
              "returns as material (after process losses) or reuses, summed and divided by "
              "the product mass. The recovery rate adds the mass sent to energy recovery "
              "(R9). Reuse, recycled material, process losses, energy recovery and landfill "
              "add up to the product mass."},
    "report_formula_recyclable": {
        "nl": "<b>Recyclebaar materiaal</b> (zoals EPD's het publiceren): de massa in "
              "materialen waarvoor in de afvalstroom een gevestigde recyclingroute bestaat, "
              "zonder procesrendement. Dit is een andere maat dan de recyclebaarheid en wordt "
              "er niet mee vergeleken.",
        "en": "<b>Recyclable material</b> (as EPDs publish it): the mass in materials for "
              "which an established recycling route exists in the waste stream, without "
              "process yields. This is a different measure from the recyclability rate and "
              "is not compared with it."},
    "report_formula_mci": {
        "nl": "<b>Material Circularity Indicator</b> (Ellen MacArthur Foundation en Granta, "
              "2015): V = Σ M(1−F<sub>R</sub>−F<sub>U</sub>) is de nieuwe grondstof, "
              "W = W<sub>0</sub> + (W<sub>F</sub>+W<sub>C</sub>)/2 het onherwinbare afval, "
              "LFI = (V+W) / (2M + (W<sub>F</sub>−W<sub>C</sub>)/2), "
              "X = (L/L<sub>av</sub>)·(U/U<sub>av</sub>) en MCI = max(0, 1 − LFI·0,9/X). "
              "Energieterugwinning telt als onherwinbaar afval.",
        "en": "<b>Material Circularity Indicator</b> (Ellen MacArthur Foundation and Granta, "
              "2015): V = Σ M(1−F<sub>R</sub>−F<sub>U</sub>) is the virgin feedstock, "
              "W = W<sub>0</sub> + (W<sub>F</sub>+W<sub>C</sub>)/2 the unrecoverable waste, "
              "LFI = (V+W) / (2M + (W<sub>F</sub>−W<sub>C</sub>)/2), "
              "X = (L/L<sub>av</sub>)·(U/U<sub>av</sub>) and MCI = max(0, 1 − LFI·0.9/X). "
              "Energy recovery counts as unrecoverable waste."},
    "report_formula_mci_values": {
        "nl": "Voor deze variant: M = {m}, V = {v}, W = {w}, LFI = {lfi}, X = {x}, "
              "MCI = {mci}.",
        "en": "For this variant: M = {m}, V = {v}, W = {w}, LFI = {lfi}, X = {x}, "
              "MCI = {mci}."},
    "report_formula_other": {
        "nl": "<b>Demontagetijd</b>: de som van de richttijden per verbinding uit de "
              "kennisbank voor elk onderdeel dat los moet. <b>Kritieke grondstoffen</b>: "
              "massa van de stoffen op de EU-lijst (Verordening (EU) 2024/1252). "
              "<b>Materiaalgebonden CO₂</b>: massa maal de emissiefactor per materiaal.",
        "en": "<b>Disassembly time</b>: the sum of the knowledge base's proxy times per joint "
              "for every part that has to come off. <b>Critical raw materials</b>: mass of "
              "the substances on the EU list (Regulation (EU) 2024/1252). <b>Embodied "
              "carbon</b>: mass times the emission factor of each material."},
    "report_assumptions_title": {"nl": "Aannames", "en": "Assumptions"},
    "report_assume_region": {"nl": "Routes die meetellen: beschikbaar in {region}.",
                             "en": "Routes that count: available in {region}."},
    "report_assume_lifetime": {
        "nl": "Levensduur L = {lifetime}; gemiddelde levensduur in de branche L<sub>av</sub> "
              "= {industry}; gebruiksintensiteit U/U<sub>av</sub> = {use}.",
        "en": "Lifetime L = {lifetime}; industry-average lifetime L<sub>av</sub> = "
              "{industry}; use intensity U/U<sub>av</sub> = {use}."},
    "report_assume_lifetime_default": {
        "nl": "Zonder opgegeven levensduur is L/L<sub>av</sub> = 1.",
        "en": "Without a given lifetime, L/L<sub>av</sub> = 1."},
    "report_years": {"nl": "{n} jaar", "en": "{n} years"},
    "report_sources_title": {"nl": "Bronnen van de gebruikte kennisbankgegevens",
                             "en": "Sources of the knowledge-base entries used"},
    "report_col_entry": {"nl": "Gegeven", "en": "Entry"},
    "report_col_source": {"nl": "Bron", "en": "Source"},
    "report_src_density": {"nl": "{name}: dichtheid {value}", "en": "{name}: density {value}"},
    "report_src_carbon": {"nl": "{name}: emissiefactor {value}",
                          "en": "{name}: emission factor {value}"},
    "report_src_carbon_recycled": {"nl": "{name}: emissiefactor gerecycled {value}",
                                   "en": "{name}: emission factor, recycled {value}"},
    "report_src_recycled": {"nl": "{name}: gerecycled aandeel in de markt {value}",
                            "en": "{name}: market recycled content {value}"},
    "report_src_route": {"nl": "{name} → {route}: opbrengst {value}",
                         "en": "{name} → {route}: yield {value}"},
    "report_src_joint": {"nl": "Verbinding {name}: richttijd {value} s",
                         "en": "Joint {name}: proxy time {value} s"},
    "report_sources_intro": {
        "nl": "Gepubliceerde bronnen (normen, wetgeving, statistiekbureaus, wetenschappelijke "
              "artikelen, brancheorganisaties), met hun titel, en de waarden die het rapport "
              "eraan ontleent.",
        "en": "Published sources (standards, regulations, statistics offices, peer-reviewed "
              "papers, industry associations), by their title, and the values the report "
              "takes from them."},
    "report_estimates_title": {"nl": "Geschatte waarden", "en": "Estimated values"},
    "report_estimates_intro": {
        "nl": "Voor deze waarden is geen gepubliceerde bron gevonden: het zijn schattingen of "
              "afgeleide waarden. Hun onderbouwing staat bij elke waarde in de kennisbank en "
              "in de Engelstalige uitgave van dit rapport. Die maakt de opsteller met "
              "Cirkelwijzer: in de app bij 'PDF-rapport exporteren' met Taal: Engels, of op "
              "de opdrachtregel met --lang en.",
        "en": "No published source was found for these values; they are estimates or "
              "derived values, with their reasoning as the knowledge base gives it."},
    "report_estimate_label": {"nl": "technische schatting", "en": "engineering estimate"},
    "report_col_reasoning": {"nl": "Onderbouwing", "en": "Reasoning"},
    "report_status_estimate": {"nl": "een schatting", "en": "an estimate"},
    "report_status_derived": {"nl": "afgeleid, niet gemeten", "en": "derived, not measured"},
    "report_status_gap": {"nl": "niet gevonden in openbare bronnen",
                          "en": "not found in public sources"},
    "report_sources_none": {"nl": "De beoordeling gebruikte geen kennisbankgegevens met bron.",
                            "en": "The assessment used no sourced knowledge-base entries."},
    "report_gaps_title": {"nl": "Gegevensgaten en schattingen",
                          "en": "Data gaps and estimates"},
    "report_gaps_intro": {
        "nl": "Deze punten berusten op een schatting of ontbrekende gegevens; ze maken de "
              "cijfers onzekerder.",
        "en": "These points rest on an estimate or on missing data; they make the figures "
              "less certain."},
    "report_gaps_none": {"nl": "Het rapport berust op geen geschatte of ontbrekende gegevens.",
                         "en": "The report relies on no estimated or missing data."},
    "report_gap_unresolved": {
        "nl": "Rij {row}, {name}: materiaal '{material}' niet herkend ({mass}); dit "
              "onderdeel telt als niet herwinbaar.",
        "en": "Row {row}, {name}: material '{material}' not resolved ({mass}); this part "
              "counts as unrecoverable."},
    "report_gap_issue": {"nl": "Rij {row}, {name}: {issue}", "en": "Row {row}, {name}: {issue}"},
    "report_gap_carbon_mass": {
        "nl": "{mass} van het product heeft geen emissiefactor; de materiaalgebonden CO₂ is "
              "daardoor te laag.",
        "en": "{mass} of the product has no emission factor; the embodied carbon is "
              "therefore understated."},
    "report_gap_carbon_all": {
        "nl": "Geen emissiefactor in de kennisbank voor deze materialen: {names} ({rows}); "
              "{mass} van het product telt daardoor niet mee in de materiaalgebonden CO₂, "
              "die dus te laag is.",
        "en": "No emission factor in the knowledge base for these materials: {names} "
              "({rows}); {mass} of the product is therefore left out of the embodied "
              "carbon, which is understated."},
    "report_gap_carbon_all_one": {
        "nl": "Geen emissiefactor in de kennisbank voor {names} ({rows}); {mass} van het "
              "product telt daardoor niet mee in de materiaalgebonden CO₂, die dus te laag "
              "is.",
        "en": "No emission factor in the knowledge base for {names} ({rows}); {mass} of the "
              "product is therefore left out of the embodied carbon, which is understated."},
    "report_gap_joints": {
        "nl": "De richttijd voor het losmaken is {status} voor deze verbindingen: {names}.",
        "en": "The proxy time to undo the joint is {status} for these joints: {names}."},
    "report_gap_joints_one": {
        "nl": "De richttijd voor het losmaken van {names} is {status}.",
        "en": "The proxy time to undo {names} is {status}."},
    "report_gap_joints_missing": {
        "nl": "Geen richttijd in de kennisbank voor deze verbindingen: {names}.",
        "en": "No proxy time in the knowledge base for these joints: {names}."},
    "report_gap_joints_missing_one": {
        "nl": "Geen richttijd in de kennisbank voor de verbinding {names}.",
        "en": "No proxy time in the knowledge base for the joint {names}."},
    "report_gap_routes": {
        "nl": "De opbrengst van {route} is {status} voor deze materialen: {names}.",
        "en": "The yield of {route} is {status} for these materials: {names}."},
    "report_gap_routes_one": {
        "nl": "De opbrengst van {route} is {status} voor {names}.",
        "en": "The yield of {route} is {status} for {names}."},
    "report_glossary_intro": {
        "nl": "De R-ladder van het Planbureau voor de Leefomgeving (Potting e.a., 2017). "
              "Hoe hoger op de ladder, hoe meer waarde behouden blijft.",
        "en": "The R-ladder of PBL Netherlands Environmental Assessment Agency (Potting et "
              "al., 2017). The higher on the ladder, the more value is kept."},
    "report_col_step": {"nl": "Trede", "en": "Step"},
    "report_col_name": {"nl": "Naam", "en": "Name"},
    "report_col_meaning": {"nl": "Betekenis", "en": "Meaning"},
    # CLI
    "report_written": {"nl": "Rapport geschreven: {path}", "en": "Report written: {path}"},
    "report_output_dir_missing": {"nl": "De map voor het rapport bestaat niet",
                                  "en": "The folder for the report does not exist"},
    "report_output_dir_missing_hint": {"nl": "Maak de map eerst aan of kies een andere",
                                       "en": "Create the folder first or choose another"},
    "report_compare_same_variant": {
        "nl": "De vergelijking noemt de variant van het rapport zelf",
        "en": "The comparison names the variant of the report itself"},
    "report_compare_same_variant_hint": {"nl": "Kies een van: {names} (--compare-variant)",
                                         "en": "Choose one of: {names} (--compare-variant)"},
    "report_compare_one_variant": {
        "nl": "Het project heeft één variant van dit product: er is niets om mee te "
              "vergelijken",
        "en": "The project holds one variant of this product: there is nothing to compare "
              "it with"},
    "report_compare_one_variant_hint": {
        "nl": "Voeg een herontwerp als variant toe aan het project, of vergelijk met een "
              "ander bestand",
        "en": "Add a redesign variant to the project, or compare with another file"},
    "report_output_not_pdf": {"nl": "Het rapport moet een .pdf-bestand zijn",
                              "en": "The report must be a .pdf file"},
    "report_output_not_pdf_hint": {"nl": "Geef een naam die op .pdf eindigt",
                                   "en": "Give a name that ends in .pdf"},
})

# The R-ladder as PBL publishes it (Potting et al. 2017, "Circular economy: measuring
# innovation in the product chain"); Dutch wording as reproduced by moederbestek.nl.
LADDER = (
    # code, English name, Dutch verb, meaning (nl), meaning (en)
    ("R0", "Refuse", "Weigeren",
     "product overbodig maken door van de functie af te zien of die met een radicaal "
     "ander product te leveren",
     "make a product redundant by abandoning its function or by offering the same "
     "function with a radically different product"),
    ("R1", "Rethink", "Heroverwegen",
     "productgebruik intensiveren, bijvoorbeeld door producten te delen",
     "make product use more intensive, for example by sharing products"),
    ("R2", "Reduce", "Verminderen",
     "product efficiënter maken of gebruiken door minder grondstoffen en materialen te "
     "verbruiken",
     "increase efficiency in product manufacture or use by consuming fewer natural "
     "resources and materials"),
    ("R3", "Reuse", "Hergebruiken",
     "hergebruik van afgedankt, nog goed product in dezelfde functie door een andere "
     "gebruiker",
     "re-use by another consumer of a discarded product which is still in good condition "
     "and fulfils its original function"),
    ("R4", "Repair", "Repareren",
     "reparatie en onderhoud van kapot product voor gebruik in zijn oude functie",
     "repair and maintenance of a defective product so it can be used with its original "
     "function"),
    ("R5", "Refurbish", "Opknappen",
     "opknappen en moderniseren van oud product",
     "restore an old product and bring it up to date"),
    ("R6", "Remanufacture", "Reviseren",
     "onderdelen van afgedankt product gebruiken in nieuw product met dezelfde functie",
     "use parts of a discarded product in a new product with the same function"),
    ("R7", "Repurpose", "Herbestemmen",
     "afgedankt product of onderdelen ervan gebruiken in nieuw product met een andere "
     "functie",
     "use a discarded product or its parts in a new product with a different function"),
    ("R8", "Recycle", "Recyclen",
     "materialen verwerken tot dezelfde (hoogwaardige) of mindere (laagwaardige) kwaliteit",
     "process materials to obtain the same (high-grade) or lower (downcycled) quality"),
    ("R9", "Recover", "Terugwinnen",
     "verbranden van materialen met energieterugwinning",
     "incineration of materials with energy recovery"),
)

MESSAGES.update({
    "report_ladder_landfill": {"nl": "storten of verbranden zonder energieterugwinning "
                                     "(laagste trede van de Ladder van Lansink)",
                               "en": "landfill or incineration without energy recovery "
                                     "(the lowest step of the Lansink ladder)"},
    "report_ladder_landfill_name": {"nl": "Storten", "en": "Landfill"},
})
