// eventscope serve: the REST API over a workspace, headless, until Ctrl+C
// or SIGTERM (docs/API.md).

#include "cli/apiserver.h"
#include "cli/command.h"
#include "cli/output.h"
#include "settings/listenaddress.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace es::cli {

namespace {

class ServeCommand
{
    Q_DECLARE_TR_FUNCTIONS(es::cli::ServeCommand)
public:
    static void addOptions(QCommandLineParser &p);
    static int run(QCommandLineParser &p, const GlobalOptions &g);
};

constexpr int kDefaultTimeoutMs = 10000;

int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFd[0], &c, 1);
}

// SIGINT and SIGTERM end the event loop, so the server stops cleanly.
void quitOnSignal()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [] {
        char c;
        [[maybe_unused]] const auto n = ::read(g_signalFd[1], &c, 1);
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

} // namespace

void ServeCommand::addOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("listen"),
                 tr("Address and port to listen on (default 127.0.0.1:8080; port 0 picks a free one). "
                    "Addresses other than loopback need --token-file."),
                 tr("ADDRESS:PORT"), QStringLiteral("127.0.0.1:8080")});
    p.addOption(
        {QStringLiteral("token-file"),
         tr("Require \"Authorization: Bearer TOKEN\" with the token in FILE, which only its owner may "
            "read (chmod 600)."),
         tr("FILE")});
    p.addOption({QStringLiteral("query-timeout"),
                 tr("Stop a request that runs longer than this many milliseconds (default %1).")
                     .arg(kDefaultTimeoutMs),
                 tr("MS"), QString::number(kDefaultTimeoutMs)});
}

int ServeCommand::run(QCommandLineParser &p, const GlobalOptions &g)
{
    QStringList extra = p.positionalArguments();
    extra.removeFirst(); // the command name
    if (!extra.isEmpty()) {
        printErr(tr("eventscope serve: unexpected argument \"%1\".").arg(extra.first()) + QLatin1Char('\n'));
        return ExitUsage;
    }
    ApiServer::Options options;
    const QString listen = p.value(QStringLiteral("listen"));
    if (!es::ui::parseListenAddress(listen, options.address, options.port)) {
        printErr(tr("eventscope serve: --listen takes ADDRESS:PORT such as 127.0.0.1:8080 or [::1]:8080, not "
                    "\"%1\".")
                     .arg(listen) +
                 QLatin1Char('\n'));
        return ExitUsage;
    }
    bool ok = false;
    options.queryTimeoutMs = p.value(QStringLiteral("query-timeout")).toInt(&ok);
    if (!ok || options.queryTimeoutMs < 1) {
        printErr(tr("eventscope serve: --query-timeout takes a positive number of milliseconds, not \"%1\".")
                     .arg(p.value(QStringLiteral("query-timeout"))) +
                 QLatin1Char('\n'));
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("token-file"))) {
        const QString error = ApiServer::readTokenFile(p.value(QStringLiteral("token-file")), &options.token);
        if (!error.isEmpty()) {
            printErr(tr("eventscope serve: %1").arg(error) + QLatin1Char('\n'));
            return ExitUsage;
        }
    }

    ApiServer server;
    if (!server.start(g.dbPath, options)) {
        printErr(tr("eventscope serve: %1").arg(server.errorString()) + QLatin1Char('\n'));
        return ExitFailure;
    }
    quitOnSignal();
    printOut(tr("Serving %1 read-only at %2/api/v1/ (Ctrl+C stops)").arg(g.dbPath, server.url()) +
             QLatin1Char('\n'));
    QCoreApplication::exec();
    server.stop();
    return ExitOk;
}

Command serveCommand()
{
    return {QStringLiteral("serve"),
            [] { return ServeCommand::tr("Serve counts, event search and queries as a local REST API."); },
            &ServeCommand::addOptions, &ServeCommand::run};
}

} // namespace es::cli
