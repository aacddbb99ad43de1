"""Sentences and labels of the portfolio: the regional view over many products."""

MESSAGES = {
    # Bad portfolio files and lines
    "portfolio_unreadable": {"en": "Cannot read the portfolio file ({reason})",
                             "nl": "Het portfoliobestand is niet te lezen ({reason})"},
    "portfolio_not_a_table": {"en": "This is not a portfolio table",
                              "nl": "Dit is geen portfoliotabel"},
    "portfolio_not_a_table_hint": {
        "en": "Give a .csv or .xlsx file with the columns project and units_per_year",
        "nl": "Geef een .csv- of .xlsx-bestand met de kolommen project en units_per_year"},
    "portfolio_columns": {"en": "The portfolio needs the columns project and units_per_year",
                          "nl": "Het portfolio heeft de kolommen project en units_per_year "
                                "nodig"},
    "portfolio_columns_hint": {
        "en": "Columns: project, product, variant, units_per_year, region_share, "
              "compare_variant",
        "nl": "Kolommen: project, product, variant, units_per_year, region_share, "
              "compare_variant"},
    "portfolio_empty": {"en": "The portfolio holds no product lines",
                        "nl": "Het portfolio bevat geen productregels"},
    "portfolio_empty_hint": {"en": "Add one row per product line",
                             "nl": "Voeg één rij per productregel toe"},
    "portfolio_project_missing": {"en": "No project file given",
                                  "nl": "Geen projectbestand opgegeven"},
    "portfolio_project_missing_hint": {
        "en": "Give the path of a .cirkel file or a bill of materials, relative to the "
              "portfolio file",
        "nl": "Geef het pad van een .cirkel-bestand of een stuklijst, ten opzichte van het "
              "portfoliobestand"},
    "portfolio_not_a_number": {"en": "Not a number", "nl": "Geen getal"},
    "portfolio_not_a_number_hint": {"en": "Enter a number such as 1200 or 0.8",
                                    "nl": "Vul een getal in, zoals 1200 of 0,8"},
    "portfolio_share_range": {"en": "The region share must lie between 0 and 1",
                              "nl": "Het aandeel in de regio moet tussen 0 en 1 liggen"},
    "portfolio_share_range_hint": {"en": "Enter e.g. 0.8 or 80%",
                                   "nl": "Vul bijvoorbeeld 0,8 of 80% in"},
    "portfolio_units_invalid": {"en": "Units per year must be a number above zero",
                                "nl": "Stuks per jaar moet een getal groter dan nul zijn"},
    "portfolio_units_invalid_hint": {
        "en": "Enter the units put on the market per year, e.g. 1200",
        "nl": "Vul het aantal stuks in dat per jaar op de markt komt, bijv. 1200"},
    "portfolio_unknown_product": {"en": "The project has no such product",
                                  "nl": "Het project heeft geen product met deze naam"},
    "portfolio_unknown_product_hint": {"en": "Choose one of: {products}",
                                       "nl": "Kies uit: {products}"},
    "portfolio_unknown_variant": {"en": "The product has no such variant",
                                  "nl": "Het product heeft geen variant met deze naam"},
    "portfolio_unknown_variant_hint": {
        "en": "Choose one of: {variants}, or plan (the recommended redesign)",
        "nl": "Kies uit: {variants}, of plan (het aanbevolen herontwerp)"},
    "portfolio_bad_setting": {"en": "The product's setting {setting} is not valid",
                              "nl": "De instelling {setting} van het product is ongeldig"},
    "portfolio_bad_setting_hint": {
        "en": "Open the project in Cirkelwijzer and choose the setting again",
        "nl": "Open het project in Cirkelwijzer en kies de instelling opnieuw"},
    "portfolio_bom_invalid": {"en": "The bill of materials cannot be read",
                              "nl": "De stuklijst is niet te lezen"},
    "portfolio_bom_invalid_hint": {"en": "See the problems of the file below",
                                   "nl": "Zie de problemen van het bestand hieronder"},
    "portfolio_output_kind": {"en": "The output must be a .pdf or an .xlsx file",
                              "nl": "De uitvoer moet een .pdf- of .xlsx-bestand zijn"},
    "portfolio_output_kind_hint": {"en": "Give a name that ends in .pdf or .xlsx",
                                   "nl": "Geef een naam die eindigt op .pdf of .xlsx"},
    "portfolio_output_dir": {"en": "The folder for the output does not exist",
                             "nl": "De map voor de uitvoer bestaat niet"},
    "portfolio_written": {"en": "Portfolio written: {path}", "nl": "Portfolio geschreven: {path}"},
    "portfolio_run_stats": {
        "en": "{lines} product lines; {evaluated} products evaluated, {cached} from the cache",
        "nl": "{lines} productregels; {evaluated} producten beoordeeld, {cached} uit de cache"},
    # Names
    "portfolio_title": {"en": "Regional portfolio", "nl": "Regionaal portfolio"},
    "portfolio_report_title": {"en": "Regional material flows", "nl": "Regionale materiaalstromen"},
    "portfolio_report_subtitle": {
        "en": "Products of many manufacturers, added up into the region's material flows, "
              "and what the recommended redesigns change",
        "nl": "Producten van veel fabrikanten, opgeteld tot de materiaalstromen van de regio, "
              "en wat de aanbevolen herontwerpen veranderen"},
    "portfolio_plan_of": {"en": "{variant} + redesign plan", "nl": "{variant} + herontwerpplan"},
    "portfolio_no_stream": {"en": "(no priority stream)", "nl": "(geen prioritaire stroom)"},
    "portfolio_unresolved": {"en": "(material not recognised)",
                             "nl": "(materiaal niet herkend)"},
    "portfolio_before": {"en": "Before", "nl": "Voor"},
    "portfolio_after": {"en": "After redesign", "nl": "Na herontwerp"},
    "portfolio_difference": {"en": "Difference", "nl": "Verschil"},
    "portfolio_kind_recommendation": {"en": "recommendation", "nl": "aanbeveling"},
    "portfolio_kind_variant": {"en": "redesign variant", "nl": "herontwerpvariant"},
    "portfolio_status_published": {"en": "named by the alliance",
                                   "nl": "genoemd door de alliantie"},
    "portfolio_status_estimate": {"en": "named nationally; for the region an estimate",
                                  "nl": "landelijk genoemd; voor de regio een schatting"},
    "portfolio_status_derived": {"en": "derived", "nl": "afgeleid"},
    # Column headers
    "pcol_row": {"en": "Row", "nl": "Rij"},
    "pcol_rank": {"en": "#", "nl": "#"},
    "pcol_project": {"en": "Project", "nl": "Project"},
    "pcol_product": {"en": "Product", "nl": "Product"},
    "pcol_variant": {"en": "Variant", "nl": "Variant"},
    "pcol_after": {"en": "After", "nl": "Na"},
    "pcol_units": {"en": "Units/yr", "nl": "Stuks/jr"},
    "pcol_region_share": {"en": "In region", "nl": "In regio"},
    "pcol_mass": {"en": "Mass (kg)", "nl": "Massa (kg)"},
    "pcol_material": {"en": "Material", "nl": "Materiaal"},
    "pcol_group": {"en": "Group", "nl": "Groep"},
    "pcol_stream": {"en": "Priority stream", "nl": "Prioritaire stroom"},
    "pcol_on_market": {"en": "On market (t/yr)", "nl": "Op de markt (t/jr)"},
    "pcol_virgin": {"en": "Virgin (t/yr)", "nl": "Primair (t/jr)"},
    "pcol_eol": {"en": "End of life (t/yr)", "nl": "Afgedankt (t/jr)"},
    "pcol_reuse": {"en": "Reuse (t/yr)", "nl": "Hergebruik (t/jr)"},
    "poutcome_reuse": {"en": "Reuse", "nl": "Hergebruik"},
    "pcol_recycled_region": {"en": "Recycled in region (t/yr)", "nl": "Gerecycled in regio (t/jr)"},
    "poutcome_recycled_region": {"en": "Recycled in region", "nl": "Gerecycled in regio"},
    "pcol_recycled_nl": {"en": "Recycled elsewhere in NL (t/yr)",
                         "nl": "Gerecycled elders in NL (t/jr)"},
    "poutcome_recycled_nl": {"en": "Recycled elsewhere in NL", "nl": "Gerecycled elders in NL"},
    "pcol_recycled_abroad": {"en": "Recycled abroad (t/yr)",
                             "nl": "Gerecycled in buitenland (t/jr)"},
    "poutcome_recycled_abroad": {"en": "Recycled abroad", "nl": "Gerecycled in buitenland"},
    "pcol_process_loss": {"en": "Process loss (t/yr)", "nl": "Procesverlies (t/jr)"},
    "poutcome_process_loss": {"en": "Process loss", "nl": "Procesverlies"},
    "pcol_energy": {"en": "Energy recovery (t/yr)", "nl": "Energieterugwinning (t/jr)"},
    "poutcome_energy": {"en": "Energy recovery", "nl": "Energieterugwinning"},
    "pcol_landfill": {"en": "Landfill (t/yr)", "nl": "Storten (t/jr)"},
    "poutcome_landfill": {"en": "Landfill", "nl": "Storten"},
    "pcol_kept": {"en": "Kept in region (t/yr)", "nl": "In regio gehouden (t/jr)"},
    "pcol_also": {"en": "Also feeds", "nl": "Voedt ook"},
    "pcol_also_mass": {"en": "Counted in another stream (t/yr)",
                       "nl": "Geteld bij andere stroom (t/jr)"},
    "pcol_status": {"en": "Status", "nl": "Status"},
    "pcol_recovered": {"en": "Reuse + recycling (t/yr)", "nl": "Hergebruik + recycling (t/jr)"},
    "pcol_kept_of": {"en": "of which in region (t/yr)", "nl": "waarvan in regio (t/jr)"},
    "pcol_loss_short": {"en": "Loss (t/yr)", "nl": "Verlies (t/jr)"},
    "pcol_energy_short": {"en": "Energy (t/yr)", "nl": "Energie (t/jr)"},
    "pcol_landfill_short": {"en": "Landfill (t/yr)", "nl": "Storten (t/jr)"},
    "pcol_recyclability": {"en": "Recyclability", "nl": "Recyclebaarheid"},
    "pcol_mci": {"en": "MCI", "nl": "MCI"},
    "pcol_crm": {"en": "Critical raw material", "nl": "Kritieke grondstof"},
    "pcol_crm_kg": {"en": "In products (kg/yr)", "nl": "In producten (kg/jr)"},
    "pcol_crm_recovered": {"en": "Recovered (kg/yr)", "nl": "Teruggewonnen (kg/jr)"},
    "pcol_crm_share": {"en": "Recovered", "nl": "Teruggewonnen"},
    "pcol_supplier": {"en": "Main supplier", "nl": "Belangrijkste leverancier"},
    "pcol_strategic": {"en": "Strategic", "nl": "Strategisch"},
    "pcol_recommendation": {"en": "Recommendation or redesign", "nl": "Aanbeveling of herontwerp"},
    "pcol_virgin_avoided": {"en": "Virgin avoided (t/yr)", "nl": "Primair vermeden (t/jr)"},
    "pcol_crm_gain": {"en": "CRM no longer lost (kg/yr)",
                      "nl": "Kritiek minder verloren (kg/jr)"},
    "pcol_recovered_gain": {"en": "More reused or recycled (t/yr)",
                            "nl": "Meer hergebruikt of gerecycled (t/jr)"},
    "pcol_recyclability_gain": {"en": "Recyclability (change)",
                                "nl": "Recyclebaarheid (verschil)"},
    "pcol_figure": {"en": "Figure", "nl": "Kengetal"},
    "pcol_carried_by": {"en": "Carried by", "nl": "Berust op"},
    "portfolio_yes": {"en": "yes", "nl": "ja"},
    "portfolio_no": {"en": "no", "nl": "nee"},
    # Headline figures
    "pfig_on_market": {"en": "Put on the market in the region", "nl": "Op de markt in de regio"},
    "pfig_virgin": {"en": "of which virgin material", "nl": "waarvan primair materiaal"},
    "pfig_eol": {"en": "End-of-life outflow (steady state)",
                 "nl": "Afgedankt per jaar (evenwichtstoestand)"},
    "pfig_recovered": {"en": "Reused or recycled", "nl": "Hergebruikt of gerecycled"},
    "pfig_kept": {"en": "Kept in the region", "nl": "In de regio gehouden"},
    "pfig_recyclability": {"en": "Recyclability (mass-weighted)",
                           "nl": "Recyclebaarheid (massagewogen)"},
    "pfig_mci": {"en": "MCI (mass-weighted)", "nl": "MCI (massagewogen)"},
    "pfig_crm": {"en": "Critical raw materials in the products",
                 "nl": "Kritieke grondstoffen in de producten"},
    "pfig_crm_recovered": {"en": "Critical raw materials recovered",
                           "nl": "Kritieke grondstoffen teruggewonnen"},
    "pfig_stock": {"en": "In use in the region (stock)", "nl": "In gebruik in de regio (voorraad)"},
    "pfig_virgin_avoided": {"en": "Virgin material avoided", "nl": "Primair materiaal vermeden"},
    "pfig_crm_gain": {"en": "Critical raw materials recovered in addition (like for like)",
                      "nl": "Extra teruggewonnen kritieke grondstoffen (gelijk voor gelijk)"},
    "pfig_kept_gain": {"en": "Material kept in the region in addition",
                       "nl": "Extra in de regio gehouden materiaal"},
    "pfig_recyclability_gain": {"en": "Recyclability", "nl": "Recyclebaarheid"},
    "pfig_mci_gain": {"en": "MCI", "nl": "MCI"},
    "unit_t_per_year": {"en": "t/yr", "nl": "t/jr"},
    "unit_kg_per_year": {"en": "kg/yr", "nl": "kg/jr"},
    "unit_t": {"en": "t", "nl": "t"},
    "unit_points": {"en": "percentage points", "nl": "procentpunt"},
    # What carries each figure
    "passume_volume": {
        "en": "Mass put on the market = units per year × share used in the region × the "
              "product's mass (from its bill of materials).",
        "nl": "Massa op de markt = stuks per jaar × aandeel dat in de regio wordt gebruikt × "
              "de massa van het product (uit de stuklijst)."},
    "passume_steady_state": {
        "en": "End-of-life outflow in a steady state: as much reaches end of life each year "
              "as is put on the market, one lifetime later. A redesign shows in the outflow "
              "once its products reach end of life (the lifetime stored in each project; "
              "{unknown} of {lines} lines have none).",
        "nl": "Afgedankt per jaar in evenwicht: elk jaar bereikt evenveel het einde van de "
              "levensduur als er op de markt komt, één levensduur later. Een herontwerp "
              "telt in de uitstroom zodra zijn producten afgedankt worden (de levensduur uit "
              "elk project; bij {unknown} van de {lines} regels ontbreekt die)."},
    "passume_settings": {
        "en": "End-of-life outcomes per product as its project sets them: where it is "
              "collected, which processing counts, its waste stream. Recycled abroad = "
              "processed elsewhere in the EU or outside it.",
        "nl": "Uitkomsten aan het einde van de levensduur per product zoals het project ze "
              "instelt: waar het wordt ingezameld, welke verwerking telt, de afvalstroom. "
              "Gerecycled in het buitenland = verwerkt elders in de EU of daarbuiten."},
    "passume_virgin": {
        "en": "Virgin material = mass × (1 − recycled content − reused content) per part, as "
              "in the MCI; where a part gives no recycled content, 0% is counted (only "
              "recycled content that is specified counts). The recommendation 'Use "
              "recycled material' proposes the knowledge base's market average as the "
              "share to specify.",
        "nl": "Primair materiaal = massa × (1 − gerecycled aandeel − hergebruikt aandeel) "
              "per onderdeel, zoals in de MCI; waar een onderdeel geen gerecycled aandeel "
              "geeft, telt 0% (alleen een gespecificeerd gerecycled aandeel telt). De "
              "aanbeveling 'Gebruik gerecycled materiaal' stelt het marktgemiddelde uit de "
              "kennisbank voor als aandeel om te specificeren."},
    "passume_weighted": {
        "en": "Recyclability and MCI of the portfolio are weighted by the mass each product "
              "puts on the region's market.",
        "nl": "Recyclebaarheid en MCI van het portfolio zijn gewogen naar de massa die elk "
              "product in de regio op de markt brengt."},
    "passume_streams": {
        "en": "Priority streams from the knowledge base (a user can change them in their "
              "own layer); a kilogram counts in one stream, a product type before its "
              "materials. The status says who names a stream: 'named by the alliance' where "
              "the alliance or a report written for it does; 'named nationally; for the "
              "region an estimate' where only national programmes (the Rijksoverheid's "
              "transition agendas) name it and its place among the region's priorities is "
              "an estimate.",
        "nl": "Prioritaire stromen uit de kennisbank (een gebruiker kan ze aanpassen in "
              "zijn eigen laag); een kilogram telt in één stroom, een producttype vóór "
              "zijn materialen. De status zegt wie een stroom noemt: 'genoemd door de "
              "alliantie' waar de alliantie of een rapport voor haar dat doet; 'landelijk "
              "genoemd; voor de regio een schatting' waar alleen landelijke programma's (de "
              "transitieagenda's van de Rijksoverheid) hem noemen en zijn plaats onder de "
              "prioriteiten van de regio een schatting is."},
    "passume_crm_gain": {
        "en": "Critical raw materials recovered in addition are counted like for like, as "
              "the design advice counts them: the critical raw materials no longer lost "
              "(lost before minus lost after). A redesign that puts more copper in a product "
              "and recovers all of it recovers more kilograms, but that is more copper "
              "demanded, not more recovered.",
        "nl": "Extra teruggewonnen kritieke grondstoffen tellen gelijk voor gelijk, zoals het "
              "ontwerpadvies ze telt: wat niet meer verloren gaat (verlies voor min verlies "
              "na). Een herontwerp dat meer koper in een product stopt en dat allemaal "
              "terugwint, wint meer kilo's terug, maar dat is meer vraag naar koper, niet "
              "meer terugwinning."},
    "passume_signs": {
        "en": "Changes are after minus before and always carry a sign: + more, − less, "
              "± no change (to the precision shown). Virgin material avoided and critical "
              "raw materials no longer lost are before minus after: + is the better way.",
        "nl": "Verschillen zijn na min voor en hebben altijd een teken: + meer, − minder, "
              "± geen verandering (op de getoonde nauwkeurigheid). Vermeden primair materiaal "
              "en minder verloren kritieke grondstoffen zijn voor min na: + is de goede kant "
              "op."},
    "passume_plan": {
        "en": "After = the recommended redesign plan (every recommended change together) or "
              "the redesign variant a line names; each recommendation's own effect is "
              "measured by applying it alone, so the contributions need not add up to the "
              "plan.",
        "nl": "Na = het aanbevolen herontwerpplan (alle aanbevolen wijzigingen samen) of de "
              "herontwerpvariant die een regel noemt; het effect van elke aanbeveling is "
              "apart gemeten, dus de bijdragen tellen niet per se op tot het plan."},
    "passume_crm": {
        "en": "Critical raw materials (Regulation (EU) 2024/1252) from the materials' "
              "contents in the knowledge base; recovered = on a route that recovers them. "
              "Main supplier: the top global supplier of the EU's 2023 assessment.",
        "nl": "Kritieke grondstoffen (Verordening (EU) 2024/1252) uit de samenstelling van de "
              "materialen in de kennisbank; teruggewonnen = op een route die ze terugwint. "
              "Belangrijkste leverancier: de grootste wereldwijde leverancier volgens de "
              "EU-beoordeling van 2023."},
    # Material families (the flows' groups)
    "pfamily_ferrous": {"en": "Ferrous metals", "nl": "IJzer en staal"},
    "pfamily_non-ferrous": {"en": "Non-ferrous metals", "nl": "Non-ferrometalen"},
    "pfamily_precious": {"en": "Precious metals", "nl": "Edelmetalen"},
    "pfamily_plastic-thermoplastic": {"en": "Thermoplastics", "nl": "Thermoplasten"},
    "pfamily_plastic-thermoset": {"en": "Thermosets", "nl": "Thermoharders"},
    "pfamily_elastomer": {"en": "Elastomers", "nl": "Elastomeren"},
    "pfamily_wood": {"en": "Wood", "nl": "Hout"},
    "pfamily_paper": {"en": "Paper and board", "nl": "Papier en karton"},
    "pfamily_glass": {"en": "Glass", "nl": "Glas"},
    "pfamily_ceramic": {"en": "Ceramics and stone", "nl": "Keramiek en steen"},
    "pfamily_textile": {"en": "Textiles", "nl": "Textiel"},
    "pfamily_composite": {"en": "Composites", "nl": "Composieten"},
    "pfamily_electronics": {"en": "Electronics", "nl": "Elektronica"},
    "pfamily_battery": {"en": "Batteries", "nl": "Batterijen"},
    "pfamily_other": {"en": "Other", "nl": "Overig"},
    "pfamily_unresolved": {"en": "Not recognised", "nl": "Niet herkend"},
    # Where a stream's mass is counted, and the material kept in the region
    "portfolio_counted_elsewhere": {
        "en": "{stream}: {mass} t/yr matches this stream too, counted in {places}.",
        "nl": "{stream}: {mass} t/jr past ook bij deze stroom, geteld bij {places}."},
    "portfolio_and": {"en": "and", "nl": "en"},
    "portfolio_no_regional_processor": {
        "en": "Material kept in the region is not shown. It would count what a processor "
              "in the {region} reuses or recycles (a recycler, remelter or refurbisher), but "
              "the knowledge base knows no processor there: its sources find only collection, "
              "sorting and transfer in the province. The figure would always be 0, which is "
              "not a finding. It is shown once a user adds a regional processor in their own "
              "knowledge-base layer.",
        "nl": "Het materiaal dat in de regio blijft, staat er niet bij. Het zou tellen wat "
              "een verwerker in de {region} hergebruikt of recyclet (een recycler, omsmelter "
              "of revisiebedrijf), maar de kennisbank kent daar geen verwerker: de bronnen "
              "vinden in de provincie alleen inzameling, sortering en overslag. Het cijfer zou "
              "dus altijd 0 zijn, en dat is geen uitkomst. Het verschijnt zodra een gebruiker "
              "een regionale verwerker toevoegt in zijn eigen laag van de kennisbank."},
}
