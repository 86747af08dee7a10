#pragma once
// The import dialog while files are imported: a bar per file with its lines
// and events, an overall bar, the rate in lines per second and the time
// left. Fed by SourceController::importProgress; nothing here does I/O.

#include "ingest/importtypes.h"

#include <QElapsedTimer>
#include <QWidget>
#include <vector>

class QGridLayout;
class QLabel;
class QProgressBar;

namespace es::ui {

class ImportProgressPage : public QWidget
{
    Q_OBJECT
public:
    explicit ImportProgressPage(QWidget *parent = nullptr);

    // The files in import order with their sizes on disk.
    void start(const QStringList &paths, const QList<qint64> &sizes, bool follow);
    void showProgress(const es::ImportProgress &progress, int fileIndex, int fileCount);
    // The import ended: files that were read fully show it.
    void finish(const std::vector<FileImportResult> &results);

    QProgressBar *overallBar() const { return m_overall; }
    QProgressBar *fileBar(int i) const { return m_rows[size_t(i)].bar; }
    QString rateText() const;

private:
    struct Row
    {
        QLabel *name = nullptr;
        QProgressBar *bar = nullptr;
        QLabel *status = nullptr;
        qint64 size = 0;
        qint64 done = 0;
        // Lines of the rounds of a followed file before the current one, and
        // of the current one (each round counts from 0).
        qint64 earlierLines = 0;
        qint64 roundLines = 0;
    };
    void updateOverall();

    QLabel *m_heading;
    QWidget *m_rowsWidget;
    QGridLayout *m_grid;
    QProgressBar *m_overall;
    QLabel *m_rate;
    std::vector<Row> m_rows;
    QElapsedTimer m_clock;
    bool m_follow = false;
};

} // namespace es::ui
