#pragma once
// "Open in table": a query result as a sortable, filterable table with bars
// behind the numbers, to copy or save as CSV. Non-modal; callers that let it
// live on its own set Qt::WA_DeleteOnClose.

#include "core/granularity.h"
#include "query/query.h"

#include <QDialog>
#include <QFutureWatcher>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace es::ui {

class ResultFilterProxyModel;
class ResultTableModel;

class TableDialog : public QDialog
{
    Q_OBJECT
public:
    TableDialog(const QString &title, const es::QueryResult &result, QWidget *parent = nullptr);
    ~TableDialog() override;

    // See ResultTableModel: the zone and granularity bucket times are shown in.
    void setTimeZone(const QByteArray &ianaId);
    void setGranularity(std::optional<es::Granularity> granularity);

    ResultTableModel *model() const { return m_model; }
    ResultFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *view() const { return m_view; }

    // The rows the table shows, in its order, as CSV with exact values.
    QString visibleCsv() const;
    // The selected cells as tab-separated display texts, the way spreadsheets
    // paste them; with the header line when every row is selected.
    QString selectedText() const;

    void copyCsv();
    void copySelection();
    // Asks for a file name, then saves visibleCsv() there.
    void saveCsv();
    // Writes off the GUI thread; emits csvSaved or csvSaveFailed.
    void saveCsvTo(const QString &path);

signals:
    void csvSaved(const QString &path);
    void csvSaveFailed(const QString &path, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCount();
    void fitColumns();
    void fitToContents();
    void onSaveFinished();

    ResultTableModel *m_model;
    ResultFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QLabel *m_count;
    QPushButton *m_copyButton;
    QPushButton *m_saveButton;
    QFutureWatcher<QString> m_saveWatcher;
    QString m_savePath;
};

} // namespace es::ui
