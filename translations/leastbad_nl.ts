<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.ui" line="9"/>
        <source>About LeastBad</source>
        <translation>Over LeastBad</translation>
    </message>
</context>
<context>
    <name>CommonParser</name>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="59"/>
        <source>Dataset file (.sqlite; default: the embedded default dataset).</source>
        <translation>Datasetbestand (.sqlite; standaard: de ingebouwde standaarddataset).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="61"/>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="67"/>
        <source>Region code (default: US; leastbad-cli dataset list shows them).</source>
        <translation>Regiocode (standaard: US; leastbad-cli dataset list toont ze).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="69"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="73"/>
        <source>Policy file (.json); repeat to compare several.</source>
        <translation>Beleidsbestand (.json); herhaal de optie om er meerdere te vergelijken.</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="75"/>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="79"/>
        <source>Monte Carlo draws (default: %1).</source>
        <translation>Monte Carlo-trekkingen (standaard: %1).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="81"/>
        <location filename="../src/cli/commonoptions.cpp" line="86"/>
        <location filename="../src/cli/commonoptions.cpp" line="90"/>
        <location filename="../src/cli/commonoptions.cpp" line="98"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="84"/>
        <source>Random seed; the same seed gives the same result (default: 1).</source>
        <translation>Seed voor de toevalsgenerator; dezelfde seed geeft hetzelfde resultaat (standaard: 1).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="89"/>
        <source>Threads (default: 0 = all cores).</source>
        <translation>Threads (standaard: 0 = alle kernen).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="95"/>
        <source>Horizon in years, 1 to %1 (default: %2).</source>
        <translation>Horizon in jaren, 1 tot en met %1 (standaard: %2).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="101"/>
        <source>Discount rate per year (default: %1).</source>
        <translation>Disconteringsvoet per jaar (standaard: %1).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="103"/>
        <source>RATE</source>
        <translation>VOET</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="106"/>
        <source>Dollars per wellbeing-year (default: %1).</source>
        <translation>Dollar per welzijnsjaar (standaard: %1).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="108"/>
        <location filename="../src/cli/commonoptions.cpp" line="114"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="112"/>
        <source>Dollars per life-year (default: %1).</source>
        <translation>Dollar per levensjaar (standaard: %1).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="118"/>
        <source>Weight of incarcerated people&apos;s wellbeing (default: 1).</source>
        <translation>Gewicht van het welzijn van gedetineerden (standaard: 1).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="120"/>
        <location filename="../src/cli/commonoptions.cpp" line="125"/>
        <location filename="../src/cli/commonoptions.cpp" line="130"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="123"/>
        <source>Weight of victims&apos; wellbeing (default: 1).</source>
        <translation>Gewicht van het welzijn van slachtoffers (standaard: 1).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="128"/>
        <source>Weight of families&apos; wellbeing (default: 1).</source>
        <translation>Gewicht van het welzijn van gezinnen (standaard: 1).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="133"/>
        <source>Excess burden of taxation: each tax dollar costs 1 + this (default: %1, OMB practice; 0 turns it off).</source>
        <translation>Belastingverlies (excess burden): elke belastingdollar kost 1 + dit (standaard: %1, OMB-praktijk; 0 zet het uit).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="137"/>
        <source>SHARE</source>
        <translation>AANDEEL</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="140"/>
        <source>Leave the life expectancy lost through incarceration out of the net value (it is contested).</source>
        <translation>Laat de levensverwachting die door opsluiting verloren gaat buiten de nettowaarde (ze is omstreden).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="148"/>
        <source>Output format: table, csv, json or markdown (default: table).</source>
        <translation>Uitvoerformaat: table, csv, json of markdown (standaard: table).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="151"/>
        <source>Output format: table, csv or json (default: table).</source>
        <translation>Uitvoerformaat: table, csv of json (standaard: table).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="153"/>
        <source>FORMAT</source>
        <translation>FORMAAT</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="235"/>
        <source>--format: expected table, csv or json, got &quot;%1&quot;</source>
        <translation>--format: verwacht table, csv of json, maar kreeg &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="258"/>
        <source>Evaluate regions as of this year: each input&apos;s latest value at or before it (default: the latest value of each).</source>
        <translation>Regio&apos;s bekijken per dit jaar: elke invoer neemt zijn laatste waarde in of vóór dat jaar (standaard: de laatste waarde van elke invoer).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="262"/>
        <source>YEAR</source>
        <translation>JAAR</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="39"/>
        <source>victimisations averted</source>
        <translation>voorkomen slachtoffers</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="41"/>
        <source>change in homicides</source>
        <translation>verandering in moord en doodslag</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="43"/>
        <source>change in prisoner-years</source>
        <translation>verandering in detentiejaren</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="45"/>
        <source>change in wellbeing-years lost</source>
        <translation>verandering in verloren welzijnsjaren</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="47"/>
        <source>change in life-years lost in prison</source>
        <translation>extra levensjaren verloren in detentie</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="49"/>
        <source>life-years saved (homicides)</source>
        <translation>geredde levensjaren (moord en doodslag)</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="51"/>
        <source>change in taxpayer cost</source>
        <translation>verandering kosten belastingbetalers</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="80"/>
        <source>direct (levers alone)</source>
        <translation>direct (alleen de hefbomen)</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="81"/>
        <source>incapacitation</source>
        <translation>incapacitatie</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="82"/>
        <source>general deterrence</source>
        <translation>algemene afschrikking</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="83"/>
        <source>aftereffects and reentry</source>
        <translation>nawerking en terugkeer</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="84"/>
        <source>in-prison conditions</source>
        <translation>omstandigheden in de gevangenis</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="94"/>
        <source>taxpayers $</source>
        <translation>belastingbetalers $</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="95"/>
        <source>victims $</source>
        <translation>slachtoffers $</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="96"/>
        <source>families $</source>
        <translation>gezinnen $</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="97"/>
        <source>wellbeing-years</source>
        <translation>welzijnsjaren</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="99"/>
        <source>life-years</source>
        <translation>levensjaren</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="103"/>
        <source>by mechanism (mean $)</source>
        <translation>per mechanisme (gemiddelde $)</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="107"/>
        <source>total</source>
        <translation>totaal</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="151"/>
        <source>Drew %1 draws (batches of %2) to bring the standard error of each mean net value below %3.</source>
        <translation>%1 trekkingen gedaan (in reeksen van %2) om de standaardfout van elke gemiddelde nettowaarde onder %3 te brengen.</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="155"/>
        <source>Stopped at the cap of %1 draws (batches of %2): the standard error of a mean net value is still above %3.</source>
        <translation>Gestopt bij het maximum van %1 trekkingen (in reeksen van %2): de standaardfout van een gemiddelde nettowaarde ligt nog boven %3.</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="254"/>
        <source>--target-se: expected a positive number of dollars, got &quot;%1&quot;</source>
        <translation>--target-se: verwacht een positief aantal dollar, maar kreeg &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="261"/>
        <source>--max-draws: expected a whole number from %1 to 1000000, got &quot;%2&quot;</source>
        <translation>--max-draws: verwacht een geheel getal van %1 tot en met 1000000, maar kreeg &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="329"/>
        <source>Keep drawing, in batches of --draws, until the Monte Carlo standard error of each policy&apos;s mean net value is at most this, or --max-draws is reached.</source>
        <translation>Blijf trekken, in reeksen van --draws, tot de Monte Carlo-standaardfout van de gemiddelde nettowaarde van elk beleid hoogstens dit is, of tot --max-draws bereikt is.</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="336"/>
        <source>With --target-se: the most draws to use (default: 100000).</source>
        <translation>Met --target-se: het grootste aantal trekkingen (standaard: 100000).</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="341"/>
        <source>Split each policy&apos;s net value by mechanism (incapacitation, deterrence, aftereffects and reentry, in-prison conditions) and by ledger.</source>
        <translation>Splits de nettowaarde van elk beleid per mechanisme (incapacitatie, afschrikking, nawerking en terugkeer, omstandigheden in de gevangenis) en per rekening.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="39"/>
        <source>Assaults: large vs small facilities (judged RR 1.2, 0.8-1.8); operating cost per bed (assumption)</source>
        <translation>Mishandelingen: grote vs. kleine inrichtingen (RR ingeschat op 1.2, 0.8-1.8); exploitatiekosten per plaats (aanname)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="40"/>
        <source>Share visited monthly falls with ln(distance) (Rabuy &amp; Kopf 2015); visits lower recidivism and misconduct</source>
        <translation>Aandeel met maandelijks bezoek daalt met ln(afstand) (Rabuy &amp; Kopf 2015); bezoek verlaagt recidive en wangedrag</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="41"/>
        <source>Reincarceration hazard in the months covered (LIFE, TARP, Returning Citizens Stimulus; judged RR 0.90 at $2,500)</source>
        <translation>Risico op herdetentie in de gedekte maanden (LIFE, TARP, Returning Citizens Stimulus; RR ingeschat op 0.90 bij $2,500)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="42"/>
        <source>Longer payment covers more of the first year (assumption)</source>
        <translation>Langer uitbetalen dekt meer van het eerste jaar (aanname)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="43"/>
        <source>Incapacitation falling with the incarceration rate and age, aftereffects of prison, small general and targeted deterrence; applies to new admissions unless retroactive</source>
        <translation>Incapacitatie die daalt met de opsluitingsgraad en de leeftijd, nawerking van de gevangenis, kleine algemene en gerichte afschrikking; geldt voor nieuwe opnames tenzij met terugwerkende kracht</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="44"/>
        <source>Families&apos; overpayment (Raher 2018, PPI), a transfer to vendors and the state; only its deadweight part is a social cost</source>
        <translation>Te veel betaald door families (Raher 2018, PPI), een overdracht aan leveranciers en de staat; alleen het welvaartsverlies is een maatschappelijke kost</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="45"/>
        <source>Scales the share visited (assumption), at a cost per prisoner-year; visits: judged HR 0.95 on recidivism</source>
        <translation>Schaalt het aandeel bezochte gedetineerden (aanname), met kosten per gedetineerdenjaar; bezoek: geschatte HR 0,95 op recidive</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="46"/>
        <source>Judged at 0.3 of the in-person visit effect (no causal evidence); costed per hour provided</source>
        <translation>Geschat op 0,3 van het effect van bezoek (geen causaal bewijs); kosten per geleverd uur</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="47"/>
        <source>No quantitative evidence: effect on assaults is an assumption (0.8-1.05); costed per prisoner-year</source>
        <translation>Geen kwantitatief bewijs: het effect op geweld is een aanname (0,8-1,05); kosten per gedetineerdenjaar</translation>
    </message>
    <message>
        <source>Incapacitation (judged 4 crimes per prisoner-year), weak deterrence (-0.05)</source>
        <translation type="vanished">Incapacitatie (ingeschat op 4 misdrijven per detentiejaar), zwakke afschrikking (-0.05)</translation>
    </message>
    <message>
        <source>Families&apos; overpayment (Raher 2018, PPI); no link to violence found</source>
        <translation type="vanished">Te veel betaald door gezinnen (Raher 2018, PPI); geen verband met geweld gevonden</translation>
    </message>
    <message>
        <source>Scales the share visited (assumption); visits: judged HR 0.90 on recidivism</source>
        <translation type="vanished">Schaalt het aandeel met bezoek (aanname); bezoek: HR op recidive ingeschat op 0.90</translation>
    </message>
    <message>
        <source>Judged at 0.3 of the in-person visit effect (no causal evidence)</source>
        <translation type="vanished">Ingeschat op 0.3 van het effect van bezoek ter plaatse (geen causaal bewijs)</translation>
    </message>
    <message>
        <source>No quantitative evidence: effect on assaults is an assumption (default none)</source>
        <translation type="vanished">Geen kwantitatief bewijs: het effect op mishandelingen is een aanname (standaard geen)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="48"/>
        <source>Crime elasticities from Chalfin &amp; McCrary 2018 (-0.67 murder, -0.34 violent, -0.17 property)</source>
        <translation>Misdaadelasticiteiten uit Chalfin &amp; McCrary 2018 (-0.67 moord, -0.34 geweld, -0.17 vermogen)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="49"/>
        <source>Certainty deterrence (assumed elasticity -0.2) and more convictions</source>
        <translation>Afschrikking door pakkans (aangenomen elasticiteit -0.2) en meer veroordelingen</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="50"/>
        <source>Pretrial crime averted vs conviction uplift (+13 pp, Leslie &amp; Pope 2017) and later offending (judged HR 1.10)</source>
        <translation>Voorkomen misdrijven vóór het proces vs. grotere kans op veroordeling (+13 pp, Leslie &amp; Pope 2017) en latere delicten (HR ingeschat op 1.10)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="51"/>
        <source>Capital cost per bed (judged $200,000 in 2023 dollars)</source>
        <translation>Investeringskosten per plaats (ingeschat op $200,000 in dollars van 2023)</translation>
    </message>
</context>
<context>
    <name>Evidence kind</name>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="142"/>
        <source>read in the source</source>
        <translation>gelezen in de bron</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="144"/>
        <source>read where another source reports it</source>
        <translation>gelezen in een andere bron die het aanhaalt</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="146"/>
        <source>a judgement from related figures</source>
        <translation>een inschatting op basis van verwante cijfers</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="148"/>
        <source>from memory, not yet checked against the source</source>
        <translation>uit het geheugen, nog niet nagekeken in de bron</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="151"/>
        <source>worked out from other inputs</source>
        <translation>afgeleid uit andere invoer</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="153"/>
        <source>an assumption</source>
        <translation>een aanname</translation>
    </message>
</context>
<context>
    <name>Input</name>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="70"/>
        <source>Assaults per prisoner per year</source>
        <translation>Aanrandingen per gedetineerde per jaar</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="71"/>
        <source>Cost of building a prison bed</source>
        <translation>Bouwkosten van een gevangenisplaats</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="72"/>
        <source>Share of property crimes cleared</source>
        <translation>Aandeel opgehelderde vermogensdelicten</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="73"/>
        <source>Share of violent crimes cleared</source>
        <translation>Aandeel opgehelderde geweldsdelicten</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="75"/>
        <source>Commissary prices relative to outside prices</source>
        <translation>Prijzen in de gevangeniswinkel ten opzichte van buiten</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="77"/>
        <source>Commissary spending per prisoner per year</source>
        <translation>Uitgaven in de gevangeniswinkel per gedetineerde per jaar</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="79"/>
        <source>Cost of a police officer per year</source>
        <translation>Kosten van een politieagent per jaar</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="80"/>
        <source>Cost of a prisoner per year</source>
        <translation>Kosten van een gedetineerde per jaar</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="81"/>
        <source>Felony defendants per year</source>
        <translation>Verdachten van zware misdrijven per jaar</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="82"/>
        <source>Homicides per year</source>
        <translation>Moorden en doodslagen per jaar</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="83"/>
        <source>People in jail</source>
        <translation>Mensen in huizen van bewaring</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="84"/>
        <source>People in jail awaiting trial</source>
        <translation>Mensen in voorlopige hechtenis</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="86"/>
        <source>Average distance of prisoners from home (miles)</source>
        <translation>Gemiddelde afstand van gedetineerden tot thuis (mijl)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="87"/>
        <source>Average prison size (beds)</source>
        <translation>Gemiddelde grootte van een gevangenis (plaatsen)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="89"/>
        <source>Average days held before trial</source>
        <translation>Gemiddeld aantal dagen vast vóór het proces</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="91"/>
        <source>Average time served, non-violent offences (years)</source>
        <translation>Gemiddelde uitzitduur, geweldloze delicten (jaar)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="93"/>
        <source>Average time served, violent offences (years)</source>
        <translation>Gemiddelde uitzitduur, geweldsdelicten (jaar)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="94"/>
        <source>Median age at release</source>
        <translation>Mediane leeftijd bij vrijlating</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="95"/>
        <source>Police officers</source>
        <translation>Politieagenten</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="96"/>
        <source>Police officers per 100,000 residents</source>
        <translation>Politieagenten per 100.000 inwoners</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="97"/>
        <source>Population</source>
        <translation>Bevolking</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="99"/>
        <source>Share of defendants held before trial</source>
        <translation>Aandeel verdachten vastgehouden vóór het proces</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="100"/>
        <source>Prison admissions per year</source>
        <translation>Instroom in de gevangenis per jaar</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="102"/>
        <source>Admissions for a new sentence per year</source>
        <translation>Instroom voor een nieuw vonnis per jaar</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="104"/>
        <source>Admissions for parole or probation violations per year</source>
        <translation>Instroom wegens overtreding van voorwaarden per jaar</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="105"/>
        <source>People in prison</source>
        <translation>Mensen in de gevangenis</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="106"/>
        <source>Prison releases per year</source>
        <translation>Vrijlatingen per jaar</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="107"/>
        <source>Property crimes per year</source>
        <translation>Vermogensdelicten per jaar</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="108"/>
        <source>Access to recreation</source>
        <translation>Toegang tot recreatie</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="110"/>
        <source>Share back in prison within 3 years</source>
        <translation>Aandeel binnen 3 jaar terug in de gevangenis</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="112"/>
        <source>Share back in prison within 5 years</source>
        <translation>Aandeel binnen 5 jaar terug in de gevangenis</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="114"/>
        <source>Hours of remote contact with family per week</source>
        <translation>Uren contact op afstand met familie per week</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="116"/>
        <source>Share of prisoners with a prior prison term</source>
        <translation>Aandeel gedetineerden met een eerdere gevangenisstraf</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="118"/>
        <source>Sexual victimisations per prisoner per year</source>
        <translation>Seksueel geweld per gedetineerde per jaar</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="120"/>
        <source>Suicides per 100,000 prisoners</source>
        <translation>Zelfdodingen per 100.000 gedetineerden</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="122"/>
        <source>Prisons and jails run as one system</source>
        <translation>Gevangenissen en huizen van bewaring als één stelsel</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="123"/>
        <source>Violent crimes per year</source>
        <translation>Geweldsdelicten per jaar</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="125"/>
        <source>Share of prisoners held for a violent offence</source>
        <translation>Aandeel gedetineerden voor een geweldsdelict</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="127"/>
        <source>Share of prisoners visited each month</source>
        <translation>Aandeel gedetineerden dat elke maand bezoek krijgt</translation>
    </message>
</context>
<context>
    <name>Lever</name>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="11"/>
        <source>Facility size</source>
        <translation>Omvang van de inrichting</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="13"/>
        <source>Distance from home</source>
        <translation>Afstand tot thuis</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="15"/>
        <source>Cash at release</source>
        <translation>Geld bij vrijlating</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="17"/>
        <source>Cash paid over</source>
        <translation>Uitbetaling gespreid over</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="19"/>
        <source>Time served: first term, non-violent</source>
        <translation>Detentieduur: eerste straf, geen geweldsdelict</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="21"/>
        <source>Time served: first term, violent</source>
        <translation>Detentieduur: eerste straf, geweldsdelict</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="22"/>
        <source>Time served: repeat, non-violent</source>
        <translation>Detentieduur: recidive, geen geweldsdelict</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="23"/>
        <source>Time served: repeat, violent</source>
        <translation>Detentieduur: recidive, geweldsdelict</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="24"/>
        <source>Commissary prices</source>
        <translation>Prijzen in de gevangeniswinkel</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="26"/>
        <source>In-person visit support</source>
        <translation>Steun voor bezoek ter plaatse</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="28"/>
        <source>Phone, video and internet contact</source>
        <translation>Contact via telefoon, video en internet</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="30"/>
        <source>Recreation access (consoles, TV)</source>
        <translation>Toegang tot ontspanning (consoles, tv)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="32"/>
        <source>Police officers</source>
        <translation>Politieagenten</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="34"/>
        <source>Violent crimes solved</source>
        <translation>Opgeloste geweldsmisdrijven</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="36"/>
        <source>Pretrial detention</source>
        <translation>Voorlopige hechtenis</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="38"/>
        <source>New capacity built</source>
        <translation>Nieuw gebouwde capaciteit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="9"/>
        <source>LeastBad</source>
        <translation>LeastBad</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="24"/>
        <source>&amp;Region</source>
        <translation>&amp;Regio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="33"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="38"/>
        <source>Data as of year</source>
        <translation>Gegevens per jaar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="39"/>
        <source>Evaluate the region as of a year: each input takes its latest value at or before it</source>
        <translation>De regio per een jaar bekijken: elke invoer neemt zijn laatste waarde in of vóór dat jaar</translation>
    </message>
    <message>
        <source>Moral &amp;weights</source>
        <translation type="vanished">Morele &amp;gewichten</translation>
    </message>
    <message>
        <source>&amp;Show over time:</source>
        <translation type="vanished">&amp;Verloop in de tijd:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="55"/>
        <source>Policies and moral weights</source>
        <translation>Beleid en morele gewichten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="57"/>
        <source>Policies</source>
        <translation>Beleid</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="66"/>
        <source>Moral weights</source>
        <translation>Morele gewichten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="92"/>
        <source>Show over ti&amp;me:</source>
        <translation>T&amp;oon in de tijd:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="98"/>
        <source>Output shown over time</source>
        <translation>Uitkomst waarvan het verloop in de tijd wordt getoond</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="110"/>
        <source>Charts</source>
        <translation>Grafieken</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="121"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="125"/>
        <source>Open E&amp;xample</source>
        <translation>&amp;Voorbeeld openen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="129"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="136"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="147"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="156"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="161"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="177"/>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="178"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="179"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="180"/>
        <source>Save &amp;As…</source>
        <translation>Opslaan a&amp;ls…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="181"/>
        <source>&amp;Load Policy File into the Selected Policy…</source>
        <translation>Beleids&amp;bestand laden in het geselecteerde beleid…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="185"/>
        <source>Add &amp;Policy</source>
        <translation>Beleid &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="186"/>
        <source>&amp;Duplicate Policy</source>
        <translation>Beleid &amp;dupliceren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="187"/>
        <source>Re&amp;move Policy</source>
        <translation>Beleid &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="188"/>
        <source>Reset Policy to the Status &amp;Quo</source>
        <translation>Beleid terugzetten naar de &amp;status quo</translation>
    </message>
    <message>
        <source>Load Policy File into &amp;A…</source>
        <translation type="vanished">Beleidsbestand laden in &amp;A…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="182"/>
        <source>&amp;Import Vera Incarceration Trends…</source>
        <translation>Vera Incarceration Trends &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="182"/>
        <source>Make a county dataset from the Vera Institute&apos;s Incarceration Trends county file you downloaded</source>
        <translation>Een dataset van county&apos;s maken uit het county-bestand van Vera&apos;s Incarceration Trends dat u hebt gedownload</translation>
    </message>
    <message>
        <source>Load Policy File into &amp;B…</source>
        <translation type="vanished">Beleidsbestand laden in &amp;B…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="183"/>
        <source>&amp;Quit</source>
        <translation>Afsl&amp;uiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="184"/>
        <source>&amp;Copy Chart as Image</source>
        <translation>Grafiek als afbeelding &amp;kopiëren</translation>
    </message>
    <message>
        <source>Reset A to the Status Quo</source>
        <translation type="vanished">A terugzetten naar de status quo</translation>
    </message>
    <message>
        <source>Reset B to the Status Quo</source>
        <translation type="vanished">B terugzetten naar de status quo</translation>
    </message>
    <message>
        <source>Copy &amp;A to B</source>
        <translation type="vanished">Kopieer &amp;A naar B</translation>
    </message>
    <message>
        <source>Copy &amp;B to A</source>
        <translation type="vanished">Kopieer &amp;B naar A</translation>
    </message>
    <message>
        <source>&amp;Swap A and B</source>
        <translation type="vanished">&amp;Wissel A en B</translation>
    </message>
    <message>
        <source>Copy A to B</source>
        <translation type="vanished">A naar B kopiëren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="189"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Zoom herstellen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="193"/>
        <source>Show &amp;Status Bar</source>
        <translation>&amp;Statusbalk tonen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="195"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Gebruikershandleiding</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="196"/>
        <source>&amp;Welcome and Examples…</source>
        <translation>&amp;Welkom en voorbeelden…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="197"/>
        <source>How the &amp;Model Works</source>
        <translation>Hoe het &amp;model werkt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="198"/>
        <source>&amp;Validation Against What Happened</source>
        <translation>&amp;Validatie tegen wat er gebeurde</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="199"/>
        <source>&amp;About LeastBad</source>
        <translation>&amp;Over LeastBad</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="200"/>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="52"/>
        <source>Prison population (end of year)</source>
        <translation>Gevangenispopulatie (eind van het jaar)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="54"/>
        <source>Prison admissions</source>
        <translation>Instroom in de gevangenis</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="56"/>
        <source>Releases</source>
        <translation>Vrijlatingen</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="57"/>
        <source>New admissions (not readmissions)</source>
        <translation>Nieuwe instroom (geen herinstroom)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="58"/>
        <source>Readmissions within 10 years of release</source>
        <translation>Herinstroom binnen 10 jaar na vrijlating</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="59"/>
        <source>Violent crimes known to police (incl. homicide)</source>
        <translation>Geweldsmisdrijven bekend bij de politie (incl. moord en doodslag)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="61"/>
        <source>Property crimes known to police</source>
        <translation>Vermogensmisdrijven bekend bij de politie</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="62"/>
        <source>Homicides</source>
        <translation>Moord en doodslag</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="64"/>
        <source>Victimisations (reported and unreported)</source>
        <translation>Slachtoffers (gemeld en niet gemeld)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="66"/>
        <source>Victimisations averted vs status quo</source>
        <translation>Voorkomen slachtoffers t.o.v. de status quo</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="67"/>
        <source>Prisoner-years served</source>
        <translation>Uitgezeten detentiejaren</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="69"/>
        <source>Pretrial jail-years (felony defendants held)</source>
        <translation>Jaren voorlopige hechtenis (vastgehouden verdachten van misdrijven)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="70"/>
        <source>Prisoners assaulted (at least once in the year)</source>
        <translation>Mishandelde gedetineerden (minstens één keer in het jaar)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="71"/>
        <source>Sexual victimisations in prison</source>
        <translation>Slachtoffers van seksueel geweld in de gevangenis</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="72"/>
        <source>Suicides in prison</source>
        <translation>Zelfdodingen in de gevangenis</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="73"/>
        <source>Life expectancy lost by incarcerated people</source>
        <translation>Verloren levensverwachting van gedetineerden</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="75"/>
        <source>Life-years saved by homicides averted</source>
        <translation>Geredde levensjaren door voorkomen moord en doodslag</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="76"/>
        <source>Wellbeing-years lost by victims</source>
        <translation>Verloren welzijnsjaren van slachtoffers</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="78"/>
        <source>Wellbeing-years lost by incarcerated people</source>
        <translation>Verloren welzijnsjaren van gedetineerden</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="79"/>
        <source>Wellbeing-years lost by prisoners&apos; children</source>
        <translation>Verloren welzijnsjaren van kinderen van gedetineerden</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="80"/>
        <source>Wellbeing-years lost, all</source>
        <translation>Verloren welzijnsjaren, totaal</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="81"/>
        <source>Corrections operating cost</source>
        <translation>Exploitatiekosten gevangeniswezen</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="83"/>
        <source>Capital cost of new and re-housing capacity</source>
        <translation>Kapitaalkosten van nieuwe capaciteit en herhuisvesting</translation>
    </message>
    <message>
        <source>Capital cost of new capacity</source>
        <translation type="vanished">Investeringskosten nieuwe capaciteit</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="84"/>
        <source>Police cost</source>
        <translation>Politiekosten</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="85"/>
        <source>Cash transfers at release paid</source>
        <translation>Betaalde geldtransfers bij vrijlating</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="86"/>
        <source>Pretrial detention cost</source>
        <translation>Kosten voorlopige hechtenis</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="87"/>
        <source>Contact, visits, recreation and cash administration</source>
        <translation>Contact, bezoek, recreatie en uitvoering van de uitkering</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="88"/>
        <source>Commissary commissions to the state</source>
        <translation>Commissie van de gevangeniswinkel voor de staat</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="89"/>
        <source>Commissary markup kept by vendors</source>
        <translation>Winkelopslag die leveranciers houden</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="90"/>
        <source>Taxpayers: net cost</source>
        <translation>Belastingbetalers: nettokosten</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="91"/>
        <source>Victims: tangible cost of crime</source>
        <translation>Slachtoffers: materiële kosten van misdaad</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="92"/>
        <source>Commissary markup paid by prisoners and families</source>
        <translation>Prijsopslag in de gevangeniswinkel, betaald door gedetineerden en gezinnen</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="93"/>
        <source>Cash transfers received</source>
        <translation>Ontvangen geldtransfers</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="94"/>
        <source>Incarcerated people and families: net cost</source>
        <translation>Gedetineerden en gezinnen: nettokosten</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="95"/>
        <source>All ledgers: net cost</source>
        <translation>Alle rekeningen: nettokosten</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="27"/>
        <source>trillion USD 2024</source>
        <translation>biljoen USD 2024</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="28"/>
        <source>billion USD 2024</source>
        <translation>miljard USD 2024</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="30"/>
        <source>millions</source>
        <translation>miljoenen</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="32"/>
        <source>thousands</source>
        <translation>duizenden</translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="47"/>
        <source>Change %1 (%2)</source>
        <translation>wijziging van %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="12"/>
        <source>beds</source>
        <translation>plaatsen</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="14"/>
        <source>miles</source>
        <translation>mijl</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="16"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="18"/>
        <source>months (0 = lump sum)</source>
        <translation>maanden (0 = ineens)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="20"/>
        <source>x status quo</source>
        <translation>x status quo</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="25"/>
        <source>x community price</source>
        <translation>x gewone prijs</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="27"/>
        <source>x share visited</source>
        <translation>x aandeel met bezoek</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="29"/>
        <source>hours/week</source>
        <translation>uur/week</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="31"/>
        <source>0-1</source>
        <translation>0-1</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="33"/>
        <source>per 100,000 residents</source>
        <translation>per 100.000 inwoners</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="35"/>
        <source>share cleared</source>
        <translation>aandeel opgelost</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="37"/>
        <source>share of felony defendants</source>
        <translation>aandeel verdachten van misdrijven</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="53"/>
        <source>people</source>
        <translation>personen</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="55"/>
        <source>people/year</source>
        <translation>personen/jaar</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="60"/>
        <source>crimes/year</source>
        <translation>misdrijven/jaar</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="63"/>
        <source>deaths/year</source>
        <translation>doden/jaar</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="65"/>
        <source>victimisations/year</source>
        <translation>slachtoffers/jaar</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="68"/>
        <source>person-years</source>
        <translation>persoonsjaren</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="74"/>
        <source>life-years</source>
        <translation>levensjaren</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="77"/>
        <source>QALY</source>
        <translation>QALY</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="82"/>
        <source>USD 2024</source>
        <translation>USD 2024</translation>
    </message>
