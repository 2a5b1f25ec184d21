<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.ui" line="9"/>
        <source>About LeastBad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommonParser</name>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="53"/>
        <source>Dataset file (.sqlite; default: the embedded default dataset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="54"/>
        <source>DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="57"/>
        <source>Region code (default: US; leastbad-cli dataset list shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="58"/>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="61"/>
        <source>Policy file (.json); repeat to compare several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="61"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="63"/>
        <source>Monte Carlo draws (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="64"/>
        <location filename="../src/cli/commonoptions.cpp" line="67"/>
        <location filename="../src/cli/commonoptions.cpp" line="68"/>
        <location filename="../src/cli/commonoptions.cpp" line="75"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="66"/>
        <source>Random seed; the same seed gives the same result (default: 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="68"/>
        <source>Threads (default: 0 = all cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="74"/>
        <source>Horizon in years, 1 to %1 (default: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="77"/>
        <source>Discount rate per year (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="78"/>
        <source>RATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="81"/>
        <source>Dollars per wellbeing-year (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="82"/>
        <location filename="../src/cli/commonoptions.cpp" line="85"/>
        <source>USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="85"/>
        <source>Dollars per life-year (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="88"/>
        <source>Weight of incarcerated people&apos;s wellbeing (default: 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="89"/>
        <location filename="../src/cli/commonoptions.cpp" line="91"/>
        <location filename="../src/cli/commonoptions.cpp" line="93"/>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="90"/>
        <source>Weight of victims&apos; wellbeing (default: 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="93"/>
        <source>Weight of families&apos; wellbeing (default: 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="97"/>
        <source>Output format: table, csv or json (default: table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="98"/>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="159"/>
        <source>--format: expected table, csv or json, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="37"/>
        <source>victimisations averted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="39"/>
        <source>change in homicides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="41"/>
        <source>change in prisoner-years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="43"/>
        <source>change in wellbeing-years lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="45"/>
        <source>change in life-years lost in prison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="47"/>
        <source>life-years saved (homicides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="49"/>
        <source>change in taxpayer cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="9"/>
        <source>LeastBad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="24"/>
        <source>&amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="30"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="44"/>
        <source>Moral &amp;weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="71"/>
        <source>&amp;Show over time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="77"/>
        <source>Output shown over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="89"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="111"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="115"/>
        <source>Open E&amp;xample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="119"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="132"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="140"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="145"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="157"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="158"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="159"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="160"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="161"/>
        <source>Load Policy File into &amp;A…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="162"/>
        <source>Load Policy File into &amp;B…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="163"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="164"/>
        <source>&amp;Copy Chart as Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="165"/>
        <source>Reset A to the Status Quo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="166"/>
        <source>Reset B to the Status Quo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="167"/>
        <source>Copy A to B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="168"/>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="172"/>
        <source>Show &amp;Status Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="174"/>
        <source>How the &amp;Model Works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="175"/>
        <source>&amp;About LeastBad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="176"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/app/charts.cpp" line="33"/>
        <source>trillion USD 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="34"/>
        <source>billion USD 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="36"/>
        <source>millions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="38"/>
        <source>thousands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="44"/>
        <source>Change %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="21"/>
        <location filename="../src/app/regionspanel.cpp" line="35"/>
        <source> bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="23"/>
        <location filename="../src/app/regionspanel.cpp" line="37"/>
        <source> M</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leastbad::cli</name>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="36"/>
        <source>--%1: expected a number from %2 to %3, got &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="169"/>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="64"/>
        <source>%1: %2 draws (seed %3), %4 years, discount rate %5%, %6 per wellbeing-year, %7 per life-year, weights: incarcerated %8, victims %9, families %10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="77"/>
        <source>Against the status quo; totals over the horizon, money discounted; mean (90% interval).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="83"/>
        <source>net social value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="85"/>
        <source>P(net benefit &gt; 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="87"/>
        <source>taxpayers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="89"/>
        <source>victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="91"/>
        <source>incarcerated people and families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="101"/>
        <source>P(first beats second) on net social value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="106"/>
        <source> vs </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="108"/>
        <source> (ties %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="232"/>
        <source>Compare policies with the status quo and with each other under uncertainty: net social value by ledger, P(net benefit &gt; 0) and P(A beats B), on common random numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="238"/>
        <source>With --format json: add every draw (parameters and each policy&apos;s totals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="248"/>
        <source>--policy: give at least one policy file to compare with the status quo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="252"/>
        <location filename="../src/cli/simulatecommand.cpp" line="48"/>
        <source>Status quo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="255"/>
        <source>Policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="260"/>
        <location filename="../src/cli/regionscommand.cpp" line="57"/>
        <location filename="../src/cli/sensitivitycommand.cpp" line="49"/>
        <source>simulating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="266"/>
        <location filename="../src/cli/frontiercommand.cpp" line="174"/>
        <location filename="../src/cli/regionscommand.cpp" line="100"/>
        <location filename="../src/cli/sensitivitycommand.cpp" line="96"/>
        <location filename="../src/cli/simulatecommand.cpp" line="64"/>
        <source>cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="25"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/datasetcommand.cpp" line="44"/>
        <source>%n problem(s); nothing was written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="52"/>
        <source>own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="54"/>
        <source>fallback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="56"/>
        <source>assumption: %1 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="58"/>
        <source>derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="69"/>
        <source>%1: %2 regions, %3 values, %4 sources (schema version %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/datasetcommand.cpp" line="79"/>
        <source>%n value(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="92"/>
        <source>), data year %1, money in %2 US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="96"/>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="96"/>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="97"/>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="97"/>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="97"/>
        <source>model value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="98"/>
        <source>origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="98"/>
        <source>evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="98"/>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="116"/>
        <source>%1: valid (%2 values, %3 regions, %4 sources)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="133"/>
        <source>%1: valid (%2 regions, %3 values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="147"/>
        <source>Dataset file to import into (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="147"/>
        <source>DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="148"/>
        <source>Folder to export the CSV files to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="149"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="150"/>
        <source>Sources CSV for an import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="151"/>
        <location filename="../src/cli/datasetcommand.cpp" line="153"/>
        <location filename="../src/cli/datasetcommand.cpp" line="155"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="152"/>
        <source>Regions CSV for an import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="155"/>
        <source>Parameter overrides CSV for an import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="158"/>
        <source>list, show, validate, import or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="183"/>
        <source>import: --into: name the dataset file to import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="194"/>
        <source>imported %1 values, %2 regions and %3 sources into %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="204"/>
        <source>export: --to: name the folder to write the CSV files to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="211"/>
        <source>exported %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="216"/>
        <source>unknown or incomplete subcommand &quot;%1&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="56"/>
        <source>no sampled policy met the budget cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="59"/>
        <source>net social value: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="59"/>
        <location filename="../src/cli/regionscommand.cpp" line="96"/>
        <source>, P(&gt; 0) </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="61"/>
        <source>extra taxpayer cost (discounted): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="63"/>
        <source>levers changed from the status quo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="78"/>
        <source>Sweep the policy space (Sobol points over every lever), keep the policies no other beats on victimisations, wellbeing-years, life-years and taxpayer cost, and find the policy with the highest expected net value under a budget cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="85"/>
        <source>Candidate policies (default: 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="85"/>
        <location filename="../src/cli/simulatecommand.cpp" line="28"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="88"/>
        <source>Most a policy may add to taxpayers&apos; discounted cost, in USD, or &quot;none&quot; (default: 0, no more than today&apos;s budget).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="91"/>
        <source>USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="103"/>
        <source>--samples: expected a whole number from 1 to 10000000, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="110"/>
        <source>--budget-cap: expected an amount in USD or &quot;none&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="119"/>
        <source>exploring %1 policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="156"/>
        <source>%1: %2 policies on %3 draws each; %4 are on the frontier (no other policy is better on all of victimisations, wellbeing-years, life-years and taxpayer cost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="166"/>
        <source>Least bad policy within the budget cap (%1 extra):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="168"/>
        <source>Least bad policy (no budget cap):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="171"/>
        <source>Least bad policy with no budget cap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/regionscommand.cpp" line="27"/>
        <source>Apply one policy file to every region of the dataset and rank the regions by net value per resident. Relative lever values ({&quot;times&quot;: x}, {&quot;plus&quot;: x}) are resolved for each region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/regionscommand.cpp" line="39"/>
        <location filename="../src/cli/sensitivitycommand.cpp" line="40"/>
        <source>--policy: give exactly one policy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/regionscommand.cpp" line="52"/>
        <source>%1 (region %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/regionscommand.cpp" line="88"/>
        <source>%1, applied to each region (net social value against its status quo, %2 draws):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/regionscommand.cpp" line="96"/>
        <source> per resident; total </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/sensitivitycommand.cpp" line="29"/>
        <source>Which parameters drive a policy&apos;s net value: a tornado (each parameter at its 5th and 95th percentile, the others central) and rank correlations over the Monte Carlo draws.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/sensitivitycommand.cpp" line="83"/>
        <source>%1 vs status quo: net social value at central parameters %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/sensitivitycommand.cpp" line="86"/>
        <source>Tornado (net value with one parameter at its 5th / 95th percentile):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/sensitivitycommand.cpp" line="89"/>
        <source>   swing </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/sensitivitycommand.cpp" line="90"/>
        <source>Rank correlation with net value over %1 draws:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/simulatecommand.cpp" line="24"/>
        <source>Simulate one policy year by year and print the outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/simulatecommand.cpp" line="28"/>
        <source>Years to simulate, 1 to %1 (default: 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/simulatecommand.cpp" line="40"/>
        <source>--years: expected a whole number from 1 to %1, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/simulatecommand.cpp" line="44"/>
        <source>--policy: simulate takes one policy (use compare for several)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leastbad::data</name>
    <message>
        <location filename="../src/data/dataset.cpp" line="32"/>
        <source>%1: not a usable SQLite database (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="43"/>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="53"/>
        <source>region %1: value %2 is unknown or outside the metric&apos;s range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="58"/>
        <source>region %1: no CPI-U figure for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="65"/>
        <source>... and %1 more problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="36"/>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="47"/>
        <source>the file is empty; expected the header: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="61"/>
        <source>wrong header: expected &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="72"/>
        <source>more than %1 rows; split the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="81"/>
        <source>expected %1 columns, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="96"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="101"/>
        <source>longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="113"/>
        <source>expected a number, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="118"/>
        <source>expected a finite number, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="174"/>
        <source>expected an upper-case code such as US, CA or GB-EAW, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="184"/>
        <source>expected country, state or county, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="209"/>
        <source>expected one of %1, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="233"/>
        <source>unknown metric &quot;%1&quot; (docs/DATASETS.md lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="243"/>
        <source>%1 is outside the valid range of %2: %3 to %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="250"/>
        <source>expected &quot;%1&quot; for %2, found &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="259"/>
        <source>expected a year from 1900 to 2100, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="263"/>
        <source>no CPI-U figure for %1 to convert dollars to %2 (docs/DATASETS.md lists the years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="290"/>
        <source>unknown parameter &quot;%1&quot; (docs/MODEL.md lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="299"/>
        <source>outside the parameter&apos;s bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="313"/>
        <source>region &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="319"/>
        <source>parent region &quot;%1&quot; is not in the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="325"/>
        <source>parent chain of &quot;%1&quot; loops back on itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="335"/>
        <source>source &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="344"/>
        <source>region &quot;%1&quot; is not in the dataset (add it to regions.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="347"/>
        <location filename="../src/data/datasetcontent.cpp" line="368"/>
        <source>source &quot;%1&quot; is not in the sources file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="355"/>
        <source>duplicate row: %1 %2 for %3 is already on line %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="365"/>
        <source>region &quot;%1&quot; is not in the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="377"/>
        <source>region &quot;%1&quot; has no value for the required metric %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetimport.cpp" line="72"/>
        <source>the target is not a dataset this program can add to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetimport.cpp" line="122"/>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetimport.cpp" line="150"/>
        <source>cannot create a temporary file beside it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetimport.cpp" line="158"/>
        <source>cannot copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetimport.cpp" line="174"/>
        <source>cannot write the dataset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetimport.cpp" line="188"/>
        <source>no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetstore.cpp" line="99"/>
        <location filename="../src/data/datasetstore.cpp" line="116"/>
        <source>schema version %1 is newer than this program reads (%2); update LeastBad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetstore.cpp" line="114"/>
        <source>not a LeastBad dataset (no schema version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetstore.cpp" line="151"/>
        <source>table %1 lacks column %2: not a LeastBad dataset of version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="28"/>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="46"/>
        <source>%1: expected a number, {&quot;times&quot;: number} or {&quot;plus&quot;: number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="61"/>
        <source>%1: not valid JSON at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="66"/>
        <location filename="../src/data/scenariofile.cpp" line="77"/>
        <source>%1: expected a JSON object at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="75"/>
        <source>%1: unknown field &quot;%2&quot; (expected one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="79"/>
        <source>%1: field &quot;format&quot;: expected &quot;leastbad-policy&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="83"/>
        <source>%1: field &quot;version&quot;: expected a whole number from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="87"/>
        <source>%1: field &quot;version&quot;: version %2 is newer than this program reads (%3); update LeastBad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="95"/>
        <source>%1: field &quot;%2&quot;: expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="103"/>
        <source>%1: field &quot;levers&quot;: expected an object of lever names to values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="110"/>
        <source>%1: lever &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="113"/>
        <source>%1: unknown lever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="121"/>
        <source>%1: value %2 is outside the allowed range %3 to %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="138"/>
        <location filename="../src/data/scenariofile.cpp" line="183"/>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="143"/>
        <source>%1: file is larger than 1 MiB; not a policy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="49"/>
        <source>%1: unknown field &quot;%2&quot; was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="70"/>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="82"/>
        <source>%1: field &quot;format&quot;: expected &quot;leastbad-scenario&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="88"/>
        <source>%1: field &quot;version&quot;: expected a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="90"/>
        <source>%1 was written by a newer LeastBad (format %2; this program reads %3): what it could not read was left at the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="108"/>
        <source>%1: field &quot;seed&quot;: expected a whole number from 0 to 9e15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="114"/>
        <source>%1: field &quot;draws&quot;: expected a number from 10 to 1000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="126"/>
        <source>%1: weights.%2: expected a number from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="136"/>
        <source>%1: weights.horizon_years: expected a whole number from 1 to 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="145"/>
        <source>%1: field &quot;policies&quot;: expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="148"/>
        <source>%1: field &quot;policies&quot;: at most 8 policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="159"/>
        <source>%1: policy &quot;%2&quot;, lever &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="161"/>
        <source>%1: unknown lever was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="166"/>
        <source>%1: expected a number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="187"/>
        <source>%1: larger than 4 MiB; not a scenario file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="222"/>
        <source>%1: cannot save: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leastbad::data::CsvReader</name>
    <message>
        <location filename="../src/data/csvreader.cpp" line="61"/>
        <source>%1, line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/csvreader.cpp" line="97"/>
        <source>contains a NUL byte: this is not a CSV text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/csvreader.cpp" line="101"/>
        <source>is not valid UTF-8 (byte %1 of the field); save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/csvreader.cpp" line="104"/>
        <source>more than %1 columns in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/csvreader.cpp" line="120"/>
        <source>a quoted field is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/csvreader.cpp" line="150"/>
        <source>unexpected text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/csvreader.cpp" line="158"/>
        <source>a field is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leastbad::data::Dataset</name>
    <message>
        <location filename="../src/data/dataset.cpp" line="186"/>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="190"/>
        <source>%1: larger than %2 MiB; not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="197"/>
        <location filename="../src/data/dataset.cpp" line="211"/>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="224"/>
        <source>the embedded default dataset is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="227"/>
        <source>default dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="241"/>
        <source>%1: no region &quot;%2&quot; (leastbad-cli dataset list shows the codes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="287"/>
        <source>scaled by %1 so that prison population / admissions (%2, %3) holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="315"/>
        <source>from the region&apos;s own %1-year share and the %2 ratio of 5- to 3-year shares (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="345"/>
        <source>per 100,000 residents from the officer count and the population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="396"/>
        <source>%1: region %2 has no value, and no fallback, for: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="415"/>
        <source>%1: region %2 gives a baseline the model cannot use: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leastbad::data::DatasetProblem</name>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="134"/>
        <source>, line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="136"/>
        <source>, column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leastbad::gui::AboutDialog</name>
    <message>
        <location filename="../src/app/aboutdialog.cpp" line="17"/>
        <source>&lt;h2&gt;LeastBad %1&lt;/h2&gt;&lt;p&gt;A prison-policy cost-benefit calculator: what each policy does to crime, suffering, life expectancy and money, with its uncertainty and its sources.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/aboutdialog.cpp" line="22"/>
        <source>&lt;p&gt;&lt;b&gt;Licence&lt;/b&gt;: GNU General Public License, version 3 or later. This program comes with absolutely no warranty.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built with&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (LGPL-3.0 / GPL)&lt;/li&gt;&lt;li&gt;QCustomPlot %2 (GPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite 3 through Qt SQL (public domain)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Honest numbers&lt;/b&gt;: every model parameter and dataset value carries its source or is labelled an assumption. See docs/MODEL.md.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leastbad::gui::ChartWidget</name>
    <message>
        <location filename="../src/app/charts.cpp" line="129"/>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="131"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leastbad::gui::FrontierPanel</name>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="44"/>
        <source>&amp;Find the frontier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="52"/>
        <source>policies: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="53"/>
        <source>Policies to sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="56"/>
        <source>draws each: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="57"/>
        <source>Draws per policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="61"/>
        <source>Samples every lever within its range, keeps the policies that no other beats on victimisations, wellbeing-years, life-years and taxpayer cost, and finds the policy with the highest expected net value that costs taxpayers no more than today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="70"/>
        <source>Extra cost to taxpayers, discounted (billion USD 2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="71"/>
        <source>Victimisations averted over the horizon (millions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="73"/>
        <source>Frontier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="85"/>
        <source>Cancelled: no result is shown, because a partial sweep is not a frontier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="103"/>
        <source>Exploring %1 policies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="122"/>
        <source>Frontier (%1 of %2 policies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="124"/>
        <source>Status quo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="132"/>
        <source>Least bad within today&apos;s budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="142"/>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 policies are on the frontier (two of its four objectives are shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="147"/>
        <source> Least bad within today&apos;s budget: expected net value &lt;b&gt;$%1 bn&lt;/b&gt; (90%: %2 to %3), P(net benefit &gt; 0) %4%.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leastbad::gui::HeadlineStrip</name>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="51"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/headlinestrip.cpp" line="67"/>
        <source>Victimisations averted over %n year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="69"/>
        <source>Change in wellbeing-years lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="71"/>
        <source>Change in life-years lost (prison − homicide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="73"/>
        <source>Change in taxpayers&apos; cost (discounted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="75"/>
        <source>Net social value (your weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="77"/>
        <source>P(net benefit &gt; 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="82"/>
        <source>&lt;p&gt;On net social value, %1 beats %2 in &lt;b&gt;%3&lt;/b&gt; of %4 draws and loses in %5 (ties: %6). 90% intervals in brackets.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leastbad::gui::JobBar</name>
    <message>
        <location filename="../src/app/backgroundjob.cpp" line="51"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leastbad::gui::LedgerChart</name>
    <message>
        <location filename="../src/app/charts.cpp" line="194"/>
        <source>Who gains, who pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="200"/>
        <source>Taxpayers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="200"/>
        <source>Victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="201"/>
        <source>Incarcerated people
and families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="201"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="240"/>
        <source>Net value against the status quo (%1, discounted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="246"/>
        <source>Who gains, who pays (mean, 90% interval)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leastbad::gui::LeverPanel</name>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="113"/>
        <source>%1 &lt;span style=&apos;color:gray&apos;&gt;(%2)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="116"/>
        <source>%1
Range %2 to %3 %4. The mark under the slider is the region&apos;s status quo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="125"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="130"/>
        <source>%1: %2 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="138"/>
        <location filename="../src/app/leverpanel.cpp" line="191"/>
        <source>What&apos;s the evidence?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="139"/>
        <source>What&apos;s the evidence for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="176"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;The model acts through these parameters (docs/MODEL.md):&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="181"/>
        <source>parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="181"/>
        <source>central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="181"/>
        <source>evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="181"/>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leastbad::gui::MainWindow</name>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="76"/>
        <source>&amp;Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="77"/>
        <source>&amp;Who gains, who pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="78"/>
        <source>&amp;Net value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="79"/>
        <source>&amp;Tornado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="81"/>
        <source>&amp;Frontier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="83"/>
        <source>&amp;Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="86"/>
        <location filename="../src/app/mainwindow.cpp" line="92"/>
        <source>Policy A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="86"/>
        <location filename="../src/app/mainwindow.cpp" line="92"/>
        <source>Policy B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="90"/>
        <source>Reset to status quo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="158"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="159"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="182"/>
        <source>Open Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="183"/>
        <source>LeastBad scenarios (*.leastbad);;Policy files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="228"/>
        <source>%1 (US state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="237"/>
        <source>Cannot use this region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="261"/>
        <source>Status quo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="274"/>
        <source>%1, data year %2 (%3 of %4 inputs borrowed from another region, marked as fallback or assumption).
Weights: $%5 per wellbeing-year, $%6 per life-year; incarcerated %7, victims %8, families %9.
Discount rate %10%, %11 years; %12 draws, seed %13.
Sources: LeastBad %14, docs/MODEL.md (parameters) and docs/DATASETS.md (data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="308"/>
        <source>Data year %1. Of %2 inputs: %3 fallback from a parent region, &lt;b&gt;%4 assumed&lt;/b&gt; from the United States, %5 derived. &lt;a href=&quot;#&quot;&gt;Details&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="316"/>
        <source>Borrowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="332"/>
        <source>own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="333"/>
        <source>fallback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="335"/>
        <source>&lt;b&gt;assumption: %1 value&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="336"/>
        <source>derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="347"/>
        <source>Inputs for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="366"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="367"/>
        <source>%1[*] — %2 — LeastBad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="398"/>
        <source>%1: %2 draws in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="420"/>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="422"/>
        <source>Opened with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="429"/>
        <source>Policy files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="428"/>
        <source>Load Policy File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="434"/>
        <source>Cannot load policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="445"/>
        <location filename="../src/app/mainwindow.cpp" line="461"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="448"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="453"/>
        <source>Save Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="454"/>
        <source>LeastBad scenarios (*.leastbad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="472"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="472"/>
        <source>The scenario has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="536"/>
        <source>How the model works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="554"/>
        <source>Chart copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leastbad::gui::NetValueChart</name>
    <message>
        <location filename="../src/app/charts.cpp" line="252"/>
        <source>Net value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="253"/>
        <source>Share of draws (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="267"/>
        <source>Net social value against the status quo (%1, discounted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="290"/>
        <source>%1: P(net benefit &gt; 0) = %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="303"/>
        <source>Net social value over %1 draws</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leastbad::gui::RegionsPanel</name>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="61"/>
        <source>&amp;Apply policy A to every region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="67"/>
        <source>Policy A is applied to each region as a change from that region&apos;s own status quo (docs/MODEL.md 10.8), on the same %1 draws, and the regions are ranked by net social value per resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="72"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="72"/>
        <source>Net value per resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="73"/>
        <source>Net value (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="73"/>
        <source>90% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="73"/>
        <source>P(&gt; 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="76"/>
        <source>Regions ranked by net value per resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="77"/>
        <source>US states coloured by net value per resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="99"/>
        <source>Cancelled: no ranking is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="167"/>
        <source>Net social value per resident of policy A in each region (blue: gains; vermillion: losses; deeper = larger). Regions with many borrowed inputs (see Region) are less reliable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leastbad::gui::ScenarioDocument</name>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="89"/>
        <source>Policy A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="89"/>
        <source>Policy B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="112"/>
        <source>Change moral weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="118"/>
        <source>Change draws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="125"/>
        <source>Reset %1 to the status quo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="134"/>
        <source>Load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="142"/>
        <source>Copy %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="156"/>
        <source>Change region to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="173"/>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="175"/>
        <source>%1: larger than 4 MiB; not a scenario file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="179"/>
        <source>%1: not a LeastBad scenario (not a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="181"/>
        <source>%1: names the dataset %2; opening scenarios with other datasets is not supported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="187"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="193"/>
        <source>Policy %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leastbad::gui::TimeSeriesChart</name>
    <message>
        <location filename="../src/app/charts.cpp" line="146"/>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="147"/>
        <source>Years from today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="170"/>
        <source>%1: 90% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="181"/>
        <source>%1: mean</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leastbad::gui::TornadoChart</name>
    <message>
        <location filename="../src/app/charts.cpp" line="309"/>
        <source>Tornado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="319"/>
        <source>Tornado: computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="332"/>
        <source>parameter at its 5th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="333"/>
        <source>parameter at its 95th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="356"/>
        <source>Net value against the status quo (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="369"/>
        <source>What drives the net value of %1 (central: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leastbad::gui::WeightsPanel</name>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="35"/>
        <source>What a year of wellbeing (a QALY) is worth to you. Default $150,000: health-technology thresholds of $100,000-150,000 per QALY (recalled; evidence.md 11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="38"/>
        <source>What a year of life is worth. Default: the same as a wellbeing-year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="40"/>
        <source>Weight of incarcerated people&apos;s wellbeing and life-years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="42"/>
        <source>Weight of victims&apos; wellbeing and life-years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="44"/>
        <source>Weight of prisoners&apos; children&apos;s wellbeing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="46"/>
        <source>Discount rate per year. Default 3% (OMB Circular A-4, 2003; recalled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="49"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="55"/>
        <source>Monte Carlo draws. More draws, steadier numbers, slower updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="56"/>
        <source>$ per &amp;wellbeing-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="57"/>
        <source>$ per &amp;life-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="58"/>
        <source>Weight: &amp;incarcerated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="59"/>
        <source>Weight: &amp;victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="60"/>
        <source>Weight: &amp;families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="61"/>
        <source>&amp;Discount rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="62"/>
        <source>&amp;Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="63"/>
        <source>D&amp;raws</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="30"/>
        <source>Prison-policy cost-benefit calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="35"/>
        <source>A scenario (.leastbad) to open, or a policy file (.json) to load into policy A.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
