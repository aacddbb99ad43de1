"""Sentences for importing and exporting bills of materials (problem codes and hints)."""

MESSAGES = {
    # Files and tables
    "bom_missing": {"en": "File does not exist", "nl": "Bestand bestaat niet"},
    "bom_is_dir": {"en": "This is a folder, not a bill of materials",
                   "nl": "Dit is een map, geen stuklijst"},
    "bom_unreadable": {"en": "The file cannot be read ({reason})",
                       "nl": "Het bestand kan niet worden gelezen (systeemmelding: {reason})"},
    "bom_unreadable_hint": {"en": "Save it again as .xlsx or .csv and retry",
                            "nl": "Sla het opnieuw op als .xlsx of .csv en probeer het nog eens"},
    "file_too_large": {"en": "The file is too large ({size_mb} MB; at most {limit_mb} MB)",
                       "nl": "Het bestand is te groot ({size_mb} MB; hoogstens {limit_mb} MB)"},
    "file_too_large_hint": {"en": "Export only the bill of materials of one product",
                            "nl": "Exporteer alleen de stuklijst van één product"},
    "bom_empty": {"en": "The file holds no table", "nl": "Het bestand bevat geen tabel"},
    "bom_empty_hint": {"en": "Put a header row (e.g. Name; Material; Mass) and one row per part",
                       "nl": "Zet een kopregel (bijv. Naam; Materiaal; Massa) en één rij per "
                             "onderdeel in het bestand"},
    "bom_no_rows": {"en": "The table has a header but no rows",
                    "nl": "De tabel heeft een kopregel maar geen rijen"},
    "bom_no_rows_hint": {"en": "Add one row per part under the header",
                         "nl": "Voeg onder de kopregel één rij per onderdeel toe"},
    "bom_binary": {"en": "This is not a table but a binary file",
                   "nl": "Dit is geen tabel maar een binair bestand"},
    "bom_binary_hint": {"en": "Choose a .csv, .tsv, .txt or .xlsx file",
                        "nl": "Kies een .csv-, .tsv-, .txt- of .xlsx-bestand"},
    "bom_is_project": {"en": "This is a Cirkelwijzer project, not a bill of materials",
                       "nl": "Dit is een Cirkelwijzer-project, geen stuklijst"},
    "bom_is_project_hint": {"en": "Open the project instead of importing it",
                            "nl": "Open het project in plaats van het te importeren"},
    "xls_unsupported": {"en": "Old Excel files (.xls) are not supported",
                        "nl": "Oude Excel-bestanden (.xls) worden niet ondersteund"},
    "xls_unsupported_hint": {"en": "Save the workbook as .xlsx in Excel",
                             "nl": "Sla de werkmap in Excel op als .xlsx"},
    "xlsx_unreadable": {"en": "The workbook is damaged or not an Excel file ({reason})",
                        "nl": "De werkmap is beschadigd of geen Excel-bestand ({reason})"},
    "xlsx_unreadable_hint": {"en": "Open it in Excel and save it again as .xlsx",
                             "nl": "Open het in Excel en sla het opnieuw op als .xlsx"},
    "xlsx_too_large": {"en": "The workbook unpacks to too much data (over {limit_mb} MB)",
                       "nl": "De werkmap pakt uit tot te veel gegevens (meer dan {limit_mb} MB)"},
    "xlsx_too_large_hint": {"en": "Copy the bill of materials into a new workbook",
                            "nl": "Kopieer de stuklijst naar een nieuwe werkmap"},
    "xlsx_encrypted": {"en": "The workbook is protected with a password and cannot be read",
                       "nl": "De werkmap is met een wachtwoord beveiligd en kan niet worden "
                             "gelezen"},
    "xlsx_encrypted_hint": {"en": "Open it in Excel, remove the password (File > Info > "
                                  "Protect Workbook) and save a copy as .xlsx",
                            "nl": "Open het in Excel, verwijder het wachtwoord (Bestand > "
                                  "Info > Werkmap beveiligen) en sla een kopie op als .xlsx"},
    "sheet_too_many_cells": {"en": "The worksheet holds too many cells (over {limit} in one "
                                   "row or {total_limit} in all)",
                             "nl": "Het werkblad bevat te veel cellen (meer dan {limit} in één "
                                   "rij of {total_limit} in totaal)"},
    "sheet_too_many_cells_hint": {"en": "Copy only the bill of materials into a new workbook",
                                  "nl": "Kopieer alleen de stuklijst naar een nieuwe werkmap"},
    "too_many_rows": {"en": "Too many rows (at most {limit})",
                      "nl": "Te veel rijen (hoogstens {limit})"},
    "too_many_rows_hint": {"en": "Import one product at a time",
                           "nl": "Importeer één product tegelijk"},
    "too_many_columns": {"en": "Too many columns (at most {limit})",
                         "nl": "Te veel kolommen (hoogstens {limit})"},
    "too_many_columns_hint": {"en": "Remove columns that are not needed",
                              "nl": "Verwijder kolommen die niet nodig zijn"},
    "sheet_unknown": {"en": "The workbook has no sheet \"{sheet}\"",
                      "nl": "De werkmap heeft geen blad \"{sheet}\""},
    "sheet_unknown_hint": {"en": "Choose one of: {sheets}", "nl": "Kies een van: {sheets}"},
    "extension_mismatch": {
        "en": "The file is named {extension} but holds {kind}; read as {kind}",
        "nl": "Het bestand heet {extension} maar bevat {kind}; gelezen als {kind}"},
    "extension_mismatch_hint": {"en": "Rename the file so its extension fits its content",
                                "nl": "Geef het bestand een extensie die bij de inhoud past"},
    # Columns
    "mass_column_missing": {"en": "No mass column found", "nl": "Geen massakolom gevonden"},
    "mass_column_missing_hint": {
        "en": "Name a column Mass, Weight, Massa or Gewicht, or map one with --map "
              "mass=COLUMN (columns found: {headers})",
        "nl": "Noem een kolom Massa, Gewicht, Mass of Weight, of wijs er een toe met --map "
              "mass=KOLOM (gevonden kolommen: {headers})"},
    "map_field_unknown": {"en": "Unknown field \"{field}\" in the column mapping",
                          "nl": "Onbekend veld \"{field}\" in de kolomtoewijzing"},
    "map_field_unknown_hint": {"en": "Use one of: {fields}", "nl": "Gebruik een van: {fields}"},
    "map_header_unknown": {"en": "The file has no column \"{header}\"",
                           "nl": "Het bestand heeft geen kolom \"{header}\""},
    "map_header_unknown_hint": {"en": "Columns in the file: {headers}",
                                "nl": "Kolommen in het bestand: {headers}"},
    "map_syntax": {"en": "A column mapping must look like FIELD=COLUMN",
                   "nl": "Een kolomtoewijzing heeft de vorm VELD=KOLOM"},
    "map_syntax_hint": {"en": "For example --map mass=Gewicht; fields: {fields}",
                        "nl": "Bijvoorbeeld --map mass=Gewicht; velden: {fields}"},
    "id_column_found": {
        "en": "Row identifiers are read from column \"{column}\": the references in "
              "\"{parent}\" point to its values",
        "nl": "De rijnummers komen uit kolom \"{column}\": de verwijzingen in \"{parent}\" "
              "wijzen naar die waarden"},
    "id_column_found_hint": {
        "en": "If that is wrong, name the identifier column with --map id=COLUMN",
        "nl": "Klopt dat niet, wijs dan de nummerkolom aan met --map id=KOLOM"},
    "parent_references_other_column": {
        "en": "The parent references in \"{parent}\" do not match the identifier column "
              "\"{id_column}\" but column \"{match}\"",
        "nl": "De verwijzingen in \"{parent}\" komen niet overeen met de nummerkolom "
              "\"{id_column}\" maar met kolom \"{match}\""},
    "parent_references_other_column_hint": {
        "en": "Make \"{match}\" the identifier column with {map}",
        "nl": "Maak \"{match}\" de nummerkolom met {map}"},
    "parent_references_unmatched": {
        "en": "None of the parent references in \"{parent}\" matches a row: they are not in "
              "the identifier column \"{id_column}\" nor in any other column",
        "nl": "Geen van de verwijzingen in \"{parent}\" komt overeen met een rij: ze staan "
              "niet in de nummerkolom \"{id_column}\" en ook niet in een andere kolom"},
    "parent_references_unmatched_hint": {
        "en": "Name the identifier column with --map id=COLUMN, or fill \"{parent}\" with "
              "the identifiers of the parent rows",
        "nl": "Wijs de nummerkolom aan met --map id=KOLOM, of vul \"{parent}\" met de "
              "nummers van de bovenliggende rijen"},
    "assembly_surplus_no_material": {
        "en": "The assembly weighs {surplus:.4g} kg more than its parts but names no "
              "material: that mass is not counted",
        "nl": "De samenstelling weegt {surplus:.4g} kg meer dan haar onderdelen maar noemt "
              "geen materiaal: die massa telt niet mee"},
    "assembly_surplus_no_material_hint": {
        "en": "Name the material of its own body (a frame, a housing), or correct the mass "
              "(the parts add up to {children:.4g} kg)",
        "nl": "Noem het materiaal van het eigen deel (een frame, een behuizing), of verbeter "
              "de massa (de onderdelen tellen op tot {children:.4g} kg)"},
    "assembly_material_no_body": {
        "en": "The assembly names a material but weighs no more than its parts: the "
              "material is not counted",
        "nl": "De samenstelling noemt een materiaal maar weegt niet meer dan haar "
              "onderdelen: het materiaal telt niet mee"},
    "assembly_material_no_body_hint": {
        "en": "To count a body of its own, give the assembly's mass with it included (its "
              "parts add up to {children:.4g} kg); else leave the material empty",
        "nl": "Geef, om een eigen deel mee te tellen, de massa van de samenstelling inclusief "
              "dat deel (de onderdelen tellen op tot {children:.4g} kg); laat anders het "
              "materiaal leeg"},
    "mass_second_column": {
        "en": "Two mass columns: \"{first}\" is used, \"{second}\" fills its empty cells and "
              "is compared with it on every row",
        "nl": "Twee massakolommen: \"{first}\" wordt gebruikt, \"{second}\" vult de lege "
              "cellen aan en wordt op elke rij ermee vergeleken"},
    "mass_second_column_hint": {
        "en": "To read the other one, map it with --map mass=\"{second}\"",
        "nl": "Wijs de andere toe met --map mass=\"{second}\" om die te lezen"},
    "mass_columns_disagree": {
        "en": "The two mass columns disagree: \"{first}\" gives {first_kg:.4g} kg, "
              "\"{second}\" {second_kg:.4g} kg; \"{first}\" is used",
        "nl": "De twee massakolommen verschillen: \"{first}\" geeft {first_kg:.4g} kg, "
              "\"{second}\" {second_kg:.4g} kg; \"{first}\" wordt gebruikt"},
    "mass_columns_disagree_hint": {"en": "Correct one of the two cells",
                                   "nl": "Verbeter een van beide cellen"},
    "unit_conflict": {
        "en": "The unit \"{row_unit}\" differs from the unit of the header \"{header}\" "
              "({header_unit}); \"{row_unit}\" is used for this row",
        "nl": "De eenheid \"{row_unit}\" verschilt van die van de kop \"{header}\" "
              "({header_unit}); voor deze rij wordt \"{row_unit}\" gebruikt"},
    "unit_conflict_hint": {"en": "Check the mass and the unit of this row",
                           "nl": "Controleer de massa en de eenheid van deze rij"},
    # Cells
    "mass_not_a_number": {"en": "Mass is not a number", "nl": "Massa is geen getal"},
    "mass_not_a_number_hint": {"en": "Enter a number with an optional unit, e.g. 0.25 kg or 250 g",
                               "nl": "Vul een getal in, eventueel met eenheid, bijv. 0,25 kg of "
                                     "250 g"},
    "quantity_not_a_number": {"en": "Quantity is not a number", "nl": "Aantal is geen getal"},
    "quantity_not_a_number_hint": {"en": "Enter a count such as 1 or 4",
                                   "nl": "Vul een aantal in, zoals 1 of 4"},
    "share_not_a_number": {"en": "Share is not a number", "nl": "Aandeel is geen getal"},
    "share_not_a_number_hint": {"en": "Enter e.g. 30% or 0.3", "nl": "Vul bijv. 30% of 0,3 in"},
    "unit_unknown": {"en": "Unknown unit", "nl": "Onbekende eenheid"},
    "unit_unknown_hint": {"en": "Use one of: {units}", "nl": "Gebruik een van: {units}"},
    "level_invalid": {"en": "Level is not a whole number", "nl": "Niveau is geen geheel getal"},
    "level_invalid_hint": {"en": "Enter the depth: 0 or 1 for the product, 1 or 2 for its parts",
                           "nl": "Vul de diepte in: 0 of 1 voor het product, 1 of 2 voor de "
                                 "onderdelen"},
    "level_jump": {"en": "Level jumps by more than one step",
                   "nl": "Niveau springt meer dan één stap"},
    "level_jump_hint": {"en": "Expected level {expected} at most here",
                        "nl": "Hier is hoogstens niveau {expected} mogelijk"},
    "field_truncated": {"en": "Text is too long ({length} characters) and was shortened",
                        "nl": "Tekst is te lang ({length} tekens) en is ingekort"},
    "field_truncated_hint": {"en": "Keep it under {limit} characters",
                             "nl": "Houd het onder {limit} tekens"},
    # Model problems without a Dutch hint elsewhere
    "mass_not_finite_hint": {"en": "Enter a number such as 0.25", "nl": "Vul een getal in, "
                                                                        "zoals 0,25"},
    "share_out_of_range_hint": {"en": "Enter e.g. 30% or 0.3", "nl": "Vul bijv. 30% of 0,3 in"},
    "shares_exceed_one_hint": {"en": "Lower one of the two shares",
                               "nl": "Verlaag een van beide aandelen"},
    "id_missing_hint": {"en": "Give every row a unique id", "nl": "Geef elke rij een uniek nummer"},
    # Resolution
    "material_unresolved": {"en": "Material \"{text}\" of \"{name}\" is not recognised",
                            "nl": "Materiaal \"{text}\" van \"{name}\" wordt niet herkend"},
    "material_unresolved_hint": {
        "en": "Use a common name or code (e.g. PP, steel, PA6-GF30), or pick it by hand",
        "nl": "Gebruik een gangbare naam of code (bijv. PP, staal, PA6-GF30), of kies het "
              "met de hand"},
    "material_low_confidence": {
        "en": "Material \"{text}\" of \"{name}\" is only a guess ({confidence:.0%} sure): did "
              "you mean {suggestions_en}?",
        "nl": "Materiaal \"{text}\" van \"{name}\" is een gok ({confidence:.0%} zeker): bedoelt "
              "u {suggestions_nl}?"},
    "material_low_confidence_hint": {"en": "Confirm one of these, or pick the material by hand",
                                     "nl": "Bevestig er een, of kies het materiaal met de hand"},
    "material_unresolved_suggest": {
        "en": "Material \"{text}\" of \"{name}\" is not recognised: did you mean "
              "{suggestions_en}?",
        "nl": "Materiaal \"{text}\" van \"{name}\" wordt niet herkend: bedoelt u "
              "{suggestions_nl}?"},
    "material_unresolved_suggest_hint": {
        "en": "Pick one of these, or write a common name or code (e.g. PP, steel, PA6-GF30)",
        "nl": "Kies er een, of schrijf een gangbare naam of code (bijv. PP, staal, PA6-GF30)"},
    "material_generic": {
        "en": "Material \"{text}\" of \"{name}\" names a class, not a material: read as "
              "\"{guess_en}\" (data to complete)",
        "nl": "Materiaal \"{text}\" van \"{name}\" noemt een soort, geen materiaal: gelezen "
              "als \"{guess_nl}\" (gegevens aan te vullen)"},
    "material_generic_hint": {
        "en": "Name the material for a real assessment, e.g. {suggestions_en}",
        "nl": "Noem het materiaal voor een echte beoordeling, bijv. {suggestions_nl}"},
    "material_split_estimated": {
        "en": "The mass split of \"{text}\" ({constituents_en}) is an estimate: no split is "
              "stated or known for these materials",
        "nl": "De massaverdeling van \"{text}\" ({constituents_nl}) is een schatting: er is geen "
              "verdeling opgegeven of bekend voor deze materialen"},
    "material_split_estimated_hint": {
        "en": "Write the shares in the cell (e.g. \"80% PA6, 20% brass\") or split the row "
              "into one row per material",
        "nl": "Schrijf de aandelen in de cel (bijv. \"80% PA6, 20% messing\") of splits de "
              "rij in één rij per materiaal"},
    "joint_unresolved": {"en": "Joint \"{text}\" of \"{name}\" is not recognised",
                         "nl": "Verbinding \"{text}\" van \"{name}\" wordt niet herkend"},
    "joint_unresolved_hint": {"en": "Use e.g. screw, snap fit, glued, welded",
                              "nl": "Gebruik bijv. geschroefd, klik, gelijmd, gelast"},
    "joint_low_confidence": {
        "en": "Joint \"{text}\" of \"{name}\" is only a guess ({confidence:.0%} sure): did you "
              "mean {suggestions_en}?",
        "nl": "Verbinding \"{text}\" van \"{name}\" is een gok ({confidence:.0%} zeker): "
              "bedoelt u {suggestions_nl}?"},
    "joint_low_confidence_hint": {"en": "Confirm one of these, or pick the joint by hand",
                                  "nl": "Bevestig er een, of kies de verbinding met de hand"},
    "joint_unresolved_suggest": {
        "en": "Joint \"{text}\" of \"{name}\" is not recognised: did you mean "
              "{suggestions_en}?",
        "nl": "Verbinding \"{text}\" van \"{name}\" wordt niet herkend: bedoelt u "
              "{suggestions_nl}?"},
    "joint_unresolved_suggest_hint": {"en": "Pick one of these, or use e.g. screw, snap fit, "
                                            "glued, welded",
                                      "nl": "Kies er een, of gebruik bijv. geschroefd, klik, "
                                            "gelijmd, gelast"},
    "finish_unresolved": {"en": "Finish \"{text}\" of \"{name}\" is not recognised",
                          "nl": "Afwerking \"{text}\" van \"{name}\" wordt niet herkend"},
    "finish_unresolved_hint": {"en": "Use e.g. painted, powder coated, anodised, chrome "
                                     "plated; its effect on recycling is not assessed until "
                                     "then",
                               "nl": "Gebruik bijv. gelakt, gepoedercoat, geanodiseerd, "
                                     "verchroomd; tot dan wordt het effect op recycling niet "
                                     "beoordeeld"},
    "finish_unresolved_suggest": {
        "en": "Finish \"{text}\" of \"{name}\" is not recognised: did you mean "
              "{suggestions}?",
        "nl": "Afwerking \"{text}\" van \"{name}\" wordt niet herkend: bedoelt u "
              "{suggestions}?"},
    "finish_unresolved_suggest_hint": {"en": "Pick one of these, or describe the finish",
                                       "nl": "Kies er een, of beschrijf de afwerking"},
    "finish_low_confidence": {
        "en": "Finish \"{text}\" of \"{name}\" is only a guess ({confidence:.0%} sure): did "
              "you mean {suggestions}?",
        "nl": "Afwerking \"{text}\" van \"{name}\" is een gok ({confidence:.0%} zeker): "
              "bedoelt u {suggestions}?"},
    "finish_low_confidence_hint": {"en": "Confirm one of these, or describe the finish",
                                   "nl": "Bevestig er een, of beschrijf de afwerking"},
    # Projects and export
    "variant_exists": {"en": "Product \"{product}\" already has a variant \"{variant}\"",
                       "nl": "Product \"{product}\" heeft al een variant \"{variant}\""},
    "variant_exists_hint": {"en": "Choose another name with --variant",
                            "nl": "Kies een andere naam met --variant"},
    "export_format_unknown": {"en": "Cannot export to \"{suffix}\"",
                              "nl": "Kan niet exporteren naar \"{suffix}\""},
    "export_format_unknown_hint": {"en": "Use a file name ending in .xlsx, .csv or .json",
                                   "nl": "Gebruik een bestandsnaam die eindigt op .xlsx, .csv "
                                         "of .json"},
    "export_unwritable": {"en": "Cannot write the file ({reason})",
                          "nl": "Kan het bestand niet schrijven (systeemmelding: {reason})"},
    "export_unwritable_hint": {"en": "Choose another folder, or close the file in Excel",
                               "nl": "Kies een andere map, of sluit het bestand in Excel"},
    "import_done": {"en": "Imported {rows} rows into product \"{product}\", variant "
                          "\"{variant}\": {path}",
                    "nl": "{rows} rijen geïmporteerd in product \"{product}\", variant "
                          "\"{variant}\": {path}"},
    "export_done": {"en": "Exported {rows} rows to {path}",
                    "nl": "{rows} rijen geëxporteerd naar {path}"},
    # Export: column headers (re-importable: they match the import synonyms) and metrics
    "export_col_row": {"en": "Row", "nl": "Rij"},
    "export_col_id": {"en": "ID", "nl": "Nr"},
    "export_col_parent": {"en": "Parent", "nl": "Ouder"},
    "export_col_attached_to": {"en": "Attached to", "nl": "Bevestigd aan"},
    "export_col_name": {"en": "Name", "nl": "Naam"},
    "export_col_material": {"en": "Material", "nl": "Materiaal"},
    "export_col_material_id": {"en": "Resolved material id", "nl": "Herkend materiaal-id"},
    "export_col_material_name": {"en": "Resolved material", "nl": "Herkend materiaal"},
    "export_col_confidence": {"en": "Confidence", "nl": "Zekerheid"},
    "export_col_mass": {"en": "Mass per unit (kg)", "nl": "Massa per stuk (kg)"},
    "export_col_quantity": {"en": "Quantity", "nl": "Aantal"},
    "export_col_total_mass": {"en": "Total mass (kg)", "nl": "Totale massa (kg)"},
    "export_col_joint": {"en": "Joint", "nl": "Verbinding"},
    "export_col_finish": {"en": "Finish", "nl": "Afwerking"},
    "export_col_recycled": {"en": "Recycled content", "nl": "Gerecycled aandeel"},
    "export_col_reused": {"en": "Reused content", "nl": "Hergebruikt aandeel"},
    "export_col_route": {"en": "Route", "nl": "Route"},
    "export_col_route_name": {"en": "Route name", "nl": "Routenaam"},
    "export_col_quality": {"en": "Quality", "nl": "Kwaliteit"},
    "export_col_yield": {"en": "Recycling yield", "nl": "Recyclingopbrengst"},
    "export_col_energy": {"en": "Energy recovery share", "nl": "Aandeel energieterugwinning"},
    "export_col_issues": {"en": "Issues", "nl": "Knelpunten"},
    "export_col_notes": {"en": "Notes", "nl": "Opmerkingen"},
    "export_metric": {"en": "Metric", "nl": "Indicator"},
    "export_value": {"en": "Value", "nl": "Waarde"},
    "export_key": {"en": "Key", "nl": "Sleutel"},
    "export_product": {"en": "Product", "nl": "Product"},
    "export_variant": {"en": "Variant", "nl": "Variant"},
    "export_kb_version": {"en": "Knowledge base version", "nl": "Versie kennisbank"},
    "export_region": {"en": "Region", "nl": "Regio"},
    "export_metric_total_mass_kg": {"en": "Total mass (kg)", "nl": "Totale massa (kg)"},
    "export_metric_recyclability_rate": {"en": "Recyclability rate", "nl": "Recyclebaarheid"},
    "export_metric_recoverability_rate": {"en": "Recoverability rate",
                                          "nl": "Terugwinbaarheid (incl. energie)"},
    "export_metric_reuse_rate": {"en": "Reuse rate", "nl": "Hergebruikpotentieel"},
    "export_metric_mci": {"en": "Material Circularity Indicator (MCI)",
                          "nl": "Materiaalcirculariteitsindicator (MCI)"},
    "export_metric_lfi": {"en": "Linear Flow Index (LFI)", "nl": "Lineaire-stroomindex (LFI)"},
    "export_metric_utility_x": {"en": "Utility factor X", "nl": "Nutsfactor X"},
    "export_metric_circular_inflow": {"en": "Circular inflow", "nl": "Circulaire instroom"},
    "export_metric_circular_outflow": {"en": "Circular outflow", "nl": "Circulaire uitstroom"},
    "export_metric_crm_mass_kg": {"en": "Critical raw materials (kg)",
                                  "nl": "Kritieke grondstoffen (kg)"},
    "export_metric_crm_recovered_kg": {"en": "Critical raw materials recovered (kg)",
                                       "nl": "Teruggewonnen kritieke grondstoffen (kg)"},
    "export_metric_crm_materials": {"en": "Critical raw materials",
                                    "nl": "Kritieke grondstoffen"},
    "export_metric_disassembly_time_s": {"en": "Disassembly time (s)",
                                         "nl": "Demontagetijd (s)"},
    "export_metric_disassembly_tools": {"en": "Disassembly tools", "nl": "Demontagegereedschap"},
    "export_metric_embodied_carbon_kg": {"en": "Embodied carbon (kg CO2e)",
                                         "nl": "Belichaamde CO2 (kg CO2e)"},
    "export_metric_carbon_saved_kg": {"en": "Carbon saved by recycling (kg CO2e)",
                                      "nl": "CO2 bespaard door recycling (kg CO2e)"},
    "export_metric_unresolved_mass_kg": {"en": "Mass with unrecognised material (kg)",
                                         "nl": "Massa met onbekend materiaal (kg)"},
}
