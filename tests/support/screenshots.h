#pragma once
// Where GUI tests save what a user sees: into ES_SCREENSHOT_DIR when it is
// set (docs/images is made from there), else into the test's own folder,
// so that saving is exercised on every run.

#include <QDir>
#include <QString>
#include <QTemporaryDir>

namespace es::test {

inline QString screenshotPath(const QTemporaryDir &dir, const QString &name)
{
    const QString shots = qEnvironmentVariable("ES_SCREENSHOT_DIR");
    return shots.isEmpty() ? dir.filePath(name) : QDir(shots).filePath(name);
}

} // namespace es::test
