// SPDX-License-Identifier: GPL-3.0-or-later
// Replays every seed and every kept crashing input of the fuzz targets through the
// same reader code (fuzzreaders.cpp), in the ordinary and the sanitizer builds: no
// crash, no broken promise, and each input either accepted or refused with a message.
#include "fuzzreaders.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <functional>

using namespace leastbad;

namespace {

using Reader = std::function<fuzz::Outcome(const QByteArray &)>;

const QList<QPair<QString, Reader>> &readers() {
    static const QList<QPair<QString, Reader>> list = {
        {QStringLiteral("csv_import"), fuzz::csvImport},
        {QStringLiteral("scenario"), fuzz::scenario},
        {QStringLiteral("policy"), fuzz::policy},
        {QStringLiteral("sqlite_dataset"), fuzz::sqliteDataset},
        {QStringLiteral("validation_case"), fuzz::validationCase},
    };
    return list;
}

QString fuzzDir() {
    return qEnvironmentVariable("LEASTBAD_SOURCE_DIR") + QStringLiteral("/tests/fuzz");
}

} // namespace

class TestFuzzReplay : public QObject {
    Q_OBJECT

private slots:
    void everyKeptInputIsHandled_data() {
        QTest::addColumn<int>("reader");
        QTest::addColumn<QString>("path");
        for (qsizetype r = 0; r < readers().size(); ++r) {
            for (const char *kind : {"corpus", "regressions"}) {
                const QDir dir(fuzzDir() + QLatin1Char('/') + QLatin1String(kind) +
                               QLatin1Char('/') + readers()[r].first);
                for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
                    if (!name.startsWith(QStringLiteral("README")))
                        QTest::addRow("%s/%s/%s", kind, qPrintable(readers()[r].first),
                                      qPrintable(name))
                            << int(r) << dir.filePath(name);
                }
            }
        }
    }

    void everyKeptInputIsHandled() {
        QFETCH(int, reader);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const fuzz::Outcome outcome = readers()[reader].second(file.readAll());
        QVERIFY2(outcome.broken.isEmpty(), qPrintable(outcome.broken));
        QVERIFY(outcome.accepted || !outcome.messages.isEmpty());
    }

    void theSeedsIncludeValidInputs() {
        // Each target's corpus must reach past the first check, or it fuzzes little.
        for (const auto &[name, read] : readers()) {
            const QDir dir(fuzzDir() + QStringLiteral("/corpus/") + name);
            bool anyAccepted = false;
            for (const QString &file : dir.entryList(QDir::Files)) {
                QFile f(dir.filePath(file));
                QVERIFY(f.open(QIODevice::ReadOnly));
                anyAccepted = anyAccepted || read(f.readAll()).accepted;
            }
            QVERIFY2(anyAccepted, qPrintable(name));
        }
    }
};

QTEST_APPLESS_MAIN(TestFuzzReplay)
#include "tst_fuzzreplay.moc"
