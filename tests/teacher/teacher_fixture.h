#pragma once

#include <QStringList>

#include "model/label_schema.h"
#include "store/project_store.h"
#include "teacher/teacher_run.h"

namespace candist::test {

// Five labels with descriptions and aliases, as a project would have them.
inline LabelSchema fruitSchema()
{
    return LabelSchema({
        {QStringLiteral("apple"),
         QStringLiteral("Apples of any kind"),
         {QStringLiteral("pome")},
         {},
         {}},
        {QStringLiteral("banana"), QStringLiteral("Bananas and plantains"), {}, {}, {}},
        {QStringLiteral("cherry"),
         QStringLiteral("Cherries"),
         {QStringLiteral("sour cherry")},
         {},
         {}},
        {QStringLiteral("date"), QStringLiteral("Dates"), {}, {}, {}},
        {QStringLiteral("elderberry"),
         QStringLiteral("Elderberries"),
         {QStringLiteral("elder")},
         {},
         {}},
    });
}

// A project at `path` holding `schema` and one sample per text (ids s1, s2, ...).
inline void createProject(const QString &path, const LabelSchema &schema, const QStringList &texts)
{
    ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
    store.setLabelSchema(schema);
    ProjectStore::Transaction transaction(store);
    ProjectStore::SampleInserter inserter(store);
    for (qsizetype i = 0; i < texts.size(); ++i)
        inserter.insert(QStringLiteral("s%1").arg(i + 1), texts[i], {}, std::nullopt);
    transaction.commit();
}

// Run options for tests: no keychain, backoff delays scaled down 1000 times, fixed jitter seed.
inline TeacherRunOptions fastRunOptions()
{
    TeacherRunOptions options;
    options.useKeychain = false;
    options.retryDelayScale = 0.001;
    options.randomSeed = 7;
    return options;
}

} // namespace candist::test
