#include "timerange/timezonecombo.h"

#include <QCompleter>
#include <QLineEdit>
#include <QTimeZone>
#include <algorithm>

namespace es::ui {

TimeZoneCombo::TimeZoneCombo(QWidget *parent) : QComboBox(parent), m_zone("UTC")
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(15);
    setMinimumContentsLength(24);
    addItems(zoneIds());
    auto *finder = new QCompleter(zoneIds(), this);
    finder->setCaseSensitivity(Qt::CaseInsensitive);
    finder->setFilterMode(Qt::MatchContains);
    finder->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(finder);
    lineEdit()->setPlaceholderText(tr("e.g. Europe/Berlin"));

    connect(this, &QComboBox::activated, this, [this](int index) { pick(itemText(index)); });
    connect(finder, qOverload<const QString &>(&QCompleter::activated), this, &TimeZoneCombo::pick);
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] { pick(lineEdit()->text()); });
    showZone();
}

const QStringList &TimeZoneCombo::zoneIds()
{
    // Read once: the database does not change while the app runs, and
    // building ~600 strings on every popup would be noticeable.
    static const QStringList ids = [] {
        QStringList out;
        const QList<QByteArray> raw = QTimeZone::availableTimeZoneIds();
        out.reserve(raw.size());
        for (const QByteArray &id : raw)
            out.append(QString::fromUtf8(id));
        out.sort();
        return out;
    }();
    return ids;
}

void TimeZoneCombo::setZone(const QByteArray &ianaId)
{
    m_zone = ianaId;
    showZone();
}

void TimeZoneCombo::pick(const QString &text)
{
    const QString wanted = text.trimmed();
    const QStringList &ids = zoneIds();
    const auto it = std::find_if(ids.begin(), ids.end(), [&wanted](const QString &id) {
        return id.compare(wanted, Qt::CaseInsensitive) == 0;
    });
    if (it != ids.end() && it->toUtf8() != m_zone) {
        m_zone = it->toUtf8();
        showZone();
        emit zonePicked(m_zone);
        return;
    }
    // Half-typed or unknown: the zone in effect stays, and says so.
    showZone();
}

void TimeZoneCombo::showZone()
{
    const QString id = QString::fromUtf8(m_zone);
    const int index = findText(id);
    if (index >= 0)
        setCurrentIndex(index);
    setEditText(id);
}

} // namespace es::ui
