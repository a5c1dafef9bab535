#include "student/training_checkpoint.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "model/error.h"
#include "student/student_backend.h"
#include "student/student_text.h"

namespace candist {

namespace {

constexpr int kFormat = 1;

QString statePath(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("state.json"));
}

QJsonObject readState(const QString &directory)
{
    const QString path = statePath(directory);
    const std::string bytes = readWholeFile(path);
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray(bytes.data(), qsizetype(bytes.size())), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw Error(Error::Kind::BadInput, {path},
                    StudentText::tr("offset %1: not a resume state (%2)")
                        .arg(error.offset)
                        .arg(error.errorString()));
    const QJsonObject state = document.object();
    if (state.value(QStringLiteral("format")).toInt() != kFormat)
        throw Error(
            Error::Kind::BadInput, {path},
            StudentText::tr("unknown resume state format (expected \"format\": %1)").arg(kFormat));
    return state;
}

torch::Tensor loadTensor(const QString &path)
{
    std::istringstream stream(readWholeFile(path));
    torch::Tensor tensor;
    try {
        torch::load(tensor, stream);
    } catch (const c10::Error &error) {
        throw Error(Error::Kind::BadInput, {path},
                    StudentText::tr("not a tensor archive: %1")
                        .arg(QString::fromStdString(error.what_without_backtrace())));
    }
    return tensor;
}

template<typename Value>
void hashValue(QCryptographicHash &hash, Value value)
{
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&value), sizeof(value)));
}

void hashList(QCryptographicHash &hash, const std::vector<int> &values)
{
    hashValue(hash, qint64(values.size()));
    for (const int value : values)
        hashValue(hash, qint32(value));
}

} // namespace

QString dataFingerprint(const DistillationData &data)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hashValue(hash, qint32(data.numClasses));
    hashValue(hash, qint64(data.texts.size()));
    for (int i = 0; i < data.size(); ++i) {
        const QByteArray text = data.texts.at(i).toUtf8();
        hashValue(hash, qint64(text.size()));
        hash.addData(text);
        hashList(hash, data.candidates.at(size_t(i)));
        hashList(hash, i < int(data.votes.size()) ? data.votes[size_t(i)] : std::vector<int>{});
        hashValue(hash,
                  qint32(i < int(data.humanLabels.size()) ? data.humanLabels[size_t(i)] : -1));
        hashValue(hash, qint32(i < int(data.gold.size()) ? data.gold[size_t(i)] : -1));
    }
    // Spot-check answers change what the selection chooses; hashed only when there are any, so
    // that the checkpoints of projects without spot checks keep their fingerprints.
    if (std::any_of(data.spotCheckAnswers.begin(), data.spotCheckAnswers.end(),
                    [](int answer) { return answer >= 0; }))
        hashList(hash, data.spotCheckAnswers);
    return QString::fromLatin1(hash.result().toHex());
}

bool hasTrainingCheckpoint(const QString &directory)
{
    return QFile::exists(statePath(directory));
}

void writeTrainingCheckpoint(const QString &directory, const TrainingState &state,
                             const StudentBackend &backend)
{
    const QString folderName = QStringLiteral("epoch-%1").arg(state.epochsDone);
    const QDir dir(directory);
    const QString folder = dir.filePath(folderName);
    if (!QDir().mkpath(folder))
        throw Error(Error::Kind::FileSystem, {folder},
                    StudentText::tr("cannot create the resume checkpoint folder"));
    backend.save(folder);
    const QDir files(folder);
    saveArchive(state.targets, files.filePath(QStringLiteral("targets.pt")));
    saveArchive(state.lastSl, files.filePath(QStringLiteral("selection.pt")));
    saveArchive(state.generator, files.filePath(QStringLiteral("generator.pt")));

    QJsonArray shares;
    for (const double share : state.insideShares)
        shares.append(share);
    const QJsonObject json{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("folder"), folderName},
        {QStringLiteral("epochs_done"), state.epochsDone},
        {QStringLiteral("warmup"), state.warmup},
        {QStringLiteral("warmup_epochs"), state.warmupEpochs},
        {QStringLiteral("inside_shares"), shares},
        {QStringLiteral("steps_done"), QString::number(state.stepsDone)},
        {QStringLiteral("rng"), QString::fromStdString(state.rng)},
        {QStringLiteral("fingerprint"), state.fingerprint},
    };
    writeFileAtomically(statePath(directory),
                        QJsonDocument(json).toJson(QJsonDocument::Indented).toStdString());
    // Only now is the new folder the checkpoint; the older ones are garbage.
    for (const QString &old :
         dir.entryList({QStringLiteral("epoch-*")}, QDir::Dirs | QDir::NoDotAndDotDot))
        if (old != folderName)
            QDir(dir.filePath(old)).removeRecursively();
}

TrainingState readTrainingCheckpoint(const QString &directory, QString &modelFolder)
{
    const QJsonObject json = readState(directory);
    const QString path = statePath(directory);
    const auto require = [&](const char *key, bool ok, const char *expected) {
        if (!ok)
            throw Error(Error::Kind::BadInput, {path},
                        StudentText::tr("\"%1\": expected %2")
                            .arg(QLatin1String(key), QLatin1String(expected)));
    };
    TrainingState state;
    const QString folderName = json.value(QStringLiteral("folder")).toString();
    require("folder", folderName.startsWith(QLatin1String("epoch-")), "an epoch-<k> folder name");
    const QJsonValue epochs = json.value(QStringLiteral("epochs_done"));
    require("epochs_done", epochs.isDouble() && epochs.toInt(-1) >= 1, "a positive integer");
    state.epochsDone = epochs.toInt();
    require("warmup", json.value(QStringLiteral("warmup")).isBool(), "true or false");
    state.warmup = json.value(QStringLiteral("warmup")).toBool();
    state.warmupEpochs = json.value(QStringLiteral("warmup_epochs")).toInt();
    const QJsonValue shares = json.value(QStringLiteral("inside_shares"));
    require("inside_shares", shares.isArray(), "an array of numbers");
    for (const QJsonValue &share : shares.toArray())
        state.insideShares.push_back(share.toDouble());
    bool ok = false;
    state.stepsDone = json.value(QStringLiteral("steps_done")).toString().toLongLong(&ok);
    require("steps_done", ok && state.stepsDone >= 0, "a non-negative integer as a string");
    state.rng = json.value(QStringLiteral("rng")).toString().toStdString();
    require("rng", !state.rng.empty(), "the random generator's state");
    state.fingerprint = json.value(QStringLiteral("fingerprint")).toString();
    require("fingerprint", !state.fingerprint.isEmpty(), "the data fingerprint");

    modelFolder = QDir(directory).filePath(folderName);
    const QDir files(modelFolder);
    state.targets = loadTensor(files.filePath(QStringLiteral("targets.pt")));
    state.lastSl = loadTensor(files.filePath(QStringLiteral("selection.pt")));
    state.generator = loadTensor(files.filePath(QStringLiteral("generator.pt")));
    return state;
}

QString trainingCheckpointFingerprint(const QString &directory)
{
    return readState(directory).value(QStringLiteral("fingerprint")).toString();
}

} // namespace candist
