#pragma once
// The import dialog after an import: per file its status, events, malformed
// lines and speed, warnings below, and "Show Malformed Lines…" for the
// selected file's samples.

#include "ingest/importtypes.h"

#include <QWidget>
#include <vector>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace es::ui {

class ImportSummaryModel;
class MalformedLinesDialog;

class ImportSummaryPage : public QWidget
{
    Q_OBJECT
public:
    explicit ImportSummaryPage(QWidget *parent = nullptr);

    // `messages` are the controller's lines, shown when no file got as far
    // as a result (the workspace could not be opened, for example).
    void setResults(std::vector<FileImportResult> results, bool cancelled, const QStringList &messages = {});

    ImportSummaryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *malformedButton() const { return m_malformed; }
    // Opens the malformed lines of the selected file (non-modal).
    MalformedLinesDialog *showMalformed();

private:
    void updateButton();

    QLabel *m_heading;
    ImportSummaryModel *m_model;
    QTableView *m_view;
    QPushButton *m_malformed;
    QPlainTextEdit *m_warnings;
};

} // namespace es::ui
