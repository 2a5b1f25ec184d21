// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/sqlitedatabase.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <cstring>
#include <string_view>
#include <utility>

namespace leastbad::data {

namespace {

// SQLite's message, and for a failed read or write the system's reason ("disk I/O
// error" alone does not tell a user that the disk is full).
QString withSystemReason(sqlite3 *db, QString message) {
    const int code = sqlite3_extended_errcode(db);
    const int primary = code & 0xff;
    if (primary != SQLITE_IOERR && primary != SQLITE_FULL && primary != SQLITE_CANTOPEN)
        return message;
    // The error number is kept by the connection for some failures and by the file
    // for others (a failed write).
    int systemError = sqlite3_system_errno(db);
    if (systemError == 0)
        sqlite3_file_control(db, "main", SQLITE_FCNTL_LAST_ERRNO, &systemError);
    if (systemError != 0)
        return message + QStringLiteral(" (") + QString::fromLocal8Bit(std::strerror(systemError)) +
               QLatin1Char(')');
    if (code == SQLITE_IOERR_WRITE)
        return message + QCoreApplication::translate("leastbad::data",
                                                     " (a write failed: is the disk full?)");
    return message;
}

QString messageOf(sqlite3 *db) {
    return db ? withSystemReason(db, QString::fromUtf8(sqlite3_errmsg(db)))
              : QStringLiteral("out of memory");
}

} // namespace

SqliteStatement::SqliteStatement(sqlite3 *db, sqlite3_stmt *stmt)
    : m_db(db)
    , m_stmt(stmt) {}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_error(std::move(other.m_error)) {}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept {
    std::swap(m_db, other.m_db);
    std::swap(m_stmt, other.m_stmt);
    std::swap(m_error, other.m_error);
    std::swap(m_last, other.m_last); // keyed by content: right for either statement
    return *this;
}

SqliteStatement::~SqliteStatement() {
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bind(int index, double value) {
    sqlite3_bind_double(m_stmt, index, value);
}
void SqliteStatement::bind(int index, qint64 value) {
    sqlite3_bind_int64(m_stmt, index, value);
}
void SqliteStatement::bind(int index, const QString &value) {
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}
void SqliteStatement::bindNull(int index) {
    sqlite3_bind_null(m_stmt, index);
}

bool SqliteStatement::next() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = messageOf(m_db);
    return false;
}

bool SqliteStatement::run() {
    while (next()) {
    }
    const bool ok = m_error.isEmpty();
    reset();
    return ok;
}

void SqliteStatement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

double SqliteStatement::doubleAt(int column) const {
    return sqlite3_column_double(m_stmt, column);
}
qint64 SqliteStatement::intAt(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}
QString SqliteStatement::textAt(int column) const {
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!text)
        return QString();
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    if (column < 0 || column >= kRememberedColumns)
        return QString::fromUtf8(text, bytes);
    LastText &last = m_last[column];
    const std::string_view view(text, std::size_t(bytes));
    if (!last.set || std::string_view(last.bytes) != view) {
        last.set = true;
        last.bytes.assign(view);
        last.text = QString::fromUtf8(text, bytes);
    }
    return last.text;
}

SqliteDatabase::SqliteDatabase() = default;

