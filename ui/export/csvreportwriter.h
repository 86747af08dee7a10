#pragma once
// Writes the tables of a computed report as CSV files for scripts and other
// tools: one file per table, exact values ('.' decimals, percentages as
// fractions, ISO 8601 dates in the report's zone), RFC 4180 quoting, UTF-8.

#include "reports/reportdata.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace es::ui {

class CsvReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(es::ui::CsvReportWriter)
public:
    // One file per table of every section into `dir` (created if missing),
    // named "<NN> <section title>[ - <caption>].csv"; KPI sections become a
    // table metric,value,previous,change_pct. *written gets the paths of the
    // files written. False with a translated *error saying what to do.
    static bool write(const es::ReportData &data, const QString &dir, QStringList *written, QString *error);
};

} // namespace es::ui
