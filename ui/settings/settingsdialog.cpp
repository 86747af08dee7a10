#include "settings/settingsdialog.h"

#include "common/problemfooter.h"
#include "settings/apipage.h"
#include "settings/classificationpage.h"
#include "settings/datapage.h"
#include "settings/generalpage.h"
#include "settings/kafkapage.h"
#include "settings/locationpage.h"
#include "settings/timepage.h"
#include "settings/visitorspage.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace es::ui {

SettingsDialog::SettingsDialog(const QString &workspacePath, QWidget *parent)
    : QDialog(parent), m_path(workspacePath)
{
    setObjectName(QStringLiteral("SettingsDialog"));
    setWindowTitle(tr("Settings"));
    setSizeGripEnabled(true);
    m_values.app = AppSettings::load();
    m_values.workspace = WorkspaceSettings::defaults();
    buildUi();
    for (SettingsPage *p : m_pages) {
        p->load(m_values);
        connect(p, &SettingsPage::changed, this, &SettingsDialog::revalidate);
    }
    connect(&m_loadWatcher, &QFutureWatcher<Loaded>::finished, this, &SettingsDialog::loadFinished);
    connect(&m_saveWatcher, &QFutureWatcher<Loaded>::finished, this, &SettingsDialog::saveFinished);
    setWorkspaceEnabled(false);
    if (m_path.isEmpty()) {
        m_notice->setText(tr("No workspace is open: open one to change its settings."));
    } else {
        m_notice->setText(tr("Reading the settings of %1…").arg(QFileInfo(m_path).fileName()));
        const QString path = m_path;
        m_loadWatcher.setFuture(QtConcurrent::run([path] {
            Loaded l;
            l.settings = WorkspaceSettings::load(path, &l.error);
            return l;
        }));
    }
    revalidate();
}

SettingsDialog::~SettingsDialog()
{
    // Both jobs hold only copies; a save in flight is finished, not cut off.
    m_loadWatcher.waitForFinished();
    m_saveWatcher.waitForFinished();
}

void SettingsDialog::buildUi()
{
    m_pages = {new GeneralPage(this),        new TimePage(this),     new VisitorsPage(this),
               new ClassificationPage(this), new LocationPage(this), new DataPage(this),
               new KafkaPage(this),          new ApiPage(this)};
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("pageList"));
    m_list->setAccessibleName(tr("Pages"));
    m_stack = new QStackedWidget(this);
    for (SettingsPage *p : m_pages) {
        m_list->addItem(p->title());
        m_stack->addWidget(p);
    }
    int listWidth = 0;
    for (SettingsPage *p : m_pages)
        listWidth = std::max(listWidth, m_list->fontMetrics().horizontalAdvance(p->title()));
    m_list->setFixedWidth(listWidth + 40);

    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setForegroundRole(QPalette::PlaceholderText);

    m_footer = new ProblemFooter(this);
    m_apply = m_footer->buttons()->addButton(QDialogButtonBox::Apply);
    m_restore = m_footer->buttons()->addButton(QDialogButtonBox::RestoreDefaults);
    m_restore->setToolTip(tr("Put the settings of this page back to their defaults"));
    connect(m_footer->buttons(), &QDialogButtonBox::accepted, this, [this] { save(true); });
    connect(m_footer->buttons(), &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_restore, &QPushButton::clicked, this, &SettingsDialog::restoreDefaults);

    auto *right = new QVBoxLayout;
    right->addWidget(m_title);
    right->addWidget(m_notice);
    right->addSpacing(6);
    right->addWidget(m_stack, 1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_list);
    top->addSpacing(8);
    top->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_footer);

    connect(m_list, &QListWidget::currentRowChanged, this, &SettingsDialog::showPage);
    m_list->setCurrentRow(0);
    resize(820, 600);
}

void SettingsDialog::showPage(int index)
{
    if (index < 0 || index >= int(m_pages.size()))
        return;
    if (m_list->currentRow() != index)
        m_list->setCurrentRow(index);
    m_stack->setCurrentIndex(index);
    SettingsPage *p = m_pages[size_t(index)];
    m_title->setText(p->title());
    m_notice->setVisible(p->isWorkspacePage());
    m_restore->setEnabled(p->isEnabled());
}

int SettingsDialog::currentPage() const
{
    return m_stack->currentIndex();
}

