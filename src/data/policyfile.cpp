// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/policyfile.h"

#include "data/inputfile.h"
#include "data/jsonread.h"
#include "data/leverreader.h"
#include "data/safetext.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace leastbad::data {

PolicyReadResult parsePolicy(const QByteArray &json, const QString &fileName,
                             const core::RegionBaseline &region) {
    PolicyFile file;
    file.policy = core::statusQuoPolicy(region);
    QStringList errors;

    const Result<QJsonObject> parsed = parseJsonObject(json, fileName);
    if (!parsed) {
        errors << problemTexts(parsed.problems());
        return problemsOf(errors);
    }
    const QJsonObject &root = *parsed;
    const QStringList known = {QStringLiteral("format"), QStringLiteral("version"),
                               QStringLiteral("name"),   QStringLiteral("description"),
                               QStringLiteral("levers"), QStringLiteral("sentence_changes")};
    QStringList unknown;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!known.contains(it.key()))
            unknown << QCoreApplication::translate("leastbad::data",
                                                   "%1: unknown field \"%2\" (expected one of: %3)")
                           .arg(fileName, it.key().left(80), known.join(QStringLiteral(", ")));
    }
    errors << capped(unknown,
                     QCoreApplication::translate("leastbad::data", "%1: and %2 more unknown fields")
                         .arg(fileName, QStringLiteral("%1")));
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
            file.policy.retroactiveSentencing = true;
        else if (mode != QStringLiteral("prospective"))
            errors << QCoreApplication::translate(
                          "leastbad::data",
                          "%1: field \"sentence_changes\": expected \"prospective\" or "
                          "\"retroactive\"")
                          .arg(fileName);
    }
    file.name = root.value(QStringLiteral("name")).toString();
    file.description = root.value(QStringLiteral("description")).toString();
    if (file.name.size() > 200 || hasControlCharacters(file.name) ||
        file.description.size() > 10000 ||
        hasControlCharacters(QString(file.description).remove(QLatin1Char('\r'))))
        errors << QCoreApplication::translate(
                      "leastbad::data",
                      "%1: field \"name\" or \"description\": at most 200 (name) or 10,000 "
                      "characters of text, without control characters")
                      .arg(fileName);

    const QJsonValue leversValue = root.value(QStringLiteral("levers"));
    if (!leversValue.isUndefined() && !leversValue.isObject()) {
        errors << QCoreApplication::translate(
                      "leastbad::data",
                      "%1: field \"levers\": expected an object of lever names to values")
                      .arg(fileName);
        return problemsOf(errors);
    }
    const QJsonObject levers = leversValue.toObject();
    Problems problems = problemsOf(errors);
    readLevers(levers, core::statusQuoPolicy(region), fileName, file.policy, problems);
    if (!problems.isEmpty())
        return problems;
    return file;
}

PolicyReadResult readPolicyFile(const QString &path, const core::RegionBaseline &region) {
    // Policy files are small; refuse anything large before reading it into memory.
    constexpr qint64 kMaxBytes = 1 << 20;
    const Result<QByteArray> bytes = readRegularFile(
        path, kMaxBytes, QCoreApplication::translate("leastbad::data", "a policy file"));
    if (!bytes)
        return bytes.problems();
    return parsePolicy(*bytes, path, region);
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
