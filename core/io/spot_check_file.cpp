#include "io/spot_check_file.h"

#include <QSaveFile>

#include "io/csv_writer.h"
#include "io/data_file_text.h"
#include "model/error.h"
#include "model/file_errors.h"
#include "store/project_files.h"
#include "store/project_store.h"

namespace candist {

void SpotCheckFile::write(const ProjectStore &store, const QVector<SampleRow> &rows,
                          const QString &path)
{
    refuseProjectFileAsOutput(path, store.path(), QStringLiteral("the spot-check file"));
    QSaveFile file(path);
    // Unbuffered: CsvWriter buffers and names a failed write itself (as CsvExporter does).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        throw Error(Error::Kind::FileSystem, {path},
                    DataFiles::tr("cannot write: %1").arg(file.errorString()));
    CsvWriter writer(&file);
    writer.writeRow({QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("label")});
    for (const SampleRow row : rows) {
        const std::optional<Sample> sample = store.sample(row);
        if (sample)
            writer.writeRow({sample->id, sample->text, QString()});
    }
    writer.flush();
    if (!file.commit())
        throw Error(Error::Kind::FileSystem, {path},
                    DataFiles::tr("cannot write: %1").arg(fileWriteError(file)));
}

} // namespace candist
