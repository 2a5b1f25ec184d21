// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/inputfile.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace leastbad::data {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("leastbad::data", text);
}

QString kindOf(mode_t mode) {
    if (S_ISDIR(mode))
        return tr("a folder");
    if (S_ISFIFO(mode))
        return tr("a pipe (FIFO)");
    if (S_ISSOCK(mode))
        return tr("a socket");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return tr("a device");
    return tr("not a regular file");
}

} // namespace

Result<void> openRegularFile(const QString &path, QFile &file) {
    auto problem = [&](const QString &reason) { return Problem{path, 0, 0, {}, reason}; };
    if (path.startsWith(QLatin1Char(':'))) { // a resource compiled into the program
        file.setFileName(path);
        if (file.open(QIODevice::ReadOnly))
            return {};
        return problem(tr("cannot open: %1").arg(file.errorString()));
    }
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return problem(tr("cannot open: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const QString kind = kindOf(st.st_mode);
        ::close(fd);
        return problem(tr("is %1, not a regular file; not read").arg(kind));
    }
    // A regular file never blocks; clear the flag so reads behave as usual.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return problem(tr("cannot open: %1").arg(file.errorString()));
    }
    return {};
}

Result<QByteArray> readRegularFile(const QString &path, qint64 maxBytes, const QString &what) {
    QFile file;
    if (Result<void> opened = openRegularFile(path, file); !opened)
        return opened.problems();
    const QString limit =
        maxBytes >= (1 << 20) ? tr("%1 MiB").arg(maxBytes >> 20) : tr("%1 KiB").arg(maxBytes >> 10);
    const Problem tooLarge = Problem::of(tr("%1: larger than %2; not %3").arg(path, limit, what));
    if (file.size() > maxBytes)
        return tooLarge;
    // The limit holds for what is read, even if the file grows meanwhile.
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return tooLarge;
    if (file.error() != QFileDevice::NoError)
        return Problem::of(tr("%1: cannot read: %2").arg(path, file.errorString()));
    return bytes;
}

} // namespace leastbad::data
