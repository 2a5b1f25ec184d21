// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/welcomedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace leastbad::gui {

QString exampleTitle(const QString &baseName) {
    return QString(baseName).replace(QLatin1Char('-'), QLatin1Char(' '));
}

bool WelcomeDialog::showAtStart() {
    return QSettings().value(QLatin1String(kSettingsKey), true).toBool();
}

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
    , m_showAtStart(new QCheckBox(tr("Show this when LeastBad &starts"), this)) {
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to LeastBad"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("<h3>Welcome to LeastBad</h3>"
           "<p>Move the levers of two prison policies, A and B, and see what each does to "
           "crime, suffering, life-years and money against the region's status quo, with the "
           "uncertainty of every figure.</p>"
           "<p>Start from an example, or close this and move the sliders on the right.</p>"),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const QDir examples(QStringLiteral(":/scenarios"));
    for (const QFileInfo &file :
         examples.entryInfoList({QStringLiteral("*.leastbad")}, QDir::Files, QDir::Name)) {
        auto *button = new QPushButton(exampleTitle(file.completeBaseName()), this);
        button->setProperty("example", file.filePath());
        connect(button, &QPushButton::clicked, this, [this, path = file.filePath()] {
            m_chosen = path;
            accept();
        });
        layout->addWidget(button);
    }
    auto *guide = new QPushButton(tr("Read the &user guide"), this);
    connect(guide, &QPushButton::clicked, this, [this] {
        m_guide = true;
        accept();
    });
    layout->addWidget(guide);
    m_showAtStart->setChecked(showAtStart());
    connect(m_showAtStart, &QCheckBox::toggled, this,
            [](bool on) { QSettings().setValue(QLatin1String(kSettingsKey), on); });
    layout->addWidget(m_showAtStart);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace leastbad::gui
