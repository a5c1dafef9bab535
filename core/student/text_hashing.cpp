#include "student/text_hashing.h"

#include <algorithm>
#include <functional>

#include "student/worker_pool.h"

namespace candist {

namespace {

constexpr std::uint64_t kFnvOffset = 1469598103934665603ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;
constexpr std::uint64_t kUnigramSpace = 0x9e3779b97f4a7c15ull;
constexpr std::uint64_t kBigramSpace = 0xc2b2ae3d27d4eb4full;
constexpr std::uint64_t kCharSpace = 0x165667b19e3779f9ull;

std::uint64_t fnv1a(const QChar *data, qsizetype size)
{
    std::uint64_t hash = kFnvOffset;
    for (qsizetype i = 0; i < size; ++i) {
        const ushort unit = data[i].unicode();
        hash = (hash ^ (unit & 0xff)) * kFnvPrime;
        hash = (hash ^ (unit >> 8)) * kFnvPrime;
    }
    return hash;
}

// splitmix64 finaliser: spreads the namespace-mixed hash over all bits before masking.
std::uint64_t mix(std::uint64_t value)
{
    value += 0x9e3779b97f4a7c15ull;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ull;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebull;
    return value ^ (value >> 31);
}

// Texts (or keys) per parallel hashing task: fixed, so the work split never depends on threads.
constexpr std::int64_t kChunk = 512;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace

QStringList tokenizeWords(const QString &text, bool lowercase)
{
    QStringList tokens;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (!isWordChar(c)) {
            tokens << QString(c);
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < n) {
            const QChar e = text.at(end);
            // Keep "don't" and "o'clock" whole; a trailing apostrophe is punctuation.
            if (isWordChar(e) || ((e == QLatin1Char('\'') || e == QChar(0x2019)) && end + 1 < n &&
                                  isWordChar(text.at(end + 1))))
                ++end;
            else
                break;
        }
        const QString word = text.mid(i, end - i);
        tokens << (lowercase ? word.toLower() : word);
        i = end;
    }
    return tokens;
}

std::vector<std::uint64_t> hashedFeatures(const QString &text, const HashingOptions &options)
{
    const std::uint64_t mask =
        options.hashBits >= 64 ? ~0ull : ((std::uint64_t(1) << options.hashBits) - 1);
    const QStringList tokens = tokenizeWords(text, options.lowercase);
    std::vector<std::uint64_t> features;
    features.reserve(tokens.size() * (options.wordBigrams ? 2 : 1));
    std::uint64_t previous = 0;
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        const QString &token = tokens.at(t);
        const std::uint64_t hash = fnv1a(token.constData(), token.size());
        features.push_back(mix(hash ^ kUnigramSpace) & mask);
        if (options.wordBigrams && t > 0)
            features.push_back(mix((previous * 116049371ull + hash) ^ kBigramSpace) & mask);
        previous = hash;
        if (options.charNgramMin > 0 && token.size() > 1) {
            const QString padded = QLatin1Char('<') + token + QLatin1Char('>');
            for (int length = options.charNgramMin; length <= options.charNgramMax; ++length)
                for (qsizetype start = 0; start + length <= padded.size(); ++start)
                    features.push_back(mix(fnv1a(padded.constData() + start, length) ^ kCharSpace) &
                                       mask);
        }
    }
    return features;
}

FeatureVocabulary::FeatureVocabulary(std::vector<std::uint64_t> sortedKeys)
    : m_keys(std::move(sortedKeys))
{}

std::int64_t FeatureVocabulary::rowOf(std::uint64_t key) const
{
    const auto it = std::lower_bound(m_keys.begin(), m_keys.end(), key);
    if (it == m_keys.end() || *it != key)
        return -1;
    return std::int64_t(it - m_keys.begin());
}

namespace {

// Empty bags whose offsets follow the per-text feature counts.
FeatureBags bagsWithLengths(const std::vector<std::int64_t> &lengths)
{
    FeatureBags bags;
    bags.offsets.reserve(lengths.size() + 1);
    for (const std::int64_t length : lengths)
        bags.offsets.push_back(bags.offsets.back() + length);
    return bags;
}

} // namespace

FeatureBags FeatureVocabulary::fit(const QStringList &texts, const HashingOptions &options,
                                   FeatureVocabulary &vocabulary, WorkerPool *workers)
{
    const std::int64_t count = texts.size();
    std::vector<std::vector<std::uint64_t>> chunkKeys(size_t((count + kChunk - 1) / kChunk));
    std::vector<std::int64_t> lengths(static_cast<size_t>(count));
    forEachChunk(
        count, kChunk, workers, [&](std::int64_t chunk, std::int64_t begin, std::int64_t end) {
            auto &keys = chunkKeys[size_t(chunk)];
            for (std::int64_t i = begin; i < end; ++i) {
                const std::vector<std::uint64_t> features = hashedFeatures(texts.at(i), options);
                keys.insert(keys.end(), features.begin(), features.end());
                lengths[size_t(i)] = std::int64_t(features.size());
            }
        });
    FeatureBags bags = bagsWithLengths(lengths);
    std::vector<std::uint64_t> raw;
    raw.reserve(size_t(bags.offsets.back()));
    for (const auto &keys : chunkKeys)
        raw.insert(raw.end(), keys.begin(), keys.end());
    std::vector<std::uint64_t> keys = raw;
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    vocabulary = FeatureVocabulary(std::move(keys));
    bags.indices.resize(raw.size());
    forEachChunk(std::int64_t(raw.size()), kChunk, workers,
                 [&](std::int64_t, std::int64_t begin, std::int64_t end) {
                     for (std::int64_t i = begin; i < end; ++i)
                         bags.indices[size_t(i)] = vocabulary.rowOf(raw[size_t(i)]);
                 });
    return bags;
}

FeatureBags FeatureVocabulary::encode(const QStringList &texts, const HashingOptions &options,
                                      WorkerPool *workers) const
{
    const std::int64_t count = texts.size();
    std::vector<std::vector<std::int64_t>> chunkRows(size_t((count + kChunk - 1) / kChunk));
    std::vector<std::int64_t> lengths(static_cast<size_t>(count));
    forEachChunk(count, kChunk, workers,
                 [&](std::int64_t chunk, std::int64_t begin, std::int64_t end) {
                     auto &rows = chunkRows[size_t(chunk)];
                     for (std::int64_t i = begin; i < end; ++i) {
                         const size_t before = rows.size();
                         for (const std::uint64_t key : hashedFeatures(texts.at(i), options)) {
                             const std::int64_t row = rowOf(key);
                             if (row >= 0)
                                 rows.push_back(row);
                         }
                         lengths[size_t(i)] = std::int64_t(rows.size() - before);
                     }
                 });
    FeatureBags bags = bagsWithLengths(lengths);
    bags.indices.reserve(size_t(bags.offsets.back()));
    for (const auto &rows : chunkRows)
        bags.indices.insert(bags.indices.end(), rows.begin(), rows.end());
    return bags;
}

} // namespace candist
