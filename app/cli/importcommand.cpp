// eventscope import: imports log files into the workspace, exactly once.

#include "cli/command.h"
#include "cli/output.h"
#include "ingest/filefollower.h"
#include "ingest/fileimporter.h"
#include "store/writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTime>
#include <QTimeZone>
#include <atomic>
#include <csignal>
#include <unistd.h>

namespace es::cli {

namespace {

class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(es::cli::ImportCommand)
public:
    static void addOptions(QCommandLineParser &p);
    static int run(QCommandLineParser &p, const GlobalOptions &g);
};

std::atomic<FileImporter *> g_active{nullptr};
std::atomic<FileFollower *> g_follower{nullptr};
std::atomic<bool> g_interrupted{false};

void onInterrupt(int)
{
    g_interrupted = true;
    if (FileImporter *imp = g_active.load())
        imp->cancel();
    if (FileFollower *f = g_follower.load())
        f->cancel(); // only sets a flag and notifies a condition variable
}

QString statusText(const FileImportResult &r)
{
    switch (r.status) {
    case FileImportResult::Status::Imported:
        return r.resumed ? ImportCommand::tr("appended") : ImportCommand::tr("imported");
    case FileImportResult::Status::AlreadyImported:
        return ImportCommand::tr("already imported");
    case FileImportResult::Status::Empty:
        return ImportCommand::tr("empty");
    case FileImportResult::Status::Failed:
        return ImportCommand::tr("failed");
    case FileImportResult::Status::Cancelled:
        return ImportCommand::tr("cancelled");
    }
    return {};
}

QJsonObject toJson(const FileImportResult &r)
{
    QJsonObject o;
    o[QStringLiteral("file")] = r.path;
    o[QStringLiteral("status")] = importStatusName(r.status);
    o[QStringLiteral("format")] = r.format;
    o[QStringLiteral("lines")] = double(r.lines);
    o[QStringLiteral("events")] = double(r.records);
    o[QStringLiteral("malformed")] = double(r.malformed);
    o[QStringLiteral("damaged")] = r.damaged;
    o[QStringLiteral("skipped_lines")] = double(r.skippedLines);
    o[QStringLiteral("already_imported_bytes")] = double(r.skippedBytes);
    o[QStringLiteral("bytes_read")] = double(r.bytesRead);
    o[QStringLiteral("seconds")] = r.seconds;
    o[QStringLiteral("lines_per_second")] = r.linesPerSecond;
    if (!r.error.isEmpty())
        o[QStringLiteral("error")] = r.error;
    QJsonArray warnings;
    for (const QString &w : r.warnings)
        warnings.append(w);
    o[QStringLiteral("warnings")] = warnings;
    QJsonArray samples;
    for (const MalformedSample &s : r.samples) {
        samples.append(QJsonObject{
            {QStringLiteral("line"), double(s.lineNo)},
            {QStringLiteral("reason"), QString::fromStdString(s.reason)},
            {QStringLiteral("text"), QString::fromUtf8(s.text.data(), qsizetype(s.text.size()))}});
    }
    o[QStringLiteral("malformed_samples")] = samples;
    return o;
}

} // namespace

