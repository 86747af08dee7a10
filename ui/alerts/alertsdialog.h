#pragma once
// Alerts → Manage Alerts…: the workspace's rules with their live state,
// filtered by text and state, created, edited, deleted, enabled and
// disabled; and the alert history, filtered by rule, live or historical and
// period, where incidents are acknowledged and exported as CSV. Everything
// is read and written through the AlertsController, off the GUI thread.
// Creating and editing a rule is asked for by editRequested(); the owner
// opens the rule editor and saves what it returns.

#include "alerts/alertrule.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace es::ui {

class AlertHistoryModel;
class AlertRulesModel;
class AlertsController;

class AlertsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AlertsDialog(AlertsController *controller, QWidget *parent = nullptr);
    ~AlertsDialog() override;

    AlertRulesModel *rulesModel() const { return m_rules; }
    AlertHistoryModel *historyModel() const { return m_history; }
    QSortFilterProxyModel *rulesProxy() const { return m_rulesProxy; }
    QTableView *rulesView() const { return m_rulesView; }
    QTableView *historyView() const { return m_historyView; }
    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *stateCombo() const { return m_state; }
    QComboBox *historyRuleCombo() const { return m_historyRule; }
    QComboBox *historyKindCombo() const { return m_historyKind; }
    QComboBox *historyPeriodCombo() const { return m_historyPeriod; }

    // Whether New… and Edit… can open a rule editor (the owner has one).
    void setEditingAvailable(bool available);

    void showRules();
    void showHistory();
    // The rule of the current row of the rules table; empty id when none.
    QString currentRuleId() const;
    void selectRule(const QString &id);
    void selectHistoryEntry(qint64 historyId);
    // Reads the history again with the filters as set.
    void reloadHistory();
    // Writes the history table as shown to `file` (off the GUI thread);
    // historyExported() tells how it went.
    void exportHistory(const QString &file);

    // New…, Edit…, Delete (asks first), Enable/Disable, Acknowledge.
    void newRule();
    void editCurrent();
    void deleteCurrent();
    void toggleCurrent();
    void acknowledgeCurrent();

signals:
    void editRequested(const es::AlertRule &rule, bool isNew);
    void historyExported(const QString &file, const QString &error);

private:
    QWidget *buildRulesTab();
    QWidget *buildHistoryTab();
    void updateButtons();
    void updateRuleChoices();
    void chooseExportFile();

    AlertsController *m_controller;
    AlertRulesModel *m_rules;
    AlertHistoryModel *m_history;
    QSortFilterProxyModel *m_rulesProxy;
    QSortFilterProxyModel *m_historyProxy;
    QTabWidget *m_tabs;
    QTableView *m_rulesView = nullptr;
    QTableView *m_historyView = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_state = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_toggle = nullptr;
    QLabel *m_rulesStatus = nullptr;
    QComboBox *m_historyRule = nullptr;
    QComboBox *m_historyKind = nullptr;
    QComboBox *m_historyPeriod = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_historyStatus = nullptr;
    bool m_canEdit = true;
    int m_historyRequest = 0;
    qint64 m_pendingSelection = 0;
    QFutureWatcher<QString> m_exportWatcher;
    QString m_exportFile;
};

} // namespace es::ui
