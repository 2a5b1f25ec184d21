// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/jsonread.h"

#include "data/safetext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

#include <vector>

namespace leastbad::data {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("leastbad::data", text);
}

// Finds a key repeated within one object of valid JSON; returns its offset or -1 and
// sets `key`. Keys are compared as written (escapes not decoded).
qsizetype duplicateKey(const QByteArray &json, QByteArray &key) {
    struct Level {
        bool object;
        bool expectKey;
        QSet<QByteArray> keys;
    };
    std::vector<Level> stack;
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json[i];
        if (c == '{') {
            stack.push_back({true, true, {}});
        } else if (c == '[') {
            stack.push_back({false, false, {}});
        } else if (c == '}' || c == ']') {
            if (!stack.empty())
                stack.pop_back();
        } else if (c == ',') {
            if (!stack.empty() && stack.back().object)
                stack.back().expectKey = true;
        } else if (c == '"') {
            const qsizetype start = i;
            for (++i; i < n && json[i] != '"'; ++i) {
                if (json[i] == '\\')
                    ++i;
            }
            if (!stack.empty() && stack.back().object && stack.back().expectKey) {
                const QByteArray name = json.mid(start + 1, i - start - 1);
                if (stack.back().keys.contains(name)) {
                    key = name;
                    return start;
                }
                stack.back().keys.insert(name);
                stack.back().expectKey = false;
            }
        }
    }
    return -1;
}

} // namespace

QString jsonPosition(const QByteArray &json, qsizetype offset) {
    const QByteArray before = json.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - before.lastIndexOf('\n');
    return tr("line %1, column %2").arg(line).arg(column);
}

QStringList capped(const QStringList &lines, const QString &more, int limit) {
    if (lines.size() <= limit)
        return lines;
    QStringList kept = lines.mid(0, limit);
    kept << more.arg(lines.size() - limit);
    return kept;
}

Result<QJsonObject> parseJsonObject(const QByteArray &json, const QString &fileName) {
    QString error;
    if (const QString encoding = wideEncoding(json); !encoding.isEmpty()) {
        error = tr("%1: the file is %2 text; save it as UTF-8").arg(fileName, encoding);
        return Problem::of(error);
    }
    if (const qsizetype nul = json.indexOf('\0'); nul >= 0) {
        error = tr("%1: a NUL byte at %2: not a text file").arg(fileName, jsonPosition(json, nul));
        return Problem::of(error);
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QString where = jsonPosition(json, parseError.offset);
        // Qt reports the end of a cut-off file as an error at its last byte.
        const bool truncated = parseError.offset >= json.trimmed().size();
        if (parseError.error == QJsonParseError::DeepNesting)
            error = tr("%1: nested too deeply at %2 (more levels than any LeastBad file has)")
                        .arg(fileName, where);
        else if (truncated && !json.trimmed().isEmpty())
            error = tr("%1: the file ends before the JSON is complete, at %2 (cut off?)")
                        .arg(fileName, where);
        else
            error =
                tr("%1: not valid JSON at %2: %3").arg(fileName, where, parseError.errorString());
        return Problem::of(error);
    }
    if (!doc.isObject()) {
        error = tr("%1: expected a JSON object at the top level").arg(fileName);
        return Problem::of(error);
    }
    QByteArray key;
    if (const qsizetype at = duplicateKey(json, key); at >= 0) {
        error = tr("%1: the key \"%2\" appears twice in one object, at %3; keep one")
                    .arg(fileName, QString::fromUtf8(key.left(80)), jsonPosition(json, at));
        return Problem::of(error);
    }
    return doc.object();
}

} // namespace leastbad::data
