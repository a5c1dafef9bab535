#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace candist::test {

// One <message> of a Qt Linguist .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment; // disambiguation
    bool numerus = false;
    QString type;             // "", "unfinished", "vanished" or "obsolete"
    QStringList translations; // one entry, or one per plural form
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
};

// Reads a .ts file; throws candist::Error naming the file, line and column on malformed XML.
TsFile readTsFile(const QString &path);
// Writes `file` as a .ts file lrelease accepts.
void writeTsFile(const QString &path, const TsFile &file);

// context + '\x1f' + source + '\x1f' + comment: what identifies a message.
QString messageKey(const TsMessage &message);
QSet<QString> messageKeys(const TsFile &file);

// The %1..%99 and %n placeholders of a text (%L1 counts as %1: only the formatting differs).
QSet<QString> placeholders(const QString &text);
// The number of keyboard accelerators (&x, not && nor an entity such as &nbsp;).
int acceleratorCount(const QString &text);

// Runs lupdate over the sources the translations cover (the list CMake generated) into a new
// .ts file at `tsPath`; throws Error with lupdate's output when it fails.
void extractMessages(const QString &tsPath);
// Compiles `tsPath` to `qmPath` with lrelease; throws Error with its output when it fails.
void compileTranslation(const QString &tsPath, const QString &qmPath);

// The committed translations (translations/*.ts in the source tree).
QStringList committedTsFiles();

} // namespace candist::test
