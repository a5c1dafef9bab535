#include "translation_loader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

#include "setting_keys.h"

namespace candist {

namespace {

const QString kResourceDir = QStringLiteral(":/i18n");
const char *const kInstalledProperty = "candistInstalledTranslator";

void installOwned(QCoreApplication &app, QTranslator *translator)
{
    translator->setParent(&app);
    translator->setProperty(kInstalledProperty, true);
    QCoreApplication::installTranslator(translator);
}

} // namespace

QList<TranslationLoader::Language> TranslationLoader::languages()
{
    // Native names are deliberately not translated: a user who cannot read the current language
    // still finds their own.
    return {
        {QString(), QCoreApplication::translate("candist::TranslationLoader", "System default")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QString TranslationLoader::storedLanguage()
{
    return setting::uiLanguage.get();
}

void TranslationLoader::storeLanguage(const QString &code)
{
    if (code.isEmpty())
        setting::uiLanguage.remove();
    else
        setting::uiLanguage.set(code);
}

QLocale TranslationLoader::localeFor(const QString &code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

void TranslationLoader::removeInstalled(QCoreApplication &app)
{
    const QList<QTranslator *> translators = app.findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        if (translator->property(kInstalledProperty).toBool()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
}

QString TranslationLoader::install(QCoreApplication &app, const QString &code)
{
    removeInstalled(app);
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    if (code == QLatin1String("en"))
        return QString();

    // Qt's own strings first, so that ours (installed later, searched first) win any overlap.
    auto *qt = new QTranslator;
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        installOwned(app, qt);
    else
        delete qt;

    auto *workbench = new QTranslator;
    // QTranslator::load(QLocale, ...) walks the locale's UI languages (zh_Hans_CN, zh_CN, zh, ...)
    // and stops at the first file found; an English system finds none and keeps the source text.
    if (!workbench->load(locale, QStringLiteral("candist"), QStringLiteral("_"), kResourceDir)) {
        delete workbench;
        return QString();
    }
    installOwned(app, workbench);
    return QFileInfo(workbench->filePath()).fileName();
}

bool TranslationLoader::installFile(QCoreApplication &app, const QString &qmPath)
{
    removeInstalled(app);
    auto *translator = new QTranslator;
    if (!translator->load(qmPath)) {
        delete translator;
        return false;
    }
    installOwned(app, translator);
    return true;
}

} // namespace candist
