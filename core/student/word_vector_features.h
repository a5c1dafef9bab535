#pragma once
// Internal to core/student (includes torch): the hashed student's frozen pretrained feature block.
// Per text, the SIF-weighted mean of its in-vocabulary word vectors, l2-normalised and scaled,
// concatenated beside the n-gram bag before the head. The element-wise max beside it was measured
// worse (docs/student.md).
// Only the vectors of words that occur in the added datasets are copied out of the file.

#include <cstdint>
#include <memory>
#include <random>
#include <string>
#include <torch/torch.h>
#include <unordered_map>
#include <vector>

#include <QStringList>

namespace candist {

class WordVectorFile;
class WorkerPool;

class WordVectorFeatures
{
public:
    WordVectorFeatures(std::shared_ptr<const WordVectorFile> file, double scale);

    // The vectors' dimension.
    int width() const;
    // Tokenises and looks up `texts`; returns the dataset id (0, 1, ... in call order, as the
    // n-gram bags count theirs). With `workers`, fixed chunks in parallel.
    int addDataset(const QStringList &texts, WorkerPool *workers);
    // [rows, width()] for rows of `dataset`. `dropout` > 0 drops each word with that rate (the
    // augmented view), never all of a text's words.
    torch::Tensor features(int dataset, const std::vector<std::int64_t> &rows, double dropout,
                           std::mt19937_64 &rng) const;

private:
    struct Dataset
    {
        std::vector<std::int64_t> offsets{0};
        std::vector<std::int32_t> words; // rows of m_vectors
        std::vector<float> cached;       // [texts][width()] without dropout, or empty
    };

    void computeRow(const Dataset &data, std::int64_t row, double dropout, std::mt19937_64 &rng,
                    float *out) const;

    std::shared_ptr<const WordVectorFile> m_file;
    double m_scale;
    int m_dimension;
    std::unordered_map<std::int64_t, std::int32_t> m_rowOfFileRow;
    std::vector<float> m_vectors; // [words seen][dimension]
    std::vector<float> m_weights; // SIF weight per word seen
    std::vector<Dataset> m_datasets;
};

} // namespace candist
