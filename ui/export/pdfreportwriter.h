#pragma once
// Writes a computed report (ReportData) as a PDF a manager can forward: a
// title block, then each section with its KPI tiles, vector charts and typed
// tables that break across pages with their header row repeated, and a
// running header and "Page X of Y" footer on every page. It paints with
// QPdfWriter, so it needs a QGuiApplication but no window.

#include "reports/reportdata.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>
#include <QString>
#include <optional>

namespace es::ui {

struct PdfReportOptions
{
    // Empty: PdfReportWriter::defaultPageSize() of the current locale.
    std::optional<QPageSize::PageSizeId> pageSize;
    QString creator = QStringLiteral("Eventscope");
};

class PdfReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(es::ui::PdfReportWriter)
public:
    // Writes the report to `path` (replacing it only once the whole file is
    // written). Returns false with a translated *error that says what to do.
    static bool write(const es::ReportData &data, const QString &path, QString *error,
                      const PdfReportOptions &options = {});
    // Letter where it is the usual paper (the Americas' Letter countries and
    // the Philippines), A4 elsewhere.
    static QPageSize::PageSizeId defaultPageSize(const QLocale &locale = QLocale());
};

} // namespace es::ui
