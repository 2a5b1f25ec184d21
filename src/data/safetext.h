// SPDX-License-Identifier: GPL-3.0-or-later
// Text from files, made harmless where it is shown or written: in a CSV cell that a
// spreadsheet would evaluate, and on a terminal that would obey escape sequences.
#pragma once

#include <QString>

namespace leastbad::data {

// A text cell for a CSV file a spreadsheet may open: a cell starting with =, +, -, @, a
// tab or a carriage return is a formula to Excel, LibreOffice and Google Sheets (OWASP,
// "CSV Injection"), so it gets a leading apostrophe, which they show as text. A cell
// that is a plain number ("-0.25") is left alone. With the environment variable
// LEASTBAD_CSV_RAW=1, cells are left exactly as they are (for machine use).
QString spreadsheetSafe(const QString &cell);
bool csvRawRequested();
// The same, quoted as a CSV field ("" for a quote inside): the one CSV quoting rule of
// every file LeastBad writes.
QByteArray csvTextCell(const QString &cell);
// The same, quoted only when it must be (it holds a comma, quote or line break), for
// files people also edit by hand (dataset exports, histories).
QByteArray csvField(const QString &cell);

// Text for a terminal: control characters other than a newline (escape sequences, NUL,
// backspace, carriage return, C1 controls) are shown as \xNN or \u{NNNN}.
QString terminalSafe(const QString &text);

// True if `text` holds a control character other than tab and newline; names and
// labels read from files refuse them (a NUL cuts strings short in other programs).
bool hasControlCharacters(const QString &text);

// "UTF-16 (little-endian)", "UTF-32 (big-endian)" and so on if the bytes start like
// text in one of those encodings (a byte-order mark, or the zero bytes of ASCII text in
// it); empty otherwise. Files must be UTF-8: the message says what they are instead.
QString wideEncoding(const QByteArray &start);

} // namespace leastbad::data
