#include "demo/demoworkspace.h"

#include "demo/demowriter.h"
#include "demo/generatoroptions.h"
#include "ingest/fileimporter.h"
#include "store/workspacedb.h"
#include "store/writer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace es::demo {

namespace {
class DemoText
{
    Q_DECLARE_TR_FUNCTIONS(es::demo::DemoWorkspace)
};
} // namespace

DemoBuildResult ensureDemoWorkspace(const QString &dbPath, const DemoBuildProgress &progress)
{
    DemoBuildResult res;
    {
        WorkspaceDb db;
        if (!db.open(dbPath)) {
            res.errorString = db.errorString();
            return res;
        }
        if (db.connection().scalarInt("SELECT count(*) FROM file_checkpoints WHERE records > 0", 0) > 0) {
            res.ok = true;
            return res;
        }
    }
    const QString dir = QFileInfo(dbPath).absolutePath() + QStringLiteral("/demo-logs");
    if (!QDir().mkpath(dir)) {
        res.errorString = DemoText::tr("Cannot create the folder %1 for the demo logs.").arg(dir);
        return res;
    }
    GeneratorOptions opt;
    opt.seed = 20261122;
    opt.days = 28;
    opt.endUtcSecs = QDateTime::currentSecsSinceEpoch() / 3600 * 3600 + 3600;
    opt.sites = {QStringLiteral("www.example.com"), QStringLiteral("shop.example.com")};

    struct Part
    {
        DemoDataKind kind;
        QString file;
        qint64 lines;
    };
    const Part parts[] = {{DemoDataKind::AccessLog, dir + QStringLiteral("/access.log"), 240000},
                          {DemoDataKind::Events, dir + QStringLiteral("/events.jsonl"), 60000}};
    Writer writer;
    if (!writer.open(dbPath)) {
        res.errorString = writer.errorString();
        return res;
    }
    // The events' params.os_type and params.path are dimensions of their own.
    AnalyticsSettings settings = writer.analyticsSettings();
    settings.paramKeys[0] = QStringLiteral("os_type");
    settings.paramKeys[1] = QStringLiteral("path");
    if (const QString e = writer.setAnalyticsSettings(settings); !e.isEmpty()) {
        res.errorString = e;
        return res;
    }
    int step = 0;
    for (const Part &part : parts) {
        opt.targetLines = part.lines;
        const double base = step * 0.5;
        const DemoWriteResult w = writeDemoFile(part.file, part.kind, opt, [&](qint64 done, qint64 target) {
            return !progress || progress(base + 0.25 * double(done) / double(std::max<qint64>(1, target)),
                                         DemoText::tr("Generating demo traffic…"));
        });
        if (!w.ok) {
            res.errorString = w.errorString;
            return res;
        }
        ImportOptions io;
        io.format =
            part.kind == DemoDataKind::AccessLog ? QStringLiteral("combined") : QStringLiteral("json_events");
        FileImporter importer(writer, io);
        const FileImportResult r = importer.importFile(part.file, [&](const ImportProgress &p) {
            const double f = p.bytesTotal > 0 ? double(p.bytesDone) / double(p.bytesTotal) : 0;
            return !progress || progress(base + 0.25 + 0.25 * f, DemoText::tr("Importing demo traffic…"));
        });
        if (r.status == FileImportResult::Status::Failed || r.status == FileImportResult::Status::Cancelled) {
            res.errorString =
                r.error.isEmpty() ? DemoText::tr("Building the demo workspace was cancelled.") : r.error;
            return res;
        }
        ++step;
    }
    writer.close();
    res.ok = true;
    res.built = true;
    return res;
}

} // namespace es::demo
