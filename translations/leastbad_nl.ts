<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.ui" line="9"/>
        <source>About LeastBad</source>
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
        <location filename="../src/app/charts.cpp" line="28"/>
        <source>trillion USD 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="29"/>
        <source>billion USD 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="31"/>
        <source>millions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="33"/>
        <source>thousands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="41"/>
        <source>Change %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="21"/>
        <location filename="../src/app/regionspanel.cpp" line="36"/>
        <source> bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="23"/>
        <location filename="../src/app/regionspanel.cpp" line="38"/>
        <source> M</source>
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
    <name>leastbad::gui::FrontierPanel</name>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="48"/>
        <source>&amp;Find the frontier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="49"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="56"/>
        <source>policies: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="57"/>
        <source>Policies to sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="60"/>
        <source>draws each: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="61"/>
        <source>Draws per policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="67"/>
        <source>Samples every lever within its range, keeps the policies that no other beats on victimisations, wellbeing-years, life-years and taxpayer cost, and finds the policy with the highest expected net value that costs taxpayers no more than today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="81"/>
        <source>Extra cost to taxpayers, discounted (billion USD 2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="82"/>
        <source>Victimisations averted over the horizon (millions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="84"/>
        <source>Frontier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="102"/>
        <source>Cancelled: no result is shown, because a partial sweep is not a frontier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="123"/>
        <source>Exploring %1 policies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="138"/>
        <source>Frontier (%1 of %2 policies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="140"/>
        <source>Status quo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="146"/>
        <source>Least bad within today&apos;s budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="155"/>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 policies are on the frontier (two of its four objectives are shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="160"/>
        <source> Least bad within today&apos;s budget: expected net value &lt;b&gt;$%1 bn&lt;/b&gt; (90%: %2 to %3), P(net benefit &gt; 0) %4%.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leastbad::gui::HeadlineStrip</name>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="46"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/headlinestrip.cpp" line="61"/>
        <source>Victimisations averted over %n year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="63"/>
        <source>Change in wellbeing-years lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="64"/>
        <source>Change in life-years lost (prison − homicide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="66"/>
        <source>Change in taxpayers&apos; cost (discounted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="67"/>
        <source>Net social value (your weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="68"/>
        <source>P(net benefit &gt; 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="71"/>
        <source>&lt;p&gt;On net social value, %1 beats %2 in &lt;b&gt;%3&lt;/b&gt; of %4 draws and loses in %5 (ties: %6). 90% intervals in brackets.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leastbad::gui::LedgerChart</name>
    <message>
        <location filename="../src/app/charts.cpp" line="126"/>
        <source>Who gains, who pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="132"/>
        <source>Taxpayers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="132"/>
        <source>Victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="132"/>
        <source>Incarcerated people
and families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="132"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="169"/>
        <source>Net value against the status quo (%1, discounted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="175"/>
        <source>Who gains, who pays (mean, 90% interval)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leastbad::gui::LeverPanel</name>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="98"/>
        <source>%1 &lt;span style=&apos;color:gray&apos;&gt;(%2)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="99"/>
        <source>%1
Range %2 to %3 %4. The mark under the slider is the region&apos;s status quo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="108"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="113"/>
        <source>%1: %2 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="121"/>
        <location filename="../src/app/leverpanel.cpp" line="170"/>
        <source>What&apos;s the evidence?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="122"/>
        <source>What&apos;s the evidence for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="157"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;The model acts through these parameters (docs/MODEL.md):&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="160"/>
        <source>parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="160"/>
        <source>central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="160"/>
        <source>evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="160"/>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leastbad::gui::MainWindow</name>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="65"/>
        <source>&amp;Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="66"/>
        <source>&amp;Who gains, who pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="67"/>
        <source>&amp;Net value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="68"/>
        <source>&amp;Tornado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="70"/>
        <source>&amp;Frontier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="72"/>
        <source>&amp;Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="75"/>
        <location filename="../src/app/mainwindow.cpp" line="80"/>
        <source>Policy A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="75"/>
        <location filename="../src/app/mainwindow.cpp" line="80"/>
        <source>Policy B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="78"/>
        <source>Reset to status quo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="136"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="137"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="159"/>
        <source>Open Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="160"/>
        <source>LeastBad scenarios (*.leastbad);;Policy files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="205"/>
        <source>%1 (US state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="214"/>
        <source>Cannot use this region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="236"/>
        <source>Status quo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="248"/>
        <source>%1, data year %2 (%3 of %4 inputs borrowed from another region, marked as fallback or assumption).
Weights: $%5 per wellbeing-year, $%6 per life-year; incarcerated %7, victims %8, families %9.
Discount rate %10%, %11 years; %12 draws, seed %13.
Sources: LeastBad %14, docs/MODEL.md (parameters) and docs/DATASETS.md (data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="280"/>
        <source>Data year %1. Of %2 inputs: %3 fallback from a parent region, &lt;b&gt;%4 assumed&lt;/b&gt; from the United States, %5 derived. &lt;a href=&quot;#&quot;&gt;Details&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="287"/>
        <source>Borrowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="299"/>
        <source>own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="300"/>
        <source>fallback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="301"/>
        <source>&lt;b&gt;assumption: %1 value&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="302"/>
        <source>derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="309"/>
        <source>Inputs for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="327"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="328"/>
        <source>%1[*] — %2 — LeastBad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="358"/>
        <source>%1: %2 draws in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="382"/>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="384"/>
        <source>Opened with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="389"/>
        <source>Policy files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="389"/>
        <source>Load Policy File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="394"/>
        <source>Cannot load policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="397"/>
        <source>Load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="408"/>
        <location filename="../src/app/mainwindow.cpp" line="423"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="411"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="416"/>
        <source>Save Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="416"/>
        <source>LeastBad scenarios (*.leastbad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="433"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="434"/>
        <source>The scenario has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="497"/>
        <source>How the model works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="515"/>
        <source>Chart copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leastbad::gui::NetValueChart</name>
    <message>
        <location filename="../src/app/charts.cpp" line="181"/>
        <source>Net value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="182"/>
        <source>Share of draws (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="195"/>
        <source>Net social value against the status quo (%1, discounted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="218"/>
        <source>%1: P(net benefit &gt; 0) = %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="231"/>
        <source>Net social value over %1 draws</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leastbad::gui::RegionsPanel</name>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="62"/>
        <source>&amp;Apply policy A to every region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="63"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="71"/>
        <source>Policy A is applied to each region as a change from that region&apos;s own status quo (docs/MODEL.md 10.8), on the same %1 draws, and the regions are ranked by net social value per resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="80"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="80"/>
        <source>Net value per resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="80"/>
        <source>Net value (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="81"/>
        <source>90% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="81"/>
        <source>P(&gt; 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="84"/>
        <source>Regions ranked by net value per resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="85"/>
        <source>US states coloured by net value per resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="114"/>
        <source>Cancelled: no ranking is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="178"/>
        <source>Net social value per resident of policy A in each region (blue: gains; vermillion: losses; deeper = larger). Regions with many borrowed inputs (see Region) are less reliable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leastbad::gui::ScenarioDocument</name>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="84"/>
        <source>Policy A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="84"/>
        <source>Policy B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="106"/>
        <source>Change moral weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="112"/>
        <source>Change draws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="118"/>
        <source>Reset %1 to the status quo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="125"/>
        <source>Copy %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="138"/>
        <source>Change region to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="155"/>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="157"/>
        <source>%1: larger than 4 MiB; not a scenario file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="161"/>
        <source>%1: not a LeastBad scenario (not a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="163"/>
        <source>%1: names the dataset %2; opening scenarios with other datasets is not supported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="168"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="173"/>
        <source>Policy %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leastbad::gui::TimeSeriesChart</name>
    <message>
        <location filename="../src/app/charts.cpp" line="83"/>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="84"/>
        <source>Years from today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="104"/>
        <source>%1: 90% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="115"/>
        <source>%1: mean</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leastbad::gui::TornadoChart</name>
    <message>
        <location filename="../src/app/charts.cpp" line="237"/>
        <source>Tornado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="247"/>
        <source>Tornado: computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="260"/>
        <source>parameter at its 5th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="261"/>
        <source>parameter at its 95th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="283"/>
        <source>Net value against the status quo (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/charts.cpp" line="296"/>
        <source>What drives the net value of %1 (central: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leastbad::gui::WeightsPanel</name>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="34"/>
        <source>What a year of wellbeing (a QALY) is worth to you. Default $150,000: health-technology thresholds of $100,000-150,000 per QALY (recalled; evidence.md 11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="37"/>
        <source>What a year of life is worth. Default: the same as a wellbeing-year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="38"/>
        <source>Weight of incarcerated people&apos;s wellbeing and life-years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="39"/>
        <source>Weight of victims&apos; wellbeing and life-years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="40"/>
        <source>Weight of prisoners&apos; children&apos;s wellbeing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="42"/>
        <source>Discount rate per year. Default 3% (OMB Circular A-4, 2003; recalled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="45"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="51"/>
        <source>Monte Carlo draws. More draws, steadier numbers, slower updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="52"/>
        <source>$ per &amp;wellbeing-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="53"/>
        <source>$ per &amp;life-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="54"/>
        <source>Weight: &amp;incarcerated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="55"/>
        <source>Weight: &amp;victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="56"/>
        <source>Weight: &amp;families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="57"/>
        <source>&amp;Discount rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="58"/>
        <source>&amp;Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="59"/>
        <source>D&amp;raws</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