</context>
<context>
    <name>leastbad-cli</name>
    <message>
        <source>Usage: leastbad-cli &lt;command&gt; [options]

LeastBad: a prison-policy cost-benefit calculator.

Commands:
  simulate     Simulate one policy year by year
  compare      Compare policies with the status quo under uncertainty
  sensitivity  Rank the parameters that drive a policy&apos;s net value
  frontier     Find the policies no other beats, and the least bad one
  regions      Apply one policy to every region and rank them
  dataset      List, show, validate, import and export regional datasets
  export       Export a scenario&apos;s charts, report and results (PNG, SVG, PDF, CSV, JSON)
  parameters   Print the model&apos;s parameter table (Markdown, as in docs/MODEL.md)

Each command takes --help.

Options:
  -h, --help       Show this help
  -v, --version    Show the version
      --lang CODE  Language: en, nl or es (default: the system&apos;s)
</source>
        <translation type="vanished">Gebruik: leastbad-cli &lt;opdracht&gt; [opties]

LeastBad: een kosten-batencalculator voor gevangenisbeleid.

Opdrachten:
  simulate     Simuleer één beleid jaar voor jaar
  compare      Vergelijk beleidsopties onder onzekerheid met de status quo
  sensitivity  Rangschik de parameters die de nettowaarde van een beleid bepalen
  frontier     Vind de beleidsopties die door geen andere worden verslagen, en de minst slechte
  regions      Pas één beleid toe op elke regio en rangschik de regio&apos;s
  dataset      Regionale datasets oplijsten, tonen, valideren, importeren en exporteren
  export       Exporteer de grafieken, het rapport en de resultaten van een scenario (PNG, SVG, PDF, CSV, JSON)
  parameters   Toon de parametertabel van het model (Markdown, zoals in docs/MODEL.md)

Elke opdracht accepteert --help.

Opties:
  -h, --help       Deze hulp tonen
  -v, --version    De versie tonen
      --lang CODE  Taal: en, nl of es (standaard: die van het systeem)
</translation>
    </message>
    <message>
        <source>Usage: leastbad-cli &lt;command&gt; [options]

LeastBad: a prison-policy cost-benefit calculator.

Commands:
  simulate     Simulate one policy year by year
  compare      Compare policies with the status quo under uncertainty
  diagnostics  Per-unit effects of the model beside the literature
  sensitivity  Rank the parameters that drive a policy&apos;s net value
  frontier     Find the policies no other beats, and the least bad one
  regions      Apply one policy to every region and rank them
  dataset      List, show, validate, import and export regional datasets
  export       Export a scenario&apos;s charts, report and results (PNG, SVG, PDF, CSV, JSON)
  parameters   Print the model&apos;s parameter table (Markdown, as in docs/MODEL.md)

Each command takes --help.

Options:
  -h, --help       Show this help
  -v, --version    Show the version
      --lang CODE  Language: en, nl or es (default: the system&apos;s)
</source>
        <translation type="vanished">Gebruik: leastbad-cli &lt;opdracht&gt; [opties]

LeastBad: een kosten-batencalculator voor gevangenisbeleid.

Opdrachten:
  simulate     Simuleer één beleid jaar voor jaar
  compare      Vergelijk beleidsopties onder onzekerheid met de status quo
  diagnostics  Effecten per eenheid van het model naast de literatuur
  sensitivity  Rangschik de parameters die de nettowaarde van een beleid bepalen
  frontier     Vind de beleidsopties die door geen andere worden verslagen, en de minst slechte
  regions      Pas één beleid toe op elke regio en rangschik de regio&apos;s
  dataset      Regionale datasets oplijsten, tonen, valideren, importeren en exporteren
  export       Exporteer de grafieken, het rapport en de resultaten van een scenario (PNG, SVG, PDF, CSV, JSON)
  parameters   Toon de parametertabel van het model (Markdown, zoals in docs/MODEL.md)

Elke opdracht accepteert --help.

Opties:
  -h, --help       Deze hulp tonen
  -v, --version    De versie tonen
      --lang CODE  Taal: en, nl of es (standaard: die van het systeem)
</translation>
    </message>
    <message>
        <source>Usage: leastbad-cli &lt;command&gt; [options]

LeastBad: a prison-policy cost-benefit calculator.

Commands:
  simulate     Simulate one policy year by year
  compare      Compare policies with the status quo under uncertainty
  voi          Value of information: which uncertainty matters for the decision
  diagnostics  Per-unit effects of the model beside the literature
  sensitivity  Rank the parameters that drive a policy&apos;s net value
  frontier     Find the policies no other beats, and the least bad one
  regions      Apply one policy to every region and rank them
  dataset      List, show, validate, import and export regional datasets
  export       Export a scenario&apos;s charts, report and results (PNG, SVG, PDF, CSV, JSON)
  parameters   Print the model&apos;s parameter table (Markdown, as in docs/MODEL.md)

Each command takes --help.

Options:
  -h, --help       Show this help
  -v, --version    Show the version
      --lang CODE  Language: en, nl or es (default: the system&apos;s)
</source>
        <translation type="vanished">Gebruik: leastbad-cli &lt;opdracht&gt; [opties]

LeastBad: een kosten-batencalculator voor gevangenisbeleid.

Opdrachten:
  simulate     Simuleer één beleid jaar voor jaar
  compare      Vergelijk beleidsopties onder onzekerheid met de status quo
  voi          Waarde van informatie: welke onzekerheid telt voor de beslissing
  diagnostics  Effecten per eenheid van het model naast de literatuur
  sensitivity  Rangschik de parameters die de nettowaarde van een beleid bepalen
  frontier     Vind de beleidsopties die door geen andere worden verslagen, en de minst slechte
  regions      Pas één beleid toe op elke regio en rangschik de regio&apos;s
  dataset      Regionale datasets oplijsten, tonen, valideren, importeren en exporteren
  export       Exporteer de grafieken, het rapport en de resultaten van een scenario (PNG, SVG, PDF, CSV, JSON)
  parameters   Toon de parametertabel van het model (Markdown, zoals in docs/MODEL.md)

Elke opdracht accepteert --help.

Opties:
  -h, --help       Deze hulp tonen
  -v, --version    De versie tonen
      --lang CODE  Taal: en, nl of es (standaard: die van het systeem)
</translation>
    </message>
    <message>
        <source>Usage: leastbad-cli &lt;command&gt; [options]

LeastBad: a prison-policy cost-benefit calculator.

Commands:
  simulate     Simulate one policy year by year
  compare      Compare policies with the status quo under uncertainty
  voi          Value of information: which uncertainty matters for the decision
  diagnostics  Per-unit effects of the model beside the literature
  sensitivity  Rank the parameters that drive a policy&apos;s net value
  frontier     Find the policies no other beats, and the least bad one
  regions      Apply one policy to every region and rank them
  validate     Run published natural experiments through the model
  backcast     Start a region in a past year and compare with what happened
  dataset      List, show, validate, import and export regional datasets
  export       Export a scenario&apos;s charts, report and results (PNG, SVG, PDF, CSV, JSON)
  parameters   Print the model&apos;s parameter table (Markdown, as in docs/MODEL.md)

Each command takes --help.

Options:
  -h, --help       Show this help
  -v, --version    Show the version
      --lang CODE  Language: en, nl or es (default: the system&apos;s)
</source>
        <translation type="vanished">Gebruik: leastbad-cli &lt;opdracht&gt; [opties]

LeastBad: een kosten-batencalculator voor gevangenisbeleid.

Opdrachten:
  simulate     Simuleer één beleid jaar voor jaar
  compare      Vergelijk beleidsopties onder onzekerheid met de status quo
  voi          Waarde van informatie: welke onzekerheid telt voor de beslissing
  diagnostics  Effecten per eenheid van het model naast de literatuur
  sensitivity  Rangschik de parameters die de nettowaarde van een beleid bepalen
  frontier     Vind de beleidsopties die door geen andere worden verslagen, en de minst slechte
  regions      Pas één beleid toe op elke regio en rangschik de regio&apos;s
  validate     Laat gepubliceerde natuurlijke experimenten door het model lopen
  backcast     Start een regio in een jaar uit het verleden en vergelijk met wat er gebeurde
  dataset      Regionale datasets oplijsten, tonen, valideren, importeren en exporteren
  export       Exporteer de grafieken, het rapport en de resultaten van een scenario (PNG, SVG, PDF, CSV, JSON)
  parameters   Toon de parametertabel van het model (Markdown, zoals in docs/MODEL.md)

Elke opdracht accepteert --help.

Opties:
  -h, --help       Deze hulp tonen
  -v, --version    De versie tonen
      --lang CODE  Taal: en, nl of es (standaard: die van het systeem)
</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="35"/>
        <source>Usage: leastbad-cli &lt;command&gt; [options]

LeastBad: a prison-policy cost-benefit calculator.

Commands:
  simulate     Simulate one policy year by year
  compare      Compare policies with the status quo under uncertainty
  voi          Value of information: which uncertainty matters for the decision
  diagnostics  Per-unit effects of the model beside the literature
  sensitivity  Rank the parameters that drive a policy&apos;s net value
  frontier     Find the policies no other beats, and the least bad one
  regions      Apply one policy to every region and rank them
  validate     Run published natural experiments through the model
  backcast     Start a region in a past year and compare with what happened
  dataset      List, show, validate, import and export regional datasets
  export       Export a scenario&apos;s charts, report and results (PNG, SVG, PDF, CSV, JSON)
  parameters   Print the model&apos;s parameter table (Markdown, as in docs/MODEL.md)
  levers       Print the policy levers (Markdown or JSON, as in docs/MODEL.md)

Each command takes --help.

Options:
  -h, --help       Show this help
  -v, --version    Show the version
      --lang CODE  Language: en, nl or es (default: the system&apos;s)
</source>
        <translation>Gebruik: leastbad-cli &lt;opdracht&gt; [opties]

LeastBad: een kosten-batencalculator voor gevangenisbeleid.

Opdrachten:
  simulate     Simuleer één beleid jaar voor jaar
  compare      Vergelijk beleidsopties onder onzekerheid met de status quo
  voi          Waarde van informatie: welke onzekerheid telt voor de beslissing
  diagnostics  Effecten per eenheid van het model naast de literatuur
  sensitivity  Rangschik de parameters die de nettowaarde van een beleid bepalen
  frontier     Vind de beleidsopties die door geen andere worden verslagen, en de minst slechte
  regions      Pas één beleid toe op elke regio en rangschik de regio&apos;s
  validate     Laat gepubliceerde natuurlijke experimenten door het model lopen
  backcast     Start een regio in een jaar uit het verleden en vergelijk met wat er gebeurde
  dataset      Regionale datasets oplijsten, tonen, valideren, importeren en exporteren
  export       Exporteer de grafieken, het rapport en de resultaten van een scenario (PNG, SVG, PDF, CSV, JSON)
  parameters   Toon de parametertabel van het model (Markdown, zoals in docs/MODEL.md)
  levers       Toon de beleidshefbomen (Markdown of JSON, zoals in docs/MODEL.md)

Elke opdracht accepteert --help.

Opties:
  -h, --help       Deze hulp tonen
  -v, --version    De versie tonen
      --lang CODE  Taal: en, nl of es (standaard: die van het systeem)
</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="107"/>
        <source>The command to run.</source>
        <translation>De opdracht die moet worden uitgevoerd.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="109"/>
        <source>Show this help</source>
        <translation>Deze hulp tonen</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="112"/>
        <source>Show the version</source>
        <translation>De versie tonen</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="160"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>onbekende opdracht &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>leastbad::analysis</name>
    <message>
        <location filename="../src/analysis/chartcontext.cpp" line="82"/>
        <source>and %1 more (the region&apos;s details list them)</source>
        <translation>en nog %1 (zie de details van de regio)</translation>
    </message>
    <message>
        <location filename="../src/analysis/chartcontext.cpp" line="90"/>
        <source>%1 (%2 figure)</source>
        <translation>%1 (cijfer van %2)</translation>
    </message>
    <message>
        <location filename="../src/analysis/chartcontext.cpp" line="92"/>
        <source>%1 (assumed: %2 figure)</source>
        <translation>%1 (aangenomen: cijfer van %2)</translation>
    </message>
    <message>
        <location filename="../src/analysis/chartcontext.cpp" line="126"/>
        <source>Status quo</source>
        <translation>Status quo</translation>
    </message>
    <message>
        <location filename="../src/analysis/chartcontext.cpp" line="134"/>
        <source>%1, data year %2. %3</source>
        <translation>%1, gegevensjaar %2. %3</translation>
    </message>
    <message>
        <location filename="../src/analysis/chartcontext.cpp" line="138"/>
        <source>Every input is the region&apos;s own or derived from its own figures.</source>
        <translation>Elke invoerwaarde is van de regio zelf of afgeleid uit haar eigen cijfers.</translation>
    </message>
    <message>
        <location filename="../src/analysis/chartcontext.cpp" line="139"/>
        <source>Flagged: %1 of %2 inputs borrowed: %3.</source>
        <translation>Gemarkeerd: %1 van de %2 invoerwaarden overgenomen: %3.</translation>
    </message>
    <message>
        <location filename="../src/analysis/chartcontext.cpp" line="143"/>
        <source>Assumptions: $%1 per wellbeing-year, $%2 per life-year; weights: incarcerated %3, victims %4, families %5; discount rate %6%, %7 years; %8 draws, seed %9.</source>
        <translation>Aannames: $%1 per welzijnsjaar, $%2 per levensjaar; gewichten: gedetineerden %3, slachtoffers %4, gezinnen %5; disconteringsvoet %6%, %7 jaar; %8 trekkingen, seed %9.</translation>
    </message>
    <message>
        <location filename="../src/analysis/chartcontext.cpp" line="155"/>
        <source>Data: %1.</source>
        <translation>Gegevens: %1.</translation>
    </message>
    <message>
        <location filename="../src/analysis/chartcontext.cpp" line="156"/>
        <source>Evidence: %1.</source>
        <translation>Onderbouwing: %1.</translation>
    </message>
    <message>
        <location filename="../src/analysis/chartcontext.cpp" line="158"/>
        <source>Made with LeastBad %1; every equation and source: docs/MODEL.md and docs/DATASETS.md.</source>
        <translation>Gemaakt met LeastBad %1; alle vergelijkingen en bronnen: docs/MODEL.md en docs/DATASETS.md.</translation>
    </message>
    <message>
        <location filename="../src/analysis/numbertext.cpp" line="71"/>
        <source>%1 (90% interval %2 to %3)</source>
        <translation>%1 (90%-interval %2 tot %3)</translation>
    </message>
    <message>
        <location filename="../src/analysis/numbertext.cpp" line="77"/>
        <source>%1 ± %2 (90% interval %3 to %4)</source>
        <translation>%1 ± %2 (90%-interval %3 tot %4)</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="76"/>
        <source>What the levers do directly</source>
        <translation>Wat de hefbomen direct doen</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="78"/>
        <location filename="../src/analysis/decisionviews.cpp" line="94"/>
        <source>Incapacitation</source>
        <translation>Incapacitatie</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="80"/>
        <source>General deterrence</source>
        <translation>Algemene afschrikking</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="82"/>
        <location filename="../src/analysis/decisionviews.cpp" line="98"/>
        <source>Aftereffects and reentry</source>
        <translation>Nawerking en terugkeer</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="84"/>
        <location filename="../src/analysis/decisionviews.cpp" line="100"/>
        <source>In-prison conditions</source>
        <translation>Omstandigheden in de gevangenis</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="96"/>
        <source>Deterrence</source>
        <translation>Afschrikking</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="102"/>
        <source>Taxpayer costs</source>
        <translation>Kosten voor belastingbetalers</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="104"/>
        <source>Pretrial detention</source>
        <translation>Voorlopige hechtenis</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="106"/>
        <source>Uncertain baseline inputs</source>
        <translation>Onzekere uitgangswaarden</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="108"/>
        <source>Victim costs and reporting</source>
        <translation>Slachtofferkosten en aangiftes</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="110"/>
        <source>Life-years</source>
        <translation>Levensjaren</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="112"/>
        <source>Wellbeing-years</source>
        <translation>Welzijnsjaren</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="119"/>
        <source>Value of a wellbeing-year</source>
        <translation>Waarde van een welzijnsjaar</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="121"/>
        <source>Value of a life-year</source>
        <translation>Waarde van een levensjaar</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="123"/>
        <source>Weight of incarcerated people&apos;s wellbeing</source>
        <translation>Gewicht van het welzijn van gedetineerden</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="125"/>
        <source>Discount rate</source>
        <translation>Disconteringsvoet</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="153"/>
        <source>never within %1 to %2</source>
        <translation>nooit tussen %1 en %2</translation>
    </message>
