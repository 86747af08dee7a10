#pragma once
// "Export Dashboard as PDF": a report template made from what the dashboard
// shows — its widgets as sections, its range, comparison, filters and bots.

#include "dashboard/dashboardspec.h"
#include "dashboard/viewstate.h"
#include "reports/reporttemplate.h"

namespace es::ui {

// KPI tiles become one KPI summary; line, area and stacked bars a time
// series; bars, tables and scatter plots a breakdown; pies and donuts a pie;
// movers rank over the dashboard's range against the period before.
ReportTemplate templateFromDashboard(const DashboardSpec &dashboard, const ViewState &state);

} // namespace es::ui
