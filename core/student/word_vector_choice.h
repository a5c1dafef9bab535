#pragma once
// Which pretrained word vectors a run uses: the user's choice, the environment, the installed
// default; and the rule that a run is resumed and used with the vectors it was trained with.

#include <QString>

#include "student/distillation_options.h"

namespace candist {

struct WordVectorChoice
{
    QString path;   // empty: train without vectors
    QString notice; // set when the default vectors were wanted but are not installed
};

// `requested` is what the user chose: empty for the default (the environment variable
// CANDIST_WORD_VECTORS, else the installed vectors), "none", or a file. A missing default is not
// an error: the notice says so once and the student trains without vectors.
WordVectorChoice resolveWordVectors(const QString &requested);

// Where scripts/install_word_vectors puts them: $XDG_DATA_HOME/candist/vectors/glove-6b-100d.cdv
// (found in $XDG_DATA_DIRS too, e.g. /usr/share, for a system-wide installation).
QString installedWordVectorsPath();

// The identity of the vectors at `path` (opened and verified; throws Error), or none for an empty
// path.
WordVectorsIdentity identifyWordVectors(const QString &path);

// The vectors to resume or apply the student of `run` with, which recorded `recorded`. Without an
// explicit choice (`requested` and CANDIST_WORD_VECTORS empty) the recorded file, or the installed
// one when it holds the same vectors. An explicit choice must name the same vectors. Throws Error
// that names the run and both sets of vectors otherwise.
WordVectorsIdentity wordVectorsForRun(const WordVectorsIdentity &recorded, const QString &requested,
                                      const QString &run);

} // namespace candist
