#pragma once
// The HTTP status filter of raw-event searches as users type it ("404",
// "5xx", "4xx, 503", "none") and as SQL over raw_events.status. A filter is
// a list of values: 100 to 599 select that code, 1 to 5 a class (1 = 1xx),
// 0 the events without a status.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace es {

class StatusFilter
{
    Q_DECLARE_TR_FUNCTIONS(es::StatusFilter)
public:
    // Values separated by commas or spaces; empty text = no filter. Returns
    // nullopt with a translated message when a value cannot be read.
    static std::optional<QList<int>> parse(const QString &text, QString *error = nullptr);
    // The text parse() reads back into the same list.
    static QString toText(const QList<int> &statuses);
    // A condition on the column `status` ("" when the list is empty).
    static std::string sql(const QList<int> &statuses);
    // True if `status` (-1 for none) passes the filter.
    static bool matches(const QList<int> &statuses, int status);
};

// "column IN (1,2,3)" for integer ids; "0" (false) when the list is empty.
std::string sqlIdList(const char *column, const std::vector<std::int64_t> &ids);

} // namespace es
