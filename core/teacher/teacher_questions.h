#pragma once

#include <utility>
#include <vector>

#include <QString>
#include <QVector>

#include "teacher/answer_parser.h"
#include "teacher/prompt_builder.h"
#include "teacher/teacher_work_list.h"

namespace candist {

class DemonstrationPicker;

// What a run asks about each piece of work, in each mode, and how an answer reads as labels.
class TeacherQuestions
{
public:
    // `demos` may be null (no demonstrations); `perLabel`: GeneratePool's examples per label.
    TeacherQuestions(const LabelSchema &schema, PromptTemplates templates,
                     const TeacherSettings &settings, TeachMode mode, int perLabel,
                     const DemonstrationPicker *demos);

    // The first question about `work`. `embedding`: the sample's vector when demonstrations are
    // picked by /embeddings, else null (TF-IDF).
    QVector<ChatMessage> first(const TeacherWork &work,
                               const std::vector<float> *embedding = nullptr) const;
    // The conversation extended by an unreadable answer and the instruction to answer again.
    QVector<ChatMessage> reask(const QVector<ChatMessage> &messages,
                               const QString &badAnswer) const;
    // The (n, slot) of each request that asks for one piece of work's answers: one request with
    // n = K, or K requests told apart by their slot (self-consistency without `n`).
    QVector<std::pair<int, int>> requestShapes() const;
    // The labels one answer names; for Select only the offered candidates, in the answer's order
    // (the first is the pick).
    QVector<int> labelsIn(const QString &answer, const TeacherWork &work) const;

private:
    TeachMode m_mode;
    int m_perLabel;
    int m_answersPerWork;
    bool m_useN;
    const DemonstrationPicker *m_demos;
    AnswerParser m_parser;
    PromptBuilder m_builder;
};

} // namespace candist
