// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/aboutdialog.h"
#include "app/mainwindow.h"
#include "app/populationchart.h"

#include <leastbad/version.h>

#include <QLabel>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <qcustomplot.h>

using leastbad::gui::MainWindow;

namespace {

QString policyPath(const char *name) {
    return qEnvironmentVariable("LEASTBAD_SOURCE_DIR") + QStringLiteral("/data/policies/") + QLatin1String(name);
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void startsWithMenusAndStatusQuoChart() {
        MainWindow w;
        w.show();
        QStringList menus;
        for (QAction *a : w.menuBar()->actions())
            menus << a->text().remove(QLatin1Char('&'));
        QCOMPARE(menus, (QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"),
                                     QStringLiteral("Help")}));
        QCustomPlot *plot = w.chart()->plot();
        QCOMPARE(plot->graphCount(), 1);
        QVERIFY(plot->graph(0)->data()->size() == 21);
        QVERIFY(!plot->xAxis->label().isEmpty() && !plot->yAxis->label().isEmpty());
    }

    void openingAPolicyAddsItsLine() {
        MainWindow w;
        QString error;
        QVERIFY2(w.openPolicy(policyPath("longer-for-repeat.json"), false, &error), qPrintable(error));
        QCustomPlot *plot = w.chart()->plot();
        QCOMPARE(plot->graphCount(), 2);
        const double statusQuoEnd = (plot->graph(0)->data()->end() - 1)->value;
        const double policyEnd = (plot->graph(1)->data()->end() - 1)->value;
        QVERIFY(policyEnd > statusQuoEnd); // longer terms, more people in prison
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("headlineLabel"))->text().contains(QStringLiteral("Longer")));
    }

    void malformedPolicyKeepsTheCurrentOne() {
        MainWindow w;
        QVERIFY(w.openPolicy(policyPath("reentry-cash.json"), false));
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        QString error;
        QVERIFY(!w.openPolicy(bad, false, &error));
        QVERIFY2(error.contains(bad), qPrintable(error));
        QCOMPARE(w.policy()->name, QStringLiteral("Reentry cash"));
        QCOMPARE(w.chart()->plot()->graphCount(), 2);
    }

    void aboutShowsVersionAndLicence() {
        leastbad::gui::AboutDialog about;
        const QString text = about.findChild<QLabel *>(QStringLiteral("titleLabel"))->text() +
                             about.findChild<QTextBrowser *>(QStringLiteral("detailsBrowser"))->toPlainText();
        QVERIFY(text.contains(QString::fromLatin1(leastbad::kVersion)));
        QVERIFY(text.contains(QStringLiteral("General Public License")));
        QVERIFY(text.contains(QStringLiteral("QCustomPlot")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
