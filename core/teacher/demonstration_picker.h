#pragma once

#include <memory>
#include <vector>

#include <QString>
#include <QVector>

#include "teacher/few_shot_pool.h"

namespace candist {

class TfidfIndex;

// Chooses the few-shot demonstrations for a sample: the `shots` pool examples most similar to
// it, by TF-IDF or, once the pool's embeddings are set, by cosine over /embeddings vectors.
class DemonstrationPicker
{
public:
    // Throws Error when there is no pool to pick from or it names a label outside the schema.
    DemonstrationPicker(int shots, QVector<FewShotExample> pool, int labelCount);
    ~DemonstrationPicker();
    DemonstrationPicker(DemonstrationPicker &&) noexcept;

    const QVector<FewShotExample> &pool() const { return m_pool; }
    // The pool's vectors, in pool order (picking by embeddings).
    void setPoolEmbeddings(std::vector<std::vector<float>> embeddings);

    // The demonstrations for `text`, the most similar last (right before the sample); an
    // example identical to the sample is left out. `embedding`: the sample's vector, or null
    // for TF-IDF.
    QVector<FewShotExample> pick(const QString &text, const std::vector<float> *embedding) const;

private:
    int m_shots;
    QVector<FewShotExample> m_pool;
    std::unique_ptr<TfidfIndex> m_tfidf;
    std::vector<std::vector<float>> m_poolEmbeddings;
};

} // namespace candist
