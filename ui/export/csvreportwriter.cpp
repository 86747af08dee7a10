#include "export/csvreportwriter.h"

#include "models/cellformatter.h"
#include "models/csvexport.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTimeZone>
#include <cmath>

namespace es::ui {

namespace {

// RFC 4180 ends every record with CRLF.
const QLatin1String kRecordEnd("\r\n");

// Leaves room for the folder in the 255-byte name limits of common file
// systems, even with non-ASCII titles.
constexpr int kMaxNameChars = 100;

QString number(double v)
{
    if (!std::isfinite(v))
        return QString();
    // Fixed notation: 1000000 stays "1000000", where 'g' would write "1e+06".
    return QString::number(v, 'f', QLocale::FloatingPointShortest);
}

QString field(const ReportData &data, ReportColumnType type, const ReportCell &cell)
{
    if (const auto *s = std::get_if<QString>(&cell))
        return *s;
    if (const auto *d = std::get_if<double>(&cell))
        return number(*d);
    const auto *i = std::get_if<std::int64_t>(&cell);
    if (!i)
        return QString();
    if (type == ReportColumnType::Date)
        return data.localTime(*i).date().toString(Qt::ISODate);
    if (type == ReportColumnType::DateTime) {
        const QTimeZone zone(data.timeZone);
        return CellFormatter::isoTime(*i, zone.isValid() ? zone : QTimeZone::utc());
    }
    return QString::number(*i);
}

void appendRecord(QString &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += csvField(fields[i]);
    }
    out += kRecordEnd;
}

QString tableCsv(const ReportData &data, const ReportTable &table)
{
    QString out;
    QStringList fields;
    for (const ReportColumn &c : table.columns)
        fields << c.header;
    appendRecord(out, fields);
    auto record = [&](const std::vector<ReportCell> &cells) {
        fields.clear();
        for (std::size_t c = 0; c < table.columns.size(); ++c)
            fields << (c < cells.size() ? field(data, table.columns[c].type, cells[c]) : QString());
        appendRecord(out, fields);
    };
    for (const auto &row : table.rows)
        record(row);
    if (!table.totals.empty())
        record(table.totals);
    return out;
}

QString metricValue(const Metrics::Value &v)
{
    if (v.isNull)
        return QString();
    return v.real ? number(v.d) : QString::number(v.i);
}

QString kpiCsv(const ReportSectionData &section)
{
    QString out;
    appendRecord(out, {QStringLiteral("metric"), QStringLiteral("value"), QStringLiteral("previous"),
                       QStringLiteral("change_pct")});
    for (const ReportKpi &k : section.kpis) {
        // A fraction like every other percentage the report writes: 0.125 is
        // a rise of 12.5 %.
        appendRecord(out, {Metrics::name(k.metric), metricValue(k.current), metricValue(k.previous),
                           k.change ? number(*k.change / 100.0) : QString()});
    }
    return out;
}

// Section titles come from users and from dimension values; keep what every
// common file system accepts.
QString safeName(QString name)
{
    for (QChar &ch : name) {
        if (ch.unicode() < 0x20 || QStringView(u"/\\:*?\"<>|").contains(ch))
            ch = QLatin1Char('-');
    }
    name = name.simplified();
    if (name.size() > kMaxNameChars) {
        name.truncate(kMaxNameChars);
        if (name.back().isHighSurrogate())
            name.chop(1);
    }
    // Windows drops trailing dots and spaces, which would make two names alike.
    while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' ')))
        name.chop(1);
    return name;
}

bool saveFile(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = CsvReportWriter::tr("\"%1\" could not be written (%2). If it is open in another "
                                         "program, close it there; otherwise choose a folder you can "
                                         "write to, on a disk with free space.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool CsvReportWriter::write(const ReportData &data, const QString &dir, QStringList *written, QString *error)
{
    if (written)
        written->clear();
    const QDir folder(dir);
    if (!folder.exists() && !QDir().mkpath(folder.absolutePath())) {
        if (error)
            *error = tr("The folder \"%1\" could not be created. Choose a folder you can write to.")
                         .arg(QDir::toNativeSeparators(folder.absolutePath()));
        return false;
    }
    QStringList used;
    for (std::size_t i = 0; i < data.sections.size(); ++i) {
        const ReportSectionData &s = data.sections[i];
        if (!s.error.isEmpty())
            continue;
        // The number keeps the files in report order and tells sections with
        // the same title apart.
        const QString prefix = QStringLiteral("%1 ").arg(i + 1, 2, 10, QLatin1Char('0'));
        const QString title = s.title.isEmpty() ? ReportTemplates::kindTitle(s.section.kind) : s.title;
        std::vector<std::pair<QString, QString>> files; // name, content
        if (s.section.kind == SectionKind::Kpis) {
            if (!s.kpis.empty())
                files.emplace_back(title, kpiCsv(s));
        } else {
            for (const ReportTable &t : s.tables) {
                const QString name = t.caption.isEmpty() ? title : tr("%1 - %2").arg(title, t.caption);
                files.emplace_back(name, tableCsv(data, t));
            }
        }
        for (const auto &[name, content] : files) {
            const QString safe = safeName(name);
            const QString stem = folder.absoluteFilePath(
                prefix + (safe.isEmpty() ? ReportTemplates::kindTitle(s.section.kind) : safe));
            QString path = stem + QStringLiteral(".csv");
            for (int n = 2; used.contains(path, Qt::CaseInsensitive); ++n)
                path = QStringLiteral("%1 (%2).csv").arg(stem).arg(n);
            used << path;
            if (!saveFile(path, content, error))
                return false;
            if (written)
                *written << path;
        }
    }
    return true;
}

} // namespace es::ui
