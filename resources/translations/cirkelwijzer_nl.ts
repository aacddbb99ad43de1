<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
  <context>
    <name>Actions</name>
    <message>
      <source>Open &amp;recent</source>
      <translation>&amp;Recent geopend</translation>
    </message>
    <message>
      <source>&amp;New project</source>
      <translation>&amp;Nieuw project</translation>
    </message>
    <message>
      <source>New from &amp;template…</source>
      <translation>Nieuw vanuit &amp;sjabloon…</translation>
    </message>
    <message>
      <source>Save as te&amp;mplate…</source>
      <translation>Opslaan als sja&amp;bloon…</translation>
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
      <source>&amp;Fill down</source>
      <translation>&amp;Omlaag doorvoeren</translation>
    </message>
    <message>
      <source>&amp;Preferences…</source>
      <translation>&amp;Voorkeuren…</translation>
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
      <source>&amp;Knowledge base…</source>
      <translation>&amp;Kennisbank…</translation>
    </message>
    <message>
      <source>&amp;Compare variants…</source>
      <translation>Varianten &amp;vergelijken…</translation>
    </message>
    <message>
      <source>Cirkelwijzer &amp;help</source>
      <translation>&amp;Help bij Cirkelwijzer</translation>
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
      <source>E&amp;xtra</source>
      <translation>E&amp;xtra</translation>
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
    <name>AdviceModel</name>
    <message>
      <source>Combined plan: all advice together</source>
      <translation>Gecombineerd plan: alle adviezen samen</translation>
    </message>
    <message>
      <source>Legal duties (EU law)</source>
      <translation>Wettelijke plichten (EU-recht)</translation>
    </message>
    <message>
      <source>Quick wins</source>
      <translation>Snelle verbeteringen</translation>
    </message>
    <message>
      <source>Part redesigns</source>
      <translation>Herontwerp van onderdelen</translation>
    </message>
    <message>
      <source>Material or supplier changes</source>
      <translation>Ander materiaal of andere leverancier</translation>
    </message>
    <message>
      <source>Data to complete</source>
      <translation>Gegevens om aan te vullen</translation>
    </message>
    <message>
      <source>Step 1: the quick wins</source>
      <translation>Stap 1: de snelle verbeteringen</translation>
    </message>
    <message>
      <source>Step 2: with the part redesigns</source>
      <translation>Stap 2: met het herontwerp van onderdelen</translation>
    </message>
    <message>
      <source>Step 3: with the material and supplier changes</source>
      <translation>Stap 3: met ander materiaal en andere leveranciers</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Prioriteit</translation>
    </message>
    <message>
      <source>Recyclability</source>
      <translation>Recyclebaarheid</translation>
    </message>
    <message>
      <source>MCI</source>
      <translation>MCI</translation>
    </message>
    <message>
      <source>Disassembly time</source>
      <translation>Demontagetijd</translation>
    </message>
    <message>
      <source>Critical raw materials recovered</source>
      <translation>Teruggewonnen kritieke grondstoffen</translation>
    </message>
    <message>
      <source>Recyclable material</source>
      <translation>Recyclebaar materiaal</translation>
    </message>
    <message>
      <source>Recoverability</source>
      <translation>Terugwinbaarheid</translation>
    </message>
    <message>
      <source>Reuse</source>
      <translation>Hergebruik</translation>
    </message>
    <message>
      <source>Embodied CO₂e</source>
      <translation>Belichaamde CO₂e</translation>
    </message>
    <message>
      <source>Advice</source>
      <translation>Advies</translation>
    </message>
    <message>
      <source>Effort</source>
      <translation>Inspanning</translation>
    </message>
    <message>
      <source>Δ {figure}</source>
      <translation>Δ {figure}</translation>
    </message>
  </context>
  <context>
    <name>AdvicePanel</name>
    <message>
      <source>Priority is the advice's own order; a figure sorts each group by its gain</source>
      <translation>Prioriteit is de volgorde van het advies zelf; een kengetal sorteert elke groep op zijn winst</translation>
    </message>
    <message>
      <source>Apply the chosen advice to a new variant</source>
      <translation>Gekozen advies toepassen in een nieuwe variant</translation>
    </message>
    <message>
      <source>Apply the plan to a new variant</source>
      <translation>Plan toepassen in een nieuwe variant</translation>
    </message>
    <message>
      <source>Sort by:</source>
      <translation>Sorteren op:</translation>
    </message>
    <message>
      <source>Tick the advice you want to try, then apply it to a new variant. The plan applies every recommended change together.</source>
      <translation>Vink de adviezen aan die u wilt proberen en pas ze toe in een nieuwe variant. Het plan past alle aanbevolen wijzigingen samen toe.</translation>
    </message>
    <message>
      <source>no measured change in the figures</source>
      <translation>geen gemeten verandering in de cijfers</translation>
    </message>
    <message>
      <source>This advice does not change the bill of materials by itself; follow it up with the supplier or in the design.</source>
      <translation>Dit advies verandert de stuklijst niet vanzelf; werk het uit met de leverancier of in het ontwerp.</translation>
    </message>
    <message>
      <source>All {n} recommended changes applied together:</source>
      <translation>Alle {n} aanbevolen wijzigingen samen toegepast:</translation>
    </message>
    <message>
      <source>Tick or select an advice first.</source>
      <translation>Vink eerst een advies aan of selecteer er een.</translation>
    </message>
  </context>
  <context>
    <name>Autosave</name>
    <message>
      <source>Autosave failed: {reason} Save your work with Ctrl+S.</source>
      <translation>Automatisch opslaan is mislukt: {reason} Sla uw werk op met Ctrl+S.</translation>
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
      <source>The kept work could not be read back; the file may be damaged.</source>
      <translation>Het bewaarde werk kon niet worden teruggelezen; het bestand is misschien beschadigd.</translation>
    </message>
    <message>
      <source>Unsaved work restored.</source>
      <translation>Niet-opgeslagen werk hersteld.</translation>
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
      <source>New part</source>
      <translation>Nieuw onderdeel</translation>
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
      <source>Edit {column} in {n} rows</source>
      <translation>{column} wijzigen in {n} regels</translation>
    </message>
    <message>
      <source>Fill down {column}</source>
      <translation>{column} omlaag doorvoeren</translation>
    </message>
    <message>
      <source>Delete {n} row</source>
      <translation>{n} regel verwijderen</translation>
    </message>
    <message>
      <source>Delete {n} rows</source>
      <translation>{n} regels verwijderen</translation>
    </message>
    <message>
      <source>Paste {n} row</source>
      <translation>{n} regel plakken</translation>
    </message>
    <message>
      <source>Paste {n} rows</source>
      <translation>{n} regels plakken</translation>
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
      <source>Mass of one unit, e.g. 120 g or 0,25 kg; a number without a unit is in kg (assemblies: the sum of their parts)</source>
      <translation>Massa van één stuk, bijv. 120 g of 0,25 kg; een getal zonder eenheid is in kg (samenstellingen: de som van hun onderdelen)</translation>
    </message>
    <message>
      <source>Quantity</source>
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
      <source>How the part is attached to its parent, e.g. screwed, snap-fit, glued</source>
      <translation>Hoe het onderdeel aan zijn ouder vastzit, bijv. geschroefd, klikverbinding, gelijmd</translation>
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
      <source>Recycled content of the material, e.g. 30%</source>
      <translation>Gerecycled aandeel van het materiaal, bijv. 30%</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Opmerkingen</translation>
    </message>
    <message>
      <source>Your notes on the part (kept from the imported file)</source>
      <translation>Uw opmerkingen bij het onderdeel (overgenomen uit het geïmporteerde bestand)</translation>
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
      <source>Typed: {text}</source>
      <translation>Ingetypt: {text}</translation>
    </message>
    <message>
      <source>Blocked: {codes}</source>
      <translation>Geblokkeerd: {codes}</translation>
    </message>
  </context>
  <context>
    <name>CellValues</name>
    <message>
      <source>“{text}” is not a mass. Type a number with a unit, e.g. 120 g or 0,25 kg.</source>
      <translation>“{text}” is geen massa. Typ een getal met een eenheid, bijv. 120 g of 0,25 kg.</translation>
    </message>
    <message>
      <source>“{text}” is not a quantity. Type a number above zero, e.g. 2.</source>
      <translation>“{text}” is geen aantal. Typ een getal groter dan nul, bijv. 2.</translation>
    </message>
    <message>
      <source>“{text}” is not a share. Type a percentage, e.g. 30%.</source>
      <translation>“{text}” is geen aandeel. Typ een percentage, bijv. 30%.</translation>
    </message>
    <message>
      <source>Warning: </source>
      <translation>Waarschuwing: </translation>
    </message>
    <message>
      <source>“{text}” is not a joint the knowledge base knows. It is kept as typed and the assessment treats the joint as unknown. Type a few letters to choose one from the list.</source>
      <translation>“{text}” is geen verbinding die de kennisbank kent. Het blijft staan zoals ingetypt en de beoordeling rekent met een onbekende verbinding. Typ een paar letters om er een uit de lijst te kiezen.</translation>
    </message>
    <message>
      <source>“{text}” is not a finish the knowledge base knows. It is kept as typed; type a few letters to choose one from the list.</source>
      <translation>“{text}” is geen afwerking die de kennisbank kent. Het blijft staan zoals ingetypt; typ een paar letters om er een uit de lijst te kiezen.</translation>
    </message>
    <message>
      <source>“{text}” is not a material the knowledge base knows. It is kept as typed and its mass counts as unresolved.</source>
      <translation>“{text}” is geen materiaal dat de kennisbank kent. Het blijft staan zoals ingetypt en de massa telt als niet herkend.</translation>
    </message>
  </context>
  <context>
    <name>ChangeText</name>
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
      <source>recycled content</source>
      <translation>gerecycled aandeel</translation>
    </message>
    <message>
      <source>reused content</source>
      <translation>hergebruikt aandeel</translation>
    </message>
    <message>
      <source>mass</source>
      <translation>massa</translation>
    </message>
    <message>
      <source>quantity</source>
      <translation>aantal</translation>
    </message>
    <message>
      <source>notes</source>
      <translation>opmerking</translation>
    </message>
    <message>
      <source>{part}: {field} {old} → {new}</source>
      <translation>{part}: {field} {old} → {new}</translation>
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
      <source>Where the materials go</source>
      <translation>Waar de materialen heen gaan</translation>
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
    <message>
      <source>material as written</source>
      <translation>materiaal zoals geschreven</translation>
    </message>
    <message>
      <source>recycled content</source>
      <translation>gerecycled aandeel</translation>
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
      <source>The comparison could not be computed.</source>
      <translation>De vergelijking kon niet worden berekend.</translation>
    </message>
    <message>
      <source>Compare variants</source>
      <translation>Varianten vergelijken</translation>
    </message>
    <message>
      <source>{product} - comparison</source>
      <translation>{product} - vergelijking</translation>
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
      <source>Report not written</source>
      <translation>Rapport niet geschreven</translation>
    </message>
    <message>
      <source>The report with the comparison was not written.</source>
      <translation>Het rapport met de vergelijking is niet geschreven.</translation>
    </message>
    <message>
      <source>Writing the report…</source>
      <translation>Het rapport wordt geschreven…</translation>
    </message>
    <message>
      <source>Report written: {path}</source>
      <translation>Rapport geschreven: {path}</translation>
    </message>
  </context>
  <context>
    <name>DetailPanel</name>
    <message>
      <source>in the region</source>
      <translation>in de regio</translation>
    </message>
    <message>
      <source>elsewhere in the Netherlands</source>
      <translation>elders in Nederland</translation>
    </message>
    <message>
      <source>elsewhere in the EU</source>
      <translation>elders in de EU</translation>
    </message>
    <message>
      <source>outside the EU</source>
      <translation>buiten de EU</translation>
    </message>
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
      <source>Mass in the product</source>
      <translation>Massa in het product</translation>
    </message>
    <message>
      <source>Joint</source>
      <translation>Verbinding</translation>
    </message>
    <message>
      <source>{typed} (unknown)</source>
      <translation>{typed} (onbekend)</translation>
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
      <source>Liberated</source>
      <translation>Vrij te maken</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>no, it stays attached when the product is taken apart</source>
      <translation>nee, het blijft vastzitten als het product uit elkaar gaat</translation>
    </message>
    <message>
      <source>Processed</source>
      <translation>Verwerkt</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Opmerkingen</translation>
    </message>
    <message>
      <source>reused</source>
      <translation>hergebruikt</translation>
    </message>
    <message>
      <source>recycled</source>
      <translation>gerecycled</translation>
    </message>
    <message>
      <source>process loss</source>
      <translation>procesverlies</translation>
    </message>
    <message>
      <source>energy</source>
      <translation>energie</translation>
    </message>
    <message>
      <source>landfill</source>
      <translation>gestort</translation>
    </message>
    <message>
      <source>At end of life</source>
      <translation>Aan het einde van de levensduur</translation>
    </message>
    <message>
      <source>reached</source>
      <translation>gehaald</translation>
    </message>
    <message>
      <source>blocked</source>
      <translation>geblokkeerd</translation>
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
    <message>
      <source>Findings</source>
      <translation>Bevindingen</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>Bronnen</translation>
    </message>
  </context>
  <context>
    <name>Document</name>
    <message>
      <source>untitled</source>
      <translation>naamloos</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>This is an error in Cirkelwijzer itself; nothing you did caused it. Try again, and if it happens again, send the details to the makers.</source>
      <translation>Dit is een fout in Cirkelwijzer zelf; niets wat u deed heeft die veroorzaakt. Probeer het opnieuw en stuur de details naar de makers als het weer gebeurt.</translation>
    </message>
    <message>
      <source>Cirkelwijzer may not write or read there. Choose another folder, or close the file if another program has it open.</source>
      <translation>Cirkelwijzer mag daar niet schrijven of lezen. Kies een andere map, of sluit het bestand als een ander programma het open heeft.</translation>
    </message>
    <message>
      <source>That is a folder, not a file. Choose a file.</source>
      <translation>Dat is een map, geen bestand. Kies een bestand.</translation>
    </message>
    <message>
      <source>The file or its folder does not exist (any more). Check the name and the folder, then try again.</source>
      <translation>Het bestand of de map bestaat niet (meer). Controleer de naam en de map en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>The disk is full. Make room or choose another disk, then try again.</source>
      <translation>De schijf is vol. Maak ruimte of kies een andere schijf en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>The file could not be read or written. Check that the disk or network drive is there, then try again.</source>
      <translation>Het bestand kon niet worden gelezen of geschreven. Controleer of de schijf of netwerkschijf bereikbaar is en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>The computer ran out of memory. Close other programs and try again.</source>
      <translation>De computer heeft geen geheugen meer. Sluit andere programma's en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>… and {n} more</source>
      <translation>… en nog {n}</translation>
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
      <source>Kept in the project, with the author</source>
      <translation>Wordt met de auteur in het project bewaard</translation>
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
      <source>Open the report when it is written</source>
      <translation>Het rapport openen als het klaar is</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Taal:</translation>
    </message>
    <message>
      <source>Client:</source>
      <translation>Klant:</translation>
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
      <source>The export was not written; no half-written file was left behind.</source>
      <translation>De export is niet geschreven; er is geen half geschreven bestand achtergebleven.</translation>
    </message>
    <message>
      <source>Export cancelled; nothing was written.</source>
      <translation>Export geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
      <source>Set the client and author</source>
      <translation>Klant en auteur vastleggen</translation>
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
      <source>{n} warning while reading {name}</source>
      <translation>{n} waarschuwing bij het lezen van {name}</translation>
    </message>
    <message>
      <source>{n} warnings while reading {name}</source>
      <translation>{n} waarschuwingen bij het lezen van {name}</translation>
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
      <source>Save as template</source>
      <translation>Opslaan als sjabloon</translation>
    </message>
    <message>
      <source>Name of the template:</source>
      <translation>Naam van het sjabloon:</translation>
    </message>
    <message>
      <source>A template “{name}” exists. Replace it?</source>
      <translation>Er is al een sjabloon “{name}”. Vervangen?</translation>
    </message>
    <message>
      <source>The template was not saved.</source>
      <translation>Het sjabloon is niet opgeslagen.</translation>
    </message>
    <message>
      <source>Template “{name}” saved; File, New from template starts from it.</source>
      <translation>Sjabloon “{name}” opgeslagen; Bestand, Nieuw vanuit sjabloon begint ermee.</translation>
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
      <source>The project was not saved to {path}. Your work is still open.</source>
      <translation>Het project is niet opgeslagen in {path}. Uw werk staat nog open.</translation>
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
      <source>Attached to</source>
      <translation>Bevestigd aan</translation>
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
      <source>{n} row can be imported.</source>
      <translation>{n} regel kan worden geïmporteerd.</translation>
    </message>
    <message>
      <source>{n} rows can be imported.</source>
      <translation>{n} regels kunnen worden geïmporteerd.</translation>
    </message>
    <message>
      <source>{n} warning: see below.</source>
      <translation>{n} waarschuwing: zie hieronder.</translation>
    </message>
    <message>
      <source>{n} warnings: see below.</source>
      <translation>{n} waarschuwingen: zie hieronder.</translation>
    </message>
    <message>
      <source>Decimal separator: “{sep}”.</source>
      <translation>Decimaalteken: “{sep}”.</translation>
    </message>
    <message>
      <source>The rows cannot be imported yet: {n} error. Go back to change the columns or the options, or fix the file.</source>
      <translation>De regels kunnen nog niet worden geïmporteerd: {n} fout. Ga terug om de kolommen of de opties te wijzigen, of verbeter het bestand.</translation>
    </message>
    <message>
      <source>The rows cannot be imported yet: {n} errors. Go back to change the columns or the options, or fix the file.</source>
      <translation>De regels kunnen nog niet worden geïmporteerd: {n} fouten. Ga terug om de kolommen of de opties te wijzigen, of verbeter het bestand.</translation>
    </message>
    <message>
      <source>Cannot import</source>
      <translation>Kan niet importeren</translation>
    </message>
    <message>
      <source>The rows were not added to the project.</source>
      <translation>De regels zijn niet aan het project toegevoegd.</translation>
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
      <source>Freed by the shredder</source>
      <translation>Door de shredder vrijgemaakt</translation>
    </message>
    <message>
      <source>Source (shredder)</source>
      <translation>Bron (shredder)</translation>
    </message>
    <message>
      <source>Treatment chains</source>
      <translation>Verwerkingsketens</translation>
    </message>
    <message>
      <source>Waste streams</source>
      <translation>Afvalstromen</translation>
    </message>
    <message>
      <source>Processed in</source>
      <translation>Verwerkt in</translation>
    </message>
    <message>
      <source>Source (place of processing)</source>
      <translation>Bron (plaats van verwerking)</translation>
    </message>
    <message>
      <source>Recovered by the item's route</source>
      <translation>Teruggewonnen door de route van het item</translation>
    </message>
    <message>
      <source>Source (recovery)</source>
      <translation>Bron (terugwinning)</translation>
    </message>
    <message>
      <source>Recovery of critical raw materials</source>
      <translation>Terugwinning van kritieke grondstoffen</translation>
    </message>
    <message>
      <source>Source (critical raw material recovery)</source>
      <translation>Bron (terugwinning van kritieke grondstoffen)</translation>
    </message>
    <message>
      <source>Tolerance (mass share)</source>
      <translation>Tolerantie (massa-aandeel)</translation>
    </message>
    <message>
      <source>Priority stream</source>
      <translation>Prioritaire stroom</translation>
    </message>
    <message>
      <source>Fed by (kind)</source>
      <translation>Gevoed door (soort)</translation>
    </message>
    <message>
      <source>Fed by</source>
      <translation>Gevoed door</translation>
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
      <source>What feeds each priority stream</source>
      <translation>Wat elke prioritaire stroom voedt</translation>
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
    <name>LayerDialog</name>
    <message>
      <source>Knowledge base</source>
      <translation>Kennisbank</translation>
    </message>
    <message>
      <source>Your own layer of the knowledge base is damaged, so Cirkelwijzer works with the shipped knowledge base for now.</source>
      <translation>Uw eigen laag van de kennisbank is beschadigd; Cirkelwijzer werkt daarom voorlopig met de meegeleverde kennisbank.</translation>
    </message>
    <message>
      <source>Mend</source>
      <translation>Herstellen</translation>
    </message>
    <message>
      <source>Set aside</source>
      <translation>Opzij zetten</translation>
    </message>
    <message>
      <source>Later</source>
      <translation>Later</translation>
    </message>
    <message>
      <source>Mend keeps every sound row and sets the others aside; Set aside moves the whole layer away. A backup copy is kept either way.</source>
      <translation>Herstellen houdt elke goede regel en zet de andere opzij; Opzij zetten zet de hele laag weg. In beide gevallen blijft een reservekopie bewaard.</translation>
    </message>
    <message>
      <source>{n} problem in {folder}; the first: {first}</source>
      <translation>{n} probleem in {folder}; het eerste: {first}</translation>
    </message>
    <message>
      <source>{n} problems in {folder}; the first: {first}</source>
      <translation>{n} problemen in {folder}; het eerste: {first}</translation>
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
      <source>{n} row</source>
      <translation>{n} regel</translation>
    </message>
    <message>
      <source>{n} rows</source>
      <translation>{n} regels</translation>
    </message>
    <message>
      <source>Knowledge base</source>
      <translation>Kennisbank</translation>
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
      <source>The assessment could not be computed.</source>
      <translation>De beoordeling kon niet worden berekend.</translation>
    </message>
    <message>
      <source>Evaluation failed</source>
      <translation>Beoordeling mislukt</translation>
    </message>
    <message>
      <source>The assessment could not be computed. The bill of materials is unchanged.</source>
      <translation>De beoordeling kon niet worden berekend. De stuklijst is ongewijzigd.</translation>
    </message>
    <message>
      <source>Redesign {n}</source>
      <translation>Herontwerp {n}</translation>
    </message>
    <message>
      <source>This advice changes nothing in the bill of materials, so no variant was made. Follow it up with the supplier or in the design.</source>
      <translation>Dit advies verandert niets aan de stuklijst, daarom is er geen variant gemaakt. Werk het uit met de leverancier of in het ontwerp.</translation>
    </message>
    <message>
      <source>“{variant}” made with {n} change:</source>
      <translation>“{variant}” gemaakt met {n} wijziging:</translation>
    </message>
    <message>
      <source>“{variant}” made with {n} changes:</source>
      <translation>“{variant}” gemaakt met {n} wijzigingen:</translation>
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
      <source>Settings</source>
      <translation>Instellingen</translation>
    </message>
    <message>
      <source>Assessment</source>
      <translation>Beoordeling</translation>
    </message>
    <message>
      <source>Apply advice</source>
      <translation>Advies toepassen</translation>
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
      <source>What happens to the product at end of life</source>
      <translation>Wat er aan het einde van de levensduur met het product gebeurt</translation>
    </message>
    <message>
      <source>Of every kilogram: reused, recycled, lost in recycling processes, recovered as energy, landfilled. Reused and recycled together are the recyclability.</source>
      <translation>Van elke kilogram: hergebruikt, gerecycled, verloren in recyclingprocessen, als energie teruggewonnen, gestort. Hergebruikt en gerecycled samen zijn de recyclebaarheid.</translation>
    </message>
    <message>
      <source>Recyclability</source>
      <translation>Recyclebaarheid</translation>
    </message>
    <message>
      <source>Mass share reused or recycled at end of life, after the losses of the recycling processes (IEC/TR 62635 style)</source>
      <translation>Massa-aandeel dat aan het einde van de levensduur wordt hergebruikt of gerecycled, na de verliezen van de recyclingprocessen (volgens IEC/TR 62635)</translation>
    </message>
    <message>
      <source>Recoverability</source>
      <translation>Terugwinbaarheid</translation>
    </message>
    <message>
      <source>Recyclability plus energy recovery, as a mass share</source>
      <translation>Recyclebaarheid plus energieterugwinning, als massa-aandeel</translation>
    </message>
    <message>
      <source>MCI</source>
      <translation>MCI</translation>
    </message>
    <message>
      <source>Material Circularity Indicator (Ellen MacArthur Foundation), 0 to 1</source>
      <translation>Materiaalcirculariteitsindicator (MCI, Ellen MacArthur Foundation), van 0 tot 1</translation>
    </message>
    <message>
      <source>Disassembly</source>
      <translation>Demontage</translation>
    </message>
    <message>
      <source>Time to liberate every part that needs removing; not assessed while joints of such parts are unknown</source>
      <translation>Tijd om elk onderdeel vrij te maken dat eruit moet; niet beoordeeld zolang verbindingen van zulke onderdelen onbekend zijn</translation>
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
      <source>Critical raw materials</source>
      <translation>Kritieke grondstoffen</translation>
    </message>
    <message>
      <source>Mass of critical raw materials (Regulation (EU) 2024/1252)</source>
      <translation>Massa aan kritieke grondstoffen (Verordening (EU) 2024/1252)</translation>
    </message>
    <message>
      <source>Processed in the region</source>
      <translation>Verwerkt in de regio</translation>
    </message>
    <message>
      <source>Share of the reused and recycled mass that is processed in the region</source>
      <translation>Aandeel van de hergebruikte en gerecyclede massa dat in de regio wordt verwerkt</translation>
    </message>
    <message>
      <source>Unresolved</source>
      <translation>Niet herkend</translation>
    </message>
    <message>
      <source>Mass whose material could not be matched to the knowledge base</source>
      <translation>Massa waarvan het materiaal niet aan de kennisbank kon worden gekoppeld</translation>
    </message>
    <message>
      <source>reused</source>
      <translation>hergebruikt</translation>
    </message>
    <message>
      <source>recycled</source>
      <translation>gerecycled</translation>
    </message>
    <message>
      <source>process loss</source>
      <translation>procesverlies</translation>
    </message>
    <message>
      <source>energy</source>
      <translation>energie</translation>
    </message>
    <message>
      <source>landfill</source>
      <translation>gestort</translation>
    </message>
    <message>
      <source>The figures rest on {n} assumption (see Settings)</source>
      <translation>De cijfers rusten op {n} aanname (zie Instellingen)</translation>
    </message>
    <message>
      <source>The figures rest on {n} assumptions (see Settings)</source>
      <translation>De cijfers rusten op {n} aannames (zie Instellingen)</translation>
    </message>
    <message>
      <source>{mark} {target}: {value} of at least {needed}</source>
      <translation>{mark} {target}: {value} van minstens {needed}</translation>
    </message>
    <message>
      <source>not assessed</source>
      <translation>niet beoordeeld</translation>
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
      <translation>{path} geschreven</translation>
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
      <translation>Be&amp;werken</translation>
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
      <translation>{path} opgeslagen</translation>
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
      <source>{n} row</source>
      <translation>{n} regel</translation>
    </message>
    <message>
      <source>{n} rows</source>
      <translation>{n} regels</translation>
    </message>
    <message>
      <source>{n} variant</source>
      <translation>{n} variant</translation>
    </message>
    <message>
      <source>{n} variants</source>
      <translation>{n} varianten</translation>
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
      <source>Delete</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <source>Delete “{name}”? You can undo this with Ctrl+Z.</source>
      <translation>“{name}” verwijderen? U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
      <source>Rename</source>
      <translation>Naam wijzigen</translation>
    </message>
    <message>
      <source>Delete {name}</source>
      <translation>{name} verwijderen</translation>
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
      <source>Where the alliance should push first: the products (above) and each recommendation of a plan measured alone, each redesign variant as a whole (below).</source>
      <translation>Waar de alliantie eerst op moet inzetten: de producten (boven) en elke aanbeveling van een plan apart gemeten, elke herontwerpvariant als geheel (onder).</translation>
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
      <source>The pasted text could not be read as rows.</source>
      <translation>De geplakte tekst kon niet als regels worden gelezen.</translation>
    </message>
    <message>
      <source>Copy rows with these columns, separated by tabs (as Excel copies them): name, material, mass, quantity, joint, finish, recycled content. To paste a table with its header row, use File, Import bill of materials.</source>
      <translation>Kopieer regels met deze kolommen, gescheiden door tabs (zoals Excel ze kopieert): naam, materiaal, massa, aantal, verbinding, afwerking, gerecycled aandeel. Gebruik voor een tabel met kopregel Bestand, Stuklijst importeren.</translation>
    </message>
  </context>
  <context>
    <name>SettingsPanel</name>
    <message>
      <source>Utrecht region</source>
      <translation>Regio Utrecht</translation>
    </message>
    <message>
      <source>The Netherlands</source>
      <translation>Nederland</translation>
    </message>
    <message>
      <source>The European Union</source>
      <translation>Europese Unie</translation>
    </message>
    <message>
      <source>Anywhere (every processor counts)</source>
      <translation>Overal (elke verwerker telt)</translation>
    </message>
    <message>
      <source>Within the EU</source>
      <translation>Binnen de EU</translation>
    </message>
    <message>
      <source>Within the Netherlands</source>
      <translation>Binnen Nederland</translation>
    </message>
    <message>
      <source>Within the region</source>
      <translation>Binnen de regio</translation>
    </message>
    <message>
      <source>End of life of the product</source>
      <translation>Einde levensduur van het product</translation>
    </message>
    <message>
      <source>Where the product is used and collected at end of life. A route counts when waste collected there reaches its processor, wherever that processor is.</source>
      <translation>Waar het product wordt gebruikt en aan het einde van de levensduur wordt ingezameld. Een route telt als afval dat daar is ingezameld zijn verwerker bereikt, waar die verwerker ook zit.</translation>
    </message>
    <message>
      <source>Supply security: only recovery processed within this area counts in the figures.</source>
      <translation>Leveringszekerheid: alleen terugwinning die binnen dit gebied wordt verwerkt, telt mee in de cijfers.</translation>
    </message>
    <message>
      <source>Guess from the parts</source>
      <translation>Afleiden uit de onderdelen</translation>
    </message>
    <message>
      <source>The collection and treatment chain the product goes into, e.g. a WEEE category; it decides the legal targets the figures are shown against.</source>
      <translation>De inzamel- en verwerkingsketen waarin het product terechtkomt, bijvoorbeeld een AEEA-categorie; die bepaalt aan welke wettelijke doelen de cijfers worden getoetst.</translation>
    </message>
    <message>
      <source>Collected in:</source>
      <translation>Ingezameld in:</translation>
    </message>
    <message>
      <source>Processing that counts:</source>
      <translation>Verwerking die telt:</translation>
    </message>
    <message>
      <source>Waste stream:</source>
      <translation>Afvalstroom:</translation>
    </message>
    <message>
      <source>Use (Material Circularity Indicator)</source>
      <translation>Gebruik (Material Circularity Indicator)</translation>
    </message>
    <message>
      <source>not given</source>
      <translation>niet opgegeven</translation>
    </message>
    <message>
      <source>Lifetime L of this variant</source>
      <translation>Levensduur L van deze variant</translation>
    </message>
    <message>
      <source>Average lifetime L_av of comparable products in the industry</source>
      <translation>Gemiddelde levensduur L_av van vergelijkbare producten in de branche</translation>
    </message>
    <message>
      <source>Uses per lifetime compared with the industry average (U/U_av); 1 is average</source>
      <translation>Gebruik per levensduur vergeleken met het branchegemiddelde (U/U_av); 1 is gemiddeld</translation>
    </message>
    <message>
      <source>Lifetime:</source>
      <translation>Levensduur:</translation>
    </message>
    <message>
      <source>Industry lifetime:</source>
      <translation>Levensduur in de branche:</translation>
    </message>
    <message>
      <source>Use intensity:</source>
      <translation>Gebruiksintensiteit:</translation>
    </message>
    <message>
      <source>What the figures assume</source>
      <translation>Wat de cijfers aannemen</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Project</translation>
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
      <source>no date</source>
      <translation>geen datum</translation>
    </message>
    <message>
      <source>Notes of the visit, agreements, open points…</source>
      <translation>Notities van het bezoek, afspraken, open punten…</translation>
    </message>
    <message>
      <source>Client:</source>
      <translation>Klant:</translation>
    </message>
    <message>
      <source>Author:</source>
      <translation>Auteur:</translation>
    </message>
    <message>
      <source>Date:</source>
      <translation>Datum:</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>Notities:</translation>
    </message>
    <message>
      <source>End of life of “{product}”</source>
      <translation>Einde levensduur van “{product}”</translation>
    </message>
    <message>
      <source>Use of “{variant}” (for the MCI)</source>
      <translation>Gebruik van “{variant}” (voor de MCI)</translation>
    </message>
    <message>
      <source>Guessed from the parts: {stream}</source>
      <translation>Afgeleid uit de onderdelen: {stream}</translation>
    </message>
    <message>
      <source>Utility X of the MCI: {x}</source>
      <translation>Gebruiksfactor X van de MCI: {x}</translation>
    </message>
    <message>
      <source>rows {rows}</source>
      <translation>regels {rows}</translation>
    </message>
    <message>
      <source>Change the client</source>
      <translation>Klant wijzigen</translation>
    </message>
    <message>
      <source>Change the author</source>
      <translation>Auteur wijzigen</translation>
    </message>
    <message>
      <source>Change the date</source>
      <translation>Datum wijzigen</translation>
    </message>
    <message>
      <source>Edit the project notes</source>
      <translation>Projectnotities bewerken</translation>
    </message>
    <message>
      <source>years</source>
      <translation>jaar</translation>
    </message>
    <message>
      <source>Change the settings of {product}</source>
      <translation>Instellingen van {product} wijzigen</translation>
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
  <context>
    <name>TemplateDialog</name>
    <message>
      <source>New project from a template</source>
      <translation>Nieuw project vanuit een sjabloon</translation>
    </message>
    <message>
      <source>Delete this template</source>
      <translation>Dit sjabloon verwijderen</translation>
    </message>
    <message>
      <source>New project</source>
      <translation>Nieuw project</translation>
    </message>
    <message>
      <source>Start the new project from:</source>
      <translation>Begin het nieuwe project met:</translation>
    </message>
    <message>
      <source>Delete your template “{name}”? Projects made from it stay as they are.</source>
      <translation>Uw sjabloon “{name}” verwijderen? Projecten die ermee zijn gemaakt blijven zoals ze zijn.</translation>
    </message>
  </context>
  <context>
    <name>TemplateList</name>
    <message>
      <source>Empty project</source>
      <translation>Leeg project</translation>
    </message>
    <message>
      <source>{name} (your template)</source>
      <translation>{name} (uw sjabloon)</translation>
    </message>
    <message>
      <source>A product with an empty bill of materials to type or import.</source>
      <translation>Een product met een lege stuklijst om in te typen of te importeren.</translation>
    </message>
    <message>
      <source>Your template, saved from a project.</source>
      <translation>Uw sjabloon, opgeslagen vanuit een project.</translation>
    </message>
  </context>
  <context>
    <name>Units</name>
    <message>
      <source>pt</source>
      <translation>%-punt</translation>
    </message>
  </context>
</TS>
