// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/leverscommand.h"

#include "cli/commonoptions.h"
#include "data/dataset.h"
#include "data/levertable.h"

#include <QCoreApplication>

namespace leastbad::cli {

namespace {

const QString kCommand = QStringLiteral("levers");

} // namespace

int runLevers(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "leastbad::cli",
        "The policy levers: key, label, unit, range, status quo (the rule, and the United "
        "States' value in the default dataset), how a setting carries over to another region, "
        "and the evidence. The Markdown is the table of docs/MODEL.md and docs/POLICY_FILES.md."));
    const QCommandLineOption format(
        QStringLiteral("format"),
        QCoreApplication::translate("leastbad::cli",
                                    "markdown (default), json, or strings (the translatable "
                                    "texts of the levers and outputs, as C++)."),
        QStringLiteral("FORMAT"), QStringLiteral("markdown"));
    parser.addOption(format);
    if (const std::optional<int> exit = parseOrExit(parser, kCommand, arguments))
        return *exit;
    const QString chosen = parser.value(format);
    if (chosen == QStringLiteral("strings"))
        return writeOut(data::coreTextsSource()) ? 0 : 2;
    if (chosen != QStringLiteral("markdown") && chosen != QStringLiteral("json"))
        return fail(kCommand,
                    QCoreApplication::translate(
                        "leastbad::cli", "--format: expected markdown, json or strings, got \"%1\"")
                        .arg(chosen.left(40)));
    QString error;
    const auto dataset = data::Dataset::openEmbedded().take(error);
    const auto reference =
        dataset ? dataset->loadRegion(data::Dataset::referenceRegion()).take(error) : std::nullopt;
    if (!reference)
        return fail(kCommand, error);
    return writeOut(chosen == QStringLiteral("json")
                        ? data::leverTableJson(reference->baseline)
                        : data::leverTableMarkdown(reference->baseline))
               ? 0
               : 2;
}

} // namespace leastbad::cli
