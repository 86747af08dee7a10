// eventscope retention: shows or sets how long raw events and minute and hour
// rollups are kept.

#include "cli/command.h"
#include "cli/output.h"
#include "store/readonlysql.h"
#include "store/writer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace es::cli {

namespace {

class RetentionCommand
{
    Q_DECLARE_TR_FUNCTIONS(es::cli::RetentionCommand)
public:
    static void addOptions(QCommandLineParser &p)
    {
        p.addOption({QStringLiteral("raw"),
                     tr("Keep raw events (for search) this many days; 0 keeps them forever. Default 30."),
                     tr("DAYS")});
        p.addOption({QStringLiteral("minute"),
                     tr("Keep minute rollups this many days; 0 keeps them forever. Default 7."), tr("DAYS")});
        p.addOption({QStringLiteral("hour"),
                     tr("Keep hour rollups this many days; 0 keeps them forever. Default 90."), tr("DAYS")});
        p.addOption({QStringLiteral("detail-minute"),
                     tr("Keep minute rollups of groups with many values (paths) this many days; 0 keeps them "
                        "forever. Default 1."),
                     tr("DAYS")});
        p.addOption({QStringLiteral("detail-hour"),
                     tr("Keep hour rollups of groups with many values (paths) this many days; 0 keeps them "
                        "forever. Default 7."),
                     tr("DAYS")});
        p.addOption({QStringLiteral("json"), tr("Print the policy and row counts as JSON.")});
    }
    static int run(QCommandLineParser &p, const GlobalOptions &g);
};

qint64 scalar(ReadOnlySql &db, const QString &query)
{
    qint64 v = 0;
    db.run(query, nullptr, [&](const QVariantList &r) {
        v = r.value(0).toLongLong();
        return false;
    });
    return v;
}

int RetentionCommand::run(QCommandLineParser &p, const GlobalOptions &g)
{
    Writer writer;
    if (!writer.open(g.dbPath)) {
        printErr(writer.errorString() + QLatin1Char('\n'));
        return ExitFailure;
    }
    RetentionPolicy policy = writer.retention();
    bool changed = false;
    const struct
    {
        const char *option;
        int *days;
    } settings[] = {{"raw", &policy.rawDays},
                    {"minute", &policy.minuteDays},
                    {"hour", &policy.hourDays},
                    {"detail-minute", &policy.detailMinuteDays},
                    {"detail-hour", &policy.detailHourDays}};
    for (const auto &s : settings) {
        const QString name = QString::fromLatin1(s.option);
        if (!p.isSet(name))
            continue;
        bool ok = false;
        const int v = p.value(name).toInt(&ok);
        if (!ok || v < 0 || v > RetentionPolicy::kMaxDays) {
            printErr(tr("eventscope retention: --%1 takes a number of days from 0 (keep forever) to %2, "
                        "not \"%3\".")
                         .arg(name)
                         .arg(RetentionPolicy::kMaxDays)
                         .arg(p.value(name)) +
                     QLatin1Char('\n'));
            return ExitUsage;
        }
        *s.days = v;
        changed = true;
    }
    if (changed) {
        const QString err = writer.setRetention(policy);
        if (!err.isEmpty()) {
            printErr(tr("eventscope retention: the new policy could not be saved: %1").arg(err) +
                     QLatin1Char('\n'));
            return ExitFailure;
        }
    }
    const QString path = writer.path();
    writer.close();

    ReadOnlySql db;
    if (!db.open(path)) {
        printErr(db.errorString() + QLatin1Char('\n'));
        return ExitFailure;
    }
    const qint64 raw = scalar(db, QStringLiteral("SELECT count(*) FROM raw_events"));
    const qint64 minute = scalar(db, QStringLiteral("SELECT count(*) FROM rollup_minute"));
    const qint64 hour = scalar(db, QStringLiteral("SELECT count(*) FROM rollup_hour"));
    const qint64 day = scalar(db, QStringLiteral("SELECT count(*) FROM rollup_day"));
    const qint64 oldestRaw = scalar(db, QStringLiteral("SELECT coalesce(min(ts_ms), 0) FROM raw_events"));

    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("raw_days"), policy.rawDays},
                      {QStringLiteral("minute_days"), policy.minuteDays},
                      {QStringLiteral("hour_days"), policy.hourDays},
                      {QStringLiteral("detail_minute_days"), policy.detailMinuteDays},
                      {QStringLiteral("detail_hour_days"), policy.detailHourDays},
                      {QStringLiteral("raw_events"), double(raw)},
                      {QStringLiteral("minute_rows"), double(minute)},
                      {QStringLiteral("hour_rows"), double(hour)},
                      {QStringLiteral("day_rows"), double(day)}};
        if (raw > 0)
            o[QStringLiteral("oldest_raw_event")] =
                QDateTime::fromMSecsSinceEpoch(oldestRaw, Qt::UTC).toString(Qt::ISODateWithMs);
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    const QLocale locale;
    auto days = [](int d) { return d == 1 ? tr("1 day") : d > 0 ? tr("%1 days").arg(d) : tr("forever"); };
    printOut(tr("Kept, counted back from the newest event in the workspace:") + QLatin1Char('\n'));
    printOut(tr("  raw events      %1  (%2 stored)").arg(days(policy.rawDays), locale.toString(raw)) +
             QLatin1Char('\n'));
    printOut(tr("  minute rollups  %1  (%2 rows)").arg(days(policy.minuteDays), locale.toString(minute)) +
             QLatin1Char('\n'));
    printOut(tr("  hour rollups    %1  (%2 rows)").arg(days(policy.hourDays), locale.toString(hour)) +
             QLatin1Char('\n'));
    printOut(tr("  day rollups     forever  (%1 rows)").arg(locale.toString(day)) + QLatin1Char('\n'));
    printOut(tr("Minute and hour rollups of paths are kept %1 and %2.")
                 .arg(days(policy.detailMinuteDays), days(policy.detailHourDays)) +
             QLatin1Char('\n'));
    if (changed)
        printOut(tr("The new policy is saved and already applied.") + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace

Command retentionCommand()
{
    return {QStringLiteral("retention"),
            [] { return RetentionCommand::tr("Show or set how long raw events and fine rollups are kept."); },
            &RetentionCommand::addOptions, &RetentionCommand::run};
}

} // namespace es::cli
