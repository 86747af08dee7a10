// eventscope rollup-export: writes the workspace's rollups as rollup records
// (one JSON object per line), the format `eventscope consume` merges into
// another workspace (docs/KAFKA.md, "Rollup records").

#include "cli/command.h"
#include "cli/output.h"
#include "query/rollupexport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace es::cli {

namespace {

class RollupExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(es::cli::RollupExportCommand)
public:
    static void addOptions(QCommandLineParser &p)
    {
        p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                     tr("Write the records to FILE instead of the standard output."),
                     tr("FILE")});
        p.addOption({QStringLiteral("json"), tr("Print the summary as JSON (on the standard error).")});
    }
    static int run(QCommandLineParser &p, const GlobalOptions &g);
};

int RollupExportCommand::run(QCommandLineParser &p, const GlobalOptions &g)
{
    const QString path = p.value(QStringLiteral("output"));
    QFile file(path);
    const bool opened = path.isEmpty() ? file.open(stdout, QIODevice::WriteOnly)
                                       : file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    if (!opened) {
        printErr(tr("Cannot write %1: %2\n").arg(path, file.errorString()));
        return ExitFailure;
    }
    const RollupExportResult r = exportRollupRecords(g.dbPath, [&file](const QByteArray &line) {
        return file.write(line) == line.size() && file.putChar('\n');
    });
    file.close();
    if (!r.error.isEmpty()) {
        printErr(r.error + QLatin1Char('\n'));
        return ExitFailure;
    }
    const std::int64_t total = r.records[0] + r.records[1] + r.records[2];
    if (g.json || p.isSet(QStringLiteral("json"))) {
        const QJsonObject o{{QStringLiteral("records"), double(total)},
                            {QStringLiteral("minute"), double(r.records[0])},
                            {QStringLiteral("hour"), double(r.records[1])},
                            {QStringLiteral("day"), double(r.records[2])},
                            {QStringLiteral("inconsistent"), double(r.inconsistent)}};
        printErr(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
    } else {
        const QLocale l;
        printErr(tr("%1 rollup records: %2 minute, %3 hour, %4 day.\n")
                     .arg(l.toString(qlonglong(total)), l.toString(qlonglong(r.records[0])),
                          l.toString(qlonglong(r.records[1])), l.toString(qlonglong(r.records[2]))));
    }
    if (r.inconsistent > 0) {
        printErr(tr("%1 hour or day rows hold less than the finer rows inside them (was the time zone "
                    "changed after import?); their records leave out the difference. Rebuild the workspace "
                    "to make its levels agree.\n")
                     .arg(r.inconsistent));
        return ExitPartial;
    }
    return ExitOk;
}

} // namespace

Command rollupExportCommand()
{
    return {QStringLiteral("rollup-export"),
            [] {
                return RollupExportCommand::tr(
                    "Write the rollups as rollup records (JSON lines) for \"eventscope consume\".");
            },
            &RollupExportCommand::addOptions, &RollupExportCommand::run};
}

} // namespace es::cli
