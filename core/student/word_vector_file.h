#pragma once
// The student's pretrained word vectors: a file written by scripts/convert_word_vectors.py (the
// format is described there and in docs/student.md), memory-mapped, so that only the rows a
// pool's words need are read. Each block of rows (one row, as the converter writes them) has its
// own checksum, verified the first time one of its rows is read; the header, the word index and
// the block checksums are verified when the file opens.

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

#include <QFile>
#include <QHash>
#include <QString>

namespace candist {

class WordVectorFile
{
public:
    // Opens and verifies `path`. Throws Error naming the file and what is wrong: missing, not a
    // word-vector file, another format version, truncated, a dimension out of range, a checksum
    // mismatch. Files already open in this process (same path, size and modification time) are
    // shared.
    static std::shared_ptr<const WordVectorFile> open(const QString &path);

    WordVectorFile(const WordVectorFile &) = delete;
    WordVectorFile &operator=(const WordVectorFile &) = delete;
    ~WordVectorFile();

    QString path() const { return m_path; }
    QString name() const { return m_name; }
    // The header checksum in hex: it covers the name, the dimension, the word index and every
    // block's checksum, so it identifies the vectors a student was trained with.
    QString checksum() const { return m_checksum; }
    int dimension() const { return m_dimension; }
    std::int64_t size() const { return m_count; }

    // The matrix row of `word` (its UTF-8 bytes, already tokenised the way GloVe was), or -1.
    std::int64_t find(std::string_view word) const;
    // `dimension()` floats. Throws Error when the row's block fails its checksum. Thread-safe.
    const float *row(std::int64_t row) const;
    // The rows of a text's known words in order (tokenizeWords(), then wordVectorRows()). Kept
    // while the file is open, bounded: the held-out selection's cross-fitted students and the
    // final student, which share the file, look up the same texts. Thread-safe.
    std::vector<std::int64_t> rowsOfText(const QString &text) const;

private:
    explicit WordVectorFile(const QString &path);
    std::string_view word(std::int64_t index) const;
    void verifyBlock(std::int64_t block) const;

    QString m_path;
    QFile m_file;
    const uchar *m_data = nullptr;
    std::int64_t m_bytes = 0;
    QString m_name;
    QString m_checksum;
    int m_dimension = 0;
    std::int64_t m_count = 0;
    std::int64_t m_blockRows = 0;
    const std::uint32_t *m_stringOffsets = nullptr;
    const std::uint32_t *m_rows = nullptr;
    const char *m_strings = nullptr;
    const std::uint64_t *m_blockChecksums = nullptr;
    const float *m_matrix = nullptr;
    // Per block: 0 not yet verified, 1 verified.
    std::unique_ptr<std::atomic<std::uint8_t>[]> m_verified;
    mutable std::mutex m_textRowsMutex;
    mutable QHash<QString, std::vector<std::int64_t>> m_textRows;
    mutable std::int64_t m_textRowEntries = 0;
};

// The GloVe-style lookups of one token of tokenizeWords(): the token itself when the vectors know
// it, else its parts around an inner apostrophe as GloVe's tokeniser split them ("don't" ->
// "do" "n't", "world's" -> "world" "'s"); empty when none is known.
std::vector<std::int64_t> wordVectorRows(const WordVectorFile &file, const QString &token);

// The checksum of the format: the bytes as little-endian uint64 words w_i (the last one
// zero-padded), sum of (w_i XOR 0x9E3779B97F4A7C15) * (2i + 1) modulo 2^64. The sum is additive:
// a range that starts at word `firstWord` of a longer run adds its part of that run's checksum.
std::uint64_t wordVectorChecksum(const uchar *data, std::int64_t bytes,
                                 std::uint64_t firstWord = 0);

} // namespace candist
