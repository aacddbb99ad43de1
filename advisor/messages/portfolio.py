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
    "portfolio_status_estimate": {"en": "not named by the alliance",
                                  "nl": "niet genoemd door de alliantie"},
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
    "pcol_crm_gain": {"en": "CRM recovered (kg/yr)",
                      "nl": "Kritieke grondstoffen terug (kg/jr)"},
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
    "pfig_crm_gain": {"en": "Critical raw materials recovered in addition, at the same "
                             "content",
                      "nl": "Extra teruggewonnen kritieke grondstoffen, bij gelijke inhoud"},
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
              "materials. Streams marked 'not named by the alliance' are added because "
              "national programmes name them; the alliance's own publications do not.",
        "nl": "Prioritaire stromen uit de kennisbank (een gebruiker kan ze aanpassen in "
              "zijn eigen laag); een kilogram telt in één stroom, een producttype vóór "
              "zijn materialen. Stromen met 'niet genoemd door de alliantie' zijn "
              "toegevoegd omdat landelijke programma's ze noemen; de publicaties van de "
              "alliantie zelf noemen ze niet."},
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
    # The PDF report
    "prep_cover_file": {"en": "Portfolio file", "nl": "Portfoliobestand"},
    "prep_cover_lines": {"en": "Product lines", "nl": "Productregels"},
    "prep_cover_projects": {"en": "Projects (companies' files)",
                            "nl": "Projecten (bestanden van bedrijven)"},
    "prep_cover_region": {"en": "Region", "nl": "Regio"},
    "prep_cover_note": {
        "en": "Each product's figures come from its bill of materials and the knowledge base "
              "above; its yearly volume and region share come from the portfolio. The "
              "chapter 'What the figures rest on' names the assumptions behind each figure.",
        "nl": "De cijfers per product komen uit de stuklijst en de kennisbank hierboven; het "
              "jaarvolume en het aandeel in de regio uit het portfolio. Het hoofdstuk 'Waar "
              "de cijfers op berusten' noemt de aannames achter elk cijfer."},
    "prep_verdict_title": {"en": "Verdict", "nl": "Oordeel"},
    "prep_verdict_intro": {
        "en": "{lines} product lines of {projects} projects put {mass} t of products on the "
              "region's market each year; {virgin_share} of it is virgin material. At end of "
              "life {recovered} is reused or recycled.",
        "nl": "{lines} productregels uit {projects} projecten brengen per jaar {mass} t aan "
              "producten op de markt in de regio; {virgin_share} daarvan is primair "
              "materiaal. Aan het einde van de levensduur wordt {recovered} hergebruikt of "
              "gerecycled."},
    "prep_verdict_kept": {
        "en": "{kept} t a year is reused or recycled in the region.",
        "nl": "In de regio wordt {kept} t per jaar hergebruikt of gerecycled."},
    "prep_verdict_after": {
        "en": "With the redesigns the region avoids {virgin} t of virgin material a year and, "
              "at the same content of the products, recovers {crm} kg more critical raw "
              "materials; recyclability goes from {rate_before} to {rate_after}, the MCI "
              "from {mci_before} to {mci_after}.",
        "nl": "Met de herontwerpen vermijdt de regio {virgin} t primair materiaal per jaar en "
              "wint zij bij gelijke inhoud van de producten {crm} kg meer kritieke "
              "grondstoffen terug; de recyclebaarheid gaat van {rate_before} naar "
              "{rate_after}, de MCI van {mci_before} naar {mci_after}."},
    "prep_verdict_after_kept": {
        "en": "The redesigns keep {kept} t more material a year in the region.",
        "nl": "De herontwerpen houden {kept} t meer materiaal per jaar in de regio."},
    "prep_verdict_no_after": {
        "en": "No line names a redesign (compare_variant): add plan to see what the "
              "recommended redesigns change.",
        "nl": "Geen regel noemt een herontwerp (compare_variant): vul plan in om te zien wat "
              "de aanbevolen herontwerpen veranderen."},
    "prep_push_title": {"en": "Where to push first", "nl": "Waar eerst op inzetten"},
    "prep_push_none": {"en": "No recommendation or redesign changes the virgin material or "
                              "the recovered critical raw materials.",
                       "nl": "Geen aanbeveling of herontwerp verandert het primaire "
                             "materiaal of de teruggewonnen kritieke grondstoffen."},
    "prep_streams_title": {"en": "Flows by priority stream",
                           "nl": "Stromen per prioritaire stroom"},
    "prep_streams_intro": {
        "en": "Each kilogram counts in one priority stream of the region, a product type "
              "before its materials: the plastic of a kettle counts as electronics, the steel "
              "of an office chair as office furniture. 'Counted in another stream' is mass "
              "that matches this stream too (by its material) but is counted in the stream "
              "of its product type.",
        "nl": "Elke kilogram telt in één prioritaire stroom van de regio, een producttype "
              "vóór zijn materialen: de kunststof van een waterkoker telt bij elektronica, "
              "het staal van een bureaustoel bij kantoormeubilair. 'Geteld bij andere "
              "stroom' is massa die door haar materiaal ook bij deze stroom past, maar bij "
              "de stroom van haar producttype is geteld."},
    "portfolio_counted_elsewhere": {
        "en": "{stream}: {mass} t/yr matches this stream too, counted in {places}.",
        "nl": "{stream}: {mass} t/jr past ook bij deze stroom, geteld bij {places}."},
    "portfolio_and": {"en": "and", "nl": "en"},
    "portfolio_no_regional_processor": {
        "en": "Kept in the region counts what a processor in the {region} reuses or recycles "
              "(a recycler, remelter or refurbisher there); the knowledge base names none for "
              "any route (its sources find only collection, sorting and transfer in the "
              "province), so this figure is 0 until a user adds a regional processor in "
              "their own knowledge-base layer.",
        "nl": "In de regio gehouden telt wat een verwerker in de {region} hergebruikt of "
              "recyclet (een recycler, omsmelter of revisiebedrijf daar); de kennisbank noemt "
              "er voor geen enkele route een (de bronnen vinden in de provincie alleen "
              "inzameling, sortering en overslag), dus dit cijfer is 0 tot een gebruiker een "
              "regionale verwerker toevoegt in zijn eigen laag van de kennisbank."},
    "prep_chart_caption": {
        "en": "Material groups (left) to their end-of-life outcomes (right), tonnes per year "
              "in a steady state; before and after the redesigns on the same scale.",
        "nl": "Materiaalgroepen (links) naar hun bestemming aan het einde van de levensduur "
              "(rechts), ton per jaar in evenwicht; voor en na de herontwerpen op dezelfde "
              "schaal."},
    "prep_materials_title": {"en": "Materials", "nl": "Materialen"},
    "prep_materials_intro": {
        "en": "The {shown} heaviest material flows of {total}; the appendix and the workbook "
              "list them all.",
        "nl": "De {shown} zwaarste materiaalstromen van {total}; de bijlage en de werkmap "
              "geven ze allemaal."},
    "prep_crm_title": {"en": "Critical raw materials", "nl": "Kritieke grondstoffen"},
    "prep_crm_intro": {
        "en": "Critical raw materials in the products put on the region's market each year, "
              "how much of them is recovered at end of life, and where the world's supply "
              "mainly comes from.",
        "nl": "Kritieke grondstoffen in de producten die per jaar in de regio op de markt "
              "komen, hoeveel daarvan aan het einde van de levensduur wordt teruggewonnen, en "
              "waar het wereldwijde aanbod vooral vandaan komt."},
    "prep_crm_none": {"en": "The products hold no critical raw materials the knowledge base "
                             "knows of.",
                      "nl": "De producten bevatten geen kritieke grondstoffen die de "
                            "kennisbank kent."},
    "prep_contributors_title": {"en": "Contributions of products and recommendations",
                                "nl": "Bijdragen van producten en aanbevelingen"},
    "prep_products_ranked": {"en": "Products, most virgin material avoided first",
                             "nl": "Producten, meeste vermeden primair materiaal eerst"},
    "prep_recommendations_ranked": {
        "en": "Recommendations and redesigns, each measured on its own",
        "nl": "Aanbevelingen en herontwerpen, elk apart gemeten"},
    "prep_basis_title": {"en": "What the figures rest on", "nl": "Waar de cijfers op berusten"},
    "prep_streams_sources": {"en": "Priority streams and their sources",
                             "nl": "Prioritaire stromen en hun bronnen"},
    "prep_appendix_title": {"en": "Appendix: products and all material flows",
                            "nl": "Bijlage: producten en alle materiaalstromen"},
    "prep_appendix_products": {"en": "Products", "nl": "Producten"},
    "prep_appendix_flows": {"en": "Material flows before the redesigns",
                            "nl": "Materiaalstromen vóór de herontwerpen"},
    "prep_appendix_cut": {
        "en": "The first {shown} of {total} rows; the workbook (.xlsx) lists them all.",
        "nl": "De eerste {shown} van {total} rijen; de werkmap (.xlsx) geeft ze allemaal."},
}
