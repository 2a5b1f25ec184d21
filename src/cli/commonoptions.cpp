// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commonoptions.h"

#include "core/memorybudget.h"
#include "core/simulation.h"
#include "data/safetext.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace leastbad::cli {

namespace {

QCommandLineOption option(const char *name, const QString &help, const QString &valueName = {},
                          const QString &defaultValue = {}) {
    return QCommandLineOption(QString::fromLatin1(name), help, valueName, defaultValue);
}

// Reads a number option within [min, max] (a whole one if `whole`); appends to `error`
// and returns NaN if it is not one.
double number(const QCommandLineParser &parser, const char *name, double min, double max,
              QString &error, bool whole = false) {
    bool ok = false;
    const QString text = parser.value(QString::fromLatin1(name));
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < min || v > max || (whole && v != std::floor(v))) {
        if (!error.isEmpty())
            return std::nan(""); // report the first bad option
        error =
            (whole ? QCoreApplication::translate(
                         "leastbad::cli", "--%1: expected a whole number from %2 to %3, got \"%4\"")
                   : QCoreApplication::translate(
                         "leastbad::cli", "--%1: expected a number from %2 to %3, got \"%4\""))
                .arg(QString::fromLatin1(name), QString::number(min, 'g', 10),
                     QString::number(max, 'g', 10), text);
        return std::nan("");
    }
    return v;
}

} // namespace

CommonParser::CommonParser(QCommandLineParser &parser, unsigned options, int defaultDraws)
    : m_parser(parser)
    , m_options(options)
    , m_defaultDraws(defaultDraws) {
    const core::MoralWeights w;
    if (options & (kRegion | kDataset))
        parser.addOption(option(
            "dataset",
            QCoreApplication::translate(
                "CommonParser", "Dataset file (.sqlite; default: the embedded default dataset)."),
            QCoreApplication::translate("CommonParser", "DB")));
    if (options & (kRegion | kDataset))
        parser.addOption(yearOption());
    if (options & kRegion)
        parser.addOption(option(
            "region",
            QCoreApplication::translate(
                "CommonParser", "Region code (default: US; leastbad-cli dataset list shows them)."),
            QCoreApplication::translate("CommonParser", "CODE"), QStringLiteral("US")));
    if (options & kPolicies)
        parser.addOption(
            option("policy",
                   QCoreApplication::translate("CommonParser",
                                               "Policy file (.json); repeat to compare several."),
                   QCoreApplication::translate("CommonParser", "FILE")));
    if (options & kDraws) {
        parser.addOption(option(
            "draws",
            QCoreApplication::translate("CommonParser", "Monte Carlo draws (default: %1).")
                .arg(defaultDraws),
            QCoreApplication::translate("CommonParser", "N"), QString::number(defaultDraws)));
        parser.addOption(option(
            "seed",
            QCoreApplication::translate(
                "CommonParser", "Random seed; the same seed gives the same result (default: 1)."),
            QCoreApplication::translate("CommonParser", "N"), QStringLiteral("1")));
        parser.addOption(
            option("threads",
                   QCoreApplication::translate("CommonParser", "Threads (default: 0 = all cores)."),
                   QCoreApplication::translate("CommonParser", "N"), QStringLiteral("0")));
    }
    if (options & kWeights) {
        parser.addOption(option(
            "years",
            QCoreApplication::translate("CommonParser", "Horizon in years, 1 to %1 (default: %2).")
                .arg(core::kMaxYears)
                .arg(w.horizonYears),
            QCoreApplication::translate("CommonParser", "N"), QString::number(w.horizonYears)));
        parser.addOption(option(
            "discount-rate",
            QCoreApplication::translate("CommonParser", "Discount rate per year (default: %1).")
                .arg(w.discountRate),
            QCoreApplication::translate("CommonParser", "RATE"), QString::number(w.discountRate)));
        parser.addOption(option(
            "usd-per-wellbeing-year",
            QCoreApplication::translate("CommonParser", "Dollars per wellbeing-year (default: %1).")
                .arg(w.dollarsPerWellbeingYear),
            QCoreApplication::translate("CommonParser", "USD"),
            QString::number(w.dollarsPerWellbeingYear)));
        parser.addOption(option(
            "usd-per-life-year",
            QCoreApplication::translate("CommonParser", "Dollars per life-year (default: %1).")
                .arg(w.dollarsPerLifeYear),
            QCoreApplication::translate("CommonParser", "USD"),
            QString::number(w.dollarsPerLifeYear)));
        parser.addOption(
            option("weight-incarcerated",
                   QCoreApplication::translate(
                       "CommonParser", "Weight of incarcerated people's wellbeing (default: 1)."),
                   QCoreApplication::translate("CommonParser", "W"), QStringLiteral("1")));
        parser.addOption(
            option("weight-victims",
                   QCoreApplication::translate("CommonParser",
                                               "Weight of victims' wellbeing (default: 1)."),
                   QCoreApplication::translate("CommonParser", "W"), QStringLiteral("1")));
        parser.addOption(
            option("weight-families",
                   QCoreApplication::translate("CommonParser",
                                               "Weight of families' wellbeing (default: 1)."),
                   QCoreApplication::translate("CommonParser", "W"), QStringLiteral("1")));
        parser.addOption(option(
            "excess-burden",
            QCoreApplication::translate("CommonParser",
                                        "Excess burden of taxation: each tax dollar costs 1 + "
                                        "this (default: %1, OMB practice; 0 turns it off).")
                .arg(w.excessBurden),
            QCoreApplication::translate("CommonParser", "SHARE"), QString::number(w.excessBurden)));
        parser.addOption(QCommandLineOption(
            QStringLiteral("without-incarceration-life-years"),
            QCoreApplication::translate("CommonParser",
                                        "Leave the life expectancy lost through incarceration "
                                        "out of the net value (it is contested).")));
    }
    if (options & kFormat)
        parser.addOption(
            option("format",
                   (options & kMarkdown)
                       ? QCoreApplication::translate(
                             "CommonParser",
                             "Output format: table, csv, json or markdown (default: table).")
                       : QCoreApplication::translate(
                             "CommonParser", "Output format: table, csv or json (default: table)."),
                   QCoreApplication::translate("CommonParser", "FORMAT"), QStringLiteral("table")));
}

