// eventscope report: runs report templates against a workspace and writes
// PDF, Excel and CSV files, with no display (the offscreen platform draws the
// charts). The desktop app's Export report dialog runs this command too.

#include "cli/command.h"
#include "cli/output.h"
#include "export/csvreportwriter.h"
#include "export/pdfreportwriter.h"
#include "export/xlsxreportwriter.h"
#include "query/labels.h"
#include "query/queryservice.h"
#include "reports/reportdata.h"
#include "reports/reporttemplate.h"
#include "store/workspacedb.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace es::cli {

using ui::CsvReportWriter;
using ui::PdfReportOptions;
using ui::PdfReportWriter;
using ui::XlsxReportWriter;

namespace {

class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(es::cli::ReportCommand)
public:
    static void addOptions(QCommandLineParser &p)
    {
        p.addOption({QStringLiteral("template"),
                     tr("A template by id or title (see --list-templates). Repeat it for several reports."),
                     tr("NAME")});
        p.addOption(
            {QStringLiteral("template-file"), tr("A template from a JSON file. Repeatable."), tr("FILE")});
        p.addOption({QStringLiteral("range"),
                     tr("The period instead of the template's: a preset (last-7d, last-week, last-month, "
                        "last-quarter, ...) or FROM..TO, such as 2026-10-01..2026-11-01."),
                     tr("EXPR")});
        p.addOption({QStringLiteral("from"), tr("Start of the period (a time expression)."), tr("TIME")});
        p.addOption(
            {QStringLiteral("to"), tr("End of the period, excluded (a time expression)."), tr("TIME")});
        p.addOption({QStringLiteral("tz"),
                     tr("Time zone of the report (IANA name); default: the template's, "
                        "else the workspace's."),
                     tr("ZONE")});
        p.addOption({QStringLiteral("pdf"),
                     tr("Write a PDF to FILE (with several templates: into the folder FILE)."), tr("FILE")});
        p.addOption({QStringLiteral("xlsx"),
                     tr("Write an Excel workbook to FILE (with several templates: into the folder FILE)."),
                     tr("FILE")});
        p.addOption({QStringLiteral("csv"), tr("Write one CSV file per table into DIR."), tr("DIR")});
        p.addOption(
            {QStringLiteral("page-size"), tr("a4 or letter; default: as the locale uses."), tr("SIZE")});
        p.addOption({QStringLiteral("list-templates"), tr("List the workspace's templates and exit.")});
        p.addOption({QStringLiteral("export-templates"),
                     tr("Write the workspace's templates (or those named by --template) to a JSON file."),
                     tr("FILE")});
        p.addOption({QStringLiteral("import-templates"),
                     tr("Add the templates of a JSON file to the workspace (same id: replaced)."),
                     tr("FILE")});
        p.addOption({QStringLiteral("progress"), tr("Print progress as JSON lines on stderr.")});
        p.addOption({QStringLiteral("json"), tr("Print what was written, with the key figures, as JSON.")});
    }
    static int run(QCommandLineParser &p, const GlobalOptions &g);
};

QString usage(const QString &message)
{
    return ReportCommand::tr("eventscope report: %1").arg(message) + QLatin1Char('\n');
}

std::vector<ReportTemplate> storedTemplates(const QString &dbPath, QString *error)
{
    WorkspaceDb db;
    // Read-write, so a workspace of an older schema is upgraded as on import.
    if (!db.open(dbPath, WorkspaceDb::Access::ReadWrite, WorkspaceDb::Check::Deferred)) {
        *error = db.errorString();
        return {};
    }
    QString problem;
    auto all = ReportTemplates::merged(db.meta(QLatin1String(kReportTemplatesMetaKey)).toUtf8(), &problem);
    if (!problem.isEmpty())
        printErr(ReportCommand::tr("warning: some stored templates were skipped: %1").arg(problem) +
                 QLatin1Char('\n'));
    return all;
}

