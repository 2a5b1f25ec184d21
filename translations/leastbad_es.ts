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
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="9"/>
        <source>LeastBad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="23"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="30"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="34"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="39"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="50"/>
        <source>&amp;Open Policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="51"/>
        <source>Compare a policy file (.json) with the status quo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="54"/>
        <source>&amp;Close Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="58"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="61"/>
        <source>&amp;Copy Chart as Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="64"/>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="69"/>
        <source>Show &amp;Status Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="72"/>
        <source>&amp;About LeastBad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="75"/>
        <source>About &amp;Qt</source>
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
    <name>leastbad::gui::MainWindow</name>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="36"/>
        <source>Open Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="37"/>
        <source>Policy files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="49"/>
        <source>Region: %1 (data year %2, dollars of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="65"/>
        <source>Cannot open policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="90"/>
        <source>LeastBad %1 · %2 baseline: prisoners from BJS, Prisoners in 2022; model and sources in docs/MODEL.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="97"/>
        <source>&lt;b&gt;Status quo&lt;/b&gt;, %1: the model holds today&apos;s prison population steady. Open a policy file (File → Open Policy) to compare it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="109"/>
        <source>&lt;b&gt;%1&lt;/b&gt; vs status quo after %2 years: prison population %3 %4; victimisations averted over the period: %5 (central estimate, no uncertainty yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="113"/>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="113"/>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="125"/>
        <source>Chart copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leastbad::gui::PopulationChart</name>
    <message>
        <location filename="../src/app/populationchart.cpp" line="33"/>
        <source>Prison population chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/populationchart.cpp" line="35"/>
        <source>Prison population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/populationchart.cpp" line="37"/>
        <source>Years from today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/populationchart.cpp" line="38"/>
        <source>People in prison (thousands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/populationchart.cpp" line="56"/>
        <source>Status quo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