std::optional<CommonOptions> CommonParser::read(QString &error) const {
    CommonOptions o;
    const QCommandLineParser &p = m_parser;
    if (m_options & (kRegion | kDataset)) {
        const std::optional<int> year = readYear(p, error);
        if (!year)
            return std::nullopt;
        o.year = *year;
        o.dataset = data::Dataset::open(p.value(QStringLiteral("dataset"))).take(error);
        if (!o.dataset)
            return std::nullopt;
    }
    if (m_options & (kRegion | kPolicies)) {
        // Without --region, policy files are checked against the reference region.
        const QString code = (m_options & kRegion) ? p.value(QStringLiteral("region"))
                                                   : data::Dataset::referenceRegion();
        if (!o.dataset)
            o.dataset = data::Dataset::open(QString()).take(error);
        std::optional<data::RegionRecord> region =
            o.dataset ? o.dataset->loadRegion(code, o.year).take(error) : std::nullopt;
        if (!region) {
            error = QStringLiteral("--region: ") + error;
            return std::nullopt;
        }
        o.region = std::move(*region);
    }
    if (m_options & kPolicies) {
        for (const QString &path : p.values(QStringLiteral("policy"))) {
            const data::PolicyReadResult read = data::readPolicyFile(path, o.region.baseline);
            if (!read.ok()) {
                error = read.errorText();
                return std::nullopt;
            }
            o.policies << *read;
        }
    }
    if (m_options & kDraws) {
        const double draws = number(p, "draws", 10, 1'000'000, error, true);
        const double seed = number(p, "seed", 0, 9.0e15, error, true);
        const double threads = number(p, "threads", 0, 256, error, true);
        if (!error.isEmpty())
            return std::nullopt;
        o.draws = static_cast<int>(draws);
        o.seed = static_cast<std::uint64_t>(seed);
        o.threads = static_cast<int>(threads);
    }
    if (m_options & kWeights) {
        core::MoralWeights &w = o.weights;
        const double years = number(p, "years", 1, core::kMaxYears, error, true);
        w.discountRate = number(p, "discount-rate", 0, 0.5, error);
        w.dollarsPerWellbeingYear = number(p, "usd-per-wellbeing-year", 0, 1e8, error);
        w.dollarsPerLifeYear = number(p, "usd-per-life-year", 0, 1e8, error);
        w.weightIncarcerated = number(p, "weight-incarcerated", 0, 100, error);
        w.weightVictims = number(p, "weight-victims", 0, 100, error);
        w.weightFamilies = number(p, "weight-families", 0, 100, error);
        w.excessBurden = number(p, "excess-burden", 0, 2, error);
        w.countIncarcerationLifeYears =
            !p.isSet(QStringLiteral("without-incarceration-life-years"));
        if (!error.isEmpty())
            return std::nullopt;
        w.horizonYears = static_cast<int>(years); // only now: NaN to int is undefined
    }
    if (m_options & kKeepsDraws) {
        // Each draw's outputs for the status quo and every policy stay in memory: refuse a
        // run that cannot fit before it allocates anything.
        const int policies = int(o.policies.size()) + 1;
        const int years = (m_options & kWeights) ? o.weights.horizonYears : core::kMaxYears;
        if (const std::string over = core::checkMemoryBudget(
                o.draws, policies, years, m_shape ? m_shape() : core::RunShape{});
            !over.empty()) {
            error = QStringLiteral("--draws: ") + QString::fromStdString(over);
            return std::nullopt;
        }
    }
    if (m_options & kFormat) {
        o.format = p.value(QStringLiteral("format"));
        const bool markdown = (m_options & kMarkdown) && o.format == QStringLiteral("markdown");
        if (o.format != QStringLiteral("table") && o.format != QStringLiteral("csv") &&
            o.format != QStringLiteral("json") && !markdown) {
            error = QCoreApplication::translate("CommonParser",
                                                "--format: expected table, csv or json, got \"%1\"")
                        .arg(o.format);
            return std::nullopt;
        }
    }
    return o;
}

