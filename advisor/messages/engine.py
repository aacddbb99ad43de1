"""Sentences of the evaluation engine: routes, qualities, categories, reasons, issues."""

MESSAGES = {
    # R-ladder (PBL, Potting et al. 2017); Dutch verbs as used in Dutch practice.
    "route_R3": {"en": "R3 Reuse", "nl": "R3 Hergebruiken"},
    "route_R4": {"en": "R4 Repair", "nl": "R4 Repareren"},
    "route_R5": {"en": "R5 Refurbish", "nl": "R5 Opknappen"},
    "route_R6": {"en": "R6 Remanufacture", "nl": "R6 Reviseren"},
    "route_R7": {"en": "R7 Repurpose", "nl": "R7 Herbestemmen"},
    "route_R8": {"en": "R8 Recycle", "nl": "R8 Recyclen"},
    "route_R9": {"en": "R9 Recover energy", "nl": "R9 Energie terugwinnen"},
    "route_landfill": {"en": "Landfill", "nl": "Storten"},
    "quality_reuse": {"en": "reuse", "nl": "hergebruik"},
    "quality_closed_loop": {"en": "closed loop", "nl": "gesloten kringloop"},
    "quality_high_grade": {"en": "high-grade", "nl": "hoogwaardig"},
    "quality_downcycled": {"en": "downcycled", "nl": "laagwaardig"},
    "quality_energy": {"en": "energy recovery", "nl": "energieterugwinning"},
    "quality_landfill": {"en": "landfill", "nl": "storten"},
    "category_joint": {"en": "Joints", "nl": "Verbindingen"},
    "category_material": {"en": "Material choice", "nl": "Materiaalkeuze"},
    "category_compatibility": {"en": "Material combinations", "nl": "Materiaalcombinaties"},
    "category_substance": {"en": "Substances of concern", "nl": "Zorgwekkende stoffen"},
    "category_crm": {"en": "Critical raw materials", "nl": "Kritieke grondstoffen"},
    "category_marking": {"en": "Marking", "nl": "Markering"},
    "category_coating": {"en": "Coatings and finishes", "nl": "Coatings en afwerking"},
    "category_recycled_content": {"en": "Recycled content", "nl": "Gerecycled aandeel"},
    "category_durability": {"en": "Durability and reuse", "nl": "Levensduur en hergebruik"},
    "category_data": {"en": "Missing data", "nl": "Ontbrekende gegevens"},
    "why_battery": {"en": "a battery", "nl": "een batterij"},
    "why_electronics": {"en": "electronics", "nl": "elektronica"},
    "why_substance": {"en": "it contains a substance that Annex VII names",
                      "nl": "het bevat een stof die bijlage VII noemt"},
    "why_reuse": {"en": "it is taken out whole for reuse",
                  "nl": "het gaat er heel uit voor hergebruik"},
    "why_cable": {"en": "an external electric cable", "nl": "een externe elektrische kabel"},
    # Reasons a better route is blocked.
    "reason_not_liberated": {
        "en": "the part cannot be taken off intact (joint: {joint})",
        "nl": "het onderdeel is niet heel los te halen (verbinding: {joint})"},
    "reason_coated": {"en": "the finish {finish} hinders this route",
                      "nl": "de afwerking {finish} belemmert deze route"},
    "reason_not_detectable": {
        "en": "{material} with carbon black cannot be detected by NIR sorters",
        "nl": "{material} met roet (carbon black) wordt niet herkend door NIR-sorteerders"},
    "reason_substance": {"en": "contains substances of concern ({substances})",
                         "nl": "bevat zorgwekkende stoffen ({substances})"},
    "reason_not_mono": {"en": "not a single material (mixed with {others})",
                        "nl": "geen enkelvoudig materiaal (gemengd met {others})"},
    "reason_incompatible": {"en": "mixed with incompatible materials: {others}",
                            "nl": "gemengd met onverenigbare materialen: {others}"},
    "reason_mix_downgrades": {"en": "mixing with {others} lowers the output quality",
                              "nl": "menging met {others} verlaagt de kwaliteit"},
    "reason_not_durable": {"en": "not a durable part that is worth reusing",
                           "nl": "geen duurzaam onderdeel dat hergebruik waard is"},
    "reason_not_functional": {
        "en": "taking it off ({joint}) damages it, so it cannot be used again",
        "nl": "losmaken ({joint}) beschadigt het, zodat het niet opnieuw te gebruiken is"},
    "reason_not_collected": {
        "en": "the chain that leads to this route does not collect where the product is "
              "used ({region}); it collects in {regions}",
        "nl": "de keten naar deze route zamelt niet in waar het product gebruikt wordt "
              "({region}); ze zamelt in in {regions}"},
    "reason_not_in_chain": {
        "en": "the treatment chain of this product ({chain}) does not lead to this route",
        "nl": "de verwerkingsketen van dit product ({chain}) leidt niet naar deze route"},
    "reason_no_material_recycling": {
        "en": "the treatment chain of this product ({chain}) recycles no materials",
        "nl": "de verwerkingsketen van dit product ({chain}) recyclet geen materialen"},
    "reason_no_channel_here": {
        "en": "no channel takes this part for this product type (the sourced channel "
              "works for other products)",
        "nl": "geen kanaal neemt dit onderdeel af voor dit soort product (het bekende "
              "kanaal werkt voor andere producten)"},
    "reason_not_in_scope": {
        "en": "it is processed {processed_in_text}, outside the area this scenario counts "
              "({scope_text})",
        "nl": "het wordt verwerkt {processed_in_text}, buiten het gebied dat dit scenario "
              "meetelt ({scope_text})"},
    "reason_joint_unknown": {
        "en": "how it is joined is not given, so whether it comes out whole is not assessed",
        "nl": "hoe het vastzit is niet opgegeven; of het heel loskomt is dus niet "
              "beoordeeld"},
    "reason_not_removed": {
        "en": "{material} is not taken out before shredding here, so it does not reach its "
              "own treatment",
        "nl": "{material} wordt hier niet vóór het shredderen uitgenomen en bereikt zijn "
              "eigen verwerking dus niet"},
    "reason_unsorted": {
        "en": "after shredding it lands in one sorting fraction with {others}, which the "
              "sorting line cannot tell apart from it",
        "nl": "na het shredderen komt het in één sorteerfractie met {others}, dat de "
              "sorteerlijn er niet van kan scheiden"},
    "reason_travels_with": {
        "en": "it stays attached to {main} in the shredder and goes where that goes: "
              "nothing of it is recovered there",
        "nl": "het blijft in de shredder aan {main} vastzitten en gaat mee naar diens "
              "verwerking: daar wordt er niets van teruggewonnen"},
    "reason_channel_parts_fixed": {
        "en": "the channel replaces worn parts, but {parts} cannot be taken off without "
              "damage",
        "nl": "het kanaal vervangt versleten onderdelen, maar {parts} is niet zonder schade "
              "los te halen"},
    "reason_channel_parts_unknown": {
        "en": "the channel replaces worn parts; how {parts} is joined is not given",
        "nl": "het kanaal vervangt versleten onderdelen; hoe {parts} vastzit is niet "
              "opgegeven"},
    "place_region": {"en": "in the region", "nl": "in de regio"},
    "place_nl": {"en": "elsewhere in the Netherlands", "nl": "elders in Nederland"},
    "place_eu": {"en": "elsewhere in the EU", "nl": "elders in de EU"},
    "place_world": {"en": "outside the EU", "nl": "buiten de EU"},
    "scope_region": {"en": "within the region", "nl": "binnen de regio"},
    "scope_nl": {"en": "within the Netherlands", "nl": "binnen Nederland"},
    "scope_eu": {"en": "within the EU", "nl": "binnen de EU"},
    "scope_anywhere": {"en": "anywhere", "nl": "overal"},
    # Issues per component.
    "issue_material_unresolved": {
        "en": "Material \"{input}\" is not in the knowledge base; counted as landfill",
        "nl": "Materiaal \"{input}\" staat niet in de kennisbank; telt als storten"},
    "issue_composition_unknown": {
        "en": "The make-up of {material} is unknown; its routes and raw materials are not "
              "assessed",
        "nl": "De samenstelling van {material} is onbekend; routes en grondstoffen zijn niet "
              "beoordeeld"},
    "issue_no_route_data": {
        "en": "The knowledge base has no recovery route for {material}; counted as landfill",
        "nl": "De kennisbank heeft geen verwerkingsroute voor {material}; telt als storten"},
    "issue_yield_factor_unknown": {
        "en": "{other} lowers the recycling yield of {material}, by an unknown amount",
        "nl": "{other} verlaagt het recyclingrendement van {material}, met onbekende omvang"},
    "issue_low_confidence": {
        "en": "\"{input}\" was read as {material} with low confidence ({confidence:.0%}); "
              "please confirm",
        "nl": "\"{input}\" is gelezen als {material} met lage zekerheid ({confidence:.0%}); "
              "controleer dit"},
    "issue_joint_unresolved": {
        "en": "Joint \"{input}\" is not in the knowledge base; whether the part comes out "
              "whole is not assessed, and in the shredder it is taken to come loose",
        "nl": "Verbinding \"{input}\" staat niet in de kennisbank; of het onderdeel heel "
              "loskomt is niet beoordeeld, en in de shredder telt het als los"},
    "issue_joint_unknown": {
        "en": "How this part is joined is not given; whether it comes out whole is not "
              "assessed, and in the shredder it is taken to come loose (the stream's "
              "standard treatment)",
        "nl": "Hoe dit onderdeel vastzit is niet opgegeven; of het heel loskomt is niet "
              "beoordeeld, en in de shredder telt het als los (de standaardverwerking van "
              "de stroom)"},
    "issue_no_reuse_channel": {
        "en": "{material} comes out whole, but no channel for reusing or remanufacturing it "
              "is known for this product; it goes to recycling",
        "nl": "{material} komt heel los, maar voor dit product is geen kanaal bekend dat "
              "het hergebruikt of reviseert; het gaat naar recycling"},
    "issue_unsorted_incompatible": {
        "en": "{material} lands in one sorting fraction with {other}, which {effect_text}",
        "nl": "{material} komt in één sorteerfractie met {other}, wat {effect_text}"},
    "issue_unsorted_incompatible_also": {
        "en": "; also sorted with {also} (a lesser effect)",
        "nl": "; ook gesorteerd met {also} (kleiner effect)"},
    "issue_finish_unknown": {
        "en": "Finish \"{input}\" is not in the knowledge base; its effect is not assessed",
        "nl": "Afwerking \"{input}\" staat niet in de kennisbank; het effect is niet "
              "beoordeeld"},
    "issue_coating_hinders": {
        "en": "The finish {finish} hinders high-grade recycling",
        "nl": "De afwerking {finish} belemmert hoogwaardige recycling"},
    "issue_carbon_black": {
        "en": "{material} is coloured with carbon black: NIR sorting cannot see it",
        "nl": "{material} is met roet (carbon black) gekleurd: NIR-sortering ziet het niet"},
    "issue_substance_of_concern": {
        "en": "{material} contains substances of concern: {substances}",
        "nl": "{material} bevat zorgwekkende stoffen: {substances}"},
    "issue_fused_incompatible": {
        "en": "{material} stays attached to {other} in the shredder, which {effect_text}",
        "nl": "{material} blijft in de shredder vastzitten aan {other}, wat {effect_text}"},
    "issue_fused_other_polymer": {
        "en": "{material} is fixed for good to another polymer ({other}): it cannot be "
              "recycled as a single material",
        "nl": "{material} zit onlosmakelijk vast aan een andere kunststof ({other}): het is "
              "niet als enkelvoudig materiaal te recyclen"},
    "issue_fused_incompatible_also": {
        "en": "; also attached to {also} (a lesser effect)",
        "nl": "; zit ook vast aan {also} (kleiner effect)"},
    "issue_fused_other_polymer_also": {
        "en": "; also fixed to {also}",
        "nl": "; zit ook vast aan {also}"},
    "issue_composite_mix": {
        "en": "{material} is itself a mix of {others} that its maker does not separate; "
              "its route already allows for that",
        "nl": "{material} is zelf een mengsel van {others} dat niet uit elkaar gaat; de route "
              "houdt daar al rekening mee"},
    "effect_mixed": {"en": "stops mono-material recycling",
                     "nl": "recycling als enkelvoudig materiaal verhindert"},
    "effect_blocks": {"en": "blocks its recycling", "nl": "recycling ervan blokkeert"},
    "effect_downgrades": {"en": "lowers the recyclate quality",
                          "nl": "de kwaliteit van het recyclaat verlaagt"},
    "effect_lowers_yield": {"en": "lowers its recycling yield (by how much is not known; "
                                  "not counted)",
                            "nl": "het recyclingrendement verlaagt (hoeveel is niet bekend; "
                                  "niet meegerekend)"},
    "issue_battery_not_removable": {
        "en": "The battery cannot be removed with basic tools (joint: {joint}); "
              "Regulation (EU) 2023/1542 requires that",
        "nl": "De batterij is niet met gewoon gereedschap te verwijderen (verbinding: "
              "{joint}); Verordening (EU) 2023/1542 eist dat"},
    "issue_removal_blocked": {
        "en": "WEEE treatment takes this part out before shredding ({why}, Directive "
              "2012/19/EU Annex VII), but its joint ({joint}) cannot be undone: it has to "
              "be broken out, which costs time and ends any reuse",
        "nl": "Bij AEEA-verwerking gaat dit onderdeel er vóór het shredderen uit ({why}, "
              "Richtlijn 2012/19/EU bijlage VII), maar de verbinding ({joint}) is niet los "
              "te maken: het moet eruit gebroken worden, wat tijd kost en hergebruik "
              "uitsluit"},
    "issue_embedded_fastener": {
        "en": "These {joint} fasteners ({material}) stay in the part they hold at end of "
              "life (pulled one by one, if at all: an estimate); their metal and coating end "
              "up in that part's stream",
        "nl": "Deze bevestigers ({joint}, {material}) blijven aan het einde van de "
              "levensduur in het onderdeel dat ze vasthouden (ze worden hooguit één voor één "
              "getrokken: een schatting); hun metaal en deklaag komen in die stroom"},
    "issue_special_tool": {
        "en": "This part must come out ({why}) but needs a special tool (joint: {joint})",
        "nl": "Dit onderdeel moet eruit ({why}), maar dat vraagt speciaal gereedschap "
              "(verbinding: {joint})"},
    "issue_crm_present": {
        "en": "Contains critical raw materials ({crms}); {recovered:.0%} of them on a route "
              "that recovers them",
        "nl": "Bevat kritieke grondstoffen ({crms}); {recovered:.0%} daarvan op een route die "
              "ze terugwint"},
    "issue_e_f_unknown": {
        "en": "The efficiency of making the recycled feedstock of {material} is unknown; "
              "the MCI takes it as 100%",
        "nl": "Het rendement van het maken van de recyclaat-grondstof voor {material} is "
              "onbekend; de MCI rekent met 100%"},
    "issue_joint_time_unknown": {
        "en": "No disassembly time is known for joint {joint}; not counted in the time",
        "nl": "Voor verbinding {joint} is geen demontagetijd bekend; niet meegeteld"},
    # Plain-language readings of key figures.
    "reading_recyclability_rate": {
        "en": "{pct} of the product's mass is recycled or reused at end of life, after the "
              "losses of the recycling processes (IEC/TR 62635 style).",
        "nl": "{pct} van de massa van het product wordt aan het einde van de levensduur "
              "gerecycled of hergebruikt, na de verliezen van de recyclingprocessen "
              "(volgens IEC/TR 62635)."},
    "reading_recoverability_rate": {
        "en": "{pct} of the mass is recovered as material or energy; the rest is lost in "
              "the processes or landfilled.",
        "nl": "{pct} van de massa wordt teruggewonnen als materiaal of energie; de rest gaat "
              "in de processen verloren of wordt gestort."},
    "reading_reuse_rate": {
        "en": "{pct} of the mass is in parts that can be reused whole.",
        "nl": "{pct} van de massa zit in onderdelen die in hun geheel herbruikbaar zijn."},
    "reading_mci_low": {
        "en": "MCI {value}: the product is largely linear (0 = linear, 1 = circular).",
        "nl": "MCI {value}: het product is grotendeels lineair (0 = lineair, 1 = circulair)."},
    "reading_mci_mid": {
        "en": "MCI {value}: the product is partly circular (0 = linear, 1 = circular).",
        "nl": "MCI {value}: het product is deels circulair (0 = lineair, 1 = circulair)."},
    "reading_mci_high": {
        "en": "MCI {value}: the product is largely circular (0 = linear, 1 = circular).",
        "nl": "MCI {value}: het product is grotendeels circulair (0 = lineair, 1 = "
              "circulair)."},
    "reading_recyclable_material_share": {
        "en": "{pct} of the mass is in materials with an established recycling route "
              "(\"recyclable\" as EPDs state it: no process losses, design not judged).",
        "nl": "{pct} van de massa zit in materialen met een gangbare recyclingroute "
              "(\"recyclebaar\" zoals EPD's het noemen: zonder procesverliezen, ontwerp niet "
              "beoordeeld)."},
    "reading_process_loss_rate": {
        "en": "{pct} of the mass goes to recycling but is lost in the process.",
        "nl": "{pct} van de massa gaat naar recycling maar gaat in het proces verloren."},
    "reading_processed": {
        "en": "Of the mass recovered as material, {region} is processed in the region, {nl} "
              "elsewhere in the Netherlands and {abroad} abroad.",
        "nl": "Van de als materiaal teruggewonnen massa wordt {region} in de regio verwerkt, "
              "{nl} elders in Nederland en {abroad} in het buitenland."},
    "reading_disassembly_not_assessed": {
        "en": "The disassembly time is not assessed: how the parts that must come out are "
              "joined is not given.",
        "nl": "De demontagetijd is niet beoordeeld: hoe de onderdelen die eruit moeten "
              "vastzitten, is niet opgegeven."},
    "reading_target_met": {
        "en": "{name}: {value} (target {target}): met.",
        "nl": "{name}: {value} (doel {target}): gehaald."},
    "reading_target_missed": {
        "en": "{name}: {value} (target {target}): not met.",
        "nl": "{name}: {value} (doel {target}): niet gehaald."},
    "reading_product_route": {
        "en": "The whole product: {route}, through {channel}, before its parts are recycled.",
        "nl": "Het hele product: {route}, via {channel}, voordat de onderdelen worden "
              "gerecycled."},
    "heading_targets": {"en": "Legal targets of the product's stream",
                        "nl": "Wettelijke doelen van de afvalstroom"},
    "heading_assumptions": {"en": "What the figures assume", "nl": "Waar de cijfers van uitgaan"},
    "reading_circular_inflow": {
        "en": "{pct} of the material going in is recycled or reused (indicative).",
        "nl": "{pct} van het ingekochte materiaal is gerecycled of hergebruikt (indicatief)."},
    "reading_circular_outflow": {
        "en": "{pct} of the material going out is recovered as material (indicative).",
        "nl": "{pct} van het materiaal dat eruit gaat wordt als materiaal teruggewonnen "
              "(indicatief)."},
    "reading_crm_mass_kg": {
        "en": "The product holds {mass} of critical raw materials.",
        "nl": "Het product bevat {mass} aan kritieke grondstoffen."},
    "reading_disassembly_time_s": {
        "en": "About {value} s to take out every part that must come out (estimate).",
        "nl": "Ongeveer {value} s om alle onderdelen te verwijderen die eruit moeten "
              "(schatting)."},
    "reading_embodied_carbon_kg": {
        "en": "Making its materials emits about {value} kg CO2e (cradle to gate).",
        "nl": "Het maken van de materialen stoot ongeveer {value} kg CO2e uit (cradle to "
              "gate)."},
    "reading_unresolved_mass_kg": {
        "en": "{mass} of material could not be identified.",
        "nl": "Van {mass} materiaal is niet bekend wat het is."},
    # What the figures assume (Assessment.assumptions).
    "finding_stream_guessed": {
        "en": "The product is taken to be {stream_name}, guessed from its parts; set the "
              "stream in the product settings if it is another",
        "nl": "Het product geldt als {stream_name}, afgeleid uit de onderdelen; kies de "
              "stroom in de productinstellingen als het een andere is"},
    "finding_processing_scope": {
        "en": "Only recovery processed {scope_text} is counted (a supply-security scenario)",
        "nl": "Alleen terugwinning die {scope_text} wordt verwerkt telt mee (een scenario "
              "voor leveringszekerheid)"},
    "finding_joints_unknown": {
        "en": "For {count} parts the joint is not given: they follow the stream's standard "
              "treatment (they come loose in the shredder, are not taken out whole), and "
              "the disassembly time is not assessed where they must come out",
        "nl": "Van {count} onderdelen is de verbinding niet opgegeven: ze volgen de "
              "standaardverwerking van de stroom (ze komen in de shredder los en gaan er "
              "niet heel uit), en de demontagetijd is niet beoordeeld waar ze eruit moeten"},
    "finding_joints_unknown_one": {
        "en": "For one part the joint is not given: it follows the stream's standard "
              "treatment (it comes loose in the shredder, is not taken out whole), and "
              "the disassembly time is not assessed if it must come out",
        "nl": "Van één onderdeel is de verbinding niet opgegeven: het volgt de "
              "standaardverwerking van de stroom (het komt in de shredder los en gaat er "
              "niet heel uit), en de demontagetijd is niet beoordeeld als het eruit moet"},
    "finding_carrier_assumed": {
        "en": "Parts fixed for good to an assembly are taken to sit on its heaviest part; "
              "name the real one in the 'attached to' column",
        "nl": "Onderdelen die vast zitten aan een samenstelling gelden als vast aan het "
              "zwaarste deel ervan; noem het echte deel in de kolom 'bevestigd aan'"},
    "finding_composition_default": {
        "en": "Bought-in items (motors, boards, batteries) have the knowledge base's typical "
              "make-up (an estimate); their raw materials follow from it",
        "nl": "Ingekochte onderdelen (motoren, printplaten, batterijen) hebben de "
              "gangbare samenstelling uit de kennisbank (een schatting); hun grondstoffen "
              "volgen daaruit"},
    "finding_unresolved_mass": {
        "en": "{mass} of material is not identified and counted as landfill",
        "nl": "{mass} materiaal is niet herkend en telt als storten"},
    "heading_metrics": {"en": "Key figures", "nl": "Kerncijfers"},
    "heading_recommendations": {"en": "Recommendations (1 = do first)",
                                "nl": "Aanbevelingen (1 = eerst doen)"},
    "recommendations_more": {"en": "… and {count} more (all of them with --json)",
                             "nl": "… en nog {count} (allemaal met --json)"},
    "reading_other": {"en": "{name}: {value}", "nl": "{name}: {value}"},
}
