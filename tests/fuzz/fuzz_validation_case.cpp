// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point: fuzzreaders.h describes what the input is and what is checked.
#include "fuzzreaders.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    leastbad::fuzz::abortIfBroken(leastbad::fuzz::validationCase(bytes));
    return 0;
}
