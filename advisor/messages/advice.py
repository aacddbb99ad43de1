"""Sentences of the design rules (advisor.recommend.rules): title, action, why, and the
action of advice without an edit (`_check`) or that leaves a finish out (`_leave`).

Parameters: {parts} the rows' names, {partner} the row they are joined to, {material}
the spoiled (or present) material, {other} what spoils it, {alternative}, {joint} the new
joint, {fixed} the present one, {finish}, {new_finish}, {substances}, {crms}, {share},
{code}, {count}, {effect_text}.
"""

BATTERY_LAW = (
    "Regulation (EU) 2023/1542 (Art. 11) requires from 18 February 2027 that a portable "
    "battery in an appliance can be removed and replaced by the user with commercially "
    "available tools, without heat or solvents. The duty is about the battery as a whole: "
    "the cells inside a pack may stay welded.",
    "Verordening (EU) 2023/1542 (art. 11) eist vanaf 18 februari 2027 dat een draagbare "
    "batterij in een apparaat door de gebruiker met in de handel verkrijgbaar gereedschap, "
    "zonder warmte of oplosmiddel, te verwijderen en te vervangen is. De plicht gaat over "
    "de batterij als geheel: de cellen in een pakket mogen gelast blijven.")

MESSAGES = {
    "rec_J01_title": {"en": "Make the battery removable by the user",
                      "nl": "Maak de batterij door de gebruiker uitneembaar"},
    "rec_J01_action": {
        "en": "Fix {parts} with {joint} instead of {fixed}: a battery door or latch, or "
              "screws a user can undo.",
        "nl": "Bevestig {parts} met {joint} in plaats van {fixed}: een batterijklep of "
              "vergrendeling, of schroeven die een gebruiker kan losdraaien."},
    "rec_J01_why": {"en": BATTERY_LAW[0], "nl": BATTERY_LAW[1]},
    "rec_J07_title": {"en": "Make the light source replaceable",
                      "nl": "Maak de lichtbron vervangbaar"},
    "rec_J07_action": {
        "en": "Fix {parts} with {joint} and connect it with a plug connector instead of "
              "{fixed}, so it can be replaced without damage.",
        "nl": "Bevestig {parts} met {joint} en sluit de lichtbron aan met een "
              "stekkerverbinding in plaats van {fixed}, zodat ze zonder schade te vervangen "
              "is."},
    "rec_J07_why": {
        "en": "Regulation (EU) 2019/2020 requires that light sources in a containing "
              "product (an appliance, a luminaire, furniture) can be replaced with commonly "
              "available tools without permanent damage, unless the technical documentation "
              "justifies otherwise. It applies when the LED is a light source in the "
              "regulation's sense (white light, 60 lm or more).",
        "nl": "Verordening (EU) 2019/2020 eist dat lichtbronnen in een product (een "
              "apparaat, armatuur of meubel) met gangbaar gereedschap en zonder blijvende "
              "schade te vervangen zijn, tenzij de technische documentatie iets anders "
              "onderbouwt. Dit geldt als de led een lichtbron is in de zin van de "
              "verordening (wit licht, 60 lm of meer)."},
    "rec_S04_title": {"en": "Use a finish without hexavalent chromium",
                      "nl": "Kies een afwerking zonder zeswaardig chroom"},
    "rec_S04_action": {"en": "Specify {new_finish} instead of {finish} on {parts}.",
                       "nl": "Specificeer {new_finish} in plaats van {finish} op {parts}."},
    "rec_S04_leave": {
        "en": "Leave out {finish} on {parts}; colour and texture the part in the mould.",
        "nl": "Laat {finish} op {parts} weg; geef het onderdeel kleur en structuur in de "
              "matrijs."},
    "rec_S04_check": {
        "en": "Ask the supplier for a finish on {parts} without hexavalent chromium that "
              "protects as well as {finish}.",
        "nl": "Vraag de leverancier om een afwerking op {parts} zonder zeswaardig chroom die "
              "even goed beschermt als {finish}."},
    "rec_S04_why": {
        "en": "Hexavalent chromium is a substance of very high concern: its use needs an "
              "authorisation under REACH (Annex XIV), and RoHS (Directive 2011/65/EU) "
              "restricts it in electrical equipment. Trivalent processes do the same job for "
              "most uses.",
        "nl": "Zeswaardig chroom is een zeer zorgwekkende stof: gebruik ervan vraagt een "
              "autorisatie onder REACH (bijlage XIV), en RoHS (Richtlijn 2011/65/EU) beperkt "
              "het in elektrische apparatuur. Driewaardige processen doen voor de meeste "
              "toepassingen hetzelfde werk."},
    "rec_J02_title": {"en": "Let the circuit board come out as a board",
                      "nl": "Laat de printplaat er als geheel uit komen"},
    "rec_J02_action": {
        "en": "Fix {parts} with {joint} and connect it with plug connectors instead of "
              "{fixed}.",
        "nl": "Bevestig {parts} met {joint} en sluit de print aan met stekkerverbindingen "
              "in plaats van {fixed}."},
    "rec_J02_why": {
        "en": "WEEE treatment takes boards over 10 cm² out before shredding (Directive "
              "2012/19/EU, Annex VII). Held by screws or clips and plugs, the board comes out "
              "in seconds and can be repaired or reused; glued or soldered in, it is cut out.",
        "nl": "Bij de verwerking van AEEA gaan printplaten boven 10 cm² er vóór het "
              "shredderen uit (Richtlijn 2012/19/EU, bijlage VII). Met schroeven of clips en "
              "stekkers is de print er in seconden uit en te repareren of te hergebruiken; "
              "gelijmd of ingesoldeerd wordt hij eruit gesneden."},
    "rec_J08_title": {"en": "Leave the potting off the board",
                      "nl": "Giet de printplaat niet in"},
    "rec_J08_action": {
        "en": "Seal the enclosure of {parts} with a gasket instead of potting it, and fix "
              "the board with {joint}, so it comes out as a board.",
        "nl": "Dicht de behuizing van {parts} af met een pakking in plaats van de print in "
              "te gieten, en bevestig de print met {joint}, zodat hij er als geheel uit komt."},
    "rec_J08_why": {
        "en": "A potted board cannot be repaired and its potting compound has to be broken "
              "away before the board reaches the smelter (Directive 2012/19/EU, Annex VII).",
        "nl": "Een ingegoten print is niet te repareren en de gietmassa moet worden "
              "weggebroken voordat de print naar de smelter kan (Richtlijn 2012/19/EU, "
              "bijlage VII)."},
    "rec_J04_title": {"en": "Let the module come out whole for reuse",
                      "nl": "Laat de module heel loskomen voor hergebruik"},
    "rec_J04_action": {
        "en": "Fix {parts} with {joint} instead of {fixed}, so it comes out undamaged.",
        "nl": "Bevestig {parts} met {joint} in plaats van {fixed}, zodat het onbeschadigd "
              "loskomt."},
    "rec_J04_why": {
        "en": "A motor, pump, fan or gas spring that comes out whole can go to the "
              "spare-parts trade or a remanufacturer (R3-R6); fixed for good it is damaged or "
              "shredded with the rest.",
        "nl": "Een motor, pomp, ventilator of gasveer die heel loskomt kan naar de "
              "onderdelenhandel of een reviseerbedrijf (R3-R6); vast verbonden raakt hij "
              "beschadigd of gaat hij mee de shredder in."},
    "rec_J09_title": {"en": "Let the refurbisher replace the wear parts",
                      "nl": "Laat de refurbisher de slijtdelen vervangen"},
    "rec_J09_action": {
        "en": "Fix {parts} with {joint} instead of {fixed}, so that {channel} can take off "
              "and replace what wears, whole.",
        "nl": "Bevestig {parts} met {joint} in plaats van {fixed}, zodat {channel} wat "
              "slijt heel kunnen losnemen en vervangen."},
    "rec_J09_why": {
        "en": "{channel} take the whole product ({route}) when the parts they replace come "
              "off whole; as long as {parts} cannot, the product cannot go there and is "
              "taken apart for recycling instead.",
        "nl": "{channel} nemen het hele product over ({route}) als de delen die zij "
              "vervangen heel loskomen; zolang {parts} dat niet kan, kan het product daar "
              "niet heen en wordt het voor recycling uit elkaar gehaald."},
    "rec_G01_title": {"en": "Glaze dry so the pane comes out whole",
                      "nl": "Beglaas droog zodat de ruit heel uitneembaar is"},
    "rec_G01_action": {
        "en": "Hold {parts} in {partner} with gaskets and screwed or clipped glazing beads "
              "instead of bedding it in sealant.",
        "nl": "Zet {parts} in {partner} met beglazingsrubbers en geschroefde of geklikte "
              "glaslatten in plaats van in kit."},
    "rec_G01_why": {
        "en": "Flat glass is collected separately by the national flat-glass scheme. A pane "
              "bedded in sealant breaks when it is cut out and the sealant stays on it; a "
              "dry-glazed unit comes out whole for reuse or clean recycling.",
        "nl": "Vlakglas wordt apart ingezameld door de landelijke vlakglasregeling. Een ruit "
              "in kit breekt bij het uitsnijden en de kit blijft eraan; een droog beglaasde "
              "eenheid komt heel los voor hergebruik of schone recycling."},
    "rec_R01_title": {"en": "Let the magnet come out for magnet recycling",
                      "nl": "Laat de magneet loskomen voor magneetrecycling"},
    "rec_R01_action": {
        "en": "Hold {parts} in a pocket or with a clip ({joint}) instead of {fixed}.",
        "nl": "Houd {parts} vast in een kamer of met een clip ({joint}) in plaats van "
              "{fixed}."},
    "rec_R01_why": {
        "en": "Fixed for good, a rare-earth magnet ends in the steel or plastic fraction and "
              "its {crms} are lost; magnet recycling needs it out whole (Regulation (EU) "
              "2024/1252 aims at 25% of strategic raw materials from recycling).",
        "nl": "Vast verbonden komt een zeldzame-aardmagneet in de staal- of kunststoffractie "
              "en worden de {crms} niet teruggewonnen; magneetrecycling heeft hem heel nodig "
              "(Verordening (EU) 2024/1252 mikt op 25% strategische grondstoffen uit "
              "recycling)."},
    "rec_C06_title": {"en": "Use a label that recycles with the part",
                      "nl": "Gebruik een label dat met het onderdeel mee recyclet"},
    "rec_C06_action": {
        "en": "Make {parts} from {alternative} instead of {other}, so it recycles with the "
              "{material} of {partner}.",
        "nl": "Maak {parts} van {alternative} in plaats van {other}, zodat het met het "
              "{material} van {partner} mee recyclet."},
    "rec_C06_check": {
        "en": "Mark the data of {parts} in {partner} itself (laser marking or moulded-in "
              "text) instead of gluing a {other} label on it.",
        "nl": "Breng de gegevens van {parts} in {partner} zelf aan (lasermarkering of "
              "ingespoten tekst) in plaats van er een label van {other} op te lijmen."},
    "rec_C06_why": {
        "en": "Glued on, the label stays on the {material} after shredding, which "
              "{effect_text}.",
        "nl": "Gelijmd blijft het label na het shredderen op het {material}, wat "
              "{effect_text}."},
    "rec_C01_title": {"en": "Do not overmould a different polymer",
                      "nl": "Omspuit geen andere kunststof"},
    "rec_C01_action": {
        "en": "Make {parts} a separate part held on {partner} by {joint}, or mould it from "
              "a soft grade that recycles with {material} (ask the supplier for a compatible "
              "grade).",
        "nl": "Maak {parts} een los onderdeel dat met {joint} op {partner} zit, of spuit het "
              "uit een zachte soort die met {material} mee te recyclen is (vraag de "
              "leverancier naar een verenigbare soort)."},
    "rec_C01_why": {
        "en": "Overmoulding makes an inseparable pair: after shredding {other} stays on "
              "{material}, which {effect_text}.",
        "nl": "Omspuiten maakt een onscheidbaar paar: na het shredderen blijft {other} op "
              "het {material}, wat {effect_text}."},
    "rec_C02_title": {"en": "Do not glue or weld another polymer on",
                      "nl": "Lijm of las geen andere kunststof vast"},
    "rec_C02_action": {
        "en": "Fix {parts} to {partner} with {joint} instead of {fixed}.",
        "nl": "Bevestig {parts} aan {partner} met {joint} in plaats van {fixed}."},
    "rec_C02_action_sealed": {
        "en": "Clip {parts} into {partner} with a seal ({joint}) instead of {fixed}.",
        "nl": "Klik {parts} met een afdichting in {partner} ({joint}) in plaats van "
              "{fixed}."},
    "rec_C02_why": {
        "en": "Glued or welded, {other} stays on {material} after shredding, which "
              "{effect_text}.",
        "nl": "Gelijmd of gelast blijft {other} na het shredderen op het {material}, wat "
              "{effect_text}."},
    "rec_C07_title": {"en": "Fix foam and covers so they come off whole",
                      "nl": "Bevestig schuim en bekleding zodat ze heel loskomen"},
    "rec_C07_action": {"en": "Fix {parts} to {partner} with {joint} instead of {fixed}.",
                       "nl": "Bevestig {parts} aan {partner} met {joint} in plaats van "
                             "{fixed}."},
    "rec_C07_why": {
        "en": "Glued, {other} stays on {material} after shredding, which {effect_text}; a "
              "cover or foam that comes off whole goes to its own stream, or is replaced "
              "when worn.",
        "nl": "Gelijmd blijft {other} na het shredderen op het {material}, wat "
              "{effect_text}; bekleding of schuim dat heel loskomt gaat naar een eigen "
              "stroom, of wordt vervangen als het versleten is."},
    "rec_C03_title": {"en": "Keep metal and plastic apart",
                      "nl": "Houd metaal en kunststof gescheiden"},
    "rec_C03_action": {
        "en": "Fix {parts} to {partner} with {joint} instead of {fixed}, so the shredder "
              "tears them apart.",
        "nl": "Bevestig {parts} aan {partner} met {joint} in plaats van {fixed}, zodat de "
              "shredder ze uit elkaar trekt."},
    "rec_C03_why": {
        "en": "Moulded or glued in, {other} stays on {material} after shredding, which "
              "{effect_text}.",
        "nl": "Ingegoten of gelijmd blijft {other} na het shredderen aan het {material}, wat "
              "{effect_text}."},
    "rec_C04_title": {"en": "Keep copper out of the steel",
                      "nl": "Houd koper uit het staal"},
    "rec_C04_action": {
        "en": "Fix {parts} to {partner} with {joint} instead of {fixed}, so the "
              "copper-bearing part separates from the steel in shredding.",
        "nl": "Bevestig {parts} aan {partner} met {joint} in plaats van {fixed}, zodat het "
              "koperhoudende deel bij het shredderen van het staal loskomt."},
    "rec_C04_why": {
        "en": "Copper that stays on steel after shredding cannot be removed in steelmaking; "
              "above 0.1% it spoils flat steel (Daehn et al. 2019).",
        "nl": "Koper dat na het shredderen aan staal blijft is er in de staalproductie niet "
              "meer uit te halen; boven 0,1% bederft het plaatstaal (Daehn e.a. 2019)."},
    "rec_C05_title": {"en": "Separate materials that spoil each other",
                      "nl": "Scheid materialen die elkaar bederven"},
    "rec_C05_action": {"en": "Fix {parts} to {partner} with {joint} instead of {fixed}.",
                       "nl": "Bevestig {parts} aan {partner} met {joint} in plaats van "
                             "{fixed}."},
    "rec_C05_why": {
        "en": "Bonded, {other} stays on {material} after shredding, which {effect_text}.",
        "nl": "Vast verbonden blijft {other} na het shredderen aan het {material}, wat "
              "{effect_text}."},
    "rec_J06_title": {"en": "Fix upholstery without staples",
                      "nl": "Bevestig bekleding zonder nietjes"},
    "rec_J06_action": {
        "en": "Hold {cover} on {partner} with {joint} instead of {staples}: a clip strip, "
              "hook-and-loop or a clamped frame lets the cover come off whole.",
        "nl": "Houd {cover} op {partner} vast met {joint} in plaats van {staples}: een "
              "kliklijst, klittenband of een geklemd frame laat de bekleding heel loskomen."},
    "rec_J06_why": {
        "en": "A staple shot through fabric into a shell or board is pulled one by one, if "
              "at all: at end of life its (zinc-coated) steel stays in the textile, foam, "
              "wood or plastic stream, and the cover cannot be replaced (an estimate: EN "
              "45554 counts staples as removable).",
        "nl": "Een nietje door stof in een kuip of plaat wordt hooguit één voor één "
              "getrokken: aan het einde van de levensduur blijft het (verzinkte) staal in de "
              "textiel-, schuim-, hout- of kunststofstroom en is de bekleding niet te "
              "vervangen (een schatting: EN 45554 telt nietjes als losneembaar)."},
}
