"""Sentences and labels of the portfolio report (PDF): cover, verdict, chapters."""

MESSAGES = {
    "prep_cover_file": {"en": "Portfolio file", "nl": "Portfoliobestand"},
    "prep_cover_title": {"en": "Regional material flows, {region}",
                         "nl": "Regionale materiaalstromen, {region}"},
    "prep_running_title": {"en": "{region} · {lines} product lines",
                           "nl": "{region} · {lines} productregels"},
    "prep_sources_english": {
        "en": "Each source's explanation is in the knowledge base.",
        "nl": "De toelichting bij elke bron staat in de kennisbank en in de Engelstalige "
              "uitgave van dit rapport; hier alleen de bronnen zelf."},
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
        "en": "With the redesigns the region avoids {virgin} t of virgin material a year and "
              "loses {crm} kg less of critical raw materials (like for like); recyclability "
              "goes from {rate_before} to {rate_after}, the MCI from {mci_before} to "
              "{mci_after}.",
        "nl": "Met de herontwerpen vermijdt de regio {virgin} t primair materiaal per jaar en "
              "gaat er {crm} kg minder kritieke grondstoffen verloren (gelijk voor gelijk); "
              "de recyclebaarheid gaat van {rate_before} naar {rate_after}, de MCI van "
              "{mci_before} naar {mci_after}."},
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
    "prep_no_virgin_change": {
        "en": "{names}: no virgin material avoided, because the redesign changes no recycled "
              "or reused content and no mass (virgin material = mass × (1 − recycled − "
              "reused content)); what it changes shows in the material reused or recycled "
              "and in the recyclability.",
        "nl": "{names}: geen primair materiaal vermeden, want het herontwerp verandert geen "
              "gerecycled of hergebruikt aandeel en geen massa (primair materiaal = massa × "
              "(1 − gerecycled − hergebruikt aandeel)); wat het verandert, staat bij meer "
              "hergebruikt of gerecycled en bij de recyclebaarheid."},
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
