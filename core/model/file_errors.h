#pragma once

#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

#include "model/error.h"

namespace candist {

// Why a write to `file` failed, for a message that also names the file. A write that is cut
// short (a full disk takes what fits, then refuses) leaves Qt without an error; the caller
// writes the rest once more to learn why (writeAll), so this names the condition, e.g. "No
// space left on device (the disk is full)" rather than "Unknown error".
inline QString fileWriteError(const QFileDevice &file)
{
    QString reason = file.errorString();
    if (file.error() == QFileDevice::NoError || reason.isEmpty() ||
        reason == QLatin1String("Unknown error"))
        reason = QStringLiteral("the write was cut short (is the disk full, or a file size limit "
                                "reached?)");
    if (file.error() == QFileDevice::ResourceError)
        reason += QStringLiteral(" (the disk is full)");
    return reason;
}

// Writes all of `data` to `file` or throws Error("<name>: cannot write: <why>"). `name` is the
// file the user knows (a QSaveFile's final name, not its temporary one).
inline void writeAll(QFileDevice &file, const char *data, qint64 size, const QString &name)
{
    qint64 done = 0;
    while (done < size) {
        const qint64 written = file.write(data + done, size - done);
        if (written <= 0)
            throw Error(Error::Kind::FileSystem, {name},
                        QCoreApplication::translate("DataFiles", "cannot write: %1")
                            .arg(fileWriteError(file)));
        done += written;
    }
}

inline void writeAll(QFileDevice &file, const QByteArray &data, const QString &name)
{
    writeAll(file, data.constData(), data.size(), name);
}

} // namespace candist
