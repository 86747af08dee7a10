// eventscope generate: writes realistic, deterministic demo logs (for trying
// Eventscope without data, and as the input of the benchmarks).

#include "cli/command.h"
#include "cli/output.h"
#include "demo/demowriter.h"
#include "demo/generatoroptions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace es::cli {

namespace {

class GenerateCommand
{
    Q_DECLARE_TR_FUNCTIONS(es::cli::GenerateCommand)
public:
    static void addOptions(QCommandLineParser &p)
    {
        p.addOption({QStringLiteral("kind"),
                     tr("What to write: access (combined access log, default) or events "
                        "(JSON lines)."),
                     tr("KIND"), QStringLiteral("access")});
        p.addOption({QStringLiteral("lines"), tr("Approximate number of lines (default 200000)."), tr("N"),
                     QStringLiteral("200000")});
        p.addOption(
            {QStringLiteral("days"), tr("Days of history (default 28)."), tr("DAYS"), QStringLiteral("28")});
        p.addOption({QStringLiteral("seed"),
                     tr("Random seed; the same seed gives the same file (default 1)."), tr("SEED"),
                     QStringLiteral("1")});
        p.addOption({QStringLiteral("end"),
                     tr("End of the history, Unix seconds (default: a fixed date, so "
                        "output is reproducible; \"now\" for the current time)."),
                     tr("TIME")});
        p.addOption({QStringLiteral("vhost"), tr("Prefix lines with host:port (Apache vhost_combined).")});
        p.addPositionalArgument(QStringLiteral("OUTPUT"), tr("File to write."));
    }

    static int run(QCommandLineParser &p, const GlobalOptions &)
    {
        QStringList args = p.positionalArguments();
        args.removeFirst();
        if (args.size() != 1) {
            printErr(tr("eventscope generate: name one output file.") + QLatin1Char('\n'));
            return ExitUsage;
        }
        demo::GeneratorOptions opt;
        bool ok1, ok2, ok3;
        opt.targetLines = p.value(QStringLiteral("lines")).toLongLong(&ok1);
        opt.days = p.value(QStringLiteral("days")).toInt(&ok2);
        opt.seed = p.value(QStringLiteral("seed")).toULongLong(&ok3);
        const QString kind = p.value(QStringLiteral("kind"));
        if (!ok1 || !ok2 || !ok3 || opt.targetLines <= 0 || opt.days <= 0 ||
            (kind != QLatin1String("access") && kind != QLatin1String("events"))) {
            printErr(tr("eventscope generate: --lines and --days take positive numbers, --seed a number, and "
                        "--kind access or events.") +
                     QLatin1Char('\n'));
            return ExitUsage;
        }
        const QString end = p.value(QStringLiteral("end"));
        if (end == QLatin1String("now"))
            opt.endUtcSecs = QDateTime::currentSecsSinceEpoch();
        else if (!end.isEmpty())
            opt.endUtcSecs = end.toLongLong();
        opt.vhostPrefix = p.isSet(QStringLiteral("vhost"));
        if (opt.vhostPrefix)
            opt.sites = {QStringLiteral("www.example.com"), QStringLiteral("shop.example.com")};
        const demo::DemoWriteResult r = demo::writeDemoFile(
            args.first(),
            kind == QLatin1String("events") ? demo::DemoDataKind::Events : demo::DemoDataKind::AccessLog,
            opt);
        if (!r.ok) {
            printErr(r.errorString + QLatin1Char('\n'));
            return ExitFailure;
        }
        const QLocale locale;
        printOut(tr("Wrote %1 lines (%2 bytes) to %3")
                     .arg(locale.toString(r.lines), locale.toString(r.bytes), args.first()) +
                 QLatin1Char('\n'));
        return ExitOk;
    }
};

} // namespace

Command generateCommand()
{
    return {QStringLiteral("generate"),
            [] { return GenerateCommand::tr("Write realistic demo access logs or JSON events to a file."); },
            &GenerateCommand::addOptions, &GenerateCommand::run};
}

} // namespace es::cli
