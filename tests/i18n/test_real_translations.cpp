// The shipped Spanish and Chinese translations load from the embedded resources and change what
// the window shows; the language choice round-trips through the settings.
#include <QComboBox>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

#include "main_window.h"
#include "settings_dialog.h"
#include "test_files.h"
#include "translation_loader.h"

using namespace candist;

class RealTranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void menuTitlesChange_data();
    void menuTitlesChange();
    void englishLoadsNothing();
    void languageChoiceIsStored();
    void programFollowsTheSystemLocale_data();
    void programFollowsTheSystemLocale();

private:
    static QStringList menuTitles();
    static int duplicateAccelerators();
    QStringList m_english;
    int m_englishDuplicates = 0;
};

QStringList RealTranslationsTest::menuTitles()
{
    MainWindow window(MainWindow::Options{false, false});
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

namespace {

// The accelerator letter of a menu entry ("&File" → 'f'), or a null QChar.
QChar acceleratorOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return QChar();
}

int duplicatesAmong(const QList<QAction *> &actions)
{
    QSet<QChar> seen;
    int duplicates = 0;
    for (const QAction *action : actions) {
        const QChar key = acceleratorOf(action->text());
        if (key.isNull())
            continue;
        if (seen.contains(key))
            ++duplicates;
        seen.insert(key);
    }
    return duplicates;
}

} // namespace

// Accelerators that clash within the menu bar or one menu (the second one cannot be reached
// with Alt+key alone).
int RealTranslationsTest::duplicateAccelerators()
{
    MainWindow window(MainWindow::Options{false, false});
    int duplicates = duplicatesAmong(window.menuBar()->actions());
    for (const QMenu *menu : window.findChildren<QMenu *>())
        duplicates += duplicatesAmong(menu->actions());
    return duplicates;
}

void RealTranslationsTest::initTestCase()
{
    // Settings, caches and data go to ~/.qttest, never to the user's own configuration.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CanDist-tests-i18n"));
    QSettings().clear();
    TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("en"));
    m_english = menuTitles();
    m_englishDuplicates = duplicateAccelerators();
    QVERIFY(m_english.contains(QStringLiteral("&File")));
}

void RealTranslationsTest::cleanup()
{
    TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("en"));
    QSettings().clear();
}

void RealTranslationsTest::menuTitlesChange_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("cancel");  // Qt's own QDialogButtonBox text, from qtbase_*.qm
    QTest::addColumn<QString>("teacher"); // a core message, context "Teacher"
    QTest::addColumn<QString>("store");   // context "StoreText"
    QTest::addColumn<QString>("student"); // context "StudentText"
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("&Archivo")
                        << QStringLiteral("&Cancelar")
                        << QStringLiteral("el nombre del modelo está vacío")
                        << QStringLiteral("no existe ese archivo de proyecto")
                        << QStringLiteral("no hay ningún punto de control desde el que reanudar");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("文件(&F)")
                           << QStringLiteral("取消") << QStringLiteral("模型名称为空")
                           << QStringLiteral("没有此项目文件")
                           << QStringLiteral("没有可用于恢复的检查点");
}

void RealTranslationsTest::menuTitlesChange()
{
    QFETCH(QString, code);
    QFETCH(QString, file);
    QFETCH(QString, cancel);
    QFETCH(QString, teacher);
    QFETCH(QString, store);
    QFETCH(QString, student);
    const QString loaded = TranslationLoader::install(*QCoreApplication::instance(), code);
    QCOMPARE(loaded, QStringLiteral("candist_%1.qm").arg(code));

    const QStringList titles = menuTitles();
    QCOMPARE(titles.size(), m_english.size());
    QCOMPARE(titles.first(), file);
    for (int i = 0; i < titles.size(); ++i)
        QVERIFY2(titles.at(i) != m_english.at(i),
                 qPrintable(QStringLiteral("menu %1 stays \"%2\"").arg(i).arg(titles.at(i))));

    // A translation may not make menus harder to drive from the keyboard than the original.
    QVERIFY(duplicateAccelerators() <= m_englishDuplicates);

    QCOMPARE(QCoreApplication::translate("Teacher", "the model name is empty"), teacher);
    QCOMPARE(QCoreApplication::translate("StoreText", "no such project file"), store);
    QCOMPARE(QCoreApplication::translate("StudentText", "no checkpoint to resume from"), student);
    QCOMPARE(QLocale().name().left(2), code.left(2));

    // Standard buttons come from Debian's qt6-translations-l10n (scripts/setup installs it).
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QString text = buttons.button(QDialogButtonBox::Cancel)->text();
    QCOMPARE(text.remove(QLatin1Char('&')), QString(cancel).remove(QLatin1Char('&')));
}

