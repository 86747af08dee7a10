#pragma once
// The application settings the settings dialog edits, as one value: read
// from and written to their Preference<T> (preferences.h), compared key by
// key to tell what changed.

#include <QString>
#include <QStringList>

namespace es::ui {

struct AppSettings
{
    QString language;                              // "" = the system's, "en", "de"
    QString appearance = QStringLiteral("system"); // appearanceName()
    QString kafkaProfile;                          // "" = none
    QString apiListen;                             // "" = 127.0.0.1:8080
    QString apiTokenFile;                          // "" = none

    static AppSettings load();
    static AppSettings defaults();
    // Writes every value; the appearance is applied to the running application.
    void save() const;
    // The preference keys whose values differ.
    static QStringList changedKeys(const AppSettings &before, const AppSettings &after);
};

} // namespace es::ui
