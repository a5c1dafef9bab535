#pragma once

#include <optional>

#include <QString>

#include "store/project_store.h"

namespace candist::sample_detail_query {

// The distillation run that wrote a sample's current student result.
struct StudentRun
{
    qint64 id = 0;
    QString method;
};

// std::nullopt when the sample has no student result (or its run row is gone).
std::optional<StudentRun> studentRunOf(const ProjectStore &store, SampleRow row);

} // namespace candist::sample_detail_query
