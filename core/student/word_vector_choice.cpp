#include "student/word_vector_choice.h"

#include <QFileInfo>
#include <QStandardPaths>

#include "model/error.h"
#include "student/student_text.h"
#include "student/word_vector_file.h"

namespace candist {

namespace {

QString describe(const WordVectorsIdentity &vectors)
{
    return vectors.isNone() ? QStringLiteral("no word vectors")
                            : QStringLiteral("word vectors \"%1\" (checksum %2)")
                                  .arg(vectors.name, vectors.checksum);
}

} // namespace

QString installedWordVectorsPath()
{
    const QString relative = QStringLiteral("candist/vectors/glove-6b-100d.cdv");
    const QString found = QStandardPaths::locate(QStandardPaths::GenericDataLocation, relative);
    return found.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                                 QLatin1Char('/') + relative
                           : found;
}

WordVectorChoice resolveWordVectors(const QString &requested)
{
    QString choice = requested;
    if (choice.isEmpty())
        choice = qEnvironmentVariable("CANDIST_WORD_VECTORS");
    if (choice == QLatin1String("none"))
        return {};
    if (!choice.isEmpty())
        return {choice, {}};
    const QString installed = installedWordVectorsPath();
    if (QFileInfo::exists(installed))
        return {installed, {}};
    return {{},
            QStringLiteral("pretrained word vectors are not installed (expected %1); the student "
                           "trains without them. Run scripts/install_word_vectors to install "
                           "them.")
                .arg(installed)};
}

WordVectorsIdentity identifyWordVectors(const QString &path)
{
    if (path.isEmpty())
        return {};
    const auto file = WordVectorFile::open(path);
    return {file->path(), file->name(), file->checksum()};
}

WordVectorsIdentity wordVectorsForRun(const WordVectorsIdentity &recorded, const QString &requested,
                                      const QString &run)
{
    const bool explicitChoice =
        !requested.isEmpty() || !qEnvironmentVariable("CANDIST_WORD_VECTORS").isEmpty();
    if (explicitChoice) {
        const WordVectorsIdentity chosen = identifyWordVectors(resolveWordVectors(requested).path);
        if (!(chosen == recorded)) // name and checksum; both empty for none
            throw Error(StudentText::tr("%1 was trained with %2; it cannot be resumed or applied "
                                        "with %3 (choose the same vectors, e.g. --word-vectors %4)")
                            .arg(run, describe(recorded), describe(chosen),
                                 recorded.isNone() ? QStringLiteral("none") : recorded.path));
        return chosen;
    }
    if (recorded.isNone())
        return {};
    for (const QString &path : {recorded.path, installedWordVectorsPath()}) {
        if (!QFileInfo::exists(path))
            continue;
        const WordVectorsIdentity found = identifyWordVectors(path);
        if (found == recorded)
            return found;
    }
    throw Error(StudentText::tr("%1 was trained with %2, which are no longer at %3 (install them "
                                "with scripts/install_word_vectors, or name the file with "
                                "--word-vectors)")
                    .arg(run, describe(recorded), recorded.path));
}

} // namespace candist
