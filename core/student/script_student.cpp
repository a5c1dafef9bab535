#include "student/script_student.h"

#include <sstream>

#include <QDir>
#include <QFile>

#include "model/error.h"
#include "student/student_text.h"

namespace candist {

ScriptStudent::ScriptStudent(const DistillationOptions &options, int numClasses,
                             const QString &checkpointDirectory)
    : m_options(options)
{
    if (options.script.device == QLatin1String("cuda")) {
        if (!torch::cuda::is_available())
            throw Error(StudentText::tr(
                "the TorchScript student was asked to run on CUDA, but this LibTorch build "
                "has no usable CUDA device"));
        m_device = torch::kCUDA;
    }
    const QDir checkpoint(checkpointDirectory);
    const QString encoderPath = checkpointDirectory.isEmpty()
                                    ? options.script.encoderPath
                                    : checkpoint.filePath(QStringLiteral("encoder.pt"));
    m_vocabPath = checkpointDirectory.isEmpty() ? options.script.vocabPath
                                                : checkpoint.filePath(QStringLiteral("vocab.txt"));
    m_tokenizer = WordPieceTokenizer::fromVocabFile(m_vocabPath, options.script.lowercase);
    try {
        std::istringstream stream(readWholeFile(encoderPath));
        m_encoder = torch::jit::load(stream, m_device);
    } catch (const c10::Error &error) {
        throw Error(Error::Kind::BadInput, {encoderPath},
                    StudentText::tr("not a loadable TorchScript module: %1")
                        .arg(QString::fromStdString(error.what_without_backtrace())));
    }
    // Probe the representation width with "[CLS] [SEP]".
    torch::Tensor probe;
    {
        torch::NoGradGuard noGrad;
        const torch::Tensor ids =
            torch::tensor({m_tokenizer->clsId(), m_tokenizer->sepId()}, torch::kLong)
                .unsqueeze(0)
                .to(m_device);
        try {
            probe = m_encoder.forward({ids, torch::ones_like(ids)}).toTensor();
        } catch (const std::exception &error) {
            throw Error(Error::Kind::BadInput, {encoderPath},
                        StudentText::tr(
                            "the encoder must map (input_ids, attention_mask) to a [batch, hidden] "
                            "tensor: %1")
                            .arg(QString::fromUtf8(error.what()).section('\n', 0, 0)));
        }
    }
    if (probe.dim() != 2 || probe.size(0) != 1)
        throw Error(
            Error::Kind::BadInput, {encoderPath},
            StudentText::tr("the encoder returned a tensor of %1 dimensions; expected [batch, "
                            "hidden]")
                .arg(probe.dim()));
    m_head = torch::nn::Linear(probe.size(1), numClasses);
    if (!checkpointDirectory.isEmpty()) {
        std::istringstream stream(readWholeFile(checkpoint.filePath(QStringLiteral("head.pt"))));
        torch::load(m_head, stream);
    }
    m_head->to(m_device);
}

int ScriptStudent::addDataset(const QStringList &texts, WorkerPool *)
{
    std::vector<std::vector<std::int64_t>> encoded;
    encoded.reserve(size_t(texts.size()));
    for (const QString &text : texts)
        encoded.push_back(m_tokenizer->encode(text, m_options.script.maxLength));
    m_datasets.push_back(std::move(encoded));
    return int(m_datasets.size()) - 1;
}

torch::Tensor ScriptStudent::represent(int dataset, const std::vector<std::int64_t> &rows,
                                       bool augment, std::mt19937_64 &rng)
{
    const auto &encoded = m_datasets.at(size_t(dataset));
    std::vector<std::vector<std::int64_t>> batch;
    batch.reserve(rows.size());
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    const double dropout = m_options.refinery.tokenDropout;
    size_t longest = 0;
    for (const std::int64_t row : rows) {
        const std::vector<std::int64_t> &ids = encoded.at(size_t(row));
        std::vector<std::int64_t> view;
        if (augment && dropout > 0 && ids.size() > 3) {
            // Word-piece deletion; [CLS] and [SEP] stay, at least one piece survives.
            view.push_back(ids.front());
            for (size_t k = 1; k + 1 < ids.size(); ++k)
                if (uniform(rng) >= dropout)
                    view.push_back(ids[k]);
            if (view.size() == 1)
                view.push_back(ids[1]);
            view.push_back(ids.back());
        } else {
            view = ids;
        }
        longest = std::max(longest, view.size());
        batch.push_back(std::move(view));
    }
    torch::Tensor ids = torch::full({std::int64_t(rows.size()), std::int64_t(longest)},
                                    m_tokenizer->padId(), torch::kLong);
    torch::Tensor mask = torch::zeros_like(ids);
    auto idAccess = ids.accessor<std::int64_t, 2>();
    auto maskAccess = mask.accessor<std::int64_t, 2>();
    for (size_t b = 0; b < batch.size(); ++b)
        for (size_t k = 0; k < batch[b].size(); ++k) {
            idAccess[std::int64_t(b)][std::int64_t(k)] = batch[b][k];
            maskAccess[std::int64_t(b)][std::int64_t(k)] = 1;
        }
    return m_encoder.forward({ids.to(m_device), mask.to(m_device)}).toTensor();
}

torch::Tensor ScriptStudent::classify(const torch::Tensor &representation)
{
    return m_head->forward(representation);
}

void ScriptStudent::setTraining(bool training)
{
    m_encoder.train(training);
    m_head->train(training);
}

void ScriptStudent::beginTraining(std::int64_t)
{
    std::vector<torch::Tensor> parameters;
    for (const torch::Tensor &parameter : m_encoder.parameters())
        parameters.push_back(parameter);
    for (const torch::Tensor &parameter : m_head->parameters())
        parameters.push_back(parameter);
    m_optimizer = std::make_unique<torch::optim::AdamW>(
        parameters, torch::optim::AdamWOptions(m_options.script.learningRate)
                        .weight_decay(m_options.script.weightDecay));
}

void ScriptStudent::restoreTraining(const QString &directory, std::int64_t)
{
    // AdamW keeps its own step counts in its state; there is no separate schedule.
    std::istringstream stream(
        readWholeFile(QDir(directory).filePath(QStringLiteral("optimizer.pt"))));
    torch::load(*m_optimizer, stream);
}

void ScriptStudent::save(const QString &directory) const
{
    const QDir dir(directory);
    std::ostringstream encoder;
    m_encoder.save(encoder);
    writeFileAtomically(dir.filePath(QStringLiteral("encoder.pt")), encoder.str());
    saveArchive(m_head, dir.filePath(QStringLiteral("head.pt")));
    if (m_optimizer)
        saveArchive(*m_optimizer, dir.filePath(QStringLiteral("optimizer.pt")));
    QFile vocab(m_vocabPath);
    if (!vocab.open(QIODevice::ReadOnly))
        throw Error(
            Error::Kind::FileSystem, {m_vocabPath},
            StudentText::tr("cannot read the WordPiece vocabulary: %1").arg(vocab.errorString()));
    const QByteArray bytes = vocab.readAll();
    writeFileAtomically(dir.filePath(QStringLiteral("vocab.txt")),
                        std::string(bytes.constData(), size_t(bytes.size())));
}

} // namespace candist
