// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/safetext.h"

#include <QList>

#include <QtGlobal>
#include <array>

namespace leastbad::data {

namespace {

bool isControl(uint c) {
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029;
}

} // namespace

bool csvRawRequested() {
    return qEnvironmentVariable("LEASTBAD_CSV_RAW") == QStringLiteral("1");
}

QString spreadsheetSafe(const QString &cell) {
    if (cell.isEmpty() || csvRawRequested())
        return cell;
    const QChar first = cell.front();
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
        first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r')) {
        bool number = false;
        cell.toDouble(&number); // "-0.25" is a number, not a formula
        return number ? cell : QLatin1Char('\'') + cell;
    }
    return cell;
}

QByteArray csvTextCell(const QString &cell) {
    QByteArray utf8 = spreadsheetSafe(cell).toUtf8();
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

QByteArray csvField(const QString &cell) {
    const QByteArray utf8 = spreadsheetSafe(cell).toUtf8();
    const bool mustQuote =
        utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r');
    return mustQuote ? csvTextCell(cell) : utf8;
}

QString terminalSafe(const QString &text) {
    QString out;
    out.reserve(text.size());
    for (const uint c : text.toUcs4()) {
        if (c == '\n' || c == '\t' || !isControl(c))
            out += QString::fromUcs4(std::array<char32_t, 1>{char32_t(c)}.data(), 1);
        else if (c < 0x100)
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u{%1}").arg(uint(c), 4, 16, QLatin1Char('0'));
    }
    return out;
}

bool hasControlCharacters(const QString &text) {
    for (const uint c : text.toUcs4()) {
        if (c != '\n' && c != '\t' && isControl(c))
            return true;
    }
    return false;
}

QString wideEncoding(const QByteArray &b) {
    const auto at = [&b](qsizetype i) { return i < b.size() ? uchar(b[i]) : 0x100; };
    if (at(0) == 0xff && at(1) == 0xfe && at(2) == 0 && at(3) == 0)
        return QStringLiteral("UTF-32 (little-endian)");
    if (at(0) == 0 && at(1) == 0 && at(2) == 0xfe && at(3) == 0xff)
        return QStringLiteral("UTF-32 (big-endian)");
    if (at(0) == 0xff && at(1) == 0xfe)
        return QStringLiteral("UTF-16 (little-endian)");
    if (at(0) == 0xfe && at(1) == 0xff)
        return QStringLiteral("UTF-16 (big-endian)");
    // No mark: ASCII text in a wide encoding has zero bytes in fixed places.
    if (at(0) != 0 && at(1) == 0 && at(2) == 0 && at(3) == 0 && at(4) != 0)
        return QStringLiteral("UTF-32 (little-endian)");
    if (at(0) == 0 && at(1) == 0 && at(2) == 0 && at(3) != 0 && at(3) != 0x100)
        return QStringLiteral("UTF-32 (big-endian)");
    if (at(0) != 0 && at(0) != 0x100 && at(1) == 0 && at(2) != 0 && at(3) == 0)
        return QStringLiteral("UTF-16 (little-endian)");
    if (at(0) == 0 && at(1) != 0 && at(1) != 0x100 && at(2) == 0 && at(3) != 0)
        return QStringLiteral("UTF-16 (big-endian)");
    return {};
}

} // namespace leastbad::data
