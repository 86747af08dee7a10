#pragma once
// Writes a computed report as an Excel workbook: a Summary sheet (what the
// report covers and its key figures), then one sheet per section with typed
// cells (real dates, numbers with formats, percentages as fractions) and a
// native chart drawn from the sheet's own cells, so editing a number in Excel
// updates the chart.

#include "reports/reportdata.h"

#include <QCoreApplication>
#include <QString>

namespace es::ui {

class XlsxReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(es::ui::XlsxReportWriter)
public:
    // Replaces `path` only once the whole workbook is written. False with a
    // translated *error saying what to do (folder not writable, file open in
    // another program…).
    static bool write(const es::ReportData &data, const QString &path, QString *error);
};

} // namespace es::ui
