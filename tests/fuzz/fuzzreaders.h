// SPDX-License-Identifier: GPL-3.0-or-later
// The readers that take untrusted bytes, driven the way a user's file drives
// them. The libFuzzer targets (fuzz_*.cpp) and the regression replay test
// (tst_fuzzreplay.cpp) share these functions, so a kept crashing input is replayed
// through exactly the code that crashed.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace leastbad::fuzz {

struct Outcome {
    bool accepted = false; // the reader took the input as valid
    QStringList messages;  // what the user would be told when it did not
    QString broken;        // non-empty: the reader broke one of its own promises
};

// Up to four CSV files in one input, split at kCsvFileSeparator: values.csv,
// regions.csv, sources.csv, parameter_overrides.csv. Validated; if valid, imported
// into a new .sqlite file, opened again, every region loaded, exported and re-validated.
inline constexpr char kCsvFileSeparator[] = "\n--8<--\n";
Outcome csvImport(const QByteArray &bytes);
// A .leastbad scenario; if valid, written and read back (the two must agree).
Outcome scenario(const QByteArray &bytes);
// A policy .json; if valid, written and read back (the two must agree).
Outcome policy(const QByteArray &bytes);
// A validation case .json; if valid, prepared on the test region and run on two draws.
Outcome validationCase(const QByteArray &bytes);
// The bytes of a .sqlite file, opened as an untrusted dataset; every region loaded
// and, if its baseline is usable, calibrated and simulated.
Outcome sqliteDataset(const QByteArray &bytes);

// Aborts with the broken promise printed, so that libFuzzer records a crash.
void abortIfBroken(const Outcome &outcome);

} // namespace leastbad::fuzz
