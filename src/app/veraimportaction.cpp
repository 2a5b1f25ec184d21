// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/veraimportaction.h"

#include "app/filedialogs.h"

#include "app/backgroundjob.h"
#include "data/veraimport.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>

#include <memory>

namespace leastbad::gui {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("leastbad::gui", text);
}

} // namespace

void importVeraFile(QWidget *parent) {
    const QString csv =
        getOpenFileName(parent, tr("Import Vera Incarceration Trends"),
                        tr("Vera county file (incarceration_trends_county.csv *.csv)"));
    if (csv.isEmpty())
        return;
    QString target = getSaveFileName(
        parent, tr("Write the county dataset"), QStringLiteral("counties.sqlite"),
        tr("LeastBad datasets (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty())
        return;
    if (!target.endsWith(QStringLiteral(".sqlite")))
        target += QStringLiteral(".sqlite");

    QProgressDialog progress(tr("Importing %1…").arg(csv), tr("Cancel"), 0, 100, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    BackgroundJob job;
    auto result = std::make_shared<data::ImportResult>();
    QEventLoop loop;
    QObject::connect(&job, &BackgroundJob::progress, &progress, [&progress](int done, int total) {
        progress.setMaximum(std::max(1, total));
        progress.setValue(std::min(done, total));
    });
    QObject::connect(&progress, &QProgressDialog::canceled, &job, &BackgroundJob::cancel);
    QObject::connect(&job, &BackgroundJob::finished, &loop, &QEventLoop::quit);
    job.start(
        [result, csv, target](const std::atomic<bool> *cancel, const core::ProgressFn &report) {
            *result = data::importVera({csv, target, cancel, report});
            return !(cancel && cancel->load());
        });
    loop.exec(); // the dialog stays responsive; the import runs on the job's thread
    progress.reset();
    if (!result->ok()) {
        QStringList lines;
        for (const data::Problem &p : result->problems.mid(0, 30))
            lines << p.text();
        if (result->problems.size() > 30)
            lines << tr("… and %1 more").arg(result->problems.size() - 30);
        QMessageBox box(QMessageBox::Warning, tr("Nothing was imported"),
                        QCoreApplication::translate("leastbad::gui",
                                                    "%n problem(s); %1 was not changed.", nullptr,
                                                    int(result->problems.size()))
                            .arg(target),
                        QMessageBox::Ok, parent);
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        box.setInformativeText(lines.mid(0, 5).join(QLatin1Char('\n')));
        box.exec();
        return;
    }
    QMessageBox::information(
        parent, tr("Imported"),
        tr("Wrote %1: %2 counties, %3 values, each county under its state (the rest of its "
           "inputs come from the state). Vera's licence forbids passing the file on.\n\nUse it "
           "with leastbad-cli, for example: leastbad-cli dataset show --year 2015 %1 TX-48201")
            .arg(target)
            .arg(result->regions)
            .arg(result->values));
}

} // namespace leastbad::gui
