#include "store/raweventfilter.h"

#include <QRegularExpression>
#include <algorithm>

namespace es {

std::optional<QList<int>> StatusFilter::parse(const QString &text, QString *error)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    static const QRegularExpression code(QStringLiteral("^[1-5]\\d\\d$"));
    static const QRegularExpression cls(QStringLiteral("^([1-5])xx$"),
                                        QRegularExpression::CaseInsensitiveOption);
    QList<int> out;
    for (const QString &token : text.split(separators, Qt::SkipEmptyParts)) {
        int value = -1;
        if (code.match(token).hasMatch())
            value = token.toInt();
        else if (const QRegularExpressionMatch m = cls.match(token); m.hasMatch())
            value = m.captured(1).toInt();
        else if (token.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 ||
                 token == QLatin1String("-"))
            value = 0;
        if (value < 0) {
            if (error)
                *error = tr("\"%1\" is not a status. Type codes such as 404, classes such as 5xx, or "
                            "\"none\" for events without a status, separated by commas.")
                             .arg(token);
            return std::nullopt;
        }
        if (!out.contains(value))
            out << value;
    }
    return out;
}

QString StatusFilter::toText(const QList<int> &statuses)
{
    QStringList parts;
    for (int v : statuses) {
        if (v == 0)
            parts << QStringLiteral("none");
        else if (v < 10)
            parts << QStringLiteral("%1xx").arg(v);
        else
            parts << QString::number(v);
    }
    return parts.join(QStringLiteral(", "));
}

std::string StatusFilter::sql(const QList<int> &statuses)
{
    std::vector<std::int64_t> codes;
    std::string classes;
    for (int v : statuses) {
        if (v >= 100) {
            codes.push_back(v);
        } else {
            // Stored statuses are -1 for records without one.
            classes += v == 0 ? std::string(" OR status < 100")
                              : " OR status BETWEEN " + std::to_string(v * 100) + " AND " +
                                    std::to_string(v * 100 + 99);
        }
    }
    if (statuses.isEmpty())
        return {};
    return "(" + sqlIdList("status", codes) + classes + ")";
}

bool StatusFilter::matches(const QList<int> &statuses, int status)
{
    if (statuses.isEmpty())
        return true;
    return std::any_of(statuses.begin(), statuses.end(), [status](int v) {
        if (v >= 100)
            return status == v;
        if (v == 0)
            return status < 100;
        return status >= v * 100 && status <= v * 100 + 99;
    });
}

std::string sqlIdList(const char *column, const std::vector<std::int64_t> &ids)
{
    if (ids.empty())
        return "0";
    std::string s = std::string(column) + " IN (";
    for (size_t i = 0; i < ids.size(); ++i) {
        if (i > 0)
            s += ',';
        s += std::to_string(ids[i]);
    }
    return s + ")";
}

} // namespace es
