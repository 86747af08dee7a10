#pragma once
// A file path as the app shows it: native separators, and files under the
// home folder as ~/…, as file managers show them. Tooltips keep the full path.

#include <QDir>
#include <QString>

namespace es::ui {

inline QString displayPath(const QString &path)
{
    const QString home = QDir::homePath() + QLatin1Char('/');
    return QDir::toNativeSeparators(path.startsWith(home) ? QStringLiteral("~/") + path.mid(home.size())
                                                          : path);
}

} // namespace es::ui
