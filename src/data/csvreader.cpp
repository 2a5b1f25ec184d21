// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/csvreader.h"

#include "data/safetext.h"

#include <QCoreApplication>

namespace leastbad::data {

namespace {

constexpr qint64 kChunk = 64 * 1024;

} // namespace

bool isValidUtf8(const QByteArray &bytes, qsizetype &offset) {
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        int extra = 0;
        unsigned min = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3, min = 0x10000;
        } else {
            offset = i;
            return false;
        }
        unsigned code = c & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80) {
                offset = i;
                return false;
            }
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if (code < min || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF) {
            offset = i;
            return false;
        }
        i += extra + 1;
    }
    return true;
}

CsvReader::CsvReader(QIODevice *device, QString fileName)
    : m_device(device)
    , m_fileName(std::move(fileName)) {}

bool CsvReader::fail(int line, int column, const QString &message) {
    m_problem = Problem{m_fileName, line, column, {}, message};
    return false;
}

bool CsvReader::fill() {
    if (m_atEnd)
        return false;
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    const QByteArray chunk = m_device->read(kChunk);
    if (chunk.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    m_buffer += chunk;
    return true;
}

bool CsvReader::readRow(CsvRow &row) {
    if (m_problem)
        return false;
    row.line = m_line;
    row.fields.clear();
    if (m_pos >= m_buffer.size() && !fill())
        return false;
    if (m_line == 1 && m_pos == 0) {
        if (const QString encoding = wideEncoding(m_buffer); !encoding.isEmpty())
            return fail(1, 1,
                        QCoreApplication::translate("leastbad::data::CsvReader",
                                                    "the file is %1 text; save it as UTF-8")
                            .arg(encoding));
    }
    // Skip a UTF-8 byte-order mark at the very start.
    if (m_line == 1 && row.fields.isEmpty() && m_buffer.startsWith("\xEF\xBB\xBF") && m_pos == 0)
        m_pos = 3;

    QByteArray field;
    bool quoted = false;     // inside a quoted field
    bool afterQuote = false; // a quoted field just closed: only , or a line end may follow
    bool rowStarted = false;
    auto finishField = [&]() -> bool {
        const int column = int(row.fields.size()) + 1;
        if (field.contains('\0'))
            return fail(
                m_line, column,
                QCoreApplication::translate("leastbad::data::CsvReader",
                                            "contains a NUL byte: this is not a CSV text file"));
        qsizetype bad = 0;
        if (!isValidUtf8(field, bad))
            return fail(m_line, column,
                        QCoreApplication::translate(
                            "leastbad::data::CsvReader",
                            "is not valid UTF-8 (byte %1 of the field); save the file as UTF-8")
                            .arg(bad + 1));
        if (row.fields.size() >= kMaxFields)
            return fail(m_line, column,
                        QCoreApplication::translate("leastbad::data::CsvReader",
                                                    "more than %1 columns in a row")
                            .arg(kMaxFields));
        const qsizetype index = row.fields.size();
        row.fields << (m_keep.isEmpty() || (index < m_keep.size() && m_keep[index])
                           ? QString::fromUtf8(field)
                           : QString());
        field.clear();
        afterQuote = false;
        return true;
    };
    auto peek = [this]() -> int {
        if (m_pos >= m_buffer.size())
            fill();
        return m_pos < m_buffer.size() ? m_buffer.at(m_pos) : -1;
    };

    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (quoted)
                return fail(row.line, int(row.fields.size()) + 1,
                            QCoreApplication::translate(
                                "leastbad::data::CsvReader",
                                "a quoted field is not closed before the end of the file"));
            return rowStarted && finishField();
        }
        const char c = m_buffer.at(m_pos++);
        rowStarted = true;
        if (quoted) {
            if (c == '"') {
                if (peek() == '"') {
                    field += '"';
                    ++m_pos;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == '\n')
                    ++m_line;
                field += c;
            }
        } else if (c == ',') {
            if (!finishField())
                return false;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && peek() == '\n')
                ++m_pos;
            const bool ok = finishField();
            ++m_line;
            return ok;
        } else if (afterQuote) {
            return fail(m_line, int(row.fields.size()) + 1,
                        QCoreApplication::translate("leastbad::data::CsvReader",
                                                    "unexpected text after a closing quote"));
        } else if (c == '"' && field.isEmpty()) {
            quoted = true;
        } else {
            // The rest of an unquoted field up to the next delimiter, in one append: a large
            // file is mostly such runs, and a byte at a time is most of the read time.
            const char *data = m_buffer.constData();
            const qsizetype end = m_buffer.size();
            qsizetype stop = m_pos;
            while (stop < end && data[stop] != ',' && data[stop] != '\n' && data[stop] != '\r' &&
                   data[stop] != '"' && stop - m_pos < kMaxFieldBytes)
                ++stop;
            field += c;
            field.append(data + m_pos, stop - m_pos);
            m_pos = stop;
        }
        if (field.size() > kMaxFieldBytes)
            return fail(m_line, int(row.fields.size()) + 1,
                        QCoreApplication::translate("leastbad::data::CsvReader",
                                                    "a field is longer than %1 bytes")
                            .arg(kMaxFieldBytes));
    }
}

} // namespace leastbad::data
