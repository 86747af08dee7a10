#include "store/sqlite.h"

#include <sqlite3.h>
#include <utility>

namespace es::sql {

static QString lastError(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("no database");
}

Statement::Statement(sqlite3 *db, std::string_view sql) : m_db(db)
{
    const int rc = sqlite3_prepare_v2(db, sql.data(), int(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        m_error = lastError(db);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(other.m_db), m_error(std::move(other.m_error))
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
        m_error = std::move(other.m_error);
    }
    return *this;
}

Statement &Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, std::string_view text)
{
    sqlite3_bind_text(m_stmt, index, text.data(), int(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindBlob(int index, const void *data, int size)
{
    sqlite3_bind_blob(m_stmt, index, data, size, SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::step()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = lastError(m_db);
    return false;
}

bool Statement::exec()
{
    if (!m_stmt)
        return false;
    int rc;
    while ((rc = sqlite3_step(m_stmt)) == SQLITE_ROW) {
    }
    const bool ok = rc == SQLITE_DONE;
    if (!ok)
        m_error = lastError(m_db);
    sqlite3_reset(m_stmt);
    return ok;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

std::int64_t Statement::int64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double Statement::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

std::string_view Statement::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    const int n = sqlite3_column_bytes(m_stmt, col);
    return p ? std::string_view(p, size_t(n)) : std::string_view();
}

std::string_view Statement::blob(int col) const
{
    const void *data = sqlite3_column_blob(m_stmt, col);
    const int n = sqlite3_column_bytes(m_stmt, col);
    return data ? std::string_view(static_cast<const char *>(data), size_t(n)) : std::string_view();
}

QString Statement::qtext(int col) const
{
    const std::string_view t = text(col);
    return QString::fromUtf8(t.data(), qsizetype(t.size()));
}

bool Statement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

int Statement::columnType(int col) const
{
    return sqlite3_column_type(m_stmt, col);
}

QString Statement::columnName(int col) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, col));
}

Connection::~Connection()
{
    close();
}

Connection::Connection(Connection &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_error(std::move(other.m_error)),
      m_errorCode(other.m_errorCode)
{}

Connection &Connection::operator=(Connection &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_error = std::move(other.m_error);
        m_errorCode = other.m_errorCode;
    }
    return *this;
}

bool Connection::open(const QString &path, Mode mode)
{
    // Memory statistics take a global mutex on every allocation; nothing here
    // reads them. This must precede SQLite's initialisation, so it is done
    // before the first connection opens.
    static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(configured);
    close();
    const int flags =
        mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        setError(lastError(m_db), rc);
        sqlite3_close(m_db);
        m_db = nullptr;
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 10000);
    return true;
}

void Connection::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool Connection::exec(std::string_view sql)
{
    char *err = nullptr;
    const std::string s(sql);
    const int rc = sqlite3_exec(m_db, s.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        setError(err ? QString::fromUtf8(err) : lastError(m_db), rc);
        sqlite3_free(err);
        return false;
    }
    return true;
}

Statement Connection::prepare(std::string_view sql)
{
    Statement st(m_db, sql);
    if (!st.isValid())
        setError(st.errorString(), sqlite3_errcode(m_db));
    return st;
}

std::int64_t Connection::scalarInt(std::string_view sql, std::int64_t fallback)
{
    Statement st = prepare(sql);
    if (st.step())
        return st.int64(0);
    return fallback;
}

QString Connection::scalarText(std::string_view sql)
{
    Statement st = prepare(sql);
    if (st.step())
        return st.qtext(0);
    return {};
}

void Connection::setError(const QString &message, int code)
{
    m_error = message;
    m_errorCode = code;
}

std::int64_t Connection::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Connection::changes() const
{
    return sqlite3_changes(m_db);
}

Transaction::Transaction(Connection &c, bool immediate) : m_conn(c)
{
    m_active = m_conn.exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_conn.exec("COMMIT")) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (m_active) {
        sqlite3_exec(m_conn.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        m_active = false;
    }
}

} // namespace es::sql
