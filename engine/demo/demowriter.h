#pragma once
// Writes a generated demo dataset to a file. The file appears atomically
// (QSaveFile): a failed or cancelled run leaves no half-written dataset.

#include "demo/generatoroptions.h"

#include <QString>
#include <functional>

namespace es::demo {

enum class DemoDataKind { AccessLog, Events };

struct DemoWriteResult
{
    bool ok = false;
    bool cancelled = false;
    qint64 lines = 0;
    qint64 bytes = 0;
    QString errorString; // translated, for the user; empty on success
};

// Called after each chunk; return false to cancel.
using DemoProgress = std::function<bool(qint64 linesDone, qint64 linesTarget)>;

DemoWriteResult writeDemoFile(const QString &path, DemoDataKind kind, const GeneratorOptions &options,
                              const DemoProgress &progress = {});

} // namespace es::demo
