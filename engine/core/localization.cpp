#include "core/localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <cstring>

namespace es {

QString languageFromArguments(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if ((std::strcmp(a, "--lang") == 0 || std::strcmp(a, "-lang") == 0) && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(a, "--lang=", 7) == 0)
            return QString::fromLocal8Bit(a + 7);
    }
    const QString env = qEnvironmentVariable("EVENTSCOPE_LANG");
    if (!env.isEmpty())
        return env;
    return QLocale::system().name();
}

bool installTranslations(QCoreApplication &app, const QString &language)
{
    if (language.isEmpty() || language == QLatin1String("C") || language.startsWith(QLatin1String("en"))) {
        // The sources are English; only the plural forms ("1 file", "2 files")
        // come from a catalogue.
        auto *plurals = new QTranslator(&app);
        if (plurals->load(QStringLiteral(":/i18n/eventscope_en.qm")))
            QCoreApplication::installTranslator(plurals);
        else
            delete plurals;
        return true;
    }
    const QLocale locale(language);
    QLocale::setDefault(locale);

    // Qt's own strings (dialog buttons, QCommandLineParser's --help text).
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qt"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("eventscope"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}

} // namespace es
