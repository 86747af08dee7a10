#pragma once
// Thin RAII wrappers over the SQLite C API: a connection and a prepared
// statement. The engine uses the C API directly (not QtSql) for speed and for
// control over WAL, progress handlers and read-only authorisers.

#include <QString>
#include <cstdint>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace es::sql {

class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, std::string_view sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString errorString() const { return m_error; }

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, std::int64_t(value)); }
    Statement &bind(int index, long long value) { return bind(index, std::int64_t(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, std::string_view text); // copied (SQLITE_TRANSIENT)
    Statement &bind(int index, const QString &text);
    Statement &bindBlob(int index, const void *data, int size);
    Statement &bindNull(int index);

    // Returns true while a row is available. On error returns false and sets errorString().
    bool step();
    // Executes to completion; returns false on error.
    bool exec();
    void reset();

    int columnCount() const;
    std::int64_t int64(int col) const;
    double real(int col) const;
    std::string_view text(int col) const;
    std::string_view blob(int col) const;
    QString qtext(int col) const;
    bool isNull(int col) const;
    int columnType(int col) const;
    QString columnName(int col) const;

    sqlite3_stmt *handle() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt = nullptr;
    sqlite3 *m_db = nullptr;
    QString m_error;
};

class Connection
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    Connection() = default;
    ~Connection();
    Connection(Connection &&other) noexcept;
    Connection &operator=(Connection &&other) noexcept;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool open(const QString &path, Mode mode);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    bool exec(std::string_view sql);
    Statement prepare(std::string_view sql);
    std::int64_t scalarInt(std::string_view sql, std::int64_t fallback = -1);
    QString scalarText(std::string_view sql);

    QString errorString() const { return m_error; }
    int errorCode() const { return m_errorCode; }
    void setError(const QString &message, int code = 1);
    sqlite3 *handle() const { return m_db; }
    std::int64_t lastInsertId() const;
    int changes() const;

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
    int m_errorCode = 0;
};

// RAII transaction: rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Connection &c, bool immediate = true);
    ~Transaction();
    bool isActive() const { return m_active; }
    bool commit();
    void rollback();

private:
    Connection &m_conn;
    bool m_active = false;
};

} // namespace es::sql
