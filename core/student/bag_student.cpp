#include "student/bag_student.h"

#include <sstream>

#include <QDir>

#include "model/error.h"
#include "student/student_text.h"
#include "student/word_vector_file.h"
#include "student/worker_pool.h"

namespace candist {

BagClassifierImpl::BagClassifierImpl(std::int64_t rows, int dimension, int frozenWidth, int hidden,
                                     int numClasses)
{
    embedding = register_module(
        "embedding", torch::nn::EmbeddingBag(
                         torch::nn::EmbeddingBagOptions(std::max<std::int64_t>(rows, 1), dimension)
                             .mode(torch::kMean)
                             .sparse(true)));
    // Small uniform input vectors as in fastText; the head keeps torch's default (Kaiming-uniform)
    // initialisation: fastText's zero head is a saddle that batched SGD leaves only slowly.
    torch::NoGradGuard noGrad;
    embedding->weight.uniform_(-1.0 / dimension, 1.0 / dimension);
    int width = dimension + frozenWidth;
    if (hidden > 0) {
        hiddenLayer = register_module("hidden", torch::nn::Linear(width, hidden));
        width = hidden;
    }
    output = register_module("output", torch::nn::Linear(width, numClasses));
}

torch::Tensor BagClassifierImpl::pool(const torch::Tensor &indices, const torch::Tensor &offsets,
                                      const torch::Tensor &frozen)
{
    torch::Tensor pooled = embedding->forward(indices, offsets);
    if (frozen.defined())
        pooled = torch::cat({pooled, frozen}, 1);
    if (hiddenLayer)
        pooled = torch::relu(hiddenLayer->forward(pooled));
    return pooled;
}

torch::Tensor BagClassifierImpl::head(const torch::Tensor &representation)
{
    return output->forward(representation);
}

BagStudent::BagStudent(const DistillationOptions &options, int numClasses,
                       const QString &checkpointDirectory)
    : m_options(options), m_numClasses(numClasses)
{
    m_hashing.wordBigrams = options.bag.wordBigrams;
    m_hashing.charNgramMin = options.bag.charNgramMin;
    m_hashing.charNgramMax = options.bag.charNgramMax;
    m_hashing.hashBits = options.bag.hashBits;
    if (const WordVectorsIdentity &vectors = options.bag.wordVectors; !vectors.isNone()) {
        auto file = WordVectorFile::open(vectors.path);
        // The Distiller records the identity when a run starts; a mismatch here is a file that
        // changed under a run (resume, evaluate), which must not silently train other features.
        if (!vectors.checksum.isEmpty() && file->checksum() != vectors.checksum)
            throw Error(
                Error::Kind::BadInput, {vectors.path},
                StudentText::tr("the word vectors changed (checksum %1, the run recorded %2)")
                    .arg(file->checksum(), vectors.checksum));
        m_wordVectors.emplace(std::move(file), options.bag.wordVectorScale);
    }
    if (checkpointDirectory.isEmpty())
        return;
    const QDir dir(checkpointDirectory);
    std::istringstream vocabStream(readWholeFile(dir.filePath(QStringLiteral("vocabulary.pt"))));
    torch::Tensor keys;
    torch::load(keys, vocabStream);
    keys = keys.contiguous();
    const auto *data = reinterpret_cast<const std::uint64_t *>(keys.data_ptr<std::int64_t>());
    m_vocabulary = FeatureVocabulary(std::vector<std::uint64_t>(data, data + keys.numel()));
    buildModel();
    std::istringstream modelStream(readWholeFile(dir.filePath(QStringLiteral("model.pt"))));
    torch::load(m_model, modelStream);
}

void BagStudent::buildModel()
{
    m_model = BagClassifier(m_vocabulary->size(), m_options.bag.dimension,
                            m_wordVectors ? m_wordVectors->width() : 0, m_options.bag.hidden,
                            m_numClasses);
}

int BagStudent::addDataset(const QStringList &texts, WorkerPool *workers)
{
    if (m_wordVectors)
        m_wordVectors->addDataset(texts, workers);
    if (!m_vocabulary) {
        FeatureVocabulary vocabulary;
        m_datasets.push_back(FeatureVocabulary::fit(texts, m_hashing, vocabulary, workers));
        m_vocabulary = std::move(vocabulary);
        buildModel();
    } else {
        m_datasets.push_back(m_vocabulary->encode(texts, m_hashing, workers));
    }
    return int(m_datasets.size()) - 1;
}

torch::Tensor BagStudent::represent(int dataset, const std::vector<std::int64_t> &rows,
                                    bool augment, std::mt19937_64 &rng)
{
    const FeatureBags &bags = m_datasets.at(size_t(dataset));
    std::vector<std::int64_t> indices;
    std::vector<std::int64_t> offsets;
    offsets.reserve(rows.size());
    const double dropout = m_options.refinery.tokenDropout;
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    for (const std::int64_t row : rows) {
        offsets.push_back(std::int64_t(indices.size()));
        const std::int64_t begin = bags.offsets[size_t(row)];
        const std::int64_t end = bags.offsets[size_t(row) + 1];
        if (!augment || dropout <= 0) {
            indices.insert(indices.end(), bags.indices.begin() + begin, bags.indices.begin() + end);
            continue;
        }
        const size_t before = indices.size();
        for (std::int64_t k = begin; k < end; ++k)
            if (uniform(rng) >= dropout)
                indices.push_back(bags.indices[size_t(k)]);
        if (indices.size() == before && end > begin) // never turn a text into an empty bag
            indices.push_back(bags.indices[size_t(begin)]);
    }
    const torch::Tensor indexTensor =
        torch::from_blob(indices.data(), {std::int64_t(indices.size())}, torch::kLong).clone();
    const torch::Tensor offsetTensor =
        torch::from_blob(offsets.data(), {std::int64_t(offsets.size())}, torch::kLong).clone();
    const torch::Tensor frozen =
        m_wordVectors ? m_wordVectors->features(dataset, rows, augment ? dropout : 0.0, rng)
                      : torch::Tensor();
    return m_model->pool(indexTensor, offsetTensor, frozen);
}

torch::Tensor BagStudent::classify(const torch::Tensor &representation)
{
    return m_model->head(representation);
}

void BagStudent::beginTraining(std::int64_t totalSteps)
{
    m_totalSteps = std::max<std::int64_t>(totalSteps, 1);
    m_step = 0;
    m_optimizer = std::make_unique<torch::optim::SGD>(
        m_model->parameters(), torch::optim::SGDOptions(m_options.bag.learningRate));
}

double BagStudent::rateAt(std::int64_t step) const
{
    // fastText's schedule: the rate falls linearly to zero over the whole run.
    const double progress = double(step) / double(m_totalSteps);
    return m_options.bag.learningRate * std::max(0.0, 1.0 - progress);
}

void BagStudent::step()
{
    const double rate = rateAt(m_step);
    for (auto &group : m_optimizer->param_groups())
        static_cast<torch::optim::SGDOptions &>(group.options()).lr(rate);
    m_optimizer->step();
    ++m_step;
}

void BagStudent::applyRound(std::vector<std::vector<torch::Tensor>> &gradients, WorkerPool &workers)
{
    // Plain SGD, batch b of the round with the rate of step m_step + b. A weight that several
    // batches moved gets each batch's gradient divided by how many did (the head always, embedding
    // rows of common features), so a round never steps further on shared weights than one batch;
    // rows only one batch touched keep their full step. Summed stale steps diverged (DBpedia 7 %
    // at R 7), a plain mean over the round learnt too slowly (docs/student.md).
    torch::NoGradGuard noGrad;
    const std::vector<torch::Tensor> parameters = m_model->parameters();
    const auto batches = std::int64_t(gradients.size());
    std::vector<float> rates(static_cast<size_t>(batches));
    for (std::int64_t b = 0; b < batches; ++b)
        rates[size_t(b)] = float(rateAt(m_step + b));
    for (size_t j = 0; j < parameters.size(); ++j) {
        torch::Tensor parameter = parameters[j];
        int moved = 0;
        for (const auto &batch : gradients)
            moved += batch.at(j).defined();
        if (moved == 0)
            continue;
        if (!gradients.front()[j].is_sparse()) {
            for (std::int64_t b = 0; b < batches; ++b)
                if (gradients[size_t(b)][j].defined())
                    parameter.add_(gradients[size_t(b)][j], -rates[size_t(b)] / float(moved));
            continue;
        }
        // Embedding rows: per row, the number of batches that touched it (a row repeated within
        // one batch's uncoalesced gradient counts once).
        std::vector<torch::Tensor> indices(static_cast<size_t>(batches));
        std::vector<torch::Tensor> values(static_cast<size_t>(batches));
        const size_t rows = size_t(parameter.size(0));
        std::vector<std::int32_t> counts(rows, 0);
        std::vector<std::int32_t> lastBatch(rows, -1);
        for (std::int64_t b = 0; b < batches; ++b) {
            const torch::Tensor &gradient = gradients[size_t(b)][j];
            if (!gradient.defined())
                continue;
            indices[size_t(b)] = gradient._indices().contiguous();
            values[size_t(b)] = gradient._values().contiguous();
            const std::int64_t *row = indices[size_t(b)].data_ptr<std::int64_t>();
            for (std::int64_t k = 0; k < indices[size_t(b)].size(1); ++k)
                if (lastBatch[size_t(row[k])] != std::int32_t(b)) {
                    lastBatch[size_t(row[k])] = std::int32_t(b);
                    ++counts[size_t(row[k])];
                }
        }
        // The row updates, in batch order per row; rows are split over the threads by index, so
        // each row sees the same operations in the same order whatever the thread count.
        if (!parameter.is_contiguous() || parameter.dim() != 2)
            throw Error(QStringLiteral("internal: the embedding table is not a contiguous matrix"));
        float *weights = parameter.data_ptr<float>();
        const std::int64_t width = parameter.size(1);
        const std::int64_t parts = workers.threads();
        workers.run(parts, [&](std::int64_t part) {
            for (std::int64_t b = 0; b < batches; ++b) {
                if (!indices[size_t(b)].defined())
                    continue;
                const std::int64_t *row = indices[size_t(b)].data_ptr<std::int64_t>();
                const float *value = values[size_t(b)].data_ptr<float>();
                for (std::int64_t k = 0; k < indices[size_t(b)].size(1); ++k) {
                    if (row[k] % parts != part)
                        continue;
                    const float scale = -rates[size_t(b)] / float(counts[size_t(row[k])]);
                    float *target = weights + row[k] * width;
                    const float *source = value + k * width;
                    for (std::int64_t w = 0; w < width; ++w)
                        target[w] += scale * source[w];
                }
            }
        });
    }
    m_step += batches;
}

void BagStudent::restoreTraining(const QString &directory, std::int64_t stepsDone)
{
    std::istringstream stream(
        readWholeFile(QDir(directory).filePath(QStringLiteral("optimizer.pt"))));
    torch::load(*m_optimizer, stream);
    m_step = stepsDone;
}

void BagStudent::save(const QString &directory) const
{
    const QDir dir(directory);
    const std::vector<std::uint64_t> &keys = m_vocabulary->keys();
    const torch::Tensor keyTensor = torch::from_blob(const_cast<std::uint64_t *>(keys.data()),
                                                     {std::int64_t(keys.size())}, torch::kLong)
                                        .clone();
    saveArchive(keyTensor, dir.filePath(QStringLiteral("vocabulary.pt")));
    saveArchive(m_model, dir.filePath(QStringLiteral("model.pt")));
    if (m_optimizer)
        saveArchive(*m_optimizer, dir.filePath(QStringLiteral("optimizer.pt")));
}

} // namespace candist
