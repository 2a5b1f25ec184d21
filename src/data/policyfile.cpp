// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/policyfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace leastbad::data {

namespace {

QString number(double v) {
    return QString::number(v, 'g', 10);
}

// Line and column of a byte offset, for JSON syntax errors.
QString position(const QByteArray &json, int offset) {
    const QByteArray before = json.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = offset - int(before.lastIndexOf('\n'));
    return QCoreApplication::translate("leastbad::data", "line %1, column %2")
        .arg(line)
        .arg(column);
}

// Resolves one lever entry: a number, or {"times": x} / {"plus": x} applied to the
// region's status-quo value. Returns NaN and appends an error when it cannot.
double resolveLever(const QJsonValue &value, double statusQuo, const QString &where,
                    QStringList &errors) {
    if (value.isDouble())
        return value.toDouble();
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.size() == 1 && o.contains(QStringLiteral("times")) &&
            o.value(QStringLiteral("times")).isDouble())
            return statusQuo * o.value(QStringLiteral("times")).toDouble();
        if (o.size() == 1 && o.contains(QStringLiteral("plus")) &&
            o.value(QStringLiteral("plus")).isDouble())
            return statusQuo + o.value(QStringLiteral("plus")).toDouble();
    }
    errors << QCoreApplication::translate(
                  "leastbad::data",
                  "%1: expected a number, {\"times\": number} or {\"plus\": number}")
                  .arg(where);
    return std::nan("");
}

} // namespace

PolicyReadResult parsePolicy(const QByteArray &json, const QString &fileName,
                             const core::RegionBaseline &region) {
    PolicyReadResult result;
    result.file.policy = core::statusQuoPolicy(region);
    QStringList &errors = result.errors;

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors << QCoreApplication::translate("leastbad::data", "%1: not valid JSON at %2: %3")
                      .arg(fileName, position(json, parseError.offset), parseError.errorString());
        return result;
    }
    if (!doc.isObject()) {
        errors << QCoreApplication::translate("leastbad::data",
                                              "%1: expected a JSON object at the top level")
                      .arg(fileName);
        return result;
    }
    const QJsonObject root = doc.object();
    const QStringList known = {QStringLiteral("format"), QStringLiteral("version"),
                               QStringLiteral("name"),   QStringLiteral("description"),
                               QStringLiteral("levers"), QStringLiteral("sentence_changes")};
    for (const QString &key : root.keys()) {
        if (!known.contains(key))
            errors << QCoreApplication::translate("leastbad::data",
                                                  "%1: unknown field \"%2\" (expected one of: %3)")
                          .arg(fileName, key, known.join(QStringLiteral(", ")));
    }
    if (root.value(QStringLiteral("format")).toString() != QStringLiteral("leastbad-policy"))
        errors << QCoreApplication::translate("leastbad::data",
                                              "%1: field \"format\": expected \"leastbad-policy\"")
                      .arg(fileName);
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) ||
        version.toDouble() < 1)
        errors << QCoreApplication::translate(
                      "leastbad::data",
                      "%1: field \"version\": expected a whole number from 1 to %2")
                      .arg(fileName)
                      .arg(kPolicyFormatVersion);
    else if (version.toInt() > kPolicyFormatVersion)
        errors << QCoreApplication::translate(
                      "leastbad::data",
                      "%1: field \"version\": version %2 is newer than this program reads (%3); "
                      "update LeastBad")
                      .arg(fileName)
                      .arg(version.toInt())
                      .arg(kPolicyFormatVersion);
    for (const char *textField : {"name", "description"}) {
        const QJsonValue v = root.value(QLatin1String(textField));
        if (!v.isUndefined() && !v.isString())
            errors << QCoreApplication::translate("leastbad::data",
                                                  "%1: field \"%2\": expected a string")
                          .arg(fileName, QLatin1String(textField));
    }
    // Sentence changes reach new admissions only, unless the file says they are retroactive.
    const QJsonValue sentencing = root.value(QStringLiteral("sentence_changes"));
    if (!sentencing.isUndefined()) {
        const QString mode = sentencing.toString();
        if (mode == QStringLiteral("retroactive"))
            result.file.policy.retroactiveSentencing = true;
        else if (mode != QStringLiteral("prospective"))
            errors << QCoreApplication::translate(
                          "leastbad::data",
                          "%1: field \"sentence_changes\": expected \"prospective\" or "
                          "\"retroactive\"")
                          .arg(fileName);
    }
    result.file.name = root.value(QStringLiteral("name")).toString();
    result.file.description = root.value(QStringLiteral("description")).toString();

    const QJsonValue leversValue = root.value(QStringLiteral("levers"));
    if (!leversValue.isUndefined() && !leversValue.isObject()) {
        errors << QCoreApplication::translate(
                      "leastbad::data",
                      "%1: field \"levers\": expected an object of lever names to values")
                      .arg(fileName);
        return result;
    }
    const QJsonObject levers = leversValue.toObject();
    const core::Policy statusQuo = core::statusQuoPolicy(region);
    for (auto it = levers.begin(); it != levers.end(); ++it) {
        const QString where = QCoreApplication::translate("leastbad::data", "%1: lever \"%2\"")
                                  .arg(fileName, it.key());
        const core::LeverSpec *lever = core::findLever(it.key().toStdString());
        if (!lever) {
            errors << QCoreApplication::translate("leastbad::data", "%1: unknown lever").arg(where);
            continue;
        }
        const double value =
            resolveLever(it.value(), core::leverValue(statusQuo, *lever), where, errors);
        if (std::isnan(value))
            continue;
        if (!std::isfinite(value) || value < lever->min || value > lever->max) {
            errors << QCoreApplication::translate(
                          "leastbad::data",
                          "%1: value %2 is outside the allowed range %3 to %4 (%5)")
                          .arg(
                              where, number(value), number(lever->min), number(lever->max),
                              QString::fromUtf8(lever->unit.data(), qsizetype(lever->unit.size())));
            continue;
        }
        core::setLeverValue(result.file.policy, *lever, value);
    }
    return result;
}

PolicyReadResult readPolicyFile(const QString &path, const core::RegionBaseline &region) {
    // Policy files are small; refuse anything large before reading it into memory.
    constexpr qint64 kMaxBytes = 1 << 20;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        PolicyReadResult result;
        result.errors << QCoreApplication::translate("leastbad::data", "%1: cannot open: %2")
                             .arg(path, file.errorString());
        return result;
    }
    if (file.size() > kMaxBytes) {
        PolicyReadResult result;
        result.errors << QCoreApplication::translate(
                             "leastbad::data", "%1: file is larger than 1 MiB; not a policy file")
                             .arg(path);
        return result;
    }
    return parsePolicy(file.readAll(), path, region);
}

QByteArray policyToJson(const PolicyFile &file, const core::RegionBaseline &region) {
    const core::Policy statusQuo = core::statusQuoPolicy(region);
    QJsonObject levers;
    for (const core::LeverSpec &lever : core::leverSpecs()) {
        const double value = core::leverValue(file.policy, lever);
        if (value != core::leverValue(statusQuo, lever))
            levers.insert(QString::fromUtf8(lever.key.data(), qsizetype(lever.key.size())), value);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("leastbad-policy"));
    root.insert(QStringLiteral("version"), kPolicyFormatVersion);
    root.insert(QStringLiteral("name"), file.name);
    root.insert(QStringLiteral("description"), file.description);
    root.insert(QStringLiteral("levers"), levers);
    if (file.policy.retroactiveSentencing)
        root.insert(QStringLiteral("sentence_changes"), QStringLiteral("retroactive"));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace leastbad::data
