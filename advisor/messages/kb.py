"""Sentences about the knowledge base: its tables, the user's layer and data packs."""

MESSAGES = {
    # One table's rows
    "kb_empty": {"en": "The table file is empty", "nl": "Het tabelbestand is leeg"},
    "kb_columns": {"en": "Required columns are missing", "nl": "Verplichte kolommen ontbreken"},
    "kb_columns_hint": {"en": "Expected columns: {columns}", "nl": "Verwachte kolommen: {columns}"},
    "kb_required": {"en": "A required value is empty", "nl": "Een verplichte waarde is leeg"},
    "kb_number": {"en": "Not a number", "nl": "Geen getal"},
    "kb_number_hint": {"en": "Use a point as decimal separator, e.g. 0.25",
                       "nl": "Gebruik een punt als decimaalteken, bijv. 0.25"},
    "kb_unsourced": {"en": "A number without a source", "nl": "Een getal zonder bron"},
    "kb_unsourced_hint": {"en": "Every value in '{number_column}' needs its source in this "
                                "column",
                          "nl": "Elke waarde in '{number_column}' heeft zijn bron in deze "
                                "kolom nodig"},
    "kb_flag": {"en": "Not a yes/no value", "nl": "Geen ja/nee-waarde"},
    "kb_flag_hint": {"en": "Use 1 or 0", "nl": "Gebruik 1 of 0"},
    "kb_range": {"en": "The number lies outside {low:g} to {high:g}",
                 "nl": "Het getal ligt buiten {low:g} tot {high:g}"},
    "kb_integer": {"en": "Not a whole number from {low} to {high}",
                   "nl": "Geen geheel getal van {low} tot {high}"},
    "kb_enum": {"en": "Unknown value", "nl": "Onbekende waarde"},
    "kb_enum_hint": {"en": "Use one of: {choices}", "nl": "Gebruik een van: {choices}"},
    "kb_duplicate": {"en": "This key is used twice in the table",
                     "nl": "Deze sleutel komt twee keer voor in de tabel"},
    "kb_duplicate_hint": {"en": "Also on row {other_row}; keep one of the two",
                          "nl": "Ook op rij {other_row}; houd er een van de twee"},
    "kb_field_too_long": {"en": "The value is too long (over {limit:,} characters)",
                          "nl": "De waarde is te lang (meer dan {limit_nl} tekens)"},
    "kb_too_many_rows": {"en": "The table has too many rows (over {limit:,})",
                         "nl": "De tabel heeft te veel rijen (meer dan {limit_nl})"},
    "kb_too_large": {"en": "The table file is too large (over {limit_mb} MB)",
                     "nl": "Het tabelbestand is te groot (meer dan {limit_mb} MB)"},
    "kb_csv": {"en": "Not a readable CSV table ({reason})",
               "nl": "Geen leesbare CSV-tabel ({reason})"},
    "kb_csv_hint": {"en": "Save the table again as CSV (UTF-8, comma-separated)",
                    "nl": "Sla de tabel opnieuw op als CSV (UTF-8, kommagescheiden)"},
    "kb_binary": {"en": "The table holds NUL bytes: it is no text",
                  "nl": "De tabel bevat NUL-bytes: het is geen tekst"},
    "kb_encoding": {"en": "The file is not UTF-8 text", "nl": "Het bestand is geen UTF-8-tekst"},
    "kb_encoding_hint": {"en": "Save it as CSV UTF-8", "nl": "Sla het op als CSV UTF-8"},
    "kb_not_regular": {"en": "This is not an ordinary file", "nl": "Dit is geen gewoon bestand"},
    "kb_unreadable": {"en": "The file cannot be read ({reason})",
                      "nl": "Het bestand kan niet worden gelezen (systeemmelding: {reason})"},
    "kb_table": {"en": "Unknown knowledge-base table", "nl": "Onbekende kennisbanktabel"},
    # Across tables
    "kb_reference": {"en": "Refers to something that is not in the {table} table",
                     "nl": "Verwijst naar iets dat niet in de tabel {table} staat"},
    "kb_reference_hint": {"en": "Add that row too, or correct the name",
                          "nl": "Voeg die rij ook toe, of verbeter de naam"},
    "kb_cycle": {"en": "The compositions form a loop", "nl": "De samenstellingen vormen een lus"},
    "kb_cycle_hint": {"en": "An item cannot contain itself, directly or through others",
                      "nl": "Een item kan zichzelf niet bevatten, direct of via andere"},
    "kb_share_sum": {"en": "The mass shares of {item} add up to more than 1",
                     "nl": "De massa-aandelen van {item} tellen op tot meer dan 1"},
    # The user's layer
    "kb_layer_not_dir": {"en": "The user layer should be a folder",
                         "nl": "De gebruikerslaag hoort een map te zijn"},
    "kb_layer_damaged": {"en": "Your layer of the knowledge base is damaged",
                         "nl": "Uw laag van de kennisbank is beschadigd"},
    "kb_layer_damaged_hint": {"en": "Run 'cirkelwijzer kb repair' or 'cirkelwijzer kb reset' "
                                    "first",
                              "nl": "Voer eerst 'cirkelwijzer kb repair' of 'cirkelwijzer kb "
                                    "reset' uit"},
    "kb_layer_unusable": {"en": "Your layer of the knowledge base cannot be used ({reason})",
                          "nl": "Uw laag van de kennisbank kan niet worden gebruikt "
                                "({reason})"},
    "kb_layer_ignored": {
        "en": "Warning: your own layer of the knowledge base ({folder}) is damaged and is not "
              "used; Cirkelwijzer works with the shipped knowledge base. {count} problem(s), "
              "the first: {first}. Run 'cirkelwijzer kb repair' to keep the sound rows, or "
              "'cirkelwijzer kb reset' to set the layer aside; a backup copy is kept either "
              "way.",
        "nl": "Waarschuwing: uw eigen laag van de kennisbank ({folder}) is beschadigd en wordt "
              "niet gebruikt; Cirkelwijzer werkt met de meegeleverde kennisbank. {count} "
              "probleem/problemen, het eerste: {first}. Voer 'cirkelwijzer kb repair' uit om "
              "de goede rijen te houden, of 'cirkelwijzer kb reset' om de laag opzij te "
              "zetten; in beide gevallen blijft een reservekopie bewaard."},
    "kb_more_problems": {"en": "… and {count} more", "nl": "… en nog {count}"},
    "kb_layer_state_broken": {"en": "damaged, not used: {count} problem(s)",
                              "nl": "beschadigd, niet gebruikt: {count} probleem/problemen"},
    "kb_layer_state_rows": {"en": "{rows} rows", "nl": "{rows} rijen"},
    "kb_nothing_to_mend": {"en": "There is no user layer: nothing to do",
                           "nl": "Er is geen gebruikerslaag: niets te doen"},
    "kb_mended": {"en": "User layer mended: {kept} rows kept, {dropped} problem(s) set aside; "
                        "the old layer is kept in {backup}",
                  "nl": "Gebruikerslaag hersteld: {kept} rijen behouden, {dropped} "
                        "probleem/problemen opzij gezet; de oude laag staat in {backup}"},
    "kb_layer_reset": {"en": "User layer set aside in {backup}; the shipped knowledge base is "
                            "used",
                      "nl": "Gebruikerslaag opzij gezet in {backup}; de meegeleverde kennisbank "
                            "wordt gebruikt"},
    "kb_pack_written": {"en": "Data pack written: {path}", "nl": "Datapakket geschreven: {path}"},
    "kb_pack_change": {"en": "{table}: {added} added, {changed} changed",
                       "nl": "{table}: {added} toegevoegd, {changed} gewijzigd"},
    # Data packs
    "pack_missing": {"en": "File does not exist", "nl": "Bestand bestaat niet"},
    "pack_is_dir": {"en": "This is a folder, not a data pack",
                    "nl": "Dit is een map, geen datapakket"},
    "pack_table": {"en": "Unknown table name", "nl": "Onbekende tabelnaam"},
    "pack_table_hint": {"en": "Name the file after a table: {tables}",
                        "nl": "Noem het bestand naar een tabel: {tables}"},
    "pack_empty": {"en": "The data pack holds no knowledge-base tables",
                   "nl": "Het datapakket bevat geen kennisbanktabellen"},
    "pack_empty_hint": {"en": "A pack holds files named after tables: {tables}",
                        "nl": "Een pakket bevat bestanden met de naam van een tabel: {tables}"},
    "pack_bad": {"en": "Not a readable data pack ({reason})",
                 "nl": "Geen leesbaar datapakket ({reason})"},
    "pack_bad_hint": {"en": "Ask the sender to export the pack again",
                      "nl": "Vraag de afzender het pakket opnieuw te exporteren"},
    "pack_too_large": {"en": "The data pack, or a table in it, is too large",
                       "nl": "Het datapakket, of een tabel erin, is te groot"},
    "pack_folder": {"en": "The pack holds a folder with a table's name",
                    "nl": "Het pakket bevat een map met de naam van een tabel"},
    "pack_encrypted": {"en": "The data pack is protected with a password",
                       "nl": "Het datapakket is met een wachtwoord beveiligd"},
    "pack_encrypted_hint": {"en": "Ask for a pack without a password",
                            "nl": "Vraag om een pakket zonder wachtwoord"},
    "pack_duplicate": {"en": "The pack holds this table twice",
                       "nl": "Het pakket bevat deze tabel twee keer"},
    "pack_damaged": {"en": "A table in the data pack is damaged ({reason})",
                     "nl": "Een tabel in het datapakket is beschadigd ({reason})"},
    "pack_damaged_hint": {"en": "Ask the sender to export the pack again",
                          "nl": "Vraag de afzender het pakket opnieuw te exporteren"},
    "pack_too_new": {"en": "The data pack has a newer format ({format})",
                     "nl": "Het datapakket heeft een nieuwer formaat ({format})"},
    "pack_too_new_hint": {"en": "Update Cirkelwijzer to import it",
                          "nl": "Werk Cirkelwijzer bij om het te importeren"},
}
