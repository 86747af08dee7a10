#pragma once
// Chooses an IANA time zone: the list of every zone the database knows, and
// a field that finds a zone by any part of its name ("berlin" finds
// Europe/Berlin). A name the database does not know is refused, and the
// field shows the zone in effect again.

#include <QByteArray>
#include <QComboBox>
#include <QStringList>

namespace es::ui {

class TimeZoneCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit TimeZoneCombo(QWidget *parent = nullptr);

    // Shows `ianaId` as the zone in effect; silent.
    void setZone(const QByteArray &ianaId);
    QByteArray zone() const { return m_zone; }

    // Every IANA id the zone database knows, sorted.
    static const QStringList &zoneIds();

signals:
    // The user chose a known zone other than the one in effect.
    void zonePicked(const QByteArray &ianaId);

private:
    void pick(const QString &text);
    void showZone();

    QByteArray m_zone;
};

} // namespace es::ui
