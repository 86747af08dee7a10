#include "reports/reportexportjob.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>

namespace es::ui {

namespace {

QString &programOverride()
{
    static QString path;
    return path;
}

// A range as the command line reads it: a preset id or FROM..TO.
QString rangeArgument(const RangeSpec &r)
{
    switch (r.kind) {
    case RangeSpec::Kind::Preset:
        return r.preset;
    case RangeSpec::Kind::Relative:
        return r.fromExpr + QLatin1String("..") + r.toExpr;
    case RangeSpec::Kind::Absolute:
        return QString::number(r.fromSecs) + QLatin1String("..") + QString::number(r.toSecs);
    }
    return r.preset;
}

// A trailing slash tells the command a folder is meant, even for one report.
QString folderArgument(const QString &folder)
{
    QString f = QDir::fromNativeSeparators(folder);
    if (!f.endsWith(QLatin1Char('/')))
        f += QLatin1Char('/');
    return f;
}

QString stageText(const QString &stage, int done, int total)
{
    if (stage == QLatin1String("query"))
        return ReportExportJob::tr("running queries (%1 of %2)").arg(done).arg(total);
    if (stage == QLatin1String("pdf"))
        return ReportExportJob::tr("writing PDF");
    if (stage == QLatin1String("xlsx"))
        return ReportExportJob::tr("writing Excel workbook");
    if (stage == QLatin1String("csv"))
        return ReportExportJob::tr("writing CSV files");
    return stage;
}

} // namespace

ReportExportJob::ReportExportJob(QObject *parent) : QObject(parent) {}

ReportExportJob::~ReportExportJob()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

void ReportExportJob::setProgram(const QString &path)
{
    programOverride() = path;
}

QString ReportExportJob::program()
{
    return programOverride().isEmpty() ? QCoreApplication::applicationFilePath() : programOverride();
}

QStringList ReportExportJob::arguments(const Request &r, const QString &templateFile)
{
    QStringList args{QStringLiteral("report"),          QStringLiteral("--db"), r.dbPath,
                     QStringLiteral("--template-file"), templateFile,           QStringLiteral("--progress")};
    if (r.range)
        args << QStringLiteral("--range") << rangeArgument(*r.range);
    if (!r.timeZone.isEmpty())
        args << QStringLiteral("--tz") << QString::fromLatin1(r.timeZone);
    if (!r.pdfFile.isEmpty())
        args << QStringLiteral("--pdf") << r.pdfFile;
    else if (r.pdf)
        args << QStringLiteral("--pdf") << folderArgument(r.folder);
    if (!r.xlsxFile.isEmpty())
        args << QStringLiteral("--xlsx") << r.xlsxFile;
    else if (r.xlsx)
        args << QStringLiteral("--xlsx") << folderArgument(r.folder);
    if (!r.csvFolder.isEmpty())
        args << QStringLiteral("--csv") << QDir::fromNativeSeparators(r.csvFolder);
    else if (r.csv)
        args << QStringLiteral("--csv") << folderArgument(r.folder);
    if (r.pageSize)
        args << QStringLiteral("--page-size")
             << (*r.pageSize == QPageSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4"));
    return args;
}

bool ReportExportJob::start(const Request &r)
{
    if (isRunning()) {
        m_error = tr("An export is already running.");
        return false;
    }
    m_files.clear();
    m_messages.clear();
    m_buffer.clear();
    m_error.clear();
    m_cancelled = false;
    // The templates go as a file so edits not yet saved export as shown.
    m_templateFile =
        std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/eventscope-XXXXXX.json"));
    if (!m_templateFile->open() || m_templateFile->write(ReportTemplates::serialize(r.templates)) < 0 ||
        !m_templateFile->flush()) {
        m_error = tr("The templates could not be handed to the exporter: %1. Check that the temporary "
                     "folder is writable.")
                      .arg(m_templateFile->errorString());
        return false;
    }
    if (!m_process) {
        m_process = new QProcess(this);
        connect(m_process, &QProcess::readyReadStandardError, this, &ReportExportJob::readProgress);
        connect(m_process, &QProcess::finished, this, &ReportExportJob::onFinished);
        connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
            if (e == QProcess::FailedToStart)
                onFinished(-1, QProcess::CrashExit);
        });
    }
    m_process->setProgram(program());
    m_process->setArguments(arguments(r, m_templateFile->fileName()));
    m_lastSignal.start();
    emit progress(0, tr("Starting"));
    m_process->start();
    return true;
}

void ReportExportJob::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    m_process->kill();
}

bool ReportExportJob::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void ReportExportJob::readProgress()
{
    m_buffer += m_process->readAllStandardError();
    qsizetype nl;
    while ((nl = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(nl).trimmed();
        m_buffer.remove(0, nl + 1);
        const QJsonObject o = line.startsWith('{') ? QJsonDocument::fromJson(line).object() : QJsonObject();
        if (o.isEmpty()) {
            if (!line.isEmpty())
                m_messages << QString::fromUtf8(line);
            continue;
        }
        if (o.contains(QStringLiteral("file"))) {
            m_files << o.value(QStringLiteral("file")).toString();
            continue;
        }
        const int index = o.value(QStringLiteral("report")).toInt();
        const int count = std::max(1, o.value(QStringLiteral("reports")).toInt(1));
        const QString stage = o.value(QStringLiteral("stage")).toString();
        const int done = o.value(QStringLiteral("done")).toInt();
        const int total = o.value(QStringLiteral("total")).toInt();
        // Queries take about half of a report's time, the files the rest.
        double part = 0;
        if (stage == QLatin1String("query"))
            part = total > 0 ? 0.5 * done / total : 0;
        else if (stage == QLatin1String("pdf"))
            part = 0.55;
        else if (stage == QLatin1String("xlsx"))
            part = 0.8;
        else if (stage == QLatin1String("csv"))
            part = 0.9;
        const int percent = int(100.0 * (index + part) / count);
        const bool last = stage != QLatin1String("query") || done == total;
        if (!last && m_lastSignal.elapsed() < 50)
            continue; // at most about 20 updates a second
        m_lastSignal.restart();
        const QString title = o.value(QStringLiteral("title")).toString();
        emit progress(percent, count > 1 ? tr("Report %1 of %2, %3: %4")
                                               .arg(index + 1)
                                               .arg(count)
                                               .arg(title, stageText(stage, done, total))
                                         : tr("%1: %2").arg(title, stageText(stage, done, total)));
    }
}

void ReportExportJob::onFinished(int exitCode, QProcess::ExitStatus status)
{
    readProgress();
    m_templateFile.reset();
    if (m_cancelled) {
        m_error = tr("The export was cancelled. Files already written were kept.");
        emit finished(false, m_files, m_error);
        return;
    }
    if (status != QProcess::NormalExit || exitCode < 0) {
        m_error =
            m_process->error() == QProcess::FailedToStart
                ? tr("The exporter %1 could not be started: %2").arg(program(), m_process->errorString())
                : tr("The exporter stopped unexpectedly. Try again; if it keeps failing, run "
                     "\"eventscope report\" from a terminal to see why.");
        emit finished(false, m_files, m_error);
        return;
    }
    m_error = m_messages.join(QLatin1Char('\n'));
    if (exitCode != 0 && m_error.isEmpty())
        m_error = tr("The export failed (exit code %1).").arg(exitCode);
    emit progress(100, exitCode == 0 ? tr("Done") : tr("Finished with errors"));
    emit finished(exitCode == 0, m_files, m_error);
}

} // namespace es::ui
