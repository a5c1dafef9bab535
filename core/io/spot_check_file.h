#pragma once

#include <QString>
#include <QVector>

#include "model/annotation.h"

namespace candist {

class ProjectStore;

// The file a spot check is answered in outside the workbench: `id,text,label` with `label`
// empty, one row per sample in the given order; `candist-cli resolve --id-column id
// --label-column label` reads it back. Nothing machine-made is in it (no candidates, no
// suggestion), so that the answers are blind. Written through QSaveFile; refuses to overwrite
// the project's own files.
class SpotCheckFile
{
public:
    static void write(const ProjectStore &store, const QVector<SampleRow> &rows,
                      const QString &path);
};

} // namespace candist
