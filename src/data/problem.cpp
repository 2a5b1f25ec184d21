// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/problem.h"

#include <QCoreApplication>

namespace leastbad::data {

// The translation context stays the one these words had when only dataset files used
// them, so the catalogues keep their translations.
QString Problem::text() const {
    if (file.isEmpty() && line <= 0 && column <= 0 && field.isEmpty())
        return message;
    QString where = file;
    if (line > 0)
        where +=
            QCoreApplication::translate("leastbad::data::DatasetProblem", ", line %1").arg(line);
    if (column > 0)
        where += QCoreApplication::translate("leastbad::data::DatasetProblem", ", column %1")
                     .arg(column);
    if (!field.isEmpty())
        where += QStringLiteral(" (") + field + QLatin1Char(')');
    return where + QStringLiteral(": ") + message;
}

Problems problemsOf(const QStringList &messages) {
    Problems problems;
    problems.reserve(messages.size());
    for (const QString &m : messages)
        problems.append(Problem::of(m));
    return problems;
}

QStringList problemTexts(const Problems &problems) {
    QStringList lines;
    lines.reserve(problems.size());
    for (const Problem &p : problems)
        lines.append(p.text());
    return lines;
}

QString problemsText(const Problems &problems) {
    return problemTexts(problems).join(QLatin1Char('\n'));
}

} // namespace leastbad::data
