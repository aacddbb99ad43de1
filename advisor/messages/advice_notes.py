"""Sentences around the advice: why a gain is zero (gain notes), the data to complete,
the plan, the section headings and the ranking rule (shown in the help and the report)."""

RANKING_RULE = (
    "Legal duties come first, in a section of their own: they are not optional. The other "
    "recommendations are ranked by measured benefit per unit of effort: one point for each "
    "percentage point of recyclability or of reuse, half a point for each percentage point "
    "of energy recovery, one for each 0.01 of MCI, each percent of the "
    "product's critical raw materials recovered, each percent of its embodied carbon "
    "avoided and each minute of disassembly saved, divided by the effort (1 a detail "
    "change, 2 a part redesign, 3 a material or supplier change). Recommendations without "
    "a measured benefit follow, quick wins first, and each says why its gain is zero.",
    "Wettelijke plichten staan voorop, in een eigen blok: ze zijn niet vrijblijvend. De "
    "andere aanbevelingen staan op volgorde van gemeten winst per eenheid inspanning: één "
    "punt voor elk procentpunt recyclebaarheid of hergebruik, een half punt voor elk "
    "procentpunt energieterugwinning, één voor elke 0,01 MCI, elk procent "
    "van de kritieke grondstoffen van het product dat wordt teruggewonnen, elk procent "
    "vermeden CO2-voetafdruk en elke minuut minder demontagetijd, gedeeld door de "
    "inspanning (1 een detailwijziging, 2 een herontwerp van een onderdeel, 3 een ander "
    "materiaal of een andere leverancier). Aanbevelingen zonder gemeten winst volgen daarna, "
    "snelle winst eerst, en elk zegt waarom de winst nul is.")

