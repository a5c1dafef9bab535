#pragma once

#include <QString>
#include <QVector>

#include "model/label_schema.h"

namespace candist {

// Reads label indices out of a model's answer, most likely first, without duplicates:
//  1. a JSON list of label names (also inside a ```json fence, inside prose, or as the "labels"
//     field of a JSON object);
//  2. otherwise every label name and alias found case-insensitively on word boundaries, in the
//     order they appear (the longest term wins where terms overlap, so "Science & Tech" is not
//     also read as "Tech").
// An empty result is a parse failure.
class AnswerParser
{
public:
    explicit AnswerParser(const LabelSchema &schema);

    QVector<int> parse(const QString &answer) const;
    QVector<int> parseJson(const QString &answer) const;
    QVector<int> parseWords(const QString &answer) const;

private:
    struct Term
    {
        QString text; // lower case
        int label;
    };
    int labelOf(const QString &name) const;

    LabelSchema m_schema;
    QVector<Term> m_terms;
};

} // namespace candist
