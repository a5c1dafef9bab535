#pragma once

#include <QVector>

#include "model/annotation.h"

namespace candist {

class ProjectStore;

struct SpotCheckDrawReport
{
    QVector<SampleRow> rows; // this draw's samples, in the (random) order drawn
    int draw = 0;            // the draw's number in the project, 1 for the first
    qint64 seed = 0;
    qint64 eligible = 0; // samples the draw chose from
    qint64 total = 0;    // the project's spot checks after the draw
};

// Draws spot checks: `size` samples uniformly at random, without replacement, from the samples
// without a human label that are not spot checks yet, and stores them as one more draw of the
// project's spot-check set (docs/label-quality.md says why the draw is uniform and blind).
class SpotCheckDraw
{
public:
    // Throws Error when fewer than `size` samples are eligible. The same project state and seed
    // give the same draw (the generator and the bounded draw are fixed here, not left to the
    // standard library's implementation-defined distributions).
    static SpotCheckDrawReport run(ProjectStore &store, qint64 size, qint64 seed);

    // The first `size` elements of a uniformly random permutation of `items` (partial
    // Fisher–Yates with std::mt19937_64 seeded with `seed`).
    static QVector<SampleRow> choose(QVector<SampleRow> items, qint64 size, qint64 seed);
};

} // namespace candist
