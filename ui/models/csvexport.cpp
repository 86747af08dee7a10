#include "models/csvexport.h"

#include "models/cellformatter.h"

#include <QAbstractItemModel>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>
#include <algorithm>

namespace es::ui {

namespace {

// RFC 4180 ends every record with CRLF.
const QLatin1String kRecordEnd("\r\n");

QString rawField(const es::ResultColumn &column, const es::Cell &cell, const QTimeZone &zone)
{
    if (const auto *s = std::get_if<QString>(&cell))
        return *s;
    if (const auto *d = std::get_if<double>(&cell))
        return QString::number(*d, 'g', QLocale::FloatingPointShortest);
    if (const auto *i = std::get_if<std::int64_t>(&cell))
        return column.kind == es::ColumnKind::Time ? CellFormatter::isoTime(*i, zone) : QString::number(*i);
    return QString();
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

} // namespace

QString csvField(const QString &field)
{
    const bool quote = std::any_of(field.cbegin(), field.cend(), [](QChar ch) {
        return ch == QLatin1Char(',') || ch == QLatin1Char('"') || ch == QLatin1Char('\r') ||
               ch == QLatin1Char('\n');
    });
    if (!quote)
        return field;
    QString q = field;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString resultToCsv(const es::QueryResult &result, const QByteArray &timeZone, const std::vector<int> &rows)
{
    QTimeZone zone;
    if (!timeZone.isEmpty())
        zone = QTimeZone(timeZone);
    if (!zone.isValid() && !result.timeZone.isEmpty())
        zone = QTimeZone(result.timeZone);
    if (!zone.isValid())
        zone = QTimeZone::utc();

    QString out;
    QStringList fields;
    for (const es::ResultColumn &c : result.columns)
        fields << c.name;
    appendRecord(out, fields);
    for (int r : rows) {
        if (r < 0 || size_t(r) >= result.rows.size())
            continue;
        const std::vector<es::Cell> &row = result.rows[size_t(r)];
        fields.clear();
        for (size_t c = 0; c < result.columns.size(); ++c)
            fields << (c < row.size() ? rawField(result.columns[c], row[c], zone) : QString());
        appendRecord(out, fields);
    }
    return out;
}

QString resultToCsv(const es::QueryResult &result, const QByteArray &timeZone)
{
    std::vector<int> rows(result.rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i] = int(i);
    return resultToCsv(result, timeZone, rows);
}

QString modelToCsv(const QAbstractItemModel *model)
{
    QString out;
    if (!model)
        return out;
    const int columns = model->columnCount();
    QStringList fields;
    for (int c = 0; c < columns; ++c)
        fields << model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    appendRecord(out, fields);
    for (int r = 0; r < model->rowCount(); ++r) {
        fields.clear();
        for (int c = 0; c < columns; ++c)
            fields << model->data(model->index(r, c), Qt::DisplayRole).toString();
        appendRecord(out, fields);
    }
    return out;
}

} // namespace es::ui