void SettingsDialog::setWorkspaceEnabled(bool on)
{
    for (SettingsPage *p : m_pages) {
        if (p->isWorkspacePage())
            p->setEnabled(on);
    }
    if (currentPage() >= 0)
        m_restore->setEnabled(m_pages[size_t(currentPage())]->isEnabled());
}

void SettingsDialog::loadFinished()
{
    const Loaded l = m_loadWatcher.result();
    if (!l.error.isEmpty()) {
        m_notice->setText(tr("The settings of this workspace cannot be read: %1").arg(l.error));
        emit loaded();
        return;
    }
    m_values.workspace = l.settings;
    for (SettingsPage *p : m_pages) {
        if (p->isWorkspacePage())
            p->load(m_values);
    }
    m_workspaceLoaded = true;
    m_notice->setText(tr("Stored in the workspace %1.").arg(QFileInfo(m_path).fileName()));
    m_notice->setToolTip(QDir::toNativeSeparators(m_path));
    setWorkspaceEnabled(true);
    revalidate();
    emit loaded();
}

QStringList SettingsDialog::problems() const
{
    QStringList out;
    for (SettingsPage *p : m_pages) {
        if (p->isWorkspacePage() && !m_workspaceLoaded)
            continue;
        for (const QString &problem : p->problems())
            out << (m_pages.size() > 1 ? tr("%1: %2").arg(p->title(), problem) : problem);
    }
    return out;
}

void SettingsDialog::revalidate()
{
    if (isSaving())
        return;
    QStringList out = problems();
    if (!m_path.isEmpty() && !m_workspaceLoaded && m_loadWatcher.isRunning())
        out << tr("Reading the workspace settings…");
    m_footer->setProblem(out.join(QLatin1Char('\n')));
    m_apply->setEnabled(out.isEmpty());
}

void SettingsDialog::restoreDefaults()
{
    SettingsPage *p = m_pages[size_t(currentPage())];
    if (!p->isEnabled())
        return;
    SettingsValues defaults;
    defaults.app = AppSettings::defaults();
    defaults.workspace = WorkspaceSettings::defaults();
    p->load(defaults);
    revalidate();
}

void SettingsDialog::save(bool close)
{
    if (isSaving() || !problems().isEmpty() || (!m_path.isEmpty() && m_loadWatcher.isRunning()))
        return;
    SettingsValues now = m_values;
    for (SettingsPage *p : m_pages) {
        if (!p->isWorkspacePage() || m_workspaceLoaded)
            p->store(now);
    }
    const QStringList appKeys = AppSettings::changedKeys(m_values.app, now.app);
    if (!appKeys.isEmpty()) {
        now.app.save();
        m_values.app = now.app;
    }
    const QStringList workspaceKeys =
        m_workspaceLoaded ? WorkspaceSettings::changedKeys(m_values.workspace, now.workspace) : QStringList();
    if (workspaceKeys.isEmpty()) {
        emit saved(appKeys);
        if (close)
            accept();
        return;
    }
    m_saving = now;
    m_savingKeys = workspaceKeys + appKeys;
    m_closeAfterSave = close;
    m_footer->setProblem(QString());
    m_footer->label()->setText(tr("Saving…"));
    m_footer->buttons()->setEnabled(false);
    const QString path = m_path;
    const WorkspaceSettings before = m_values.workspace, after = now.workspace;
    m_saveWatcher.setFuture(QtConcurrent::run([path, before, after] {
        Loaded l;
        l.error = WorkspaceSettings::save(path, before, after);
        // Read back what is stored now (a new anonymisation salt, say), so
        // that the next Apply compares against it.
        if (l.error.isEmpty())
            l.settings = WorkspaceSettings::load(path, &l.error);
        return l;
    }));
}

void SettingsDialog::saveFinished()
{
    const Loaded l = m_saveWatcher.result();
    m_footer->buttons()->setEnabled(true);
    m_footer->label()->clear();
    if (!l.error.isEmpty()) {
        const QString message = tr("The workspace settings were not saved: %1").arg(l.error);
        m_footer->setProblem(message);
        // The input is fine: OK and Apply try again.
        okButton()->setEnabled(true);
        m_apply->setEnabled(true);
        emit saveFailed(message);
        return;
    }
    m_values.workspace = l.settings;
    emit saved(m_savingKeys);
    if (m_closeAfterSave) {
        accept();
        return;
    }
    revalidate();
}

QPushButton *SettingsDialog::okButton() const
{
    return m_footer->buttons()->button(QDialogButtonBox::Ok);
}

} // namespace es::ui
