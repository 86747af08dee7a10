// eventscope rebuild: rebuilds the workspace's aggregates from its files and
// stored Kafka records, optionally without some sources (docs/REBUILD.md).

#include "cli/command.h"
#include "cli/output.h"
#include "cli/rebuildoutput.h"
#include "ingest/workspacerebuild.h"

#include <QCoreApplication>

namespace es::cli {

namespace {

class RebuildCommand
{
    Q_DECLARE_TR_FUNCTIONS(es::cli::RebuildCommand)
public:
    static void addOptions(QCommandLineParser &p)
    {
        p.addOption({QStringLiteral("drop-source"),
                     tr("Remove this source (its id in \"eventscope sources\") with its data. Repeatable."),
                     tr("ID")});
        p.addOption({QStringLiteral("drop-unavailable"),
                     tr("Remove sources that cannot be read again (missing files, records no longer "
                        "stored) with their data, instead of refusing.")});
        p.addOption({QStringLiteral("dry-run"), tr("Only show what would be done.")});
        p.addOption({QStringLiteral("quiet"), tr("No progress line.")});
    }
    static int run(QCommandLineParser &p, const GlobalOptions &g)
    {
        RebuildOptions options;
        for (const QString &v : p.values(QStringLiteral("drop-source"))) {
            bool ok = false;
            const qint64 id = v.toLongLong(&ok);
            if (!ok || id <= 0) {
                printErr(tr("eventscope rebuild: --drop-source takes a source id, not \"%1\".").arg(v) +
                         QLatin1Char('\n'));
                return ExitUsage;
            }
            options.dropSources.push_back(id);
        }
        options.dropUnavailable = p.isSet(QStringLiteral("drop-unavailable"));
        const RebuildPlan plan = WorkspaceRebuild::plan(g.dbPath, options);
        if (!plan.ok) {
            printErr(tr("eventscope rebuild: %1").arg(plan.error) + QLatin1Char('\n'));
            return ExitFailure;
        }
        RebuildOutput::printPlan(plan);
        if (!plan.runnable) {
            for (const QString &problem : plan.problems)
                printErr(tr("eventscope rebuild: %1").arg(problem) + QLatin1Char('\n'));
            printErr(
                tr("Nothing was changed. Use --drop-unavailable to remove such sources with their data.") +
                QLatin1Char('\n'));
            return ExitFailure;
        }
        if (p.isSet(QStringLiteral("dry-run")))
            return ExitOk;
        const RebuildResult r = WorkspaceRebuild::run(
            g.dbPath, options, RebuildOutput::progress(p.isSet(QStringLiteral("quiet"))));
        return RebuildOutput::finish(r, QStringLiteral("rebuild"));
    }
};

} // namespace

Command rebuildCommand()
{
    return {QStringLiteral("rebuild"),
            [] {
                return RebuildCommand::tr(
                    "Rebuild the statistics from the original files and stored records, with the current "
                    "settings.");
            },
            &RebuildCommand::addOptions, &RebuildCommand::run};
}

} // namespace es::cli
