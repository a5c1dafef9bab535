#include "teacher/teacher_questions.h"

#include "teacher/demonstration_picker.h"

namespace candist {

TeacherQuestions::TeacherQuestions(const LabelSchema &schema, PromptTemplates templates,
                                   const TeacherSettings &settings, TeachMode mode, int perLabel,
                                   const DemonstrationPicker *demos)
    : m_mode(mode)
    , m_perLabel(perLabel)
    // Select asks once: it picks from a set, there is nothing to vote on.
    , m_answersPerWork(mode == TeachMode::Select ? 1 : settings.samples)
    , m_useN(settings.useN)
    , m_demos(demos)
    , m_parser(schema)
    , m_builder(schema, std::move(templates), settings.strategy, settings.jsonResponseFormat)
{}

QVector<ChatMessage> TeacherQuestions::first(const TeacherWork &work,
                                             const std::vector<float> *embedding) const
{
    switch (m_mode) {
    case TeachMode::GeneratePool:
        return m_builder.buildGeneration(int(work.sample.row), m_perLabel);
    case TeachMode::Select:
        return m_builder.buildSelect(work.sample.text, work.previousCandidates);
    case TeachMode::Annotate:
        break;
    }
    return m_builder.build(work.sample.text, m_demos ? m_demos->pick(work.sample.text, embedding)
                                                     : QVector<FewShotExample>());
}

QVector<ChatMessage> TeacherQuestions::reask(const QVector<ChatMessage> &messages,
                                             const QString &badAnswer) const
{
    return m_builder.withReask(messages, badAnswer);
}

QVector<std::pair<int, int>> TeacherQuestions::requestShapes() const
{
    const int k = m_answersPerWork;
    if (k > 1 && m_useN)
        return {{k, 0}};
    QVector<std::pair<int, int>> shapes;
    for (int slot = 0; slot < k; ++slot)
        shapes.append({1, slot});
    return shapes;
}

QVector<int> TeacherQuestions::labelsIn(const QString &answer, const TeacherWork &work) const
{
    QVector<int> labels = m_parser.parse(answer);
    if (m_mode != TeachMode::Select)
        return labels;
    // Only the offered candidates count; the first of them the teacher named is its pick.
    QVector<int> offered;
    for (int label : labels) {
        if (work.previousCandidates.contains(label))
            offered << label;
    }
    return offered;
}

} // namespace candist
