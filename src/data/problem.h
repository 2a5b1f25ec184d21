// SPDX-License-Identifier: GPL-3.0-or-later
// The one error convention of the data and analysis layers (docs/ARCHITECTURE.md,
// "Errors"): what went wrong, where, in a Problem; a function that can fail returns a
// Result<T> holding its value or the problems; a checker that looks for every problem in
// a file appends them to a Problems list. text() is the message users see:
// "file, line N, column C (field): what is wrong".
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace leastbad::data {

struct Problem {
    QString file;    // the file or dataset named; empty: not about one file
    qint64 line = 0; // 1-based line or row; 0: the whole file
    int column = 0;  // 1-based; 0: the whole row
    QString field;   // the field, column or key; empty: the whole row
    QString message; // what is wrong (with nothing above set: the whole message)

    // A problem whose message already names its place (from a lower layer, or a sentence
    // that names file and field in its own words).
    static Problem of(const QString &message) { return {{}, 0, 0, {}, message}; }
    QString text() const;
    bool operator==(const Problem &) const = default;
};

using Problems = QList<Problem>;

// Whole messages (each already naming its place) as problems.
Problems problemsOf(const QStringList &messages);

// Each problem's text(), one a line.
QString problemsText(const Problems &problems);
QStringList problemTexts(const Problems &problems);

} // namespace leastbad::data
