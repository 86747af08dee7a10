// eventscope events: lists raw events newest first, filtered by type, time
// range and text, one page at a time (docs/EVENTS.md).

#include "cli/command.h"
#include "cli/eventjson.h"
#include "cli/output.h"
#include "core/timeexpr.h"
#include "core/zonebucketer.h"
#include "store/rawevents.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <atomic>
#include <climits>
#include <csignal>
#include <sys/ioctl.h>
#include <unistd.h>

namespace es::cli {

namespace {

class EventsCommand
{
    Q_DECLARE_TR_FUNCTIONS(es::cli::EventsCommand)
public:
    static void addOptions(QCommandLineParser &p);
    static int run(QCommandLineParser &p, const GlobalOptions &g);
};

constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 1000000;
constexpr int kDefaultWidth = 160; // when stdout is not a terminal and COLUMNS is unset
constexpr int kMinTextWidth = 20;

std::atomic<bool> g_cancel{false};

void onInterrupt(int)
{
    g_cancel = true;
}

int outputWidth()
{
    winsize ws{};
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    return ok && columns > 0 ? columns : kDefaultWidth;
}

// Tabs become spaces and other control characters '?', so a log line cannot
// move the cursor or change the terminal.
QString printable(QString s)
{
    for (QChar &c : s) {
        if (c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char('?');
    }
    return s;
}

QString rowText(const EventRow &r)
{
    if (r.textState == TextState::Ok)
        return r.text;
    const QString why = RawEventSearch::textStateText(r.textState);
    return r.path.isEmpty() ? EventsCommand::tr("[%1]").arg(why)
                            : EventsCommand::tr("[%1: %2]").arg(why, QDir::toNativeSeparators(r.path));
}

void printTable(const std::vector<EventRow> &rows, const ZoneBucketer &zone)
{
    const QStringList header = {EventsCommand::tr("time"), EventsCommand::tr("source"),
                                EventsCommand::tr("type"), EventsCommand::tr("status"),
                                EventsCommand::tr("text")};
    std::vector<QStringList> cells;
    cells.reserve(rows.size());
    qsizetype width[4] = {header[0].size(), header[1].size(), header[2].size(), header[3].size()};
    for (const EventRow &r : rows) {
        QStringList c = {eventTime(r.tsMs, zone, false), printable(r.source), printable(r.type),
                         r.status >= 0 ? QString::number(r.status) : QStringLiteral("-"),
                         printable(rowText(r))};
        for (int i = 0; i < 4; ++i)
            width[i] = std::max(width[i], c[i].size());
        cells.push_back(std::move(c));
    }
    const qsizetype prefix = width[0] + width[1] + width[2] + width[3] + 4 * 2;
    const qsizetype textWidth = std::max<qsizetype>(kMinTextWidth, outputWidth() - prefix);
    auto clip = [&](const QString &text) {
        return text.size() > textWidth ? text.left(textWidth - 3) + QStringLiteral("...") : text;
    };
    qsizetype shownText = header[4].size();
    for (const QStringList &c : cells)
        shownText = std::max(shownText, clip(c[4]).size());
    auto line = [&](const QStringList &c, bool isHeader) {
        const QString text = clip(c[4]);
        QString out = c[0].leftJustified(width[0]) + QStringLiteral("  ") + c[1].leftJustified(width[1]) +
                      QStringLiteral("  ") + c[2].leftJustified(width[2]) + QStringLiteral("  ") +
                      (isHeader ? c[3].leftJustified(width[3]) : c[3].rightJustified(width[3])) +
                      QStringLiteral("  ") + text;
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        printOut(out + QLatin1Char('\n'));
    };
    line(header, true);
    QStringList rule;
    for (qsizetype w : width)
        rule << QString(w, QLatin1Char('-'));
    rule << QString(shownText, QLatin1Char('-'));
    printOut(rule.join(QStringLiteral("  ")) + QLatin1Char('\n'));
    for (const QStringList &c : cells)
        line(c, false);
}

} // namespace

void EventsCommand::addOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("type"),
                 tr("Only events of this type; repeat for several types. Requests of access logs have the "
                    "type \"request\"."),
                 tr("TYPE")});
    p.addOption(
        {QStringLiteral("from"),
         tr("Only events at or after this time: Unix seconds, ISO-8601 (2024-05-01T10:00:00+02:00), a "
            "date (2024-05-01, workspace time zone), now-15m, now-7d, today or yesterday."),
         tr("TIME")});
    p.addOption(
        {QStringLiteral("to"), tr("Only events before this time (same forms as --from)."), tr("TIME")});
    p.addOption(
        {QStringLiteral("grep"), tr("Only events whose text contains TEXT, ignoring case."), tr("TEXT")});
    p.addOption({QStringLiteral("limit"), tr("Number of events per page (default %1).").arg(kDefaultLimit),
                 tr("N"), QString::number(kDefaultLimit)});
    p.addOption({QStringLiteral("after"),
                 tr("Continue after the previous page: the cursor printed at its end."), tr("CURSOR")});
    p.addOption(
        {QStringLiteral("json"), tr("Print one JSON object per event (JSON Lines) with the full text.")});
}

