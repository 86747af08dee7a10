#pragma once
// Runs "eventscope report" as a child process for the desktop app. Queries,
// chart layout and file writing then happen outside the GUI process: the
// window stays responsive, a cancel is a kill, and the files are exactly
// those the command line writes. Progress comes back as JSON lines.

#include "query/rangespec.h"
#include "reports/reporttemplate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QPageSize>
#include <QProcess>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

class QTemporaryFile;

namespace es::ui {

class ReportExportJob : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString dbPath;
        std::vector<ReportTemplate> templates;
        std::optional<RangeSpec> range; // nullopt: each template's own
        QByteArray timeZone;            // empty: each template's own or the workspace's
        bool pdf = true;
        bool xlsx = false;
        bool csv = false;
        QString folder;
        // One template to exactly these files, instead of the folder: the PDF,
        // the workbook, and the folder the CSV files go into.
        QString pdfFile;
        QString xlsxFile;
        QString csvFolder;
        std::optional<QPageSize::PageSizeId> pageSize; // nullopt: the locale's
    };

    explicit ReportExportJob(QObject *parent = nullptr);
    ~ReportExportJob() override; // kills a running export

    // The eventscope executable; by default this application's own file.
    static void setProgram(const QString &path);
    static QString program();
    // The command-line arguments of a request (after the program name).
    static QStringList arguments(const Request &r, const QString &templateFile);

    // False with errorString() when the templates cannot be handed over.
    bool start(const Request &r);
    void cancel();
    bool isRunning() const;
    QString errorString() const { return m_error; }
    QStringList files() const { return m_files; }

signals:
    // percent 0..100 and what is being done ("Weekly summary: writing PDF").
    void progress(int percent, const QString &text);
    // ok: every report was written. Partial results still list their files.
    void finished(bool ok, const QStringList &files, const QString &error);

private:
    void readProgress();
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QProcess *m_process = nullptr;
    std::unique_ptr<QTemporaryFile> m_templateFile;
    QByteArray m_buffer;
    QStringList m_files;
    QStringList m_messages;
    QString m_error;
    QElapsedTimer m_lastSignal;
    bool m_cancelled = false;
};

} // namespace es::ui
