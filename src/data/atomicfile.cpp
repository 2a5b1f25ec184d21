// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/atomicfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace leastbad::data {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("leastbad::data", text);
}

QString systemReason(int error) {
    return QString::fromLocal8Bit(std::strerror(error));
}

QString reasonOf(const QFileDevice &file) {
    return file.error() == QFileDevice::NoError
               ? tr("not every byte could be written (is the disk full?)")
               : file.errorString();
}

// The part of a scratch name after the prefix: "<pid>-<random>".
constexpr char kScratchTag[] = ".leastbad-";

QString scratchPrefix(const QString &fileName) {
    return QLatin1Char('.') + fileName + QLatin1String(kScratchTag);
}

// A scratch file written beside its target, removed unless committed.
struct Scratch {
    QByteArray path; // native
    int fd = -1;

    ~Scratch() {
        if (fd >= 0)
            ::close(fd);
        if (!path.isEmpty())
            ::unlink(path.constData());
    }
};

QString writeEvery(int fd, const QByteArray &bytes) {
    for (qint64 done = 0; done < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.constData() + done, std::size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return n < 0 ? systemReason(errno)
                         : tr("not every byte could be written (is the disk full?)");
        done += n;
    }
    if (::fsync(fd) != 0 && errno != EINVAL && errno != EROFS)
        return systemReason(errno);
    return {};
}

// The permissions a new file gets from the umask, as open(..., 0666) would give.
mode_t defaultMode() {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

} // namespace

QString writeAll(QFileDevice &file, const QByteArray &bytes) {
    // On a full disk write() takes what fits and reports no error; only the next call
    // fails, with the system's reason. So write until every byte is taken.
    for (qint64 done = 0; done < bytes.size();) {
        const qint64 n = file.write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0)
            return reasonOf(file);
        done += n;
    }
    // The same for buffered bytes: a short flush fails without a reason, the retry with one.
    if (!file.flush() && !file.flush())
        return reasonOf(file);
    return {};
}

QString refuseLinkOrSpecial(const QString &path) {
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return {}; // nothing there yet (or an unreadable place, which the write reports)
    if (S_ISLNK(st.st_mode))
        return tr("is a symbolic link; not written through it (remove the link or choose "
                  "another name)");
    if (S_ISDIR(st.st_mode))
        return tr("is a folder");
    if (!S_ISREG(st.st_mode))
        return tr("is not a regular file; not replaced");
    return {};
}

QString writeFileAtomically(const QString &path, const QByteArray &bytes) {
    QString failedPath;
    return writeFilesAtomically({{path, bytes}}, failedPath);
}

QString writeFileAtomically(const QString &path, const std::function<QString(QIODevice &)> &write) {
    // In memory first (an image or a page is a few MB at most), so the file itself is
    // written by the one path that checks every byte.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (const QString reason = write(buffer); !reason.isEmpty())
        return reason;
    return writeFileAtomically(path, buffer.data());
}

QString cannotWrite(const QString &path, const QString &reason) {
    if (reason.isEmpty())
        return {};
    return tr("%1: cannot write: %2").arg(path, reason);
}

QString writeFilesAtomically(const QList<FileContents> &files, QString &failedPath) {
    // Each file goes to a new scratch file beside its target (O_EXCL: never an existing
    // file or a link), then rename() puts it in place. rename() replaces the name itself:
    // a link planted at the target between the check and the rename is replaced, never
    // written through, and a dangling link's target is never created.
    std::vector<Scratch> scratch(std::size_t(files.size()));
    for (qsizetype i = 0; i < files.size(); ++i) {
        const FileContents &f = files[i];
        failedPath = f.path;
        if (const QString refused = refuseLinkOrSpecial(f.path); !refused.isEmpty())
            return refused;
        const QFileInfo info(f.path);
        removeStaleScratch(info.absolutePath(), scratchPrefix(info.fileName()));
        struct stat old {};
        const bool replacing = ::stat(QFile::encodeName(f.path).constData(), &old) == 0;
        Scratch &s = scratch[std::size_t(i)];
        for (int attempt = 0; attempt < 100 && s.fd < 0; ++attempt) {
            const QString name =
                scratchPrefix(info.fileName()) +
                QStringLiteral("%1-%2")
                    .arg(::getpid())
                    .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
            const QByteArray candidate =
                QFile::encodeName(QDir(info.absolutePath()).filePath(name));
            s.fd = ::open(candidate.constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
            if (s.fd >= 0)
                s.path = candidate;
            else if (errno != EEXIST)
                return systemReason(errno);
        }
        if (s.fd < 0)
            return tr("cannot create a temporary file beside it");
        // Keep the old file's permissions, as an edit in place would; a new file gets the
        // umask's, as any new file does.
        ::fchmod(s.fd, replacing ? (old.st_mode & 07777) : defaultMode());
        if (const QString reason = writeEvery(s.fd, f.bytes); !reason.isEmpty())
            return reason;
        if (::close(s.fd) != 0) {
            s.fd = -1;
            return systemReason(errno);
        }
        s.fd = -1;
    }
    for (qsizetype i = 0; i < files.size(); ++i) {
        failedPath = files[i].path;
        Scratch &s = scratch[std::size_t(i)];
        if (::rename(s.path.constData(), QFile::encodeName(files[i].path).constData()) != 0)
            return systemReason(errno);
        s.path.clear(); // in place: nothing to remove
    }
    failedPath.clear();
    return {};
}

QString scratchName(const QString &fileName) {
    return scratchPrefix(fileName) + QString::number(::getpid()) + QStringLiteral("-XXXXXX");
}

void removeStaleScratch(const QString &folder, const QString &prefix) {
    const QDir dir(folder);
    const QStringList names =
        dir.entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Dirs | QDir::Hidden |
                                                       QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        // "<prefix><pid>-<random>[-journal]": left by a process that no longer runs.
        const QString rest = name.mid(prefix.size());
        bool ok = false;
        const qint64 pid = rest.section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
        if (!ok || pid <= 0 || pid == ::getpid())
            continue;
        if (::kill(pid_t(pid), 0) == 0 || errno != ESRCH)
            continue; // still running (or not ours to judge)
        const QString path = dir.filePath(name);
        struct stat st {};
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode))
            QDir(path).removeRecursively();
        else
            ::unlink(QFile::encodeName(path).constData());
    }
}

} // namespace leastbad::data
