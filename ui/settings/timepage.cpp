#include "settings/timepage.h"

#include "timerange/timezonecombo.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <algorithm>

namespace es::ui {

namespace {
// The zone id the text names (in any case), or "". The zone in effect is
// known even when the list lacks it (aliases such as Etc/UTC).
QByteArray knownZone(const QString &text, const QByteArray &inEffect)
{
    const QString typed = text.trimmed();
    if (typed.toUtf8() == inEffect)
        return inEffect;
    const QStringList &ids = TimeZoneCombo::zoneIds();
    const auto it = std::find_if(ids.begin(), ids.end(), [&typed](const QString &id) {
        return id.compare(typed, Qt::CaseInsensitive) == 0;
    });
    return it == ids.end() ? QByteArray() : it->toUtf8();
}
} // namespace

TimePage::TimePage(QWidget *parent)
    : SettingsPage(tr("Time"), true, parent), m_zone(new TimeZoneCombo(this)),
      m_weekStart(new QComboBox(this))
{
    m_zone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_weekStart->setObjectName(QStringLiteral("weekStartCombo"));
    const QLocale locale;
    for (int day = 1; day <= 7; ++day)
        m_weekStart->addItem(locale.standaloneDayName(day), day);

    QFormLayout *form = makeForm();
    addRow(form, tr("Time &zone:"), m_zone,
           tr("Hours, days, weeks and months of the dashboards, reports and alerts are "
              "counted in this zone, with its summer time. Type any part of a name "
              "(\"berlin\") to find a zone."));
    addRow(form, tr("&Weeks start on:"), m_weekStart);

    connect(m_zone, &TimeZoneCombo::zonePicked, this, &SettingsPage::changed);
    connect(m_zone->lineEdit(), &QLineEdit::textEdited, this, &SettingsPage::changed);
    connect(m_weekStart, &QComboBox::currentIndexChanged, this, &SettingsPage::changed);
}

void TimePage::load(const SettingsValues &values)
{
    m_zone->setZone(values.workspace.timeZone);
    m_weekStart->setCurrentIndex(std::clamp(values.workspace.weekStart, 1, 7) - 1);
}

void TimePage::store(SettingsValues &values) const
{
    // A known zone typed but not yet confirmed with Return counts too.
    const QByteArray typed = knownZone(m_zone->lineEdit()->text(), m_zone->zone());
    values.workspace.timeZone = typed.isEmpty() ? m_zone->zone() : typed;
    values.workspace.weekStart = m_weekStart->currentData().toInt();
}

QStringList TimePage::problems() const
{
    // The combo keeps the zone in effect until a known one is picked; what
    // is typed meanwhile must not look saved.
    if (!knownZone(m_zone->lineEdit()->text(), m_zone->zone()).isEmpty())
        return {};
    return {tr("\"%1\" is not a time zone. Pick one from the list, for example Europe/Berlin.")
                .arg(m_zone->lineEdit()->text().trimmed())};
}

} // namespace es::ui
