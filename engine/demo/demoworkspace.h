#pragma once
// Builds the embedded demo workspace: four weeks of generated access-log and
// JSON-event traffic ending at the current hour, imported through the normal
// pipeline. A workspace that already holds data is left alone.

#include <QString>
#include <functional>

namespace es::demo {

struct DemoBuildResult
{
    bool ok = false;
    bool built = false; // false when the workspace already had data
    QString errorString;
};

// progress(fraction 0..1, message); return false to cancel.
using DemoBuildProgress = std::function<bool(double, const QString &)>;

DemoBuildResult ensureDemoWorkspace(const QString &dbPath, const DemoBuildProgress &progress = {});

} // namespace es::demo
