#pragma once
// CSV (RFC 4180) of query results for spreadsheets and scripts: exact values
// with '.' decimals, ISO 8601 times with their offset, the engine's column
// names as header, like `eventscope query --format csv`. And CSV of what a
// view shows, for copying a table as it reads.

#include "query/query.h"

#include <QByteArray>
#include <QString>
#include <vector>

class QAbstractItemModel;

namespace es::ui {

// `timeZone`: IANA id the times are written in; empty for the result's zone
// (UTC when it has none).
QString resultToCsv(const es::QueryResult &result, const QByteArray &timeZone);
// Only the given rows, in that order (a view's sorted and filtered rows).
QString resultToCsv(const es::QueryResult &result, const QByteArray &timeZone, const std::vector<int> &rows);

// The display texts of a model (a sorted or filtered proxy in its order),
// with the header titles as the first record.
QString modelToCsv(const QAbstractItemModel *model);

// One field, quoted when it holds a comma, quote or line break.
QString csvField(const QString &field);

} // namespace es::ui