int EventsCommand::run(QCommandLineParser &p, const GlobalOptions &g)
{
    QStringList extra = p.positionalArguments();
    extra.removeFirst(); // the command name
    if (!extra.isEmpty()) {
        printErr(tr("eventscope events: unexpected argument \"%1\"; search text goes after --grep.")
                     .arg(extra.first()) +
                 QLatin1Char('\n'));
        return ExitUsage;
    }
    EventQuery query;
    bool limitOk = false;
    query.limit = p.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || query.limit < 1 || query.limit > kMaxLimit) {
        printErr(tr("eventscope events: --limit takes a number from 1 to %1, not \"%2\".")
                     .arg(kMaxLimit)
                     .arg(p.value(QStringLiteral("limit"))) +
                 QLatin1Char('\n'));
        return ExitUsage;
    }
    query.after = p.value(QStringLiteral("after"));
    if (!RawEventSearch::isValidCursor(query.after)) {
        printErr(tr("eventscope events: the cursor \"%1\" given with --after is not valid. Copy it unchanged "
                    "from the end of the previous page.")
                     .arg(query.after) +
                 QLatin1Char('\n'));
        return ExitUsage;
    }
    query.types = p.values(QStringLiteral("type"));
    query.grep = p.value(QStringLiteral("grep"));
    const bool json = p.isSet(QStringLiteral("json"));

    RawEventSearch search;
    if (!search.open(g.dbPath)) {
        printErr(search.errorString() + QLatin1Char('\n'));
        return ExitFailure;
    }
    const ZoneBucketer zone(search.timeZoneId());
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    for (const QString &name : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!p.isSet(name))
            continue;
        QString error;
        const std::optional<std::int64_t> ms = parseTimeExpression(p.value(name), now, zone, &error);
        if (!ms) {
            printErr(tr("eventscope events: --%1: %2").arg(name, error) + QLatin1Char('\n'));
            return ExitUsage;
        }
        (name == QLatin1String("from") ? query.fromMs : query.toMs) = *ms;
    }
    if (query.fromMs && query.toMs && *query.fromMs > *query.toMs) {
        printErr(tr("eventscope events: --from (%1) is later than --to (%2).")
                     .arg(eventTime(*query.fromMs, zone, false), eventTime(*query.toMs, zone, false)) +
                 QLatin1Char('\n'));
        return ExitUsage;
    }

    struct sigaction sa = {};
    sa.sa_handler = onInterrupt;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);

    const std::optional<EventPage> page = search.search(query, &g_cancel);
    if (!page) {
        printErr(tr("error: %1").arg(search.errorString()) + QLatin1Char('\n'));
        return ExitFailure;
    }
    if (page->cancelled) {
        printErr(tr("eventscope events: cancelled.") + QLatin1Char('\n'));
        return ExitCancelled;
    }
    if (!page->unknownTypes.isEmpty()) {
        const QStringList known = search.eventTypes();
        for (const QString &t : page->unknownTypes)
            printErr(tr("warning: no events of type \"%1\" in this workspace. Types present: %2.")
                         .arg(t, known.isEmpty() ? tr("none") : known.join(QStringLiteral(", "))) +
                     QLatin1Char('\n'));
    }

    if (json) {
        for (const EventRow &r : page->rows)
            printOut(QString::fromUtf8(QJsonDocument(eventJson(r, zone)).toJson(QJsonDocument::Compact)) +
                     QLatin1Char('\n'));
    } else {
        printTable(page->rows, zone);
        printErr(tr("(%n event(s))", nullptr, int(page->rows.size())) + QLatin1Char('\n'));
    }

    const QLocale locale;
    if (page->unsearchable > 0)
        printErr(
            tr("warning: %n event(s) could not be searched because their file moved or changed since the "
               "import.",
               nullptr, int(std::min<std::int64_t>(page->unsearchable, INT_MAX))) +
            QLatin1Char('\n'));
    if (page->partial)
        printErr(
            tr("The search stopped after examining %1 events without filling the page. To search on, add "
               "--after %2")
                .arg(locale.toString(qint64(page->scanned)), page->nextCursor) +
            QLatin1Char('\n'));
    else if (!page->nextCursor.isEmpty())
        printErr(tr("More events exist. For the next page, add --after %1").arg(page->nextCursor) +
                 QLatin1Char('\n'));
    return ExitOk;
}

Command eventsCommand()
{
    return {
        QStringLiteral("events"),
        [] { return EventsCommand::tr("List raw events newest first, filtered by type, time and text."); },
        &EventsCommand::addOptions, &EventsCommand::run};
}

} // namespace es::cli
