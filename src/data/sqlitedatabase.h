// SPDX-License-Identifier: GPL-3.0-or-later
// A small RAII wrapper over the SQLite C API: one connection, prepared statements with
// bound parameters only (never SQL built from file content), and the hardening an
// untrusted file needs (read-only and immutable, defensive mode, no triggers or views,
// no functions run with trust from the schema, no extension loading, nothing attached).
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace leastbad::data {

class SqliteStatement {
public:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *stmt);
    SqliteStatement(SqliteStatement &&) noexcept;
    SqliteStatement &operator=(SqliteStatement &&) noexcept;
    ~SqliteStatement();

    void bind(int index, double value);
    void bind(int index, qint64 value);
    void bind(int index, const QString &value);
    void bindNull(int index);

    // Steps once: true if a row is ready, false when done. Errors set error().
    bool next();
    // Runs to completion (for statements without rows); false on error.
    bool run();
    void reset();

    double doubleAt(int column) const;
    qint64 intAt(int column) const;
    QString textAt(int column) const;

    const QString &error() const { return m_error; }

private:
    // The last text read from each of the first columns: a dataset's rows repeat their
    // region, metric, unit and source from one row to the next, and a repeated value is
    // handed out as a shared copy of the last one, not converted and allocated again
    // (reading the default dataset spent a third of its time there).
    struct LastText {
        bool set = false;
        std::string bytes; // reused: a changed value allocates only when it is longer
        QString text;
    };
    static constexpr int kRememberedColumns = 8;
    mutable LastText m_last[kRememberedColumns];

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt;
    QString m_error;
};

class SqliteDatabase {
public:
    enum class Mode { ReadOnlyUntrusted, ReadWrite, Create };

    SqliteDatabase();
    SqliteDatabase(SqliteDatabase &&) noexcept;
    SqliteDatabase &operator=(SqliteDatabase &&) noexcept;
    ~SqliteDatabase();

    // Opens a file. Errors return false and set error().
    bool open(const QString &path, Mode mode);
    // Opens an in-memory copy of a database image, read-only (the embedded dataset).
    bool openImage(const QByteArray &image);
    // Opens, read-only and without a copy, an image in memory that outlives the connection
    // and never changes (the embedded dataset, compiled into the program).
    bool openStaticImage(const char *data, qsizetype size);
    bool openInMemory();
    void close();

    bool exec(const QString &sql); // several statements, no parameters
    std::optional<SqliteStatement> prepare(const QString &sql);
    // `PRAGMA quick_check`: "ok" or the first problem.
    QString quickCheck();
    int userVersion();

    const QString &error() const { return m_error; }

private:
    bool harden();

    sqlite3 *m_db = nullptr;
    QByteArray m_image; // keeps an image alive while SQLite reads it
    QString m_error;
};

} // namespace leastbad::data
