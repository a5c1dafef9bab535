#include "student/wordpiece_tokenizer.h"

#include <QFile>

#include "model/error.h"
#include "student/student_text.h"

namespace candist {

namespace {

constexpr int kMaxCharsPerWord = 100;

// BERT treats every ASCII non-alphanumeric printable as punctuation, plus Unicode P* classes.
bool isPunctuation(QChar c)
{
    const ushort u = c.unicode();
    if ((u >= 33 && u <= 47) || (u >= 58 && u <= 64) || (u >= 91 && u <= 96) ||
        (u >= 123 && u <= 126))
        return true;
    return c.isPunct();
}

QString stripAccents(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    return out;
}

} // namespace

WordPieceTokenizer WordPieceTokenizer::fromVocabFile(const QString &path, bool lowercase)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(
            Error::Kind::BadInput, {path},
            StudentText::tr("cannot read the WordPiece vocabulary: %1").arg(file.errorString()));
    QStringList vocabulary;
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine());
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        vocabulary << line;
    }
    return WordPieceTokenizer(vocabulary, lowercase, path);
}

WordPieceTokenizer::WordPieceTokenizer(const QStringList &vocabulary, bool lowercase,
                                       const QString &sourceName)
    : m_lowercase(lowercase)
{
    for (qsizetype i = 0; i < vocabulary.size(); ++i)
        if (!vocabulary.at(i).isEmpty() && !m_ids.contains(vocabulary.at(i)))
            m_ids.insert(vocabulary.at(i), std::int64_t(i));
    const auto special = [&](const char *name) {
        const auto it = m_ids.constFind(QLatin1String(name));
        if (it == m_ids.constEnd())
            throw Error(Error::Kind::BadInput, {sourceName},
                        StudentText::tr("the WordPiece vocabulary has no %1 token")
                            .arg(QLatin1String(name)));
        return it.value();
    };
    m_pad = special("[PAD]");
    m_unknown = special("[UNK]");
    m_cls = special("[CLS]");
    m_sep = special("[SEP]");
}

QStringList WordPieceTokenizer::basicTokens(const QString &text) const
{
    QString cleaned = m_lowercase ? stripAccents(text.toLower()) : text;
    QStringList tokens;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty())
            tokens << current;
        current.clear();
    };
    for (const QChar c : cleaned) {
        if (c.isSpace()) {
            flush();
        } else if (isPunctuation(c)) {
            flush();
            tokens << QString(c);
        } else if (c.category() != QChar::Other_Control && c.unicode() != 0) {
            current += c;
        }
    }
    flush();
    return tokens;
}

void WordPieceTokenizer::wordPieces(const QString &word, QStringList &out) const
{
    if (word.size() > kMaxCharsPerWord) {
        out << QStringLiteral("[UNK]");
        return;
    }
    QStringList pieces;
    qsizetype start = 0;
    while (start < word.size()) {
        qsizetype end = word.size();
        QString found;
        while (start < end) {
            QString candidate = word.mid(start, end - start);
            if (start > 0)
                candidate.prepend(QStringLiteral("##"));
            if (m_ids.contains(candidate)) {
                found = candidate;
                break;
            }
            --end;
        }
        if (found.isEmpty()) {
            out << QStringLiteral("[UNK]");
            return;
        }
        pieces << found;
        start = end;
    }
    out << pieces;
}

QStringList WordPieceTokenizer::tokenize(const QString &text) const
{
    QStringList out;
    for (const QString &word : basicTokens(text))
        wordPieces(word, out);
    return out;
}

std::vector<std::int64_t> WordPieceTokenizer::encode(const QString &text, int maxLength) const
{
    std::vector<std::int64_t> ids{m_cls};
    for (const QString &piece : tokenize(text)) {
        if (int(ids.size()) >= maxLength - 1)
            break;
        ids.push_back(idOf(piece));
    }
    ids.push_back(m_sep);
    return ids;
}

} // namespace candist
