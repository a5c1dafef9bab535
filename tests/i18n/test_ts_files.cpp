// The committed translations are complete, keep every placeholder and accelerator, and match the
// messages the sources ask for today.
#include <QFileInfo>
#include <QtTest>

#include "model/error.h"
#include "test_files.h"
#include "ts_file.h"

using namespace candist;
using namespace candist::test;

class TsFilesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bothLanguagesAreCommitted();
    void everyEntryIsFinished_data();
    void everyEntryIsFinished();
    void placeholdersAndAcceleratorsSurvive_data();
    void placeholdersAndAcceleratorsSurvive();
    void filesMatchTheSources_data();
    void filesMatchTheSources();
    void checksCatchBrokenEntries();

private:
    void addFiles();
};

void TsFilesTest::addFiles()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : committedTsFiles())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TsFilesTest::bothLanguagesAreCommitted()
{
    QStringList languages;
    for (const QString &path : committedTsFiles())
        languages << readTsFile(path).language;
    languages.sort();
    QCOMPARE(languages, (QStringList{QStringLiteral("es"), QStringLiteral("zh_CN")}));
}

namespace {

// Spanish has two plural forms (one, other); Chinese one.
int pluralForms(const QString &language)
{
    return language.startsWith(QLatin1String("zh")) ? 1 : 2;
}

QString describe(const TsMessage &message)
{
    return QStringLiteral("[%1] \"%2\"").arg(message.context, message.source);
}

// Everything wrong with one message, empty when it is fine.
QStringList problems(const TsMessage &message, const QString &language)
{
    QStringList result;
    if (!message.type.isEmpty())
        result << QStringLiteral("%1 is %2").arg(describe(message), message.type);
    const int expectedForms = message.numerus ? pluralForms(language) : 1;
    if (message.translations.size() != expectedForms)
        result << QStringLiteral("%1 has %2 forms, expected %3")
                      .arg(describe(message))
                      .arg(message.translations.size())
                      .arg(expectedForms);
    const QSet<QString> wanted = placeholders(message.source);
    const int accelerators = acceleratorCount(message.source);
    for (const QString &translation : message.translations) {
        if (translation.trimmed().isEmpty()) {
            result << QStringLiteral("%1 has an empty translation").arg(describe(message));
            continue;
        }
        if (placeholders(translation) != wanted)
            result << QStringLiteral("%1: \"%2\" has placeholders {%3}, the source {%4}")
                          .arg(describe(message), translation,
                               QStringList(placeholders(translation).values()).join(u','),
                               QStringList(wanted.values()).join(u','));
        if (acceleratorCount(translation) != accelerators)
            result << QStringLiteral("%1: \"%2\" has %3 accelerators, the source %4")
                          .arg(describe(message), translation)
                          .arg(acceleratorCount(translation))
                          .arg(accelerators);
    }
    return result;
}

} // namespace

void TsFilesTest::everyEntryIsFinished_data()
{
    addFiles();
}

void TsFilesTest::everyEntryIsFinished()
{
    QFETCH(QString, path);
    const TsFile file = readTsFile(path);
    QVERIFY(!file.messages.isEmpty());
    QStringList unfinished;
    for (const TsMessage &message : file.messages) {
        if (!message.type.isEmpty() || message.translations.isEmpty() ||
            message.translations.first().trimmed().isEmpty())
            unfinished << describe(message);
    }
    QVERIFY2(
        unfinished.isEmpty(),
        qPrintable(QStringLiteral("%1: %2 unfinished, empty, vanished or obsolete entries:\n%3")
                       .arg(path)
                       .arg(unfinished.size())
                       .arg(unfinished.join(u'\n'))));
}

void TsFilesTest::placeholdersAndAcceleratorsSurvive_data()
{
    addFiles();
}

void TsFilesTest::placeholdersAndAcceleratorsSurvive()
{
    QFETCH(QString, path);
    const TsFile file = readTsFile(path);
    QStringList found;
    for (const TsMessage &message : file.messages)
        found << problems(message, file.language);
    QVERIFY2(found.isEmpty(), qPrintable(path + QStringLiteral(":\n") + found.join(u'\n')));
}

void TsFilesTest::filesMatchTheSources_data()
{
    addFiles();
}

void TsFilesTest::filesMatchTheSources()
{
    QFETCH(QString, path);
    const Scratch scratch;
    const QString fresh = scratch.path(QStringLiteral("fresh.ts"));
    extractMessages(fresh);
    const QSet<QString> wanted = messageKeys(readTsFile(fresh));
    QVERIFY2(wanted.size() > 100, "lupdate found almost nothing: is the source list right?");
    const QSet<QString> committed = messageKeys(readTsFile(path));
    QStringList missing;
    for (const QString &key : wanted - committed)
        missing << QString(key).replace(QChar(0x1f), QLatin1String(" | "));
    QStringList stale;
    for (const QString &key : committed - wanted)
        stale << QString(key).replace(QChar(0x1f), QLatin1String(" | "));
    missing.sort();
    stale.sort();
    QVERIFY2(missing.isEmpty() && stale.isEmpty(),
             qPrintable(QStringLiteral("%1 is out of date with the sources; run `cmake --build "
                                       "build --target update_translations` and translate.\n"
                                       "Not in the file (%2):\n%3\nNo longer in the sources "
                                       "(%4):\n%5")
                            .arg(path)
                            .arg(missing.size())
                            .arg(missing.join(u'\n'))
                            .arg(stale.size())
                            .arg(stale.join(u'\n'))));
}

// The checks above must be able to fail: feed them a file with each kind of mistake.
void TsFilesTest::checksCatchBrokenEntries()
{
    const Scratch scratch;
    TsFile broken;
    broken.language = QStringLiteral("es");
    auto message = [](const QString &source, const QStringList &translations, bool numerus = false,
                      const QString &type = QString()) {
        TsMessage m;
        m.context = QStringLiteral("Ctx");
        m.source = source;
        m.numerus = numerus;
        m.type = type;
        m.translations = translations;
        return m;
    };
    broken.messages << message(QStringLiteral("&Open %1"), {QStringLiteral("&Abrir %1")})
                    << message(QStringLiteral("Save %1"), {QStringLiteral("Guardar")})
                    << message(QStringLiteral("Close"), {QStringLiteral("Cerrar %2")})
                    << message(QStringLiteral("&Quit"), {QStringLiteral("Salir")})
                    << message(QStringLiteral("Pending"), {QString()}, false,
                               QStringLiteral("unfinished"))
                    << message(QStringLiteral("%n file(s)"), {QStringLiteral("%n archivo")}, true)
                    << message(QStringLiteral("%n row(s)"),
                               {QStringLiteral("%n fila"), QStringLiteral("filas")}, true);
    const QString path = scratch.path(QStringLiteral("broken_es.ts"));
    writeTsFile(path, broken);
    const TsFile read = readTsFile(path);
    QCOMPARE(read.messages.size(), broken.messages.size());
    QVERIFY(problems(read.messages.at(0), read.language).isEmpty());
    for (int i = 1; i < read.messages.size(); ++i)
        QVERIFY2(!problems(read.messages.at(i), read.language).isEmpty(),
                 qPrintable(read.messages.at(i).source));
    QCOMPARE(acceleratorCount(QStringLiteral("a&nbsp;b && c")), 0);
    QCOMPARE(placeholders(QStringLiteral("%L1 of %2, %n")),
             (QSet<QString>{QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%n")}));
}

QTEST_GUILESS_MAIN(TsFilesTest)
#include "test_ts_files.moc"
