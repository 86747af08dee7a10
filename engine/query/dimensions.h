#pragma once
// The dimensions a query can group by and filter on, with the names users
// type, how a value is stored in the rollups (a dict id, a status code, a
// packed country code, a device number, the bot flag) and which rollup group
// answers a set of dimensions (schema.h, docs/QUERY.md).

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace es {

namespace sql {
class Connection;
}

enum class DimensionId : int {
    Url,
    Site,
    Method,
    Status,
    StatusClass,
    EventType,
    Country,
    Browser,
    BrowserVersion,
    Os,
    Device,
    Bot,
    Referrer,
    Source,
    Param0, // the configured JSON params.* keys, by slot (Param0 + 0..3)
    Param1,
    Param2,
    Param3,
};
inline constexpr int kDimensionCount = 18;
inline constexpr bool isParamDimension(DimensionId d)
{
    return d >= DimensionId::Param0 && d <= DimensionId::Param3;
}

// Where a dimension's value sits in a rollup row.
enum class DimensionSlot : int { D1, D2, BotColumn };

struct DimensionDef
{
    DimensionId id;
    const char *name;       // what users type
    const char *alias;      // another accepted name, or nullptr
    const char *definition; // one line, translated through Dimensions::tr
    int group;              // the rollup group of the dimension on its own; -1 for bot
    int dictDim;            // dict.dim of its values, or 0 when not stored in dict
    bool numeric;           // values are numbers (status)
};

// Closed interval of stored codes that a filter value stands for.
struct CodeRange
{
    std::int64_t lo = 0;
    std::int64_t hi = 0;
    bool contains(std::int64_t v) const { return v >= lo && v <= hi; }
    friend bool operator==(const CodeRange &, const CodeRange &) = default;
};

// The group that holds a set of dimensions, and where each one is read.
struct GroupChoice
{
    int group = 0;
    std::vector<DimensionSlot> dimSlots; // one per dimension asked, same order
};

class Dimensions
{
    Q_DECLARE_TR_FUNCTIONS(es::Dimensions)
public:
    static std::span<const DimensionDef> all();
    static const DimensionDef &def(DimensionId id);
    static std::optional<DimensionId> fromName(const QString &name);
    // Also resolves "params.KEY" to the slot of KEY in `paramKeys` (a
    // workspace's AnalyticsSettings::paramKeys).
    static std::optional<DimensionId> fromName(const QString &name, const QStringList &paramKeys);
    static QString name(DimensionId id);
    // "params.KEY" for a configured params slot, else name().
    static QString name(DimensionId id, const QStringList &paramKeys);
    static QString definition(DimensionId id);

    // The group holding every dimension of `dims` (duplicates allowed). bot is
    // the `bot` column of every row, so it combines with any group. When no
    // group holds them together, nullopt and a translated *error naming the
    // combination and the ones that exist.
    // `configuredPairs` are the workspace's pair groups by slot
    // (AnalyticsSettings::pairs, {-1, -1} for a free slot).
    // `paramKeys` name the params.* dimensions in the message.
    static std::optional<GroupChoice> chooseGroup(std::span<const DimensionId> dims, QString *error,
                                                  std::span<const std::array<int, 2>> configuredPairs = {},
                                                  const QStringList &paramKeys = {});

    // The grouping key of a stored code: the code itself, except status_class
    // (the status code divided by 100).
    static std::int64_t keyOf(DimensionId id, std::int64_t code)
    {
        return id == DimensionId::StatusClass ? (code >= 100 && code <= 599 ? code / 100 : 0) : code;
    }

    // Device type names in the order of their codes.
    static QString deviceName(std::int64_t code);
};

// Maps between the values users see and the stored codes of one workspace.
// Dict lookups are cached; one instance per connection and thread.
class DimensionValues
{
    Q_DECLARE_TR_FUNCTIONS(es::DimensionValues)
public:
    explicit DimensionValues(sql::Connection &c) : m_conn(c) {}

    // The stored code ranges a filter value stands for. An empty vector means
    // the value is valid but does not occur in this workspace (a path never
    // seen). nullopt with a translated *error for a value that cannot be one
    // (an unknown device name, a status that is not a number).
    std::optional<std::vector<CodeRange>> parse(DimensionId id, const QString &value, QString *error);

    // Loads the texts of many keys at once (one statement for the whole dim
    // when there are many).
    void preload(DimensionId id, const std::vector<std::int64_t> &keys);
    // The text of a grouping key (see Dimensions::keyOf).
    QString text(DimensionId id, std::int64_t key);
    // Sets the text of a key that has no stored value (keys of raw-event
    // results for values the dict does not hold).
    void remember(DimensionId id, std::int64_t key, const QString &text)
    {
        m_texts[size_t(id)].insert(key, text);
    }

private:
    QString lookupText(DimensionId id, std::int64_t key);

    sql::Connection &m_conn;
    QHash<std::int64_t, QString> m_texts[kDimensionCount];
};

} // namespace es