</context>
<context>
    <name>leastbad::charts</name>
    <message>
        <source>and %1 more (the region&apos;s details list them)</source>
        <translation type="vanished">en nog %1 (zie de details van de regio)</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation type="vanished">%1 (van %2)</translation>
    </message>
    <message>
        <source>%1 (assumed from %2)</source>
        <translation type="vanished">%1 (aangenomen van %2)</translation>
    </message>
    <message>
        <source>%1 (%2 figure)</source>
        <translation type="vanished">%1 (cijfer van %2)</translation>
    </message>
    <message>
        <source>%1 (assumed: %2 figure)</source>
        <translation type="vanished">%1 (aangenomen: cijfer van %2)</translation>
    </message>
    <message>
        <source>Status quo</source>
        <translation type="vanished">Status quo</translation>
    </message>
    <message>
        <source>%1, data year %2. %3</source>
        <translation type="vanished">%1, gegevensjaar %2. %3</translation>
    </message>
    <message>
        <source>Every input is the region&apos;s own or derived from its own figures.</source>
        <translation type="vanished">Elke invoerwaarde is van de regio zelf of afgeleid uit haar eigen cijfers.</translation>
    </message>
    <message>
        <source>Flagged: %1 of %2 inputs borrowed: %3.</source>
        <translation type="vanished">Gemarkeerd: %1 van de %2 invoerwaarden overgenomen: %3.</translation>
    </message>
    <message>
        <source>Assumptions: $%1 per wellbeing-year, $%2 per life-year; weights: incarcerated %3, victims %4, families %5; discount rate %6%, %7 years; %8 draws, seed %9.</source>
        <translation type="vanished">Aannames: $%1 per welzijnsjaar, $%2 per levensjaar; gewichten: gedetineerden %3, slachtoffers %4, gezinnen %5; disconteringsvoet %6%, %7 jaar; %8 trekkingen, seed %9.</translation>
    </message>
    <message>
        <source>Data: %1.</source>
        <translation type="vanished">Gegevens: %1.</translation>
    </message>
    <message>
        <source>Evidence: %1.</source>
        <translation type="vanished">Onderbouwing: %1.</translation>
    </message>
    <message>
        <source>Made with LeastBad %1; every equation and source: docs/MODEL.md and docs/DATASETS.md.</source>
        <translation type="vanished">Gemaakt met LeastBad %1; alle vergelijkingen en bronnen: docs/MODEL.md en docs/DATASETS.md.</translation>
    </message>
    <message>
        <location filename="../src/charts/chartexport.cpp" line="66"/>
        <location filename="../src/charts/chartexport.cpp" line="69"/>
        <source>cannot draw the SVG</source>
        <translation>kan de SVG niet tekenen</translation>
    </message>
    <message>
        <location filename="../src/charts/chartexport.cpp" line="86"/>
        <location filename="../src/charts/chartexport.cpp" line="91"/>
        <location filename="../src/charts/report.cpp" line="228"/>
        <location filename="../src/charts/report.cpp" line="231"/>
        <source>cannot draw the PDF</source>
        <translation>kan de PDF niet tekenen</translation>
    </message>
    <message>
        <location filename="../src/charts/chartexport.cpp" line="117"/>
        <source>Slide, 16:9 (1920 × 1080)</source>
        <translation>Dia, 16:9 (1920 × 1080)</translation>
    </message>
    <message>
        <location filename="../src/charts/chartexport.cpp" line="118"/>
        <source>Social, wide (1200 × 675)</source>
        <translation>Sociale media, breed (1200 × 675)</translation>
    </message>
    <message>
        <location filename="../src/charts/chartexport.cpp" line="119"/>
        <source>Social, square (1080 × 1080)</source>
        <translation>Sociale media, vierkant (1080 × 1080)</translation>
    </message>
    <message>
        <location filename="../src/charts/chartexport.cpp" line="120"/>
        <source>Print, A4 landscape</source>
        <translation>Afdrukken, A4 liggend</translation>
    </message>
    <message>
        <location filename="../src/charts/chartexport.cpp" line="121"/>
        <source>Print, Letter landscape</source>
        <translation>Afdrukken, Letter liggend</translation>
    </message>
    <message>
        <location filename="../src/charts/chartexport.cpp" line="136"/>
        <source>size &quot;%1&quot;: expected WIDTHxHEIGHT in pixels or one of %2</source>
        <translation>grootte &quot;%1&quot;: verwacht WIDTHxHEIGHT in pixels of één van %2</translation>
    </message>
    <message>
        <location filename="../src/charts/chartexport.cpp" line="143"/>
        <source>size &quot;%1&quot;: each side must be %2 to %3 pixels</source>
        <translation>grootte &quot;%1&quot;: elke zijde moet %2 tot en met %3 pixels zijn</translation>
    </message>
    <message>
        <location filename="../src/charts/chartexport.cpp" line="189"/>
        <source>%1: the scale must be 1, 2 or 3</source>
        <translation>%1: de schaal moet 1, 2 of 3 zijn</translation>
    </message>
    <message>
        <location filename="../src/charts/chartexport.cpp" line="208"/>
        <source>%1: unknown format</source>
        <translation>%1: onbekend formaat</translation>
    </message>
    <message>
        <location filename="../src/charts/chartkind.cpp" line="59"/>
        <source>Over time</source>
        <translation>Tijdsverloop</translation>
    </message>
    <message>
        <location filename="../src/charts/chartkind.cpp" line="61"/>
        <source>Who gains, who pays</source>
        <translation>Wie wint, wie betaalt</translation>
    </message>
    <message>
        <location filename="../src/charts/chartkind.cpp" line="63"/>
        <source>Net value</source>
        <translation>Nettowaarde</translation>
    </message>
    <message>
        <location filename="../src/charts/chartkind.cpp" line="65"/>
        <source>Tornado</source>
        <translation>Tornadodiagram</translation>
    </message>
    <message>
        <location filename="../src/charts/chartkind.cpp" line="67"/>
        <source>Frontier</source>
        <translation>Pareto-grens</translation>
    </message>
    <message>
        <location filename="../src/charts/chartkind.cpp" line="69"/>
        <source>Regions</source>
        <translation>Regio&apos;s</translation>
    </message>
    <message>
        <location filename="../src/charts/chartkind.cpp" line="81"/>
        <source>no analysis has been computed yet</source>
        <translation>er is nog geen analyse berekend</translation>
    </message>
    <message>
        <location filename="../src/charts/chartkind.cpp" line="83"/>
        <source>the tornado has not been computed yet</source>
        <translation>het tornadodiagram is nog niet berekend</translation>
    </message>
    <message>
        <location filename="../src/charts/chartkind.cpp" line="87"/>
        <source>the frontier has not been computed (Frontier tab; in the command line, --all or --frontier)</source>
        <translation>de Pareto-grens is niet berekend (tabblad Pareto-grens; op de opdrachtregel: --all of --frontier)</translation>
    </message>
    <message>
        <location filename="../src/charts/chartkind.cpp" line="92"/>
        <source>the regions have not been ranked yet</source>
        <translation>de regio&apos;s zijn nog niet gerangschikt</translation>
    </message>
    <message>
        <location filename="../src/charts/exportbatch.cpp" line="23"/>
        <source>%1: no analysis to write</source>
        <translation>%1: geen analyse om te schrijven</translation>
    </message>
    <message>
        <location filename="../src/charts/exportbatch.cpp" line="25"/>
        <source>%1: the draws were not kept for this export</source>
        <translation>%1: de trekkingen zijn voor deze export niet bewaard</translation>
    </message>
    <message>
        <location filename="../src/charts/exportbatch.cpp" line="35"/>
        <source>%1: unknown kind of results &quot;%2&quot; (json, csv or yearly)</source>
        <translation>%1: onbekende soort resultaten &quot;%2&quot; (json, csv of yearly)</translation>
    </message>
    <message>
        <location filename="../src/charts/exportbatch.cpp" line="49"/>
        <source>%1: unknown format &quot;%2&quot; (png, svg, pdf or csv)</source>
        <translation>%1: onbekend formaat &quot;%2&quot; (png, svg, pdf of csv)</translation>
    </message>
    <message>
        <location filename="../src/charts/exportbatch.cpp" line="59"/>
        <source>%1: no such folder</source>
        <translation>%1: map bestaat niet</translation>
    </message>
    <message>
        <location filename="../src/charts/exportbatch.cpp" line="68"/>
        <source>%1: cannot write here: %2</source>
        <translation>%1: kan hier niet schrijven: %2</translation>
    </message>
    <message>
        <location filename="../src/charts/exportbatch.cpp" line="127"/>
        <source>%1: cannot move into place</source>
        <translation>%1: kan niet naar de definitieve plaats worden verplaatst</translation>
    </message>
    <message>
        <source> tn</source>
        <translation type="vanished"> bln.</translation>
    </message>
    <message>
        <source> bn</source>
        <translation type="vanished"> mld.</translation>
    </message>
    <message>
        <source> M</source>
        <translation type="vanished"> mln.</translation>
    </message>
    <message>
        <source>%1 (90% interval %2 to %3)</source>
        <translation type="vanished">%1 (90%-interval %2 tot %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/charts/report.cpp" line="75"/>
        <source>Against the status quo, over %n year(s)</source>
        <translation>
            <numerusform>Ten opzichte van de status quo, over %n jaar</numerusform>
            <numerusform>Ten opzichte van de status quo, over %n jaar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="86"/>
        <source>Victimisations averted</source>
        <translation>Voorkomen slachtoffers</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="88"/>
        <source>Change in wellbeing-years lost</source>
        <translation>Verandering in verloren welzijnsjaren</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="90"/>
        <source>Change in life-years lost (prison − homicide)</source>
        <translation>Verandering in verloren levensjaren (gevangenis − moord en doodslag)</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="92"/>
        <source>Change in taxpayers&apos; cost (discounted)</source>
        <translation>Verandering in kosten voor belastingbetalers (verdisconteerd)</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="94"/>
        <source>Net social value (the weights below)</source>
        <translation>Maatschappelijke nettowaarde (gewichten hieronder)</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="96"/>
        <source>P(net benefit &gt; 0)</source>
        <translation>P(netto baten &gt; 0)</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="103"/>
        <source>On net social value, %1 beats %2 in %3 of %4 draws (ties: %5). Mean and 90% interval in brackets.</source>
        <translation>Op maatschappelijke nettowaarde wint %1 van %2 in %3 van de %4 trekkingen (gelijkspel: %5). Gemiddelde en 90%-interval tussen haakjes.</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="116"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="116"/>
        <source>%1, data year %2</source>
        <translation>%1, gegevensjaar %2</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="119"/>
        <source>Value of a wellbeing-year</source>
        <translation>Waarde van een welzijnsjaar</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="121"/>
        <source>Value of a life-year</source>
        <translation>Waarde van een levensjaar</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="123"/>
        <source>Moral weights</source>
        <translation>Morele gewichten</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="124"/>
        <source>incarcerated people %1, victims %2, families %3</source>
        <translation>gedetineerden %1, slachtoffers %2, gezinnen %3</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="127"/>
        <source>Horizon and discount rate</source>
        <translation>Horizon en disconteringsvoet</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="128"/>
        <source>%1 years, %2% a year</source>
        <translation>%1 jaar, %2% per jaar</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="129"/>
        <source>Monte Carlo</source>
        <translation>Monte Carlo</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="130"/>
        <source>%1 draws, seed %2</source>
        <translation>%1 trekkingen, seed %2</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="131"/>
        <source>Borrowed inputs (flagged)</source>
        <translation>Overgenomen invoerwaarden (gemarkeerd)</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="132"/>
        <source>none: every input is the region&apos;s own or derived from it</source>
        <translation>geen: elke invoerwaarde is van de regio zelf of daaruit afgeleid</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="133"/>
        <source>%1 of %2: %3</source>
        <translation>%1 van %2: %3</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="139"/>
        <source>Assumptions</source>
        <translation>Aannames</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="148"/>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="148"/>
        <source>Data:</source>
        <translation>Gegevens:</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="150"/>
        <source>Evidence:</source>
        <translation>Onderbouwing:</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="152"/>
        <source>Every parameter, its distribution and full citation: docs/MODEL.md; every dataset value and its source: docs/DATASETS.md. Made with LeastBad %1 on %2.</source>
        <translation>Elke parameter, de verdeling en de volledige bronvermelding: docs/MODEL.md; elke datasetwaarde en de bron: docs/DATASETS.md. Gemaakt met LeastBad %1 op %2.</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="168"/>
        <source>%1 against the status quo in %2</source>
        <translation>%1 ten opzichte van de status quo in %2</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="169"/>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="171"/>
        <source>A LeastBad report. Every number is the mean over the Monte Carlo draws, with its 90% interval; money in 2024 US dollars.</source>
        <translation>Een LeastBad-rapport. Elk getal is het gemiddelde over de Monte Carlo-trekkingen, met het 90%-interval; bedragen in Amerikaanse dollars van 2024.</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="217"/>
        <source>%1: no analysis to report</source>
        <translation>%1: geen analyse om te rapporteren</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="223"/>
        <source>LeastBad report</source>
        <translation>LeastBad-rapport</translation>
    </message>
    <message>
        <location filename="../src/charts/chartdata.cpp" line="99"/>
        <source>the tornado has not been computed</source>
        <translation>het tornadodiagram is niet berekend</translation>
    </message>
</context>
<context>
    <name>leastbad::charts::AcceptabilityChart</name>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="213"/>
        <location filename="../src/charts/decisioncharts.cpp" line="255"/>
        <source>P(best) as the value of a wellbeing-year varies</source>
        <translation>P(beste) bij wisselende waarde van een welzijnsjaar</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="214"/>
        <source>Not computed yet.</source>
        <translation>Nog niet berekend.</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="232"/>
        <source>%1 per wellbeing-year: %2</source>
        <translation>%1 per welzijnsjaar: %2</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="246"/>
        <source> your value, %1</source>
        <translation> uw waarde, %1</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="249"/>
        <source>Value of a wellbeing-year (thousand USD 2024)</source>
        <translation>Waarde van een welzijnsjaar (duizend USD 2024)</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="250"/>
        <source>Probability of being the best option (%)</source>
        <translation>Kans de beste optie te zijn (%)</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="256"/>
        <source>Every other weight as you set it; the dashed line is your value.</source>
        <translation>Alle andere gewichten zoals u ze instelde; de stippellijn is uw waarde.</translation>
    </message>
</context>
<context>
    <name>leastbad::charts::ChartWidget</name>
    <message>
        <location filename="../src/charts/chartwidget.cpp" line="190"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../src/charts/chartwidget.cpp" line="192"/>
        <source>value</source>
        <translation>waarde</translation>
    </message>
</context>
<context>
    <name>leastbad::charts::DecisionChart</name>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="32"/>
        <source>billion USD 2024</source>
        <translation>miljard USD 2024</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="34"/>
        <source>million USD 2024</source>
        <translation>miljoen USD 2024</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="35"/>
        <source>thousand USD 2024</source>
        <translation>duizend USD 2024</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="100"/>
        <source>Not computed yet.</source>
        <translation>Nog niet berekend.</translation>
    </message>
</context>
<context>
    <name>leastbad::charts::FrontierChart</name>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="92"/>
        <location filename="../src/charts/frontierchart.cpp" line="118"/>
        <location filename="../src/charts/frontierchart.cpp" line="224"/>
        <source>Frontier</source>
        <translation>Pareto-grens</translation>
    </message>
    <message>
        <source>Extra cost to taxpayers, discounted (billion USD 2024)</source>
        <translation type="vanished">Extra kosten voor belastingbetalers, verdisconteerd (miljard USD 2024)</translation>
    </message>
    <message>
        <source>Victimisations averted over the horizon (millions)</source>
        <translation type="vanished">Voorkomen slachtoffers over de horizon (miljoenen)</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="47"/>
        <source>Extra cost to taxpayers</source>
        <translation>Extra kosten voor belastingbetalers</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="49"/>
        <source>Victimisations averted</source>
        <translation>Voorkomen slachtoffers</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="51"/>
        <source>Wellbeing-years saved</source>
        <translation>Gewonnen welzijnsjaren</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="53"/>
        <source>Life-years saved, net</source>
        <translation>Geredde levensjaren, netto</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="61"/>
        <location filename="../src/charts/frontierchart.cpp" line="68"/>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="63"/>
        <source>billion USD 2024, discounted</source>
        <translation>miljard USD 2024, verdisconteerd</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="64"/>
        <source>million USD 2024, discounted</source>
        <translation>miljoen USD 2024, verdisconteerd</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="65"/>
        <source>millions</source>
        <translation>miljoenen</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="66"/>
        <source>thousands</source>
        <translation>duizenden</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="67"/>
        <source>over the horizon</source>
        <translation>over de horizon</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="118"/>
        <location filename="../src/charts/frontierchart.cpp" line="224"/>
        <source>Not computed yet.</source>
        <translation>Nog niet berekend.</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="137"/>
        <source>&amp;Add “%1” to the policies</source>
        <translation>“%1” aan het beleid &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="245"/>
        <source>Frontier policy %1</source>
        <translation>Grensbeleid %1</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="291"/>
        <source>Frontier (%1 of %2 policies)</source>
        <translation>Pareto-grens (%1 van %2 beleidsopties)</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="311"/>
        <source>%1 of %2 policies sampled are on the frontier, shown on every pair of its four objectives, each against the status quo.</source>
        <translation>%1 van %2 getrokken beleidsopties liggen op het front, getoond op elk paar van de vier doelen, elk t.o.v. de status quo.</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="362"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="364"/>
        <source>Expected net value under your weights: %1</source>
        <translation>Verwachte nettowaarde onder uw gewichten: %1</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="373"/>
        <source>  %1: %2 (status quo %3)</source>
        <translation>  %1: %2 (status quo %3)</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="377"/>
        <source>Levers: as the status quo</source>
        <translation>Hefbomen: als de status quo</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="378"/>
        <source>Levers changed from the status quo:</source>
        <translation>Hefbomen gewijzigd t.o.v. de status quo:</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="380"/>
        <source>Click to add it to your policies.</source>
        <translation>Klik om het aan uw beleidsopties toe te voegen.</translation>
    </message>
    <message>
        <source>Double-click to add this policy to the list.</source>
        <translation type="vanished">Dubbelklik om dit beleid aan de lijst toe te voegen.</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="257"/>
        <source>Least bad within today&apos;s budget</source>
        <translation>Minst slecht binnen het huidige budget</translation>
    </message>
    <message>
        <source>%1 of %2 policies sampled are on the frontier (two of its four objectives are shown).</source>
        <translation type="vanished">%1 van de %2 onderzochte beleidsopties liggen op de Pareto-grens (twee van de vier doelen worden getoond).</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="317"/>
        <source>The least bad within today&apos;s budget: net social value %1, P(net benefit &gt; 0) %2.</source>
        <translation>Het minst slechte binnen het huidige budget: maatschappelijke nettowaarde %1, P(netto baten &gt; 0) %2.</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="322"/>
        <source>What is possible: the frontier of %1 policies</source>
        <translation>Wat mogelijk is: de Pareto-grens van %1 beleidsopties</translation>
    </message>
</context>
<context>
    <name>leastbad::charts::InformationChart</name>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="262"/>
        <source>What would change the answer</source>
        <translation>Wat het antwoord zou veranderen</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="264"/>
        <source>Not computed yet.</source>
        <translation>Nog niet berekend.</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="283"/>
        <source>%1
EVPPI %2 ± %3 (jackknife standard error), %4 of the EVPI</source>
        <translation>%1
EVPPI %2 ± %3 (jackknife-standaardfout), %4 van de EVPI</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="296"/>
        <source>Expected value of partial perfect information (%1, discounted)</source>
        <translation>Verwachte waarde van gedeeltelijke volmaakte informatie (%1, verdisconteerd)</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="297"/>
        <source>Group of parameters</source>
        <translation>Groep parameters</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="298"/>
        <source>What would change the answer: the value of information</source>
        <translation>Wat het antwoord zou veranderen: de waarde van informatie</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="299"/>
        <source>What knowing each group of parameters exactly would be worth before deciding. Knowing everything (EVPI): %1 ± %2. Bars ± one jackknife standard error.</source>
        <translation>Wat het waard zou zijn om elke groep parameters precies te kennen vóór de beslissing. Alles weten (EVPI): %1 ± %2. Balken ± één jackknife-standaardfout.</translation>
    </message>
</context>
<context>
    <name>leastbad::charts::LedgerChart</name>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="152"/>
        <source>Who gains, who pays</source>
        <translation>Wie wint, wie betaalt</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="158"/>
        <source>Taxpayers</source>
        <translation>Belastingbetalers</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="158"/>
        <source>Victims</source>
        <translation>Slachtoffers</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="159"/>
        <source>Incarcerated people
and families</source>
        <translation>Gedetineerden
en gezinnen</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="159"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="198"/>
        <source>Net value vs status quo (%1, discounted)</source>
        <translation>Nettowaarde t.o.v. de status quo (%1, verdisconteerd)</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="206"/>
        <source>%1: net social value %2, P(net benefit &gt; 0) %3</source>
        <translation>%1: maatschappelijke nettowaarde %2, P(netto baten &gt; 0) %3</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="210"/>
        <source>Who gains, who pays (mean, 90% interval)</source>
        <translation>Wie wint, wie betaalt (gemiddelde, 90%-interval)</translation>
    </message>
</context>
<context>
    <name>leastbad::charts::NetValueChart</name>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="217"/>
        <source>Net value</source>
        <translation>Nettowaarde</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="218"/>
        <source>Share of draws (%)</source>
        <translation>Aandeel van de trekkingen (%)</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="232"/>
        <source>Net social value against the status quo (%1, discounted)</source>
        <translation>Maatschappelijke nettowaarde t.o.v. de status quo (%1, verdisconteerd)</translation>
    </message>
    <message>
        <source>%1: P(net benefit &gt; 0) = %2%</source>
        <translation type="vanished">%1: P(netto baten &gt; 0) = %2%</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="255"/>
        <source>%1: P(net benefit &gt; 0) = %2</source>
        <translation>%1: P(netto baten &gt; 0) = %2</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="260"/>
        <source> (off the chart: %1 of draws below, %2 above)</source>
        <translation> (buiten de grafiek: %1 van de trekkingen eronder, %2 erboven)</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="275"/>
        <source>%1 has a net benefit in %2 of draws</source>
        <translation>%1 heeft netto baten in %2 van de trekkingen</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="279"/>
        <source>%1 beats %2 in %3</source>
        <translation>%1 wint van %2 in %3</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="282"/>
        <source>Net social value over %1 draws</source>
        <translation>Maatschappelijke nettowaarde over %1 trekkingen</translation>
    </message>
</context>
<context>
    <name>leastbad::charts::ProbabilityBestChart</name>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="172"/>
        <location filename="../src/charts/decisioncharts.cpp" line="203"/>
        <source>Which option is best, and how sure</source>
        <translation>Welke optie het best is, en hoe zeker</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="174"/>
        <source>Not computed yet.</source>
        <translation>Nog niet berekend.</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="186"/>
        <source>%1
P(best) %2 ± %3 (Monte Carlo standard error)
Expected net value %4; expected loss if chosen %5</source>
        <translation>%1
P(beste) %2 ± %3 (Monte Carlo-standaardfout)
Verwachte nettowaarde %4; verwacht verlies bij deze keuze %5</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="200"/>
        <source>Probability of being the best option (%)</source>
        <translation>Kans de beste optie te zijn (%)</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="201"/>
        <source>Option</source>
        <translation>Optie</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="204"/>
        <source>The share of the draws in which each option has the highest net value; error bars ±1.96 Monte Carlo standard errors. Highest expected net value: %1, best in %2 of the draws.</source>
        <translation>Het aandeel van de trekkingen waarin elke optie de hoogste nettowaarde heeft; foutbalken ±1,96 Monte Carlo-standaardfouten. Hoogste verwachte nettowaarde: %1, de beste in %2 van de trekkingen.</translation>
    </message>
</context>
<context>
    <name>leastbad::charts::RegionMapChart</name>
    <message>
        <location filename="../src/charts/regionmapchart.cpp" line="51"/>
        <location filename="../src/charts/regionmapchart.cpp" line="64"/>
        <location filename="../src/charts/regionmapchart.cpp" line="108"/>
        <source>Regions</source>
        <translation>Regio&apos;s</translation>
    </message>
    <message>
        <location filename="../src/charts/regionmapchart.cpp" line="52"/>
        <source>US states coloured by net value per resident</source>
        <translation>Amerikaanse staten gekleurd naar nettowaarde per inwoner</translation>
    </message>
    <message>
        <location filename="../src/charts/regionmapchart.cpp" line="64"/>
        <location filename="../src/charts/regionmapchart.cpp" line="108"/>
        <source>Not computed yet.</source>
        <translation>Nog niet berekend.</translation>
    </message>
    <message>
        <location filename="../src/charts/regionmapchart.cpp" line="98"/>
        <source>%1: no data</source>
        <translation>%1: geen gegevens</translation>
    </message>
    <message>
        <location filename="../src/charts/regionmapchart.cpp" line="99"/>
        <source>%1: net value per resident %2</source>
        <translation>%1: nettowaarde per inwoner %2</translation>
    </message>
    <message>
        <location filename="../src/charts/regionmapchart.cpp" line="151"/>
        <source>Gains per resident (deeper = larger)</source>
        <translation>Winst per inwoner (dieper = groter)</translation>
    </message>
    <message>
        <location filename="../src/charts/regionmapchart.cpp" line="152"/>
        <source>Losses per resident</source>
        <translation>Verlies per inwoner</translation>
    </message>
    <message>
        <location filename="../src/charts/regionmapchart.cpp" line="153"/>
        <source>No data</source>
        <translation>Geen gegevens</translation>
    </message>
    <message>
        <location filename="../src/charts/regionmapchart.cpp" line="159"/>
        <source>Net social value per resident of %1 applied in each region. Highest: %2 (%3); lowest: %4 (%5).</source>
        <translation>Maatschappelijke nettowaarde per inwoner van %1, toegepast in elke regio. Hoogste: %2 (%3); laagste: %4 (%5).</translation>
    </message>
    <message>
        <location filename="../src/charts/regionmapchart.cpp" line="167"/>
        <source>Off the map: %1.</source>
        <translation>Buiten de kaart: %1.</translation>
    </message>
    <message>
        <location filename="../src/charts/regionmapchart.cpp" line="169"/>
        <source>%1 in every region, per resident</source>
        <translation>%1 in elke regio, per inwoner</translation>
    </message>
</context>
<context>
    <name>leastbad::charts::TimeSeriesChart</name>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="62"/>
        <source>Over time</source>
        <translation>Tijdsverloop</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="63"/>
        <location filename="../src/charts/analysischarts.cpp" line="115"/>
        <source>Years from today</source>
        <translation>Jaren vanaf nu</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="92"/>
        <source>%1: 90% interval</source>
        <translation>%1: 90%-interval</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="103"/>
        <source>%1: mean</source>
        <translation>%1: gemiddelde</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="109"/>
        <source>Observed, %1–%2 (published)</source>
        <translation>Waargenomen, %1–%2 (gepubliceerd)</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="113"/>
        <source>Years from %1</source>
        <translation>Jaren vanaf %1</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="134"/>
        <source>%1 averts about %2 a year (90% interval %3 to %4)</source>
        <translation>%1 voorkomt er ongeveer %2 per jaar (90%-interval %3 tot %4)</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="137"/>
        <source>%1 changes it by %2 (90% interval %3 to %4)</source>
        <translation>%1 verandert het met %2 (90%-interval %3 tot %4)</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="142"/>
        <source>In year %1, against the status quo&apos;s %2: %3.</source>
        <translation>In jaar %1, tegenover %2 bij de status quo: %3.</translation>
    </message>
</context>
<context>
    <name>leastbad::charts::TornadoChart</name>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="289"/>
        <source>Tornado</source>
        <translation>Tornadodiagram</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="299"/>
        <source>Tornado: computing…</source>
        <translation>Tornadodiagram: bezig met berekenen…</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="312"/>
        <source>parameter at its 5th percentile</source>
        <translation>parameter op zijn 5e percentiel</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="313"/>
        <source>parameter at its 95th percentile</source>
        <translation>parameter op zijn 95e percentiel</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="336"/>
        <source>Net value against the status quo (%1)</source>
        <translation>Nettowaarde t.o.v. de status quo (%1)</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="352"/>
        <source>%1 moves it most: %2 with it at its 5th percentile, %3 at its 95th; every other parameter at its central value.</source>
        <translation>%1 heeft de meeste invloed: %2 op zijn 5e percentiel, %3 op zijn 95e; alle andere parameters op hun centrale waarde.</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="357"/>
        <source>What drives the net value of %1 (central: %2)</source>
        <translation>Wat de nettowaarde van %1 bepaalt (centraal: %2)</translation>
    </message>
</context>
<context>
    <name>leastbad::charts::WaterfallChart</name>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="106"/>
        <source>Why: the net value by mechanism</source>
        <translation>Waarom: de nettowaarde per mechanisme</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="108"/>
        <source>Not computed yet.</source>
        <translation>Nog niet berekend.</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="137"/>
        <source>%1
Adds %2 to the net value; running total %3.</source>
        <translation>%1
Voegt %2 toe aan de nettowaarde; lopend totaal %3.</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="149"/>
        <source>%1: net value %2</source>
        <translation>%1: nettowaarde %2</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="151"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="152"/>
        <source>Raises the net value</source>
        <translation>Verhoogt de nettowaarde</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="153"/>
        <source>Lowers the net value</source>
        <translation>Verlaagt de nettowaarde</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="154"/>
        <source>Total: %1</source>
        <translation>Totaal: %1</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="161"/>
        <source>Net social value against the status quo
(%1, discounted)</source>
        <translation>Maatschappelijke nettowaarde t.o.v. de status quo
(%1, verdisconteerd)</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="162"/>
        <source>Mechanism, switched on one at a time</source>
        <translation>Mechanisme, één voor één aangezet</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="163"/>
        <source>Why %1 has its net value</source>
        <translation>Waarom %1 deze nettowaarde heeft</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="164"/>
        <source>Each bar is what one mechanism adds, with those before it already on; the last bar is the total, %1 (the mean over the draws).</source>
        <translation>Elke balk is wat één mechanisme toevoegt, met de voorgaande al aan; de laatste balk is het totaal, %1 (het gemiddelde over de trekkingen).</translation>
    </message>
</context>
<context>
    <name>leastbad::cli</name>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="40"/>
        <source>--%1: expected a number from %2 to %3, got &quot;%4&quot;</source>
        <translation>--%1: verwacht een getal van %2 tot en met %3, maar kreeg &quot;%4&quot;</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="278"/>
        <source>The command.</source>
        <translation>De opdracht.</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="333"/>
        <source>interrupted; nothing was written</source>
        <translation>onderbroken; er is niets geschreven</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="130"/>
        <source>%1: %2 draws (seed %3), %4 years, discount rate %5%, %6 per wellbeing-year, %7 per life-year, weights: incarcerated %8, victims %9, families %10</source>
        <translation>%1: %2 trekkingen (seed %3), %4 jaar, disconteringsvoet %5%, %6 per welzijnsjaar, %7 per levensjaar, gewichten: gedetineerden %8, slachtoffers %9, gezinnen %10</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="145"/>
        <source>Against the status quo; totals over the horizon, money discounted; mean (90% interval).</source>
        <translation>Ten opzichte van de status quo; totalen over de horizon, geldbedragen verdisconteerd; gemiddelde (90%-interval).</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="167"/>
        <source>net social value</source>
        <translation>maatschappelijke nettowaarde</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="171"/>
        <source>Monte Carlo standard error</source>
        <translation>Monte Carlo-standaardfout</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="173"/>
        <source>mean %1, 5th %2, 95th percentile %3</source>
        <translation>gemiddelde %1, 5e %2, 95e percentiel %3</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="177"/>
        <source>P(net benefit &gt; 0)</source>
        <translation>P(netto baten &gt; 0)</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="183"/>
        <source>without incarceration life-years</source>
        <translation>zonder levensjaren door opsluiting</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="184"/>
        <source>with incarceration life-years</source>
        <translation>met levensjaren door opsluiting</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="191"/>
        <source>taxpayers</source>
        <translation>belastingbetalers</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="192"/>
        <source>victims</source>
        <translation>slachtoffers</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="193"/>
        <source>incarcerated people and families</source>
        <translation>gedetineerden en hun gezinnen</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="195"/>
        <source>commissary vendors</source>
        <translation>winkelleveranciers</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="226"/>
        <source>P(first beats second) on net social value:</source>
        <translation>P(eerste wint van tweede) op maatschappelijke nettowaarde:</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="233"/>
        <source> vs </source>
        <translation> vs. </translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="236"/>
        <source> (ties %1)</source>
        <translation> (gelijkspel %1)</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="315"/>
        <source>Compare policies with the status quo and with each other under uncertainty: net social value by ledger, P(net benefit &gt; 0) and P(A beats B), on common random numbers.</source>
        <translation>Vergelijk beleidsopties met de status quo en met elkaar, onder onzekerheid: maatschappelijke nettowaarde per rekening, P(netto baten &gt; 0) en P(A wint van B), met gemeenschappelijke toevalsgetallen.</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="323"/>
        <source>With --format json: add every draw (parameters and each policy&apos;s totals).</source>
        <translation>Met --format json: neem elke trekking op (parameters en de totalen van elk beleid).</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="367"/>
        <source>--policy: give at least one policy file to compare with the status quo</source>
        <translation>--policy: geef ten minste één beleidsbestand op om met de status quo te vergelijken</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="246"/>
        <location filename="../src/cli/simulatecommand.cpp" line="46"/>
        <source>Status quo</source>
        <translation>Status quo</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="250"/>
        <source>Policy %1</source>
        <translation>Beleid %1</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="376"/>
        <location filename="../src/cli/regionscommand.cpp" line="45"/>
        <location filename="../src/cli/sensitivitycommand.cpp" line="50"/>
        <location filename="../src/cli/voicommand.cpp" line="149"/>
        <source>simulating</source>
        <translation>simuleren</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="103"/>
        <source>no observations</source>
        <translation>geen waarnemingen</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="104"/>
        <source>mean absolute error %1, %2 of %3 years inside the 90% interval</source>
        <translation>gemiddelde absolute fout %1, %2 van %3 jaar binnen het 90%-interval</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="117"/>
        <source>%1: backcast from %2 (the start year as the model&apos;s status quo), driven by the observed %3; median (90% interval)</source>
        <translation>%1: terugvoorspelling vanaf %2 (het startjaar als status quo van het model), gestuurd door de waargenomen %3; mediaan (90%-interval)</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="123"/>
        <source>prisoners seen</source>
        <translation>gedetineerden gezien</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="123"/>
        <location filename="../src/cli/backcastcommand.cpp" line="124"/>
        <source>predicted</source>
        <translation>voorspeld</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="124"/>
        <source>crimes/100k seen</source>
        <translation>misdrijven/100k gezien</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="130"/>
        <location filename="../src/cli/backcastcommand.cpp" line="132"/>
        <location filename="../src/cli/validatecommand.cpp" line="141"/>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 tot %3)</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="135"/>
        <source>Prison population: %1.</source>
        <translation>Gevangenispopulatie: %1.</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="136"/>
        <source>Crimes per 100,000: %1.</source>
        <translation>Misdrijven per 100.000: %1.</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="184"/>
        <source>region</source>
        <translation>regio</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="184"/>
        <source>prison error</source>
        <translation>fout gevangenis</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="185"/>
        <source>prison in 90%</source>
        <translation>gevangenis in 90%</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="185"/>
        <source>crime error</source>
        <translation>fout misdaad</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="186"/>
        <source>crime in 90%</source>
        <translation>misdaad in 90%</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="196"/>
        <source>%1 regions. Prison population: median error %2, worst %3 (%4). Crimes per 100,000: median error %5, worst %6 (%7).</source>
        <translation>%1 regio&apos;s. Gevangenispopulatie: mediane fout %2, slechtste %3 (%4). Misdrijven per 100.000: mediane fout %5, slechtste %6 (%7).</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="203"/>
        <source>Without enough history: %1.</source>
        <translation>Zonder genoeg geschiedenis: %1.</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="285"/>
        <source>Starts a region in a past year, drives it with the new prison admissions it actually had, and prints the predicted prison population and crime beside the observed ones, year by year, with the mean absolute percentage error and the share of years inside the model&apos;s 90% interval.</source>
        <translation>Start een regio in een jaar uit het verleden, stuurt haar met de nieuwe gevangenisopnamen die ze werkelijk had, en toont de voorspelde gevangenispopulatie en misdaad naast de waargenomen, jaar voor jaar, met de gemiddelde absolute procentuele fout en het aandeel jaren binnen het 90%-interval van het model.</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="290"/>
        <source>Start year (default: 2000).</source>
        <translation>Startjaar (standaard: 2000).</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="291"/>
        <location filename="../src/cli/backcastcommand.cpp" line="292"/>
        <source>YEAR</source>
        <translation>JAAR</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="292"/>
        <source>Last year (default: 2019).</source>
        <translation>Laatste jaar (standaard: 2019).</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="296"/>
        <source>Backcast every state with enough history and print the errors of each.</source>
        <translation>Voorspel elke staat met genoeg geschiedenis terug en toon de fouten van elke staat.</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="304"/>
        <source>--year: use --from and --to</source>
        <translation>--year: gebruik --from en --to</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="309"/>
        <source>--from and --to: expected years from 1900 to 2100</source>
        <translation>--from en --to: verwacht jaren van 1900 tot 2100</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="312"/>
        <source>--format markdown: only with --all-states</source>
        <translation>--format markdown: alleen met --all-states</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="324"/>
        <location filename="../src/cli/backcastcommand.cpp" line="343"/>
        <location filename="../src/cli/comparecommand.cpp" line="411"/>
        <location filename="../src/cli/diagnosticscommand.cpp" line="139"/>
        <location filename="../src/cli/frontiercommand.cpp" line="142"/>
        <location filename="../src/cli/regionscommand.cpp" line="75"/>
        <location filename="../src/cli/sensitivitycommand.cpp" line="88"/>
        <location filename="../src/cli/simulatecommand.cpp" line="63"/>
        <location filename="../src/cli/validatecommand.cpp" line="276"/>
        <location filename="../src/cli/voicommand.cpp" line="173"/>
        <source>cannot write to standard output</source>
        <translation>kan niet naar standaarduitvoer schrijven</translation>
    </message>
    <message>
        <source>Usage:
  leastbad-cli dataset list [DB]
  leastbad-cli dataset show [DB] REGION
  leastbad-cli dataset validate FILE.csv|FILE.sqlite
  leastbad-cli dataset import VALUES.csv --into DB [--sources F] [--regions F] [--overrides F]
  leastbad-cli dataset export [DB] --to DIR
