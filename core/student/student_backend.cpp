#include "student/student_backend.h"

#include <QFile>
#include <QSaveFile>

#include "model/error.h"
#include "student/bag_student.h"
#include "student/script_student.h"
#include "student/student_text.h"
#include "student/worker_pool.h"

namespace candist {

std::unique_ptr<StudentBackend> makeStudentBackend(const DistillationOptions &options,
                                                   int numClasses,
                                                   const QString &checkpointDirectory)
{
    if (options.student == StudentKind::TorchScript)
        return std::make_unique<ScriptStudent>(options, numClasses, checkpointDirectory);
    return std::make_unique<BagStudent>(options, numClasses, checkpointDirectory);
}

void StudentBackend::applyRound(std::vector<std::vector<torch::Tensor>> &, WorkerPool &)
{
    throw Error(QStringLiteral("internal: this student does not train in parallel rounds"));
}

torch::Tensor predictDataset(StudentBackend &backend, int dataset, std::int64_t count,
                             int batchSize, WorkerPool *workers)
{
    torch::NoGradGuard noGrad;
    backend.setTraining(false);
    const std::int64_t step = std::max<std::int64_t>(batchSize, 256);
    const std::int64_t chunks = (count + step - 1) / step;
    std::vector<torch::Tensor> parts(static_cast<size_t>(chunks));
    const auto predictChunk = [&](std::int64_t chunk) {
        torch::NoGradGuard noGradHere; // grad mode is per thread
        std::mt19937_64 unused(0);
        std::vector<std::int64_t> rows;
        for (std::int64_t i = chunk * step; i < std::min(count, (chunk + 1) * step); ++i)
            rows.push_back(i);
        parts[size_t(chunk)] =
            torch::softmax(backend.classify(backend.represent(dataset, rows, false, unused)), 1)
                .to(torch::kCPU);
    };
    if (workers && backend.supportsConcurrentBatches()) {
        workers->run(chunks, predictChunk);
    } else {
        for (std::int64_t chunk = 0; chunk < chunks; ++chunk)
            predictChunk(chunk);
    }
    backend.setTraining(true);
    if (parts.empty())
        return torch::zeros({0, 0});
    return torch::cat(parts, 0);
}

void writeFileAtomically(const QString &path, const std::string &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()) || !file.commit())
        throw Error(
            Error::Kind::FileSystem, {path},
            StudentText::tr("cannot write the student checkpoint: %1").arg(file.errorString()));
}

std::string readWholeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(
            Error::Kind::FileSystem, {path},
            StudentText::tr("cannot read the student checkpoint: %1").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    return std::string(bytes.constData(), size_t(bytes.size()));
}

} // namespace candist
