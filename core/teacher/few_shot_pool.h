#pragma once

#include <QString>
#include <QVector>

namespace candist {

class LabelSchema;
class ProjectStore;

struct FewShotExample
{
    QString text;
    int label = -1;
};

// The demonstrations a prompt may show, kept in the project (meta "teacher.fewshot_pool") so that
// a resumed run builds byte-identical prompts and hits the response cache.
class FewShotPool
{
public:
    // Reads JSONL lines {"text": "...", "label": "name or alias"}. Throws Error with file and
    // line for malformed lines and unknown labels.
    static QVector<FewShotExample> readJsonl(const QString &path, const LabelSchema &schema);

    static QVector<FewShotExample> load(const ProjectStore &store);
    static void save(ProjectStore &store, const QVector<FewShotExample> &pool);
};

} // namespace candist
