#pragma once

#include <QString>

namespace candist::meta {

// Keys of the project's `project_meta` table: one name per value, spelled once.
inline const QString kTeacherSettings = QStringLiteral("teacher.settings");
inline const QString kTeacherTemplates = QStringLiteral("teacher.templates");
inline const QString kTeacherFewShotPool = QStringLiteral("teacher.fewshot_pool");
inline const QString kReviewWeights = QStringLiteral("review.weights");

} // namespace candist::meta
