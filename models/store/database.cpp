#include "database.h"

#include "domain/tr.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QStringEncoder>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStore, "signalbox.store", QtWarningMsg)

namespace Signalbox {

void Database::Closer::operator()(sqlite3 *db) const
{
    // sqlite3_close_v2 defers the close until the last statement is finalized, so a leaked
    // statement never turns into a use-after-free.
    sqlite3_close_v2(db);
}

Database::Database(const QString &path, Mode mode)
    : m_path(path)
{
    if (mode == Mode::ReadOnly && !QFileInfo::exists(path))
        throw StoreError(StoreError::Kind::CannotOpen, path, ModelsTr::tr("no such file"));

    sqlite3 *raw = nullptr;
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                              : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    m_db.reset(raw);
    if (rc != SQLITE_OK) {
        const QString detail
            = raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QString::fromUtf8(sqlite3_errstr(rc));
        throw StoreError(StoreError::Kind::CannotOpen, path, detail);
    }
    sqlite3_busy_timeout(raw, 5000);
}

Database::~Database() = default;

void Database::fail(int rc, const char *what) const
{
    // The statement goes to the log, for developers; people see SQLite's own words only.
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db.get()));
    qCWarning(lcStore).noquote() << m_path << (what ? QString::fromUtf8(what) : QString())
                                 << detail;
    switch (rc & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        throw StoreError(StoreError::Kind::Corrupt, m_path, detail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw StoreError(StoreError::Kind::Busy, m_path, detail);
    case SQLITE_CANTOPEN:
        throw StoreError(StoreError::Kind::CannotOpen, m_path, detail);
    default:
        throw StoreError(StoreError::Kind::Failed, m_path, detail);
    }
}

void Database::exec(const char *sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db.get(), sql, nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        sqlite3_free(error);
        fail(rc);
    }
}

void Database::execIgnoringErrors(const char *sql) noexcept
{
    sqlite3_exec(m_db.get(), sql, nullptr, nullptr, nullptr);
}

int Database::userVersion()
{
    Statement query(*this, "PRAGMA user_version");
    return query.step() ? int(query.int64(0)) : 0;
}

void Database::setUserVersion(int version)
{
    exec(QByteArray("PRAGMA user_version = " + QByteArray::number(version)).constData());
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db.get());
}

int Database::changes() const
{
    return sqlite3_changes(m_db.get());
}

Statement::Statement(Database &db, const char *sql)
    : m_db(db)
{
    const int rc
        = sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        db.fail(rc, sql);
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::checkBind(int rc)
{
    if (rc != SQLITE_OK)
        m_db.fail(rc, sqlite3_sql(m_stmt));
}

void Statement::prepareToBind()
{
    // A statement that stepped to its end is not reset yet; binding to it would fail and leave the
    // old binding pointing into a buffer about to be reused.
    if (sqlite3_stmt_busy(m_stmt))
        sqlite3_reset(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    prepareToBind();
    checkBind(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    prepareToBind();
    checkBind(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    prepareToBind();
    if (m_textBuffers.size() <= std::size_t(index))
        m_textBuffers.resize(std::size_t(index) + 1);
    QByteArray &buffer = m_textBuffers[std::size_t(index)];
    // UTF-8 needs at most three bytes per UTF-16 code unit.
    const qsizetype capacity = value.size() * 3 + 1;
    if (buffer.size() < capacity)
        buffer.resize(capacity);
    QStringEncoder encoder(QStringEncoder::Utf8);
    char *end = encoder.appendToBuffer(buffer.data(), value);
    // SQLITE_STATIC: the buffer stays untouched until this parameter is bound again.
    checkBind(sqlite3_bind_text(m_stmt, index, buffer.constData(), int(end - buffer.constData()),
                                SQLITE_STATIC));
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &utf8)
{
    prepareToBind();
    checkBind(
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bindNull(int index)
{
    prepareToBind();
    checkBind(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement &Statement::bindOptional(int index, qint64 value, qint64 notKnown)
{
    return value == notKnown ? bindNull(index) : bind(index, value);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        // Ready to be bound and run again; the bindings themselves stay.
        sqlite3_reset(m_stmt);
        return false;
    }
    sqlite3_reset(m_stmt);
    m_db.fail(rc, sqlite3_sql(m_stmt));
}

void Statement::run()
{
    step();
    // Every caller binds all parameters again, so clearing them would be wasted work.
    sqlite3_reset(m_stmt);
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

qint64 Statement::int64Or(int column, qint64 fallback) const
{
    return isNull(column) ? fallback : int64(column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView Statement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.execIgnoringErrors("ROLLBACK");
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace Signalbox
