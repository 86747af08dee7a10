#pragma once
// A filter by dimension name rather than DimensionId, as stored rules and
// templates keep it, so that "params.KEY" resolves in each workspace to its
// own slot (Dimensions::fromName with the workspace's params keys).

#include <QString>
#include <QStringList>

namespace es {

struct NamedFilter
{
    QString dimension;  // Dimensions::name() or "params.KEY"
    QStringList values; // any of them matches
    friend bool operator==(const NamedFilter &, const NamedFilter &) = default;
};

} // namespace es