DB is a .sqlite dataset; left out, the embedded default dataset is meant. An import takes
regions.csv, sources.csv and parameter_overrides.csv from the folder of VALUES.csv unless
named; it is all or nothing, and the target is unchanged if any row has a problem.
</source>
        <translation type="vanished">Gebruik:
  leastbad-cli dataset list [DB]
  leastbad-cli dataset show [DB] REGION
  leastbad-cli dataset validate FILE.csv|FILE.sqlite
  leastbad-cli dataset import VALUES.csv --into DB [--sources F] [--regions F] [--overrides F]
  leastbad-cli dataset export [DB] --to DIR
DB is een .sqlite-dataset; zonder DB wordt de ingebouwde standaarddataset gebruikt. Een import
neemt regions.csv, sources.csv en parameter_overrides.csv uit de map van VALUES.csv, tenzij
ze apart zijn opgegeven; het is alles of niets: het doel blijft ongewijzigd als een rij een probleem heeft.
</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="26"/>
        <source>Usage:
  leastbad-cli dataset list [DB]
  leastbad-cli dataset show [DB] REGION [--year YEAR]
  leastbad-cli dataset history [DB] REGION [METRIC...] [--format table|csv|json]
  leastbad-cli dataset validate FILE.csv|FILE.sqlite
  leastbad-cli dataset coverage [DB]   (the Markdown of docs/DATASETS.md&apos;s coverage)
  leastbad-cli dataset import VALUES.csv --into DB [--sources F] [--regions F] [--overrides F]
  leastbad-cli dataset import --from vera incarceration_trends_county.csv --into DB
  leastbad-cli dataset export [DB] --to DIR
DB is a .sqlite dataset; left out, the embedded default dataset is meant. An import takes
regions.csv, sources.csv and parameter_overrides.csv from the folder of VALUES.csv unless
named; it is all or nothing, and the target is unchanged if any row has a problem.
</source>
        <translation>Gebruik:
  leastbad-cli dataset list [DB]
  leastbad-cli dataset show [DB] REGION [--year YEAR]
  leastbad-cli dataset history [DB] REGION [METRIC...] [--format table|csv|json]
  leastbad-cli dataset validate FILE.csv|FILE.sqlite
  leastbad-cli dataset coverage [DB]   (de Markdown van de dekking in docs/DATASETS.md)
  leastbad-cli dataset import VALUES.csv --into DB [--sources F] [--regions F] [--overrides F]
  leastbad-cli dataset import --from vera incarceration_trends_county.csv --into DB
  leastbad-cli dataset export [DB] --to DIR
DB is een .sqlite-dataset; zonder DB wordt de ingebouwde standaarddataset gebruikt. Een import
neemt regions.csv, sources.csv en parameter_overrides.csv uit de map van VALUES.csv, tenzij
ze apart zijn opgegeven; het is alles of niets: het doel blijft ongewijzigd als een rij een probleem heeft.
</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/datasetcommand.cpp" line="49"/>
        <source>%n problem(s); nothing was written.</source>
        <translation>
            <numerusform>%n probleem; er is niets geschreven.</numerusform>
            <numerusform>%n problemen; er is niets geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="59"/>
        <source>own</source>
        <translation>eigen</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="61"/>
        <source>fallback: %1</source>
        <translation>terugvalwaarde: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="64"/>
        <source>assumption: %1 value</source>
        <translation>aanname: %1-waarde</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="67"/>
        <source>derived</source>
        <translation>afgeleid</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="78"/>
        <source>%1: %2 regions, %3 values, %4 sources (schema version %5)</source>
        <translation>%1: %2 regio&apos;s, %3 waarden, %4 bronnen (schemaversie %5)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/datasetcommand.cpp" line="89"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n waarde</numerusform>
            <numerusform>%n waarden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="117"/>
        <source>), data year %1, money in %2 US dollars</source>
        <translation>), gegevensjaar %1, bedragen in Amerikaanse dollars van %2</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="120"/>
        <source>, as of %1 (each input&apos;s latest value at or before it)</source>
        <translation>, per %1 (de laatste waarde van elke invoer in of vóór dat jaar)</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="127"/>
        <source>Note: %1</source>
        <translation>Let op: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="135"/>
        <source>metric</source>
        <translation>indicator</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="136"/>
        <source>published</source>
        <translation>gepubliceerd</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="137"/>
        <source>unit</source>
        <translation>eenheid</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="123"/>
        <location filename="../src/cli/datasetcommand.cpp" line="138"/>
        <location filename="../src/cli/datasethistory.cpp" line="113"/>
        <source>year</source>
        <translation>jaar</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="139"/>
        <source>model value</source>
        <translation>modelwaarde</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="140"/>
        <source>origin</source>
        <translation>herkomst</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="141"/>
        <source>evidence</source>
        <translation>onderbouwing</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="142"/>
        <source>source</source>
        <translation>bron</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="150"/>
        <source>Published figures the model does not take as inputs:</source>
        <translation>Gepubliceerde cijfers die het model niet als invoer gebruikt:</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="159"/>
        <source>* no value at or before %1: the earliest value is used, a later year&apos;s</source>
        <translation>* geen waarde in of vóór %1: de vroegste waarde wordt gebruikt, die van een later jaar</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="178"/>
        <source>%1: valid (%2 values, %3 regions, %4 sources)</source>
        <translation>%1: geldig (%2 waarden, %3 regio&apos;s, %4 bronnen)</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="196"/>
        <source>%1: valid (%2 regions, %3 values)</source>
        <translation>%1: geldig (%2 regio&apos;s, %3 waarden)</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="261"/>
        <source>Dataset file to import into (created if missing).</source>
        <translation>Datasetbestand waarin wordt geïmporteerd (wordt aangemaakt als het niet bestaat).</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="263"/>
        <location filename="../src/cli/exportcommand.cpp" line="105"/>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="266"/>
        <source>Folder to export the CSV files to.</source>
        <translation>Map waarnaar de CSV-bestanden worden geëxporteerd.</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="267"/>
        <location filename="../src/cli/validatecommand.cpp" line="235"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="270"/>
        <source>Sources CSV for an import.</source>
        <translation>CSV-bestand met bronnen voor een import.</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="271"/>
        <location filename="../src/cli/datasetcommand.cpp" line="275"/>
        <location filename="../src/cli/datasetcommand.cpp" line="279"/>
        <location filename="../src/cli/exportcommand.cpp" line="71"/>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="274"/>
        <source>Regions CSV for an import.</source>
        <translation>CSV-bestand met regio&apos;s voor een import.</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="278"/>
        <source>Parameter overrides CSV for an import.</source>
        <translation>CSV-bestand met afwijkende parameterwaarden voor een import.</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="282"/>
        <source>history: table, csv or json (default: table).</source>
        <translation>history: table, csv of json (standaard: table).</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="287"/>
        <source>import: the file&apos;s layout, csv (LeastBad&apos;s values.csv, the default) or vera (the Vera Institute&apos;s Incarceration Trends county file).</source>
        <translation>import: de opbouw van het bestand, csv (values.csv van LeastBad, de standaard) of vera (het county-bestand van Incarceration Trends van het Vera Institute).</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="291"/>
        <source>LAYOUT</source>
        <translation>OPBOUW</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="295"/>
        <source>list, show, history, coverage, validate, import or export.</source>
        <translation>list, show, history, coverage, validate, import of export.</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="327"/>
        <source>--format: expected table, csv or json, got &quot;%1&quot;</source>
        <translation>--format: table, csv of json verwacht, kreeg &quot;%1&quot;</translation>
    </message>
    <message>
        <source>list, show, validate, import or export.</source>
        <translation type="vanished">list, show, validate, import of export.</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="214"/>
        <source>import: --into: name the dataset file to import into</source>
        <translation>import: --into: geef het datasetbestand op waarin moet worden geïmporteerd</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="220"/>
        <source>imported %1 values for %2 counties from %3 into %4</source>
        <translation>%1 waarden voor %2 county&apos;s uit %3 geïmporteerd in %4</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="230"/>
        <source>--from: expected csv or vera, got &quot;%1&quot;</source>
        <translation>--from: csv of vera verwacht, kreeg &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="243"/>
        <source>imported %1 values, %2 regions and %3 sources into %4</source>
        <translation>%1 waarden, %2 regio&apos;s en %3 bronnen geïmporteerd in %4</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="352"/>
        <source>export: --to: name the folder to write the CSV files to</source>
        <translation>export: --to: geef de map op waarin de CSV-bestanden moeten worden geschreven</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="361"/>
        <source>exported %1 to %2</source>
        <translation>%1 geëxporteerd naar %2</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="366"/>
        <source>unknown or incomplete subcommand &quot;%1&quot;
</source>
        <translation>onbekende of onvolledige subopdracht &quot;%1&quot;
</translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="25"/>
        <source>no sampled policy met the budget cap</source>
        <translation>geen enkele onderzochte beleidsoptie bleef binnen het budgetplafond</translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="29"/>
        <source>net social value: </source>
        <translation>maatschappelijke nettowaarde: </translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="30"/>
        <location filename="../src/cli/regionscommand.cpp" line="70"/>
        <source>, P(&gt; 0) </source>
        <translation>, P(&gt; 0) </translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="32"/>
        <source>extra taxpayer cost (discounted): </source>
        <translation>extra kosten voor belastingbetalers (verdisconteerd): </translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="34"/>
        <source>levers changed from the status quo:</source>
        <translation>hefbomen die afwijken van de status quo:</translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="50"/>
        <source>Sweep the policy space (Sobol points over every lever), keep the policies no other beats on victimisations, wellbeing-years, life-years and taxpayer cost, and find the policy with the highest expected net value under a budget cap.</source>
        <translation>Doorzoek de beleidsruimte (Sobol-punten over alle hefbomen), behoud de beleidsopties die door geen andere worden verslagen op slachtofferschap, welzijnsjaren, levensjaren en kosten voor belastingbetalers, en vind het beleid met de hoogste verwachte nettowaarde binnen een budgetplafond.</translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="59"/>
        <source>Candidate policies (default: 2000).</source>
        <translation>Kandidaat-beleidsopties (standaard: 2000).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="38"/>
        <location filename="../src/cli/exportcommand.cpp" line="39"/>
        <source>--%1: expected a whole number from %2 to %3, got &quot;%4&quot;</source>
        <translation>--%1: verwacht een geheel getal van %2 tot en met %3, maar kreeg &quot;%4&quot;</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="58"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: de map %2 bestaat niet</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="167"/>
        <source>Export a scenario&apos;s charts, its one-page report and its results, drawn as in the app.
  One chart:   --chart NAME --format png|svg|pdf|csv --out FILE
  The report:  --report --out FILE.pdf
  Results:     --results json|csv|yearly --out FILE [--raw]
  Everything:  --all --out FOLDER
Charts: %1. Sizes: slide (1920x1080), social (1200x675), square (1080x1080), a4, letter, or WIDTHxHEIGHT.</source>
        <translation>Exporteer de grafieken, het rapport van één pagina en de resultaten van een scenario, getekend zoals in de app.
  Eén grafiek:  --chart NAAM --format png|svg|pdf|csv --out BESTAND
  Het rapport:  --report --out BESTAND.pdf
  Resultaten:   --results json|csv|yearly --out BESTAND [--raw]
  Alles:        --all --out MAP
