#pragma once

#include <functional>
#include <optional>

#include <QByteArray>
#include <QString>

#include "store/project_store.h"

namespace candist::export_query {

// What an export reads: every sample with its final label and its note, in import order.
struct Columns
{
    bool gold = false;          // the gold label (LEFT JOIN: absent for samples without gold)
    bool probabilities = false; // the student's probabilities (float32 blob)
    bool onlyResolved = false;  // leave out samples without a final label
};

struct Row
{
    QString id;
    QString text;
    std::optional<int> label;
    LabelSource source = LabelSource::None;
    std::optional<double> confidence;
    QString candidates; // the teacher's candidates as stored (decodeIndexList)
    std::optional<int> gold;
    QByteArray probabilities;
    quint32 noteFlags = 0; // the annotators' SampleNote::Flag bits
    QString comment;
};

// The number of rows forEachRow will hand out.
qint64 rowCount(const ProjectStore &store, const Columns &columns);
// Streams the rows (SQLite hands out one at a time, so a million rows never sit in memory).
// An exception thrown by `visit` stops the scan and propagates.
void forEachRow(const ProjectStore &store, const Columns &columns,
                const std::function<void(const Row &)> &visit);

} // namespace candist::export_query
