// eventscope analytics: shows or sets how visitors are identified and
// anonymised, where countries come from, and the session rules.

#include "cli/command.h"
#include "cli/output.h"
#include "store/writer.h"

#include <QCoreApplication>
#include <QFileInfo>
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
        p.addOption({QStringLiteral("json"), tr("Print the settings as JSON.")});
    }
    static int run(QCommandLineParser &p, const GlobalOptions &g);
};

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
        const QJsonObject o{{QStringLiteral("visitor_key"), AnalyticsSettings::visitorKeyName(s.visitorKey)},
                            {QStringLiteral("anonymize_ips"), IpAnonymizer::modeToString(s.anonymize)},
                            {QStringLiteral("geoip"), geo},
                            {QStringLiteral("session_timeout_minutes"), s.sessionTimeoutSecs / 60},
                            {QStringLiteral("session_window_minutes"), s.sessionWindowSecs / 60}};
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    printOut(tr("visitor key        %1").arg(AnalyticsSettings::visitorKeyName(s.visitorKey)) +
             QLatin1Char('\n'));
    printOut(tr("IP anonymisation   %1").arg(IpAnonymizer::modeToString(s.anonymize)) + QLatin1Char('\n'));
    printOut(tr("countries          %1").arg(geo) + QLatin1Char('\n'));
    printOut(tr("session timeout    %1 min").arg(s.sessionTimeoutSecs / 60) + QLatin1Char('\n'));
    printOut(tr("late-line window   %1 min").arg(s.sessionWindowSecs / 60) + QLatin1Char('\n'));
    if (changed)
        printOut(tr("Saved. The settings apply to what is imported from now on.") + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace

Command analyticsCommand()
{
    return {QStringLiteral("analytics"),
            [] {
                return AnalyticsCommand::tr(
                    "Show or set the visitor key, IP anonymisation, country lookup and session rules.");
            },
            &AnalyticsCommand::addOptions, &AnalyticsCommand::run};
}

} // namespace es::cli
