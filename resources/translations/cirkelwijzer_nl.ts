<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
  <context>
    <name>Actions</name>
    <message>
      <source>&amp;New project</source>
      <translation>&amp;Nieuw project</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Openen…</translation>
    </message>
    <message>
      <source>&amp;Import bill of materials…</source>
      <translation>Stuklijst &amp;importeren…</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>Op&amp;slaan</translation>
    </message>
    <message>
      <source>Save &amp;as…</source>
      <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
      <source>Export &amp;PDF report…</source>
      <translation>&amp;PDF-rapport exporteren…</translation>
    </message>
    <message>
      <source>Export &amp;table (Excel/CSV)…</source>
      <translation>&amp;Tabel exporteren (Excel/CSV)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Afsluiten</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Knippen</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>K&amp;opiëren</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Plakken</translation>
    </message>
    <message>
      <source>Add &amp;row</source>
      <translation>&amp;Regel toevoegen</translation>
    </message>
    <message>
      <source>Add &amp;child row</source>
      <translation>&amp;Onderliggende regel toevoegen</translation>
    </message>
    <message>
      <source>&amp;Delete rows</source>
      <translation>Regels &amp;verwijderen</translation>
    </message>
    <message>
      <source>&amp;Indent</source>
      <translation>&amp;Inspringen</translation>
    </message>
    <message>
      <source>&amp;Outdent</source>
      <translation>&amp;Uitspringen</translation>
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation>Omh&amp;oog</translation>
    </message>
    <message>
      <source>Move do&amp;wn</source>
      <translation>Om&amp;laag</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>&amp;Zoeken…</translation>
    </message>
    <message>
      <source>New &amp;product</source>
      <translation>Nieuw &amp;product</translation>
    </message>
    <message>
      <source>&amp;Duplicate variant</source>
      <translation>Variant &amp;dupliceren</translation>
    </message>
    <message>
      <source>Re&amp;name…</source>
      <translation>&amp;Naam wijzigen…</translation>
    </message>
    <message>
      <source>Delete product or variant…</source>
      <translation>Product of variant verwijderen…</translation>
    </message>
    <message>
      <source>Apply chosen advice to a new &amp;variant</source>
      <translation>Gekozen advies toepassen in een nieuwe &amp;variant</translation>
    </message>
    <message>
      <source>Re-&amp;evaluate</source>
      <translation>Opnieuw &amp;beoordelen</translation>
    </message>
    <message>
      <source>&amp;About Cirkelwijzer</source>
      <translation>&amp;Over Cirkelwijzer</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>&amp;Recent geopend</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Bestand</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>Be&amp;werken</translation>
    </message>
    <message>
      <source>&amp;Project</source>
      <translation>&amp;Project</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>Beel&amp;d</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>Hoofdwerkbalk</translation>
    </message>
  </context>
  <context>
    <name>AdvicePanel</name>
    <message>
      <source>Apply chosen advice to a new variant</source>
      <translation>Gekozen advies toepassen in een nieuwe variant</translation>
    </message>
    <message>
      <source>Tick the advice you want to try, then apply it to a new variant.</source>
      <translation>Vink het advies aan dat u wilt proberen en pas het toe in een nieuwe variant.</translation>
    </message>
  </context>
  <context>
    <name>BomEditor</name>
    <message>
      <source>Filter by name or material…</source>
      <translation>Filteren op naam of materiaal…</translation>
    </message>
  </context>
  <context>
    <name>BomEdits</name>
    <message>
      <source>Warning: </source>
      <translation>Waarschuwing: </translation>
    </message>
    <message>
      <source>Add row</source>
      <translation>Regel toevoegen</translation>
    </message>
    <message>
      <source>Edit {column}</source>
      <translation>{column} wijzigen</translation>
    </message>
    <message>
      <source>New part</source>
      <translation>Nieuw onderdeel</translation>
    </message>
    <message>
      <source>Edit {n} rows</source>
      <translation>{n} regels wijzigen</translation>
    </message>
    <message>
      <source>Delete {n} rows</source>
      <translation>{n} regels verwijderen</translation>
    </message>
    <message>
      <source>Paste {n} rows</source>
      <translation>{n} regels plakken</translation>
    </message>
    <message>
      <source>Cannot read “{text}”: {error}</source>
      <translation>Kan “{text}” niet lezen: {error}</translation>
    </message>
  </context>
  <context>
    <name>BomModel</name>
    <message>
      <source>Component</source>
      <translation>Onderdeel</translation>
    </message>
    <message>
      <source>Assembly or part name</source>
      <translation>Naam van de samenstelling of het onderdeel</translation>
    </message>
    <message>
      <source>Material</source>
      <translation>Materiaal</translation>
    </message>
    <message>
      <source>Material as entered; type to search the knowledge base</source>
      <translation>Materiaal zoals ingevoerd; typ om in de kennisbank te zoeken</translation>
    </message>
    <message>
      <source>Resolved as</source>
      <translation>Herkend als</translation>
    </message>
    <message>
      <source>The knowledge-base material and the match confidence</source>
      <translation>Het materiaal uit de kennisbank en de zekerheid van de koppeling</translation>
    </message>
    <message>
      <source>Mass</source>
      <translation>Massa</translation>
    </message>
    <message>
      <source>Mass of one unit (assemblies: sum of their parts)</source>
      <translation>Massa van één stuk (samenstellingen: som van hun onderdelen)</translation>
    </message>
    <message>
      <source>Qty</source>
      <translation>Aantal</translation>
    </message>
    <message>
      <source>Quantity per parent</source>
      <translation>Aantal per bovenliggend onderdeel</translation>
    </message>
    <message>
      <source>Joint</source>
      <translation>Verbinding</translation>
    </message>
    <message>
      <source>How the part is attached to its parent</source>
      <translation>Hoe het onderdeel aan het bovenliggende vastzit</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>Afwerking</translation>
    </message>
    <message>
      <source>Coating, paint, plating or print</source>
      <translation>Coating, lak, galvanische laag of opdruk</translation>
    </message>
    <message>
      <source>Recycled</source>
      <translation>Gerecycled</translation>
    </message>
    <message>
      <source>Recycled content of the material</source>
      <translation>Gerecycled aandeel van het materiaal</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>Route</translation>
    </message>
    <message>
      <source>The best recovery route reached on the R-ladder</source>
      <translation>De beste terugwinroute die op de R-ladder wordt gehaald</translation>
    </message>
    <message>
      <source>Issues</source>
      <translation>Bevindingen</translation>
    </message>
    <message>
      <source>Findings that block a better route</source>
      <translation>Bevindingen die een betere route blokkeren</translation>
    </message>
    <message>
      <source>? not found</source>
      <translation>? niet gevonden</translation>
    </message>
    <message>
      <source>No knowledge-base material matches this name</source>
      <translation>Geen materiaal in de kennisbank past bij deze naam</translation>
    </message>
    <message>
      <source>Resolved as {name} (confidence {conf})</source>
      <translation>Herkend als {name} (zekerheid {conf})</translation>
    </message>
    <message>
      <source>Blocked: {codes}</source>
      <translation>Geblokkeerd: {codes}</translation>
    </message>
  </context>
  <context>
    <name>ChangesModel</name>
    <message>
      <source>liberated</source>
      <translation>vrij te maken</translation>
    </message>
    <message>
      <source>not liberated</source>
      <translation>niet vrij te maken</translation>
    </message>
    <message>
      <source>Component</source>
      <translation>Onderdeel</translation>
    </message>
    <message>
      <source>What changed</source>
      <translation>Wat veranderde</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Voor</translation>
    </message>
    <message>
      <source>After</source>
      <translation>Na</translation>
    </message>
  </context>
  <context>
    <name>ChartPanel</name>
    <message>
      <source>Mass per recovery route</source>
      <translation>Massa per terugwinroute</translation>
    </message>
    <message>
      <source>Material composition</source>
      <translation>Materiaalsamenstelling</translation>
    </message>
    <message>
      <source>Charts appear after the first evaluation.</source>
      <translation>De grafieken verschijnen na de eerste beoordeling.</translation>
    </message>
  </context>
  <context>
    <name>CheckPage</name>
    <message>
      <source>Check and import</source>
      <translation>Controleren en importeren</translation>
    </message>
    <message>
      <source>Problems are listed with their row number; click one to see the row. Then choose where the rows go.</source>
      <translation>Problemen staan er met hun regelnummer bij; klik erop om de regel te zien. Kies daarna waar de regels heen gaan.</translation>
    </message>
    <message>
      <source>Import into the project as</source>
      <translation>In het project importeren als</translation>
    </message>
    <message>
      <source>a new product, named</source>
      <translation>een nieuw product, met de naam</translation>
    </message>
    <message>
      <source>a new variant of</source>
      <translation>een nieuwe variant van</translation>
    </message>
    <message>
      <source>variant name</source>
      <translation>naam van de variant</translation>
    </message>
    <message>
      <source>named</source>
      <translation>met de naam</translation>
    </message>
  </context>
  <context>
    <name>CompareFields</name>
    <message>
      <source>added</source>
      <translation>toegevoegd</translation>
    </message>
    <message>
      <source>removed</source>
      <translation>verwijderd</translation>
    </message>
    <message>
      <source>material</source>
      <translation>materiaal</translation>
    </message>
    <message>
      <source>joint</source>
      <translation>verbinding</translation>
    </message>
    <message>
      <source>finish</source>
      <translation>afwerking</translation>
    </message>
    <message>
      <source>route</source>
      <translation>route</translation>
    </message>
    <message>
      <source>route quality</source>
      <translation>kwaliteit van de route</translation>
    </message>
    <message>
      <source>liberation</source>
      <translation>vrijmaken</translation>
    </message>
    <message>
      <source>mass</source>
      <translation>massa</translation>
    </message>
  </context>
  <context>
    <name>CompareWindow</name>
    <message>
      <source>Compare variants — {product}</source>
      <translation>Varianten vergelijken — {product}</translation>
    </message>
    <message>
      <source>Compare</source>
      <translation>Vergelijken</translation>
    </message>
    <message>
      <source>Export PDF with comparison…</source>
      <translation>PDF met vergelijking exporteren…</translation>
    </message>
    <message>
      <source>The first ticked variant is the reference.</source>
      <translation>De eerste aangevinkte variant is de referentie.</translation>
    </message>
    <message>
      <source>Components that changed</source>
      <translation>Onderdelen die veranderden</translation>
    </message>
    <message>
      <source>Tick at least two variants.</source>
      <translation>Vink minstens twee varianten aan.</translation>
    </message>
    <message>
      <source>Evaluating {n} variants…</source>
      <translation>{n} varianten worden beoordeeld…</translation>
    </message>
    <message>
      <source>{a} compared with {b}</source>
      <translation>{a} vergeleken met {b}</translation>
    </message>
    <message>
      <source>Green: better than the reference; red: worse.</source>
      <translation>Groen: beter dan de referentie; rood: slechter.</translation>
    </message>
    <message>
      <source>The comparison failed: {error}</source>
      <translation>De vergelijking is mislukt: {error}</translation>
    </message>
    <message>
      <source>Export PDF report</source>
      <translation>PDF-rapport exporteren</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Report written: {path}</source>
      <translation>Rapport geschreven: {path}</translation>
    </message>
    <message>
      <source>Report not written</source>
      <translation>Rapport niet geschreven</translation>
    </message>
    <message>
      <source>Writing the report…</source>
      <translation>Het rapport wordt geschreven…</translation>
    </message>
  </context>
  <context>
    <name>DetailPanel</name>
    <message>
      <source>Click a row to see its recovery routes.</source>
      <translation>Klik op een regel om de terugwinroutes te zien.</translation>
    </message>
    <message>
      <source>Not evaluated yet.</source>
      <translation>Nog niet beoordeeld.</translation>
    </message>
    <message>
      <source>not found in the knowledge base</source>
      <translation>niet gevonden in de kennisbank</translation>
    </message>
    <message>
      <source>Material</source>
      <translation>Materiaal</translation>
    </message>
    <message>
      <source>Mass in product</source>
      <translation>Massa in het product</translation>
    </message>
    <message>
      <source>Liberated</source>
      <translation>Vrij te maken</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>no — stays attached when the product is taken apart</source>
      <translation>nee — blijft vastzitten als het product uit elkaar gaat</translation>
    </message>
    <message>
      <source>below the reached route</source>
      <translation>onder de gehaalde route</translation>
    </message>
    <message>
      <source>not applicable</source>
      <translation>niet van toepassing</translation>
    </message>
    <message>
      <source>R-ladder</source>
      <translation>R-ladder</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>Export PDF report</source>
      <translation>PDF-rapport exporteren</translation>
    </message>
    <message>
      <source>Dutch</source>
      <translation>Nederlands</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Engels</translation>
    </message>
    <message>
      <source>Client or manufacturer</source>
      <translation>Opdrachtgever of fabrikant</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Uw naam</translation>
    </message>
    <message>
      <source>(no comparison)</source>
      <translation>(geen vergelijking)</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Bladeren…</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Taal:</translation>
    </message>
    <message>
      <source>Company:</source>
      <translation>Bedrijf:</translation>
    </message>
    <message>
      <source>Author:</source>
      <translation>Auteur:</translation>
    </message>
    <message>
      <source>Compare with:</source>
      <translation>Vergelijken met:</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>Bestand:</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exporteren</translation>
    </message>
    <message>
      <source>Save report as</source>
      <translation>Rapport opslaan als</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>Exports</name>
    <message>
      <source>Writing the PDF report…</source>
      <translation>Het PDF-rapport wordt geschreven…</translation>
    </message>
    <message>
      <source>Export table</source>
      <translation>Tabel exporteren</translation>
    </message>
    <message>
      <source>Excel (*.xlsx);;CSV (*.csv)</source>
      <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
      <source>Exporting the table…</source>
      <translation>De tabel wordt geëxporteerd…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>Written {path}</source>
      <translation>{path} geschreven</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>Exporteren mislukt</translation>
    </message>
    <message>
      <source>The export could not be written.</source>
      <translation>De export kon niet worden geschreven.</translation>
    </message>
    <message>
      <source>Export cancelled; nothing was written.</source>
      <translation>Export geannuleerd; er is niets geschreven.</translation>
    </message>
  </context>
  <context>
    <name>Extras</name>
    <message>
      <source>Import with &amp;wizard…</source>
      <translation>Importeren met &amp;wizard…</translation>
    </message>
    <message>
      <source>&amp;Knowledge base…</source>
      <translation>&amp;Kennisbank…</translation>
    </message>
    <message>
      <source>&amp;Compare variants…</source>
      <translation>Varianten &amp;vergelijken…</translation>
    </message>
    <message>
      <source>&amp;Preferences…</source>
      <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
      <source>Cirkelwijzer &amp;help</source>
      <translation>&amp;Help bij Cirkelwijzer</translation>
    </message>
    <message>
      <source>E&amp;xtra</source>
      <translation>E&amp;xtra</translation>
    </message>
  </context>
  <context>
    <name>FileOps</name>
    <message>
      <source>Projects and bills of materials (*.cirkel *.csv *.tsv *.txt *.xlsx)</source>
      <translation>Projecten en stuklijsten (*.cirkel *.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
      <source>Cirkelwijzer projects (*.cirkel)</source>
      <translation>Cirkelwijzer-projecten (*.cirkel)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Alle bestanden (*)</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Openen</translation>
    </message>
    <message>
      <source>Opening {name}</source>
      <translation>{name} wordt geopend</translation>
    </message>
    <message>
      <source>{n} warning(s) while reading {name}</source>
      <translation>{n} waarschuwing(en) bij het lezen van {name}</translation>
    </message>
    <message>
      <source>Cannot open file</source>
      <translation>Kan het bestand niet openen</translation>
    </message>
    <message>
      <source>{name} could not be opened.</source>
      <translation>{name} kon niet worden geopend.</translation>
    </message>
    <message>
      <source>New project</source>
      <translation>Nieuw project</translation>
    </message>
    <message>
      <source>New product</source>
      <translation>Nieuw product</translation>
    </message>
    <message>
      <source>Baseline</source>
      <translation>Basis</translation>
    </message>
    <message>
      <source>Save project as</source>
      <translation>Project opslaan als</translation>
    </message>
    <message>
      <source>Cannot save</source>
      <translation>Kan niet opslaan</translation>
    </message>
    <message>
      <source>The project was not saved:
{error}</source>
      <translation>Het project is niet opgeslagen:
{error}</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>{path} opgeslagen</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
      <source>“{name}” has unsaved changes. Save them first?</source>
      <translation>“{name}” heeft niet-opgeslagen wijzigingen. Eerst opslaan?</translation>
    </message>
  </context>
  <context>
    <name>HelpWindow</name>
    <message>
      <source>Cirkelwijzer help</source>
      <translation>Help bij Cirkelwijzer</translation>
    </message>
  </context>
  <context>
    <name>ImportFields</name>
    <message>
      <source>Item number</source>
      <translation>Itemnummer</translation>
    </message>
    <message>
      <source>Parent item</source>
      <translation>Bovenliggend item</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <source>Material</source>
      <translation>Materiaal</translation>
    </message>
    <message>
      <source>Mass</source>
      <translation>Massa</translation>
    </message>
    <message>
      <source>Mass unit</source>
      <translation>Massa-eenheid</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Aantal</translation>
    </message>
    <message>
      <source>Joint</source>
      <translation>Verbinding</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>Afwerking</translation>
    </message>
    <message>
      <source>Recycled content</source>
      <translation>Gerecycled aandeel</translation>
    </message>
    <message>
      <source>Reused content</source>
      <translation>Hergebruikt aandeel</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Opmerkingen</translation>
    </message>
    <message>
      <source>(ignore)</source>
      <translation>(negeren)</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <source>Import bill of materials</source>
      <translation>Stuklijst importeren</translation>
    </message>
    <message>
      <source>Reading…</source>
      <translation>Bezig met lezen…</translation>
    </message>
    <message>
      <source>{n} rows below the header in row {header}.</source>
      <translation>{n} regels onder de kopregel in regel {header}.</translation>
    </message>
    <message>
      <source>The first {shown} are shown.</source>
      <translation>De eerste {shown} worden getoond.</translation>
    </message>
    <message>
      <source>This file cannot be read: {error}</source>
      <translation>Dit bestand kan niet worden gelezen: {error}</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Bezig met controleren…</translation>
    </message>
    <message>
      <source>Pasted text</source>
      <translation>Geplakte tekst</translation>
    </message>
    <message>
      <source>{n} rows can be imported.</source>
      <translation>{n} regels kunnen worden geïmporteerd.</translation>
    </message>
    <message>
      <source>{n} warning(s): see below.</source>
      <translation>{n} waarschuwing(en): zie hieronder.</translation>
    </message>
    <message>
      <source>Decimal separator: “{sep}”.</source>
      <translation>Decimaalteken: “{sep}”.</translation>
    </message>
    <message>
      <source>The rows cannot be imported yet: {n} error(s). Go back to change the columns or the options, or fix the file.</source>
      <translation>De regels kunnen nog niet worden geïmporteerd: {n} fout(en). Ga terug om de kolommen of de opties te wijzigen, of verbeter het bestand.</translation>
    </message>
    <message>
      <source>Cannot import</source>
      <translation>Kan niet importeren</translation>
    </message>
  </context>
  <context>
    <name>KbColumns</name>
    <message>
      <source>Id</source>
      <translation>Id</translation>
    </message>
    <message>
      <source>Name (English)</source>
      <translation>Naam (Engels)</translation>
    </message>
    <message>
      <source>Name (Dutch)</source>
      <translation>Naam (Nederlands)</translation>
    </message>
    <message>
      <source>Family</source>
      <translation>Familie</translation>
    </message>
    <message>
      <source>ISO code</source>
      <translation>ISO-code</translation>
    </message>
    <message>
      <source>Density (kg/m³)</source>
      <translation>Dichtheid (kg/m³)</translation>
    </message>
    <message>
      <source>Carbon (kg CO₂e/kg)</source>
      <translation>CO₂ (kg CO₂e/kg)</translation>
    </message>
    <message>
      <source>Carbon, recycled (kg CO₂e/kg)</source>
      <translation>CO₂, gerecycled (kg CO₂e/kg)</translation>
    </message>
    <message>
      <source>Market recycled content</source>
      <translation>Gerecycled aandeel in de markt</translation>
    </message>
    <message>
      <source>Bio-based</source>
      <translation>Biobased</translation>
    </message>
    <message>
      <source>Substances</source>
      <translation>Stoffen</translation>
    </message>
    <message>
      <source>Carbon black</source>
      <translation>Roet (carbon black)</translation>
    </message>
    <message>
      <source>Stream</source>
      <translation>Stroom</translation>
    </message>
    <message>
      <source>Composite</source>
      <translation>Composiet</translation>
    </message>
    <message>
      <source>Durable part</source>
      <translation>Duurzaam onderdeel</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Opmerking</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Bron</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>Constituent</source>
      <translation>Bestanddeel</translation>
    </message>
    <message>
      <source>Mass share</source>
      <translation>Massa-aandeel</translation>
    </message>
    <message>
      <source>Reversibility</source>
      <translation>Omkeerbaarheid</translation>
    </message>
    <message>
      <source>Tools</source>
      <translation>Gereedschap</translation>
    </message>
    <message>
      <source>Destructive</source>
      <translation>Destructief</translation>
    </message>
    <message>
      <source>Time (s)</source>
      <translation>Tijd (s)</translation>
    </message>
    <message>
      <source>Time status</source>
      <translation>Status van de tijd</translation>
    </message>
    <message>
      <source>Material</source>
      <translation>Materiaal</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>Route</translation>
    </message>
    <message>
      <source>Quality</source>
      <translation>Kwaliteit</translation>
    </message>
    <message>
      <source>Yield</source>
      <translation>Rendement</translation>
    </message>
    <message>
      <source>Requires</source>
      <translation>Vereist</translation>
    </message>
    <message>
      <source>Regions</source>
      <translation>Regio's</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>A</source>
      <translation>A</translation>
    </message>
    <message>
      <source>B</source>
      <translation>B</translation>
    </message>
    <message>
      <source>Effect</source>
      <translation>Effect</translation>
    </message>
    <message>
      <source>Yield factor</source>
      <translation>Rendementsfactor</translation>
    </message>
    <message>
      <source>Strategic</source>
      <translation>Strategisch</translation>
    </message>
    <message>
      <source>Main supplier</source>
      <translation>Grootste leverancier</translation>
    </message>
    <message>
      <source>Supply share</source>
      <translation>Aandeel in de levering</translation>
    </message>
    <message>
      <source>End-of-life recycling input rate</source>
      <translation>Aandeel recycling in de grondstofinput (EOL-RIR)</translation>
    </message>
    <message>
      <source>Critical raw material</source>
      <translation>Kritieke grondstof</translation>
    </message>
  </context>
  <context>
    <name>KbEditor</name>
    <message>
      <source>Knowledge base</source>
      <translation>Kennisbank</translation>
    </message>
    <message>
      <source>Search in every column…</source>
      <translation>Zoeken in alle kolommen…</translation>
    </message>
    <message>
      <source>All rows</source>
      <translation>Alle regels</translation>
    </message>
    <message>
      <source>Shipped rows</source>
      <translation>Meegeleverde regels</translation>
    </message>
    <message>
      <source>Your rows</source>
      <translation>Uw regels</translation>
    </message>
    <message>
      <source>Table:</source>
      <translation>Tabel:</translation>
    </message>
    <message>
      <source>e.g. supplier data sheet 2026, own LCA</source>
      <translation>bijv. datablad leverancier 2026, eigen LCA</translation>
    </message>
    <message>
      <source>Add a row like this…</source>
      <translation>Regel zoals deze toevoegen…</translation>
    </message>
    <message>
      <source>Restore the shipped row</source>
      <translation>Meegeleverde regel terugzetten</translation>
    </message>
    <message>
      <source>Hide this row</source>
      <translation>Deze regel verbergen</translation>
    </message>
    <message>
      <source>Source of your changes (required):</source>
      <translation>Bron van uw wijzigingen (verplicht):</translation>
    </message>
    <message>
      <source>Double-click a value to change it. Your value goes to your own layer; the shipped value stays beside it.</source>
      <translation>Dubbelklik op een waarde om die te wijzigen. Uw waarde komt in uw eigen laag; de meegeleverde waarde blijft ernaast staan.</translation>
    </message>
    <message>
      <source>Import data pack…</source>
      <translation>Datapakket importeren…</translation>
    </message>
    <message>
      <source>Export data pack…</source>
      <translation>Datapakket exporteren…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <source>{n} rows, {mine} of them yours. Knowledge base {version}</source>
      <translation>{n} regels, waarvan {mine} van u. Kennisbank {version}</translation>
    </message>
    <message>
      <source>Source required</source>
      <translation>Bron verplicht</translation>
    </message>
    <message>
      <source>Every value in the knowledge base names its source. Fill in the source of your change first.</source>
      <translation>Elke waarde in de kennisbank noemt haar bron. Vul eerst de bron van uw wijziging in.</translation>
    </message>
    <message>
      <source>Add a row</source>
      <translation>Regel toevoegen</translation>
    </message>
    <message>
      <source>The new row is a copy of the selected one. Its {column}:</source>
      <translation>De nieuwe regel is een kopie van de gekozen regel. Zijn {column}:</translation>
    </message>
    <message>
      <source>Hide row</source>
      <translation>Regel verbergen</translation>
    </message>
    <message>
      <source>Hide this shipped row from the knowledge base? You can restore it by removing your marker from your data pack.</source>
      <translation>Deze meegeleverde regel in de kennisbank verbergen? U kunt hem terugzetten door uw markering uit uw datapakket te verwijderen.</translation>
    </message>
    <message>
      <source>The change was not saved.</source>
      <translation>De wijziging is niet opgeslagen.</translation>
    </message>
    <message>
      <source>The knowledge base could not be loaded.</source>
      <translation>De kennisbank kon niet worden geladen.</translation>
    </message>
    <message>
      <source>Export data pack</source>
      <translation>Datapakket exporteren</translation>
    </message>
    <message>
      <source>Data packs (*.zip)</source>
      <translation>Datapakketten (*.zip)</translation>
    </message>
    <message>
      <source>The data pack was not written.</source>
      <translation>Het datapakket is niet geschreven.</translation>
    </message>
    <message>
      <source>Data pack written: {path}</source>
      <translation>Datapakket geschreven: {path}</translation>
    </message>
    <message>
      <source>Import data pack</source>
      <translation>Datapakket importeren</translation>
    </message>
    <message>
      <source>Data packs (*.zip *.csv)</source>
      <translation>Datapakketten (*.zip *.csv)</translation>
    </message>
    <message>
      <source>This data pack cannot be used.</source>
      <translation>Dit datapakket kan niet worden gebruikt.</translation>
    </message>
    <message>
      <source>{table}: {added} new, {changed} changed</source>
      <translation>{table}: {added} nieuw, {changed} gewijzigd</translation>
    </message>
    <message>
      <source>This data pack changes your layer of the knowledge base:

{changes}

Import it?</source>
      <translation>Dit datapakket wijzigt uw laag van de kennisbank:

{changes}

Importeren?</translation>
    </message>
  </context>
  <context>
    <name>KbRowModel</name>
    <message>
      <source>Field</source>
      <translation>Veld</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Waarde</translation>
    </message>
    <message>
      <source>Shipped value</source>
      <translation>Meegeleverde waarde</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Bron</translation>
    </message>
  </context>
  <context>
    <name>KbTableModel</name>
    <message>
      <source>Source: {source}</source>
      <translation>Bron: {source}</translation>
    </message>
    <message>
      <source>Shipped value: {value}</source>
      <translation>Meegeleverde waarde: {value}</translation>
    </message>
    <message>
      <source>Value from</source>
      <translation>Waarde van</translation>
    </message>
  </context>
  <context>
    <name>KbTables</name>
    <message>
      <source>Materials</source>
      <translation>Materialen</translation>
    </message>
    <message>
      <source>Compositions</source>
      <translation>Samenstellingen</translation>
    </message>
    <message>
      <source>Joints</source>
      <translation>Verbindingen</translation>
    </message>
    <message>
      <source>Recovery routes per material</source>
      <translation>Terugwinroutes per materiaal</translation>
    </message>
    <message>
      <source>Compatibility rules</source>
      <translation>Compatibiliteitsregels</translation>
    </message>
    <message>
      <source>Critical raw materials</source>
      <translation>Kritieke grondstoffen</translation>
    </message>
    <message>
      <source>Critical raw material content</source>
      <translation>Gehalte aan kritieke grondstoffen</translation>
    </message>
    <message>
      <source>changed by you</source>
      <translation>door u gewijzigd</translation>
    </message>
    <message>
      <source>added by you</source>
      <translation>door u toegevoegd</translation>
    </message>
    <message>
      <source>shipped</source>
      <translation>meegeleverd</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Project</source>
      <translation>Project</translation>
    </message>
    <message>
      <source>&amp;Undo {what}</source>
      <translation>{what} &amp;ongedaan maken</translation>
    </message>
    <message>
      <source>&amp;Redo {what}</source>
      <translation>{what} opnieuw &amp;doen</translation>
    </message>
    <message>
      <source>{n} rows</source>
      <translation>{n} regels</translation>
    </message>
    <message>
      <source>not loaded</source>
      <translation>niet geladen</translation>
    </message>
    <message>
      <source>About Cirkelwijzer</source>
      <translation>Over Cirkelwijzer</translation>
    </message>
    <message>
      <source>&lt;h3&gt;Cirkelwijzer {version}&lt;/h3&gt;&lt;p&gt;Offline advice on design for recovery for manufacturers in the Utrecht region.&lt;/p&gt;&lt;p&gt;Knowledge base: {kb}&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Cirkelwijzer {version}&lt;/h3&gt;&lt;p&gt;Offline advies over ontwerpen voor terugwinning voor maakbedrijven in de regio Utrecht.&lt;/p&gt;&lt;p&gt;Kennisbank: {kb}&lt;/p&gt;&lt;p&gt;Licentie: EUPL-1.2&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Evaluating…</source>
      <translation>Bezig met beoordelen…</translation>
    </message>
    <message>
      <source>Evaluated</source>
      <translation>Beoordeeld</translation>
    </message>
    <message>
      <source>Working out the advice…</source>
      <translation>Advies wordt bepaald…</translation>
    </message>
    <message>
      <source>Evaluation failed: {error}</source>
      <translation>Beoordeling mislukt: {error}</translation>
    </message>
    <message>
      <source>Evaluation failed</source>
      <translation>Beoordeling mislukt</translation>
    </message>
    <message>
      <source>The assessment could not be computed.</source>
      <translation>De beoordeling kon niet worden berekend.</translation>
    </message>
    <message>
      <source>Redesign {n}</source>
      <translation>Herontwerp {n}</translation>
    </message>
    <message>
      <source>Apply advice</source>
      <translation>Advies toepassen</translation>
    </message>
    <message>
      <source>Component</source>
      <translation>Onderdeel</translation>
    </message>
    <message>
      <source>Advice</source>
      <translation>Advies</translation>
    </message>
    <message>
      <source>Charts</source>
      <translation>Grafieken</translation>
    </message>
    <message>
      <source>Assessment</source>
      <translation>Beoordeling</translation>
    </message>
  </context>
  <context>
    <name>MappingModel</name>
    <message>
      <source>Column in the file</source>
      <translation>Kolom in het bestand</translation>
    </message>
    <message>
      <source>First values</source>
      <translation>Eerste waarden</translation>
    </message>
    <message>
      <source>Imports as</source>
      <translation>Importeren als</translation>
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message>
      <source>Columns</source>
      <translation>Kolommen</translation>
    </message>
    <message>
      <source>Check which column fills which field. Click a field to change it; a mass column is required.</source>
      <translation>Controleer welke kolom welk veld vult. Klik op een veld om het te wijzigen; een massakolom is verplicht.</translation>
    </message>
    <message>
      <source>Detect automatically</source>
      <translation>Automatisch herkennen</translation>
    </message>
    <message>
      <source>Comma (1,5)</source>
      <translation>Komma (1,5)</translation>
    </message>
    <message>
      <source>Point (1.5)</source>
      <translation>Punt (1.5)</translation>
    </message>
    <message>
      <source>From the header or the cells</source>
      <translation>Uit de kopregel of de cellen</translation>
    </message>
    <message>
      <source>Remember these choices for files with these columns</source>
      <translation>Deze keuzes onthouden voor bestanden met deze kolommen</translation>
    </message>
    <message>
      <source>Decimal separator:</source>
      <translation>Decimaalteken:</translation>
    </message>
    <message>
      <source>Mass unit when a cell has none:</source>
      <translation>Massa-eenheid als een cel er geen heeft:</translation>
    </message>
  </context>
  <context>
    <name>MetricCards</name>
    <message>
      <source>Recyclability</source>
      <translation>Recyclebaarheid</translation>
    </message>
    <message>
      <source>Mass share recycled at end of life (IEC/TR 62635 style)</source>
      <translation>Massa-aandeel dat aan het eind van de levensduur wordt gerecycled (naar IEC/TR 62635)</translation>
    </message>
    <message>
      <source>Recoverability</source>
      <translation>Terugwinbaarheid</translation>
    </message>
    <message>
      <source>Recycled plus energy recovery, as a mass share</source>
      <translation>Recycling plus energieterugwinning, als massa-aandeel</translation>
    </message>
    <message>
      <source>MCI</source>
      <translation>MCI</translation>
    </message>
    <message>
      <source>Material Circularity Indicator (Ellen MacArthur Foundation), 0..1</source>
      <translation>Materiaalcirculariteitsindicator (Ellen MacArthur Foundation), 0..1</translation>
    </message>
    <message>
      <source>Reuse</source>
      <translation>Hergebruik</translation>
    </message>
    <message>
      <source>Mass share whose reachable route keeps the part whole (R3..R7)</source>
      <translation>Massa-aandeel waarvan de haalbare route het onderdeel heel laat (R3..R7)</translation>
    </message>
    <message>
      <source>Disassembly</source>
      <translation>Demontage</translation>
    </message>
    <message>
      <source>Time to liberate every part that needs removing</source>
      <translation>Tijd om elk onderdeel vrij te maken dat eruit moet</translation>
    </message>
    <message>
      <source>Embodied CO₂e</source>
      <translation>Belichaamde CO₂e</translation>
    </message>
    <message>
      <source>Embodied carbon of the materials</source>
      <translation>Belichaamde CO₂ van de materialen</translation>
    </message>
    <message>
      <source>Critical raw mat.</source>
      <translation>Kritieke grondst.</translation>
    </message>
    <message>
      <source>Mass of critical raw materials (Regulation (EU) 2024/1252)</source>
      <translation>Massa aan kritieke grondstoffen (Verordening (EU) 2024/1252)</translation>
    </message>
    <message>
      <source>Unresolved</source>
      <translation>Niet herkend</translation>
    </message>
    <message>
      <source>Mass whose material could not be matched to the knowledge base</source>
      <translation>Massa waarvan het materiaal niet aan de kennisbank kon worden gekoppeld</translation>
    </message>
  </context>
  <context>
    <name>MetricsModel</name>
    <message>
      <source>Key figure</source>
      <translation>Kerncijfer</translation>
    </message>
    <message>
      <source>Δ {variant}</source>
      <translation>Δ {variant}</translation>
    </message>
  </context>
  <context>
    <name>Portfolio</name>
    <message>
      <source>Regional &amp;portfolio…</source>
      <translation>Regionaal &amp;portfolio…</translation>
    </message>
  </context>
  <context>
    <name>PortfolioExports</name>
    <message>
      <source>Export</source>
      <translation>Exporteren</translation>
    </message>
    <message>
      <source>Writing {name}…</source>
      <translation>{name} wordt geschreven…</translation>
    </message>
    <message>
      <source>Written {path}</source>
      <translation>Geschreven: {path}</translation>
    </message>
    <message>
      <source>Not written</source>
      <translation>Niet geschreven</translation>
    </message>
    <message>
      <source>Export cancelled; nothing was written.</source>
      <translation>Export geannuleerd; er is niets geschreven.</translation>
    </message>
  </context>
  <context>
    <name>PortfolioLines</name>
    <message>
      <source>Project file</source>
      <translation>Projectbestand</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Product</translation>
    </message>
    <message>
      <source>Variant</source>
      <translation>Variant</translation>
    </message>
    <message>
      <source>Units per year</source>
      <translation>Stuks per jaar</translation>
    </message>
    <message>
      <source>Share in region</source>
      <translation>Aandeel in regio</translation>
    </message>
    <message>
      <source>After (redesign)</source>
      <translation>Na (herontwerp)</translation>
    </message>
    <message>
      <source>(first)</source>
      <translation>(eerste)</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(geen)</translation>
    </message>
    <message>
      <source>A variant's name, or plan for the recommended redesign plan; empty: the first variant</source>
      <translation>De naam van een variant, of plan voor het aanbevolen herontwerpplan; leeg: de eerste variant</translation>
    </message>
    <message>
      <source>The "after" of this line: a redesign variant's name, or plan</source>
      <translation>Het "na" van deze regel: de naam van een herontwerpvariant, of plan</translation>
    </message>
    <message>
      <source>Units put on the market per year</source>
      <translation>Stuks die per jaar op de markt komen</translation>
    </message>
    <message>
      <source>Share of those units used in the region, 0..1 or a percentage</source>
      <translation>Aandeel van die stuks dat in de regio wordt gebruikt, 0..1 of een percentage</translation>
    </message>
    <message>
      <source>Figure</source>
      <translation>Kengetal</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Voor</translation>
    </message>
    <message>
      <source>After redesign</source>
      <translation>Na herontwerp</translation>
    </message>
    <message>
      <source>Difference</source>
      <translation>Verschil</translation>
    </message>
  </context>
  <context>
    <name>PortfolioWindow</name>
    <message>
      <source>before the redesigns</source>
      <translation>vóór de herontwerpen</translation>
    </message>
    <message>
      <source>after the redesigns</source>
      <translation>na de herontwerpen</translation>
    </message>
    <message>
      <source>Flows:</source>
      <translation>Stromen:</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>&amp;New portfolio</source>
      <translation>&amp;Nieuw portfolio</translation>
    </message>
    <message>
      <source>&amp;Open portfolio…</source>
      <translation>Portfolio &amp;openen…</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>Op&amp;slaan</translation>
    </message>
    <message>
      <source>Save &amp;as…</source>
      <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
      <source>&amp;Add projects or bills of materials…</source>
      <translation>Projecten of stuklijsten &amp;toevoegen…</translation>
    </message>
    <message>
      <source>Add the &amp;open project</source>
      <translation>Het &amp;open project toevoegen</translation>
    </message>
    <message>
      <source>&amp;Remove lines</source>
      <translation>Regels &amp;verwijderen</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
      <source>&amp;Compute flows</source>
      <translation>Stromen &amp;berekenen</translation>
    </message>
    <message>
      <source>Export &amp;PDF report…</source>
      <translation>&amp;PDF-rapport exporteren…</translation>
    </message>
    <message>
      <source>Export &amp;workbook (Excel)…</source>
      <translation>&amp;Werkmap exporteren (Excel)…</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Sluiten</translation>
    </message>
    <message>
      <source>&amp;Portfolio</source>
      <translation>&amp;Portfolio</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Bewerken</translation>
    </message>
    <message>
      <source>Portfolio</source>
      <translation>Portfolio</translation>
    </message>
    <message>
      <source>New portfolio</source>
      <translation>Nieuw portfolio</translation>
    </message>
    <message>
      <source>Regional portfolio — {name}</source>
      <translation>Regionaal portfolio — {name}</translation>
    </message>
    <message>
      <source>The figures below are of the lines before the last change; compute again (F5).</source>
      <translation>De cijfers hieronder horen bij de regels van vóór de laatste wijziging; bereken opnieuw (F5).</translation>
    </message>
    <message>
      <source>Change {column}</source>
      <translation>{column} wijzigen</translation>
    </message>
    <message>
      <source>Not added</source>
      <translation>Niet toegevoegd</translation>
    </message>
    <message>
      <source>Add {n} products</source>
      <translation>{n} producten toevoegen</translation>
    </message>
    <message>
      <source>Enter the units per year of the new lines (marked yellow).</source>
      <translation>Vul het aantal stuks per jaar in bij de nieuwe regels (geel gemarkeerd).</translation>
    </message>
    <message>
      <source>Add projects or bills of materials</source>
      <translation>Projecten of stuklijsten toevoegen</translation>
    </message>
    <message>
      <source>Projects and bills of materials (*.cirkel *.csv *.tsv *.txt *.xlsx)</source>
      <translation>Projecten en stuklijsten (*.cirkel *.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
      <source>Save the project first</source>
      <translation>Sla het project eerst op</translation>
    </message>
    <message>
      <source>A portfolio reads project files: save the open project, then add it.</source>
      <translation>Een portfolio leest projectbestanden: sla het open project op en voeg het daarna toe.</translation>
    </message>
    <message>
      <source>Remove {n} lines</source>
      <translation>{n} regels verwijderen</translation>
    </message>
    <message>
      <source>Unsaved portfolio</source>
      <translation>Portfolio niet opgeslagen</translation>
    </message>
    <message>
      <source>Save the changes to the portfolio?</source>
      <translation>De wijzigingen in het portfolio opslaan?</translation>
    </message>
    <message>
      <source>Open portfolio</source>
      <translation>Portfolio openen</translation>
    </message>
    <message>
      <source>Portfolio (*.csv *.xlsx)</source>
      <translation>Portfolio (*.csv *.xlsx)</translation>
    </message>
    <message>
      <source>Portfolio not opened</source>
      <translation>Portfolio niet geopend</translation>
    </message>
    <message>
      <source>Lines to complete</source>
      <translation>Regels om aan te vullen</translation>
    </message>
    <message>
      <source>Save portfolio</source>
      <translation>Portfolio opslaan</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Niet opgeslagen</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
      <source>Computing the flows of {n} lines…</source>
      <translation>De stromen van {n} regels worden berekend…</translation>
    </message>
    <message>
      <source>{lines} lines; {evaluated} products evaluated, {cached} from the cache.</source>
      <translation>{lines} regels; {evaluated} producten beoordeeld, {cached} uit de cache.</translation>
    </message>
    <message>
      <source>The portfolio has lines to correct</source>
      <translation>Het portfolio heeft regels om te verbeteren</translation>
    </message>
    <message>
      <source>The flows could not be computed</source>
      <translation>De stromen konden niet worden berekend</translation>
    </message>
    <message>
      <source>Cancelled; the products evaluated so far are kept for the next run.</source>
      <translation>Geannuleerd; de producten die al beoordeeld zijn, blijven bewaard voor de volgende berekening.</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Excel (*.xlsx)</source>
      <translation>Excel (*.xlsx)</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <source>Preferences</source>
      <translation>Voorkeuren</translation>
    </message>
    <message>
      <source>Language of the interface:</source>
      <translation>Taal van de interface:</translation>
    </message>
    <message>
      <source>Language of the report:</source>
      <translation>Taal van het rapport:</translation>
    </message>
    <message>
      <source>Company on reports:</source>
      <translation>Bedrijf op rapporten:</translation>
    </message>
    <message>
      <source>Author on reports:</source>
      <translation>Auteur op rapporten:</translation>
    </message>
  </context>
  <context>
    <name>ProblemsModel</name>
    <message>
      <source>Error</source>
      <translation>Fout</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Waarschuwing</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Regel</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Kolom</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Probleem</translation>
    </message>
  </context>
  <context>
    <name>ProjectModel</name>
    <message>
      <source>Products and variants</source>
      <translation>Producten en varianten</translation>
    </message>
    <message>
      <source>{n} variant(s)</source>
      <translation>{n} variant(en)</translation>
    </message>
    <message>
      <source>{n} rows</source>
      <translation>{n} regels</translation>
    </message>
  </context>
  <context>
    <name>ProjectOps</name>
    <message>
      <source>New product</source>
      <translation>Nieuw product</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Naam:</translation>
    </message>
    <message>
      <source>Baseline</source>
      <translation>Basis</translation>
    </message>
    <message>
      <source>Duplicate variant</source>
      <translation>Variant dupliceren</translation>
    </message>
    <message>
      <source>Name of the copy:</source>
      <translation>Naam van de kopie:</translation>
    </message>
    <message>
      <source>{name} (copy)</source>
      <translation>{name} (kopie)</translation>
    </message>
    <message>
      <source>Rename</source>
      <translation>Naam wijzigen</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <source>Delete “{name}”? You can undo this with Ctrl+Z.</source>
      <translation>“{name}” verwijderen? U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
      <source>Delete {name}</source>
      <translation>{name} verwijderen</translation>
    </message>
  </context>
  <context>
    <name>RecommendationModel</name>
    <message>
      <source>Recommendation</source>
      <translation>Advies</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Categorie</translation>
    </message>
    <message>
      <source>Δ recyclability</source>
      <translation>Δ recyclebaarheid</translation>
    </message>
    <message>
      <source>Δ MCI</source>
      <translation>Δ MCI</translation>
    </message>
    <message>
      <source>Disassembly gain</source>
      <translation>Winst in demontage</translation>
    </message>
    <message>
      <source>Effort</source>
      <translation>Inspanning</translation>
    </message>
  </context>
  <context>
    <name>Recovery</name>
    <message>
      <source>Autosave failed: {error}</source>
      <translation>Automatisch opslaan mislukt: {error}</translation>
    </message>
    <message>
      <source>Restore unsaved work?</source>
      <translation>Niet-opgeslagen werk herstellen?</translation>
    </message>
    <message>
      <source>Cirkelwijzer was not closed properly. Unsaved work on “{title}” from {when} was kept. Restore it?</source>
      <translation>Cirkelwijzer is niet goed afgesloten. Niet-opgeslagen werk aan “{title}” van {when} is bewaard. Herstellen?</translation>
    </message>
    <message>
      <source>Cannot restore</source>
      <translation>Kan niet herstellen</translation>
    </message>
    <message>
      <source>Unsaved work restored.</source>
      <translation>Niet-opgeslagen werk hersteld.</translation>
    </message>
  </context>
  <context>
    <name>ResultTabs</name>
    <message>
      <source>Summary</source>
      <translation>Samenvatting</translation>
    </message>
    <message>
      <source>Flows by material</source>
      <translation>Stromen per materiaal</translation>
    </message>
    <message>
      <source>Priority streams</source>
      <translation>Prioritaire stromen</translation>
    </message>
    <message>
      <source>Critical raw materials</source>
      <translation>Kritieke grondstoffen</translation>
    </message>
    <message>
      <source>Where the alliance should push first: the products (left) and each recommendation of a plan measured alone, each redesign variant as a whole (right).</source>
      <translation>Waar de alliantie eerst op moet inzetten: de producten (links) en elke aanbeveling van een plan apart gemeten, elke herontwerpvariant als geheel (rechts).</translation>
    </message>
    <message>
      <source>Contributors</source>
      <translation>Bijdragen</translation>
    </message>
  </context>
  <context>
    <name>RouteLegend</name>
    <message>
      <source>Routes:</source>
      <translation>Routes:</translation>
    </message>
  </context>
  <context>
    <name>RowOps</name>
    <message>
      <source>Indent</source>
      <translation>Inspringen</translation>
    </message>
    <message>
      <source>Outdent</source>
      <translation>Uitspringen</translation>
    </message>
    <message>
      <source>Move</source>
      <translation>Verplaatsen</translation>
    </message>
    <message>
      <source>Cannot paste</source>
      <translation>Kan niet plakken</translation>
    </message>
    <message>
      <source>The pasted text could not be read as rows ({error}). Expected columns: name, material, mass, quantity, joint, finish, recycled content.</source>
      <translation>De geplakte tekst kon niet als regels worden gelezen ({error}). Verwachte kolommen: naam, materiaal, massa, aantal, verbinding, afwerking, gerecycled aandeel.</translation>
    </message>
  </context>
  <context>
    <name>SourcePage</name>
    <message>
      <source>File and sheet</source>
      <translation>Bestand en werkblad</translation>
    </message>
    <message>
      <source>Choose the bill of materials. The rows below are shown exactly as they are in the file.</source>
      <translation>Kies de stuklijst. De regels hieronder staan er precies zoals in het bestand.</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Bladeren…</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>Bestand:</translation>
    </message>
    <message>
      <source>Sheet:</source>
      <translation>Werkblad:</translation>
    </message>
    <message>
      <source>Import bill of materials</source>
      <translation>Stuklijst importeren</translation>
    </message>
    <message>
      <source>Bills of materials (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
      <translation>Stuklijsten (*.csv *.tsv *.txt *.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
      <source>Pasted text</source>
      <translation>Geplakte tekst</translation>
    </message>
  </context>
</TS>