SqliteDatabase::SqliteDatabase(SqliteDatabase &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_image(std::move(other.m_image))
    , m_error(std::move(other.m_error)) {}

SqliteDatabase &SqliteDatabase::operator=(SqliteDatabase &&other) noexcept {
    std::swap(m_db, other.m_db);
    std::swap(m_image, other.m_image);
    std::swap(m_error, other.m_error);
    return *this;
}

SqliteDatabase::~SqliteDatabase() {
    close();
}

void SqliteDatabase::close() {
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

bool SqliteDatabase::harden() {
    // Defensive mode forbids writes to the schema and the journal from SQL; trusted
    // schema off stops functions in a file's triggers and views from running with
    // trust; extension loading stays off; no other database can be attached. A SQLite
    // that refuses any of these is not used at all.
    const int settings[][2] = {{SQLITE_DBCONFIG_DEFENSIVE, 1},
                               {SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0},
                               {SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0},
                               {SQLITE_DBCONFIG_ENABLE_TRIGGER, 0},
                               {SQLITE_DBCONFIG_ENABLE_VIEW, 0}};
    for (const auto &[option, value] : settings) {
        int applied = -1;
        if (sqlite3_db_config(m_db, option, value, &applied) != SQLITE_OK || applied != value) {
            m_error = QCoreApplication::translate("leastbad::data",
                                                  "SQLite refused a safety setting (%1)")
                          .arg(option);
            close();
            return false;
        }
    }
    sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, 1 << 20);
    sqlite3_limit(m_db, SQLITE_LIMIT_ATTACHED, 0);
    return true;
}

bool SqliteDatabase::open(const QString &path, Mode mode) {
    close();
    int flags = SQLITE_OPEN_NOMUTEX;
    flags |= mode == Mode::ReadOnlyUntrusted ? SQLITE_OPEN_READONLY
             : mode == Mode::ReadWrite       ? SQLITE_OPEN_READWRITE
                                             : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    QByteArray name = path.toUtf8();
    if (mode == Mode::ReadOnlyUntrusted) {
        // Immutable: SQLite neither locks the file nor looks for, or creates, journal,
        // WAL or shared-memory files beside it; opening writes nothing anywhere.
        flags |= SQLITE_OPEN_URI;
        name = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?immutable=1";
    }
    if (sqlite3_open_v2(name.constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        m_error = messageOf(m_db);
        close();
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    return harden();
}

bool SqliteDatabase::openImage(const QByteArray &image) {
    close();
    if (sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) !=
        SQLITE_OK) {
        m_error = messageOf(m_db);
        close();
        return false;
    }
    m_image = image;
    m_image.detach();
    const int rc =
        sqlite3_deserialize(m_db, "main", reinterpret_cast<unsigned char *>(m_image.data()),
                            m_image.size(), m_image.size(), SQLITE_DESERIALIZE_READONLY);
    if (rc != SQLITE_OK) {
        m_error = messageOf(m_db);
        close();
        return false;
    }
    return harden();
}

bool SqliteDatabase::openStaticImage(const char *data, qsizetype size) {
    close();
    m_image.clear();
    if (sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) !=
        SQLITE_OK) {
        m_error = messageOf(m_db);
        close();
        return false;
    }
    // Read-only: SQLite's in-memory file refuses every write (SQLITE_READONLY) and, without
    // SQLITE_DESERIALIZE_FREEONCLOSE or RESIZEABLE, neither frees nor moves the bytes, so
    // they can be the program's own constant data.
    const int rc = sqlite3_deserialize(m_db, "main",
                                       reinterpret_cast<unsigned char *>(const_cast<char *>(data)),
                                       size, size, SQLITE_DESERIALIZE_READONLY);
    if (rc != SQLITE_OK) {
        m_error = messageOf(m_db);
        close();
        return false;
    }
    return harden();
}

bool SqliteDatabase::openInMemory() {
    close();
    if (sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) !=
        SQLITE_OK) {
        m_error = messageOf(m_db);
        close();
        return false;
    }
    return harden();
}

bool SqliteDatabase::exec(const QString &sql) {
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        m_error = message ? withSystemReason(m_db, QString::fromUtf8(message)) : messageOf(m_db);
        sqlite3_free(message);
        return false;
    }
    return true;
}

std::optional<SqliteStatement> SqliteDatabase::prepare(const QString &sql) {
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK) {
        m_error = messageOf(m_db);
        sqlite3_finalize(stmt);
        return std::nullopt;
    }
    return SqliteStatement(m_db, stmt);
}

QString SqliteDatabase::quickCheck() {
    auto stmt = prepare(QStringLiteral("PRAGMA quick_check(1)"));
    if (!stmt)
        return m_error;
    if (!stmt->next())
        return stmt->error().isEmpty() ? QStringLiteral("no answer from quick_check")
                                       : stmt->error();
    return stmt->textAt(0);
}

int SqliteDatabase::userVersion() {
    auto stmt = prepare(QStringLiteral("PRAGMA user_version"));
    return stmt && stmt->next() ? int(stmt->intAt(0)) : -1;
}

} // namespace leastbad::data