void ImportCommand::addOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("format"),
                 tr("Log format instead of detecting it: combined, common, vhost_combined, combined_extra, "
                    "cloudfront, w3c, alb, s3, json_access, json_events[:event_type=F,ts=F,user_id=F,"
                    "session_id=F,params=F], or custom:<Apache LogFormat>."),
                 tr("NAME")});
    p.addOption({QStringLiteral("tz"),
                 tr("Time zone (IANA name such as Europe/Berlin) of timestamps that carry no UTC offset; "
                    "default UTC."),
                 tr("ZONE")});
    p.addOption(
        {QStringLiteral("geoip"),
         tr("Look up countries in this .mmdb file (GeoLite2 or DB-IP) for this import, instead of the "
            "workspace setting (see \"eventscope analytics\")."),
         tr("FILE")});
    p.addOption({QStringLiteral("site"),
                 tr("Site of the lines that name no virtual host (for example shop.example.com for a plain "
                    "combined log); lines with a virtual host keep theirs."),
                 tr("NAME")});
    p.addOption(
        {QStringLiteral("no-raw"), tr("Do not keep raw-event references for search (faster, smaller).")});
    p.addOption({QStringLiteral("workers"), tr("Number of parse threads (default: one per core)."), tr("N")});
    p.addOption({QStringLiteral("follow"),
                 tr("Keep following the files after importing them, and import lines as they are appended, "
                    "across log rotation (like tail -F). Stop with Ctrl+C.")});
    p.addOption({QStringLiteral("json"),
                 tr("Print the summary as JSON (with --follow: one JSON object per line and round).")});
    p.addPositionalArgument(QStringLiteral("FILE"),
                            tr("Log files to import (.gz and .bz2 are read directly)."),
                            QStringLiteral("FILE..."));
}

