#include "settings/appsettings.h"

#include "settings/appearance.h"
#include "settings/preferences.h"

namespace es::ui {

AppSettings AppSettings::load()
{
    AppSettings s;
    s.language = prefs::language.get();
    s.appearance = appearanceName(appearanceFromName(prefs::appearance.get()));
    s.kafkaProfile = prefs::defaultKafkaProfile.get();
    s.apiListen = prefs::apiListen.get();
    s.apiTokenFile = prefs::apiTokenFile.get();
    return s;
}

AppSettings AppSettings::defaults()
{
    AppSettings s;
    s.language = prefs::language.defaultValue();
    s.appearance = prefs::appearance.defaultValue();
    s.kafkaProfile = prefs::defaultKafkaProfile.defaultValue();
    s.apiListen = prefs::apiListen.defaultValue();
    s.apiTokenFile = prefs::apiTokenFile.defaultValue();
    return s;
}

void AppSettings::save() const
{
    prefs::language.set(language);
    const bool newLook = appearance != prefs::appearance.get();
    prefs::appearance.set(appearance);
    if (newLook)
        applyAppearance(appearanceFromName(appearance));
    prefs::defaultKafkaProfile.set(kafkaProfile);
    prefs::apiListen.set(apiListen);
    prefs::apiTokenFile.set(apiTokenFile);
}

QStringList AppSettings::changedKeys(const AppSettings &a, const AppSettings &b)
{
    QStringList out;
    if (a.language != b.language)
        out << prefs::language.key();
    if (a.appearance != b.appearance)
        out << prefs::appearance.key();
    if (a.kafkaProfile != b.kafkaProfile)
        out << prefs::defaultKafkaProfile.key();
    if (a.apiListen != b.apiListen)
        out << prefs::apiListen.key();
    if (a.apiTokenFile != b.apiTokenFile)
        out << prefs::apiTokenFile.key();
    return out;
}

} // namespace es::ui
