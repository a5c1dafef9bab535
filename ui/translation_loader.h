#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;
class QTranslator;

namespace candist {

// The workbench's interface languages and how they are loaded. The translations (.qm, compiled
// from translations/*.ts at build time) are embedded under :/i18n; Qt's own strings (standard
// dialog buttons, context menus) come from Debian's qt6-translations-l10n when it is installed.
class TranslationLoader
{
public:
    struct Language
    {
        QString code;       // "" follows the system locale; "en" is the source language
        QString nativeName; // shown as the language calls itself, so anyone can find their own
    };

    // System, English, then every embedded translation.
    static QList<Language> languages();

    // "" (system) or a code from languages(): the choice stored in QSettings.
    static QString storedLanguage();
    static void storeLanguage(const QString &code);

    // The locale a stored choice stands for: the system locale for "".
    static QLocale localeFor(const QString &code);

    // Removes what an earlier install() put in and installs the translators for `code` into
    // `app` (owned by `app`). Returns the name of the workbench translation loaded, empty for
    // English. Also makes the chosen locale the default for number and date formats.
    static QString install(QCoreApplication &app, const QString &code);

    // Loads a .qm file (e.g. a test's pseudo-translation) as the only workbench translation.
    static bool installFile(QCoreApplication &app, const QString &qmPath);

private:
    static void removeInstalled(QCoreApplication &app);
};

} // namespace candist
