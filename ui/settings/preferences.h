#pragma once
// Every application-level setting, with its type and default. Workspace-level
// settings (time zone, rules) live in the workspace database instead.

#include "settings/preference.h"

#include <QByteArray>
#include <QStringList>
#include <QVariantMap>

namespace es::ui::prefs {

// Language code ("" = follow the system locale). Takes effect after a restart.
inline const Preference<QString> language{"ui/language", QString()};
// Last workspace opened; empty means "open the demo workspace".
inline const Preference<QString> lastWorkspace{"workspace/last", QString()};
inline const Preference<QStringList> recentWorkspaces{"workspace/recent", QStringList()};
inline const Preference<QByteArray> windowGeometry{"mainwindow/geometry", QByteArray()};
inline const Preference<QByteArray> windowState{"mainwindow/state", QByteArray()};
// Dashboard view: the picked range (RangeSpec::toString), its recent history,
// the comparison (comparisonName) and the dashboard shown last.
inline const Preference<QString> dashboardRange{"dashboard/range", QStringLiteral("preset:last-7d")};
inline const Preference<QStringList> rangeHistory{"dashboard/rangeHistory", QStringList()};
inline const Preference<QString> dashboardComparison{"dashboard/comparison",
                                                     QStringLiteral("previous-period")};
inline const Preference<QString> lastDashboard{"dashboard/last", QStringLiteral("overview")};
// "system", "light" or "dark" (settings/appearance.h).
inline const Preference<QString> appearance{"ui/appearance", QStringLiteral("system")};
inline const Preference<QByteArray> splitterState{"mainwindow/splitter", QByteArray()};
// Export report dialog: the folder ("" = Documents/Eventscope reports), the
// formats ("pdf", "xlsx", "csv"), the templates checked last, whether the
// dashboard's range is used, and the page size ("auto", "a4", "letter").
inline const Preference<QString> reportFolder{"reports/folder", QString()};
inline const Preference<QStringList> reportFormats{"reports/formats", QStringList{QStringLiteral("pdf")}};
inline const Preference<QStringList> reportTemplates{"reports/templates",
                                                     QStringList{QStringLiteral("weekly-summary")}};
inline const Preference<bool> reportDashboardRange{"reports/dashboardRange", true};
// Local API server (View → Local API Server…): the address to listen on
// ("" = 127.0.0.1:8080) and the token file ("" = none, loopback only).
inline const Preference<QString> apiListen{"api/listen", QString()};
inline const Preference<QString> apiTokenFile{"api/tokenFile", QString()};
// The Kafka profile (by name) selected first in File → Kafka Connections…;
// "" = the first one.
inline const Preference<QString> defaultKafkaProfile{"kafka/defaultProfile", QString()};
// SQL console: the last statements run, newest first.
inline const Preference<QStringList> sqlHistory{"sql/history", QStringList()};
// SQL console: saved statements by name.
inline const Preference<QVariantMap> sqlSaved{"sql/saved", QVariantMap()};
inline const Preference<QString> reportPageSize{"reports/pageSize", QStringLiteral("auto")};
// Import dialog: the folder files were last added from, and the log files
// imported last (newest first, at most kRecentLogFiles).
inline const Preference<QString> importFolder{"import/lastDir", QString()};
inline const Preference<QStringList> recentLogFiles{"import/recentFiles", QStringList()};
inline constexpr int kRecentLogFiles = 10;

} // namespace es::ui::prefs
