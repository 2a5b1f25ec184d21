// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/aboutdialog.h"

#include "ui_aboutdialog.h"

#include <leastbad/version.h>

#include <QDialogButtonBox>
#include <qcustomplot.h>

namespace leastbad::gui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>()) {
    m_ui->setupUi(this);
    m_ui->titleLabel->setText(tr("<h2>LeastBad %1</h2><p>A prison-policy cost-benefit calculator: "
                                 "what each policy does to crime, suffering, life expectancy and "
                                 "money, with its uncertainty and its sources.</p>")
                                  .arg(QString::fromLatin1(kVersion)));
    m_ui->detailsBrowser->setHtml(
        tr("<p><b>Licence</b>: GNU General Public License, version 3 or later. This program "
           "comes with absolutely no warranty.</p>"
           "<p><b>Built with</b></p><ul>"
           "<li>Qt %1 (LGPL-3.0 / GPL)</li>"
           "<li>QCustomPlot %2 (GPL-3.0)</li>"
           "<li>SQLite 3 through Qt SQL (public domain)</li></ul>"
           "<p><b>Honest numbers</b>: every model parameter and dataset value carries its "
           "source or is labelled an assumption. See docs/MODEL.md.</p>")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QCUSTOMPLOT_VERSION_STR)));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;

} // namespace leastbad::gui
