#pragma once

#include "storeerror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace Signalbox {

class Statement;

// Owns one sqlite3 connection. A Database belongs to the thread that uses it; open one per thread.
class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    Database(const QString &path, Mode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db.get(); }

    void exec(const char *sql);
    // For destructors, which must not throw.
    void execIgnoringErrors(const char *sql) noexcept;
    int userVersion();
    void setUserVersion(int version);
    qint64 lastInsertRowId() const;
    int changes() const;

    // Turns an SQLite result code into the right StoreError and throws it.
    [[noreturn]] void fail(int resultCode, const char *what = nullptr) const;

private:
    struct Closer
    {
        void operator()(sqlite3 *db) const;
    };
    QString m_path;
    std::unique_ptr<sqlite3, Closer> m_db;
};

// A prepared statement, finalized when it goes out of scope. Bind indexes are 1-based, column
// indexes 0-based, as in the C API.
class Statement
{
public:
    Statement(Database &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); // a null QString binds NULL
    Statement &bind(int index, const QByteArray &utf8);
    Statement &bindNull(int index);
    // Binds NULL for the "not known" marker, the value otherwise.
    Statement &bindOptional(int index, qint64 value, qint64 notKnown);

    bool step(); // true while a row is available
    void run(); // steps once, expecting no row, and resets
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    qint64 int64Or(int column, qint64 fallback) const;
    double real(int column) const;
    QString text(int column) const;
    // The column's UTF-8 bytes, valid until the next step or reset; null for NULL.
    QByteArrayView utf8(int column) const;

private:
    void checkBind(int resultCode);
    void prepareToBind();

    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    // One reusable UTF-8 buffer per parameter: binding text costs no allocation once the
    // buffers have grown, which is most of the cost of a million-row ingest.
    std::vector<QByteArray> m_textBuffers;
};

// Begins IMMEDIATE so that writers queue up front instead of failing half-way; rolls back unless
// commit() was called.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace Signalbox