std::vector<core::Policy> withStatusQuo(const CommonOptions &o, QStringList &names) {
    std::vector<core::Policy> policies{core::statusQuoPolicy(o.region.baseline)};
    names = QStringList{QCoreApplication::translate("leastbad::cli", "Status quo")};
    for (const data::PolicyFile &p : o.policies) {
        policies.push_back(p.policy);
        names << (p.name.isEmpty()
                      ? QCoreApplication::translate("leastbad::cli", "Policy %1").arg(names.size())
                      : p.name);
    }
    return policies;
}

QCommandLineOption yearOption() {
    return option("year",
                  QCoreApplication::translate(
                      "CommonParser",
                      "Evaluate regions as of this year: each input's latest value at or before "
                      "it (default: the latest value of each)."),
                  QCoreApplication::translate("CommonParser", "YEAR"));
}

std::optional<int> readYear(const QCommandLineParser &parser, QString &error) {
    if (!parser.isSet(QStringLiteral("year")))
        return 0;
    const double year = number(parser, "year", 1900, 2100, error, true);
    if (std::isnan(year))
        return std::nullopt;
    return int(year);
}

std::optional<int> parseOrExit(QCommandLineParser &parser, const QString &command,
                               const QStringList &arguments) {
    parser.addHelpOption();
    parser.addPositionalArgument(command,
                                 QCoreApplication::translate("leastbad::cli", "The command."));
    if (!parser.parse(arguments))
        return fail(command, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    return std::nullopt;
}

std::optional<CommonOptions> parseCommon(QCommandLineParser &parser, const CommonParser &common,
                                         const QString &command, const QStringList &arguments,
                                         int &status) {
    if (const std::optional<int> exit = parseOrExit(parser, command, arguments)) {
        status = *exit;
        return std::nullopt;
    }
    QString error;
    std::optional<CommonOptions> options = common.read(error);
    if (!options)
        status = fail(command, error);
    return options;
}

bool writeOut(const QByteArray &text) {
    // Names from files may hold escape sequences: a terminal must not obey them. Output
    // into a file or a pipe stays byte for byte (CSV cells are neutralised where made).
    const QByteArray shown =
        isatty(fileno(stdout)) ? data::terminalSafe(QString::fromUtf8(text)).toUtf8() : text;
    QFile out;
    return out.open(stdout, QIODevice::WriteOnly) && out.write(shown) == shown.size();
}

int fail(const QString &command, const QString &message) {
    QTextStream(stderr) << "leastbad-cli " << command << ": " << data::terminalSafe(message)
                        << '\n';
    return 2;
}

namespace {
std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free); // safe to set from a signal handler
extern "C" void onInterrupt(int) {
    g_interrupted = true;
}
} // namespace

const std::atomic<bool> *interruptFlag() {
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    return &g_interrupted;
}

int interrupted(const QString &command) {
    QTextStream(stderr) << "leastbad-cli " << command << ": "
                        << QCoreApplication::translate("leastbad::cli",
                                                       "interrupted; nothing was written")
                        << '\n';
    return 130;
}

core::ProgressFn terminalProgress(const QString &label) {
    if (!isatty(fileno(stderr))) {
        // Into a log or a pipe: a line every 10% once the run has taken a second, so a
        // long run shows it is alive and a short one prints nothing.
        return [label, last = -1, started = std::chrono::steady_clock::now()](int done,
                                                                              int total) mutable {
            const int step = total > 0 ? 10 * done / total : 10;
            if (step == last ||
                std::chrono::steady_clock::now() - started < std::chrono::seconds(1))
                return;
            last = step;
            QTextStream(stderr) << label << ": " << 10 * step << "%\n";
        };
    }
    return [label, last = -1](int done, int total) mutable {
        const int percent = total > 0 ? 100 * done / total : 100;
        if (percent == last)
            return;
        last = percent;
        QTextStream(stderr) << '\r' << label << ": " << percent << "% "
                            << (percent == 100 ? "\n" : "");
    };
}

} // namespace leastbad::cli
