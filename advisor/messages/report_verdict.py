"""Sentences of the report's front: the verdict, where the mass ends up, the main causes."""

MESSAGES = {
    # The verdict
    "report_verdict_title": {"nl": "Oordeel", "en": "Verdict"},
    "report_verdict_lead": {
        "nl": "Van de {mass} van {product} wordt {recycled} gerecycled of hergebruikt, gaat "
              "{energy} naar energieterugwinning en eindigt {lost} als procesverlies of op de "
              "stort.",
        "en": "Of the {mass} of {product}, {recycled} is recycled or reused, {energy} goes "
              "to energy recovery and {lost} ends as process loss or in landfill."},
    "report_verdict_lead_target_met": {
        "nl": "Daarmee haalt het product de doelstelling '{target}' ({goal}).",
        "en": "The product thereby meets the target '{target}' ({goal})."},
    "report_verdict_lead_target_short": {
        "nl": "Daarmee haalt het product de doelstelling '{target}' ({goal}) niet: {gap} "
              "te weinig.",
        "en": "The product thereby falls short of the target '{target}' ({goal}) by {gap}."},
    "report_standing_title": {"nl": "Waar het product staat", "en": "Where the product stands"},
    "report_causes_title": {"nl": "Waar de meeste massa niet gerecycled wordt",
                            "en": "Where the most mass is not recycled"},
    "report_actions_title": {"nl": "Wat te doen", "en": "What to do"},
    "report_assumes_title": {"nl": "Aannames en gegevenskwaliteit",
                             "en": "Assumptions and data quality"},
    # Figure names and readings on the verdict page
    "report_v_recyclability": {"nl": "Recyclebaarheid", "en": "Recyclability rate"},
    "report_v_recyclability_text": {
        "nl": "Deel van de massa dat na inzameling, sortering en verwerking echt als "
              "materiaal terugkomt, procesverliezen afgetrokken (IEC/TR 62635).",
        "en": "Share of the mass that really comes back as material after collection, "
              "sorting and processing, net of process losses (IEC/TR 62635)."},
    "report_v_recoverability": {"nl": "Nuttige toepassing", "en": "Recovery rate"},
    "report_v_recoverability_text": {
        "nl": "Gerecycled en hergebruikt plus energieterugwinning; de rest is procesverlies "
              "of wordt gestort.",
        "en": "Recycled and reused plus energy recovery; the rest is process loss or "
              "landfilled."},
    "report_v_recyclable": {"nl": "Recyclebaar materiaal (zoals in EPD's)",
                            "en": "Recyclable material (as in EPDs)"},
    "report_v_recyclable_text": {
        "nl": "Massa in materialen waarvoor in deze afvalstroom een gevestigde recyclingroute "
              "bestaat, zonder procesrendement: zo publiceren EPD's en fabrikanten "
              "'recyclebaar'. Een andere maat dan de recyclebaarheid.",
        "en": "Mass in materials for which an established recycling route exists in this "
              "waste stream, without process yields: how EPDs and manufacturers publish "
              "'recyclable'. A different measure from the recyclability rate."},
    "report_v_reuse": {"nl": "Hergebruik van onderdelen", "en": "Reuse of parts"},
    "report_v_reuse_text": {
        "nl": "Massa in onderdelen die in hun geheel opnieuw gebruikt worden (R3–R7).",
        "en": "Mass in parts that are used again whole (R3–R7)."},
    "report_v_crm": {"nl": "Kritieke grondstoffen", "en": "Critical raw materials"},
    "report_v_crm_value": {"nl": "{mass}; {share} teruggewonnen",
                           "en": "{mass}; {share} recovered"},
    "report_v_crm_text": {
        "nl": "{count} grondstoffen van de EU-lijst (Verordening (EU) 2024/1252); {lost} wordt "
              "niet teruggewonnen, vooral {names}.",
        "en": "{count} raw materials on the EU list (Regulation (EU) 2024/1252); {lost} is "
              "not recovered, mostly {names}."},
    "report_v_crm_text_all": {
        "nl": "{count} grondstoffen van de EU-lijst (Verordening (EU) 2024/1252); alles wordt "
              "teruggewonnen.",
        "en": "{count} raw materials on the EU list (Regulation (EU) 2024/1252); all of it "
              "is recovered."},
    "report_v_crm_text_one": {
        "nl": "Eén grondstof van de EU-lijst (Verordening (EU) 2024/1252); {lost} wordt niet "
              "teruggewonnen: {names}.",
        "en": "One raw material on the EU list (Regulation (EU) 2024/1252); {lost} is not "
              "recovered: {names}."},
    "report_v_crm_text_all_one": {
        "nl": "Eén grondstof van de EU-lijst (Verordening (EU) 2024/1252); die wordt geheel "
              "teruggewonnen.",
        "en": "One raw material on the EU list (Regulation (EU) 2024/1252); all of it is "
              "recovered."},
    "report_v_inflow": {"nl": "Gerecycled materiaal in het product",
                        "en": "Recycled material in the product"},
    "report_v_inflow_text": {
        "nl": "Deel van de ingekochte materialen dat gerecycled of hergebruikt is.",
        "en": "Share of the materials bought in that is recycled or reused."},
    "report_v_mci": {"nl": "Circulariteit (MCI)", "en": "Circularity (MCI)"},
    "report_v_disassembly": {"nl": "Demontage", "en": "Disassembly"},
    "report_v_disassembly_value": {"nl": "{minutes} min", "en": "{minutes} min"},
    "report_v_disassembly_seconds": {"nl": "{seconds} s", "en": "{seconds} s"},
    "report_v_disassembly_text": {
        "nl": "Handwerk om de onderdelen te verwijderen die vóór het shredderen eruit moeten "
              "(batterijen, printplaten en dergelijke); een schatting uit richttijden per "
              "verbinding.",
        "en": "Manual work to take out the parts that must come out before shredding "
              "(batteries, circuit boards and the like); an estimate from standard times "
              "per joint."},
    "report_v_disassembly_none": {"nl": "niet beoordeeld", "en": "not assessed"},
    "report_v_disassembly_none_text": {
        "nl": "Van een of meer onderdelen die eruit moeten is de verbinding onbekend.",
        "en": "The joint of one or more parts that must come out is unknown."},
    "report_v_carbon": {"nl": "CO₂ van de materialen", "en": "Carbon of the materials"},
    "report_v_carbon_text": {
        "nl": "Uitstoot bij het maken van de materialen (van de wieg tot de poort).",
        "en": "Emissions of making the materials (cradle to gate)."},
    "report_v_carbon_partial": {
        "nl": "Uitstoot bij het maken van de materialen van {covered} van de massa; {mass} "
              "heeft geen emissiefactor en telt niet mee, dus het werkelijke getal is hoger.",
        "en": "Emissions of making the materials of {covered} of the mass; {mass} has no "
              "emission factor and is not counted, so the real figure is higher."},
    "report_v_target": {"nl": "Doel '{target}': {goal}, {verdict}.",
                        "en": "Target '{target}': {goal}, {verdict}."},
    "report_v_target_met": {"nl": "gehaald", "en": "met"},
    "report_v_target_short": {"nl": "{gap} te weinig", "en": "{gap} short"},
    "report_v_target_row": {"nl": "Wettelijk doel", "en": "Legal target"},
    # The main causes
    "report_cause_line": {
        "nl": "<b>{n}. {what}</b> ({rows}): {lost} wordt niet gerecycled ({share} van het "
              "product), "
              "{route}.",
        "en": "<b>{n}. {what}</b> ({rows}): {lost} is not recycled ({share} of the product), "
              "{route}."},
    "report_cause_crm": {"nl": " Daarin: {names}.", "en": " It holds: {names}."},
    "report_cause_for_crm": {
        "nl": " Het staat in dit lijstje om zijn kritieke grondstoffen die niet worden "
              "teruggewonnen, niet om zijn massa: andere onderdelen recyclen meer massa niet.",
        "en": " It is listed for its critical raw materials that are not recovered, not for "
              "its mass: other parts leave more mass unrecycled."},
    "report_cause_why": {"nl": " Waarom: {why}.", "en": " Why: {why}."},
    "report_cause_parts": {"nl": "{name} en {more} andere", "en": "{name} and {more} more"},
    "report_cause_route_R9": {"nl": "het gaat naar energieterugwinning",
                              "en": "it goes to energy recovery"},
    "report_cause_route_landfill": {"nl": "het wordt gestort", "en": "it is landfilled"},
    "report_cause_route_recycled": {
        "nl": "de recycling wint {yield_} terug; de rest is procesverlies",
        "en": "recycling recovers {yield_}; the rest is process loss"},
    "report_cause_route_recycled_energy": {
        "nl": "de recycling wint {yield_} terug; het recyclingresidu gaat naar "
              "energieterugwinning",
        "en": "recycling recovers {yield_}; the recycling residue goes to energy recovery"},
    "report_cause_route_other": {"nl": "het bereikt {route}", "en": "it reaches {route}"},
    "report_causes_none": {
        "nl": "Alle massa wordt gerecycled of hergebruikt.",
        "en": "All mass is recycled or reused."},
    # Actions and the plan on the verdict page
    "report_action_line": {"nl": "<b>{n}. {title}</b> ({rows}). {gain}",
                           "en": "<b>{n}. {title}</b> ({rows}). {gain}"},
    "report_gain_prefix": {"nl": "Winst: {gains}.", "en": "Gain: {gains}."},
    "report_gain_none": {"nl": "Geen meetbare winst op deze kengetallen.",
                         "en": "No measurable gain on these figures."},
    "report_gain_recyclability": {"nl": "recyclebaarheid {value}",
                                  "en": "recyclability {value}"},
    "report_gain_crm": {"nl": "{value} kritieke grondstoffen teruggewonnen",
                        "en": "{value} critical raw materials recovered"},
    "report_gain_time": {"nl": "demontage {value}", "en": "disassembly {value}"},
    "report_gain_carbon": {"nl": "CO₂ {value}", "en": "carbon {value}"},
    "report_gain_recoverability": {"nl": "nuttige toepassing {value}",
                                   "en": "recovery {value}"},
    "report_gain_reuse": {"nl": "hergebruik {value}", "en": "reuse {value}"},
    "report_gain_recyclable": {"nl": "recyclebaar materiaal {value}",
                               "en": "recyclable material {value}"},
    "report_gain_mci": {"nl": "MCI {value}", "en": "MCI {value}"},
    "report_actions_legal": {
        "nl": "Daarnaast {n} wettelijke verplichtingen: zie 'Het plan'.",
        "en": "Besides, {n} legal duties: see 'The plan'."},
    "report_actions_legal_one": {"nl": "Daarnaast één wettelijke verplichting: zie 'Het plan'.",
                                 "en": "Besides, one legal duty: see 'The plan'."},
    "report_actions_plan": {
        "nl": "<b>Alle {n} wijzigingen samen</b>: recyclebaarheid {before} → {after}; {gains}.",
        "en": "<b>All {n} changes together</b>: recyclability {before} → {after}; {gains}."},
    "report_actions_plan_one": {
        "nl": "<b>De ene wijziging van het plan</b>: recyclebaarheid {before} → {after}; "
              "{gains}.",
        "en": "<b>The plan's one change</b>: recyclability {before} → {after}; {gains}."},
    "report_actions_none": {
        "nl": "Geen ontwerpregel is van toepassing op deze variant.",
        "en": "No design rule applies to this variant."},
    # Assumptions and data quality
    "report_assume_line": {"nl": "{parts}.", "en": "{parts}."},
    "report_assume_collected": {"nl": "ingezameld in {region}", "en": "collected in {region}"},
    "report_assume_scope_anywhere": {"nl": "verwerking telt mee waar die ook plaatsvindt",
                                     "en": "processing counts wherever it takes place"},
    "report_assume_scope_region": {"nl": "alleen verwerking in de regio telt mee",
                                   "en": "only processing within the region counts"},
    "report_assume_scope_nl": {"nl": "alleen verwerking in Nederland telt mee",
                               "en": "only processing within the Netherlands counts"},
    "report_assume_scope_eu": {"nl": "alleen verwerking in de EU telt mee",
                               "en": "only processing within the EU counts"},
    "report_assume_stream": {"nl": "afvalstroom {stream}", "en": "waste stream {stream}"},
    "report_assume_stream_guessed": {"nl": "afvalstroom {stream} (afgeleid uit de onderdelen)",
                                     "en": "waste stream {stream} (guessed from the parts)"},
    "report_assume_joints": {"nl": "verbinding onbekend bij {n} onderdelen",
                             "en": "joint unknown for {n} parts"},
    "report_assume_joints_one": {"nl": "verbinding onbekend bij één onderdeel",
                                 "en": "joint unknown for one part"},
    "report_assume_unresolved": {
        "nl": "{mass} materiaal niet herkend (telt als niet herwinbaar)",
        "en": "{mass} of material not recognised (counted as unrecoverable)"},
    "report_verdict_lead_estimated": {
        "nl": "Deze percentages rusten vooral op geschatte recyclingrendementen: "
              "{published_mass} van de massa rust alleen op gepubliceerde waarden (zie "
              "'Aannames en gegevenskwaliteit').",
        "en": "These rates rest mostly on estimated recycling yields: {published_mass} of the "
              "mass rests on published values only (see 'Assumptions and data quality')."},
    "report_quality_line": {
        "nl": "Materiaal herkend met een zekerheid van minstens {threshold} voor {resolved} "
              "van de massa. Van de {total} gebruikte routewaarden zijn er {published} "
              "gepubliceerd en {estimated} geschat; {published_mass} van de massa rust "
              "alleen op gepubliceerde waarden.",
        "en": "Material recognised with a confidence of at least {threshold} for {resolved} "
              "of the mass. Of the {total} route values used, {published} are published and "
              "{estimated} estimated; {published_mass} of the mass rests on published values "
              "only."},
    "report_quality_line_nodata": {
        "nl": "Materiaal herkend met een zekerheid van minstens {threshold} voor {resolved} "
              "van de massa.",
        "en": "Material recognised with a confidence of at least {threshold} for {resolved} "
              "of the mass."},
    # Where the mass ends up
    "report_destination_title": {"nl": "Van materiaal naar uitkomst",
                                 "en": "From material to outcome"},
    "report_destination_intro": {
        "nl": "Elk materiaal van het product, links, en wat er aan het einde van de "
              "levensduur van wordt, rechts. De uitkomsten tellen op tot de productmassa en "
              "tot de kengetallen van het oordeel.",
        "en": "Each material of the product, on the left, and what becomes of it at end of "
              "life, on the right. The outcomes add up to the product's mass and to the "
              "figures of the verdict."},
    "report_outcome_reuse": {"nl": "Hergebruikt", "en": "Reused"},
    "report_outcome_recycled": {"nl": "Gerecycled materiaal", "en": "Recycled material"},
    "report_outcome_process_loss": {"nl": "Procesverlies", "en": "Process loss"},
    "report_outcome_energy": {"nl": "Energieterugwinning", "en": "Energy recovery"},
    "report_outcome_landfill": {"nl": "Storten", "en": "Landfill"},
    "report_col_outcome": {"nl": "Uitkomst", "en": "Outcome"},
    "report_col_share": {"nl": "Aandeel", "en": "Share"},
    "report_col_total": {"nl": "Totaal", "en": "Total"},
    "report_routes_table_intro": {
        "nl": "Per bereikte trede van de R-ladder: de massa en wat daarvan terechtkomt.",
        "en": "Per step of the R-ladder reached: the mass and what becomes of it."},
    "report_chart_outcomes": {"nl": "Van materiaal naar uitkomst",
                              "en": "From material to outcome"},
    "report_processed_line": {
        "nl": "Van het teruggewonnen materiaal wordt {region} in de regio verwerkt, {nl} "
              "elders in Nederland en {abroad} in het buitenland.",
        "en": "Of the recovered material, {region} is processed in the region, {nl} "
              "elsewhere in the Netherlands and {abroad} abroad."},
    # Losses per part
    "report_losses_title": {"nl": "Waar massa niet gerecycled wordt",
                            "en": "Where mass is not recycled"},
    "report_losses_intro": {
        "nl": "De onderdelen met de meeste massa die niet gerecycled of hergebruikt wordt "
              "(procesverlies, energieterugwinning of storten), en wat een betere route "
              "blokkeert.",
        "en": "The parts with the most mass that is not recycled or reused (process loss, "
              "energy recovery or landfill), and what blocks a better route."},
    "report_col_lost": {"nl": "Niet gerecycled", "en": "Not recycled"},
    "report_col_why": {"nl": "Waarom geen betere route", "en": "Why no better route"},
    "report_losses_more": {
        "nl": "Van nog {n} onderdelen wordt samen {mass} niet gerecycled; de onderdelentabel "
              "in de bijlage toont ze allemaal.",
        "en": "Of {n} more parts, {mass} together is not recycled; the parts table in the "
              "appendix shows them all."},
    "report_losses_more_one": {
        "nl": "Van nog één onderdeel wordt {mass} niet gerecycled; de onderdelentabel in de "
              "bijlage toont het.",
        "en": "Of one more part, {mass} is not recycled; the parts table in the appendix "
              "shows it."},
    "report_why_process": {"nl": "procesverlies bij de recycling",
                           "en": "process loss in recycling"},
    "report_why_no_route": {"nl": "geen betere route voor dit materiaal in de kennisbank",
                            "en": "no better route for this material in the knowledge base"},
    # Reasons worded for the report (the engine's code, without command-line hints)
    "report_reason_not_in_region": {
        "nl": "deze route bestaat in {regions}, maar de kennisbank kent geen verwerker die "
              "afval uit {region} aanneemt",
        "en": "this route exists in {regions}, but the knowledge base knows no processor "
              "that takes waste collected in {region}"},
}
