#pragma once
// A typed application setting: one key, one type, one default, defined once
// in preferences.h. Reading or writing goes through QSettings, but no other
// code names a settings key.

#include <QSettings>
#include <QString>
#include <QVariant>

namespace es::ui {

template<typename T> class Preference
{
public:
    constexpr Preference(const char *key, T defaultValue) : m_key(key), m_default(std::move(defaultValue)) {}

    T get() const
    {
        QSettings s;
        const QVariant v = s.value(QLatin1String(m_key));
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_default;
    }
    void set(const T &value) const
    {
        QSettings s;
        s.setValue(QLatin1String(m_key), QVariant::fromValue(value));
    }
    void reset() const
    {
        QSettings s;
        s.remove(QLatin1String(m_key));
    }
    T defaultValue() const { return m_default; }
    QString key() const { return QLatin1String(m_key); }

private:
    const char *m_key;
    T m_default;
};

} // namespace es::ui
