#pragma once
// Which settings reach data already imported. Rollups, sessions and visitor
// counts are computed while importing, with the rules in force then: a
// change to those rules applies to what is imported from now on, and only a
// rebuild from the sources applies it to the past. Retention and the
// application's own settings change nothing that is stored that way.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace es::ui {

class SettingsImpact
{
    Q_DECLARE_TR_FUNCTIONS(es::ui::SettingsImpact)
public:
    // `key` is a workspace `meta` key or a preference key, as returned by
    // WorkspaceSettings::changedKeys and AppSettings::changedKeys.
    static bool affectsPastData(const QString &key);
    // The keys of `changed` that affect past data, in their order.
    static QStringList pastDataKeys(const QStringList &changed);
    // The setting's name as the dialog shows it ("Static-asset extensions").
    static QString title(const QString &key);
};

} // namespace es::ui
