#pragma once
// Loads Qt's own and Eventscope's translations for a language. Used by both
// the GUI and the command line, before any user-visible string is built.

#include <QString>

class QCoreApplication;

namespace es {

// Picks the language from a "--lang CODE" / "--lang=CODE" argument when
// present, otherwise from the system locale. Returns the language code used.
QString languageFromArguments(int argc, char **argv);

// Installs translators for `language` ("de", "de_DE", "C"/"en" for none).
// Eventscope's catalogues are looked up in the resource path :/i18n.
// Returns false when Eventscope has no catalogue for that language.
bool installTranslations(QCoreApplication &app, const QString &language);

} // namespace es
