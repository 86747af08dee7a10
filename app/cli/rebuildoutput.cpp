#include "cli/rebuildoutput.h"

#include "cli/command.h"
#include "cli/output.h"

#include <QElapsedTimer>
#include <QLocale>
#include <atomic>
#include <csignal>
#include <memory>
#include <unistd.h>

namespace es::cli {

namespace {
std::atomic<bool> g_interrupted{false};
void onInterrupt(int)
{
    g_interrupted = true;
}
} // namespace

RebuildProgressCallback RebuildOutput::progress(bool quiet)
{
    struct sigaction sa = {};
    sa.sa_handler = onInterrupt;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
    const bool tty = isatty(STDERR_FILENO);
    auto since = std::make_shared<QElapsedTimer>();
    since->start();
    return [quiet, tty, since](const RebuildProgress &p) {
        if (!quiet && (tty || since->elapsed() >= 1000)) {
            since->restart();
            const QLocale locale;
            const QString line =
                tr("Source %1 of %2 (%3): %4%, %5 lines, %6 lines/s%7")
                    .arg(p.sourceIndex + 1)
                    .arg(p.sourceCount)
                    .arg(p.source)
                    .arg(100.0 * p.fraction, 0, 'f', 0)
                    .arg(locale.toString(qint64(p.lines)), locale.toString(qint64(p.linesPerSecond)))
                    .arg(p.etaSeconds >= 0 ? tr(", %1 s left").arg(qint64(p.etaSeconds) + 1) : QString());
            printErr(tty ? QStringLiteral("\r\033[K") + line : line + QLatin1Char('\n'));
        }
        return !g_interrupted.load();
    };
}

void RebuildOutput::printPlan(const RebuildPlan &plan)
{
    const QLocale locale;
    for (const RebuildSourcePlan &s : plan.sources) {
        QString what;
        switch (s.action) {
        case RebuildSourcePlan::Action::Rebuild:
            what = s.kind == QLatin1String("kafka")
                       ? tr("replay %1 stored records").arg(locale.toString(qint64(s.records)))
                   : s.files == 1 ? tr("read 1 file again")
                                  : tr("read %1 files again").arg(s.files);
            break;
        case RebuildSourcePlan::Action::Drop:
            what = tr("remove with its data (%1 records)").arg(locale.toString(qint64(s.records)));
            break;
        case RebuildSourcePlan::Action::Unavailable:
            what = tr("cannot be rebuilt: %1").arg(s.reason);
            break;
        }
        printOut(QStringLiteral("%1  %2  %3\n").arg(s.id, 4).arg(s.displayName, what));
    }
    printOut(tr("%1 bytes to read for %2 records.")
                 .arg(locale.toString(qint64(plan.bytes)), locale.toString(qint64(plan.records))) +
             QLatin1Char('\n'));
}

int RebuildOutput::finish(const RebuildResult &r, const QString &command)
{
    if (isatty(STDERR_FILENO))
        printErr(QStringLiteral("\r\033[K"));
    for (const QString &w : r.warnings)
        printErr(tr("warning: %1").arg(w) + QLatin1Char('\n'));
    if (r.cancelled) {
        printErr(tr("eventscope %1: cancelled; the workspace is unchanged.").arg(command) +
                 QLatin1Char('\n'));
        return ExitCancelled;
    }
    if (!r.ok) {
        printErr(tr("eventscope %1: %2").arg(command, r.error) + QLatin1Char('\n'));
        return ExitFailure;
    }
    const QLocale locale;
    printOut(tr("Rebuilt: %1 lines, %2 records in %3 s (%4 lines/s).")
                 .arg(locale.toString(qint64(r.lines)), locale.toString(qint64(r.records)))
                 .arg(r.seconds, 0, 'f', 1)
                 .arg(locale.toString(qint64(r.linesPerSecond))) +
             QLatin1Char('\n'));
    return r.warnings.isEmpty() ? ExitOk : ExitPartial;
}

} // namespace es::cli
