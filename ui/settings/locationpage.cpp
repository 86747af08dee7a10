#include "settings/locationpage.h"

#include "common/problemfooter.h"
#include "enrich/geoip.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace es::ui {

LocationPage::LocationPage(QWidget *parent)
    : SettingsPage(tr("Location"), true, parent), m_default(new QRadioButton(this)),
      m_file(new QRadioButton(tr("A MaxMind DB &file (GeoLite2, GeoIP2 or DB-IP):"), this)),
      m_off(new QRadioButton(tr("&Off: record no countries"), this)), m_path(new QLineEdit(this)),
      m_browse(new QPushButton(tr("&Browse…"), this)), m_status(new QLabel(this))
{
    m_default->setText(
        tr("&Debian's GeoIP database (%1)").arg(QDir::toNativeSeparators(GeoLookup::legacyDirectory())));
    m_default->setObjectName(QStringLiteral("geoipDefaultRadio"));
    m_file->setObjectName(QStringLiteral("geoipFileRadio"));
    m_off->setObjectName(QStringLiteral("geoipOffRadio"));
    auto *group = new QButtonGroup(this);
    for (QRadioButton *r : {m_default, m_file, m_off})
        group->addButton(r);
    m_path->setObjectName(QStringLiteral("geoipPathEdit"));
    m_path->setPlaceholderText(tr("Path of a .mmdb file"));
    m_path->setClearButtonEnabled(true);
    m_browse->setAutoDefault(false);
    m_status->setObjectName(QStringLiteral("geoipStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *pathRow = new QHBoxLayout;
    pathRow->setContentsMargins(24, 0, 0, 0);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(new QLabel(tr("Countries of client addresses come from:"), this));
    box->addWidget(m_default);
    box->addWidget(m_file);
    box->addLayout(pathRow);
    box->addWidget(m_off);
    box->addSpacing(8);
    box->addWidget(m_status);
    box->addWidget(hint(tr("Debian's database dates from 2019. For current data, download GeoLite2-Country "
                           "from MaxMind or \"IP to Country Lite\" from DB-IP and choose the .mmdb file. "
                           "Countries are looked up while importing, from the address before "
                           "anonymisation.")));
    box->addStretch(1);

    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on)
            startCheck();
    });
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        if (m_file->isChecked())
            startCheck();
    });
    connect(m_browse, &QPushButton::clicked, this, &LocationPage::browse);
    connect(&m_watcher, &QFutureWatcher<Check>::finished, this, &LocationPage::finishCheck);
}

LocationPage::~LocationPage()
{
    m_watcher.waitForFinished();
}

void LocationPage::load(const SettingsValues &values)
{
    const AnalyticsSettings &a = values.workspace.analytics;
    QSignalBlocker block(m_path);
    m_path->setText(QDir::toNativeSeparators(a.geoipPath));
    QRadioButton *choice = !a.geoip ? m_off : a.geoipPath.isEmpty() ? m_default : m_file;
    if (choice->isChecked())
        startCheck();
    else
        choice->setChecked(true); // checks through buttonToggled
}

void LocationPage::store(SettingsValues &values) const
{
    AnalyticsSettings &a = values.workspace.analytics;
    a.geoip = !m_off->isChecked();
    if (m_file->isChecked())
        a.geoipPath = QDir::fromNativeSeparators(m_path->text().trimmed());
    else if (m_default->isChecked())
        a.geoipPath.clear();
    // Off keeps the file, so that turning countries on again finds it.
}

QStringList LocationPage::problems() const
{
    if (m_off->isChecked())
        return {};
    if (m_file->isChecked() && m_path->text().trimmed().isEmpty())
        return {tr("Choose the .mmdb file, or another source of countries.")};
    if (isChecking())
        return {tr("Checking the country database…")};
    if (!m_last.ok)
        return {m_last.text};
    return {};
}

void LocationPage::startCheck()
{
    ++m_generation;
    m_path->setEnabled(m_file->isChecked());
    m_browse->setEnabled(m_file->isChecked());
    const QString path =
        m_file->isChecked() ? QDir::fromNativeSeparators(m_path->text().trimmed()) : QString();
    if (m_off->isChecked() || (m_file->isChecked() && path.isEmpty())) {
        m_pending = false;
        m_last = {m_generation, true, QString()};
        m_status->clear();
        emit changed();
        emit checked();
        return;
    }
    m_status->setText(tr("Checking…"));
    if (m_running) {
        // One check at a time; the newest choice is checked when it ends.
        m_pending = true;
        emit changed();
        return;
    }
    m_pending = false;
    m_running = true;
    const quint64 generation = m_generation;
    m_watcher.setFuture(QtConcurrent::run([generation, path] {
        GeoLookup geo;
        Check c;
        c.generation = generation;
        QString error;
        c.ok = geo.open(path, &error);
        c.text = c.ok ? geo.description() : error;
        return c;
    }));
    emit changed();
}

void LocationPage::finishCheck()
{
    m_running = false;
    const Check c = m_watcher.result();
    if (m_pending || c.generation != m_generation) {
        startCheck(); // stale: the choice changed meanwhile
        return;
    }
    m_last = c;
    m_status->setText(c.ok ? tr("In use: %1").arg(c.text) : c.text);
    QPalette p = palette();
    if (!c.ok)
        p.setColor(QPalette::WindowText, errorColor(this));
    m_status->setPalette(p);
    emit changed();
    emit checked();
}

void LocationPage::browse()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Country database"), m_path->text(),
                                                      tr("MaxMind DB (*.mmdb);;All files (*)"));
    if (!file.isEmpty())
        m_path->setText(QDir::toNativeSeparators(file));
}

} // namespace es::ui
