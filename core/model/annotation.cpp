#include "model/annotation.h"

#include <QStringList>

namespace candist {

QString teacherStatusName(TeacherStatus status)
{
    switch (status) {
    case TeacherStatus::Pending:
        return QStringLiteral("pending");
    case TeacherStatus::Ok:
        return QStringLiteral("ok");
    case TeacherStatus::ParseFailed:
        return QStringLiteral("parse-failed");
    case TeacherStatus::TransportFailed:
        return QStringLiteral("transport-failed");
    }
    return {};
}

std::optional<TeacherStatus> teacherStatusFromName(QStringView name)
{
    for (TeacherStatus status : {TeacherStatus::Pending, TeacherStatus::Ok,
                                 TeacherStatus::ParseFailed, TeacherStatus::TransportFailed}) {
        if (teacherStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}

std::optional<double> TeacherResult::confidence() const
{
    if (votes.isEmpty())
        return std::nullopt;
    int total = 0;
    for (int vote : votes)
        total += vote;
    if (total <= 0)
        return std::nullopt;
    return double(votes.first()) / total;
}

QString encodeIndexList(const QVector<int> &indices)
{
    QString encoded;
    for (qsizetype i = 0; i < indices.size(); ++i) {
        if (i > 0)
            encoded += QLatin1Char('|');
        encoded += QString::number(indices[i]);
    }
    return encoded;
}

QVector<int> decodeIndexList(QStringView encoded)
{
    QVector<int> indices;
    if (encoded.isEmpty())
        return indices;
    for (QStringView part : encoded.split(QLatin1Char('|')))
        indices << part.toInt();
    return indices;
}

QString labelSourceName(LabelSource source)
{
    switch (source) {
    case LabelSource::None:
        return {};
    case LabelSource::Teacher:
        return QStringLiteral("teacher");
    case LabelSource::Student:
        return QStringLiteral("student");
    case LabelSource::Human:
        return QStringLiteral("human");
    }
    return {};
}

} // namespace candist
