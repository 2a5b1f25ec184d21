// SPDX-License-Identifier: GPL-3.0-or-later
// Options shared by the CLI commands (region, policies, draws, weights, format), parsed
// and checked in one place so every command words its errors the same way.
#pragma once

#include "core/memorybudget.h"
#include "core/netvalue.h"
#include "core/parallel.h"
#include "data/dataset.h"
#include "data/policyfile.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace leastbad::cli {

// Which shared options a command takes.
// kRegion implies --dataset; kDataset alone takes a dataset without a region.
enum OptionSet : unsigned {
    kRegion = 1,
    kPolicies = 2,
    kDraws = 4,
    kWeights = 8,
    kFormat = 16,
    kDataset = 32,
    // The run keeps every draw's outputs for every policy: --draws is checked against the
    // memory budget (core/memorybudget.h). `regions` keeps one number per draw and region.
    kKeepsDraws = 64,
    // --format also takes markdown (the tables a document is generated from).
    kMarkdown = 128
};

struct CommonOptions {
    std::optional<data::Dataset> dataset; // with kRegion or kDataset
    data::RegionRecord region;            // with kRegion
    int year = 0; // --year: regions evaluated as of this year; 0: the latest value of each
    QList<data::PolicyFile> policies; // in the order given on the command line
    int draws = 2000;
    std::uint64_t seed = 1;
    int threads = 0;
    core::MoralWeights weights;
    QString format = QStringLiteral("table");
};

class CommonParser {
public:
    CommonParser(QCommandLineParser &parser, unsigned options, int defaultDraws = 2000);
    // Reads the options after parser.parse(); on a bad value returns std::nullopt and
    // sets `error` to a message naming the option and what was expected.
    std::optional<CommonOptions> read(QString &error) const;
    // With kKeepsDraws: what the command keeps of each draw, asked after parsing (it may
    // depend on an option such as --raw), for the memory check. Default: every output and
    // the draws themselves.
    void setRunShape(std::function<core::RunShape()> shape) { m_shape = std::move(shape); }

private:
    QCommandLineParser &m_parser;
    unsigned m_options;
    int m_defaultDraws;
    std::function<core::RunShape()> m_shape;
};

// The status quo of the region, then each policy of --policy; `names` gets "Status quo" and
// each policy's name (or "Policy N" for a file without one), in the same order.
std::vector<core::Policy> withStatusQuo(const CommonOptions &options, QStringList &names);

// The --year option every command with a region takes, and its value: 0 when not set,
// else a year from 1900 to 2100 (std::nullopt and `error` set when it is not one).
QCommandLineOption yearOption();
std::optional<int> readYear(const QCommandLineParser &parser, QString &error);

// Adds --help and the command's name, then parses. Returns an exit status when the
// command should stop here (help printed: 0; bad arguments: 2), else std::nullopt.
std::optional<int> parseOrExit(QCommandLineParser &parser, const QString &command,
                               const QStringList &arguments);

// parseOrExit, then the shared options: std::nullopt with `status` set when the command
// should stop (help printed: 0; a bad argument or value: 2, with the message printed).
std::optional<CommonOptions> parseCommon(QCommandLineParser &parser, const CommonParser &common,
                                         const QString &command, const QStringList &arguments,
                                         int &status);

// Prints text to standard output; false if it cannot be written.
bool writeOut(const QByteArray &text);
// "leastbad-cli COMMAND: message" on standard error; returns 2.
int fail(const QString &command, const QString &message);

// Set by Ctrl-C (SIGINT) or SIGTERM once interruptFlag() was called: long runs take it
// as their cancel flag, stop at the next draw and the command says so (exit status 130).
const std::atomic<bool> *interruptFlag();
// "leastbad-cli COMMAND: interrupted; nothing was written" on standard error; returns 130.
int interrupted(const QString &command);

// A progress callback that draws "\rlabel: 42%" on standard error when it is a terminal.
core::ProgressFn terminalProgress(const QString &label);

} // namespace leastbad::cli
