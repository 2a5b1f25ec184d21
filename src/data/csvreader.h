// SPDX-License-Identifier: GPL-3.0-or-later
// A streaming RFC 4180 CSV reader that knows where it is: every row carries the line it
// starts on, so that every message can name the file, line and column. It refuses
// input that is not text (NUL bytes, invalid UTF-8) and fields or rows past a limit,
// and reads in chunks so a huge file never has to fit in memory.
#pragma once

#include "data/problem.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <optional>

namespace leastbad::data {

struct CsvRow {
    int line = 0; // 1-based line on which the row starts
    QStringList fields;
};

class CsvReader {
public:
    static constexpr int kMaxFieldBytes = 64 * 1024;
    static constexpr int kMaxFields = 256;

    CsvReader(QIODevice *device, QString fileName);

    // Reads the next row; false at the end of the input or on an error (see problem()).
    bool readRow(CsvRow &row);
    // Set only when reading stopped on an error: the file, line, column and what is wrong.
    const std::optional<Problem> &problem() const { return m_problem; }
    // Columns (0-based) whose text the caller reads; the others are still checked (UTF-8,
    // limits) but come back empty, which saves their conversion in a wide file of which
    // only a few columns are used. Empty (the default): every column is kept.
    void keepOnlyColumns(QList<bool> keep) { m_keep = std::move(keep); }

private:
    bool fill();
    bool fail(int line, int column, const QString &message);

    QIODevice *m_device;
    QString m_fileName;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_atEnd = false;
    std::optional<Problem> m_problem;
    QList<bool> m_keep;
};

// True if `bytes` is valid UTF-8; otherwise sets `offset` to the first bad byte.
bool isValidUtf8(const QByteArray &bytes, qsizetype &offset);

} // namespace leastbad::data
