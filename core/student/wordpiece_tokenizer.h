#pragma once

#include <cstdint>
#include <vector>

#include <QHash>
#include <QString>
#include <QStringList>

namespace candist {

// BERT's WordPiece: basic tokenisation (whitespace, punctuation split, optional lowercasing with
// accent stripping), then greedy longest-match-first sub-words with the "##" continuation prefix.
class WordPieceTokenizer
{
public:
    // Reads vocab.txt (one token per line, the line number is the id). Throws Error naming the
    // file when it cannot be read or lacks [PAD], [UNK], [CLS] or [SEP].
    static WordPieceTokenizer fromVocabFile(const QString &path, bool lowercase);
    WordPieceTokenizer(const QStringList &vocabulary, bool lowercase, const QString &sourceName);

    // Sub-word tokens of `text` without special tokens.
    QStringList tokenize(const QString &text) const;
    // [CLS] ids... [SEP], truncated to maxLength ids in total.
    std::vector<std::int64_t> encode(const QString &text, int maxLength) const;

    std::int64_t padId() const { return m_pad; }
    std::int64_t unknownId() const { return m_unknown; }
    std::int64_t clsId() const { return m_cls; }
    std::int64_t sepId() const { return m_sep; }
    int vocabularySize() const { return int(m_ids.size()); }
    std::int64_t idOf(const QString &token) const { return m_ids.value(token, m_unknown); }

private:
    QStringList basicTokens(const QString &text) const;
    void wordPieces(const QString &word, QStringList &out) const;

    QHash<QString, std::int64_t> m_ids;
    bool m_lowercase = true;
    std::int64_t m_pad = 0, m_unknown = 0, m_cls = 0, m_sep = 0;
};

} // namespace candist
