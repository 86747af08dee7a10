#pragma once
// One-line descriptions of the workspace's tables, views and columns, as the
// SQL console's schema browser shows them (docs/SCHEMA.md has the long form).
// Columns that mean the same in several places (day_start, hits, ...) are
// described once; a table or view may describe a column its own way.

#include <QString>

namespace es::schemadoc {

// Translated description of a table or view; empty when it has none.
QString table(const QString &name);
// Translated description of a column of a table or view; empty when it has none.
QString column(const QString &table, const QString &column);

} // namespace es::schemadoc
