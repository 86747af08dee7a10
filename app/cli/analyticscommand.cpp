// eventscope analytics: shows or sets how visitors are identified and
// anonymised, where countries come from, the session rules, and what counts
// as a page view and a download.

#include "cli/command.h"
#include "cli/output.h"
#include "store/writer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace es::cli {

namespace {

class AnalyticsCommand
{
    Q_DECLARE_TR_FUNCTIONS(es::cli::AnalyticsCommand)
public:
    static void addOptions(QCommandLineParser &p)
    {
        p.addOption({QStringLiteral("visitor-key"),
                     tr("What identifies a visitor when a record has no user id: \"ip+ua\" (the client "
                        "address and the user agent, the default) or \"ip\"."),
                     tr("KEY")});
        p.addOption({QStringLiteral("anonymize-ips"),
                     tr("Anonymise client addresses before anything is derived from them: \"off\", "
                        "\"truncate\" (keep the /24 or /48 network) or \"hash\" (a salted hash)."),
                     tr("MODE")});
        p.addOption({QStringLiteral("geoip"),
                     tr("Where countries come from: a .mmdb file (GeoLite2 or DB-IP), \"default\" for the "
                        "GeoIP database of the system, or \"off\"."),
                     tr("FILE")});
        p.addOption({QStringLiteral("session-timeout"),
                     tr("The longest gap between two page views of one session, in minutes. Default 30."),
                     tr("MINUTES")});
        p.addOption({QStringLiteral("session-window"),
                     tr("How late, in minutes, an out-of-order line may arrive without splitting a "
                        "session. Default 5."),
                     tr("MINUTES")});
        p.addOption({QStringLiteral("static-extensions"),
                     tr("Extensions of static assets, which are never page views, as a comma-separated "
                        "list: \"css,js,png\" replaces the list, \"+avif,-txt\" edits it, \"default\" "
                        "restores it."),
                     tr("LIST")});
        p.addOption({QStringLiteral("download-patterns"),
                     tr("What counts as a download: extensions (\"zip,tar.gz\") and path patterns "
                        "(\"/downloads/*\"), edited like --static-extensions."),
                     tr("LIST")});
        p.addOption({QStringLiteral("page-view-event"),
                     tr("The JSON event type that counts as a page view. Default \"page_view\"; \"\" "
                        "for none."),
                     tr("TYPE")});
        p.addOption({QStringLiteral("groups"),
                     tr("Which breakdowns are pre-aggregated, edited like --static-extensions: "
                        "\"-browser_version,-path_device\" turns two off, \"default\" turns all on. "
                        "Fewer groups import faster and take less space; queries that need a group "
                        "that is off say so."),
                     tr("LIST")});
        p.addOption({QStringLiteral("params"),
                     tr("JSON params keys that become dimensions (params.KEY), at most four: \"+os_type\" "
                        "adds one, \"-os_type\" removes one and deletes its rows, \"none\" removes all."),
                     tr("KEYS")});
        p.addOption({QStringLiteral("pairs"),
                     tr("Pairs of groups pre-aggregated together, so that queries can combine them, at "
                        "most four: \"+country:browser\" adds one, \"-country:browser\" removes one and "
                        "deletes its rows, \"none\" removes all."),
                     tr("PAIRS")});
        p.addOption({QStringLiteral("crawlers"),
                     tr("More user-agent tokens that mark a bot (case-insensitive), on top of the built-in "
                        "ones, edited like --static-extensions: \"+AcmeProbe\" adds one."),
                     tr("LIST")});
        p.addOption({QStringLiteral("json"), tr("Print the settings as JSON.")});
    }
    static int run(QCommandLineParser &p, const GlobalOptions &g);
};

// The configured params keys, without the free slots.
QStringList configuredParams(const AnalyticsSettings &s)
{
    QStringList out;
    for (const QString &k : s.paramKeys) {
        if (!k.isEmpty())
            out << k;
    }
    return out;
}

// The configured pairs, "country:browser", without the free slots.
QStringList configuredPairs(const AnalyticsSettings &s)
{
    QStringList out;
    for (const auto &p : s.pairs) {
        if (p[0] >= 0)
            out << AnalyticsSettings::pairName(p);
    }
    return out;
}

int AnalyticsCommand::run(QCommandLineParser &p, const GlobalOptions &g)
{
    Writer writer;
    if (!writer.open(g.dbPath)) {
        printErr(writer.errorString() + QLatin1Char('\n'));
        return ExitFailure;
    }
    AnalyticsSettings s = writer.analyticsSettings();
    bool changed = false;
    auto fail = [](const QString &message) {
        printErr(QStringLiteral("eventscope analytics: ") + message + QLatin1Char('\n'));
        return int(ExitUsage);
    };
    if (p.isSet(QStringLiteral("visitor-key"))) {
        if (!AnalyticsSettings::visitorKeyFromName(p.value(QStringLiteral("visitor-key")), &s.visitorKey))
            return fail(tr("--visitor-key takes \"ip+ua\" or \"ip\", not \"%1\".")
                            .arg(p.value(QStringLiteral("visitor-key"))));
        changed = true;
    }
    if (p.isSet(QStringLiteral("anonymize-ips"))) {
        const auto mode = IpAnonymizer::modeFromString(p.value(QStringLiteral("anonymize-ips")));
        if (!mode)
            return fail(tr("--anonymize-ips takes \"off\", \"truncate\" or \"hash\", not \"%1\".")
                            .arg(p.value(QStringLiteral("anonymize-ips"))));
        s.anonymize = *mode;
        changed = true;
    }
    if (p.isSet(QStringLiteral("geoip"))) {
        const QString v = p.value(QStringLiteral("geoip"));
        if (v == QLatin1String("off")) {
            s.geoip = false;
        } else if (v == QLatin1String("default")) {
            s.geoip = true;
            s.geoipPath.clear();
        } else {
            if (!QFileInfo(v).isFile())
                return fail(tr("the country database %1 does not exist. Give the path of a .mmdb file, "
                               "\"default\" or \"off\".")
                                .arg(v));
            s.geoip = true;
            s.geoipPath = QFileInfo(v).absoluteFilePath();
        }
        changed = true;
    }
    const struct
    {
        const char *option;
        int *secs;
        int min;
    } minutes[] = {{"session-timeout", &s.sessionTimeoutSecs, 1},
                   {"session-window", &s.sessionWindowSecs, 0}};
    for (const auto &m : minutes) {
        const QString name = QString::fromLatin1(m.option);
        if (!p.isSet(name))
            continue;
        bool ok = false;
        const int v = p.value(name).toInt(&ok);
        if (!ok || v < m.min || v > 24 * 60)
            return fail(tr("--%1 takes a number of minutes from %2 to 1440, not \"%3\".")
                            .arg(name)
                            .arg(m.min)
                            .arg(p.value(name)));
        *m.secs = v * 60;
        changed = true;
    }
    const struct
    {
        const char *option;
        QStringList *list;
        QStringList defaults;
        bool patterns;
    } lists[] = {{"static-extensions", &s.classifier.staticExtensions,
                  ClassifierConfig::defaultStaticExtensions(), false},
                 {"download-patterns", &s.classifier.downloadExtensions,
                  ClassifierConfig::defaultDownloadExtensions(), true}};
    for (const auto &l : lists) {
        const QString name = QString::fromLatin1(l.option);
        if (!p.isSet(name))
            continue;
        if (p.value(name).trimmed().isEmpty())
            return fail(tr("--%1 needs a list, \"default\" or \"none\".").arg(name));
        *l.list = AnalyticsSettings::editList(*l.list, p.value(name), l.defaults, l.patterns);
        changed = true;
    }
    std::uint32_t groupsBefore = s.groups;
    if (p.isSet(QStringLiteral("groups"))) {
        const QStringList names = AnalyticsSettings::editList(AnalyticsSettings::groupNames(s.groups),
                                                              p.value(QStringLiteral("groups")),
                                                              AnalyticsSettings::allGroupNames(), false);
        QString unknown;
        const auto mask = AnalyticsSettings::groupsFromNames(names, &unknown);
        if (!mask)
            return fail(tr("there is no group \"%1\". The groups are: %2.")
                            .arg(unknown, AnalyticsSettings::allGroupNames().join(QStringLiteral(", "))));
        s.groups = *mask;
        changed = true;
    }
    const QStringList paramsBefore = s.paramKeys;
    if (p.isSet(QStringLiteral("params"))) {
        QString error;
        if (!AnalyticsSettings::editParamKeys(s.paramKeys, p.value(QStringLiteral("params")), &error))
            return fail(error);
        changed = true;
    }
    if (p.isSet(QStringLiteral("crawlers"))) {
        if (p.value(QStringLiteral("crawlers")).trimmed().isEmpty())
            return fail(tr("--%1 needs a list, \"default\" or \"none\".").arg(QStringLiteral("crawlers")));
        // Tokens are kept lower-case; matching ignores case.
        s.extraCrawlers =
            AnalyticsSettings::editList(s.extraCrawlers, p.value(QStringLiteral("crawlers")), {}, true);
        changed = true;
    }
    const auto pairsBefore = s.pairs;
    if (p.isSet(QStringLiteral("pairs"))) {
        QString error;
        if (!AnalyticsSettings::editPairs(s.pairs, p.value(QStringLiteral("pairs")), &error))
            return fail(error);
        changed = true;
    }
    if (p.isSet(QStringLiteral("page-view-event"))) {
        s.classifier.pageViewEventType = p.value(QStringLiteral("page-view-event")).trimmed();
        changed = true;
    }
    if (changed) {
        const QString err = writer.setAnalyticsSettings(s);
        if (!err.isEmpty()) {
            printErr(tr("eventscope analytics: the settings could not be saved: %1").arg(err) +
                     QLatin1Char('\n'));
            return ExitFailure;
        }
    }
    writer.close();
    const QString geo = !s.geoip                ? QStringLiteral("off")
                        : s.geoipPath.isEmpty() ? QStringLiteral("default")
                                                : s.geoipPath;
    if (p.isSet(QStringLiteral("json"))) {
        const QJsonObject o{
            {QStringLiteral("visitor_key"), AnalyticsSettings::visitorKeyName(s.visitorKey)},
            {QStringLiteral("anonymize_ips"), IpAnonymizer::modeToString(s.anonymize)},
            {QStringLiteral("geoip"), geo},
            {QStringLiteral("session_timeout_minutes"), s.sessionTimeoutSecs / 60},
            {QStringLiteral("session_window_minutes"), s.sessionWindowSecs / 60},
            {QStringLiteral("static_extensions"), QJsonArray::fromStringList(s.classifier.staticExtensions)},
            {QStringLiteral("download_patterns"),
             QJsonArray::fromStringList(s.classifier.downloadExtensions)},
            {QStringLiteral("page_view_event"), s.classifier.pageViewEventType},
            {QStringLiteral("groups"), QJsonArray::fromStringList(AnalyticsSettings::groupNames(s.groups))}};
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    printOut(tr("visitor key        %1").arg(AnalyticsSettings::visitorKeyName(s.visitorKey)) +
             QLatin1Char('\n'));
    printOut(tr("IP anonymisation   %1").arg(IpAnonymizer::modeToString(s.anonymize)) + QLatin1Char('\n'));
    printOut(tr("countries          %1").arg(geo) + QLatin1Char('\n'));
    printOut(tr("session timeout    %1 min").arg(s.sessionTimeoutSecs / 60) + QLatin1Char('\n'));
    printOut(tr("late-line window   %1 min").arg(s.sessionWindowSecs / 60) + QLatin1Char('\n'));
    auto listLine = [](const QStringList &list, const QStringList &defaults) {
        const QString text = list.isEmpty() ? tr("(none)") : list.join(QStringLiteral(", "));
        return list == defaults ? tr("%1 (default)").arg(text) : text;
    };
    printOut(tr("static assets      %1")
                 .arg(listLine(s.classifier.staticExtensions, ClassifierConfig::defaultStaticExtensions())) +
             QLatin1Char('\n'));
    printOut(
        tr("downloads          %1")
            .arg(listLine(s.classifier.downloadExtensions, ClassifierConfig::defaultDownloadExtensions())) +
        QLatin1Char('\n'));
    printOut(
        tr("page-view event    %1")
            .arg(s.classifier.pageViewEventType.isEmpty() ? tr("(none)") : s.classifier.pageViewEventType) +
        QLatin1Char('\n'));
    printOut(tr("groups             %1")
                 .arg(listLine(AnalyticsSettings::groupNames(s.groups), AnalyticsSettings::allGroupNames())) +
             QLatin1Char('\n'));
    const QStringList params = configuredParams(s);
    printOut(tr("params dimensions  %1")
                 .arg(params.isEmpty()
                          ? tr("(none)")
                          : QStringLiteral("params.") + params.join(QStringLiteral(", params."))) +
             QLatin1Char('\n'));
    printOut(tr("more crawlers      %1")
                 .arg(s.extraCrawlers.isEmpty() ? tr("(none)") : s.extraCrawlers.join(QStringLiteral(", "))) +
             QLatin1Char('\n'));
    const QStringList pairs = configuredPairs(s);
    printOut(
        tr("pairs              %1").arg(pairs.isEmpty() ? tr("(none)") : pairs.join(QStringLiteral(", "))) +
        QLatin1Char('\n'));
    if (changed)
        printOut(tr("Saved. The settings apply to what is imported from now on.") + QLatin1Char('\n'));
    for (size_t slot = 0; slot < pairsBefore.size(); ++slot) {
        if (pairsBefore[slot][0] >= 0 && pairsBefore[slot] != s.pairs[slot])
            printOut(tr("The rows of the pair %1 were deleted.")
                         .arg(AnalyticsSettings::pairName(pairsBefore[slot])) +
                     QLatin1Char('\n'));
    }
    for (int slot = 0; slot < paramsBefore.size(); ++slot) {
        const QString was = paramsBefore[slot];
        if (!was.isEmpty() && was != s.paramKeys.value(slot))
            printOut(tr("The rows of params.%1 were deleted.").arg(was) + QLatin1Char('\n'));
    }
    const QStringList turnedOn = AnalyticsSettings::groupNames(s.groups & ~groupsBefore);
    const QStringList turnedOff = AnalyticsSettings::groupNames(groupsBefore & ~s.groups);
    if (!turnedOn.isEmpty())
        printOut(tr("Data imported while %1 was off has no rows for it: import those files again into a new "
                    "workspace to include them.")
                     .arg(turnedOn.join(QStringLiteral(", "))) +
                 QLatin1Char('\n'));
    if (!turnedOff.isEmpty())
        printOut(tr("Rows already stored for %1 are kept but no longer updated, and queries that need them "
                    "are refused until the group is on again.")
                     .arg(turnedOff.join(QStringLiteral(", "))) +
                 QLatin1Char('\n'));
    return ExitOk;
}

} // namespace

Command analyticsCommand()
{
    return {QStringLiteral("analytics"),
            [] {
                return AnalyticsCommand::tr(
                    "Show or set the visitor key, IP anonymisation, country lookup, session rules, and what "
                    "counts as a page view and a download.");
            },
            &AnalyticsCommand::addOptions, &AnalyticsCommand::run};
}

} // namespace es::cli
