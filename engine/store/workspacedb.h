#pragma once
// Opens (or creates) a workspace database: one SQLite file per workspace, in
// WAL mode, integrity-checked on open and migrated forward to the current
// schema. A damaged or foreign file is reported, never replaced.

#include "store/sqlite.h"

#include <QCoreApplication>
#include <QString>

namespace es {

class WorkspaceDb
{
    Q_DECLARE_TR_FUNCTIONS(es::WorkspaceDb)
public:
    enum class Access { ReadWrite, ReadOnly };

    // <AppDataLocation>/default.eventscope and <AppDataLocation>/demo.eventscope
    static QString defaultPath();
    static QString demoPath();

    // Check::Deferred skips the integrity check of a read-write open, for a
    // caller that runs checkIntegrity() in the background meanwhile (the
    // desktop app shows its dashboards while the check reads the file).
    enum class Check { OnOpen, Deferred };
    bool open(const QString &path, Access access = Access::ReadWrite, Check check = Check::OnOpen);
    // PRAGMA quick_check on a connection of its own: "" when the file is
    // sound, else the message open() would have given.
    static QString checkIntegrity(const QString &path);
    void close();
    bool isOpen() const { return m_conn.isOpen(); }

    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    int schemaVersion() const { return m_version; }
    // Version found on disk before migration (0 for a new file).
    int openedAtVersion() const { return m_openedAt; }

    sql::Connection &connection() { return m_conn; }

    QString meta(const QString &key, const QString &fallback = {});
    bool setMeta(const QString &key, const QString &value);

private:
    bool migrate();

    sql::Connection m_conn;
    QString m_path;
    QString m_error;
    int m_version = 0;
    int m_openedAt = 0;
};

} // namespace es