MESSAGES = {
    "advice_ranking_rule": {"en": RANKING_RULE[0], "nl": RANKING_RULE[1]},
    "advice_heading_legal": {"en": "Legal duties (not optional)",
                             "nl": "Wettelijke plichten (niet vrijblijvend)"},
    "advice_heading_ranked": {"en": "Recommendations (1 = do first)",
                              "nl": "Aanbevelingen (1 = eerst doen)"},
    "advice_heading_plan": {"en": "Redesign plan: all recommended changes together",
                            "nl": "Herontwerpplan: alle aanbevolen wijzigingen samen"},
    "advice_heading_gaps": {"en": "Data to complete", "nl": "Aan te vullen gegevens"},
    "advice_stage_1": {"en": "Quick wins (detail changes)", "nl": "Snelle winst (details)"},
    "advice_stage_2": {"en": "+ part redesigns", "nl": "+ herontwerp van onderdelen"},
    "advice_stage_3": {"en": "+ material and supplier changes",
                       "nl": "+ ander materiaal of andere leverancier"},
    "rec_condition": {"en": "Condition: {condition}.", "nl": "Voorwaarde: {condition}."},
    "advice_stage_more": {
        "en": "Together this step adds recyclability {own}, more than the {alone} of its "
              "changes each alone: with the steps before it they take away a part's last "
              "obstacle, and a part reaches a better route only once all its obstacles "
              "are gone.",
        "nl": "Samen voegt deze stap recyclebaarheid {own} toe, meer dan de {alone} van "
              "de wijzigingen elk apart: met de stappen ervoor nemen ze de laatste "
              "belemmering van een onderdeel weg, en een onderdeel haalt een betere route "
              "pas als alle belemmeringen weg zijn."},
    "advice_stage_more_first": {
        "en": "Together these changes add recyclability {own}, more than the {alone} of "
              "each alone: together they take away all obstacles of a part, and a part "
              "reaches a better route only once all its obstacles are gone.",
        "nl": "Samen voegen deze wijzigingen recyclebaarheid {own} toe, meer dan de {alone} "
              "van elk apart: samen nemen ze alle belemmeringen van een onderdeel weg, en "
              "een onderdeel haalt een betere route pas als alle belemmeringen weg zijn."},
    "advice_stage_less": {
        "en": "Together this step adds recyclability {own}, less than the {alone} of its "
              "changes each alone: some of them take away an obstacle that the steps before "
              "it, or another change of this step, already take away, and it counts once.",
        "nl": "Samen voegt deze stap recyclebaarheid {own} toe, minder dan de {alone} van "
              "de wijzigingen elk apart: een deel ervan neemt een belemmering weg die de "
              "stappen ervoor of een andere wijziging van deze stap al wegnemen, en die "
              "telt maar één keer."},
    "advice_stage_less_first": {
        "en": "Together these changes add recyclability {own}, less than the {alone} of "
              "each alone: some of them take away the same obstacle of a part, and it "
              "counts once.",
        "nl": "Samen voegen deze wijzigingen recyclebaarheid {own} toe, minder dan de "
              "{alone} van elk apart: een deel ervan neemt dezelfde belemmering van een "
              "onderdeel weg, en die telt maar één keer."},
    "advice_harm_blocks": {"en": "blocks its recycling", "nl": "de recycling ervan blokkeert"},
    "advice_harm_downgrades": {"en": "lowers the quality of its recyclate",
                               "nl": "de kwaliteit van het recyclaat verlaagt"},
    "advice_harm_mixed": {"en": "keeps it from being recycled as one polymer",
                          "nl": "recycling als één kunststof verhindert"},
    "advice_no_edit": {"en": "advice without an edit", "nl": "advies zonder wijziging"},
    "advice_effort_1": {"en": "detail change", "nl": "detailwijziging"},
    "advice_effort_2": {"en": "part redesign", "nl": "herontwerp onderdeel"},
    "advice_effort_3": {"en": "material or supplier change",
                        "nl": "ander materiaal of leverancier"},
    "advice_figure_recyclability_rate": {"en": "recyclability {value}",
                                         "nl": "recyclebaarheid {value}"},
    "advice_figure_recyclable_material_share": {"en": "recyclable material {value}",
                                                "nl": "recyclebaar materiaal {value}"},
    "advice_figure_recoverability_rate": {"en": "recoverability {value}",
                                          "nl": "terugwinning {value}"},
    "advice_figure_reuse_rate": {"en": "reuse {value}", "nl": "hergebruik {value}"},
    "advice_figure_mci": {"en": "MCI {value}", "nl": "MCI {value}"},
    "advice_figure_crm_recovered_kg": {"en": "critical raw materials recovered {value}",
                                       "nl": "kritieke grondstoffen teruggewonnen {value}"},
    "advice_figure_embodied_carbon_kg": {"en": "CO2e {value}", "nl": "CO2e {value}"},
    "advice_figure_disassembly_time_s": {"en": "disassembly {value}",
                                         "nl": "demontage {value}"},
    "advice_no_change": {"en": "no change on any figure",
                         "nl": "geen verandering op enig cijfer"},
    "advice_plan_recs": {"en": "recommendations {ids}", "nl": "aanbevelingen {ids}"},
    "advice_more": {"en": "… and {count} more (all of them with --json)",
                    "nl": "… en nog {count} (allemaal met --json)"},
    # Why a gain is zero, or what it depends on.
    "gain_note_advice_only": {
        "en": "Advice without an edit (a question for the supplier or a check): the figures "
              "change once you enter the answer.",
        "nl": "Advies zonder wijziging (een vraag aan de leverancier of een controle): de "
              "cijfers veranderen zodra u het antwoord invoert."},
    "gain_note_check_substance": {
        "en": "A supplier question, no edit: no material or finish is known that does this "
              "part's job without the substance; the figures change once you enter the "
              "supplier's answer.",
        "nl": "Een vraag aan de leverancier, geen wijziging: er is geen materiaal of "
              "afwerking bekend dat dit werk doet zonder de stof; de cijfers veranderen "
              "zodra u het antwoord van de leverancier invoert."},
    "gain_note_check_crm_check": {
        "en": "A check, no edit: the model cannot size a ferrite magnet, so no gain is "
              "shown; a substitution takes the critical raw materials out instead of "
              "recovering them.",
        "nl": "Een controle, geen wijziging: het model kan een ferrietmagneet niet "
              "dimensioneren, dus er staat geen winst; vervanging haalt de kritieke "
              "grondstoffen eruit in plaats van ze terug te winnen."},
    "gain_note_check_inputs": {
        "en": "A supplier question, no edit: the knowledge base has no market figure for "
              "recycled {material}, so no gain is shown.",
        "nl": "Een vraag aan de leverancier, geen wijziging: de kennisbank kent geen "
              "marktcijfer voor gerecycled {material}, dus er staat geen winst."},
    "gain_note_legal_annex_vii": {
        "en": "A legal duty. The recycling rates do not change: WEEE treatment takes "
              "{parts} out anyway (Directive 2012/19/EU, Annex VII), whatever its joint; "
              "what changes is the time to take it out and its chance of reuse.",
        "nl": "Een wettelijke plicht. De recyclingcijfers veranderen niet: bij de "
              "AEEA-verwerking gaat {parts} er toch al uit (Richtlijn 2012/19/EU, bijlage "
              "VII), hoe het ook vastzit; wat verandert is de tijd om het eruit te halen en "
              "de kans op hergebruik."},
    "gain_note_legal_replaceable": {
        "en": "A legal duty. The recovery figures do not change: the light source is a small "
              "part of the mass; the duty is about replacing it instead of the product.",
        "nl": "Een wettelijke plicht. De terugwinningscijfers veranderen niet: de lichtbron "
              "is een klein deel van de massa; de plicht gaat over vervangen in plaats van "
              "het hele product weggooien."},
    "gain_note_legal_substance": {
        "en": "A legal duty about a substance: the recovery figures do not measure it.",
        "nl": "Een wettelijke plicht over een stof: de terugwinningscijfers meten die niet."},
    "gain_note_legal_duty": {
        "en": "A legal duty: it applies whatever the figures say.",
        "nl": "Een wettelijke plicht: die geldt wat de cijfers ook zeggen."},
    "gain_note_annex_vii": {
        "en": "The recycling rates do not change: WEEE treatment takes {parts} out anyway "
              "(Directive 2012/19/EU, Annex VII); the change saves time and lets it be "
              "repaired or reused.",
        "nl": "De recyclingcijfers veranderen niet: bij de AEEA-verwerking gaat {parts} er "
              "toch al uit (Richtlijn 2012/19/EU, bijlage VII); de wijziging spaart tijd en "
              "maakt reparatie of hergebruik mogelijk."},
    "gain_note_no_channel": {
        "en": "The rates do not change: the knowledge base names no reuse channel that takes "
              "{parts} in this chain, so coming out whole does not yet count as reuse.",
        "nl": "De cijfers veranderen niet: de kennisbank kent in deze keten geen "
              "hergebruikkanaal voor {parts}, dus heel loskomen telt nog niet als "
              "hergebruik."},
    "gain_note_marking": {
        "en": "The figures do not change: they follow the machine sorting of the shredded "
              "product, which does not read markings; the gain is in hand sorting.",
        "nl": "De cijfers veranderen niet: ze volgen de machinale sortering na het "
              "shredderen, die geen markering leest; de winst zit in het sorteren met de "
              "hand."},
    "gain_note_channel": {
        "en": "The part figures do not count the whole product's route: this change lets "
              "{channel} take the product ({route}) once every part they replace comes off "
              "whole.",
        "nl": "De cijfers per onderdeel tellen de route van het hele product niet mee: deze "
              "wijziging laat {channel} het product overnemen ({route}) zodra elk deel dat "
              "zij vervangen heel loskomt."},
    "gain_note_opens_channel": {
        "en": "Measured: with this change{others}, {channel} can take the whole product "
              "({route}); the figures count parts, not that route.",
        "nl": "Gemeten: met deze wijziging{others} kunnen {channel} het hele product "
              "overnemen ({route}); de cijfers tellen onderdelen, niet die route."},
    "advice_with_others": {"en": " and #{refs}", "nl": " en #{refs}"},
    "gain_note_small_effect": {
        "en": "The measured effect is below 0.05 points: {parts} is a small share of what "
              "it is joined to, or that part is limited by something else as well.",
        "nl": "Het gemeten effect is kleiner dan 0,05 punt: {parts} is een klein deel van "
              "waar het aan vastzit, of dat deel wordt ook door iets anders beperkt."},
    "gain_note_glazing": {
        "en": "The recycling figures do not change: the pane goes to the flat-glass scheme "
              "either way; dry glazing lets the unit come out whole, for reuse or clean "
              "cullet.",
        "nl": "De recyclingcijfers veranderen niet: de ruit gaat hoe dan ook naar de "
              "vlakglasregeling; droog beglazen laat de eenheid heel uitnemen, voor "
              "hergebruik of schoon glasgranulaat."},
    "gap_joint_unknown": {
        "en": "No joint given: whether these rows come out whole is not assessed; in the "
              "shredder they count as loose (the stream's standard treatment).",
        "nl": "Geen verbinding opgegeven: of deze rijen heel loskomen is niet beoordeeld; "
              "in de shredder tellen ze als los (de standaardverwerking van de stroom)."},
    "gain_note_cover": {
        "en": "The recovery figures hardly change (the staples weigh little); the gain is a "
              "cover that can be replaced or refurbished, and textile and foam without steel.",
        "nl": "De terugwinningscijfers veranderen nauwelijks (de nietjes wegen weinig); de "
              "winst is bekleding die te vervangen of op te knappen is, en textiel en schuim "
              "zonder staal."},
    "gain_note_substance": {
        "en": "The recovery figures hardly change: the aim is the substance itself.",
        "nl": "De terugwinningscijfers veranderen nauwelijks: het doel is de stof zelf."},
    "gain_note_inputs": {
        "en": "Recycled content changes the input side (MCI, embodied carbon), not the "
              "end-of-life rates.",
        "nl": "Gerecycled aandeel verandert de inkoopkant (MCI, CO2-voetafdruk), niet de "
              "cijfers aan het einde van de levensduur."},
    "gain_note_trade_off": {
        "en": "A trade-off: some figures get worse; the aim is the substance.",
        "nl": "Een afweging: sommige cijfers worden slechter; het doel is de stof."},
    "gain_note_together_with": {
        "en": "On its own this changes no figure; together with #{ref} it does (both are in "
              "the plan).",
        "nl": "Op zichzelf verandert dit geen cijfer; samen met #{ref} wel (beide staan in "
              "het plan)."},
    "gain_note_still_blocked": {
        "en": "On its own this changes no figure: {parts} still does not reach {route_name} "
              "because {reason_text}.",
        "nl": "Op zichzelf verandert dit geen cijfer: {parts} haalt {route_name} nog steeds "
              "niet, want {reason_text}."},
    "gain_note_no_effect": {
        "en": "The model's figures do not change; the benefit is in handling and repair.",
        "nl": "De cijfers van het model veranderen niet; de winst zit in verwerking en "
              "reparatie."},
    # Data to complete.
    "gap_material_unresolved": {
        "en": "Material not in the knowledge base ({input}): choose it from the list; it "
              "counts as landfill until then.",
        "nl": "Materiaal niet in de kennisbank ({input}): kies het uit de lijst; tot dan "
              "telt het als storten."},
    "gap_low_confidence": {
        "en": "Guessed material ({input} read as {material}): please confirm.",
        "nl": "Geraden materiaal ({input} gelezen als {material}): controleer dit."},
    "gap_composition_unknown": {
        "en": "The make-up of {material} is unknown: add a composition to the knowledge base.",
        "nl": "De samenstelling van {material} is onbekend: voeg die toe aan de kennisbank."},
    "gap_no_route_data": {
        "en": "No recovery route for {material}: add one to the knowledge base; it counts "
              "as landfill until then.",
        "nl": "Geen verwerkingsroute voor {material}: voeg er een toe aan de kennisbank; "
              "tot dan telt het als storten."},
    "gap_joint_unresolved": {
        "en": "Joint not in the knowledge base ({input}): choose it from the list.",
        "nl": "Verbinding niet in de kennisbank ({input}): kies die uit de lijst."},
    "gap_finish_unknown": {
        "en": "Finish not in the knowledge base ({input}): choose it from the list; its "
              "effect is not assessed.",
        "nl": "Afwerking niet in de kennisbank ({input}): kies die uit de lijst; het effect "
              "is niet beoordeeld."},
    "gap_e_f_unknown": {
        "en": "Yield of the recycling process unknown for {material}: the MCI takes 100%.",
        "nl": "Rendement van het recyclingproces onbekend voor {material}: de MCI rekent "
              "met 100%."},
    "gap_joint_time_unknown": {
        "en": "No disassembly time known for {joint}: left out of the time.",
        "nl": "Geen demontagetijd bekend voor {joint}: niet meegeteld in de tijd."},
    "gap_yield_factor_unknown": {
        "en": "How much a mix lowers the yield of {material} is unknown: not counted.",
        "nl": "Hoeveel een menging het rendement van {material} verlaagt is onbekend: niet "
              "meegerekend."},
    "gap_carbon_unknown": {
        "en": "No embodied-carbon factor for {material}: left out of the total.",
        "nl": "Geen CO2-factor voor {material}: niet meegeteld in het totaal."},
    "gap_battery_fixing_unknown": {
        "en": "How {parts} is fixed is not given: enter its joint to check that a user can "
              "remove it (Regulation (EU) 2023/1542, Art. 11).",
        "nl": "Hoe {parts} vastzit is niet opgegeven: vul de verbinding in om na te gaan of "
              "een gebruiker de batterij kan verwijderen (Verordening (EU) 2023/1542, "
              "art. 11)."},
    "gap_light_source_fixing_unknown": {
        "en": "How {parts} is fixed is not given: enter its joint to check that the light "
              "source can be replaced (Regulation (EU) 2019/2020).",
        "nl": "Hoe {parts} vastzit is niet opgegeven: vul de verbinding in om na te gaan of "
              "de lichtbron te vervangen is (Verordening (EU) 2019/2020)."},
}

# The advice's own data gaps, also under the name the findings' sentences use
# (`explain.finding_text`), so every front end words them.
OWN_GAPS = ("battery_fixing_unknown", "light_source_fixing_unknown", "carbon_unknown")
MESSAGES |= {f"finding_{code}": MESSAGES[f"gap_{code}"] for code in OWN_GAPS}
