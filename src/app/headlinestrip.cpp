// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/headlinestrip.h"

#include "app/palette.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QTextDocument>
#include <QVBoxLayout>

#include <cmath>

namespace leastbad::gui {

namespace {

QString number(double v) {
    const double a = std::abs(v);
    const QLocale locale;
    if (a >= 1e9)
        return locale.toString(v / 1e9, 'f', 1) + QObject::tr(" bn");
    if (a >= 1e6)
        return locale.toString(v / 1e6, 'f', 2) + QObject::tr(" M");
    return locale.toString(v, 'f', 0);
}

QString money(double v) {
    return (v < 0 ? QStringLiteral("−$") : QStringLiteral("$")) + number(std::abs(v));
}

QString interval(const core::Quantiles &q, QString (*format)(double)) {
    return QCoreApplication::translate("leastbad::gui::HeadlineStrip",
                                       "<b>%1</b> <small>(%2 to %3)</small>")
        .arg(format(q.mean), format(q.p5), format(q.p95));
}

QString percent(double share) {
    return QLocale().toString(100 * share, 'f', 0) + QLatin1Char('%');
}

} // namespace

HeadlineStrip::HeadlineStrip(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_label);
    m_label->setTextFormat(Qt::RichText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setText(tr("Computing…"));
}

void HeadlineStrip::showSnapshot(const AnalysisSnapshot &s, const QStringList &names,
                                 int horizonYears) {
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'><tr><th></th>");
    for (std::size_t p = 1; p < s.verdicts.size(); ++p)
        html += QStringLiteral("<th align='left' style='color:%1'>%2</th>")
                    .arg(policyColor(int(p) - 1).name(), names.value(int(p)).toHtmlEscaped());
    html += QStringLiteral("</tr>");
    auto row = [&](const QString &label, auto cell) {
        html += QStringLiteral("<tr><td>%1</td>").arg(label);
        for (std::size_t p = 1; p < s.verdicts.size(); ++p)
            html += QStringLiteral("<td>%1</td>").arg(cell(p));
        html += QStringLiteral("</tr>");
    };
    row(tr("Victimisations averted over %n year(s)", nullptr, horizonYears),
        [&](std::size_t p) { return interval(s.victimizationsAverted[p], number); });
    row(tr("Change in wellbeing-years lost"),
        [&](std::size_t p) { return interval(s.wellbeingYearsChange[p], number); });
    row(tr("Change in life-years lost (prison − homicide)"),
        [&](std::size_t p) { return interval(s.lifeYearsNetChange[p], number); });
    row(tr("Change in taxpayers' cost (discounted)"),
        [&](std::size_t p) { return interval(s.taxpayerCostChange[p], money); });
    row(tr("Net social value (your weights)"),
        [&](std::size_t p) { return interval(s.verdicts[p].netValue, money); });
    row(tr("P(net benefit > 0)"), [&](std::size_t p) {
        return QStringLiteral("<b>%1</b>").arg(percent(s.verdicts[p].probabilityPositive));
    });
    html += QStringLiteral("</table>");
    if (s.verdicts.size() >= 3)
        html += tr("<p>On net social value, %1 beats %2 in <b>%3</b> of %4 draws and loses in %5 "
                   "(ties: %6). "
                   "90% intervals in brackets.</p>")
                    .arg(names.value(1).toHtmlEscaped(), names.value(2).toHtmlEscaped(),
                         percent(s.aVersusB.firstBetter))
                    .arg(s.draws)
                    .arg(percent(s.aVersusB.secondBetter), percent(s.aVersusB.tie));
    m_label->setText(html);
}

QString HeadlineStrip::plainText() const {
    QTextDocument doc;
    doc.setHtml(m_label->text());
    return doc.toPlainText();
}

} // namespace leastbad::gui
