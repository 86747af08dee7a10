#include "settings/visitorspage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace es::ui {

VisitorsPage::VisitorsPage(QWidget *parent)
    : SettingsPage(tr("Visitors & privacy"), true, parent), m_visitorKey(new QComboBox(this)),
      m_anonymize(new QComboBox(this)), m_timeout(new QSpinBox(this)), m_window(new QSpinBox(this))
{
    m_visitorKey->setObjectName(QStringLiteral("visitorKeyCombo"));
    m_visitorKey->addItem(tr("Client address and user agent"),
                          int(AnalyticsSettings::VisitorKey::IpUserAgent));
    m_visitorKey->addItem(tr("Client address only"), int(AnalyticsSettings::VisitorKey::Ip));
    m_anonymize->setObjectName(QStringLiteral("anonymizeCombo"));
    m_anonymize->addItem(tr("Off: keep addresses as logged"), int(IpAnonymizer::Mode::Off));
    m_anonymize->addItem(tr("Truncate: keep the /24 (IPv4) or /48 (IPv6) network"),
                         int(IpAnonymizer::Mode::Truncate));
    m_anonymize->addItem(tr("Salted hash: a token per address, nothing of the network"),
                         int(IpAnonymizer::Mode::SaltedHash));
    m_timeout->setObjectName(QStringLiteral("sessionTimeoutSpin"));
    m_timeout->setRange(1, 24 * 60);
    m_window->setObjectName(QStringLiteral("lateWindowSpin"));
    m_window->setRange(0, 24 * 60);
    for (QSpinBox *s : {m_timeout, m_window}) {
        s->setSuffix(tr(" min"));
        s->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000 min")) * 2);
        s->setAccelerated(true);
    }

    QFormLayout *form = makeForm();
    addRow(form, tr("&Visitor key:"), m_visitorKey,
           tr("What tells visitors apart when a record has no user id (a user id, when "
              "present, always wins)."));
    addRow(form, tr("&Anonymise addresses:"), m_anonymize,
           tr("Applied before anything is stored; countries are looked up from the real "
              "address first. The salt of the hash stays in the workspace."));
    addRow(form, tr("&Session timeout:"), m_timeout,
           tr("The longest gap between two page views of one session."));
    addRow(form, tr("&Late-line window:"), m_window,
           tr("How late a line may arrive out of order without splitting a session."));

    for (QComboBox *c : {m_visitorKey, m_anonymize})
        connect(c, &QComboBox::currentIndexChanged, this, &SettingsPage::changed);
    for (QSpinBox *s : {m_timeout, m_window})
        watch(s);
}

void VisitorsPage::load(const SettingsValues &values)
{
    const AnalyticsSettings &a = values.workspace.analytics;
    m_visitorKey->setCurrentIndex(std::max(0, m_visitorKey->findData(int(a.visitorKey))));
    m_anonymize->setCurrentIndex(std::max(0, m_anonymize->findData(int(a.anonymize))));
    m_timeout->setValue(a.sessionTimeoutSecs / 60);
    m_window->setValue(a.sessionWindowSecs / 60);
}

void VisitorsPage::store(SettingsValues &values) const
{
    AnalyticsSettings &a = values.workspace.analytics;
    a.visitorKey = AnalyticsSettings::VisitorKey(m_visitorKey->currentData().toInt());
    a.anonymize = IpAnonymizer::Mode(m_anonymize->currentData().toInt());
    // Seconds that are not whole minutes (set elsewhere) stay as they are
    // unless the minutes change.
    if (m_timeout->value() != a.sessionTimeoutSecs / 60)
        a.sessionTimeoutSecs = m_timeout->value() * 60;
    if (m_window->value() != a.sessionWindowSecs / 60)
        a.sessionWindowSecs = m_window->value() * 60;
}

QStringList VisitorsPage::problems() const
{
    QStringList out;
    if (!m_timeout->hasAcceptableInput())
        out << tr("Enter the session timeout in minutes, from 1 to 1440.");
    if (!m_window->hasAcceptableInput())
        out << tr("Enter the late-line window in minutes, from 0 to 1440.");
    return out;
}

} // namespace es::ui
