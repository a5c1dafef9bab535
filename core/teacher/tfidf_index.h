#pragma once

#include <vector>

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace candist {

// Nearest-neighbour retrieval over a small document set (the few-shot pool) by cosine similarity
// of TF-IDF vectors: sublinear term frequency, smoothed IDF, L2-normalised rows. Tokens are
// lower-cased runs of letters and digits. Deterministic: ties go to the lower document index.
class TfidfIndex
{
public:
    explicit TfidfIndex(const QStringList &documents);

    // Indices of the `k` most similar documents, most similar first.
    QVector<int> nearest(const QString &query, int k) const;
    double similarity(const QString &query, int document) const;

    static QStringList tokenize(const QString &text);

private:
    using SparseVector = std::vector<std::pair<int, float>>; // sorted by term id
    SparseVector vectorize(const QString &text) const;
    static double dot(const SparseVector &a, const SparseVector &b);

    QHash<QString, int> m_terms;
    std::vector<float> m_idf;
    std::vector<SparseVector> m_documents;
};

// Cosine nearest neighbours over dense vectors (embeddings from the endpoint).
QVector<int> nearestByCosine(const std::vector<float> &query,
                             const std::vector<std::vector<float>> &documents, int k);

} // namespace candist
