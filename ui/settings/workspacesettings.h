#pragma once
// The workspace settings the settings dialog edits, as one value: the
// analytics settings, the retention policy, the time zone and the first day
// of a week, all kept in the workspace's `meta` table. load() and save()
// open the database and must run off the GUI thread.

#include "store/analyticssettings.h"
#include "store/retention.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace es::ui {

struct WorkspaceSettings
{
    AnalyticsSettings analytics;
    RetentionPolicy retention;
    QByteArray timeZone = "UTC"; // IANA id
    int weekStart = 1;           // 1 = Monday ... 7 = Sunday

    // What a new workspace starts with (the time zone of this computer).
    static WorkspaceSettings defaults();
    // Reads the settings of the workspace at `path`; on failure *error says why.
    static WorkspaceSettings load(const QString &path, QString *error);
    // Stores what differs between `before` and `after`: analytics settings
    // and retention go through the workspace's Writer (which also removes the
    // rows of a params.* key or pair that is gone, and what retention no
    // longer keeps), the zone and week start into `meta`. Returns an error
    // or "".
    static QString save(const QString &path, const WorkspaceSettings &before, const WorkspaceSettings &after);

    // The keys (names of `meta`, docs/SETTINGS.md) whose values differ. The
    // anonymisation salt is not a setting and is never compared.
    static QStringList changedKeys(const WorkspaceSettings &before, const WorkspaceSettings &after);
};

} // namespace es::ui
