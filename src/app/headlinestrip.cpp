// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/headlinestrip.h"

#include "charts/numbertext.h"
#include "charts/palette.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QTextDocument>

#include <cmath>

namespace leastbad::gui {

namespace {

using charts::money;
using charts::number;
using charts::percent;
using charts::policyColor;

QString interval(const core::Quantiles &q, QString (*format)(double)) {
    return QCoreApplication::translate("leastbad::gui::HeadlineStrip",
                                       "<b>%1</b> <small>(%2 to %3)</small>")
        .arg(format(q.mean), format(q.p5), format(q.p95));
}

} // namespace

HeadlineStrip::HeadlineStrip(QWidget *parent)
    : QWidget(parent)
    , m_comparison(new QLabel(this)) {
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 2, 4, 2);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(1);
    for (int p = 0; p < 2; ++p) {
        m_names[p] = new QLabel(this);
        m_names[p]->setTextFormat(Qt::PlainText); // a policy's name is the user's text
        m_names[p]->setStyleSheet(
            QStringLiteral("font-weight: bold; color: %1;").arg(policyColor(p).name()));
        grid->addWidget(m_names[p], 0, p + 1);
    }
    for (int r = 0; r < kRows; ++r) {
        m_rowLabels[r] = new QLabel(this);
        grid->addWidget(m_rowLabels[r], r + 1, 0);
        for (int p = 0; p < 2; ++p) {
            m_values[p][r] = new QLabel(this);
            m_values[p][r]->setTextFormat(Qt::RichText);
            m_values[p][r]->setTextInteractionFlags(Qt::TextSelectableByMouse);
            grid->addWidget(m_values[p][r], r + 1, p + 1);
        }
    }
    m_comparison->setWordWrap(true);
    m_comparison->setTextFormat(Qt::RichText);
    m_comparison->setText(tr("Computing…"));
    grid->addWidget(m_comparison, kRows + 1, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
}

void HeadlineStrip::showSnapshot(const AnalysisSnapshot &s, const QStringList &names,
                                 int horizonYears) {
    const QString labels[kRows] = {
        tr("Victimisations averted over %n year(s)", nullptr, horizonYears),
        tr("Change in wellbeing-years lost"),
        tr("Change in life-years lost (prison − homicide)"),
        tr("Change in taxpayers' cost (discounted)"),
        tr("Net social value (your weights)"),
        tr("P(net benefit > 0)")};
    // QLabel::setText returns early when the text is unchanged, so no relayout then.
    for (int r = 0; r < kRows; ++r)
        m_rowLabels[r]->setText(labels[r]);
    for (int p = 0; p < 2; ++p) {
        const std::size_t i = std::size_t(p) + 1;
        const bool present = i < s.verdicts.size();
        m_names[p]->setText(present ? names.value(p + 1) : QString());
        if (!present)
            continue;
        const QString cells[kRows] = {
            interval(s.victimizationsAverted[i], number),
            interval(s.wellbeingYearsChange[i], number),
            interval(s.lifeYearsNetChange[i], number),
            interval(s.taxpayerCostChange[i], money),
            interval(s.verdicts[i].netValue, money),
            QStringLiteral("<b>%1</b>").arg(percent(s.verdicts[i].probabilityPositive))};
        for (int r = 0; r < kRows; ++r)
            m_values[p][r]->setText(cells[r]);
    }
    if (s.verdicts.size() >= 3)
        m_comparison->setText(tr("<p>On net social value, %1 beats %2 in <b>%3</b> of %4 draws and "
                                 "loses in %5 (ties: %6). "
                                 "90% intervals in brackets.</p>")
                                  .arg(names.value(1).toHtmlEscaped(),
                                       names.value(2).toHtmlEscaped(),
                                       percent(s.aVersusB.firstBetter))
                                  .arg(s.draws)
                                  .arg(percent(s.aVersusB.secondBetter), percent(s.aVersusB.tie)));
}

QString HeadlineStrip::plainText() const {
    QStringList lines;
    for (int r = 0; r < kRows; ++r) {
        QTextDocument a, b;
        a.setHtml(m_values[0][r]->text());
        b.setHtml(m_values[1][r]->text());
        lines << m_rowLabels[r]->text() + QLatin1Char('\t') + a.toPlainText() + QLatin1Char('\t') +
                     b.toPlainText();
    }
    QTextDocument comparison;
    comparison.setHtml(m_comparison->text());
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + comparison.toPlainText();
}

} // namespace leastbad::gui
