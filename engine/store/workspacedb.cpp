#include "store/workspacedb.h"

#include "core/version.h"
#include "store/schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimeZone>

namespace es {

QString WorkspaceDb::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("default.eventscope"));
}

QString WorkspaceDb::demoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.eventscope"));
}

static bool looksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(16);
    return head.size() == 16 && head.startsWith("SQLite format 3");
}

// The translated "damaged" message, or "" when quick_check passes.
static QString integrityError(sql::Connection &c, const QString &path)
{
    const QString check = c.scalarText("PRAGMA quick_check");
    if (check == QLatin1String("ok"))
        return {};
    const QString detail = check.isEmpty() ? c.errorString() : check.left(300);
    return WorkspaceDb::tr("The workspace %1 is damaged (integrity check: %2). It was not modified. "
                           "Restore it from a backup, or open or create another workspace.")
        .arg(QDir::toNativeSeparators(path), detail);
}

QString WorkspaceDb::checkIntegrity(const QString &path)
{
    sql::Connection c;
    if (!c.open(path, sql::Connection::Mode::ReadOnly))
        return tr("Cannot open the workspace %1: %2").arg(QDir::toNativeSeparators(path), c.errorString());
    return integrityError(c, path);
}

bool WorkspaceDb::open(const QString &path, Access access, Check check)
{
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    m_error.clear();
    const QFileInfo fi(m_path);

    if (fi.exists() && fi.size() > 0 && !looksLikeSqlite(m_path)) {
        m_error = tr("%1 is not an Eventscope workspace (it is not an SQLite database). "
                     "The file was not changed. Choose another file, or move this one away.")
                      .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    if (access == Access::ReadOnly && !fi.exists()) {
        m_error =
            tr("The workspace %1 does not exist. Import some logs first, or check the path given with --db.")
                .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    if (access == Access::ReadWrite && !QDir().mkpath(fi.absolutePath())) {
        m_error =
            tr("Cannot create the folder %1. Check its permissions, or choose another location with --db.")
                .arg(QDir::toNativeSeparators(fi.absolutePath()));
        return false;
    }

    const auto mode =
        access == Access::ReadOnly ? sql::Connection::Mode::ReadOnly : sql::Connection::Mode::ReadWrite;
    if (!m_conn.open(m_path, mode)) {
        m_error = tr("Cannot open the workspace %1: %2")
                      .arg(QDir::toNativeSeparators(m_path), m_conn.errorString());
        return false;
    }

    // The integrity check reads the whole file (about 0.2 s per 50 MB), so
    // it guards the opens that write; readers get SQLite's own errors on the
    // pages they touch.
    if (access == Access::ReadWrite && check == Check::OnOpen) {
        m_error = integrityError(m_conn, m_path);
        if (!m_error.isEmpty()) {
            m_conn.close();
            return false;
        }
    }

    m_openedAt = int(m_conn.scalarInt("PRAGMA user_version", 0));
    if (m_openedAt > schema::currentVersion()) {
        m_error = tr("The workspace %1 was written by a newer version of Eventscope (schema %2; this version "
                     "understands up to %3). Update Eventscope to open it.")
                      .arg(QDir::toNativeSeparators(m_path))
                      .arg(m_openedAt)
                      .arg(schema::currentVersion());
        m_conn.close();
        return false;
    }

    if (access == Access::ReadWrite) {
        // 16 KiB pages for new workspaces (a no-op for existing ones): rollup
        // upserts touch fewer pages, and imports are about 8% faster.
        m_conn.exec("PRAGMA page_size=16384");
        m_conn.exec("PRAGMA journal_mode=WAL");
        m_conn.exec("PRAGMA synchronous=NORMAL");
        m_conn.exec("PRAGMA foreign_keys=ON");
        // The rollup b-trees are updated all over on every batch; with
        // SQLite's default 2 MB page cache most updates would read pages back
        // from the file. 8 MiB imports as fast as 32 MiB and keeps the
        // import's memory down.
        m_conn.exec("PRAGMA cache_size=-8192");
        if (!migrate()) {
            m_conn.close();
            return false;
        }
    } else {
        if (m_openedAt < schema::currentVersion()) {
            m_error = tr("The workspace %1 uses an older schema (version %2). Open it once in Eventscope "
                         "(or run an import) to upgrade it, then try again.")
                          .arg(QDir::toNativeSeparators(m_path))
                          .arg(m_openedAt);
            m_conn.close();
            return false;
        }
        m_conn.exec("PRAGMA query_only=1");
    }
    m_version = int(m_conn.scalarInt("PRAGMA user_version", 0));
    return true;
}

bool WorkspaceDb::migrate()
{
    const auto &steps = schema::migrations();
    for (int v = m_openedAt; v < int(steps.size()); ++v) {
        sql::Transaction tx(m_conn);
        if (!tx.isActive() || !m_conn.exec(steps[size_t(v)]) ||
            !m_conn.exec(QStringLiteral("PRAGMA user_version=%1").arg(v + 1).toStdString())) {
            m_error = tr("Cannot upgrade the workspace %1 to schema version %2: %3. The file was left at "
                         "version %4.")
                          .arg(QDir::toNativeSeparators(m_path))
                          .arg(v + 1)
                          .arg(m_conn.errorString())
                          .arg(v);
            return false;
        }
        if (v == 0) {
            const QString now = QString::number(QDateTime::currentMSecsSinceEpoch());
            m_conn.exec("INSERT INTO meta(key, value) VALUES ('created_ms', '" + now.toStdString() + "')");
            setMeta(QStringLiteral("time_zone"), QString::fromUtf8(QTimeZone::systemTimeZoneId()));
        }
        if (!tx.commit()) {
            m_error = tr("Cannot upgrade the workspace %1: %2")
                          .arg(QDir::toNativeSeparators(m_path), m_conn.errorString());
            return false;
        }
    }
    setMeta(QStringLiteral("app_version"), QString::fromLatin1(kVersion));
    return true;
}

void WorkspaceDb::close()
{
    m_conn.close();
    m_version = 0;
}

QString WorkspaceDb::meta(const QString &key, const QString &fallback)
{
    auto st = m_conn.prepare("SELECT value FROM meta WHERE key = ?1");
    st.bind(1, key);
    return st.step() ? st.qtext(0) : fallback;
}

bool WorkspaceDb::setMeta(const QString &key, const QString &value)
{
    auto st = m_conn.prepare("INSERT INTO meta(key, value) VALUES (?1, ?2) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, key).bind(2, value);
    return st.exec();
}

} // namespace es
