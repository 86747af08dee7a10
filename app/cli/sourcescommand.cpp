// eventscope sources: lists the workspace's sources; "sources remove ID"
// removes one, keeping its data (hidden) or with it (--with-data: a rebuild).

#include "cli/command.h"
#include "cli/output.h"
#include "cli/rebuildoutput.h"
#include "ingest/sourcecatalog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace es::cli {

namespace {

class SourcesCommand
{
    Q_DECLARE_TR_FUNCTIONS(es::cli::SourcesCommand)
public:
    static void addOptions(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("remove"),
                                tr("\"remove ID\" removes a source; without it the sources are listed."),
                                QStringLiteral("[remove ID]"));
        p.addOption({QStringLiteral("with-data"),
                     tr("remove: also take its numbers out of the statistics (rebuilds the workspace from "
                        "the other sources). Without it the source is only hidden and its numbers stay.")});
        p.addOption({QStringLiteral("all"), tr("List removed sources too.")});
        p.addOption({QStringLiteral("json"), tr("List the sources as JSON.")});
    }
    static int run(QCommandLineParser &p, const GlobalOptions &g);

private:
    static int remove(const QString &idText, bool withData, const GlobalOptions &g);
    static QJsonObject toJson(const SourceInfo &s);
};

QString utc(std::int64_t ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

QJsonObject SourcesCommand::toJson(const SourceInfo &s)
{
    QJsonObject o{{QStringLiteral("id"), double(s.id)},
                  {QStringLiteral("kind"), s.kind},
                  {QStringLiteral("name"), s.displayName},
                  {QStringLiteral("uri"), s.uri},
                  {QStringLiteral("format"), s.format},
                  {QStringLiteral("site"), s.site},
                  {QStringLiteral("files"), s.files},
                  {QStringLiteral("records"), double(s.records)},
                  {QStringLiteral("malformed"), double(s.malformed)},
                  {QStringLiteral("updated"), utc(s.updatedMs)},
                  {QStringLiteral("first_event"), utc(s.minEventMs)},
                  {QStringLiteral("last_event"), utc(s.maxEventMs)},
                  {QStringLiteral("removed"), utc(s.removedMs)}};
    if (s.kind == QLatin1String("kafka")) {
        QJsonArray offsets;
        for (const KafkaPartitionOffset &k : s.kafkaOffsets)
            offsets.append(QJsonObject{{QStringLiteral("topic"), k.topic},
                                       {QStringLiteral("partition"), k.partition},
                                       {QStringLiteral("next_offset"), double(k.nextOffset)}});
        o[QStringLiteral("offsets")] = offsets;
    }
    return o;
}

int SourcesCommand::remove(const QString &idText, bool withData, const GlobalOptions &g)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id <= 0) {
        printErr(tr("eventscope sources remove: give a source id from \"eventscope sources\", not \"%1\".")
                     .arg(idText) +
                 QLatin1Char('\n'));
        return ExitUsage;
    }
    const SourceRemoveResult r =
        SourceCatalog::removeSource(g.dbPath, id, !withData, RebuildOutput::progress(false));
    if (withData)
        return RebuildOutput::finish(r.rebuild, QStringLiteral("sources remove"));
    for (const QString &w : r.warnings)
        printErr(tr("warning: %1").arg(w) + QLatin1Char('\n'));
    if (!r.ok) {
        printErr(tr("eventscope sources remove: %1").arg(r.error) + QLatin1Char('\n'));
        return ExitFailure;
    }
    printOut(tr("Source %1 is removed; its numbers stay in the statistics. Importing its file again shows "
                "it again.")
                 .arg(id) +
             QLatin1Char('\n'));
    return ExitOk;
}

int SourcesCommand::run(QCommandLineParser &p, const GlobalOptions &g)
{
    const QStringList args = p.positionalArguments().mid(1); // after "sources"
    if (!args.isEmpty()) {
        if (args.size() != 2 || args[0] != QLatin1String("remove")) {
            printErr(
                tr("eventscope sources: use \"eventscope sources\" or \"eventscope sources remove ID\".") +
                QLatin1Char('\n'));
            return ExitUsage;
        }
        return remove(args[1], p.isSet(QStringLiteral("with-data")), g);
    }
    const SourceListResult list = SourceCatalog::list(g.dbPath, p.isSet(QStringLiteral("all")));
    if (!list.ok) {
        printErr(tr("eventscope sources: %1").arg(list.error) + QLatin1Char('\n'));
        return ExitFailure;
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray all;
        for (const SourceInfo &s : list.sources)
            all.append(toJson(s));
        printOut(QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    if (list.sources.empty()) {
        printOut(tr("The workspace has no sources yet; add one with \"eventscope import\" or \"eventscope "
                    "consume\".") +
                 QLatin1Char('\n'));
        return ExitOk;
    }
    const QLocale locale;
    printOut(tr("  ID  KIND   RECORDS    MALFORMED  FILES  LAST EVENT (UTC)      NAME") + QLatin1Char('\n'));
    for (const SourceInfo &s : list.sources) {
        printOut(QStringLiteral("%1  %2  %3  %4  %5  %6  %7%8\n")
                     .arg(s.id, 4)
                     .arg(s.kind, -5)
                     .arg(locale.toString(qint64(s.records)), 9)
                     .arg(locale.toString(qint64(s.malformed)), 9)
                     .arg(s.files, 5)
                     .arg(utc(s.maxEventMs), -20)
                     .arg(s.displayName, s.removedMs > 0 ? tr(" (removed)") : QString()));
        for (const KafkaPartitionOffset &k : s.kafkaOffsets)
            printOut(tr("      partition %1 of %2: next offset %3")
                         .arg(k.partition)
                         .arg(k.topic, locale.toString(qint64(k.nextOffset))) +
                     QLatin1Char('\n'));
    }
    return ExitOk;
}

} // namespace

Command sourcesCommand()
{
    return {QStringLiteral("sources"),
            [] { return SourcesCommand::tr("List the workspace's files and topics, or remove one."); },
            &SourcesCommand::addOptions, &SourcesCommand::run};
}

} // namespace es::cli
