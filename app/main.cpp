// Entry point: the desktop application by default, a headless command-line
// tool when a subcommand, --help or --version is given.

#include "cli/commandline.h"
#include "core/localization.h"
#include "core/version.h"
#include "dashboard/dashboardpage.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/workspacecontroller.h"
#include "settings/appearance.h"
#include "settings/preferences.h"
#include "store/workspacedb.h"
#include "timerange/timerangepicker.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QSocketNotifier>
#include <cstdlib>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QLatin1String(es::kOrganization));
    QCoreApplication::setApplicationName(QLatin1String(es::kAppName));
    QCoreApplication::setApplicationVersion(QLatin1String(es::kVersion));
}

// SIGINT/SIGTERM close the window normally, so settings are saved and
// background work is torn down, instead of killing the process mid-write.
int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFd[0], &c, 1);
}

void installQuitOnSignal(QApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char c;
        [[maybe_unused]] const auto n = ::read(g_signalFd[1], &c, 1);
        QApplication::closeAllWindows();
        QApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

// `demoCommand`: started as `eventscope demo`.
int runGui(int argc, char **argv, bool demoCommand = false)
{
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QLatin1String(es::kDisplayName));
    QApplication::setDesktopFileName(QLatin1String(es::kAppId));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/eventscope.svg")));

    QString lang = es::languageFromArguments(argc, argv);
    if (lang == QLocale::system().name() && !es::ui::prefs::language.get().isEmpty())
        lang = es::ui::prefs::language.get();
    es::installTranslations(app, lang);

    es::cli::GuiOptions options;
    int exitCode = 0;
    if (!es::cli::parseGuiOptions(options, exitCode))
        return exitCode;

    QString path = options.dbPath;
    if (options.demo || demoCommand)
        path = es::WorkspaceDb::demoPath();
    if (path.isEmpty())
        path = es::ui::prefs::lastWorkspace.get();
    if (path.isEmpty())
        path = es::WorkspaceDb::demoPath();

    installQuitOnSignal(app);
    es::ui::applyAppearance(es::ui::appearanceFromName(
        options.appearance.isEmpty() ? es::ui::prefs::appearance.get() : options.appearance));
    es::ui::MainWindow window;
    std::optional<es::RangeSpec> range;
    if (!options.range.isEmpty()) {
        range = es::RangeSpec::fromUserText(options.range);
        if (!range) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(QCoreApplication::translate(
                               "main", "eventscope: --range takes a preset (%1) or FROM..TO, such as "
                                       "now-7d..now, not \"%2\".")
                               .arg(es::RangeSpec::presetIds().join(QStringLiteral(", ")), options.range)));
            return 2;
        }
    }
    window.setStartView(options.dashboard, range);
    // The demo workspace gets live events from an embedded Kafka cluster.
    window.setLiveDemo(true, options.demoRate);
    if (!options.screenshotPath.isEmpty()) {
        const QString target = QFileInfo(options.screenshotPath).absoluteFilePath();
        const bool picker = options.openPicker;
        auto grab = [&window, target, picker] {
            QImage image = window.grab().toImage();
            // A popup is a window of its own: paint it where it sits.
            if (QWidget *popup = QApplication::activePopupWidget(); picker && popup) {
                QPainter p(&image);
                p.drawPixmap(popup->mapToGlobal(QPoint()) - window.mapToGlobal(QPoint()), popup->grab());
            }
            const bool ok = image.save(target);
            std::fprintf(ok ? stdout : stderr, "%s\n",
                         qPrintable(ok ? QCoreApplication::translate("main", "Saved %1").arg(target)
                                       : QCoreApplication::translate("main", "Cannot write %1").arg(target)));
            QCoreApplication::exit(ok ? 0 : 1);
        };
        QObject::connect(&window, &es::ui::MainWindow::workspaceReady, &window, [&window, grab, picker] {
            if (picker)
                window.dashboardPage()->picker()->openPopup();
            QTimer::singleShot(300, grab);
        });
        QObject::connect(window.workspace(), &es::ui::WorkspaceController::failed, &window,
                         [grab] { QTimer::singleShot(200, grab); });
    } else if (options.openPicker) {
        QObject::connect(&window, &es::ui::MainWindow::workspaceReady, &window,
                         [&window] { window.dashboardPage()->picker()->openPopup(); });
    }
    window.show();
    window.openWorkspace(path);
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
#ifdef __GLIBC__
    // Import buffers and batches are a few MiB each and are freed and
    // allocated again all the time; serving them from the heap instead of
    // fresh mmap()s avoids a page fault per 4 KiB on every round.
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 16 << 20);
#endif
    bool headlessFlag = false;
    const QString command = es::cli::detectCommand(argc, argv, &headlessFlag);
    if (command.isEmpty() && !headlessFlag)
        return runGui(argc, argv);
    if (command == QLatin1String("demo")) {
        // Help and version come after the command here; they print, as for the application.
        bool informational = false;
        for (int i = 1; i < argc; ++i) {
            for (const char *flag : {"--help", "-h", "--help-all", "--version", "-v"})
                informational = informational || std::strcmp(argv[i], flag) == 0;
        }
        if (!informational)
            return runGui(argc, argv, true);
    }

    // Reports draw charts and text, which needs a GUI application; the
    // offscreen platform lets that run with no display.
    if (command == QLatin1String("report")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        setIdentity();
        es::installTranslations(app, es::languageFromArguments(argc, argv));
        return es::cli::runHeadless(command);
    }
    QCoreApplication app(argc, argv);
    setIdentity();
    es::installTranslations(app, es::languageFromArguments(argc, argv));
    return es::cli::runHeadless(command);
}
