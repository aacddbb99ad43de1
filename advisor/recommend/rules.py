"""The design-rule library: id, category, effort, condition and NL/EN sentences per rule.

Sentences take parameters: {parts} (the rows' names), {material}, {other}, {alternative},
{joint}, {finish}, {substances}, {crms}, {share}, {code}, {count}, {why}.
Effort: 1 = a detail change, 2 = a part redesign, 3 = a material or supplier change.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from dataclasses import dataclass

from advisor.engine.kbindex import METAL_FAMILIES, PLASTIC_FAMILIES
from advisor.recommend import conditions as cond


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    effort: int
    find: Callable
    en: tuple[str, str, str]  # title, action, why
    nl: tuple[str, str, str]
    legal: bool = False  # required by EU law: ranked first
    advice: bool = False  # an improvement, not a fault: ranked after the faults


BATTERY_LAW = ("Regulation (EU) 2023/1542 requires portable batteries that users can remove "
               "with commercially available tools, without heat or solvents.",
               "Verordening (EU) 2023/1542 eist dat draagbare batterijen met gewoon "
               "gereedschap, zonder warmte of oplosmiddel, te verwijderen zijn.")

RULES: tuple[Rule, ...] = (
    Rule("J01", "joint", 1, cond.removal("battery", "battery_not_removable"),
         ("Make the battery removable", "Fix {parts} with {joint} instead of a permanent joint.",
          BATTERY_LAW[0]),
         ("Maak de batterij verwijderbaar", "Bevestig {parts} met {joint} in plaats van een "
          "permanente verbinding.", BATTERY_LAW[1]), legal=True),
    Rule("J02", "joint", 1, cond.removal("electronics"),
         ("Make electronics removable", "Fix {parts} with {joint} so they can be taken out.",
          "WEEE treatment takes printed circuit boards out before shredding (Directive "
          "2012/19/EU, Annex VII); a fixed board is shredded and its metals are diluted."),
         ("Maak elektronica uitneembaar", "Bevestig {parts} met {joint} zodat ze eruit kunnen.",
          "Bij WEEE-verwerking gaan printplaten er vóór het shredderen uit (Richtlijn "
          "2012/19/EU, bijlage VII); een vaste print wordt geshredderd en de metalen raken "
          "verdund.")),
    Rule("J03", "joint", 1, cond.removal("substance"),
         ("Make parts with substances of concern removable",
          "Fix {parts} with {joint} so they can be taken out before shredding.",
          "Parts with substances of concern must be removed so they do not spoil the "
          "recyclate."),
         ("Maak onderdelen met zorgwekkende stoffen uitneembaar",
          "Bevestig {parts} met {joint} zodat ze vóór het shredderen los kunnen.",
          "Onderdelen met zorgwekkende stoffen moeten eruit, anders bederven ze het "
          "recyclaat.")),
    Rule("J04", "durability", 1, cond.removal("reuse"),
         ("Make durable parts reusable", "Fix {parts} with {joint} so they come out intact.",
          "A durable part that can be taken out whole can be reused or remanufactured."),
         ("Maak duurzame onderdelen herbruikbaar",
          "Bevestig {parts} met {joint} zodat ze heel loskomen.",
          "Een duurzaam onderdeel dat heel loskomt kan worden hergebruikt of gereviseerd."),
         advice=True),
    Rule("J05", "joint", 1, cond.special_tool,
         ("Avoid special tools for parts that must come out",
          "Use {joint} for {parts} instead of a joint that needs special tools.",
          "Regulation (EU) 2023/1670 counts basic tools as the standard for removability."),
         ("Vermijd speciaal gereedschap voor onderdelen die eruit moeten",
          "Gebruik {joint} voor {parts} in plaats van een verbinding die speciaal "
          "gereedschap vraagt.",
          "Verordening (EU) 2023/1670 hanteert gewoon gereedschap als maat voor "
          "losneembaarheid.")),
    Rule("J06", "joint", 2, cond.embedded_fastener,
         ("Fix upholstery without staples",
          "Replace {parts} by a fixing that comes off whole (a clip strip, zip, "
          "hook-and-loop or a clamped frame; e.g. {joint}).",
          "A staple shot through fabric into a shell or board is pulled one by one, if at "
          "all: at end of life its (zinc-coated) steel stays in the textile, foam, wood or "
          "plastic stream. EN 45554 counts staples as removable; that they stay in practice "
          "is an estimate."),
         ("Bevestig bekleding zonder nietjes",
          "Vervang {parts} door een bevestiging die heel loskomt (een kliklijst, rits, "
          "klittenband of een geklemd frame; bijv. {joint}).",
          "Een nietje door stof in een kuip of plaat wordt hooguit één voor één getrokken: "
          "aan het einde van de levensduur blijft het (verzinkte) staal in de textiel-, "
          "schuim-, hout- of kunststofstroom. EN 45554 telt nietjes als losneembaar; dat ze "
          "in de praktijk blijven zitten is een schatting.")),
    Rule("C01", "compatibility", 2, cond.fused("overmould"),
         ("Do not overmould different polymers",
          "Make {parts} a separate part held by {joint}, or mould it from a soft grade "
          "that recycles with {material} (ask the supplier for a compatible grade).",
          "Overmoulding makes an inseparable pair; {other} spoils the recycling of "
          "{material}."),
         ("Omspuit geen verschillende kunststoffen",
          "Maak {parts} een los onderdeel met een {joint}, of spuit het uit een zachte "
          "soort die met {material} mee te recyclen is (vraag de leverancier naar een "
          "verenigbare soort).",
          "Omspuiten maakt een onscheidbaar paar; {other} bederft de recycling van "
          "{material}.")),
    Rule("C02", "compatibility", 1, cond.fused("polymer"),
         ("Do not glue parts of another polymer",
          "Fix {parts} with {joint} instead of glue or welding.",
          "{other} ends up in the {material} stream and lowers or blocks its recycling."),
         ("Lijm geen onderdelen van een andere kunststof",
          "Bevestig {parts} met {joint} in plaats van lijm of lassen.",
          "{other} komt in de {material}-stroom terecht en verlaagt of blokkeert de "
          "recycling.")),
    Rule("C03", "compatibility", 1, cond.fused("metal"),
         ("Keep metal and plastic separable",
          "Fix {parts} with {joint} so metal and plastic come apart.",
          "Metal fixed in plastic (inserts, labels) contaminates the plastic stream."),
         ("Houd metaal en kunststof scheidbaar",
          "Bevestig {parts} met {joint} zodat metaal en kunststof uit elkaar gaan.",
          "Metaal vast in kunststof (inserts, plaatjes) vervuilt de kunststofstroom.")),
    Rule("C04", "compatibility", 1, cond.fused("copper_steel"),
         ("Keep copper out of the steel",
          "Fix {parts} with {joint} so the copper-bearing part comes out before shredding.",
          "Copper cannot be removed from molten steel; above 0.1% it spoils flat steel "
          "(Daehn et al. 2019)."),
         ("Houd koper uit het staal",
          "Bevestig {parts} met {joint} zodat het koperhoudende deel vóór het shredderen "
          "eruit kan.",
          "Koper is niet uit gesmolten staal te halen; boven 0,1% bederft het plaatstaal "
          "(Daehn e.a. 2019).")),
    Rule("C05", "compatibility", 1, cond.fused("other"),
         ("Separate materials that spoil each other",
          "Fix {parts} with {joint} so {other} and {material} are not shredded together.",
          "Mixed in one stream, {other} lowers the quality of recycled {material}."),
         ("Scheid materialen die elkaar bederven",
          "Bevestig {parts} met {joint} zodat {other} en {material} niet samen worden "
          "geshredderd.",
          "In één stroom verlaagt {other} de kwaliteit van gerecycled {material}.")),
    Rule("M01", "material", 1, cond.carbon_black,
         ("Avoid carbon-black pigment", "Colour {parts} with an NIR-detectable pigment "
          "({alternative}).",
          "Sorting lines identify plastics by near infrared; carbon black absorbs it, so "
          "black parts are rejected to residue."),
         ("Vermijd roet als pigment", "Kleur {parts} met een NIR-detecteerbaar pigment "
          "({alternative}).",
          "Sorteerlijnen herkennen kunststof met nabij-infrarood; roet absorbeert dat, dus "
          "zwarte delen gaan naar het restafval.")),
    Rule("M02", "material", 2, cond.material_variety,
         ("Reduce the number of polymers",
          "Make {parts} from {alternative} where the function allows (check stiffness, "
          "wear and heat); the product now uses {count} polymers.",
          "Fewer polymers mean fewer sorting steps and purer recyclate (the limit of "
          "3 is a design judgement)."),
         ("Gebruik minder soorten kunststof",
          "Maak {parts} van {alternative} als de functie dat toelaat (controleer stijfheid, "
          "slijtage en warmte); het product gebruikt nu {count} kunststoffen.",
          "Minder kunststoffen betekent minder sorteerstappen en zuiverder recyclaat (de "
          "grens van 3 is een ontwerpkeuze)."), advice=True),
    Rule("M03", "material", 3, cond.no_recycling,
         ("Choose a recyclable material",
          "Make {parts} from {alternative} instead of {material}, if it meets the "
          "part's demands (heat, food contact, wear).",
          "The knowledge base has no recycling route for {material} in this region."),
         ("Kies een recyclebaar materiaal",
          "Maak {parts} van {alternative} in plaats van {material}, als dat aan de eisen "
          "van het onderdeel voldoet (warmte, voedselcontact, slijtage).",
          "De kennisbank kent voor {material} geen recyclingroute in deze regio."),
         advice=True),
    Rule("S01", "substance", 3, cond.substance("pvc"),
         ("Replace PVC", "Make {parts} from {alternative} instead of {material}.",
          "PVC releases HCl when burnt and spoils PET and polyolefin recycling."),
         ("Vervang PVC", "Maak {parts} van {alternative} in plaats van {material}.",
          "PVC geeft bij verbranding zoutzuur af en bederft PET- en polyolefinerecycling."),
         legal=False),
    Rule("S02", "substance", 3, cond.substance("bfr"),
         ("Replace brominated flame retardants",
          "Use {alternative} for {parts} instead of {material}.",
          "Plastics with brominated flame retardants must be separated out (WEEE Annex VII) "
          "and are burnt, not recycled."),
         ("Vervang gebromeerde vlamvertragers",
          "Gebruik {alternative} voor {parts} in plaats van {material}.",
          "Kunststof met gebromeerde vlamvertragers moet apart (WEEE bijlage VII) en wordt "
          "verbrand, niet gerecycled.")),
    Rule("S03", "substance", 3, cond.substance(None),
         ("Replace substances of concern",
          "Use {alternative} for {parts} instead of {material} ({substances}).",
          "Substances of concern block closed-loop recycling and need special treatment."),
         ("Vervang zorgwekkende stoffen",
          "Gebruik {alternative} voor {parts} in plaats van {material} ({substances}).",
          "Zorgwekkende stoffen blokkeren gesloten recycling en vragen aparte verwerking.")),
    Rule("S04", "substance", 2, cond.finish_substance,
         ("Drop finishes with substances of concern",
          "Leave out {finish} on {parts} or use a finish without {substances}.",
          "Hexavalent chromium and PFAS coatings are restricted under REACH."),
         ("Laat afwerkingen met zorgwekkende stoffen weg",
          "Laat {finish} op {parts} weg of kies een afwerking zonder {substances}.",
          "Chroom(VI)- en PFAS-coatings zijn onder REACH aan banden gelegd."), legal=True),
    Rule("K01", "coating", 1, cond.coating(PLASTIC_FAMILIES),
         ("Avoid paint and lacquer on plastics",
          "Leave out {finish} on {parts}; colour or texture the plastic in the mould.",
          "Paint on plastics stays in the recyclate and lowers its quality."),
         ("Vermijd lak en verf op kunststof",
          "Laat {finish} op {parts} weg; kleur of structureer de kunststof in de matrijs.",
          "Lak op kunststof blijft in het recyclaat en verlaagt de kwaliteit.")),
    Rule("K02", "coating", 2, cond.coating(METAL_FAMILIES),
         ("Avoid coatings that spoil metal recycling",
          "Leave out {finish} on {parts} or choose an alloy that needs no plating.",
          "Nickel, chromium and tin from platings stay in the melt as tramp elements."),
         ("Vermijd deklagen die metaalrecycling bederven",
          "Laat {finish} op {parts} weg of kies een legering die geen deklaag nodig heeft.",
          "Nikkel, chroom en tin uit deklagen blijven als ongewenste elementen in de smelt.")),
    Rule("K03", "coating", 1, cond.coating(None),
         ("Avoid finishes that hinder recycling", "Leave out {finish} on {parts}.",
          "The finish lowers the quality of the recycled material."),
         ("Vermijd afwerkingen die recycling belemmeren", "Laat {finish} op {parts} weg.",
          "De afwerking verlaagt de kwaliteit van het gerecyclede materiaal.")),
    Rule("R01", "crm", 1, cond.crm_fixed,
         ("Make parts with critical raw materials recoverable",
          "Fix {parts} with {joint} so the {crms} can be recovered.",
          "Shredded with other parts, critical raw materials are lost in the bulk streams "
          "(Regulation (EU) 2024/1252 aims at 25% recycling in the EU)."),
         ("Maak onderdelen met kritieke grondstoffen terugwinbaar",
          "Bevestig {parts} met {joint} zodat de {crms} terug te winnen zijn.",
          "Samen geshredderd gaan kritieke grondstoffen verloren in de bulkstromen "
          "(Verordening (EU) 2024/1252 mikt op 25% recycling in de EU).")),
    Rule("R02", "crm", 3, cond.crm_substitute,
         ("Consider a material without critical raw materials",
          "Check whether {alternative} can replace {material} in {parts}.",
          "{crms} come for the most part from one country, above the 65% benchmark of "
          "Regulation (EU) 2024/1252."),
         ("Overweeg een materiaal zonder kritieke grondstoffen",
          "Ga na of {alternative} {material} kan vervangen in {parts}.",
          "{crms} komen grotendeels uit één land, boven de 65%-grens van Verordening (EU) "
          "2024/1252."), advice=True),
    Rule("P01", "marking", 1, cond.marking,
         ("Mark plastic parts", "Mould the ISO 11469 code (e.g. {code}) into {parts}.",
          "Marked parts are sorted by hand and in repair; the ecodesign rules ask it for "
          "plastic parts over 50 g."),
         ("Markeer kunststof onderdelen",
          "Breng de ISO 11469-code (bijv. {code}) aan in de matrijs van {parts}.",
          "Gemarkeerde delen worden met de hand en bij reparatie gesorteerd; de "
          "ecodesign-regels vragen dit voor kunststof delen boven 50 g."), advice=True),
    Rule("RC01", "recycled_content", 3, cond.recycled_content(raise_only=False),
         ("Use recycled material",
          "Specify {share:.0%} recycled content for {parts}, the market's share.",
          "Recycled content lowers the virgin input of the MCI and the embodied carbon."),
         ("Gebruik gerecycled materiaal",
          "Specificeer {share:.0%} gerecycled aandeel voor {parts}, het marktaandeel.",
          "Gerecycled aandeel verlaagt de nieuwe grondstofinzet (MCI) en de CO2-voetafdruk."),
         advice=True),
    Rule("RC02", "recycled_content", 2, cond.recycled_content(raise_only=True),
         ("Raise recycled content to the market level",
          "Raise the recycled content of {parts} to {share:.0%}.",
          "The market already supplies this share of recycled material."),
         ("Verhoog het gerecycled aandeel tot marktniveau",
          "Verhoog het gerecycled aandeel van {parts} tot {share:.0%}.",
          "De markt levert dit aandeel gerecycled materiaal al."), advice=True),
    Rule("D01", "durability", 1, cond.durable_destructive,
         ("Let durable parts come out undamaged",
          "Fix {parts} with {joint}: the present joint damages them when opened.",
          "Only an undamaged part can be reused, repaired or remanufactured."),
         ("Laat duurzame onderdelen onbeschadigd loskomen",
          "Bevestig {parts} met {joint}: de huidige verbinding beschadigt ze bij openen.",
          "Alleen een onbeschadigd onderdeel kan worden hergebruikt, gerepareerd of "
          "gereviseerd."), advice=True),
    Rule("DA01", "data", 1, cond.data_issue("material_unresolved"),
         ("Name the unknown materials", "Choose the material of {parts} from the list.",
          "Unknown materials count as landfill, which understates the product."),
         ("Benoem de onbekende materialen", "Kies het materiaal van {parts} uit de lijst.",
          "Onbekende materialen tellen als storten; dat doet het product tekort.")),
    Rule("DA02", "data", 1, cond.data_issue("low_confidence"),
         ("Confirm guessed materials", "Check the material read for {parts}.",
          "These names matched the knowledge base only loosely."),
         ("Bevestig geraden materialen", "Controleer het gelezen materiaal van {parts}.",
          "Deze namen kwamen maar losjes overeen met de kennisbank.")),
    Rule("DA03", "data", 1, cond.data_issue("joint_unresolved", "finish_unknown"),
         ("Name the unknown joints and finishes",
          "Choose the joint or finish of {parts} from the list.",
          "Unknown joints count as separable and unknown finishes as harmless."),
         ("Benoem onbekende verbindingen en afwerkingen",
          "Kies de verbinding of afwerking van {parts} uit de lijst.",
          "Onbekende verbindingen tellen als losneembaar, onbekende afwerkingen als "
          "onschadelijk.")),
    Rule("DA04", "data", 1, cond.data_issue("composition_unknown", "no_route_data"),
         ("Complete the knowledge base", "Add routes or a composition for {parts}.",
          "Without them these parts count as landfill."),
         ("Vul de kennisbank aan", "Voeg routes of een samenstelling toe voor {parts}.",
          "Zonder die gegevens tellen deze onderdelen als storten.")),
    Rule("DA05", "data", 1, cond.data_issue("e_f_unknown", "joint_time_unknown"),
         ("Fill in process and time data",
          "Add the recycling-process yield or disassembly time that {parts} need.",
          "The MCI then takes 100% efficiency and the time leaves these joints out."),
         ("Vul proces- en tijdgegevens aan",
          "Voeg het recyclingrendement of de demontagetijd toe die {parts} nodig hebben.",
          "De MCI rekent anders met 100% rendement en de tijd laat deze verbindingen weg.")),
    Rule("DA06", "data", 1, cond.carbon_gap,
         ("Add carbon figures", "Add embodied-carbon figures for the materials of {parts}.",
          "Their carbon is left out of the total."),
         ("Voeg CO2-gegevens toe", "Voeg CO2-waarden toe voor de materialen van {parts}.",
          "Hun CO2 ontbreekt in het totaal.")),
)

RULES_BY_ID = {r.id: r for r in RULES}


def rule_text(rule_id: str, part: str, lang: str, params: dict) -> str:
    """One sentence of a rule ('title', 'action' or 'why') with parameters filled in."""
    rule = RULES_BY_ID.get(rule_id)
    if rule is None:
        return rule_id
    template = (rule.nl if lang == "nl" else rule.en)[("title", "action", "why").index(part)]
    try:
        return string.Formatter().vformat(template, (), _Lenient(params))
    except (ValueError, IndexError, TypeError):
        return template


class _Lenient(dict):
    """A missing parameter shows as {name} rather than failing the whole sentence."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
