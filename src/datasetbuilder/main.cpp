// SPDX-License-Identifier: GPL-3.0-or-later
// leastbad-dataset-builder CSV_FOLDER OUT.sqlite: imports the folder's values.csv (with
// its regions.csv, sources.csv, parameter_overrides.csv) into a new dataset file. Any
// problem in the CSV files fails the build, with every problem listed.
#include "data/datasetimport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() != 3) {
        err << "usage: leastbad-dataset-builder CSV_FOLDER OUT.sqlite\n";
        return 2;
    }
    const QString out = args[2];
    QFile::remove(out);
    const QString values = QDir(args[1]).filePath(QStringLiteral("values.csv"));
    const leastbad::data::ImportResult result =
        leastbad::data::importCsv(leastbad::data::requestForFolderOf(values, out));
    for (const leastbad::data::Problem &p : result.problems)
        err << p.text() << '\n';
    if (!result.ok())
        return 1;
    QTextStream(stdout) << "default dataset: " << result.regions << " regions, " << result.sources
                        << " sources, " << result.values << " values\n";
    return 0;
}
