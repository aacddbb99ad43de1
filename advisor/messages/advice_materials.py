"""Sentences of the material, substance, finish, marking and recycled-content rules
(see advisor/messages/advice.py for the keys and parameters)."""

MESSAGES = {
    "rec_S01_title": {"en": "Replace PVC", "nl": "Vervang PVC"},
    "rec_S01_action": {"en": "Make {parts} from {alternative} instead of {material}.",
                       "nl": "Maak {parts} van {alternative} in plaats van {material}."},
    "rec_S01_check": {
        "en": "Ask the supplier whether {parts} can be made without PVC in a material that "
              "does the same job; the knowledge base knows no alternative for its function.",
        "nl": "Vraag de leverancier of {parts} zonder PVC te maken is in een materiaal dat "
              "hetzelfde werk doet; de kennisbank kent geen alternatief voor deze functie."},
    "rec_S01_why": {
        "en": "PVC gives off hydrogen chloride when burnt and spoils the recycling of other "
              "plastics; for cables, halogen-free insulation is the common alternative "
              "(EN 50525-3).",
        "nl": "PVC geeft bij verbranding zoutzuur af en bederft de recycling van andere "
              "kunststoffen; voor kabels is halogeenvrije isolatie het gangbare alternatief "
              "(EN 50525-3)."},
    "rec_S02_title": {"en": "Replace the brominated flame retardant",
                      "nl": "Vervang de gebromeerde vlamvertrager"},
    "rec_S02_action": {"en": "Make {parts} from {alternative} instead of {material}.",
                       "nl": "Maak {parts} van {alternative} in plaats van {material}."},
    "rec_S02_check": {
        "en": "Ask the supplier for a halogen-free flame-retardant grade (phosphorus- or "
              "nitrogen-based) for {parts} instead of {material}.",
        "nl": "Vraag de leverancier om een halogeenvrije vlamvertragende soort (op basis van "
              "fosfor of stikstof) voor {parts} in plaats van {material}."},
    "rec_S02_why": {
        "en": "Plastics with brominated flame retardants are sorted out of WEEE plastics and "
              "burnt, not recycled (Directive 2012/19/EU, Annex VII).",
        "nl": "Kunststof met gebromeerde vlamvertragers wordt uit de AEEA-kunststoffen "
              "gesorteerd en verbrand, niet gerecycled (Richtlijn 2012/19/EU, bijlage VII)."},
    "rec_S03_title": {"en": "Replace the substance of concern",
                      "nl": "Vervang de zorgwekkende stof"},
    "rec_S03_action": {
        "en": "Make {parts} from {alternative} instead of {material} ({substances}).",
        "nl": "Maak {parts} van {alternative} in plaats van {material} ({substances})."},
    "rec_S03_check": {
        "en": "Ask the supplier for {parts} in a grade of {material} without {substances}.",
        "nl": "Vraag de leverancier om {parts} in een soort {material} zonder {substances}."},
    "rec_S03_why": {
        "en": "Substances of concern keep the material out of closed-loop recycling and need "
              "separate treatment.",
        "nl": "Zorgwekkende stoffen houden het materiaal uit gesloten recycling en vragen "
              "aparte verwerking."},
    "rec_S05_title": {"en": "Use a finish without the substance of concern",
                      "nl": "Kies een afwerking zonder de zorgwekkende stof"},
    "rec_S05_action": {"en": "Specify {new_finish} instead of {finish} on {parts}.",
                       "nl": "Specificeer {new_finish} in plaats van {finish} op {parts}."},
    "rec_S05_leave": {"en": "Leave out {finish} on {parts}.",
                      "nl": "Laat {finish} op {parts} weg."},
    "rec_S05_check": {
        "en": "Ask the supplier for a finish on {parts} without {substances} that does the "
              "same job as {finish}.",
        "nl": "Vraag de leverancier om een afwerking op {parts} zonder {substances} die "
              "hetzelfde doet als {finish}."},
    "rec_S05_why": {
        "en": "The finish carries {substances}; fluorinated (PFAS) coatings are under a "
              "proposed EU restriction (ECHA 2023) and do not recycle with the metal.",
        "nl": "De afwerking bevat {substances}; gefluoreerde (PFAS-)coatings vallen onder "
              "een voorgestelde EU-beperking (ECHA 2023) en recyclen niet met het metaal."},
    "rec_M01_title": {"en": "Use a black that sorting machines can see",
                      "nl": "Gebruik een zwart dat sorteermachines zien"},
    "rec_M01_action": {
        "en": "Specify {alternative} for {parts}: coloured with an NIR-detectable pigment "
              "(a carbon-black-free black, or a lighter colour).",
        "nl": "Specificeer {alternative} voor {parts}: gekleurd met een NIR-detecteerbaar "
              "pigment (een zwart zonder roet, of een lichtere kleur)."},
    "rec_M01_check": {
        "en": "Ask the supplier for {material} with an NIR-detectable black pigment for "
              "{parts}.",
        "nl": "Vraag de leverancier om {material} met een NIR-detecteerbaar zwart pigment "
              "voor {parts}."},
    "rec_M01_why": {
        "en": "The chain that takes this product sorts plastics by near infrared; carbon "
              "black absorbs it, so black parts go to the residue.",
        "nl": "De keten die dit product verwerkt sorteert kunststof met nabij-infrarood; "
              "roet absorbeert dat, zodat zwarte delen naar het restafval gaan."},
    "rec_M04_title": {"en": "Choose a material that sorts apart",
                      "nl": "Kies een materiaal dat apart uitsorteert"},
    "rec_M04_action": {"en": "Make {parts} from {alternative} instead of {material}.",
                       "nl": "Maak {parts} van {alternative} in plaats van {material}."},
    "rec_M04_why": {
        "en": "After shredding, {material} lands in the same sorting fraction as {other} and "
              "spoils it; {alternative} does the part's job and does not.",
        "nl": "Na het shredderen komt {material} in dezelfde sorteerfractie als {other} en "
              "bederft die; {alternative} doet het werk van het onderdeel en doet dat niet."},
    "rec_M03_title": {"en": "Choose a recyclable material that does the job",
                      "nl": "Kies een recyclebaar materiaal dat het werk doet"},
    "rec_M03_action": {"en": "Make {parts} from {alternative} instead of {material}.",
                       "nl": "Maak {parts} van {alternative} in plaats van {material}."},
    "rec_M03_why": {
        "en": "{material} has no recycling route in this chain; {alternative} does the "
              "part's job and has one.",
        "nl": "{material} heeft in deze keten geen recyclingroute; {alternative} doet het "
              "werk van het onderdeel en heeft die wel."},
    "rec_M02_title": {"en": "Use fewer polymers", "nl": "Gebruik minder soorten kunststof"},
    "rec_M02_action": {
        "en": "Make {parts} from {alternative}, the product's main polymer; it now uses "
              "{count} polymers.",
        "nl": "Maak {parts} van {alternative}, de hoofdkunststof van het product; het "
              "gebruikt nu {count} kunststoffen."},
    "rec_M02_why": {
        "en": "Fewer polymers mean fewer sorting steps and purer recyclate (the limit of 3 "
              "is a design judgement); {alternative} can do this part's job.",
        "nl": "Minder kunststoffen betekent minder sorteerstappen en zuiverder recyclaat (de "
              "grens van 3 is een ontwerpkeuze); {alternative} kan het werk van dit "
              "onderdeel doen."},
    "rec_K01_title": {"en": "Leave the paint off the plastic",
                      "nl": "Laat de lak op de kunststof weg"},
    "rec_K01_action": {"en": "Specify {new_finish} instead of {finish} on {parts}.",
                       "nl": "Specificeer {new_finish} in plaats van {finish} op {parts}."},
    "rec_K01_leave": {
        "en": "Leave out {finish} on {parts}; colour or texture the plastic in the mould.",
        "nl": "Laat {finish} op {parts} weg; kleur of structureer de kunststof in de "
              "matrijs."},
    "rec_K01_why": {
        "en": "Paint and lacquer stay in the recyclate and lower its quality (PolyCE design "
              "guidelines).",
        "nl": "Lak en verf blijven in het recyclaat en verlagen de kwaliteit "
              "(PolyCE-ontwerprichtlijnen)."},
    "rec_K02_title": {"en": "Choose a coating that recycles with the metal",
                      "nl": "Kies een deklaag die met het metaal mee recyclet"},
    "rec_K02_action": {
        "en": "Specify {new_finish} instead of {finish} on {parts}: it protects too and does "
              "not stay in the melt.",
        "nl": "Specificeer {new_finish} in plaats van {finish} op {parts}: dat beschermt ook "
              "en blijft niet in de smelt achter."},
    "rec_K02_why": {
        "en": "Nickel, chromium and tin from platings stay in the metal melt as tramp "
              "elements; the coating itself is kept, because it protects the part.",
        "nl": "Nikkel, chroom en tin uit deklagen blijven als ongewenste elementen in de "
              "metaalsmelt; de deklaag zelf blijft, omdat die het onderdeel beschermt."},
    "rec_K03_title": {"en": "Choose a finish that keeps the material recyclable",
                      "nl": "Kies een afwerking die het materiaal recyclebaar houdt"},
    "rec_K03_action": {"en": "Specify {new_finish} instead of {finish} on {parts}.",
                       "nl": "Specificeer {new_finish} in plaats van {finish} op {parts}."},
    "rec_K03_why": {
        "en": "{finish} lowers the grade of the recycled material (stained or varnished wood "
              "is B-wood; oiled or waxed solid wood stays A-wood).",
        "nl": "{finish} verlaagt de kwaliteit van het gerecyclede materiaal (gebeitst of "
              "gevernist hout is B-hout; geolied of gewast massief hout blijft A-hout)."},
    "rec_R02_title": {"en": "Check a magnet without rare earths",
                      "nl": "Onderzoek een magneet zonder zeldzame aardmetalen"},
    "rec_R02_check": {
        "en": "Check whether a ferrite magnet (larger for the same field) fits in place of "
              "the {material} in {parts}.",
        "nl": "Ga na of een ferrietmagneet (groter voor hetzelfde veld) past in plaats van "
              "de {material} in {parts}."},
    "rec_R02_why": {
        "en": "{crms} come mostly from one country, above the 65% benchmark of Regulation "
              "(EU) 2024/1252.",
        "nl": "{crms} komen grotendeels uit één land, boven de 65%-grens van Verordening "
              "(EU) 2024/1252."},
    "rec_P01_title": {"en": "Mark the plastic parts", "nl": "Markeer de kunststofonderdelen"},
    "rec_P01_action": {"en": "Mould the ISO 11469 code (e.g. {code}) into {parts}.",
                       "nl": "Breng de ISO 11469-code (bijv. {code}) aan in de matrijs van "
                             "{parts}."},
    "rec_P01_why": {
        "en": "A marked part tells a repairer or dismantler which polymer it is, so that it "
              "can be sorted by hand into a clean fraction (ISO 11469).",
        "nl": "Een gemarkeerd deel vertelt een reparateur of demontagebedrijf welk polymeer "
              "het is, zodat het met de hand in een zuivere fractie gesorteerd kan worden "
              "(ISO 11469)."},
    "rec_RC01_title": {"en": "Use recycled material: {material}",
                       "nl": "Gebruik gerecycled materiaal: {material}"},
    "rec_RC01_action": {
        "en": "Specify at least {share:.0%} recycled content for {parts}: the market "
              "average for {material}.",
        "nl": "Specificeer minstens {share:.0%} gerecycled aandeel voor {parts}: het "
              "marktgemiddelde voor {material}."},
    "rec_RC01_why": {
        "en": "Recycled content lowers the virgin input of the MCI and the embodied carbon; "
              "the market already supplies this share of recycled {material}.",
        "nl": "Gerecycled aandeel verlaagt de nieuwe grondstofinzet (MCI) en de "
              "CO2-voetafdruk; de markt levert dit aandeel gerecycled {material} al."},
    "rec_RC03_title": {"en": "Ask for recycled material: {material}",
                       "nl": "Vraag naar gerecycled materiaal: {material}"},
    "rec_RC03_check": {
        "en": "Ask the supplier for {material} with recycled content for {parts}.",
        "nl": "Vraag de leverancier om {material} met gerecycled aandeel voor {parts}."},
    "rec_RC03_why": {
        "en": "A large part without recycled content: recycled feedstock lowers the virgin "
              "input of the MCI and the embodied carbon.",
        "nl": "Een groot onderdeel zonder gerecycled aandeel: gerecyclede grondstof verlaagt "
              "de nieuwe grondstofinzet (MCI) en de CO2-voetafdruk."},
}
