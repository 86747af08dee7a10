#pragma once
// Finding the Python interpreter that has a given Debian module. Debian's
// python3-* packages belong to the system interpreter, which a python3
// earlier on PATH (a virtualenv, pyenv) can hide.

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace es::test {

// The first python3 (PATH, then /usr/bin) that can import `module`; "" if none.
inline QString pythonWith(const QString &module)
{
    const QStringList candidates = {
        QStandardPaths::findExecutable(QStringLiteral("python3")),
        QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")})};
    for (const QString &python : candidates) {
        if (python.isEmpty())
            continue;
        QProcess p;
        p.start(python, {QStringLiteral("-c"), QStringLiteral("import ") + module});
        if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return python;
    }
    return {};
}

} // namespace es::test