int ImportCommand::run(QCommandLineParser &p, const GlobalOptions &g)
{
    QStringList files = p.positionalArguments();
    files.removeFirst(); // the command name
    if (files.isEmpty()) {
        printErr(tr("eventscope import: name at least one log file.") + QLatin1Char('\n'));
        return ExitUsage;
    }
    ImportOptions options;
    options.format = p.value(QStringLiteral("format"));
    options.keepRawEvents = !p.isSet(QStringLiteral("no-raw"));
    options.timeZone = p.value(QStringLiteral("tz"));
    options.geoipPath = p.value(QStringLiteral("geoip"));
    options.site = p.value(QStringLiteral("site")).trimmed();
    if (!options.geoipPath.isEmpty() && !QFileInfo(options.geoipPath).isFile()) {
        printErr(
            tr("eventscope import: the country database %1 does not exist; give the path of a .mmdb file.")
                .arg(options.geoipPath) +
            QLatin1Char('\n'));
        return ExitUsage;
    }
    if (!options.timeZone.isEmpty() && !QTimeZone(options.timeZone.toUtf8()).isValid()) {
        printErr(
            tr("eventscope import: unknown time zone \"%1\"; use an IANA name such as Europe/Berlin or UTC.")
                .arg(options.timeZone) +
            QLatin1Char('\n'));
        return ExitUsage;
    }
    options.workers = p.value(QStringLiteral("workers")).toInt();
    const bool json = p.isSet(QStringLiteral("json"));

    Writer writer;
    if (!writer.open(g.dbPath)) {
        printErr(writer.errorString() + QLatin1Char('\n'));
        return ExitFailure;
    }

    struct sigaction sa = {};
    sa.sa_handler = onInterrupt;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);

    const bool follow = p.isSet(QStringLiteral("follow"));
    const bool tty = isatty(STDERR_FILENO) && !json;
    const QLocale locale;
    QJsonArray jsonFiles;
    int exitCode = ExitOk;
    auto showProgress = [&](const ImportProgress &pr) {
        if (tty && !pr.following) {
            const double pct = pr.bytesTotal > 0 ? 100.0 * double(pr.bytesDone) / double(pr.bytesTotal) : 0;
            printErr(
                QStringLiteral("\r\033[K%1  %2%  %3  %4")
                    .arg(QFileInfo(pr.path).fileName())
                    .arg(pct, 0, 'f', 0)
                    .arg(tr("%1 lines/s").arg(locale.toString(qint64(pr.linesPerSecond))))
                    .arg(pr.etaSeconds >= 0 ? tr("ETA %1 s").arg(qint64(pr.etaSeconds) + 1) : QString()));
        }
        return !g_interrupted.load();
    };
    auto showResult = [&](const FileImportResult &r) {
        if (tty)
            printErr(QStringLiteral("\r\033[K"));
        if (json && follow) {
            printOut(QString::fromUtf8(QJsonDocument(toJson(r)).toJson(QJsonDocument::Compact)) +
                     QLatin1Char('\n'));
        } else if (json) {
            jsonFiles.append(toJson(r));
        } else if (follow && r.resumed && r.status == FileImportResult::Status::Imported &&
                   r.error.isEmpty()) {
            // Live rounds of --follow: one line each.
            printOut(tr("%1  %2: +%3 lines, %4 events, %5 malformed")
                         .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")),
                              QFileInfo(r.path).fileName(), locale.toString(r.lines),
                              locale.toString(r.records), locale.toString(r.malformed)) +
                     QLatin1Char('\n'));
            for (const QString &w : r.warnings)
                printErr(tr("warning: %1").arg(w) + QLatin1Char('\n'));
        } else {
            printOut(tr("%1: %2, format %3").arg(QDir::toNativeSeparators(r.path), statusText(r), r.format) +
                     QLatin1Char('\n'));
            if (r.status == FileImportResult::Status::Imported ||
                r.status == FileImportResult::Status::Cancelled) {
                printOut(
                    tr("  lines %1, events %2, malformed %3, already imported %4 bytes, %5 s, %6 lines/s")
                        .arg(locale.toString(r.lines), locale.toString(r.records),
                             locale.toString(r.malformed), locale.toString(r.skippedBytes),
                             QString::number(r.seconds, 'f', 2), locale.toString(qint64(r.linesPerSecond))) +
                    QLatin1Char('\n'));
                for (size_t i = 0; i < r.samples.size() && i < 3; ++i) {
                    const MalformedSample &s = r.samples[i];
                    printOut(
                        tr("  malformed line %1: %2").arg(s.lineNo).arg(QString::fromStdString(s.reason)) +
                        QLatin1Char('\n'));
                }
            } else if (r.status == FileImportResult::Status::AlreadyImported) {
                printOut(tr("  already imported (%1 bytes); nothing new to read")
                             .arg(locale.toString(r.skippedBytes)) +
                         QLatin1Char('\n'));
            }
            for (const QString &w : r.warnings)
                printErr(tr("warning: %1").arg(w) + QLatin1Char('\n'));
            if (!r.error.isEmpty())
                printErr(tr("error: %1").arg(r.error) + QLatin1Char('\n'));
        }
        if (r.status == FileImportResult::Status::Failed || r.damaged)
            exitCode = ExitPartial;
        if (r.status == FileImportResult::Status::Cancelled && !follow)
            exitCode = ExitCancelled;
    };

    if (follow) {
        options.followPollMs = 250;
        FileFollower follower(writer, options);
        g_follower = &follower;
        if (g_interrupted)
            follower.cancel();
        if (!json)
            printErr((files.size() == 1 ? tr("Following 1 file; press Ctrl+C to stop.")
                                        : tr("Following %1 files; press Ctrl+C to stop.").arg(files.size())) +
                     QLatin1Char('\n'));
        follower.run(files, showProgress, showResult);
        g_follower = nullptr;
        writer.close();
        // Stopping is the normal end of following.
        return writer.hasFailed() ? ExitFailure : (exitCode == ExitPartial ? ExitPartial : ExitOk);
    }

    for (const QString &file : std::as_const(files)) {
        if (g_interrupted)
            break;
        FileImporter importer(writer, options);
        g_active = &importer;
        const FileImportResult r = importer.importFile(file, showProgress);
        g_active = nullptr;
        showResult(r);
        if (r.status == FileImportResult::Status::Failed && writer.hasFailed())
            break;
    }
    if (json)
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("database"), writer.path()},
                                                             {QStringLiteral("files"), jsonFiles}})
                                       .toJson(QJsonDocument::Indented)));
    writer.close();
    if (g_interrupted)
        return ExitCancelled;
    if (exitCode == ExitPartial && files.size() == 1)
        return ExitFailure;
    return exitCode;
}

Command importCommand()
{
    return {QStringLiteral("import"),
            [] { return ImportCommand::tr("Import log files into the workspace."); },
            &ImportCommand::addOptions, &ImportCommand::run};
}

} // namespace es::cli