void RealTranslationsTest::englishLoadsNothing()
{
    TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("es"));
    QCOMPARE(TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("en")),
             QString());
    QCOMPARE(menuTitles(), m_english);
}

void RealTranslationsTest::languageChoiceIsStored()
{
    QCOMPARE(TranslationLoader::storedLanguage(), QString());
    {
        SettingsDialog dialog(AppSettings{});
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), TranslationLoader::languages().size());
        QCOMPARE(dialog.language(), QString());
        combo->setCurrentIndex(combo->findData(QStringLiteral("zh_CN")));
        QCOMPARE(dialog.language(), QStringLiteral("zh_CN"));
        TranslationLoader::storeLanguage(dialog.language());
    }
    QCOMPARE(TranslationLoader::storedLanguage(), QStringLiteral("zh_CN"));
    SettingsDialog reopened(AppSettings{});
    QCOMPARE(reopened.language(), QStringLiteral("zh_CN"));
    TranslationLoader::storeLanguage(QString());
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
}

void RealTranslationsTest::programFollowsTheSystemLocale_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("description");
    const QString english = QStringLiteral("CanDist Workbench: LLM-driven data annotation");
    const QString spanish = QStringLiteral("CanDist Workbench: anotación de datos con LLM");
    const QString chinese = QStringLiteral("CanDist Workbench：由大语言模型驱动的数据标注");
    QTest::newRow("C") << QStringLiteral("C") << QString() << english;
    QTest::newRow("es_ES") << QStringLiteral("es_ES") << QString() << spanish;
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QString() << chinese;
    QTest::newRow("es_ES, English chosen")
        << QStringLiteral("es_ES") << QStringLiteral("en") << english;
    QTest::newRow("C, Chinese chosen") << QStringLiteral("C") << QStringLiteral("zh_CN") << chinese;
}

// `candist --help` is translated by the same loader that runs before the window: the system's
// language unless Settings chose another.
void RealTranslationsTest::programFollowsTheSystemLocale()
{
    QFETCH(QString, language);
    QFETCH(QString, stored);
    QFETCH(QString, description);
    const test::Scratch scratch;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LC_ALL"));
    environment.remove(QStringLiteral("LC_MESSAGES"));
    environment.insert(QStringLiteral("LANG"), language + QStringLiteral(".UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), language);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), scratch.path(QStringLiteral("config")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!stored.isEmpty()) {
        // The program's own settings file (organisation CanDist, application CanDist Workbench).
        QSettings settings(scratch.path(QStringLiteral("config/CanDist/CanDist Workbench.conf")),
                           QSettings::IniFormat);
        settings.setValue(QStringLiteral("ui/language"), stored);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }
    QProcess program;
    program.setProcessEnvironment(environment);
    program.start(QStringLiteral(CANDIST_GUI), {QStringLiteral("--help")});
    QVERIFY(program.waitForFinished(60000));
    QCOMPARE(program.exitCode(), 0);
    const QString output = QString::fromUtf8(program.readAllStandardOutput());
    QVERIFY2(output.contains(description), qPrintable(output));
}

QTEST_MAIN(RealTranslationsTest)
#include "test_real_translations.moc"
