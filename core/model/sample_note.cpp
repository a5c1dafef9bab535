#include "model/sample_note.h"

namespace candist {

const QVector<SampleNote::Flag> &sampleNoteFlags()
{
    static const QVector<SampleNote::Flag> flags = {SampleNote::Discuss, SampleNote::BadText,
                                                    SampleNote::SchemaGap};
    return flags;
}

QString sampleNoteFlagName(SampleNote::Flag flag)
{
    switch (flag) {
    case SampleNote::Discuss:
        return QStringLiteral("discuss");
    case SampleNote::BadText:
        return QStringLiteral("bad text");
    case SampleNote::SchemaGap:
        return QStringLiteral("schema gap");
    }
    return QString();
}

QStringList sampleNoteFlagNames(quint32 flags)
{
    QStringList names;
    for (const SampleNote::Flag flag : sampleNoteFlags())
        if (flags & flag)
            names << sampleNoteFlagName(flag);
    return names;
}

} // namespace candist
