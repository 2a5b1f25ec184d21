// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk for tests, without root or a mount: while a FileSizeLimit lives, no file
// this process writes may grow past `bytes` (RLIMIT_FSIZE); the write that would fails
// with EFBIG, as a write to a full disk fails with ENOSPC. SIGXFSZ, which would kill
// the process, is ignored meanwhile. Pipes (the test log) are not affected.
#pragma once

#include <QString>

#include <csignal>
#include <sys/resource.h>

namespace leastbad::test {

class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = m_old;
        limited.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit() {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    bool ok() const { return m_ok; }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};

// A path that cannot be written even by root: its parent is a regular file.
inline QString unwritablePathBeside(const QString &regularFile, const QString &name) {
    return regularFile + QLatin1Char('/') + name;
}

} // namespace leastbad::test
