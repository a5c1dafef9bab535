#include "ts_file.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include "model/error.h"

namespace candist::test {

namespace {

void runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        throw Error(QStringLiteral("%1 %2 failed (%3): %4")
                        .arg(program, arguments.join(QLatin1Char(' ')), process.errorString(),
                             QString::fromLocal8Bit(process.readAll())));
}

} // namespace

TsFile readTsFile(const QString &path)
{
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: cannot read: %2").arg(path, device.errorString()));
    QXmlStreamReader xml(&device);
    TsFile file;
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == QLatin1String("TS")) {
                file.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage{};
                message.context = context;
                message.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            file.messages << message;
        }
    }
    if (xml.hasError())
        throw Error(QStringLiteral("%1:%2:%3: %4")
                        .arg(path)
                        .arg(xml.lineNumber())
                        .arg(xml.columnNumber())
                        .arg(xml.errorString()));
    return file;
}

void writeTsFile(const QString &path, const TsFile &file)
{
    QSaveFile device(path);
    if (!device.open(QIODevice::WriteOnly))
        throw Error(QStringLiteral("%1: cannot write: %2").arg(path, device.errorString()));
    QXmlStreamWriter xml(&device);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE TS>"));
    xml.writeStartElement(QStringLiteral("TS"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
    xml.writeAttribute(QStringLiteral("language"), file.language);
    for (const TsMessage &message : file.messages) {
        // One <context> per message keeps this simple; lrelease merges them.
        xml.writeStartElement(QStringLiteral("context"));
        xml.writeTextElement(QStringLiteral("name"), message.context);
        xml.writeStartElement(QStringLiteral("message"));
        if (message.numerus)
            xml.writeAttribute(QStringLiteral("numerus"), QStringLiteral("yes"));
        xml.writeTextElement(QStringLiteral("source"), message.source);
        if (!message.comment.isEmpty())
            xml.writeTextElement(QStringLiteral("comment"), message.comment);
        xml.writeStartElement(QStringLiteral("translation"));
        if (!message.type.isEmpty())
            xml.writeAttribute(QStringLiteral("type"), message.type);
        if (message.numerus) {
            for (const QString &form : message.translations)
                xml.writeTextElement(QStringLiteral("numerusform"), form);
        } else {
            xml.writeCharacters(message.translations.value(0));
        }
        xml.writeEndElement(); // translation
        xml.writeEndElement(); // message
        xml.writeEndElement(); // context
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    if (!device.commit())
        throw Error(QStringLiteral("%1: cannot write: %2").arg(path, device.errorString()));
}

QString messageKey(const TsMessage &message)
{
    return message.context + QChar(0x1f) + message.source + QChar(0x1f) + message.comment;
}

QSet<QString> messageKeys(const TsFile &file)
{
    QSet<QString> keys;
    for (const TsMessage &message : file.messages)
        keys.insert(messageKey(message));
    return keys;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?([1-9][0-9]?|n)"));
    QSet<QString> result;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext())
        result.insert(QLatin1Char('%') + it.next().captured(1));
    return result;
}

int acceleratorCount(const QString &text)
{
    static const QRegularExpression entity(QStringLiteral("&[a-zA-Z]+;|&#[0-9]+;"));
    QString stripped = text;
    stripped.replace(QLatin1String("&&"), QString());
    stripped.remove(entity);
    int count = 0;
    for (qsizetype i = 0; i + 1 < stripped.size(); ++i) {
        if (stripped.at(i) == QLatin1Char('&') && !stripped.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

void extractMessages(const QString &tsPath)
{
    runTool(QStringLiteral(CANDIST_LUPDATE),
            {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
             QStringLiteral("-silent"), QStringLiteral("@" CANDIST_TRANSLATABLE_SOURCES_LIST),
             QStringLiteral("-ts"), tsPath});
}

void compileTranslation(const QString &tsPath, const QString &qmPath)
{
    runTool(QStringLiteral(CANDIST_LRELEASE),
            {QStringLiteral("-silent"), tsPath, QStringLiteral("-qm"), qmPath});
}

QStringList committedTsFiles()
{
    const QDir dir(QStringLiteral(CANDIST_TRANSLATIONS_DIR));
    QStringList result;
    const QStringList names = dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        result << dir.filePath(name);
    return result;
}

} // namespace candist::test
