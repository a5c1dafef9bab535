#include "teacher/demonstration_picker.h"

#include <algorithm>

#include <QStringList>

#include "model/error.h"
#include "teacher/teacher_text.h"
#include "teacher/tfidf_index.h"

namespace candist {

using teacher::Teacher;

DemonstrationPicker::DemonstrationPicker(int shots, QVector<FewShotExample> pool, int labelCount)
    : m_shots(shots), m_pool(std::move(pool))
{
    if (m_pool.isEmpty()) {
        throw Error(Teacher::tr("%1 few-shot demonstrations were asked for, but the "
                                "project has no few-shot pool (teach --pool FILE.jsonl)")
                        .arg(m_shots));
    }
    for (const FewShotExample &example : m_pool) {
        if (example.label < 0 || example.label >= labelCount)
            throw Error(
                Teacher::tr("the few-shot pool names a label that is no longer in the schema"));
    }
    QStringList texts;
    for (const FewShotExample &example : m_pool)
        texts << example.text;
    m_tfidf = std::make_unique<TfidfIndex>(texts);
}

DemonstrationPicker::~DemonstrationPicker() = default;
DemonstrationPicker::DemonstrationPicker(DemonstrationPicker &&) noexcept = default;

void DemonstrationPicker::setPoolEmbeddings(std::vector<std::vector<float>> embeddings)
{
    m_poolEmbeddings = std::move(embeddings);
}

QVector<FewShotExample> DemonstrationPicker::pick(const QString &text,
                                                  const std::vector<float> *embedding) const
{
    if (m_shots <= 0)
        return {};
    // One extra neighbour so that a pool example identical to the sample can be left out.
    const int wanted = m_shots + 1;
    const QVector<int> nearest = embedding ? nearestByCosine(*embedding, m_poolEmbeddings, wanted)
                                           : m_tfidf->nearest(text, wanted);
    QVector<FewShotExample> demos;
    for (int index : nearest) {
        if (m_pool.at(index).text == text || demos.size() == m_shots)
            continue;
        demos << m_pool.at(index);
    }
    // The most similar demonstration goes last, right before the sample.
    std::reverse(demos.begin(), demos.end());
    return demos;
}

} // namespace candist