Grafieken: %1. Afmetingen: slide (1920x1080), social (1200x675), square (1080x1080), a4, letter of WIDTHxHEIGHT.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="71"/>
        <source>The scenario (.leastbad) to export.</source>
        <translation>Het te exporteren scenario (.leastbad).</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="72"/>
        <source>The chart to export.</source>
        <translation>De te exporteren grafiek.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="72"/>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="73"/>
        <source>Every chart, the report and the results, into the folder --out.</source>
        <translation>Alle grafieken, het rapport en de resultaten, in de map --out.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="74"/>
        <source>The one-page PDF report.</source>
        <translation>Het PDF-rapport van één pagina.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="76"/>
        <source>The results: json (the whole result), csv (against the status quo) or yearly (every output, every year, with percentile columns).</source>
        <translation>De resultaten: json (het volledige resultaat), csv (ten opzichte van de status quo) of yearly (elke uitkomst, elk jaar, met percentielkolommen).</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="79"/>
        <source>KIND</source>
        <translation>SOORT</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="81"/>
        <source>png, svg, pdf or csv (the chart&apos;s data); with --all a comma-separated list (default: from the file name&apos;s extension; with --all png,svg,pdf,csv).</source>
        <translation>png, svg, pdf of csv (de gegevens van de grafiek); met --all een door komma&apos;s gescheiden lijst (standaard: uit de extensie van de bestandsnaam; met --all png,svg,pdf,csv).</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="284"/>
        <location filename="../src/cli/exportcommand.cpp" line="84"/>
        <source>FORMAT</source>
        <translation>FORMAAT</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="85"/>
        <source>Image size: a preset or WIDTHxHEIGHT (default: slide).</source>
        <translation>Afbeeldingsgrootte: een voorinstelling of WIDTHxHEIGHT (standaard: slide).</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="85"/>
        <source>SIZE</source>
        <translation>GROOTTE</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="87"/>
        <source>PNG pixel scale: 1, 2 or 3 (default: 1).</source>
        <translation>Pixelschaal van PNG: 1, 2 of 3 (standaard: 1).</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="87"/>
        <location filename="../src/cli/exportcommand.cpp" line="98"/>
        <location filename="../src/cli/frontiercommand.cpp" line="60"/>
        <location filename="../src/cli/simulatecommand.cpp" line="23"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="90"/>
        <source>The chart&apos;s title (default: written from the numbers).</source>
        <translation>De titel van de grafiek (standaard: opgesteld uit de cijfers).</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="90"/>
        <location filename="../src/cli/exportcommand.cpp" line="92"/>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="91"/>
        <source>The chart&apos;s subtitle (default: written from the numbers).</source>
        <translation>De ondertitel van de grafiek (standaard: opgesteld uit de cijfers).</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="94"/>
        <source>The output the over-time chart shows (default: prison_population; the keys are the columns of leastbad-cli simulate --format csv).</source>
        <translation>De uitkomst die de grafiek over-time toont (standaard: prison_population; de sleutels zijn de kolommen van leastbad-cli simulate --format csv).</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="96"/>
        <source>KEY</source>
        <translation>SLEUTEL</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="97"/>
        <source>With --results json or --all: every draw too.</source>
        <translation>Met --results json of --all: ook elke trekking.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="98"/>
        <source>Policies the frontier samples (default: 5000).</source>
        <translation>Aantal beleidsopties dat voor de Pareto-grens wordt onderzocht (standaard: 5000).</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="100"/>
        <source>The file, or with --all the folder, to write.</source>
        <translation>Het te schrijven bestand, of met --all de map.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="100"/>
        <source>PATH</source>
        <translation>PAD</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="103"/>
        <source>The dataset (.sqlite) of a scenario that names one (default: the embedded default dataset; the path inside a scenario is never opened).</source>
        <translation>De dataset (.sqlite) van een scenario dat er een noemt (standaard: de ingebouwde dataset; het pad in een scenario wordt nooit geopend).</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="185"/>
        <source>give exactly one of --chart, --report, --results and --all</source>
        <translation>geef precies één van --chart, --report, --results en --all op</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="187"/>
        <source>--scenario: give the scenario file to export</source>
        <translation>--scenario: geef het te exporteren scenariobestand op</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="189"/>
        <source>--out: give the file (or with --all, the folder) to write</source>
        <translation>--out: geef het te schrijven bestand op (of met --all de map)</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="195"/>
        <source>--chart: unknown chart &quot;%1&quot;; expected one of %2</source>
        <translation>--chart: onbekende grafiek &quot;%1&quot;; verwacht één van %2</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="203"/>
        <source>--results: expected json, csv or yearly, got &quot;%1&quot;</source>
        <translation>--results: verwacht json, csv of yearly, maar kreeg &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="216"/>
        <source>--output: unknown output &quot;%1&quot;; the keys are the columns of leastbad-cli simulate --format csv</source>
        <translation>--output: onbekende uitkomst &quot;%1&quot;; de sleutels zijn de kolommen van leastbad-cli simulate --format csv</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="127"/>
        <source>--format: expected png, svg, pdf or csv, got &quot;%1&quot;</source>
        <translation>--format: verwacht png, svg, pdf of csv, maar kreeg &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="131"/>
        <source>--format: give one format for one chart</source>
        <translation>--format: geef één formaat op voor één grafiek</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="224"/>
        <source>--out: %1 is not an existing folder</source>
        <translation>--out: %1 is geen bestaande map</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="256"/>
        <source>computing</source>
        <translation>berekenen</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="261"/>
        <source>the computation was cancelled</source>
        <translation>de berekening is geannuleerd</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="150"/>
        <source>Nothing was written.</source>
        <translation>Er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="153"/>
        <source>skipped %1</source>
        <translation>overgeslagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/exportcommand.cpp" line="154"/>
        <source>Wrote %n file(s) into %1</source>
        <translation>
            <numerusform>%n bestand geschreven in %1</numerusform>
            <numerusform>%n bestanden geschreven in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="63"/>
        <source>Most a policy may add to taxpayers&apos; discounted cost, in USD, or &quot;none&quot; (default: 0, no more than today&apos;s budget).</source>
        <translation>Maximaal bedrag dat een beleid mag toevoegen aan de verdisconteerde kosten voor belastingbetalers, in USD, of &quot;none&quot; (standaard: 0, niet meer dan het huidige budget).</translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="67"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="78"/>
        <source>--samples: expected a whole number from 1 to 1000000, got &quot;%1&quot;</source>
        <translation>--samples: verwacht een geheel getal van 1 tot en met 1000000, maar kreeg &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="86"/>
        <source>--budget-cap: expected an amount in USD or &quot;none&quot;, got &quot;%1&quot;</source>
        <translation>--budget-cap: verwacht een bedrag in USD of &quot;none&quot;, maar kreeg &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="101"/>
        <source>exploring %1 policies</source>
        <translation>%1 beleidsopties verkennen</translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="116"/>
        <source>%1: %2 policies on %3 draws each; %4 are on the frontier (no other policy is better on all of victimisations, wellbeing-years, life-years and taxpayer cost).</source>
        <translation>%1: %2 beleidsopties met elk %3 trekkingen; %4 liggen op de Pareto-grens (geen ander beleid is beter op alle punten tegelijk: slachtofferschap, welzijnsjaren, levensjaren en kosten voor belastingbetalers).</translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="129"/>
        <source>Least bad policy within the budget cap (%1 extra):</source>
        <translation>Minst slechte beleid binnen het budgetplafond (%1 extra):</translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="132"/>
        <source>Least bad policy (no budget cap):</source>
        <translation>Minst slechte beleid (geen budgetplafond):</translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="136"/>
        <source>Least bad policy with no budget cap:</source>
        <translation>Minst slechte beleid zonder budgetplafond:</translation>
    </message>
    <message>
        <source>Apply one policy file to every region of the dataset and rank the regions by net value per resident. Relative lever values ({&quot;times&quot;: x}, {&quot;plus&quot;: x}) are resolved for each region.</source>
        <translation type="vanished">Pas één beleidsbestand toe op elke regio van de dataset en rangschik de regio&apos;s naar nettowaarde per inwoner. Relatieve hefboomwaarden ({&quot;times&quot;: x}, {&quot;plus&quot;: x}) worden per regio bepaald.</translation>
    </message>
    <message>
        <location filename="../src/cli/regionscommand.cpp" line="31"/>
        <location filename="../src/cli/sensitivitycommand.cpp" line="36"/>
        <source>--policy: give exactly one policy file</source>
        <translation>--policy: geef precies één beleidsbestand op</translation>
    </message>
    <message>
        <source>%1 (region %2)</source>
        <translation type="vanished">%1 (regio %2)</translation>
    </message>
    <message>
        <location filename="../src/cli/regionscommand.cpp" line="20"/>
        <source>Apply one policy file to every region of the dataset and rank the regions by net value per resident. The policy is read against the reference region and carried to each region as a change from that region&apos;s own status quo, as the app&apos;s Regions tab does.</source>
        <translation>Pas één beleidsbestand toe op elke regio van de dataset en rangschik de regio&apos;s naar nettowaarde per inwoner. Het beleid wordt gelezen ten opzichte van de referentieregio en naar elke regio overgebracht als een verandering ten opzichte van de eigen status quo van die regio, zoals het tabblad Regio&apos;s van de app doet.</translation>
    </message>
    <message>
        <location filename="../src/cli/regionscommand.cpp" line="58"/>
        <source>%1, applied to each region (net social value against its status quo, %2 draws):</source>
        <translation>%1, toegepast op elke regio (maatschappelijke nettowaarde ten opzichte van de eigen status quo, %2 trekkingen):</translation>
    </message>
    <message>
        <location filename="../src/cli/regionscommand.cpp" line="68"/>
        <source> per resident; total </source>
        <translation> per inwoner; totaal </translation>
    </message>
    <message>
        <location filename="../src/cli/sensitivitycommand.cpp" line="20"/>
        <source>Which parameters drive a policy&apos;s net value: a tornado (each parameter at its 5th and 95th percentile, the others central) and rank correlations over the Monte Carlo draws.</source>
        <translation>Welke parameters de nettowaarde van een beleid bepalen: een tornadodiagram (elke parameter op zijn 5e en 95e percentiel, de andere op hun centrale waarde) en rangcorrelaties over de Monte Carlo-trekkingen.</translation>
    </message>
    <message>
        <location filename="../src/cli/sensitivitycommand.cpp" line="64"/>
        <source>%1 vs status quo: net social value at central parameters %2</source>
        <translation>%1 t.o.v. de status quo: maatschappelijke nettowaarde bij centrale parameters %2</translation>
    </message>
    <message>
        <location filename="../src/cli/sensitivitycommand.cpp" line="68"/>
        <source>Tornado (net value with one parameter at its 5th / 95th percentile):</source>
        <translation>Tornadodiagram (nettowaarde met één parameter op zijn 5e / 95e percentiel):</translation>
    </message>
    <message>
        <location filename="../src/cli/sensitivitycommand.cpp" line="75"/>
        <source>   swing </source>
        <translation>   bereik </translation>
    </message>
    <message>
        <location filename="../src/cli/sensitivitycommand.cpp" line="78"/>
        <source>Rank correlation with net value over %1 draws:</source>
        <translation>Rangcorrelatie met de nettowaarde over %1 trekkingen:</translation>
    </message>
    <message>
        <location filename="../src/cli/simulatecommand.cpp" line="16"/>
        <source>Simulate one policy year by year and print the outputs.</source>
        <translation>Simuleer één beleid jaar voor jaar en toon de uitkomsten.</translation>
    </message>
    <message>
        <location filename="../src/cli/simulatecommand.cpp" line="21"/>
        <source>Years to simulate, 1 to %1 (default: 20).</source>
        <translation>Te simuleren jaren, 1 tot en met %1 (standaard: 20).</translation>
    </message>
    <message>
        <location filename="../src/cli/simulatecommand.cpp" line="34"/>
        <source>--years: expected a whole number from 1 to %1, got &quot;%2&quot;</source>
        <translation>--years: verwacht een geheel getal van 1 tot en met %1, maar kreeg &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/cli/simulatecommand.cpp" line="40"/>
        <source>--policy: simulate takes one policy (use compare for several)</source>
        <translation>--policy: simulate accepteert één beleid (gebruik compare voor meerdere)</translation>
    </message>
    <message>
        <source> to </source>
        <translation type="vanished"> tot </translation>
    </message>
    <message>
        <location filename="../src/cli/datasethistory.cpp" line="35"/>
        <source>%1: no region &quot;%2&quot; (leastbad-cli dataset list shows the codes)</source>
        <translation>%1: geen regio &quot;%2&quot; (leastbad-cli dataset list toont de codes)</translation>
    </message>
    <message>
        <location filename="../src/cli/datasethistory.cpp" line="41"/>
        <source>unknown metric &quot;%1&quot; (docs/DATASETS.md lists them)</source>
        <translation>onbekende maatstaf &quot;%1&quot; (docs/DATASETS.md somt ze op)</translation>
    </message>
    <message>
        <location filename="../src/cli/datasethistory.cpp" line="124"/>
        <source>%1 (%2): published values by year; the region&apos;s own figures only, each with its source id</source>
        <translation>%1 (%2): gepubliceerde waarden per jaar; alleen de eigen cijfers van de regio, elk met de id van de bron</translation>
    </message>
    <message>
        <location filename="../src/cli/datasethistory.cpp" line="129"/>
        <source>(no values)</source>
        <translation>(geen waarden)</translation>
    </message>
    <message>
        <location filename="../src/cli/datasethistory.cpp" line="141"/>
        <source>Sources:</source>
        <translation>Bronnen:</translation>
    </message>
    <message>
        <location filename="../src/cli/textformat.cpp" line="12"/>
        <source>n/a</source>
        <translation>n.v.t.</translation>
    </message>
    <message>
        <location filename="../src/cli/diagnosticscommand.cpp" line="53"/>
        <source>Per-unit effects of the model for a region, each with its Monte Carlo mean, median and 90% interval and the literature value beside it: crimes averted per marginal prisoner-year, the elasticity of crime to the prison population, homicides abated per officer, the pretrial trade-off, life-years per prisoner-year and costs per crime averted.</source>
        <translation>Effecten per eenheid van het model voor een regio, elk met zijn Monte Carlo-gemiddelde, mediaan en 90%-interval en de waarde uit de literatuur ernaast: misdrijven voorkomen per marginaal gedetineerdenjaar, de elasticiteit van criminaliteit naar de gevangenispopulatie, doodslagen voorkomen per agent, de afweging bij voorlopige hechtenis, levensjaren per gedetineerdenjaar en kosten per voorkomen misdrijf.</translation>
    </message>
    <message>
        <location filename="../src/cli/diagnosticscommand.cpp" line="67"/>
        <source>--policy: give at most one policy file</source>
        <translation>--policy: geef hoogstens één beleidsbestand</translation>
    </message>
    <message>
        <location filename="../src/cli/diagnosticscommand.cpp" line="77"/>
        <source>diagnosing</source>
        <translation>diagnose</translation>
    </message>
    <message>
        <location filename="../src/cli/diagnosticscommand.cpp" line="110"/>
        <source>%1: per-unit effects over %2 draws (seed %3); mean, median (90% interval)</source>
        <translation>%1: effecten per eenheid over %2 trekkingen (seed %3); gemiddelde, mediaan (90%-interval)</translation>
    </message>
    <message>
        <location filename="../src/cli/diagnosticscommand.cpp" line="124"/>
        <source>model: %1, median %2 (%3 to %4) %5</source>
        <translation>model: %1, mediaan %2 (%3 tot %4) %5</translation>
    </message>
    <message>
        <location filename="../src/cli/diagnosticscommand.cpp" line="132"/>
        <source>literature: %1 (%2)</source>
        <translation>literatuur: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/cli/voicommand.cpp" line="59"/>
        <source>never in %1 to %2</source>
        <translation>nooit tussen %1 en %2</translation>
    </message>
    <message>
        <location filename="../src/cli/voicommand.cpp" line="69"/>
        <source>%1: %2 draws (seed %3), %4 years; the decision among the status quo and %5 policies under your weights.</source>
        <translation>%1: %2 trekkingen (seed %3), %4 jaar; de keuze tussen de status quo en %5 beleidsopties onder uw gewichten.</translation>
    </message>
    <message>
        <location filename="../src/cli/voicommand.cpp" line="77"/>
        <source>option</source>
        <translation>optie</translation>
    </message>
    <message>
        <location filename="../src/cli/voicommand.cpp" line="77"/>
        <source>expected net value</source>
        <translation>verwachte nettowaarde</translation>
    </message>
    <message>
        <location filename="../src/cli/voicommand.cpp" line="78"/>
        <source>P(best)</source>
        <translation>P(beste)</translation>
    </message>
    <message>
        <location filename="../src/cli/voicommand.cpp" line="78"/>
        <source>expected loss</source>
        <translation>verwacht verlies</translation>
    </message>
    <message>
        <location filename="../src/cli/voicommand.cpp" line="87"/>
        <source>Expected value of perfect information (EVPI): %1</source>
        <translation>Verwachte waarde van volmaakte informatie (EVPI): %1</translation>
    </message>
    <message>
        <location filename="../src/cli/voicommand.cpp" line="90"/>
        <source>EVPPI by group of parameters (value, jackknife standard error, share of EVPI):</source>
        <translation>EVPPI per groep parameters (waarde, jackknife-standaardfout, aandeel van de EVPI):</translation>
    </message>
    <message>
        <location filename="../src/cli/voicommand.cpp" line="93"/>
        <source>EVPPI by parameter (the %1 largest):</source>
        <translation>EVPPI per parameter (de %1 grootste):</translation>
    </message>
    <message>
        <location filename="../src/cli/voicommand.cpp" line="95"/>
        <source>P(best) by the value of a wellbeing-year:</source>
        <translation>P(beste) naar de waarde van een welzijnsjaar:</translation>
    </message>
    <message>
        <location filename="../src/cli/voicommand.cpp" line="107"/>
        <source>Break-even against the status quo (where the expected net value changes sign):</source>
        <translation>Omslagpunt ten opzichte van de status quo (waar de verwachte nettowaarde van teken wisselt):</translation>
    </message>
    <message>
        <location filename="../src/cli/voicommand.cpp" line="124"/>
        <source>Which uncertainty is worth resolving before deciding: P(best) and the expected loss of each option, the expected value of perfect information (EVPI) and of partial perfect information about each parameter and group (EVPPI), the acceptability curve and break-even values.</source>
        <translation>Welke onzekerheid het waard is om op te lossen vóór de beslissing: P(beste) en het verwachte verlies van elke optie, de verwachte waarde van volmaakte informatie (EVPI) en van gedeeltelijke volmaakte informatie over elke parameter en groep (EVPPI), de aanvaardbaarheidscurve en de omslagpunten.</translation>
    </message>
    <message>
        <location filename="../src/cli/voicommand.cpp" line="138"/>
        <source>--policy: give at least one policy file to decide on</source>
        <translation>--policy: geef minstens één beleidsbestand om over te beslissen</translation>
    </message>
    <message>
        <location filename="../src/cli/validatecommand.cpp" line="42"/>
        <source>reproduced</source>
        <translation>gereproduceerd</translation>
    </message>
    <message>
        <location filename="../src/cli/validatecommand.cpp" line="44"/>
        <source>not reproduced</source>
        <translation>niet gereproduceerd</translation>
    </message>
    <message>
        <location filename="../src/cli/validatecommand.cpp" line="46"/>
        <source>no model quantity in this unit</source>
        <translation>geen modelgrootheid in deze eenheid</translation>
    </message>
    <message>
        <location filename="../src/cli/validatecommand.cpp" line="48"/>
        <source>not defined in any draw</source>
        <translation>in geen enkele trekking gedefinieerd</translation>
    </message>
    <message>
        <location filename="../src/cli/validatecommand.cpp" line="147"/>
        <source>Validation: %1 cases, %2 draws (seed %3). Published estimate (range), model median (90% interval).</source>
        <translation>Validatie: %1 gevallen, %2 trekkingen (seed %3). Gepubliceerde schatting (bereik), mediaan van het model (90%-interval).</translation>
    </message>
    <message>
        <location filename="../src/cli/validatecommand.cpp" line="159"/>
        <source>published: %1</source>
        <translation>gepubliceerd: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/validatecommand.cpp" line="161"/>
        <source>model: %1</source>
        <translation>model: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/validatecommand.cpp" line="161"/>
        <source>model: —</source>
        <translation>model: —</translation>
    </message>
    <message>
        <location filename="../src/cli/validatecommand.cpp" line="163"/>
        <source> (used for calibration: not counted)</source>
        <translation> (gebruikt voor kalibratie: niet meegeteld)</translation>
    </message>
    <message>
        <location filename="../src/cli/validatecommand.cpp" line="168"/>
        <source>Coverage: %1 of %2 cases not used for calibration reproduced (%3); cases used for calibration: %4 of %5 reproduced.</source>
        <translation>Dekking: %1 van %2 niet voor kalibratie gebruikte gevallen gereproduceerd (%3); voor kalibratie gebruikte gevallen: %4 van %5 gereproduceerd.</translation>
    </message>
    <message>
        <location filename="../src/cli/validatecommand.cpp" line="228"/>
        <source>Runs published natural experiments through the model and says, case by case, whether its 90% interval reproduces the published estimate; then the coverage (reproduced ÷ cases not used for calibration). docs/VALIDATION.md explains the case files and the rules.</source>
        <translation>Laat gepubliceerde natuurlijke experimenten door het model lopen en zegt per geval of het 90%-interval de gepubliceerde schatting reproduceert; daarna de dekking (gereproduceerd ÷ niet voor kalibratie gebruikte gevallen). docs/VALIDATION.md legt de gevalsbestanden en de regels uit.</translation>
    </message>
    <message>
        <location filename="../src/cli/validatecommand.cpp" line="235"/>
        <source>Folder of case files (*.json; default: the cases LeastBad ships).</source>
        <translation>Map met gevalsbestanden (*.json; standaard: de gevallen die LeastBad meelevert).</translation>
    </message>
    <message>
        <location filename="../src/cli/validatecommand.cpp" line="242"/>
        <source>--year: each case names its own year</source>
        <translation>--year: elk geval noemt zijn eigen jaar</translation>
    </message>
    <message>
        <location filename="../src/cli/validatecommand.cpp" line="260"/>
        <source>validating</source>
        <translation>valideren</translation>
    </message>
    <message>
        <location filename="../src/cli/leverscommand.cpp" line="20"/>
        <source>The policy levers: key, label, unit, range, status quo (the rule, and the United States&apos; value in the default dataset), how a setting carries over to another region, and the evidence. The Markdown is the table of docs/MODEL.md and docs/POLICY_FILES.md.</source>
        <translation>De hefbomen van beleid: sleutel, label, eenheid, bereik, status quo (de regel, en de waarde van de Verenigde Staten in de standaarddataset), hoe een instelling overgaat naar een andere regio, en het bewijs. De Markdown is de tabel van docs/MODEL.md en docs/POLICY_FILES.md.</translation>
    </message>
    <message>
        <location filename="../src/cli/leverscommand.cpp" line="27"/>
        <source>markdown (default), json, or strings (the translatable texts of the levers and outputs, as C++).</source>
        <translation>markdown (standaard), json of strings (de vertaalbare teksten van de hefbomen en uitkomsten, als C++).</translation>
    </message>
    <message>
        <location filename="../src/cli/leverscommand.cpp" line="39"/>
        <source>--format: expected markdown, json or strings, got &quot;%1&quot;</source>
        <translation>--format: markdown, json of strings verwacht, kreeg &quot;%1&quot;</translation>
    </message>
    <message>
        <source>markdown (default) or json.</source>
        <translation type="vanished">markdown (standaard) of json.</translation>
    </message>
    <message>
        <source>--format: expected markdown or json, got &quot;%1&quot;</source>
        <translation type="vanished">--format: verwacht markdown of json, maar kreeg &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>leastbad::cli::ExportOptions</name>
    <message>
        <source>The scenario (.leastbad) to export.</source>
        <translation type="obsolete">Het te exporteren scenario (.leastbad).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="vanished">BESTAND</translation>
    </message>
    <message>
        <source>The chart to export.</source>
        <translation type="vanished">De te exporteren grafiek.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="vanished">NAAM</translation>
    </message>
    <message>
        <source>Every chart, the report and the results, into the folder --out.</source>
        <translation type="vanished">Alle grafieken, het rapport en de resultaten, in de map --out.</translation>
    </message>
    <message>
        <source>The one-page PDF report.</source>
        <translation type="vanished">Het PDF-rapport van één pagina.</translation>
    </message>
    <message>
        <source>The results: json (the whole result), csv (against the status quo) or yearly (every output, every year, with percentile columns).</source>
        <translation type="vanished">De resultaten: json (het volledige resultaat), csv (ten opzichte van de status quo) of yearly (elke uitkomst, elk jaar, met percentielkolommen).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="vanished">SOORT</translation>
    </message>
    <message>
        <source>png, svg, pdf or csv (the chart&apos;s data); with --all a comma-separated list (default: from the file name&apos;s extension; with --all png,svg,pdf,csv).</source>
        <translation type="vanished">png, svg, pdf of csv (de gegevens van de grafiek); met --all een door komma&apos;s gescheiden lijst (standaard: uit de extensie van de bestandsnaam; met --all png,svg,pdf,csv).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="vanished">FORMAAT</translation>
    </message>
    <message>
        <source>Image size: a preset or WIDTHxHEIGHT (default: slide).</source>
        <translation type="vanished">Afbeeldingsgrootte: een voorinstelling of WIDTHxHEIGHT (standaard: slide).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="vanished">GROOTTE</translation>
    </message>
    <message>
        <source>PNG pixel scale: 1, 2 or 3 (default: 1).</source>
        <translation type="vanished">Pixelschaal van PNG: 1, 2 of 3 (standaard: 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation type="vanished">N</translation>
    </message>
    <message>
        <source>The chart&apos;s title (default: written from the numbers).</source>
        <translation type="vanished">De titel van de grafiek (standaard: opgesteld uit de cijfers).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="vanished">TEKST</translation>
    </message>
    <message>
        <source>The chart&apos;s subtitle (default: written from the numbers).</source>
        <translation type="vanished">De ondertitel van de grafiek (standaard: opgesteld uit de cijfers).</translation>
    </message>
    <message>
        <source>The output the over-time chart shows (default: prison_population; the keys are the columns of leastbad-cli simulate --format csv).</source>
        <translation type="vanished">De uitkomst die de grafiek over-time toont (standaard: prison_population; de sleutels zijn de kolommen van leastbad-cli simulate --format csv).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="vanished">SLEUTEL</translation>
    </message>
    <message>
        <source>With --results json or --all: every draw too.</source>
        <translation type="vanished">Met --results json of --all: ook elke trekking.</translation>
    </message>
    <message>
        <source>Policies the frontier samples (default: 5000).</source>
        <translation type="vanished">Aantal beleidsopties dat voor de Pareto-grens wordt onderzocht (standaard: 5000).</translation>
    </message>
    <message>
        <source>The file, or with --all the folder, to write.</source>
        <translation type="vanished">Het te schrijven bestand, of met --all de map.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="vanished">PAD</translation>
    </message>
    <message>
        <source>The dataset (.sqlite) of a scenario that names one (default: the embedded default dataset; the path inside a scenario is never opened).</source>
        <translation type="vanished">De dataset (.sqlite) van een scenario dat er een noemt (standaard: de ingebouwde dataset; het pad in een scenario wordt nooit geopend).</translation>
    </message>
    <message>
        <source>DB</source>
        <translation type="vanished">DB</translation>
    </message>
</context>
<context>
    <name>leastbad::data</name>
    <message>
        <location filename="../src/data/dataset.cpp" line="444"/>
        <source>%1: not a usable SQLite database (%2)</source>
        <translation>%1: geen bruikbare SQLite-database (%2)</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="453"/>
        <location filename="../src/data/dataset.cpp" line="633"/>
        <location filename="../src/data/inputfile.cpp" line="75"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kan niet lezen: %2</translation>
    </message>
    <message>
        <source>region %1: value %2 is unknown or outside the metric&apos;s range</source>
        <translation type="vanished">regio %1: waarde %2 is onbekend of valt buiten het bereik van de indicator</translation>
    </message>
    <message>
        <source>region %1: no CPI-U figure for %2</source>
        <translation type="vanished">regio %1: geen CPI-U-cijfer voor %2</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="468"/>
        <source>... and %1 more problems</source>
        <translation>... en nog %1 problemen</translation>
    </message>
    <message>
        <location filename="../src/data/inputfile.cpp" line="22"/>
        <source>a folder</source>
        <translation>een map</translation>
    </message>
    <message>
        <location filename="../src/data/inputfile.cpp" line="24"/>
        <source>a pipe (FIFO)</source>
        <translation>een pijp (FIFO)</translation>
    </message>
    <message>
        <location filename="../src/data/inputfile.cpp" line="26"/>
        <source>a socket</source>
        <translation>een socket</translation>
    </message>
    <message>
        <location filename="../src/data/inputfile.cpp" line="28"/>
        <source>a device</source>
        <translation>een apparaat</translation>
    </message>
    <message>
        <location filename="../src/data/inputfile.cpp" line="29"/>
        <source>not a regular file</source>
        <translation>geen gewoon bestand</translation>
    </message>
    <message>
        <location filename="../src/data/inputfile.cpp" line="40"/>
        <location filename="../src/data/inputfile.cpp" line="45"/>
        <location filename="../src/data/inputfile.cpp" line="56"/>
        <location filename="../src/data/veraimport.cpp" line="354"/>
        <source>cannot open: %1</source>
        <translation>kan niet openen: %1</translation>
    </message>
    <message>
        <location filename="../src/data/inputfile.cpp" line="50"/>
        <source>is %1, not a regular file; not read</source>
        <translation>is %1, geen gewoon bestand; niet gelezen</translation>
    </message>
    <message>
        <location filename="../src/data/inputfile.cpp" line="66"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../src/data/inputfile.cpp" line="66"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location filename="../src/data/inputfile.cpp" line="67"/>
        <source>%1: larger than %2; not %3</source>
        <translation>%1: groter dan %2; geen %3</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="43"/>
        <source>%1 MiB is more than a dataset CSV file may hold (%2 MiB); split it</source>
        <translation>%1 MiB is meer dan een CSV-bestand van een dataset mag bevatten (%2 MiB); splits het</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="59"/>
        <source>the file is empty; expected the header: %1</source>
        <translation>het bestand is leeg; verwachte kopregel: %1</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="74"/>
        <source>wrong header: expected &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation>onjuiste kopregel: verwacht &quot;%1&quot;, gevonden &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="87"/>
        <source>more than %1 MiB; stopped reading here</source>
        <translation>meer dan %1 MiB; hier gestopt met lezen</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="100"/>
        <location filename="../src/data/veraimport.cpp" line="227"/>
        <source>more than %1 rows; split the file</source>
        <translation>meer dan %1 rijen; splits het bestand</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="110"/>
        <location filename="../src/data/veraimport.cpp" line="244"/>
        <source>expected %1 columns, found %2</source>
        <translation>verwacht %1 kolommen, gevonden %2</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="124"/>
        <location filename="../src/data/veraimport.cpp" line="235"/>
        <source>%1 problems; stopped reading here</source>
        <translation>%1 problemen; hier gestopt met lezen</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="138"/>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="143"/>
        <source>longer than %1 characters</source>
        <translation>langer dan %1 tekens</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="157"/>
        <location filename="../src/data/veraimport.cpp" line="56"/>
        <source>expected a number, found &quot;%1&quot;</source>
        <translation>verwacht een getal, gevonden &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="164"/>
        <source>expected a finite number, found &quot;%1&quot;</source>
        <translation>verwacht een eindig getal, gevonden &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="215"/>
        <source>expected an upper-case code such as US, CA or GB-EAW, found &quot;%1&quot;</source>
        <translation>verwacht een code in hoofdletters, zoals US, CA of GB-EAW, gevonden &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="227"/>
        <source>expected country, state or county, found &quot;%1&quot;</source>
        <translation>verwacht country, state of county, gevonden &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="254"/>
        <source>expected one of %1, found &quot;%2&quot;</source>
        <translation>verwacht één van: %1, gevonden &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="279"/>
        <source>unknown metric &quot;%1&quot; (docs/DATASETS.md lists them)</source>
        <translation>onbekende indicator &quot;%1&quot; (docs/DATASETS.md geeft het overzicht)</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="290"/>
        <source>%1 is outside the valid range of %2: %3 to %4 %5</source>
        <translation>%1 valt buiten het geldige bereik van %2: %3 tot en met %4 %5</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="297"/>
        <source>%1 is 0 (no) or 1 (yes), found &quot;%2&quot;</source>
        <translation>%1 is 0 (nee) of 1 (ja), gevonden: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="304"/>
        <source>expected &quot;%1&quot; for %2, found &quot;%3&quot;</source>
        <translation>verwacht &quot;%1&quot; voor %2, gevonden &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="313"/>
        <source>expected a year from %1 to %2, found &quot;%3&quot;</source>
        <translation>verwachtte een jaar van %1 tot %2, vond &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="175"/>
        <source>expected a year from 1900 to 2100, found &quot;%1&quot;</source>
        <translation>verwacht een jaar van 1900 tot en met 2100, gevonden &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="322"/>
        <source>no CPI-U figure for %1 to convert dollars to %2 (docs/DATASETS.md lists the years)</source>
        <translation>geen CPI-U-cijfer voor %1 om dollars om te rekenen naar %2 (docs/DATASETS.md noemt de jaren)</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="352"/>
        <source>unknown parameter &quot;%1&quot; (docs/MODEL.md lists them)</source>
        <translation>onbekende parameter &quot;%1&quot; (docs/MODEL.md geeft het overzicht)</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="362"/>
        <source>outside the range a dataset may set, %1 to %2</source>
        <translation>buiten het bereik dat een dataset mag instellen, %1 tot %2</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="380"/>
        <source>region &quot;%1&quot; is listed twice</source>
        <translation>regio &quot;%1&quot; staat er twee keer in</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="387"/>
        <source>parent region &quot;%1&quot; is not in the dataset</source>
        <translation>bovenliggende regio &quot;%1&quot; staat niet in de dataset</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="396"/>
        <source>parent chain of &quot;%1&quot; loops back on itself</source>
        <translation>de keten van bovenliggende regio&apos;s van &quot;%1&quot; komt weer bij zichzelf uit</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="411"/>
        <source>source &quot;%1&quot; is listed twice</source>
        <translation>bron &quot;%1&quot; staat er twee keer in</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="425"/>
        <source>region &quot;%1&quot; is not in the dataset (add it to regions.csv)</source>
        <translation>regio &quot;%1&quot; staat niet in de dataset (voeg haar toe aan regions.csv)</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="431"/>
        <location filename="../src/data/datasetcontent.cpp" line="469"/>
        <source>source &quot;%1&quot; is not in the sources file</source>
        <translation>bron &quot;%1&quot; staat niet in het bronnenbestand</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="440"/>
        <source>source &quot;%1&quot; is a proxy (a wider area&apos;s figure), which can give only rates and shares; %2 is a count</source>
        <translation>bron &quot;%1&quot; is een proxy (een cijfer van een groter gebied), die alleen percentages en aandelen kan geven; %2 is een aantal</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="452"/>
        <source>duplicate row: %1 %2 for %3 is already on line %4</source>
        <translation>dubbele rij: %1 %2 voor %3 staat al op regel %4</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="464"/>
        <source>region &quot;%1&quot; is not in the dataset</source>
        <translation>regio &quot;%1&quot; staat niet in de dataset</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="481"/>
        <source>region &quot;%1&quot; has no value for the required metric %2</source>
        <translation>regio &quot;%1&quot; heeft geen waarde voor de verplichte indicator %2</translation>
    </message>
    <message>
        <location filename="../src/data/datasetimport.cpp" line="98"/>
        <source>the last export into this folder was interrupted: %1 as before it, the other files new; export again</source>
        <translation>de laatste export naar deze map werd onderbroken: %1 zoals ervoor, de andere bestanden nieuw; exporteer opnieuw</translation>
    </message>
    <message>
        <location filename="../src/data/datasetimport.cpp" line="120"/>
        <location filename="../src/data/veraimport.cpp" line="347"/>
        <source>the target is not a dataset this program can add to: %1</source>
        <translation>het doel is geen dataset waaraan dit programma iets kan toevoegen: %1</translation>
    </message>
    <message>
        <location filename="../src/data/datasetimport.cpp" line="169"/>
        <location filename="../src/data/datasetimport.cpp" line="333"/>
        <source>cannot write: %1</source>
        <translation>kan niet schrijven: %1</translation>
    </message>
    <message>
        <location filename="../src/data/datasetimport.cpp" line="200"/>
        <source>another import into this dataset is still running (lock file %1); nothing was imported, try again when it has finished</source>
        <translation>een andere import in deze dataset loopt nog (vergrendelbestand %1); er is niets geïmporteerd, probeer opnieuw als die klaar is</translation>
    </message>
    <message>
        <location filename="../src/data/datasetimport.cpp" line="205"/>
        <source>cannot create the lock file %1 beside it</source>
        <translation>kan het vergrendelbestand %1 ernaast niet aanmaken</translation>
    </message>
    <message>
        <location filename="../src/data/datasetimport.cpp" line="230"/>
        <source>cannot create a temporary file beside it: %1</source>
        <translation>kan er geen tijdelijk bestand naast aanmaken: %1</translation>
    </message>
    <message>
        <location filename="../src/data/datasetimport.cpp" line="247"/>
        <source>cannot read: %1</source>
        <translation>kan niet lezen: %1</translation>
    </message>
    <message>
        <location filename="../src/data/datasetimport.cpp" line="260"/>
        <source>cannot copy it to a temporary file: %1</source>
        <translation>kan het niet naar een tijdelijk bestand kopiëren: %1</translation>
    </message>
    <message>
        <location filename="../src/data/datasetimport.cpp" line="279"/>
        <source>cannot write the dataset: %1</source>
        <translation>kan de dataset niet schrijven: %1</translation>
    </message>
    <message>
        <location filename="../src/data/datasetimport.cpp" line="295"/>
        <source>no such folder</source>
        <translation>map bestaat niet</translation>
    </message>
    <message>
        <location filename="../src/data/datasetstore.cpp" line="97"/>
        <location filename="../src/data/datasetstore.cpp" line="119"/>
        <source>schema version %1 is newer than this program reads (%2); update LeastBad</source>
        <translation>schemaversie %1 is nieuwer dan dit programma kan lezen (%2); werk LeastBad bij</translation>
    </message>
    <message>
        <location filename="../src/data/datasetstore.cpp" line="116"/>
        <source>not a LeastBad dataset (no schema version)</source>
        <translation>geen LeastBad-dataset (geen schemaversie)</translation>
    </message>
    <message>
        <location filename="../src/data/datasetstore.cpp" line="131"/>
        <source>contains a %1 (%2); LeastBad datasets have none, not opened</source>
        <translation>bevat een %1 (%2); datasets van LeastBad hebben die niet, niet geopend</translation>
    </message>
    <message>
        <location filename="../src/data/datasetstore.cpp" line="168"/>
        <source>table %1 lacks column %2: not a LeastBad dataset of version %3</source>
        <translation>tabel %1 mist kolom %2: geen LeastBad-dataset van versie %3</translation>
    </message>
    <message>
        <location filename="../src/data/datasetstore.cpp" line="256"/>
        <source>a table has more than %1 rows; not read</source>
        <translation>een tabel heeft meer dan %1 rijen; niet gelezen</translation>
    </message>
    <message>
        <location filename="../src/data/jsonread.cpp" line="68"/>
        <source>line %1, column %2</source>
        <translation>regel %1, kolom %2</translation>
    </message>
    <message>
        <location filename="../src/data/leverreader.cpp" line="34"/>
        <source>%1: expected a number, {&quot;times&quot;: number} or {&quot;plus&quot;: number}</source>
        <translation>%1: verwacht een getal, {&quot;times&quot;: getal} of {&quot;plus&quot;: getal}</translation>
    </message>
    <message>
        <location filename="../src/data/jsonread.cpp" line="82"/>
        <source>%1: the file is %2 text; save it as UTF-8</source>
        <translation>%1: het bestand is %2-tekst; sla het op als UTF-8</translation>
    </message>
    <message>
        <location filename="../src/data/jsonread.cpp" line="86"/>
        <source>%1: a NUL byte at %2: not a text file</source>
        <translation>%1: een NUL-byte op %2: geen tekstbestand</translation>
    </message>
    <message>
        <location filename="../src/data/jsonread.cpp" line="96"/>
        <source>%1: nested too deeply at %2 (more levels than any LeastBad file has)</source>
        <translation>%1: te diep genest op %2 (meer niveaus dan een LeastBad-bestand heeft)</translation>
    </message>
    <message>
        <location filename="../src/data/jsonread.cpp" line="99"/>
        <source>%1: the file ends before the JSON is complete, at %2 (cut off?)</source>
        <translation>%1: het bestand eindigt voordat de JSON compleet is, op %2 (afgebroken?)</translation>
    </message>
    <message>
        <location filename="../src/data/jsonread.cpp" line="103"/>
        <source>%1: not valid JSON at %2: %3</source>
        <translation>%1: ongeldige JSON op %2: %3</translation>
    </message>
    <message>
        <location filename="../src/data/jsonread.cpp" line="107"/>
        <source>%1: expected a JSON object at the top level</source>
        <translation>%1: verwacht een JSON-object op het hoogste niveau</translation>
    </message>
    <message>
        <location filename="../src/data/jsonread.cpp" line="112"/>
        <source>%1: the key &quot;%2&quot; appears twice in one object, at %3; keep one</source>
        <translation>%1: de sleutel &quot;%2&quot; komt twee keer voor in één object, op %3; houd er één</translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="36"/>
        <source>%1: unknown field &quot;%2&quot; (expected one of: %3)</source>
        <translation>%1: onbekend veld &quot;%2&quot; (verwacht één van: %3)</translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="41"/>
        <source>%1: and %2 more unknown fields</source>
        <translation>%1: en nog %2 onbekende velden</translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="44"/>
        <source>%1: field &quot;format&quot;: expected &quot;leastbad-policy&quot;</source>
        <translation>%1: veld &quot;format&quot;: verwacht &quot;leastbad-policy&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="50"/>
        <source>%1: field &quot;version&quot;: expected a whole number from 1 to %2</source>
        <translation>%1: veld &quot;version&quot;: verwacht een geheel getal van 1 tot en met %2</translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="56"/>
        <source>%1: field &quot;version&quot;: version %2 is newer than this program reads (%3); update LeastBad</source>
        <translation>%1: veld &quot;version&quot;: versie %2 is nieuwer dan dit programma kan lezen (%3); werk LeastBad bij</translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="66"/>
        <source>%1: field &quot;%2&quot;: expected a string</source>
        <translation>%1: veld &quot;%2&quot;: verwacht een tekenreeks</translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="77"/>
        <source>%1: field &quot;sentence_changes&quot;: expected &quot;prospective&quot; or &quot;retroactive&quot;</source>
        <translation>%1: veld &quot;sentence_changes&quot;: verwachtte &quot;prospective&quot; of &quot;retroactive&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="88"/>
        <source>%1: field &quot;name&quot; or &quot;description&quot;: at most 200 (name) or 10,000 characters of text, without control characters</source>
        <translation>%1: veld &quot;name&quot; of &quot;description&quot;: hoogstens 200 (naam) of 10.000 tekens tekst, zonder stuurtekens</translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="96"/>
        <source>%1: field &quot;levers&quot;: expected an object of lever names to values</source>
        <translation>%1: veld &quot;levers&quot;: verwacht een object dat namen van hefbomen aan waarden koppelt</translation>
    </message>
    <message>
        <location filename="../src/data/leverreader.cpp" line="47"/>
        <source>%1: lever &quot;%2&quot;</source>
        <translation>%1: hefboom &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/leverreader.cpp" line="52"/>
        <source>%1: unknown lever</source>
        <translation>%1: onbekende hefboom</translation>
    </message>
    <message>
        <location filename="../src/data/leverreader.cpp" line="61"/>
        <source>%1: value %2 is outside the allowed range %3 to %4 (%5)</source>
        <translation>%1: waarde %2 valt buiten het toegestane bereik %3 tot en met %4 (%5)</translation>
    </message>
    <message>
        <location filename="../src/data/leverreader.cpp" line="71"/>
        <source>%1: and %2 more unknown levers</source>
        <translation>%1: en nog %2 onbekende hefbomen</translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="114"/>
        <source>a policy file</source>
        <translation>een beleidsbestand</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="vanished">%1: kan niet openen: %2</translation>
    </message>
    <message>
        <source>%1: file is larger than 1 MiB; not a policy file</source>
        <translation type="vanished">%1: bestand is groter dan 1 MiB; geen beleidsbestand</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="71"/>
        <source>%1: unknown field &quot;%2&quot; was ignored</source>
        <translation>%1: onbekend veld &quot;%2&quot; is genegeerd</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation type="vanished">%1: ongeldige JSON bij byte %2: %3</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="178"/>
        <source>%1: field &quot;format&quot;: expected &quot;leastbad-scenario&quot;</source>
        <translation>%1: veld &quot;format&quot;: verwacht &quot;leastbad-scenario&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="185"/>
        <source>%1: field &quot;version&quot;: expected a whole number of at least 1</source>
        <translation>%1: veld &quot;version&quot;: verwacht een geheel getal van minstens 1</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="190"/>
        <source>%1 was written by a newer LeastBad (format %2; this program reads %3): what it could not read was left at the defaults</source>
        <translation>%1 is geschreven door een nieuwere LeastBad (formaat %2; dit programma leest %3): wat niet gelezen kon worden, staat op de standaardwaarden</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="212"/>
        <source>%1: field &quot;year&quot;: expected a whole number from %2 to %3</source>
        <translation>%1: veld &quot;year&quot;: een geheel getal van %2 tot %3 verwacht</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="234"/>
        <source>%1: field &quot;seed&quot;: expected a whole number from 0 to 9e15</source>
        <translation>%1: veld &quot;seed&quot;: verwacht een geheel getal van 0 tot en met 9e15</translation>
    </message>
    <message>
        <source>%1: field &quot;draws&quot;: expected a whole number from 10 to 1000000</source>
        <translation type="vanished">%1: veld &quot;draws&quot;: verwacht een geheel getal van 10 tot 1000000</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="75"/>
        <source>%1: and %2 more unknown fields were ignored</source>
        <translation>%1: en nog %2 onbekende velden werden genegeerd</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="223"/>
        <location filename="../src/data/scenarioopen.cpp" line="37"/>
        <source>%1: field &quot;region&quot; or &quot;dataset&quot;: too long or holds control characters</source>
        <translation>%1: veld &quot;region&quot; of &quot;dataset&quot;: te lang of bevat stuurtekens</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="244"/>
        <source>%1: field &quot;draws&quot;: expected a whole number from %2 to %3</source>
        <translation>%1: veld &quot;draws&quot;: verwachtte een geheel getal van %2 tot %3</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="106"/>
        <source>%1: weights.%2: expected a number from %3 to %4</source>
        <translation>%1: weights.%2: verwacht een getal van %3 tot en met %4</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="117"/>
        <source>%1: weights.horizon_years: expected a whole number from 1 to 50</source>
        <translation>%1: weights.horizon_years: verwacht een geheel getal van 1 tot en met 50</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="131"/>
        <source>%1: field &quot;policies&quot;: expected a list</source>
        <translation>%1: veld &quot;policies&quot;: verwacht een lijst</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="136"/>
        <source>%1: field &quot;policies&quot;: at most 8 policies</source>
        <translation>%1: veld &quot;policies&quot;: hoogstens 8 beleidsopties</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="145"/>
        <source>%1: policy %2: the name must be at most %3 characters of text, without control characters</source>
        <translation>%1: beleid %2: de naam mag hoogstens %3 tekens tekst zijn, zonder stuurtekens</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="158"/>
        <source>%1: policy &quot;%2&quot;</source>
        <translation>%1: beleid &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: policy &quot;%2&quot;, lever &quot;%3&quot;</source>
        <translation type="vanished">%1: beleid &quot;%2&quot;, hefboom &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: unknown lever was ignored</source>
        <translation type="vanished">%1: onbekende hefboom is genegeerd</translation>
    </message>
    <message>
        <source>%1: expected a number from %2 to %3</source>
        <translation type="vanished">%1: verwacht een getal van %2 tot en met %3</translation>
    </message>
    <message>
        <source>%1: policy &quot;%2&quot;: and %3 more unknown levers were ignored</source>
        <translation type="vanished">%1: beleid &quot;%2&quot;: en nog %3 onbekende hefbomen werden genegeerd</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="260"/>
        <location filename="../src/data/scenarioopen.cpp" line="24"/>
        <source>a scenario file</source>
        <translation>een scenariobestand</translation>
    </message>
    <message>
        <source>%1: larger than 4 MiB; not a scenario file</source>
        <translation type="vanished">%1: groter dan 4 MiB; geen scenariobestand</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="298"/>
        <source>%1: cannot save: %2</source>
        <translation>%1: kan niet opslaan: %2</translation>
    </message>
    <message>
        <location filename="../src/data/atomicfile.cpp" line="32"/>
        <location filename="../src/data/atomicfile.cpp" line="63"/>
        <source>not every byte could be written (is the disk full?)</source>
        <translation>niet elke byte kon worden geschreven (is de schijf vol?)</translation>
    </message>
    <message>
        <location filename="../src/data/atomicfile.cpp" line="100"/>
        <source>is a symbolic link; not written through it (remove the link or choose another name)</source>
        <translation>is een symbolische koppeling; er wordt niet doorheen geschreven (verwijder de koppeling of kies een andere naam)</translation>
    </message>
    <message>
        <location filename="../src/data/atomicfile.cpp" line="103"/>
        <source>is a folder</source>
        <translation>is een map</translation>
    </message>
    <message>
        <location filename="../src/data/atomicfile.cpp" line="105"/>
        <source>is not a regular file; not replaced</source>
        <translation>is geen gewoon bestand; niet vervangen</translation>
    </message>
    <message>
        <location filename="../src/data/atomicfile.cpp" line="127"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kan niet schrijven: %2</translation>
    </message>
    <message>
        <location filename="../src/data/atomicfile.cpp" line="162"/>
        <source>cannot create a temporary file beside it</source>
        <translation>kan ernaast geen tijdelijk bestand aanmaken</translation>
    </message>
    <message>
        <location filename="../src/data/scenarioopen.cpp" line="33"/>
        <source>%1: not a LeastBad scenario (not a JSON object)</source>
        <translation>%1: geen LeastBad-scenario (geen JSON-object)</translation>
    </message>
    <message>
        <location filename="../src/data/scenarioopen.cpp" line="44"/>
        <source>%1: names the dataset %2, which is not opened (a path inside a file is never followed); open that dataset yourself and then the scenario</source>
        <translation>%1: noemt de dataset %2, die niet wordt geopend (een pad in een bestand wordt nooit gevolgd); open die dataset zelf en dan het scenario</translation>
    </message>
    <message>
        <source>%1: names the dataset %2; opening scenarios with other datasets is not supported yet</source>
        <translation type="vanished">%1: verwijst naar de dataset %2; scenario&apos;s met andere datasets openen wordt nog niet ondersteund</translation>
    </message>
    <message>
        <location filename="../src/data/scenarioopen.cpp" line="52"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/data/sqlitedatabase.cpp" line="34"/>
        <source> (a write failed: is the disk full?)</source>
        <translation> (schrijven mislukt: is de schijf vol?)</translation>
    </message>
    <message>
        <location filename="../src/data/sqlitedatabase.cpp" line="163"/>
        <source>SQLite refused a safety setting (%1)</source>
        <translation>SQLite weigerde een veiligheidsinstelling (%1)</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="62"/>
        <source>%1 is outside the valid range of %2: %3 to %4</source>
        <translation>%1 valt buiten het geldige bereik van %2: %3 tot %4</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="362"/>
        <source>%1 MiB is more than an imported CSV file may hold (%2 MiB)</source>
        <translation>%1 MiB is meer dan een geïmporteerd CSV-bestand mag bevatten (%2 MiB)</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="86"/>
        <source>the file is empty; expected Vera&apos;s header</source>
        <translation>het bestand is leeg; de kopregel van Vera verwacht</translation>
    </message>
    <message>
        <source>not a Vera Incarceration Trends county file: the header lacks %1 (it needs year, county_fips and state_abbr, and at least one of %2)</source>
        <translation type="vanished">geen county-bestand van Vera Incarceration Trends: de kopregel mist %1 (nodig zijn year, county_fips en state_abbr, en minstens één van %2)</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="112"/>
        <source>not a Vera Incarceration Trends county file: the header lacks %1 (it needs year, county_fips, state_abbr and total_pop_15to64, and reads %2)</source>
        <translation>geen county-bestand van Vera Incarceration Trends: de kopregel mist %1 (nodig zijn year, county_fips, state_abbr en total_pop_15to64; gelezen worden %2)</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="133"/>
        <source>Vera Institute of Justice. Incarceration Trends dataset, county-level file, as downloaded by the user and imported from %1 (columns %2)</source>
        <translation>Vera Institute of Justice. Incarceration Trends-dataset, bestand op county-niveau, door de gebruiker gedownload en geïmporteerd uit %1 (kolommen %2)</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="143"/>
        <source>Vera Incarceration Trends Data Access License: the user&apos;s own academic, nonprofit and research use; no redistribution</source>
        <translation>Vera Incarceration Trends Data Access License: eigen academisch, niet-commercieel en onderzoeksgebruik van de gebruiker; niet verder verspreiden</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="148"/>
        <source>Derived (LeastBad Vera import): a county&apos;s residents = its share of its state&apos;s residents aged 15 to 64 in that year (Vera total_pop_15to64, summed over the state&apos;s imported counties) times the state&apos;s population in the dataset (the latest at or before that year, else the earliest). Assumes the county&apos;s age mix is the state&apos;s.</source>
        <translation>Afgeleid (Vera-import van LeastBad): de inwoners van een county = zijn aandeel in de inwoners van 15 tot 64 jaar van zijn staat in dat jaar (Vera total_pop_15to64, opgeteld over de geïmporteerde county&apos;s van de staat) maal de bevolking van de staat in de dataset (de laatste in of vóór dat jaar, anders de vroegste). Neemt aan dat de leeftijdsopbouw van de county die van de staat is.</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="154"/>
        <source>not applicable (derived)</source>
        <translation>niet van toepassing (afgeleid)</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="218"/>
        <source>cancelled; nothing was written</source>
        <translation>geannuleerd; er is niets geschreven</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="182"/>
        <source>expected a county FIPS code of up to five digits, found &quot;%1&quot;</source>
        <translation>een FIPS-code van een county van hoogstens vijf cijfers verwacht, gevonden: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="191"/>
        <source>state &quot;%1&quot; is not a state of %2, so the county has no parent region</source>
        <translation>staat &quot;%1&quot; is geen staat van %2, dus de county heeft geen bovenliggende regio</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="264"/>
        <source>duplicate row: county %1 for %2 is already on line %3</source>
        <translation>dubbele rij: county %1 voor %2 staat al op regel %3</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="276"/>
        <source>County %1</source>
        <translation>County %1</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="319"/>
        <source>share of %1&apos;s residents aged 15 to 64 in %2 (%3 in the imported counties) times its population %4 (%5, %6)</source>
        <translation>aandeel in de inwoners van 15 tot 64 jaar van %1 in %2 (%3 in de geïmporteerde county&apos;s) maal de bevolking %4 (%5, %6)</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="383"/>
        <source>county %1 has no total_pop_15to64 in any row, so its population cannot be derived</source>
        <translation>county %1 heeft in geen enkele rij total_pop_15to64, dus de bevolking kan niet worden afgeleid</translation>
    </message>
    <message>
        <location filename="../src/data/plausibility.cpp" line="79"/>
        <source>region %1: %2</source>
        <translation>regio %1: %2</translation>
    </message>
    <message>
        <location filename="../src/data/plausibility.cpp" line="85"/>
        <source>%1 is %2 per resident (population %3); expected at most %4</source>
        <translation>%1 is %2 per inwoner (bevolking %3); verwacht hoogstens %4</translation>
    </message>
    <message>
        <location filename="../src/data/plausibility.cpp" line="93"/>
        <source>%1 homicides are more than the %2 violent crimes they are part of</source>
        <translation>%1 doodslagen zijn meer dan de %2 geweldsmisdrijven waar ze deel van zijn</translation>
    </message>
    <message>
        <location filename="../src/data/plausibility.cpp" line="98"/>
        <source>%1 back in prison within 5 years is less than the %2 within 3 years; a share cannot shrink with time</source>
        <translation>%1 terug in de gevangenis binnen 5 jaar is minder dan de %2 binnen 3 jaar; een aandeel kan niet krimpen met de tijd</translation>
    </message>
    <message>
        <location filename="../src/data/plausibility.cpp" line="104"/>
        <source>%1 recorded crimes a year beside %2 prisoners; expected at least %3 per prisoner</source>
        <translation>%1 geregistreerde misdrijven per jaar naast %2 gedetineerden; verwacht minstens %3 per gedetineerde</translation>
    </message>
    <message>
        <location filename="../src/data/plausibility.cpp" line="119"/>
        <source>table metric_values, row %1 (region %2, metric %3): %4</source>
        <translation>tabel metric_values, rij %1 (regio %2, maatstaf %3): %4</translation>
    </message>
    <message>
        <location filename="../src/data/plausibility.cpp" line="124"/>
        <source>unknown metric</source>
        <translation>onbekende maatstaf</translation>
    </message>
    <message>
        <location filename="../src/data/plausibility.cpp" line="129"/>
        <source>%1 is outside the range %2 to %3</source>
        <translation>%1 ligt buiten het bereik %2 tot %3</translation>
    </message>
    <message>
        <location filename="../src/data/plausibility.cpp" line="132"/>
        <source>expected the unit &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation>verwachtte de eenheid &quot;%1&quot;, vond &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/plausibility.cpp" line="135"/>
        <source>expected a year from %1 to %2, found %3</source>
        <translation>verwachtte een jaar van %1 tot %2, vond %3</translation>
    </message>
    <message>
        <location filename="../src/data/plausibility.cpp" line="140"/>
        <source>no CPI-U figure for %1</source>
        <translation>geen CPI-U-waarde voor %1</translation>
    </message>
    <message>
        <location filename="../src/data/backcastinputs.cpp" line="65"/>
        <source>--from and --to: expected a start year before the end year, at most %1 years apart</source>
        <translation>--from en --to: verwacht een startjaar vóór het eindjaar, hoogstens %1 jaar ertussen</translation>
    </message>
    <message>
        <location filename="../src/data/backcastinputs.cpp" line="85"/>
        <source>%1: no prison admissions in %2 to start a backcast from</source>
        <translation>%1: geen gevangenisopnamen in %2 om een terugvoorspelling van te starten</translation>
    </message>
    <message>
        <location filename="../src/data/backcastinputs.cpp" line="95"/>
        <source>%1: no prison admissions in or after %2 (needed up to %3)</source>
        <translation>%1: geen gevangenisopnamen in of na %2 (nodig tot %3)</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="216"/>
        <source>version %1 or older (update LeastBad to read newer case files)</source>
        <translation>versie %1 of ouder (werk LeastBad bij om nieuwere gevalsbestanden te lezen)</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="220"/>
        <source>at most 40 characters</source>
        <translation>hoogstens 40 tekens</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="235"/>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="281"/>
        <source>&quot;people&quot; or &quot;share_of_prisoners&quot;, not both</source>
        <translation>&quot;people&quot; of &quot;share_of_prisoners&quot;, niet beide</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="283"/>
        <source>&quot;people&quot; or &quot;share_of_prisoners&quot;</source>
        <translation>&quot;people&quot; of &quot;share_of_prisoners&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="297"/>
        <source>a list of different group names (%1)</source>
        <translation>een lijst van verschillende groepsnamen (%1)</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="301"/>
        <source>&quot;levers&quot;, &quot;release&quot; or both</source>
        <translation>&quot;levers&quot;, &quot;release&quot; of beide</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="328"/>
        <source>no crime_type except with the unit reported_crimes</source>
        <translation>geen crime_type behalve bij de eenheid reported_crimes</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="339"/>
        <source>&quot;with_respect_to&quot; or &quot;per&quot;, not both</source>
        <translation>&quot;with_respect_to&quot; of &quot;per&quot;, niet beide</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="349"/>
        <source>a lever&apos;s key or one of: %1</source>
        <translation>de sleutel van een hefboom of een van: %1</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="365"/>
        <source>[first, last]: whole years from 1 to horizon_years, first not after last</source>
        <translation>[eerste, laatste]: hele jaren van 1 tot horizon_years, eerste niet na laatste</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="395"/>
        <source>low &lt;= value &lt;= high</source>
        <translation>low &lt;= value &lt;= high</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="423"/>
        <source>%1: and %2 more problems</source>
        <translation>%1: en nog %2 problemen</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="429"/>
        <source>a validation case file</source>
        <translation>een validatiegeval</translation>
    </message>
    <message>
        <location filename="../src/data/validationsuite.cpp" line="61"/>
        <source>%1: field &quot;baseline.overrides&quot;: the region with these values is not usable: %2: %3</source>
        <translation>%1: veld &quot;baseline.overrides&quot;: de regio met deze waarden is niet bruikbaar: %2: %3</translation>
    </message>
    <message>
        <location filename="../src/data/validationsuite.cpp" line="77"/>
        <source>%1: field &quot;intervention&quot;</source>
        <translation>%1: veld &quot;intervention&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/validationsuite.cpp" line="96"/>
        <source>%1: field &quot;intervention.release&quot;: %2 people are more than 95% of the %3 in the groups named</source>
        <translation>%1: veld &quot;intervention.release&quot;: %2 mensen zijn meer dan 95% van de %3 in de genoemde groepen</translation>
    </message>
    <message>
        <location filename="../src/data/validationsuite.cpp" line="120"/>
        <source>%1: no such folder</source>
        <translation>%1: deze map bestaat niet</translation>
    </message>
    <message>
        <location filename="../src/data/validationsuite.cpp" line="126"/>
        <source>%1: no case files (*.json) in this folder</source>
        <translation>%1: geen gevalsbestanden (*.json) in deze map</translation>
    </message>
    <message>
        <location filename="../src/data/validationsuite.cpp" line="129"/>
        <source>%1: cannot be read</source>
        <translation>%1: kan niet worden gelezen</translation>
    </message>
    <message>
        <location filename="../src/data/validationsuite.cpp" line="148"/>
        <source>%1: field &quot;baseline.region&quot;: %2</source>
        <translation>%1: veld &quot;baseline.region&quot;: %2</translation>
    </message>
    <message>
        <location filename="../src/data/validationsuite.cpp" line="178"/>
        <source>%1: field &quot;outcome&quot;: %2</source>
        <translation>%1: veld &quot;outcome&quot;: %2</translation>
    </message>
</context>
<context>
    <name>leastbad::data::CsvReader</name>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation type="vanished">%1, regel %2, kolom %3: %4</translation>
    </message>
    <message>
        <location filename="../src/data/csvreader.cpp" line="87"/>
        <source>the file is %1 text; save it as UTF-8</source>
        <translation>het bestand is %1-tekst; sla het op als UTF-8</translation>
    </message>
    <message>
        <location filename="../src/data/csvreader.cpp" line="104"/>
        <source>contains a NUL byte: this is not a CSV text file</source>
        <translation>bevat een NUL-byte: dit is geen CSV-tekstbestand</translation>
    </message>
    <message>
        <location filename="../src/data/csvreader.cpp" line="109"/>
        <source>is not valid UTF-8 (byte %1 of the field); save the file as UTF-8</source>
        <translation>is geen geldige UTF-8 (byte %1 van het veld); sla het bestand op als UTF-8</translation>
    </message>
    <message>
        <location filename="../src/data/csvreader.cpp" line="115"/>
        <source>more than %1 columns in a row</source>
        <translation>meer dan %1 kolommen in een rij</translation>
    </message>
    <message>
        <location filename="../src/data/csvreader.cpp" line="136"/>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>een veld tussen aanhalingstekens wordt niet afgesloten vóór het einde van het bestand</translation>
    </message>
    <message>
        <location filename="../src/data/csvreader.cpp" line="168"/>
        <source>unexpected text after a closing quote</source>
        <translation>onverwachte tekst na een afsluitend aanhalingsteken</translation>
    </message>
    <message>
        <location filename="../src/data/csvreader.cpp" line="187"/>
        <source>a field is longer than %1 bytes</source>
        <translation>een veld is langer dan %1 bytes</translation>
    </message>
</context>
<context>
    <name>leastbad::data::Dataset</name>
    <message>
        <location filename="../src/data/dataset.cpp" line="205"/>
        <source>%1 runs one combined prison-and-jail system: the state, not counties, holds people before trial and on short sentences, so its prison counts include people who would be in a local jail elsewhere and it has no separate local jails.</source>
        <translation>%1 heeft één gecombineerd systeem van gevangenissen en huizen van bewaring: de staat, niet de county&apos;s, houdt mensen vast vóór hun proces en met korte straffen, dus de gevangenisaantallen omvatten mensen die elders in een lokale jail zouden zitten, en er zijn geen aparte lokale jails.</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="215"/>
        <source>The District of Columbia has no state prisons: people sentenced for felonies in DC are held by the federal Bureau of Prisons (BOP).</source>
        <translation>Het District of Columbia heeft geen gevangenissen van een staat: wie in DC voor een misdrijf is veroordeeld, zit bij het federale Bureau of Prisons (BOP).</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="414"/>
        <source>%1: no such file</source>
        <translation>%1: bestand bestaat niet</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="419"/>
        <source>%1: not a regular file; not opened</source>
        <translation>%1: geen gewoon bestand; niet geopend</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="425"/>
        <source>%1: larger than %2 MiB; not opened</source>
        <translation>%1: groter dan %2 MiB; niet geopend</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="433"/>
        <location filename="../src/data/dataset.cpp" line="486"/>
        <location filename="../src/data/dataset.cpp" line="506"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kan niet openen: %2</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="494"/>
        <source>the embedded default dataset is missing from this build</source>
        <translation>de ingebouwde standaarddataset ontbreekt in deze build</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="496"/>
        <source>default dataset</source>
        <translation>standaarddataset</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="616"/>
        <source>%1: no region &quot;%2&quot; (leastbad-cli dataset list shows the codes)</source>
        <translation>%1: geen regio &quot;%2&quot; (leastbad-cli dataset list toont de codes)</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="299"/>
        <source>scaled by %1 so that prison population / admissions (%2, %3) holds</source>
        <translation>geschaald met factor %1 zodat gevangenispopulatie / instroom (%2, %3) klopt</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="117"/>
        <source>a wider area</source>
        <translation>een groter gebied</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="351"/>
        <source>from the %1-year share of %2 and the %3 ratio of 5- to 3-year shares (%4)</source>
        <translation>uit het %1-jaarsaandeel van %2 en de verhouding tussen de 5- en 3-jaarsaandelen van %3 (%4)</translation>
    </message>
    <message>
        <source>from the region&apos;s own %1-year share and the %2 ratio of 5- to 3-year shares (%3)</source>
        <translation type="vanished">uit het eigen %1-jaarsaandeel van de regio en de verhouding tussen de 5- en 3-jaarsaandelen van %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="390"/>
        <source>per 100,000 residents from the officer count and the population</source>
        <translation>per 100.000 inwoners, berekend uit het aantal agenten en de bevolking</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="672"/>
        <source>%1: region %2 has no value, and no fallback, for: %3</source>
        <translation>%1: regio %2 heeft geen waarde, en geen terugvalwaarde, voor: %3</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="696"/>
        <source>%1: region %2 gives a baseline the model cannot use: %3</source>
        <translation>%1: regio %2 levert een uitgangssituatie op die het model niet kan gebruiken: %3</translation>
    </message>
</context>
<context>
    <name>leastbad::data::DatasetProblem</name>
    <message>
        <location filename="../src/data/problem.cpp" line="16"/>
        <source>, line %1</source>
        <translation>, regel %1</translation>
    </message>
    <message>
        <location filename="../src/data/problem.cpp" line="18"/>
        <source>, column %1</source>
        <translation>, kolom %1</translation>
    </message>
</context>
<context>
    <name>leastbad::data::FieldReader</name>
    <message>
        <location filename="../src/data/validationcase.cpp" line="110"/>
        <source>%1: field &quot;%2&quot;: expected %3</source>
        <translation>%1: veld &quot;%2&quot;: verwacht %3</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="113"/>
        <source>%1: field &quot;%2&quot; is missing</source>
        <translation>%1: veld &quot;%2&quot; ontbreekt</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="118"/>
        <source>%1: unknown field &quot;%2&quot; (expected one of: %3)</source>
        <translation>%1: onbekend veld &quot;%2&quot; (verwacht een van: %3)</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="131"/>
        <source>a string of at most 10,000 characters</source>
        <translation>een tekst van hoogstens 10.000 tekens</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="146"/>
        <source>a number from %1 to %2</source>
        <translation>een getal van %1 tot %2</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="161"/>
        <source>a whole number from %1 to %2</source>
        <translation>een geheel getal van %1 tot %2</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="175"/>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="187"/>
        <source>one of: %1</source>
        <translation>een van: %1</translation>
    </message>
</context>
<context>
    <name>leastbad::gui</name>
    <message>
        <location filename="../src/app/veraimportaction.cpp" line="29"/>
        <source>Import Vera Incarceration Trends</source>
        <translation>Vera Incarceration Trends importeren</translation>
    </message>
    <message>
        <location filename="../src/app/veraimportaction.cpp" line="30"/>
        <source>Vera county file (incarceration_trends_county.csv *.csv)</source>
        <translation>Vera-bestand met county&apos;s (incarceration_trends_county.csv *.csv)</translation>
    </message>
    <message>
        <location filename="../src/app/veraimportaction.cpp" line="34"/>
        <source>Write the county dataset</source>
        <translation>De dataset van county&apos;s schrijven</translation>
    </message>
    <message>
        <location filename="../src/app/veraimportaction.cpp" line="35"/>
        <source>LeastBad datasets (*.sqlite)</source>
        <translation>LeastBad-datasets (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../src/app/veraimportaction.cpp" line="41"/>
        <source>Importing %1…</source>
        <translation>%1 importeren…</translation>
    </message>
    <message>
        <location filename="../src/app/veraimportaction.cpp" line="41"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../src/app/veraimportaction.cpp" line="65"/>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <location filename="../src/app/veraimportaction.cpp" line="66"/>
        <source>Nothing was imported</source>
        <translation>Er is niets geïmporteerd</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/veraimportaction.cpp" line="67"/>
        <source>%n problem(s); %1 was not changed.</source>
        <translation>
            <numerusform>%n probleem; %1 is niet gewijzigd.</numerusform>
            <numerusform>%n problemen; %1 is niet gewijzigd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/veraimportaction.cpp" line="78"/>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <location filename="../src/app/veraimportaction.cpp" line="79"/>
        <source>Wrote %1: %2 counties, %3 values, each county under its state (the rest of its inputs come from the state). Vera&apos;s licence forbids passing the file on.

Use it with leastbad-cli, for example: leastbad-cli dataset show --year 2015 %1 TX-48201</source>
        <translation>%1 geschreven: %2 county&apos;s, %3 waarden, elke county onder zijn staat (de rest van de invoer komt van de staat). De licentie van Vera verbiedt het bestand door te geven.

Gebruik het met leastbad-cli, bijvoorbeeld: leastbad-cli dataset show --year 2015 %1 TX-48201</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::AboutDialog</name>
    <message>
        <location filename="../src/app/aboutdialog.cpp" line="17"/>
        <source>&lt;h2&gt;LeastBad %1&lt;/h2&gt;&lt;p&gt;A prison-policy cost-benefit calculator: what each policy does to crime, suffering, life expectancy and money, with its uncertainty and its sources.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;LeastBad %1&lt;/h2&gt;&lt;p&gt;Een kosten-batencalculator voor gevangenisbeleid: wat elk beleid doet met criminaliteit, leed, levensverwachting en geld, met de onzekerheid en de bronnen erbij.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/aboutdialog.cpp" line="22"/>
        <source>&lt;p&gt;&lt;b&gt;Licence&lt;/b&gt;: GNU General Public License, version 3 or later. This program comes with absolutely no warranty.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built with&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (LGPL-3.0 / GPL)&lt;/li&gt;&lt;li&gt;QCustomPlot %2 (GPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite 3 through Qt SQL (public domain)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Honest numbers&lt;/b&gt;: every model parameter and dataset value carries its source or is labelled an assumption. See docs/MODEL.md.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Licentie&lt;/b&gt;: GNU General Public License, versie 3 of later. Dit programma wordt geleverd zonder enige garantie.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gebouwd met&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (LGPL-3.0 / GPL)&lt;/li&gt;&lt;li&gt;QCustomPlot %2 (GPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite 3 via Qt SQL (publiek domein)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Eerlijke cijfers&lt;/b&gt;: elke modelparameter en elke datasetwaarde heeft een bronvermelding of is gemarkeerd als aanname. Zie docs/MODEL.md.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::DecisionPanel</name>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="28"/>
        <source>Weigh the decision</source>
        <translation>Weeg de beslissing</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="43"/>
        <source>draws: </source>
        <translation>trekkingen: </translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="44"/>
        <source>Draws for the decision</source>
        <translation>Trekkingen voor de beslissing</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="48"/>
        <source>Compares the status quo and every policy on the same draws: why each policy has its net value, which option is best and how sure, where each breaks even, and which uncertainty would change the answer.</source>
        <translation>Vergelijkt de status quo en elk beleid op dezelfde trekkingen: waarom elk beleid zijn nettowaarde heeft, welke optie het best is en hoe zeker, waar elk quitte speelt, en welke onzekerheid het antwoord zou veranderen.</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="54"/>
        <source>Nothing weighed yet. Press “Weigh the decision” to compare the status quo and the scenario&apos;s policies.</source>
        <translation>Nog niets gewogen. Druk op “Weeg de beslissing” om de status quo en het beleid van het scenario te vergelijken.</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="60"/>
        <source>Explain the net value of:</source>
        <translation>Verklaar de nettowaarde van:</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="73"/>
        <source>Where each policy&apos;s expected net value against the status quo changes sign, with every other weight as you set it (as the Washington State Institute for Public Policy reports break-even values).</source>
        <translation>Waar de verwachte nettowaarde van elk beleid t.o.v. de status quo van teken wisselt, met alle andere gewichten zoals u ze instelde (zoals het Washington State Institute for Public Policy break-evenwaarden rapporteert).</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="84"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="85"/>
        <source>Which is best</source>
        <translation>Wat is het best</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="86"/>
        <source>Break-even</source>
        <translation>Break-even</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="87"/>
        <source>What would change the answer</source>
        <translation>Wat het antwoord zou veranderen</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="111"/>
        <source>Cancelled: nothing is shown, because a part of the draws decides nothing.</source>
        <translation>Geannuleerd: er wordt niets getoond, want een deel van de trekkingen beslist niets.</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="176"/>
        <source>&lt;b&gt;Out of date — run again.&lt;/b&gt; The region, the policies or the weights changed since the decision was weighed.</source>
        <translation>&lt;b&gt;Verouderd — voer opnieuw uit.&lt;/b&gt; De regio, het beleid of de gewichten zijn veranderd sinds de beslissing werd gewogen.</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="184"/>
        <source>There is no policy to weigh against the status quo: add one first.</source>
        <translation>Er is geen beleid om tegen de status quo af te wegen: voeg er eerst een toe.</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="191"/>
        <source>Simulating %1 options on %2 draws, then weighing them…</source>
        <translation>%1 opties simuleren op %2 trekkingen en ze daarna wegen…</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="228"/>
        <source>Highest expected net value: &lt;b&gt;%1&lt;/b&gt; (%2), the best option in %3 ± %4 of the draws. Knowing every parameter exactly would be worth %5 (EVPI).</source>
        <translation>Hoogste verwachte nettowaarde: &lt;b&gt;%1&lt;/b&gt; (%2), de beste optie in %3 ± %4 van de trekkingen. Elke parameter precies kennen zou %5 waard zijn (EVPI).</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="254"/>
        <source>Policy</source>
        <translation>Beleid</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="254"/>
        <source>Expected net value now</source>
        <translation>Verwachte nettowaarde nu</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="255"/>
        <source>Wellbeing-year value
at break-even</source>
        <translation>Waarde welzijnsjaar
bij break-even</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="255"/>
        <source>Life-year value
at break-even</source>
        <translation>Waarde levensjaar
bij break-even</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="256"/>
        <source>Weight of incarcerated
people at break-even</source>
        <translation>Gewicht gedetineerden
bij break-even</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="273"/>
        <source>n/a: the same as the status quo</source>
        <translation>n.v.t.: gelijk aan de status quo</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="280"/>
        <source>n/a</source>
        <translation>n.v.t.</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::DiagnosticsPanel</name>
    <message>
        <source>&amp;Compute per-unit effects</source>
        <translation type="vanished">&amp;Effecten per eenheid berekenen</translation>
    </message>
    <message>
        <location filename="../src/app/diagnosticspanel.cpp" line="37"/>
        <source>Compute per-&amp;unit effects</source>
        <translation>Bereken effecten per &amp;eenheid</translation>
    </message>
    <message>
        <source>Per-unit effects of the model for the current region and policy A, over %1 draws, beside the published values they can be checked against (docs/MODEL.md, section 11).</source>
        <translation type="vanished">Effecten per eenheid van het model voor de huidige regio en beleid A, over %1 trekkingen, naast de gepubliceerde waarden waarmee ze te controleren zijn (docs/MODEL.md, sectie 11).</translation>
    </message>
    <message>
        <location filename="../src/app/diagnosticspanel.cpp" line="45"/>
        <source>Per-unit effect</source>
        <translation>Effect per eenheid</translation>
    </message>
    <message>
        <location filename="../src/app/diagnosticspanel.cpp" line="45"/>
        <source>Model median</source>
        <translation>Mediaan van het model</translation>
    </message>
    <message>
        <location filename="../src/app/diagnosticspanel.cpp" line="45"/>
        <source>90% interval</source>
        <translation>90%-interval</translation>
    </message>
    <message>
        <location filename="../src/app/diagnosticspanel.cpp" line="45"/>
        <source>Literature</source>
        <translation>Literatuur</translation>
    </message>
    <message>
        <location filename="../src/app/diagnosticspanel.cpp" line="50"/>
        <source>Per-unit effects of the model</source>
        <translation>Effecten per eenheid van het model</translation>
    </message>
    <message>
        <location filename="../src/app/diagnosticspanel.cpp" line="67"/>
        <source>Cancelled: no figures are shown.</source>
        <translation>Geannuleerd: er worden geen cijfers getoond.</translation>
    </message>
    <message>
        <location filename="../src/app/diagnosticspanel.cpp" line="111"/>
        <source>Out of date: the region or the policy changed. Compute again for %1.</source>
        <translation>Verouderd: de regio of het beleid is veranderd. Bereken opnieuw voor %1.</translation>
    </message>
    <message>
        <location filename="../src/app/diagnosticspanel.cpp" line="116"/>
        <source>Per-unit effects of the model for the current region and %1, over %2 draws, beside the published values they can be checked against (docs/MODEL.md, section 11). Select another policy in the list to see its effects.</source>
        <translation>Effecten per eenheid van het model voor de huidige regio en %1, over %2 trekkingen, naast de gepubliceerde waarden waarmee ze te controleren zijn (docs/MODEL.md, sectie 11). Selecteer een ander beleid in de lijst om de effecten daarvan te zien.</translation>
    </message>
    <message>
        <location filename="../src/app/diagnosticspanel.cpp" line="142"/>
        <source>%1, %2: per-unit effects over %3 draws (seed %4). Select another policy in the list to see its effects.</source>
        <translation>%1, %2: effecten per eenheid over %3 trekkingen (seed %4). Selecteer een ander beleid in de lijst om de effecten daarvan te zien.</translation>
    </message>
    <message>
        <source>Out of date: the region or a policy changed. Compute again.</source>
        <translation type="vanished">Verouderd: de regio of een beleid is veranderd. Bereken opnieuw.</translation>
    </message>
    <message>
        <source>%1, policy A: per-unit effects over %2 draws (seed %3).</source>
        <translation type="vanished">%1, beleid A: effecten per eenheid over %2 trekkingen (seed %3).</translation>
    </message>
    <message>
        <location filename="../src/app/diagnosticspanel.cpp" line="161"/>
        <location filename="../src/app/diagnosticspanel.cpp" line="164"/>
        <source>n/a</source>
        <translation>n.v.t.</translation>
    </message>
    <message>
        <location filename="../src/app/diagnosticspanel.cpp" line="163"/>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::ExportController</name>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="43"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="72"/>
        <source>&amp;Chart…</source>
        <translation>&amp;Grafiek…</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="76"/>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Rapport (PDF)…</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="77"/>
        <source>&amp;Print Report…</source>
        <translation>Rapport af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="79"/>
        <source>Res&amp;ults (CSV or JSON)…</source>
        <translation>Res&amp;ultaten (CSV of JSON)…</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="81"/>
        <source>&amp;Everything into a Folder…</source>
        <translation>&amp;Alles in een map…</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="88"/>
        <source>&amp;Export Chart…</source>
        <translation>Grafiek &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="89"/>
        <source>&amp;Copy Chart as Image</source>
        <translation>Grafiek als afbeelding &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="92"/>
        <source>Export &amp;Report (PDF)…</source>
        <translation>&amp;Rapport exporteren (PDF)…</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="101"/>
        <location filename="../src/app/exportcontroller.cpp" line="108"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="108"/>
        <source>An export is already running.</source>
        <translation>Er loopt al een export.</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="128"/>
        <source>Computing the results to export…</source>
        <translation>Bezig met berekenen van de te exporteren resultaten…</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="128"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="152"/>
        <location filename="../src/app/exportcontroller.cpp" line="210"/>
        <location filename="../src/app/exportcontroller.cpp" line="281"/>
        <source>Exported %1</source>
        <translation>%1 geëxporteerd</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="158"/>
        <source>Exported the report to %1</source>
        <translation>Rapport geëxporteerd naar %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/exportcontroller.cpp" line="166"/>
        <source>Exported %n file(s) into %1</source>
        <translation>
            <numerusform>%n bestand geëxporteerd naar %1</numerusform>
            <numerusform>%n bestanden geëxporteerd naar %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="169"/>
        <source>skipped %1</source>
        <translation>overgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="183"/>
        <source>Chart copied to the clipboard</source>
        <translation>Grafiek gekopieerd naar het klembord</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="204"/>
        <source>Export Chart</source>
        <translation>Grafiek exporteren</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="206"/>
        <source>%1 files (*.%2)</source>
        <translation>%1-bestanden (*.%2)</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="233"/>
        <source>Export Report</source>
        <translation>Rapport exporteren</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="234"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="252"/>
        <source>Cannot print to %1</source>
        <translation>Kan niet afdrukken naar %1</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="262"/>
        <source>Report sent to %1</source>
        <translation>Rapport verzonden naar %1</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="267"/>
        <source>The whole result, JSON (*.json)</source>
        <translation>Het volledige resultaat, JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="268"/>
        <source>Against the status quo, CSV (*.csv)</source>
        <translation>Ten opzichte van de status quo, CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="269"/>
        <source>Every output, every year, CSV (*.csv)</source>
        <translation>Elke uitkomst, elk jaar, CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="274"/>
        <source>Export Results</source>
        <translation>Resultaten exporteren</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="286"/>
        <source>Export Everything Into</source>
        <translation>Alles exporteren naar</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::ExportDialog</name>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="27"/>
        <source>Export Chart</source>
        <translation>Grafiek exporteren</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="28"/>
        <source>PNG image</source>
        <translation>PNG-afbeelding</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="29"/>
        <source>SVG (vector)</source>
        <translation>SVG (vector)</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="30"/>
        <source>PDF (vector)</source>
        <translation>PDF (vector)</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="31"/>
        <source>CSV of the chart&apos;s data</source>
        <translation>CSV met de gegevens van de grafiek</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="34"/>
        <source>Custom size</source>
        <translation>Aangepaste grootte</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="37"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="41"/>
        <source>Width</source>
        <translation>Breedte</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="42"/>
        <source>Height</source>
        <translation>Hoogte</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="43"/>
        <source>1× (as sized)</source>
        <translation>1× (zoals ingesteld)</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="44"/>
        <source>2× (sharp on high-density screens)</source>
        <translation>2× (scherp op schermen met hoge resolutie)</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="45"/>
        <source>3× (print)</source>
        <translation>3× (afdrukken)</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="46"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="47"/>
        <source>Subtitle</source>
        <translation>Ondertitel</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="54"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="62"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="63"/>
        <source>&amp;Size:</source>
        <translation>&amp;Grootte:</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="66"/>
        <source>Sc&amp;ale:</source>
        <translation>Sc&amp;haal:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation type="vanished">&amp;Schaal:</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="67"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="68"/>
        <source>Su&amp;btitle:</source>
        <translation>&amp;Ondertitel:</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="70"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="76"/>
        <source>The footer names the region, the assumptions and the sources; it is always on the image.</source>
        <translation>De voettekst vermeldt de regio, de aannames en de bronnen; die staat altijd op de afbeelding.</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::FrontierPanel</name>
    <message>
        <source>&amp;Find the frontier</source>
        <translation type="vanished">Pareto-grens &amp;uitrekenen</translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="28"/>
        <source>Find the fron&amp;tier</source>
        <translation>Zoek het &amp;front</translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="32"/>
        <source>Add the least bad policy</source>
        <translation>Voeg het minst slechte beleid toe</translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="39"/>
        <source>policies: </source>
        <translation>beleidsopties: </translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="40"/>
        <source>Policies to sample</source>
        <translation>Aantal te onderzoeken beleidsopties</translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="43"/>
        <source>draws each: </source>
        <translation>trekkingen per optie: </translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="44"/>
        <source>Draws per policy</source>
        <translation>Trekkingen per beleidsoptie</translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="47"/>
        <source>Adds the policy with the highest expected net value that costs taxpayers no more than today to the list of policies.</source>
        <translation>Voegt het beleid met de hoogste verwachte nettowaarde dat belastingbetalers niet meer kost dan nu toe aan de lijst met beleid.</translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="53"/>
        <source>No frontier yet. Press “Find the frontier” to sample every lever within its range; the policies no other beats appear here on all four objectives.</source>
        <translation>Nog geen front. Druk op “Zoek het front” om elke hefboom binnen zijn bereik te bemonsteren; het beleid dat door geen ander wordt verslagen verschijnt hier op alle vier doelen.</translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="65"/>
        <source>Samples every lever within its range, keeps the policies that no other beats on victimisations, wellbeing-years, life-years and taxpayer cost, and finds the policy with the highest expected net value that costs taxpayers no more than today.</source>
        <translation>Bemonstert elke hefboom binnen zijn bereik, behoudt de beleidsopties die door geen andere worden verslagen op slachtofferschap, welzijnsjaren, levensjaren en kosten voor belastingbetalers, en vindt het beleid met de hoogste verwachte nettowaarde dat belastingbetalers niet meer kost dan nu.</translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="95"/>
        <source>Cancelled: no result is shown, because a partial sweep is not a frontier.</source>
        <translation>Geannuleerd: er wordt geen resultaat getoond, omdat een onvolledige doorzoeking geen Pareto-grens oplevert.</translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="116"/>
        <source>Least bad within today&apos;s budget</source>
        <translation>Minst slecht binnen het huidige budget</translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="154"/>
        <source>&lt;b&gt;Out of date — run again.&lt;/b&gt; The region, the weights or the number of policies or draws changed since this frontier was found.</source>
        <translation>&lt;b&gt;Verouderd — voer opnieuw uit.&lt;/b&gt; De regio, de gewichten of het aantal beleidsopties of trekkingen zijn veranderd sinds deze grens werd gevonden.</translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="190"/>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 policies are on the frontier, shown on all four objectives. Hover a point for its levers; click it to add its policy to your policies (%3 takes it out again).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; van %2 beleidsopties liggen op het front, getoond op alle vier doelen. Wijs een punt aan voor zijn hefbomen; klik erop om zijn beleid aan uw beleidsopties toe te voegen (%3 haalt het weer weg).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Out of date — run again.&lt;/b&gt; The region, the policies or the weights changed since this frontier was found.</source>
        <translation type="vanished">&lt;b&gt;Verouderd — voer opnieuw uit.&lt;/b&gt; De regio, het beleid of de gewichten zijn veranderd sinds deze grens werd gevonden.</translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="171"/>
        <source>Exploring %1 policies…</source>
        <translation>%1 beleidsopties verkennen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 policies are on the frontier, shown on all four objectives. Hover a point for its levers; double-click or right-click it to add its policy to the list.</source>
        <translation type="vanished">&lt;b&gt;%1&lt;/b&gt; van %2 beleidsopties liggen op het front, getoond op alle vier doelen. Wijs een punt aan voor zijn hefbomen; dubbelklik of rechtsklik erop om zijn beleid aan de lijst toe te voegen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 policies are on the frontier (two of its four objectives are shown).</source>
        <translation type="vanished">&lt;b&gt;%1&lt;/b&gt; van de %2 beleidsopties liggen op de Pareto-grens (twee van de vier doelen worden getoond).</translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="198"/>
        <source> Least bad within today&apos;s budget: expected net value &lt;b&gt;%1&lt;/b&gt; (90%: %2 to %3), P(net benefit &gt; 0) %4.</source>
        <translation> Minst slecht binnen het huidige budget: verwachte nettowaarde &lt;b&gt;%1&lt;/b&gt; (90%: %2 tot %3), P(netto baten &gt; 0) %4.</translation>
    </message>
    <message>
        <source> Least bad within today&apos;s budget: expected net value &lt;b&gt;$%1 bn&lt;/b&gt; (90%: %2 to %3), P(net benefit &gt; 0) %4%.</source>
        <translation type="vanished"> Minst slecht binnen het huidige budget: verwachte nettowaarde &lt;b&gt;$%1 mld.&lt;/b&gt; (90%: %2 tot %3), P(netto baten &gt; 0) %4%.</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::HeadlineStrip</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;small&gt;(%2 to %3)&lt;/small&gt;</source>
        <translation type="vanished">&lt;b&gt;%1&lt;/b&gt; &lt;small&gt;(%2 tot %3)&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="100"/>
        <source>Computing…</source>
        <translation>Bezig met berekenen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/headlinestrip.cpp" line="151"/>
        <source>Victimisations averted over %n year(s)</source>
        <translation>
            <numerusform>Voorkomen slachtoffers over %n jaar</numerusform>
            <numerusform>Voorkomen slachtoffers over %n jaar</numerusform>
        </translation>
    </message>
    <message>
        <source>Change in wellbeing-years lost</source>
        <translation type="vanished">Verandering in verloren welzijnsjaren</translation>
    </message>
    <message>
        <source>Change in life-years lost (prison − homicide)</source>
        <translation type="vanished">Verandering in verloren levensjaren (gevangenis − moord en doodslag)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2 &lt;small&gt;± %3 (%4 to %5)&lt;/small&gt;</source>
        <translation type="vanished">&lt;b&gt;%1&lt;/b&gt;%2 &lt;small&gt;± %3 (%4 tot %5)&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="152"/>
        <source>Wellbeing-years saved</source>
        <translation>Gewonnen welzijnsjaren</translation>
    </message>
    <message>
        <source>Life-years saved (homicides averted, less years lost in prison)</source>
        <translation type="vanished">Gewonnen levensjaren (voorkomen doodslag, min verloren jaren in de gevangenis)</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="156"/>
        <source>Change in taxpayers&apos; cost (discounted)</source>
        <translation>Verandering in kosten voor belastingbetalers (verdisconteerd)</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="158"/>
        <source>Net social value (your weights)</source>
        <translation>Maatschappelijke nettowaarde (uw gewichten)</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="159"/>
        <source>P(net benefit &gt; 0)</source>
        <translation>P(netto baten &gt; 0)</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="110"/>
        <source>n/a</source>
        <translation>n.v.t.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2 &lt;small&gt;± %3 (median %4; %5 to %6)&lt;/small&gt;</source>
        <translation type="vanished">&lt;b&gt;%1&lt;/b&gt;%2 &lt;small&gt;± %3 (mediaan %4; %5 tot %6)&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="80"/>
        <source>Average a year</source>
        <translation>Gemiddeld per jaar</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="98"/>
        <source>Show each total over the horizon as its average a year</source>
        <translation>Toon elk totaal over de horizon als gemiddelde per jaar</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;small&gt;± %2&lt;/small&gt;</source>
        <translation type="vanished">&lt;b&gt;%1&lt;/b&gt; &lt;small&gt;± %2&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="68"/>
        <source>± %1 (median %2; %3 to %4)</source>
        <translation>± %1 (mediaan %2; %3 tot %4)</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="127"/>
        <location filename="../src/app/headlinestrip.cpp" line="129"/>
        <source>± %1</source>
        <translation>± %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/headlinestrip.cpp" line="150"/>
        <source>Victimisations averted a year (average of %n year(s))</source>
        <translation>
            <numerusform>Voorkomen slachtoffers per jaar (gemiddelde van %n jaar)</numerusform>
            <numerusform>Voorkomen slachtoffers per jaar (gemiddelde van %n jaar)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="152"/>
        <source>Wellbeing-years saved a year</source>
        <translation>Gewonnen welzijnsjaren per jaar</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="153"/>
        <source>Life-years saved a year (net of years lost in prison)</source>
        <translation>Gewonnen levensjaren per jaar (min jaren verloren in de gevangenis)</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="154"/>
        <source>Life-years saved (net of years lost in prison)</source>
        <translation>Gewonnen levensjaren (min jaren verloren in de gevangenis)</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="155"/>
        <source>Change in taxpayers&apos; cost a year (discounted)</source>
        <translation>Verandering in kosten voor belastingbetalers per jaar (verdisconteerd)</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="157"/>
        <source>Net social value a year (your weights)</source>
        <translation>Maatschappelijke nettowaarde per jaar (uw gewichten)</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="160"/>
        <source>P(best of the options compared)</source>
        <translation>P(beste van de vergeleken opties)</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="184"/>
        <source>%1: the status quo, so there is no effect to estimate (n/a).</source>
        <translation>%1: de huidige situatie, dus er is geen effect te schatten (n.v.t.).</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="188"/>
        <source>On net social value, %1 beats %2 in &lt;b&gt;%3&lt;/b&gt; of %4 draws and loses in %5 (ties: %6).</source>
        <translation>Op netto maatschappelijke waarde wint %1 van %2 in &lt;b&gt;%3&lt;/b&gt; van %4 trekkingen en verliest in %5 (gelijk: %6).</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="198"/>
        <source>The status quo is the best option in %1 of the draws.</source>
        <translation>De status quo is de beste optie in %1 van de trekkingen.</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="201"/>
        <source>Each figure: mean ± its Monte Carlo standard error, rounded to the digits that error allows, its median and the 90% interval in brackets.%1</source>
        <translation>Elk cijfer: gemiddelde ± de Monte-Carlo-standaardfout, afgerond op de cijfers die die fout toelaat, met tussen haakjes de mediaan en het 90%-interval.%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1: the status quo, so there is no effect to estimate (n/a).&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;%1: de huidige situatie, dus er is geen effect te schatten (n.v.t.).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;On net social value, %1 beats %2 in &lt;b&gt;%3&lt;/b&gt; of %4 draws and loses in %5 (ties: %6).&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;Op netto maatschappelijke waarde wint %1 van %2 in &lt;b&gt;%3&lt;/b&gt; van %4 trekkingen en verliest in %5 (gelijk: %6).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The status quo is the best option in %1 of the draws.&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;De status quo is de beste optie in %1 van de trekkingen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Each figure: mean ± its Monte Carlo standard error, rounded to the digits that error allows, and the 90% interval in brackets.%1&lt;/small&gt;&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;&lt;small&gt;Elk cijfer: gemiddelde ± de Monte-Carlo-standaardfout, afgerond op de cijfers die die fout toelaat, en tussen haakjes het 90%-interval.%1&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="203"/>
        <source> * cannot be distinguished from zero at these draws.</source>
        <translation> * niet van nul te onderscheiden bij deze trekkingen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;On net social value, %1 beats %2 in &lt;b&gt;%3&lt;/b&gt; of %4 draws and loses in %5 (ties: %6). 90% intervals in brackets.&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;Op maatschappelijke nettowaarde wint %1 van %2 in &lt;b&gt;%3&lt;/b&gt; van de %4 trekkingen en verliest in %5 (gelijkspel: %6). 90%-intervallen tussen haakjes.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::HeadlineTable</name>
    <message>
        <location filename="../src/app/headlinetable.cpp" line="38"/>
        <source>Headline figures</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <location filename="../src/app/headlinetable.cpp" line="244"/>
        <source>Copy the Table</source>
        <translation>Tabel kopiëren</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::JobBar</name>
    <message>
        <source>&amp;Cancel</source>
        <translation type="vanished">&amp;Annuleren</translation>
    </message>
    <message>
        <location filename="../src/app/backgroundjob.cpp" line="51"/>
        <source>Ca&amp;ncel</source>
        <translation>Ann&amp;uleren</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::LeverPanel</name>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="163"/>
        <source>%1 &lt;span style=&apos;color:gray&apos;&gt;(%2)&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&apos;color:gray&apos;&gt;(%2)&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="166"/>
        <source>%1
Range %2 to %3 %4. The mark under the slider is the region&apos;s status quo.</source>
        <translation>%1
Bereik %2 tot en met %3 %4. De markering onder de schuifregelaar is de status quo van de regio.</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="224"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="225"/>
        <source>%1: %2 value</source>
        <translation>%1: waarde van %2</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="186"/>
        <location filename="../src/app/leverpanel.cpp" line="259"/>
        <source>What&apos;s the evidence?</source>
        <translation>Wat is de onderbouwing?</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="120"/>
        <source>Sentencing</source>
        <translation>Straffen</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="122"/>
        <source>Conditions and contact</source>
        <translation>Omstandigheden en contact</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="124"/>
        <source>Reentry</source>
        <translation>Terugkeer in de samenleving</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="126"/>
        <source>Policing</source>
        <translation>Politie</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="128"/>
        <source>Pretrial detention</source>
        <translation>Voorlopige hechtenis</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="130"/>
        <source>Capacity and facilities</source>
        <translation>Capaciteit en inrichtingen</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="187"/>
        <source>What&apos;s the evidence for %1?</source>
        <translation>Wat is de onderbouwing voor %1?</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="240"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;The model acts through these parameters (Help &gt; How the Model Works):&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Het model werkt via deze parameters (Help &gt; Hoe het model werkt):&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;The model acts through these parameters (docs/MODEL.md):&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Het model werkt via deze parameters (docs/MODEL.md):&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="246"/>
        <source>parameter</source>
        <translation>parameter</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="246"/>
        <source>central</source>
        <translation>centraal</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="246"/>
        <source>evidence</source>
        <translation>onderbouwing</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="246"/>
        <source>source</source>
        <translation>bron</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::MainWindow</name>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="128"/>
        <source>&amp;Over time</source>
        <translation>&amp;Tijdsverloop</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="128"/>
        <source>&amp;Who gains, who pays</source>
        <translation>Wie w&amp;int, wie betaalt</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="129"/>
        <source>&amp;Net value</source>
        <translation>&amp;Nettowaarde</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="129"/>
        <source>&amp;Tornado</source>
        <translation>Tornadodiagra&amp;m</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="130"/>
        <source>&amp;Frontier</source>
        <translation>&amp;Pareto-grens</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="130"/>
        <source>&amp;Regions</source>
        <translation>Regio&apos;&amp;s</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="131"/>
        <source>Per &amp;unit</source>
        <translation>Per &amp;eenheid</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="132"/>
        <source>&amp;Chart</source>
        <translation>&amp;Grafiek</translation>
    </message>
    <message>
        <source>Policy A</source>
        <translation type="vanished">Beleid A</translation>
    </message>
    <message>
        <source>Policy B</source>
        <translation type="vanished">Beleid B</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="550"/>
        <source>Reset to status quo</source>
        <translation>Terugzetten naar status quo</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="184"/>
        <source>At most %1 draws: %2 was taken as %1.</source>
        <translation>Hoogstens %1 trekkingen: %2 werd %1.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="131"/>
        <source>&amp;Decision</source>
        <translation>&amp;Beslissing</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="255"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="256"/>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw uitvoeren</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="279"/>
        <source>Open Scenario</source>
        <translation>Scenario openen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="280"/>
        <source>LeastBad scenarios (*.leastbad);;Policy files (*.json)</source>
        <translation>LeastBad-scenario&apos;s (*.leastbad);;Beleidsbestanden (*.json)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="307"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="309"/>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="316"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="317"/>
        <source>The language changes when LeastBad starts again.</source>
        <translation>De taal verandert wanneer LeastBad opnieuw wordt gestart.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="320"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="322"/>
        <source>Follow the system</source>
        <translation>Systeem volgen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="323"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="324"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="345"/>
        <source>Validation: the model against published natural experiments and history</source>
        <translation>Validatie: het model tegenover gepubliceerde natuurlijke experimenten en de geschiedenis</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="374"/>
        <source>%1 (US state)</source>
        <translation>%1 (Amerikaanse staat)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="383"/>
        <source>Latest data</source>
        <translation>Nieuwste gegevens</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="385"/>
        <source>As of %1</source>
        <translation>Per %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="392"/>
        <source>Cannot use this year</source>
        <translation>Dit jaar kan niet worden gebruikt</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="402"/>
        <source>Cannot use this region</source>
        <translation>Deze regio kan niet worden gebruikt</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="445"/>
        <source>As of %1. </source>
        <translation>Per %1. </translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="446"/>
        <source>As of %1 (%2 inputs have no value that early: their earliest is used). </source>
        <translation>Per %1 (%2 invoerwaarden hebben geen waarde die zo vroeg is: hun vroegste wordt gebruikt). </translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="452"/>
        <source>Data year %1. Of %2 inputs: %3 fallback from a parent region, &lt;b&gt;%4 assumed&lt;/b&gt; from the United States, %5 derived. &lt;a href=&quot;#&quot;&gt;Details&lt;/a&gt;</source>
        <translation>Gegevensjaar %1. Van de %2 invoerwaarden: %3 terugvalwaarde van een bovenliggende regio, &lt;b&gt;%4 aangenomen&lt;/b&gt; van de Verenigde Staten, %5 afgeleid. &lt;a href=&quot;#&quot;&gt;Details&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="463"/>
        <source>Borrowed: %1</source>
        <translation>Overgenomen: %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="495"/>
        <source>As of %1: each input takes its latest value at or before %1; a year marked * has no earlier value, so its earliest is used.</source>
        <translation>Per %1: elke invoer neemt zijn laatste waarde in of vóór %1; bij een jaar met * is er geen eerdere waarde, dus wordt de vroegste gebruikt.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="508"/>
        <source>Published figures the model does not take as inputs</source>
        <translation>Gepubliceerde cijfers die het model niet als invoer gebruikt</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="511"/>
        <source>own</source>
        <translation>eigen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="512"/>
        <source>fallback: %1</source>
        <translation>terugvalwaarde: %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="514"/>
        <source>&lt;b&gt;assumption: %1 value&lt;/b&gt;</source>
        <translation>&lt;b&gt;aanname: %1-waarde&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="515"/>
        <source>derived</source>
        <translation>afgeleid</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="527"/>
        <source>Inputs for %1</source>
        <translation>Invoerwaarden voor %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="593"/>
        <source>Added “%1” to your policies; %2 takes it out again.</source>
        <translation>“%1” is aan uw beleidsopties toegevoegd; %2 haalt het weer weg.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="610"/>
        <source>Status quo</source>
        <translation>Status quo</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="611"/>
        <source>Levers of %1</source>
        <translation>Hefbomen van %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="612"/>
        <source>The status quo&apos;s levers (read-only)</source>
        <translation>Hefbomen van de status quo (alleen lezen)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="659"/>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="660"/>
        <source>%1[*] — %2 — LeastBad</source>
        <translation>%1[*] — %2 — LeastBad</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="695"/>
        <source>%1: %2 draws in %3 ms</source>
        <translation>%1: %2 trekkingen in %3 ms</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="717"/>
        <source>Cannot open</source>
        <translation>Kan niet openen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="719"/>
        <source>Opened with warnings</source>
        <translation>Geopend met waarschuwingen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="725"/>
        <source>Policy files (*.json)</source>
        <translation>Beleidsbestanden (*.json)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="725"/>
        <source>Load Policy File</source>
        <translation>Beleidsbestand laden</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="730"/>
        <source>Cannot load policy</source>
        <translation>Kan beleid niet laden</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="741"/>
        <location filename="../src/app/mainwindow.cpp" line="767"/>
        <source>Cannot save</source>
        <translation>Kan niet opslaan</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="744"/>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="759"/>
        <source>Save Scenario</source>
        <translation>Scenario opslaan</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="760"/>
        <source>LeastBad scenarios (*.leastbad)</source>
        <translation>LeastBad-scenario&apos;s (*.leastbad)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="778"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="778"/>
        <source>The scenario has changes that are not saved. Save them?</source>
        <translation>Het scenario bevat wijzigingen die niet zijn opgeslagen. Wilt u ze opslaan?</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="860"/>
        <source>LeastBad user guide</source>
        <translation>Gebruikershandleiding van LeastBad</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="342"/>
        <source>How the model works</source>
        <translation>Hoe het model werkt</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::PolicyList</name>
    <message>
        <location filename="../src/app/policylist.cpp" line="45"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../src/app/policylist.cpp" line="45"/>
        <source>Add a policy at the status quo</source>
        <translation>Een beleid toevoegen op de status quo</translation>
    </message>
    <message>
        <location filename="../src/app/policylist.cpp" line="46"/>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <location filename="../src/app/policylist.cpp" line="46"/>
        <source>Add a copy of the selected policy</source>
        <translation>Een kopie van het geselecteerde beleid toevoegen</translation>
    </message>
    <message>
        <location filename="../src/app/policylist.cpp" line="47"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../src/app/policylist.cpp" line="47"/>
        <source>Remove the selected policy</source>
        <translation>Het geselecteerde beleid verwijderen</translation>
    </message>
    <message>
        <location filename="../src/app/policylist.cpp" line="48"/>
        <source>Move the selected policy up</source>
        <translation>Het geselecteerde beleid omhoog</translation>
    </message>
    <message>
        <location filename="../src/app/policylist.cpp" line="49"/>
        <source>Move the selected policy down</source>
        <translation>Het geselecteerde beleid omlaag</translation>
    </message>
    <message>
        <location filename="../src/app/policylist.cpp" line="50"/>
        <source>Policies compared</source>
        <translation>Vergeleken beleid</translation>
    </message>
    <message>
        <location filename="../src/app/policylist.cpp" line="52"/>
        <source>Select a policy to edit its levers; double-click to rename it</source>
        <translation>Kies een beleid om de hefbomen te bewerken; dubbelklik om het te hernoemen</translation>
    </message>
    <message>
        <location filename="../src/app/policylist.cpp" line="139"/>
        <source>Status quo (read-only)</source>
        <translation>Status quo (alleen lezen)</translation>
    </message>
    <message>
        <location filename="../src/app/policylist.cpp" line="140"/>
        <source>The region as it is: every policy is compared with it</source>
        <translation>De regio zoals ze is: elk beleid wordt ermee vergeleken</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::RegionsPanel</name>
    <message>
        <source>&amp;Apply policy A to every region</source>
        <translation type="vanished">Beleid A op elke regio toe&amp;passen</translation>
    </message>
    <message>
        <source>Apply &amp;policy A to every region</source>
        <translation type="vanished">Pas beleid A toe op elke re&amp;gio</translation>
    </message>
    <message>
        <source>Policy A is applied to each region as a change from that region&apos;s own status quo (docs/MODEL.md 10.8), on the same %1 draws, and the regions are ranked by net social value per resident.</source>
        <translation type="vanished">Beleid A wordt op elke regio toegepast als verandering ten opzichte van de eigen status quo van die regio (docs/MODEL.md 10.8), met dezelfde %1 trekkingen, en de regio&apos;s worden gerangschikt naar maatschappelijke nettowaarde per inwoner.</translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="50"/>
        <source>Apply the selected &amp;policy to every region</source>
        <translation>Pas het geselecteerde beleid toe op elke re&amp;gio</translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="58"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="58"/>
        <source>Net value per resident</source>
        <translation>Nettowaarde per inwoner</translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="59"/>
        <source>Net value (mean)</source>
        <translation>Nettowaarde (gemiddelde)</translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="59"/>
        <source>90% interval</source>
        <translation>90%-interval</translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="59"/>
        <source>P(&gt; 0)</source>
        <translation>P(&gt; 0)</translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="62"/>
        <source>Regions ranked by net value per resident</source>
        <translation>Regio&apos;s gerangschikt naar nettowaarde per inwoner</translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="88"/>
        <source>Cancelled: no ranking is shown.</source>
        <translation>Geannuleerd: er wordt geen rangschikking getoond.</translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="122"/>
        <source>“%1” is applied to each region as a change from that region&apos;s own status quo (docs/MODEL.md 10.8), on the same %2 draws, and the regions are ranked by net social value per resident. Select another policy in the list to rank that one.</source>
        <translation>“%1” wordt op elke regio toegepast als verandering ten opzichte van de eigen status quo van die regio (docs/MODEL.md 10.8), met dezelfde %2 trekkingen, en de regio&apos;s worden gerangschikt naar maatschappelijke nettowaarde per inwoner. Selecteer een ander beleid in de lijst om dat te rangschikken.</translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="162"/>
        <source>Out of date — run again. The region, the policy ranked or the weights changed since these regions were ranked.</source>
        <translation>Verouderd — voer opnieuw uit. De regio, het gerangschikte beleid of de gewichten zijn veranderd sinds deze regio&apos;s werden gerangschikt.</translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="173"/>
        <source>“%1” is the status quo: it changes nothing in any region, so there is nothing to rank. Move one of its levers first.</source>
        <translation>“%1” is de status quo: het verandert in geen enkele regio iets, dus er valt niets te rangschikken. Verschuif eerst een van zijn hefbomen.</translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="219"/>
        <source>Net social value per resident of “%1” in each region (blue: gains; vermillion: losses; deeper = larger). Regions with many borrowed inputs (see Region) are less reliable. Select another policy in the list to rank that one.</source>
        <translation>Maatschappelijke nettowaarde per inwoner van “%1” in elke regio (blauw: winst; vermiljoen: verlies; dieper = groter). Regio&apos;s met veel overgenomen invoerwaarden (zie Regio) zijn minder betrouwbaar. Selecteer een ander beleid in de lijst om dat te rangschikken.</translation>
    </message>
    <message>
        <source>Out of date — run again. The region, policy A or the weights changed since these regions were ranked.</source>
        <translation type="vanished">Verouderd — voer opnieuw uit. De regio, beleid A of de gewichten zijn veranderd sinds deze regio&apos;s werden gerangschikt.</translation>
    </message>
    <message>
        <source>Policy A is the status quo: it changes nothing in any region, so there is nothing to rank. Move a lever of policy A first.</source>
        <translation type="vanished">Beleid A is de status quo: het verandert in geen enkele regio iets, dus er valt niets te rangschikken. Verschuif eerst een hefboom van beleid A.</translation>
    </message>
    <message>
        <source>Net social value per resident of policy A in each region (blue: gains; vermillion: losses; deeper = larger). Regions with many borrowed inputs (see Region) are less reliable.</source>
        <translation type="vanished">Maatschappelijke nettowaarde per inwoner van beleid A in elke regio (blauw: winst; vermiljoen: verlies; dieper = groter). Regio&apos;s met veel overgenomen invoerwaarden (zie Regio) zijn minder betrouwbaar.</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::ScenarioDocument</name>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="91"/>
        <location filename="../src/app/scenariodocument.cpp" line="238"/>
        <source>Policy A</source>
        <translation>Beleid A</translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="91"/>
        <source>Policy B</source>
        <translation>Beleid B</translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="114"/>
        <source>Change moral weights</source>
        <translation>wijziging van morele gewichten</translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="120"/>
        <source>Change draws</source>
        <translation>wijziging van aantal trekkingen</translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="127"/>
        <source>Reset %1 to the status quo</source>
        <translation>terugzetten van %1 naar de status quo</translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="136"/>
        <source>Load %1</source>
        <translation>laden van %1</translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="148"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="161"/>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="174"/>
        <source>Remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="182"/>
        <source>Move %1</source>
        <translation>%1 verplaatsen</translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="191"/>
        <source>Rename %1 to %2</source>
        <translation>%1 hernoemen tot %2</translation>
    </message>
    <message>
        <source>Copy %1 to %2</source>
        <translation type="vanished">kopiëren van %1 naar %2</translation>
    </message>
    <message>
        <source>Swap %1 and %2</source>
        <translation type="vanished">Wissel %1 en %2</translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="214"/>
        <source>Change region to %1</source>
        <translation>wisselen naar regio %1</translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="215"/>
        <source>Use data as of %1</source>
        <translation>Gegevens per %1 gebruiken</translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="216"/>
        <source>Use the latest data</source>
        <translation>De nieuwste gegevens gebruiken</translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="149"/>
        <location filename="../src/app/scenariodocument.cpp" line="150"/>
        <source>Policy %1</source>
        <translation>Beleid %1</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::WeightsPanel</name>
    <message>
        <source>What a year of wellbeing (a QALY) is worth to you. Default $150,000: health-technology thresholds of $100,000-150,000 per QALY (recalled; evidence.md 11).</source>
        <translation type="vanished">Wat een jaar welzijn (een QALY) u waard is. Standaard $150.000: drempelwaarden voor gezondheidstechnologie van $100.000-150.000 per QALY (uit het geheugen; evidence.md 11).</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="80"/>
        <source>What a year of life is worth. Default: the same as a wellbeing-year.</source>
        <translation>Wat een levensjaar waard is. Standaard: hetzelfde als een welzijnsjaar.</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="82"/>
        <source>Weight of incarcerated people&apos;s wellbeing and life-years.</source>
        <translation>Gewicht van het welzijn en de levensjaren van gedetineerden.</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="84"/>
        <source>Weight of victims&apos; wellbeing and life-years.</source>
        <translation>Gewicht van het welzijn en de levensjaren van slachtoffers.</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="86"/>
        <source>Weight of prisoners&apos; children&apos;s wellbeing.</source>
        <translation>Gewicht van het welzijn van de kinderen van gedetineerden.</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="76"/>
        <source>What a year of wellbeing (a QALY) is worth to you. Default $150,000: the top of the $100,000-150,000 per QALY at which ICER sets its price benchmarks for health technologies in the US (as others summarise it; see docs/MODEL.md 10.5).</source>
        <translation>Wat een jaar welzijn (een QALY) u waard is. Standaard $150.000: de bovenkant van de $100.000-150.000 per QALY waarop ICER zijn prijsmaatstaven voor gezondheidstechnologie in de VS legt (zoals anderen het samenvatten; zie docs/MODEL.md 10.5).</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="89"/>
        <source>Discount rate per year. Default 3%: the lower of the two real rates (3% and 7%) of OMB Circular A-4 (2003); its 2023 revision lowers the default to 2%.</source>
        <translation>Disconteringsvoet per jaar. Standaard 3%: de laagste van de twee reële voeten (3% en 7%) van OMB Circular A-4 (2003); de herziening van 2023 verlaagt de standaard naar 2%.</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="93"/>
        <source>Excess burden of taxation: each tax dollar costs society this much more. Default 25% (OMB practice, as described by Conover 2010); 0 turns it off.</source>
        <translation>Belastingverlies: elke belastingdollar kost de samenleving zoveel meer. Standaard 25% (OMB-praktijk, zoals beschreven door Conover 2010); 0 zet het uit.</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="97"/>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="101"/>
        <source>Draws</source>
        <translation>Trekkingen</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="107"/>
        <source>Monte Carlo draws. More draws, steadier numbers, slower updates.</source>
        <translation>Monte Carlo-trekkingen. Meer trekkingen: stabielere cijfers, tragere updates.</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="108"/>
        <source>$ per &amp;wellbeing-year</source>
        <translation>$ per welzijns&amp;jaar</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="109"/>
        <source>$ per &amp;life-year</source>
        <translation>$ per &amp;levensjaar</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="110"/>
        <source>Weight: &amp;incarcerated</source>
        <translation>Gewicht: gedeti&amp;neerden</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="111"/>
        <source>Weight: vi&amp;ctims</source>
        <translation>Gewicht: sla&amp;chtoffers</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="112"/>
        <source>Weight: f&amp;amilies</source>
        <translation>Gewicht: gez&amp;innen</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="115"/>
        <source>Hori&amp;zon</source>
        <translation>Hori&amp;zon</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="116"/>
        <source>Draw&amp;s</source>
        <translation>&amp;Trekkingen</translation>
    </message>
    <message>
        <source>Weight: &amp;victims</source>
        <translation type="vanished">Gewicht: slachto&amp;ffers</translation>
    </message>
    <message>
        <source>Weight: &amp;families</source>
        <translation type="vanished">Gewicht: ge&amp;zinnen</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="113"/>
        <source>&amp;Discount rate</source>
        <translation>Disconterings&amp;voet</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="114"/>
        <source>E&amp;xcess burden</source>
        <translation>Bel&amp;astingverlies</translation>
    </message>
    <message>
        <source>&amp;Horizon</source>
        <translation type="vanished">H&amp;orizon</translation>
    </message>
    <message>
        <source>D&amp;raws</source>
        <translation type="vanished">Trek&amp;kingen</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::WelcomeDialog</name>
    <message>
        <location filename="../src/app/welcomedialog.cpp" line="24"/>
        <source>Show this when LeastBad &amp;starts</source>
        <translation>Toon dit &amp;bij het starten van LeastBad</translation>
    </message>
    <message>
        <location filename="../src/app/welcomedialog.cpp" line="26"/>
        <source>Welcome to LeastBad</source>
        <translation>Welkom bij LeastBad</translation>
    </message>
    <message>
        <location filename="../src/app/welcomedialog.cpp" line="29"/>
        <source>&lt;h3&gt;Welcome to LeastBad&lt;/h3&gt;&lt;p&gt;Move the levers of two prison policies, A and B, and see what each does to crime, suffering, life-years and money against the region&apos;s status quo, with the uncertainty of every figure.&lt;/p&gt;&lt;p&gt;Start from an example, or close this and move the sliders on the right.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Welkom bij LeastBad&lt;/h3&gt;&lt;p&gt;Verschuif de hefbomen van twee gevangenisbeleiden, A en B, en zie wat elk doet met criminaliteit, leed, levensjaren en geld ten opzichte van de huidige situatie in de regio, met de onzekerheid van elk cijfer.&lt;/p&gt;&lt;p&gt;Begin met een voorbeeld, of sluit dit en verschuif de schuifjes rechts.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/welcomedialog.cpp" line="48"/>
        <source>Read the &amp;user guide</source>
        <translation>Lees de &amp;gebruikershandleiding</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="26"/>
        <source>Prison-policy cost-benefit calculator</source>
        <translation>Kosten-batencalculator voor gevangenisbeleid</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="31"/>
        <source>Language: en, nl or es (default: the system&apos;s).</source>
        <translation>Taal: en, nl of es (standaard: die van het systeem).</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="35"/>
        <source>A scenario (.leastbad) to open, or a policy file (.json) to load into policy A.</source>
        <translation>Een scenario (.leastbad) om te openen, of een beleidsbestand (.json) om in beleid A te laden.</translation>
    </message>
</context>
</TS>