int importTemplates(const QString &dbPath, const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        printErr(usage(ReportCommand::tr("cannot read %1: %2").arg(file, f.errorString())));
        return ExitFailure;
    }
    QString error;
    const std::vector<ReportTemplate> incoming = ReportTemplates::deserialize(f.readAll(), &error);
    if (incoming.empty()) {
        printErr(usage(ReportCommand::tr("%1 holds no usable template. %2").arg(file, error)));
        return ExitFailure;
    }
    WorkspaceDb db;
    if (!db.open(dbPath)) {
        printErr(db.errorString() + QLatin1Char('\n'));
        return ExitFailure;
    }
    std::vector<ReportTemplate> user;
    QString ignored;
    for (ReportTemplate &t :
         ReportTemplates::deserialize(db.meta(QLatin1String(kReportTemplatesMetaKey)).toUtf8(), &ignored))
        user.push_back(std::move(t));
    for (ReportTemplate t : incoming) {
        t.builtIn = false;
        auto same =
            std::find_if(user.begin(), user.end(), [&](const ReportTemplate &u) { return u.id == t.id; });
        if (t.id.isEmpty())
            t.id = ReportTemplates::uniqueId(ReportTemplates::merged({}), t.title);
        if (same != user.end())
            *same = t;
        else
            user.push_back(t);
        printOut(ReportCommand::tr("Imported \"%1\" (%2)").arg(t.title, t.id) + QLatin1Char('\n'));
    }
    if (!db.setMeta(QLatin1String(kReportTemplatesMetaKey),
                    QString::fromUtf8(ReportTemplates::serialize(user)))) {
        printErr(usage(ReportCommand::tr("the templates could not be saved: %1").arg(db.errorString())));
        return ExitFailure;
    }
    if (!error.isEmpty())
        printErr(ReportCommand::tr("warning: skipped: %1").arg(error) + QLatin1Char('\n'));
    return error.isEmpty() ? ExitOk : ExitPartial;
}

QJsonValue valueJson(const Metrics::Value &v)
{
    if (v.isNull)
        return QJsonValue::Null;
    return v.real ? QJsonValue(v.d) : QJsonValue(double(v.i));
}

QJsonObject reportJson(const ReportData &d, const QStringList &files)
{
    QJsonArray sections;
    for (const ReportSectionData &s : d.sections) {
        QJsonObject o{{QStringLiteral("kind"), ReportTemplates::kindName(s.section.kind)},
                      {QStringLiteral("title"), s.title}};
        if (!s.error.isEmpty())
            o.insert(QStringLiteral("error"), s.error);
        QJsonArray kpis;
        for (const ReportKpi &k : s.kpis) {
            QJsonObject ko{{QStringLiteral("metric"), Metrics::name(k.metric)},
                           {QStringLiteral("value"), valueJson(k.current)},
                           {QStringLiteral("previous"), valueJson(k.previous)}};
            ko.insert(QStringLiteral("change_pct"), k.change ? QJsonValue(*k.change) : QJsonValue::Null);
            kpis.append(ko);
        }
        if (!kpis.isEmpty())
            o.insert(QStringLiteral("kpis"), kpis);
        QJsonArray rows;
        for (const ReportTable &t : s.tables)
            rows.append(double(t.rows.size()));
        if (!rows.isEmpty())
            o.insert(QStringLiteral("table_rows"), rows);
        sections.append(o);
    }
    return QJsonObject{{QStringLiteral("template"), d.tmpl.id},
                       {QStringLiteral("title"), d.tmpl.title},
                       {QStringLiteral("from"), double(d.range.fromSecs)},
                       {QStringLiteral("to"), double(d.range.toSecs)},
                       {QStringLiteral("range"), d.rangeLabel()},
                       {QStringLiteral("time_zone"), QString::fromLatin1(d.timeZone)},
                       {QStringLiteral("granularity"), granularityName(d.granularity)},
                       {QStringLiteral("files"), QJsonArray::fromStringList(files)},
                       {QStringLiteral("sections"), sections}};
}

