#pragma once
// The detail pane of the event browser: the whole record of the selected
// row (the line or payload, wrapped and selectable), where it comes from
// (file and byte offset) or why its text is unavailable, and for JSON
// records their fields and params as a tree. The JSON is parsed on a
// worker thread; a newer selection replaces the parse being watched.

#include "events/eventsearchworker.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QSplitter;
class QTreeView;

namespace es::ui {

class JsonTreeModel;

class EventDetail : public QWidget
{
    Q_OBJECT
public:
    explicit EventDetail(QWidget *parent = nullptr);
    ~EventDetail() override;

    // nullptr clears the pane. `timeText` is the row's time as the table shows it.
    void showRow(const EventRecord *row, const QString &timeText);
    // The row's header with `message` in place of its text, while the record
    // is loaded or when it cannot be.
    void showPending(const EventRecord &row, const QString &timeText, const QString &message);
    // Replaces the message of a pending row.
    void setMessage(const QString &message);

    QPlainTextEdit *textView() const { return m_text; }
    QTreeView *fieldView() const { return m_tree; }
    JsonTreeModel *fieldModel() const { return m_fields; }
    QLabel *locationLabel() const { return m_location; }

signals:
    // The field tree was filled (or emptied) for the row last shown.
    void fieldsReady();

private:
    void showHeader(const EventRecord &row, const QString &timeText);

    QLabel *m_header;
    QLabel *m_location;
    QSplitter *m_split;
    QPlainTextEdit *m_text;
    QTreeView *m_tree;
    JsonTreeModel *m_fields;
    QFutureWatcher<QJsonDocument> m_parse;
};

} // namespace es::ui
