#include "student/word_vector_file.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <mutex>

#include <QDateTime>
#include <QFileInfo>

#include "model/error.h"
#include "student/student_text.h"
#include "student/text_hashing.h"

namespace candist {

namespace {

constexpr char kMagic[8] = {'C', 'D', 'V', 'E', 'C', 'T', '0', '1'};
constexpr std::int64_t kHeaderBytes = 128;
constexpr std::int64_t kChecksumField = 32;
constexpr int kMaxDimension = 4096;

template<typename Value>
Value readLittleEndian(const uchar *data)
{
    Value value;
    std::memcpy(&value, data, sizeof value); // the format is little-endian, as are our targets
    return value;
}

std::int64_t alignUp(std::int64_t value, std::int64_t alignment)
{
    return (value + alignment - 1) / alignment * alignment;
}

// Apostrophe clitics as GloVe's (Stanford) tokeniser split them off.
const char *const kClitics[] = {"'s", "'re", "'ll", "'ve", "'m", "'d"};

// Bounds rowsOfText()'s memo: up to this many row entries, about 32 MB.
constexpr std::int64_t kMaxMemoisedRows = std::int64_t(4) << 20;

} // namespace

std::uint64_t wordVectorChecksum(const uchar *data, std::int64_t bytes, std::uint64_t firstWord)
{
    constexpr std::uint64_t mix = 0x9E3779B97F4A7C15ULL;
    std::uint64_t sum = 0;
    std::uint64_t weight = 2 * firstWord + 1;
    std::int64_t at = 0;
    for (; at + 8 <= bytes; at += 8, weight += 2)
        sum += (readLittleEndian<std::uint64_t>(data + at) ^ mix) * weight;
    if (at < bytes) {
        uchar last[8] = {};
        std::memcpy(last, data + at, size_t(bytes - at));
        sum += (readLittleEndian<std::uint64_t>(last) ^ mix) * weight;
    }
    return sum;
}

WordVectorFile::WordVectorFile(const QString &path) : m_path(path), m_file(path)
{
    const auto fail = [&](const QString &why) {
        return Error(QStringLiteral("%1: %2").arg(path, why));
    };
    if (!m_file.open(QIODevice::ReadOnly))
        throw fail(QStringLiteral("cannot open the word vectors: %1").arg(m_file.errorString()));
    m_bytes = m_file.size();
    if (m_bytes < kHeaderBytes)
        throw fail(QStringLiteral("not a CanDist word-vector file (%1 bytes, shorter than the "
                                  "%2-byte header)")
                       .arg(m_bytes)
                       .arg(kHeaderBytes));
    m_data = m_file.map(0, m_bytes);
    if (!m_data)
        throw fail(QStringLiteral("cannot map the word vectors: %1").arg(m_file.errorString()));
    if (std::memcmp(m_data, kMagic, 6) != 0)
        throw fail(QStringLiteral("not a CanDist word-vector file (expected the magic "
                                  "\"CDVECT\"; convert vectors with "
                                  "scripts/convert_word_vectors.py)"));
    if (std::memcmp(m_data, kMagic, sizeof kMagic) != 0)
        throw fail(QStringLiteral("word-vector format version %1 is not supported (expected 01)")
                       .arg(QString::fromLatin1(reinterpret_cast<const char *>(m_data) + 6, 2)));
    const auto dimension = readLittleEndian<std::uint32_t>(m_data + 8);
    const auto blockRows = readLittleEndian<std::uint32_t>(m_data + 12);
    const auto count = readLittleEndian<std::uint64_t>(m_data + 16);
    const auto stringBytes = readLittleEndian<std::uint64_t>(m_data + 24);
    const auto storedChecksum = readLittleEndian<std::uint64_t>(m_data + kChecksumField);
    const auto matrixOffset = readLittleEndian<std::uint64_t>(m_data + 40);
    if (dimension < 1 || dimension > std::uint32_t(kMaxDimension))
        throw fail(QStringLiteral("dimension %1 is out of range (expected 1 to %2)")
                       .arg(dimension)
                       .arg(kMaxDimension));
    if (blockRows < 1 || count < 1 || count > (1ULL << 31) || stringBytes > (1ULL << 32))
        throw fail(QStringLiteral("the header is damaged (%1 words, %2 rows per block)")
                       .arg(count)
                       .arg(blockRows));
    m_dimension = int(dimension);
    m_count = std::int64_t(count);
    m_blockRows = blockRows;
    const std::int64_t blocks = (m_count + m_blockRows - 1) / m_blockRows;
    const std::int64_t offsetsAt = kHeaderBytes;
    const std::int64_t rowsAt = offsetsAt + 4 * (m_count + 1);
    const std::int64_t stringsAt = rowsAt + 4 * m_count;
    const std::int64_t blocksAt = alignUp(stringsAt + std::int64_t(stringBytes), 8);
    const std::int64_t expectedMatrixAt = alignUp(blocksAt + 8 * blocks, 64);
    if (std::int64_t(matrixOffset) != expectedMatrixAt)
        throw fail(QStringLiteral("the header is damaged (the matrix starts at byte %1, expected "
                                  "%2)")
                       .arg(matrixOffset)
                       .arg(expectedMatrixAt));
    const std::int64_t expectedBytes =
        expectedMatrixAt + m_count * std::int64_t(m_dimension) * std::int64_t(sizeof(float));
    if (m_bytes != expectedBytes)
        throw fail(QStringLiteral("%1 (%2 bytes, expected %3 for %4 words of dimension %5)")
                       .arg(m_bytes < expectedBytes ? QStringLiteral("the file is truncated")
                                                    : QStringLiteral("the file has trailing data"))
                       .arg(m_bytes)
                       .arg(expectedBytes)
                       .arg(m_count)
                       .arg(m_dimension));
    // The header checksum covers bytes [0, matrix) with its own field read as zero.
    std::vector<uchar> header(m_data, m_data + kHeaderBytes);
    std::fill(header.begin() + kChecksumField, header.begin() + kChecksumField + 8, uchar(0));
    const std::uint64_t checksum =
        wordVectorChecksum(header.data(), kHeaderBytes) +
        wordVectorChecksum(m_data + kHeaderBytes, expectedMatrixAt - kHeaderBytes,
                           kHeaderBytes / 8);
    if (checksum != storedChecksum)
        throw fail(QStringLiteral("checksum mismatch in the header or word index (the file is "
                                  "damaged; run scripts/install_word_vectors again)"));
    m_checksum = QString::number(checksum, 16).rightJustified(16, QLatin1Char('0'));
    const char *name = reinterpret_cast<const char *>(m_data + 64);
    m_name = QString::fromUtf8(name, int(strnlen(name, 64)));
    m_stringOffsets = reinterpret_cast<const std::uint32_t *>(m_data + offsetsAt);
    m_rows = reinterpret_cast<const std::uint32_t *>(m_data + rowsAt);
    m_strings = reinterpret_cast<const char *>(m_data + stringsAt);
    m_blockChecksums = reinterpret_cast<const std::uint64_t *>(m_data + blocksAt);
    m_matrix = reinterpret_cast<const float *>(m_data + expectedMatrixAt);
    for (std::int64_t i = 0; i < m_count; ++i)
        if (m_stringOffsets[i] > m_stringOffsets[i + 1] || m_rows[i] >= count)
            throw fail(QStringLiteral("the word index is damaged at word %1").arg(i));
    if (m_stringOffsets[m_count] != stringBytes)
        throw fail(QStringLiteral("the word index is damaged (its strings end at byte %1 of %2)")
                       .arg(m_stringOffsets[m_count])
                       .arg(stringBytes));
    m_verified = std::make_unique<std::atomic<std::uint8_t>[]>(size_t(blocks));
}

WordVectorFile::~WordVectorFile() = default;

std::shared_ptr<const WordVectorFile> WordVectorFile::open(const QString &path)
{
    // Cross-fitted students open the same file side by side: one mapping, verified once.
    static std::mutex mutex;
    static std::map<QString, std::weak_ptr<const WordVectorFile>> opened;
    const QFileInfo info(path);
    const QString key = QStringLiteral("%1|%2|%3")
                            .arg(info.absoluteFilePath())
                            .arg(info.size())
                            .arg(info.lastModified().toMSecsSinceEpoch());
    const std::lock_guard<std::mutex> lock(mutex);
    if (auto existing = opened[key].lock())
        return existing;
    std::shared_ptr<const WordVectorFile> file(new WordVectorFile(path));
    opened[key] = file;
    return file;
}

std::string_view WordVectorFile::word(std::int64_t index) const
{
    const std::uint32_t begin = m_stringOffsets[index];
    return {m_strings + begin, size_t(m_stringOffsets[index + 1] - begin)};
}

std::int64_t WordVectorFile::find(std::string_view word) const
{
    std::int64_t low = 0;
    std::int64_t high = m_count;
    while (low < high) { // the words are sorted by their bytes, as std::string_view compares
        const std::int64_t middle = low + (high - low) / 2;
        if (this->word(middle) < word)
            low = middle + 1;
        else
            high = middle;
    }
    return low < m_count && this->word(low) == word ? std::int64_t(m_rows[low]) : -1;
}

void WordVectorFile::verifyBlock(std::int64_t block) const
{
    const std::int64_t first = block * m_blockRows;
    const std::int64_t rows = std::min(m_blockRows, m_count - first);
    const auto *data = reinterpret_cast<const uchar *>(m_matrix + first * m_dimension);
    if (wordVectorChecksum(data, rows * m_dimension * std::int64_t(sizeof(float))) !=
        m_blockChecksums[block])
        throw Error(
            Error::Kind::FileSystem, {m_path},
            StudentText::tr("checksum mismatch in %1 (the file is damaged; run "
                            "scripts/install_word_vectors again)")
                .arg(rows == 1 ? QStringLiteral("row %1").arg(first)
                               : QStringLiteral("rows %1 to %2").arg(first).arg(first + rows - 1)));
    m_verified[size_t(block)].store(1, std::memory_order_release);
}

const float *WordVectorFile::row(std::int64_t row) const
{
    const std::int64_t block = row / m_blockRows;
    if (m_verified[size_t(block)].load(std::memory_order_acquire) == 0)
        verifyBlock(block);
    return m_matrix + row * m_dimension;
}

std::vector<std::int64_t> wordVectorRows(const WordVectorFile &file, const QString &token)
{
    QString word = token;
    word.replace(QChar(0x2019), QLatin1Char('\''));
    const std::string bytes = word.toStdString();
    if (const std::int64_t row = file.find(bytes); row >= 0)
        return {row};
    std::vector<std::int64_t> rows;
    const auto add = [&](std::string_view part) {
        if (const std::int64_t row = part.empty() ? -1 : file.find(part); row >= 0)
            rows.push_back(row);
    };
    const std::string_view view(bytes);
    const size_t length = view.size();
    if (length > 3 && view.substr(length - 3) == "n't") {
        add(view.substr(0, length - 3));
        add("n't");
        return rows;
    }
    for (const char *clitic : kClitics) {
        const std::string_view suffix(clitic);
        if (length > suffix.size() && view.substr(length - suffix.size()) == suffix) {
            add(view.substr(0, length - suffix.size()));
            add(suffix);
            return rows;
        }
    }
    return rows;
}

std::vector<std::int64_t> WordVectorFile::rowsOfText(const QString &text) const
{
    {
        const std::lock_guard<std::mutex> lock(m_textRowsMutex);
        if (const auto it = m_textRows.constFind(text); it != m_textRows.constEnd())
            return *it;
    }
    std::vector<std::int64_t> rows;
    for (const QString &token : tokenizeWords(text, true))
        for (const std::int64_t row : wordVectorRows(*this, token))
            rows.push_back(row);
    const std::lock_guard<std::mutex> lock(m_textRowsMutex);
    if (m_textRowEntries < kMaxMemoisedRows) {
        m_textRowEntries += std::int64_t(rows.size()) + 1;
        m_textRows.insert(text, rows);
    }
    return rows;
}

} // namespace candist