void progressLine(bool on, const QJsonObject &o)
{
    if (on)
        printErr(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
}

// Where a format goes: FILE itself for one report, else FOLDER/<stem>.EXT. A
// value ending in a slash, or an existing folder, is a folder.
bool isFolder(const QString &option, bool several)
{
    return several || option.endsWith(QLatin1Char('/')) || QFileInfo(option).isDir();
}

QString target(const QString &option, bool several, const ReportData &d, const QString &ext)
{
    if (option.isEmpty())
        return {};
    if (!isFolder(option, several))
        return QFileInfo(option).absoluteFilePath();
    return QDir(option).absoluteFilePath(d.fileStem() + QLatin1Char('.') + ext);
}

int ReportCommand::run(QCommandLineParser &p, const GlobalOptions &g)
{
    if (p.isSet(QStringLiteral("import-templates")))
        return importTemplates(g.dbPath, p.value(QStringLiteral("import-templates")));
    if (!QFileInfo::exists(g.dbPath)) {
        printErr(usage(tr("there is no workspace at %1. Import logs first (eventscope import), or pass --db.")
                           .arg(g.dbPath)));
        return ExitFailure;
    }
    QString error;
    const std::vector<ReportTemplate> all = storedTemplates(g.dbPath, &error);
    if (!error.isEmpty()) {
        printErr(error + QLatin1Char('\n'));
        return ExitFailure;
    }
    if (p.isSet(QStringLiteral("list-templates"))) {
        for (const ReportTemplate &t : all)
            printOut(QStringLiteral("%1\t%2\t%3\n").arg(t.id, t.title, t.description));
        return ExitOk;
    }

    std::vector<ReportTemplate> chosen;
    for (const QString &name : p.values(QStringLiteral("template"))) {
        const auto t = ReportTemplates::find(all, name);
        if (!t) {
            QStringList ids;
            for (const ReportTemplate &a : all)
                ids << a.id;
            printErr(
                usage(tr("there is no template \"%1\". The workspace has: %2.").arg(name, ids.join(u", "))));
            return ExitUsage;
        }
        chosen.push_back(*t);
    }
    for (const QString &file : p.values(QStringLiteral("template-file"))) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            printErr(usage(tr("cannot read %1: %2").arg(file, f.errorString())));
            return ExitFailure;
        }
        QString problem;
        const auto list = ReportTemplates::deserialize(f.readAll(), &problem);
        if (!problem.isEmpty() || list.empty()) {
            printErr(
                usage(tr("%1: %2").arg(file, problem.isEmpty() ? tr("no template in the file") : problem)));
            return ExitUsage;
        }
        chosen.insert(chosen.end(), list.begin(), list.end());
    }
    if (p.isSet(QStringLiteral("export-templates"))) {
        const QString out = p.value(QStringLiteral("export-templates"));
        QFile f(out);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            f.write(ReportTemplates::serialize(chosen.empty() ? all : chosen)) < 0) {
            printErr(usage(tr("cannot write %1: %2").arg(out, f.errorString())));
            return ExitFailure;
        }
        printOut(tr("Wrote %n template(s) to %1", nullptr, int(chosen.empty() ? all.size() : chosen.size()))
                     .arg(out) +
                 QLatin1Char('\n'));
        return ExitOk;
    }
    if (chosen.empty()) {
        printErr(usage(tr("name a template with --template (see --list-templates) or --template-file.")));
        return ExitUsage;
    }
    const QString pdf = p.value(QStringLiteral("pdf"));
    const QString xlsx = p.value(QStringLiteral("xlsx"));
    const QString csv = p.value(QStringLiteral("csv"));
    const bool json = p.isSet(QStringLiteral("json"));
    if (pdf.isEmpty() && xlsx.isEmpty() && csv.isEmpty() && !json) {
        printErr(usage(tr("say where to write the report: --pdf FILE, --xlsx FILE or --csv DIR.")));
        return ExitUsage;
    }

    std::optional<RangeSpec> range;
    if (p.isSet(QStringLiteral("range"))) {
        range = RangeSpec::fromUserText(p.value(QStringLiteral("range")));
        if (!range) {
            printErr(usage(tr("--range takes a preset (%1) or FROM..TO, not \"%2\".")
                               .arg(RangeSpec::presetIds().join(u", "), p.value(QStringLiteral("range")))));
            return ExitUsage;
        }
    } else if (p.isSet(QStringLiteral("from")) || p.isSet(QStringLiteral("to"))) {
        range = RangeSpec::relative(p.value(QStringLiteral("from")), p.value(QStringLiteral("to")));
        if (range->fromExpr.isEmpty() || range->toExpr.isEmpty()) {
            printErr(usage(tr("--from and --to go together.")));
            return ExitUsage;
        }
    }
    PdfReportOptions pdfOptions;
    if (p.isSet(QStringLiteral("page-size"))) {
        const QString size = p.value(QStringLiteral("page-size")).toLower();
        if (size == QLatin1String("a4"))
            pdfOptions.pageSize = QPageSize::A4;
        else if (size == QLatin1String("letter"))
            pdfOptions.pageSize = QPageSize::Letter;
        else {
            printErr(usage(tr("--page-size takes a4 or letter, not \"%1\".").arg(size)));
            return ExitUsage;
        }
    }

    QueryService service;
    if (!service.open(g.dbPath)) {
        printErr(service.errorString() + QLatin1Char('\n'));
        return ExitFailure;
    }
    const bool progress = p.isSet(QStringLiteral("progress"));
    const bool several = chosen.size() > 1;
    for (const QString &option : {pdf, xlsx, csv}) {
        const QString dir = option == csv ? csv : isFolder(option, several) ? option : QString();
        if (!dir.isEmpty() && !QDir().mkpath(dir)) {
            printErr(usage(tr("cannot create the folder %1. Check that its parent is writable.").arg(dir)));
            return ExitFailure;
        }
    }
    QJsonArray reports;
    int failures = 0;
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        const ReportTemplate &t = chosen[i];
        QElapsedTimer clock;
        clock.start();
        ReportRequest request;
        request.tmpl = t;
        request.range = range;
        request.timeZone = p.value(QStringLiteral("tz")).toLatin1();
        const int index = int(i);
        const int count = int(chosen.size());
        auto onProgress = [&](int done, int total) {
            progressLine(progress, {{QStringLiteral("report"), index},
                                    {QStringLiteral("reports"), count},
                                    {QStringLiteral("title"), t.title},
                                    {QStringLiteral("stage"), QStringLiteral("query")},
                                    {QStringLiteral("done"), done},
                                    {QStringLiteral("total"), total}});
            return true;
        };
        const std::optional<ReportData> data = buildReport(service, request, &error, onProgress);
        if (!data) {
            printErr(usage(tr("\"%1\": %2").arg(t.title, error)));
            ++failures;
            continue;
        }
        for (const QString &w : data->warnings)
            printErr(tr("warning: %1").arg(w) + QLatin1Char('\n'));
        QStringList files;
        auto stage = [&](const QString &name) {
            progressLine(progress, {{QStringLiteral("report"), index},
                                    {QStringLiteral("reports"), count},
                                    {QStringLiteral("title"), t.title},
                                    {QStringLiteral("stage"), name}});
        };
        if (const QString file = target(pdf, several, *data, QStringLiteral("pdf")); !file.isEmpty()) {
            stage(QStringLiteral("pdf"));
            if (PdfReportWriter::write(*data, file, &error, pdfOptions))
                files << file;
            else {
                printErr(usage(error));
                ++failures;
            }
        }
        if (const QString file = target(xlsx, several, *data, QStringLiteral("xlsx")); !file.isEmpty()) {
            stage(QStringLiteral("xlsx"));
            if (XlsxReportWriter::write(*data, file, &error))
                files << file;
            else {
                printErr(usage(error));
                ++failures;
            }
        }
        if (!csv.isEmpty()) {
            stage(QStringLiteral("csv"));
            const QString dir = several || csv.endsWith(QLatin1Char('/'))
                                    ? QDir(csv).absoluteFilePath(data->fileStem())
                                    : csv;
            QStringList written;
            if (CsvReportWriter::write(*data, dir, &written, &error))
                files << written;
            else {
                printErr(usage(error));
                ++failures;
            }
        }
        for (const QString &f : std::as_const(files)) {
            progressLine(progress, {{QStringLiteral("report"), index}, {QStringLiteral("file"), f}});
            if (!json)
                printOut(tr("Wrote %1").arg(QDir::toNativeSeparators(f)) + QLatin1Char('\n'));
        }
        QJsonObject o = reportJson(*data, files);
        o.insert(QStringLiteral("elapsed_ms"), double(clock.elapsed()));
        reports.append(o);
    }
    if (json)
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("reports"), reports}})
                                       .toJson(QJsonDocument::Indented)));
    if (failures == 0)
        return ExitOk;
    return failures == int(chosen.size()) ? ExitFailure : ExitPartial;
}

} // namespace

Command reportCommand()
{
    return {QStringLiteral("report"),
            [] { return ReportCommand::tr("Export PDF, Excel or CSV reports from report templates."); },
            &ReportCommand::addOptions, &ReportCommand::run};
}

} // namespace es::cli
