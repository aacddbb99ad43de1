"""Sentences about files from others and files we write: output paths, project files that
are refused, hostile text files, bounded numbers."""

MESSAGES = {
    # Output paths (every command that writes)
    "output_dir_missing": {"en": "The folder {folder} does not exist",
                           "nl": "De map {folder} bestaat niet"},
    "output_dir_missing_hint": {"en": "Create the folder first or choose another",
                                "nl": "Maak de map eerst aan of kies een andere"},
    "output_parent_not_dir": {"en": "{folder} is a file, not a folder",
                              "nl": "{folder} is een bestand, geen map"},
    "output_parent_not_dir_hint": {"en": "Choose a file name in an existing folder",
                                   "nl": "Kies een bestandsnaam in een bestaande map"},
    "output_unwritable": {"en": "No permission to write in {folder}",
                          "nl": "Geen toestemming om in {folder} te schrijven"},
    "output_unwritable_hint": {"en": "Choose a folder you can write to",
                               "nl": "Kies een map waarin u mag schrijven"},
    "output_read_only": {"en": "The file exists and is read-only; it was left as it is",
                         "nl": "Het bestand bestaat en is alleen-lezen; het is ongewijzigd "
                               "gelaten"},
    "output_read_only_hint": {"en": "Choose another name, or make the file writable",
                              "nl": "Kies een andere naam, of maak het bestand schrijfbaar"},
    "output_is_dir": {"en": "A folder of this name is in the way",
                      "nl": "Er staat een map met deze naam in de weg"},
    "output_is_dir_hint": {"en": "Give the name of a file inside that folder",
                           "nl": "Geef de naam van een bestand in die map"},
    "output_not_regular": {"en": "This is not an ordinary file (a device or a pipe)",
                           "nl": "Dit is geen gewoon bestand (een apparaat of een pijp)"},
    "output_not_regular_hint": {"en": "Choose a file name in a folder",
                                "nl": "Kies een bestandsnaam in een map"},
    "output_not_folder": {"en": "This is a file, not a folder",
                          "nl": "Dit is een bestand, geen map"},
    "output_not_folder_hint": {"en": "Give a folder or a name ending in .zip",
                               "nl": "Geef een map of een naam die op .zip eindigt"},
    "output_disk_full": {"en": "The disk is full: nothing was written, an earlier file of "
                               "this name is unchanged",
                         "nl": "De schijf is vol: er is niets geschreven, een eerder bestand "
                               "met deze naam is ongewijzigd"},
    "output_disk_full_hint": {"en": "Free some space or write to another disk",
                              "nl": "Maak ruimte vrij of schrijf naar een andere schijf"},
    "output_name_invalid": {"en": "This file name cannot be used here ({reason})",
                            "nl": "Deze bestandsnaam kan hier niet worden gebruikt "
                                  "(systeemmelding: {reason})"},
    "output_name_invalid_hint": {"en": "Choose a shorter name without special characters",
                                 "nl": "Kies een kortere naam zonder bijzondere tekens"},
    "output_write_failed": {"en": "The file could not be written ({reason})",
                            "nl": "Het bestand kon niet worden geschreven "
                                  "(systeemmelding: {reason})"},
    "output_write_failed_hint": {"en": "Check the disk and try again",
                                 "nl": "Controleer de schijf en probeer het opnieuw"},
    "output_suffix": {"en": "This kind of file cannot be written here (use {suffixes})",
                      "nl": "Dit soort bestand kan hier niet worden geschreven (gebruik "
                            "{suffixes})"},
    # Inputs that are no ordinary file
    "input_not_regular": {"en": "This is not an ordinary file (a device, a pipe or a socket)",
                          "nl": "Dit is geen gewoon bestand (een apparaat, een pijp of een "
                                "socket)"},
    "input_not_regular_hint": {"en": "Save the data as a file and open that",
                               "nl": "Sla de gegevens op als bestand en open dat"},
    "text_nul": {"en": "The text holds a NUL byte: this is a binary file or a damaged one",
                 "nl": "De tekst bevat een NUL-byte: dit is een binair of beschadigd bestand"},
    "text_nul_hint": {"en": "Save the table again as .csv or .xlsx",
                      "nl": "Sla de tabel opnieuw op als .csv of .xlsx"},
    "utf16_odd_length": {"en": "The file is UTF-16 text with an odd number of bytes: it was "
                               "cut off or damaged",
                         "nl": "Het bestand is UTF-16-tekst met een oneven aantal bytes: het "
                               "is afgebroken of beschadigd"},
    "utf16_odd_length_hint": {"en": "Save it again from the program that made it",
                              "nl": "Sla het opnieuw op vanuit het programma dat het maakte"},
    "utf16_invalid": {"en": "The file says it is UTF-16 text but holds invalid characters",
                      "nl": "Het bestand zegt UTF-16-tekst te zijn maar bevat ongeldige tekens"},
    "utf16_invalid_hint": {"en": "Save it again as UTF-8 text or as .xlsx",
                           "nl": "Sla het opnieuw op als UTF-8-tekst of als .xlsx"},
    "xlsx_part_too_large": {"en": "A part of the workbook ({part}) is too large "
                                  "(over {limit_mb} MB)",
                            "nl": "Een deel van de werkmap ({part}) is te groot "
                                  "(meer dan {limit_mb} MB)"},
    "xlsx_part_too_large_hint": {"en": "Copy only the bill of materials into a new workbook",
                                 "nl": "Kopieer alleen de stuklijst naar een nieuwe werkmap"},
    "xlsx_too_many_items": {"en": "A part of the workbook ({part}) holds too many entries "
                                  "(over {limit:,})",
                            "nl": "Een deel van de werkmap ({part}) bevat te veel items "
                                  "(meer dan {limit_nl})"},
    "xlsx_too_many_items_hint": {"en": "Copy only the bill of materials into a new workbook",
                                 "nl": "Kopieer alleen de stuklijst naar een nieuwe werkmap"},
    "xlsx_dtd": {"en": "A part of the workbook ({part}) declares a DTD, which workbooks "
                       "never do",
                 "nl": "Een deel van de werkmap ({part}) declareert een DTD, wat werkmappen "
                       "nooit doen"},
    "xlsx_dtd_hint": {"en": "Open it in Excel and save it again as .xlsx",
                      "nl": "Open het in Excel en sla het opnieuw op als .xlsx"},
    # Bounded numbers
    "quantity_too_large": {"en": "Quantity is larger than {limit:,.0f}",
                           "nl": "Aantal is groter dan {limit_nl}"},
    "quantity_too_large_hint": {"en": "Check the quantity (a count of units per assembly)",
                                "nl": "Controleer het aantal (stuks per samenstelling)"},
    "quantity_product_too_large": {
        "en": "This row's quantity times those of its assemblies exceeds {limit:,.0f} units "
              "per product",
        "nl": "Het aantal van deze rij maal dat van de samenstellingen erboven is meer dan "
              "{limit_nl} stuks per product"},
    "quantity_product_too_large_hint": {
        "en": "Check the quantities of the assemblies above this row",
        "nl": "Controleer de aantallen van de samenstellingen boven deze rij"},
    "total_mass_too_large": {"en": "The product's mass exceeds {limit:,.0f} kg from this row on",
                             "nl": "De massa van het product is vanaf deze rij meer dan "
                                   "{limit_nl} kg"},
    "total_mass_too_large_hint": {"en": "Check the units (g or kg) and the quantities",
                                  "nl": "Controleer de eenheden (g of kg) en de aantallen"},
    "setting_out_of_range": {"en": "The setting {setting} must lie between {low:g} and {high:g}",
                             "nl": "De instelling {setting} moet tussen {low:g} en {high:g} "
                                   "liggen"},
    "setting_invalid": {"en": "The setting {setting} has an unknown value",
                        "nl": "De instelling {setting} heeft een onbekende waarde"},
    "setting_invalid_hint": {"en": "Use one of: {choices}", "nl": "Gebruik een van: {choices}"},
    # Project files from others
    "project_extras_ignored": {
        "en": "The file holds {count} object(s) outside the project format ({names}); they "
              "were not run and are dropped when the project is saved",
        "nl": "Het bestand bevat {count} object(en) buiten het projectformaat ({names}); die "
              "zijn niet uitgevoerd en vervallen bij het opslaan"},
    "project_too_large": {"en": "The project file is too large ({size_mb} MB; at most "
                                "{limit_mb} MB)",
                          "nl": "Het projectbestand is te groot ({size_mb} MB; hoogstens "
                                "{limit_mb} MB)"},
    "project_too_many_parts": {"en": "The project holds too many parts ({count:,}; at most "
                                     "{limit:,})",
                               "nl": "Het project bevat te veel onderdelen ({count_nl}; "
                                     "hoogstens {limit_nl})"},
    "value_not_text": {"en": "Not a text (the file holds binary data here)",
                       "nl": "Geen tekst (het bestand bevat hier binaire gegevens)"},
    "value_not_a_number": {"en": "Not a number", "nl": "Geen getal"},
    "constituents_invalid": {"en": "The stored composition of this part is damaged",
                             "nl": "De opgeslagen samenstelling van dit onderdeel is "
                                   "beschadigd"},
    "constituents_invalid_hint": {"en": "Restore a backup copy (.bak) or import the bill of "
                                        "materials again",
                                  "nl": "Zet een reservekopie (.bak) terug of importeer de "
                                        "stuklijst opnieuw"},
}
