#include "teacher/tfidf_index.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace candist {

TfidfIndex::TfidfIndex(const QStringList &documents)
{
    std::vector<QStringList> tokenized;
    tokenized.reserve(size_t(documents.size()));
    std::vector<int> documentFrequency;
    for (const QString &document : documents) {
        tokenized.push_back(tokenize(document));
        QStringList unique = tokenized.back();
        unique.removeDuplicates();
        for (const QString &token : unique) {
            auto it = m_terms.find(token);
            if (it == m_terms.end()) {
                it = m_terms.insert(token, int(documentFrequency.size()));
                documentFrequency.push_back(0);
            }
            ++documentFrequency[size_t(*it)];
        }
    }
    const double n = double(documents.size());
    m_idf.resize(documentFrequency.size());
    for (size_t term = 0; term < documentFrequency.size(); ++term)
        m_idf[term] = float(std::log((1 + n) / (1 + documentFrequency[term])) + 1);
    m_documents.reserve(tokenized.size());
    for (const QString &document : documents)
        m_documents.push_back(vectorize(document));
}

QStringList TfidfIndex::tokenize(const QString &text)
{
    QStringList tokens;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            current += c.toLower();
        } else if (!current.isEmpty()) {
            tokens << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        tokens << current;
    return tokens;
}

TfidfIndex::SparseVector TfidfIndex::vectorize(const QString &text) const
{
    std::map<int, int> counts;
    for (const QString &token : tokenize(text)) {
        const auto it = m_terms.constFind(token);
        if (it != m_terms.constEnd())
            ++counts[*it];
    }
    SparseVector vector;
    vector.reserve(counts.size());
    double norm = 0;
    for (const auto &[term, count] : counts) {
        const float weight = float((1 + std::log(double(count))) * m_idf[size_t(term)]);
        vector.emplace_back(term, weight);
        norm += double(weight) * weight;
    }
    if (norm > 0) {
        const float scale = float(1 / std::sqrt(norm));
        for (auto &entry : vector)
            entry.second *= scale;
    }
    return vector;
}

double TfidfIndex::dot(const SparseVector &a, const SparseVector &b)
{
    double sum = 0;
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].first == b[j].first)
            sum += double(a[i++].second) * b[j++].second;
        else if (a[i].first < b[j].first)
            ++i;
        else
            ++j;
    }
    return sum;
}

double TfidfIndex::similarity(const QString &query, int document) const
{
    return dot(vectorize(query), m_documents.at(size_t(document)));
}

namespace {
QVector<int> topK(const std::vector<double> &scores, int k)
{
    std::vector<int> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    const size_t count = std::min(order.size(), size_t(std::max(k, 0)));
    std::partial_sort(order.begin(), order.begin() + qsizetype(count), order.end(),
                      [&](int a, int b) {
                          if (scores[size_t(a)] != scores[size_t(b)])
                              return scores[size_t(a)] > scores[size_t(b)];
                          return a < b;
                      });
    return QVector<int>(order.begin(), order.begin() + qsizetype(count));
}
} // namespace

QVector<int> TfidfIndex::nearest(const QString &query, int k) const
{
    const SparseVector vector = vectorize(query);
    std::vector<double> scores(m_documents.size());
    for (size_t i = 0; i < m_documents.size(); ++i)
        scores[i] = dot(vector, m_documents[i]);
    return topK(scores, k);
}

QVector<int> nearestByCosine(const std::vector<float> &query,
                             const std::vector<std::vector<float>> &documents, int k)
{
    auto norm = [](const std::vector<float> &v) {
        double sum = 0;
        for (float x : v)
            sum += double(x) * x;
        return std::sqrt(sum);
    };
    const double queryNorm = norm(query);
    std::vector<double> scores(documents.size());
    for (size_t i = 0; i < documents.size(); ++i) {
        const std::vector<float> &document = documents[i];
        double sum = 0;
        for (size_t j = 0; j < std::min(query.size(), document.size()); ++j)
            sum += double(query[j]) * document[j];
        const double denominator = queryNorm * norm(document);
        scores[i] = denominator > 0 ? sum / denominator : 0;
    }
    return topK(scores, k);
}

} // namespace candist
