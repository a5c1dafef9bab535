#include "note_flag_texts.h"

#include <QCoreApplication>

namespace candist {

namespace {

// Declared so that lupdate files the texts under the context tr() looks them up in.
class NoteFlagText
{
    Q_DECLARE_TR_FUNCTIONS(NoteFlags)
};

} // namespace

QString noteFlagTitle(SampleNote::Flag flag)
{
    switch (flag) {
    case SampleNote::Discuss:
        return NoteFlagText::tr("Discuss");
    case SampleNote::BadText:
        return NoteFlagText::tr("Bad text");
    case SampleNote::SchemaGap:
        return NoteFlagText::tr("Schema gap");
    }
    return QString();
}

QString noteFlagChipText(SampleNote::Flag flag)
{
    switch (flag) {
    case SampleNote::Discuss:
        return NoteFlagText::tr("discuss");
    case SampleNote::BadText:
        return NoteFlagText::tr("bad text");
    case SampleNote::SchemaGap:
        return NoteFlagText::tr("schema gap");
    }
    return QString();
}

QString noteFlagDescription(SampleNote::Flag flag)
{
    switch (flag) {
    case SampleNote::Discuss:
        return NoteFlagText::tr("Talk this sample over before its label counts");
    case SampleNote::BadText:
        return NoteFlagText::tr("The text itself is broken: truncated, garbled, wrong language or "
                                "spam");
    case SampleNote::SchemaGap:
        return NoteFlagText::tr("No label of the schema fits this sample");
    }
    return QString();
}

QColor noteFlagColor(SampleNote::Flag flag)
{
    switch (flag) {
    case SampleNote::Discuss:
        return QColor(0x8e44ad);
    case SampleNote::BadText:
        return QColor(0x6d4c41);
    case SampleNote::SchemaGap:
        return QColor(0x16a085);
    }
    return QColor(Qt::gray);
}

} // namespace candist
