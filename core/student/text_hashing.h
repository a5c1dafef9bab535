#pragma once

#include <cstdint>
#include <vector>

#include <QString>
#include <QStringList>

namespace candist {

class WorkerPool;

struct HashingOptions
{
    bool lowercase = true;
    bool wordBigrams = true;
    int charNgramMin = 0; // 0: no char n-grams
    int charNgramMax = 0;
    int hashBits = 24;
};

// Words are runs of letters, digits and inner apostrophes; every other non-space character is a
// token of its own ("?" matters for question types). Lowercased when asked.
QStringList tokenizeWords(const QString &text, bool lowercase);

// The hashed feature keys of one text, in [0, 2^hashBits): word unigrams, word bigrams and
// char n-grams of "<word>" live in separate hash namespaces. Order follows the text.
std::vector<std::uint64_t> hashedFeatures(const QString &text, const HashingOptions &options);

// Flat EmbeddingBag input for many texts: the features of text i are
// indices[offsets[i] .. offsets[i + 1]). offsets has texts + 1 entries.
struct FeatureBags
{
    std::vector<std::int64_t> indices;
    std::vector<std::int64_t> offsets{0};

    std::int64_t count() const { return std::int64_t(offsets.size()) - 1; }
};

// Maps hash keys to embedding rows. Fitted on the training pool, it gives rows only to keys that
// occur there, so the table stays as small as the data while keeping a 2^24 hash space free of
// collisions in practice; keys never seen in training are dropped (as fastText drops unknown
// words).
class FeatureVocabulary
{
public:
    FeatureVocabulary() = default;
    explicit FeatureVocabulary(std::vector<std::uint64_t> sortedKeys);

    // Fits the vocabulary on `texts` and returns their bags in one pass. With `workers`, fixed
    // chunks of texts are hashed in parallel and joined in order: the same bags for any thread
    // count.
    static FeatureBags fit(const QStringList &texts, const HashingOptions &options,
                           FeatureVocabulary &vocabulary, WorkerPool *workers = nullptr);
    FeatureBags encode(const QStringList &texts, const HashingOptions &options,
                       WorkerPool *workers = nullptr) const;

    std::int64_t size() const { return std::int64_t(m_keys.size()); }
    const std::vector<std::uint64_t> &keys() const { return m_keys; }
    // -1 when the key is unknown.
    std::int64_t rowOf(std::uint64_t key) const;

private:
    std::vector<std::uint64_t> m_keys; // sorted, unique
};

} // namespace candist
