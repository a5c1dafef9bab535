#include "student/word_vector_features.h"

#include <algorithm>
#include <cmath>

#include "student/word_vector_file.h"
#include "student/worker_pool.h"

namespace candist {

namespace {

constexpr std::int64_t kChunk = 512;
// Datasets whose features fit in this are computed once (160k texts of 100-d vectors).
constexpr std::int64_t kCacheBytes = std::int64_t(128) << 20;

// SIF weights (Arora et al. 2017): a / (a + p(w)), with p(w) from Zipf's law on the vectors'
// frequency order (their rows), so that "the" and "," count a hundredth of a content word and the
// weights need nothing but the file.
constexpr double kSifA = 1e-3;

float sifWeight(std::int64_t rank, std::int64_t vocabulary)
{
    const double harmonic = std::log(double(vocabulary)) + 0.5772156649;
    const double probability = 1.0 / (double(rank + 1) * harmonic);
    return float(kSifA / (kSifA + probability));
}

} // namespace

WordVectorFeatures::WordVectorFeatures(std::shared_ptr<const WordVectorFile> file, double scale)
    : m_file(std::move(file)), m_scale(scale), m_dimension(m_file->dimension())
{}

int WordVectorFeatures::width() const
{
    return m_dimension;
}

int WordVectorFeatures::addDataset(const QStringList &texts, WorkerPool *workers)
{
    const std::int64_t count = texts.size();
    std::vector<std::vector<std::int64_t>> chunkRows(size_t((count + kChunk - 1) / kChunk));
    std::vector<std::vector<std::int64_t>> chunkLengths(chunkRows.size());
    forEachChunk(count, kChunk, workers,
                 [&](std::int64_t chunk, std::int64_t begin, std::int64_t end) {
                     for (std::int64_t i = begin; i < end; ++i) {
                         const std::vector<std::int64_t> rows = m_file->rowsOfText(texts.at(i));
                         chunkRows[size_t(chunk)].insert(chunkRows[size_t(chunk)].end(),
                                                         rows.begin(), rows.end());
                         chunkLengths[size_t(chunk)].push_back(std::int64_t(rows.size()));
                     }
                 });
    // Joined in chunk order: each new word gets the next row of the table, whatever the threads.
    Dataset dataset;
    dataset.offsets.reserve(size_t(count) + 1);
    for (size_t chunk = 0; chunk < chunkRows.size(); ++chunk) {
        for (const std::int64_t length : chunkLengths[chunk])
            dataset.offsets.push_back(dataset.offsets.back() + length);
        for (const std::int64_t fileRow : chunkRows[chunk]) {
            auto [it, added] = m_rowOfFileRow.try_emplace(fileRow, std::int32_t(m_weights.size()));
            if (added) {
                const float *vector = m_file->row(fileRow);
                m_vectors.insert(m_vectors.end(), vector, vector + m_dimension);
                m_weights.push_back(sifWeight(fileRow, m_file->size()));
            }
            dataset.words.push_back(it->second);
        }
    }
    // The view without dropout is the same every epoch: computed once while it stays small.
    if (count * width() * std::int64_t(sizeof(float)) <= kCacheBytes) {
        dataset.cached.resize(size_t(count * width()));
        forEachChunk(
            count, kChunk, workers, [&](std::int64_t, std::int64_t begin, std::int64_t end) {
                std::mt19937_64 noDropout; // never drawn from without dropout
                for (std::int64_t i = begin; i < end; ++i)
                    computeRow(dataset, i, 0.0, noDropout, dataset.cached.data() + i * width());
            });
    }
    m_datasets.push_back(std::move(dataset));
    return int(m_datasets.size()) - 1;
}

void WordVectorFeatures::computeRow(const Dataset &data, std::int64_t row, double dropout,
                                    std::mt19937_64 &rng, float *out) const
{
    const auto dimension = std::int64_t(m_dimension);
    const std::int64_t begin = data.offsets[size_t(row)];
    const std::int64_t end = data.offsets[size_t(row) + 1];
    std::fill(out, out + dimension, 0.0f);
    if (end == begin)
        return; // no known word: the block stays zero
    thread_local std::vector<std::int32_t> kept;
    thread_local std::vector<float> mean;
    kept.assign(data.words.begin() + begin, data.words.begin() + end);
    if (dropout > 0) {
        std::uniform_real_distribution<double> uniform(0.0, 1.0);
        kept.erase(std::remove_if(kept.begin(), kept.end(),
                                  [&](std::int32_t) { return uniform(rng) < dropout; }),
                   kept.end());
        if (kept.empty())
            kept.push_back(data.words[size_t(begin)]);
    }
    mean.assign(size_t(dimension), 0.0f);
    for (const std::int32_t word : kept) {
        const float weight = m_weights[size_t(word)];
        const float *vector = m_vectors.data() + std::int64_t(word) * dimension;
        for (std::int64_t d = 0; d < dimension; ++d)
            mean[size_t(d)] += weight * vector[d];
    }
    // Unit length, then the scale: the block's step size against the n-gram bag's does not
    // depend on how many words a text has or on the vectors' own norms.
    double squares = 0;
    for (const float value : mean)
        squares += double(value) * value;
    if (squares <= 0)
        return;
    const auto factor = float(m_scale / std::sqrt(squares));
    for (std::int64_t d = 0; d < dimension; ++d)
        out[d] = mean[size_t(d)] * factor;
}

torch::Tensor WordVectorFeatures::features(int dataset, const std::vector<std::int64_t> &rows,
                                           double dropout, std::mt19937_64 &rng) const
{
    const Dataset &data = m_datasets.at(size_t(dataset));
    const std::int64_t width = this->width();
    torch::Tensor result = torch::empty({std::int64_t(rows.size()), width});
    float *out = result.data_ptr<float>();
    for (size_t b = 0; b < rows.size(); ++b) {
        float *target = out + std::int64_t(b) * width;
        if (dropout <= 0 && !data.cached.empty()) {
            const float *cached = data.cached.data() + rows[b] * width;
            std::copy(cached, cached + width, target);
        } else {
            computeRow(data, rows[b], dropout, rng, target);
        }
    }
    return result;
}

} // namespace candist
