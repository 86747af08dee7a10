#include "alerts/alertsdialog.h"

#include "alerts/alerthistorymodel.h"
#include "alerts/alertrulesmodel.h"
#include "alerts/alertscontroller.h"
#include "models/csvexport.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace es::ui {

namespace {

enum class HistoryKind { All, LiveOnly, HistoricalOnly };

// Text over name, metric and condition, and the state picked in the combo.
class RuleFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString &text)
    {
        m_text = text.trimmed();
        invalidateFilter();
    }
    void setState(const QString &state)
    {
        m_state = state;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *m = sourceModel();
        const QModelIndex first = m->index(row, 0, parent);
        if (m_state == QLatin1String("muted")) {
            if (!first.data(AlertRulesModel::MutedRole).toBool())
                return false;
        } else if (!m_state.isEmpty() && first.data(AlertRulesModel::StateNameRole).toString() != m_state) {
            return false;
        }
        if (m_text.isEmpty())
            return true;
        for (const int c : {AlertRulesModel::Name, AlertRulesModel::Metric, AlertRulesModel::Condition}) {
            if (m->index(row, c, parent).data().toString().contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    QString m_text;
    QString m_state;
};

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

AlertsDialog::AlertsDialog(AlertsController *controller, QWidget *parent)
    : QDialog(parent), m_controller(controller), m_rules(new AlertRulesModel(this)),
      m_history(new AlertHistoryModel(this)), m_rulesProxy(new RuleFilterProxy(this)),
      m_historyProxy(new QSortFilterProxyModel(this)), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("alertsDialog"));
    setWindowTitle(tr("Manage Alerts"));
    resize(980, 560);
    m_rulesProxy->setSourceModel(m_rules);
    m_rulesProxy->setSortRole(AlertRulesModel::SortRole);
    m_historyProxy->setSourceModel(m_history);
    m_historyProxy->setSortRole(AlertHistoryModel::SortRole);

    m_tabs->addTab(buildRulesTab(), tr("&Rules"));
    m_tabs->addTab(buildHistoryTab(), tr("&History"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    const QByteArray zone = m_controller->workspace().timeZone;
    m_rules->setTimeZone(zone);
    m_history->setTimeZone(zone);
    // Transitions come in bursts while imported data is caught up on; one
    // reload answers a burst.
    auto *historyReload = new QTimer(this);
    historyReload->setSingleShot(true);
    historyReload->setInterval(250);
    connect(historyReload, &QTimer::timeout, this, &AlertsDialog::reloadHistory);

    connect(m_controller, &AlertsController::rulesChanged, this, [this](const QList<AlertRuleStatus> &rules) {
        const QString current = currentRuleId();
        m_rules->setRules(rules);
        QList<AlertRule> plain;
        for (const AlertRuleStatus &s : rules)
            plain.push_back(s.rule);
        m_history->setRules(plain);
        updateRuleChoices();
        if (!current.isEmpty() && currentRuleId() != current)
            selectRule(current);
        updateButtons();
    });
    connect(m_controller, &AlertsController::ruleSaved, this,
            [this](const AlertRule &r) { selectRule(r.id); });
    connect(m_controller, &AlertsController::acknowledged, this, [this](qint64 id) {
        m_pendingSelection = id;
        reloadHistory();
    });
    connect(m_controller, &AlertsController::transition, historyReload, qOverload<>(&QTimer::start));
    connect(m_controller, &AlertsController::historyLoaded, this,
            [this](int request, const QList<AlertHistoryEntry> &entries) {
                if (request != m_historyRequest)
                    return; // an answer to filters that have changed since
                QList<AlertHistoryEntry> shown;
                const auto kind = HistoryKind(m_historyKind->currentData().toInt());
                for (const AlertHistoryEntry &e : entries) {
                    if (kind != HistoryKind::HistoricalOnly || e.historical)
                        shown.push_back(e);
                }
                m_history->setEntries(shown);
                m_historyStatus->setText(tr("Incidents: %1").arg(shown.size()));
                if (m_pendingSelection != 0)
                    selectHistoryEntry(m_pendingSelection);
                m_pendingSelection = 0;
                updateButtons();
            });
    connect(m_controller, &AlertsController::opened, this, [this] {
        m_rules->setTimeZone(m_controller->workspace().timeZone);
        m_history->setTimeZone(m_controller->workspace().timeZone);
        reloadHistory();
    });
    connect(m_controller, &AlertsController::closed, this, [this] {
        // Nothing of a closed workspace stays on show or can be acted on.
        m_rules->setRules({});
        m_history->setEntries({});
        updateRuleChoices();
        updateButtons();
    });
    connect(m_controller, &AlertsController::operationFailed, this, [this](const QString &message) {
        m_rulesStatus->setText(message);
        m_historyStatus->setText(message);
    });
    connect(&m_exportWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_exportWatcher.result();
        m_historyStatus->setText(error.isEmpty() ? tr("Saved %1").arg(QDir::toNativeSeparators(m_exportFile))
                                                 : error);
        m_export->setEnabled(true);
        emit historyExported(m_exportFile, error);
    });

    m_rules->setRules(m_controller->rules());
    updateRuleChoices();
    m_controller->refreshRules();
    reloadHistory();
    updateButtons();
}

AlertsDialog::~AlertsDialog()
{
    // The file is finished rather than left half written.
    m_exportWatcher.waitForFinished();
}

QWidget *AlertsDialog::buildRulesTab()
{
    auto *page = new QWidget(this);
    m_filter = new QLineEdit(page);
    m_filter->setObjectName(QStringLiteral("alertFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, metric or condition"));
    m_filter->setClearButtonEnabled(true);
    m_state = new QComboBox(page);
    m_state->setObjectName(QStringLiteral("alertStateFilter"));
    m_state->addItem(tr("All states"), QString());
    m_state->addItem(tr("Firing"), QStringLiteral("firing"));
    m_state->addItem(tr("Pending"), QStringLiteral("pending"));
    m_state->addItem(tr("Recovering"), QStringLiteral("recovering"));
    m_state->addItem(tr("Normal"), QStringLiteral("normal"));
    m_state->addItem(tr("Disabled"), QStringLiteral("disabled"));
    m_state->addItem(tr("Muted"), QStringLiteral("muted"));
    auto *proxy = static_cast<RuleFilterProxy *>(m_rulesProxy);
    connect(m_filter, &QLineEdit::textChanged, this, [proxy](const QString &t) { proxy->setText(t); });
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this, proxy] { proxy->setState(m_state->currentData().toString()); });

    m_rulesView = makeTable(m_rulesProxy, page);
    m_rulesView->setObjectName(QStringLiteral("alertRulesView"));
    m_rulesView->setAccessibleName(tr("Alert rules"));
    m_rulesView->horizontalHeader()->setSectionResizeMode(AlertRulesModel::Condition, QHeaderView::Stretch);
    m_rulesView->horizontalHeader()->setStretchLastSection(false);
    m_rulesView->setColumnWidth(AlertRulesModel::Name, 180);
    m_rulesView->setColumnWidth(AlertRulesModel::Metric, 100);
    m_rulesView->sortByColumn(AlertRulesModel::Name, Qt::AscendingOrder);
    m_rulesView->setColumnWidth(AlertRulesModel::Severity, 80);
    m_rulesView->setColumnWidth(AlertRulesModel::State, 150);
    m_rulesView->setColumnWidth(AlertRulesModel::LastFired, 130);
    connect(m_rulesView, &QTableView::doubleClicked, this, &AlertsDialog::editCurrent);
    connect(m_rulesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AlertsDialog::updateButtons);

    m_new = new QPushButton(tr("&New…"), page);
    m_edit = new QPushButton(tr("&Edit…"), page);
    m_delete = new QPushButton(tr("&Delete"), page);
    m_toggle = new QPushButton(tr("D&isable"), page);
    m_new->setObjectName(QStringLiteral("newRule"));
    m_edit->setObjectName(QStringLiteral("editRule"));
    m_delete->setObjectName(QStringLiteral("deleteRule"));
    m_toggle->setObjectName(QStringLiteral("toggleRule"));
    // Enter in the filter box must not create a rule.
    for (QPushButton *b : {m_new, m_edit, m_delete, m_toggle})
        b->setAutoDefault(false);
    connect(m_new, &QPushButton::clicked, this, &AlertsDialog::newRule);
    connect(m_edit, &QPushButton::clicked, this, &AlertsDialog::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &AlertsDialog::deleteCurrent);
    connect(m_toggle, &QPushButton::clicked, this, &AlertsDialog::toggleCurrent);
    m_rulesStatus = new QLabel(page);
    m_rulesStatus->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_state);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_rulesStatus, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(m_rulesView, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget *AlertsDialog::buildHistoryTab()
{
    auto *page = new QWidget(this);
    m_historyRule = new QComboBox(page);
    m_historyRule->setObjectName(QStringLiteral("historyRule"));
    m_historyRule->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_historyKind = new QComboBox(page);
    m_historyKind->setObjectName(QStringLiteral("historyKind"));
    m_historyKind->addItem(tr("Live and historical"), int(HistoryKind::All));
    m_historyKind->addItem(tr("Live only"), int(HistoryKind::LiveOnly));
    m_historyKind->addItem(tr("Historical only"), int(HistoryKind::HistoricalOnly));
    m_historyKind->setToolTip(tr("Historical incidents were found in data imported after the fact; they "
                                 "were recorded but never notified."));
    m_historyPeriod = new QComboBox(page);
    m_historyPeriod->setObjectName(QStringLiteral("historyPeriod"));
    m_historyPeriod->addItem(tr("Last 24 hours"), qint64(24) * 3600'000);
    m_historyPeriod->addItem(tr("Last 7 days"), qint64(7) * 24 * 3600'000);
    m_historyPeriod->addItem(tr("Last 30 days"), qint64(30) * 24 * 3600'000);
    m_historyPeriod->addItem(tr("All time"), qint64(0));
    m_historyPeriod->setCurrentIndex(3);
    for (QComboBox *c : {m_historyRule, m_historyKind, m_historyPeriod})
        connect(c, &QComboBox::currentIndexChanged, this, &AlertsDialog::reloadHistory);

    m_historyView = makeTable(m_historyProxy, page);
    m_historyView->setObjectName(QStringLiteral("alertHistoryView"));
    m_historyView->setAccessibleName(tr("Alert history"));
    const std::pair<AlertHistoryModel::Column, int> widths[] = {
        {AlertHistoryModel::Fired, 130}, {AlertHistoryModel::Rule, 170}, {AlertHistoryModel::Severity, 75},
        {AlertHistoryModel::Value, 70},  {AlertHistoryModel::Mark, 70},  {AlertHistoryModel::Resolved, 130},
        {AlertHistoryModel::Source, 90}};
    for (const auto &[column, width] : widths)
        m_historyView->setColumnWidth(column, width);
    m_historyView->sortByColumn(AlertHistoryModel::Fired, Qt::DescendingOrder);
    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AlertsDialog::updateButtons);

    m_acknowledge = new QPushButton(tr("Ac&knowledge"), page);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeIncident"));
    m_export = new QPushButton(tr("E&xport CSV…"), page);
    m_export->setObjectName(QStringLiteral("exportHistory"));
    m_acknowledge->setAutoDefault(false);
    m_export->setAutoDefault(false);
    connect(m_acknowledge, &QPushButton::clicked, this, &AlertsDialog::acknowledgeCurrent);
    connect(m_export, &QPushButton::clicked, this, &AlertsDialog::chooseExportFile);
    m_historyStatus = new QLabel(page);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Rule:"), page));
    filters->addWidget(m_historyRule);
    filters->addWidget(m_historyKind);
    filters->addWidget(m_historyPeriod);
    filters->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_acknowledge);
    buttons->addWidget(m_export);
    buttons->addWidget(m_historyStatus, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(m_historyView, 1);
    layout->addLayout(buttons);
    return page;
}

void AlertsDialog::setEditingAvailable(bool available)
{
    m_canEdit = available;
    updateButtons();
}

void AlertsDialog::showRules()
{
    m_tabs->setCurrentIndex(0);
}

void AlertsDialog::showHistory()
{
    m_tabs->setCurrentIndex(1);
}

void AlertsDialog::updateRuleChoices()
{
    const QString current = m_historyRule->currentData().toString();
    const QSignalBlocker block(m_historyRule);
    m_historyRule->clear();
    m_historyRule->addItem(tr("All rules"), QString());
    for (const AlertRuleStatus &s : m_controller->rules())
        m_historyRule->addItem(s.rule.name, s.rule.id);
    const int i = m_historyRule->findData(current);
    m_historyRule->setCurrentIndex(i < 0 ? 0 : i);
    if (i < 0 && !current.isEmpty())
        reloadHistory(); // the rule shown was deleted
}

QString AlertsDialog::currentRuleId() const
{
    const QModelIndex i = m_rulesView->currentIndex();
    return i.isValid() ? i.data(AlertRulesModel::RuleIdRole).toString() : QString();
}

void AlertsDialog::selectRule(const QString &id)
{
    const int row = m_rules->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex i = m_rulesProxy->mapFromSource(m_rules->index(row, 0));
    if (i.isValid())
        m_rulesView->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    updateButtons();
}

void AlertsDialog::selectHistoryEntry(qint64 historyId)
{
    const int row = m_history->rowOf(historyId);
    if (row < 0)
        return;
    const QModelIndex i = m_historyProxy->mapFromSource(m_history->index(row, 0));
    m_historyView->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
}

void AlertsDialog::reloadHistory()
{
    AlertHistoryFilter f;
    f.ruleId = m_historyRule->currentData().toString();
    f.historical = HistoryKind(m_historyKind->currentData().toInt()) != HistoryKind::LiveOnly;
    const qint64 period = m_historyPeriod->currentData().toLongLong();
    if (period > 0)
        f.fromMs = QDateTime::currentMSecsSinceEpoch() - period;
    f.limit = 5000;
    f.withDeliveries = true;
    if (m_pendingSelection == 0) {
        const QModelIndex i = m_historyView->currentIndex();
        if (i.isValid())
            m_pendingSelection = i.data(AlertHistoryModel::HistoryIdRole).toLongLong();
    }
    m_historyRequest = m_controller->loadHistory(f);
}

void AlertsDialog::updateButtons()
{
    const QModelIndex rule = m_rulesView->currentIndex();
    const AlertRuleStatus *s =
        rule.isValid() ? m_rules->statusAt(m_rulesProxy->mapToSource(rule).row()) : nullptr;
    const bool open = m_controller->isOpen();
    m_new->setEnabled(open && m_canEdit);
    m_edit->setEnabled(open && m_canEdit && s);
    m_delete->setEnabled(open && s);
    m_toggle->setEnabled(open && s);
    m_toggle->setText(s && !s->rule.enabled ? tr("En&able") : tr("D&isable"));
    const QModelIndex entry = m_historyView->currentIndex();
    m_acknowledge->setEnabled(open && entry.isValid() &&
                              !entry.data(AlertHistoryModel::AcknowledgedRole).toBool());
    m_export->setEnabled(!m_exportWatcher.isRunning());
}

void AlertsDialog::newRule()
{
    if (!m_canEdit)
        return;
    AlertRule r;
    r.name = tr("New alert");
    r.metric = MetricId::PageViews;
    r.condition.kind = AlertConditionKind::Above;
    r.condition.high = 1000;
    emit editRequested(r, true);
}

void AlertsDialog::editCurrent()
{
    if (!m_canEdit)
        return;
    if (const std::optional<AlertRule> r = m_controller->rule(currentRuleId()))
        emit editRequested(*r, false);
}

void AlertsDialog::deleteCurrent()
{
    const std::optional<AlertRule> r = m_controller->rule(currentRuleId());
    if (!r)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete alert rule"),
                                tr("Delete the alert rule “%1”? Its history is kept.").arg(r->name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteRule"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = r->id;
    connect(box, &QMessageBox::finished, this, [this, box, id] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            m_controller->removeRule(id);
    });
    box->open();
}

void AlertsDialog::toggleCurrent()
{
    if (const std::optional<AlertRule> r = m_controller->rule(currentRuleId()))
        m_controller->setRuleEnabled(r->id, !r->enabled);
}

void AlertsDialog::acknowledgeCurrent()
{
    const QModelIndex i = m_historyView->currentIndex();
    if (i.isValid() && !i.data(AlertHistoryModel::AcknowledgedRole).toBool())
        m_controller->acknowledge(i.data(AlertHistoryModel::HistoryIdRole).toLongLong());
}

void AlertsDialog::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Export Alert History"),
                                     QDir(folder).filePath(tr("alert history.csv")), tr("CSV files (*.csv)"));
    if (!file.isEmpty())
        exportHistory(file);
}

void AlertsDialog::exportHistory(const QString &file)
{
    if (m_exportWatcher.isRunning())
        return;
    m_exportFile = file;
    m_export->setEnabled(false);
    // The text is taken now, as the table shows it; only the writing waits.
    const QByteArray csv = modelToCsv(m_historyProxy).toUtf8();
    m_exportWatcher.setFuture(QtConcurrent::run([file, csv] {
        QSaveFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size() || !f.commit())
            return AlertsDialog::tr("The history could not be saved to %1: %2. Choose another folder.")
                .arg(QDir::toNativeSeparators(file), f.errorString());
        return QString();
    }));
}

} // namespace es::ui
