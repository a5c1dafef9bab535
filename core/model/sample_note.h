#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include "model/annotation.h"

namespace candist {

// An annotator's note on one sample (schema 4): any of three fixed flags and a free comment.
// Notes are for people (the annotation lead, the schema's author); nothing the teacher, the
// student or the review queue computes reads them.
struct SampleNote
{
    enum Flag : quint32
    {
        Discuss = 1 << 0,   // talk it over before it counts
        BadText = 1 << 1,   // the text itself is broken: truncated, wrong language, spam
        SchemaGap = 1 << 2, // no label of the schema fits
    };
    static constexpr quint32 kAllFlags = Discuss | BadText | SchemaGap;

    SampleRow row = 0;
    quint32 flags = 0;
    QString comment;
    QDateTime updatedAt; // when it was last saved; invalid before that (the store stamps it)

    // A note without flags and comment is no note: the store keeps no row for it.
    bool isEmpty() const { return flags == 0 && comment.isEmpty(); }
    // Equal content; the time does not count.
    bool sameContent(const SampleNote &other) const
    {
        return flags == other.flags && comment == other.comment;
    }
};

// Every flag, in the order files and the window list them.
const QVector<SampleNote::Flag> &sampleNoteFlags();
// The flag's name in files ("discuss", "bad text", "schema gap"): stable, never translated.
QString sampleNoteFlagName(SampleNote::Flag flag);
// The names of the set flags, in sampleNoteFlags() order.
QStringList sampleNoteFlagNames(quint32 flags);

} // namespace candist
