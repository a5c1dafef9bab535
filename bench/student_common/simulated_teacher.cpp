#include "simulated_teacher.h"

#include <algorithm>
#include <cstdio>
#include <random>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>

#include "io/csv_writer.h"
#include "labelled_csv.h"
#include "model/error.h"

namespace candist::bench {

namespace {

QString toolsPath(const QString &relative)
{
    QString root = qEnvironmentVariable("CANDIST_SHARED_TOOLS");
    if (root.isEmpty())
        root = QStringLiteral(CANDIST_SOURCE_DIR "/../shared/tools");
    return QDir(root).filePath(relative);
}

void writeLabelled(const QString &path, const QVector<QStringList> &rows, int textColumn,
                   int labelColumn)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(QStringLiteral("%1: cannot write").arg(path));
    {
        CsvWriter writer(&file);
        writer.writeRow({QStringLiteral("text"), QStringLiteral("label")});
        for (const QStringList &row : rows)
            writer.writeRow({row.value(textColumn), row.value(labelColumn)});
    }
    if (!file.commit())
        throw Error(QStringLiteral("%1: cannot write").arg(path));
}

} // namespace

QString simulatedTeacherCache()
{
    return QStringLiteral(CANDIST_SIMULATED_TEACHER_CACHE);
}

QString simulatedTeacher(const SimulatedTeacherSpec &spec, const QString &cache, QString &testFile)
{
    const QString stem = QDir(cache).filePath(spec.name);
    const QString poolFile = QDir(cache).filePath(
        QStringLiteral("%1-pool.csv").arg(QFileInfo(spec.pool).dir().dirName()));
    testFile = spec.test.isEmpty()
                   ? QDir(cache).filePath(
                         QStringLiteral("%1-test.csv").arg(QFileInfo(spec.pool).dir().dirName()))
                   : sharedDataPath(spec.test);
    QDir().mkpath(cache);
    if (!QFileInfo::exists(poolFile)) {
        const CsvTable table = readCsv(sharedDataPath(spec.pool));
        QVector<QStringList> rows = table.rows;
        std::mt19937_64 rng(7);
        std::shuffle(rows.begin(), rows.end(), rng);
        const int text = table.column(QStringLiteral("text"));
        const int label = table.column(QStringLiteral("label"));
        if (spec.test.isEmpty()) {
            writeLabelled(testFile, rows.mid(0, spec.testRows), text, label);
            rows = rows.mid(spec.testRows);
        }
        if (spec.poolLimit > 0 && rows.size() > spec.poolLimit)
            rows.resize(spec.poolLimit);
        writeLabelled(poolFile, rows, text, label);
    }
    const QString teacherFile = stem + QStringLiteral(".csv");
    if (!QFileInfo::exists(teacherFile)) {
        std::printf("simulating the teacher %s ...\n", qPrintable(spec.name));
        std::fflush(stdout);
        // Easy pools have few hard samples, so a weak teacher needs a lower hard-sample ratio
        // than the simulator's 3 (it refuses error rates above 1 on the hard samples).
        bool simulated = false;
        for (const char *hardRatio : {"3", "2.5", "2", "1.5"}) {
            QProcess process;
            process.setProcessChannelMode(QProcess::ForwardedChannels);
            process.start(QStringLiteral("python3"),
                          {toolsPath(QStringLiteral("simulate_teacher.py")), poolFile,
                           teacherFile + QStringLiteral(".part"), QStringLiteral("--seed"),
                           QStringLiteral("1"), QStringLiteral("--target-sa"),
                           QString::number(spec.targetSa), QStringLiteral("--hard-ratio"),
                           QLatin1String(hardRatio)});
            if (process.waitForFinished(-1) && process.exitCode() == 0) {
                simulated = true;
                break;
            }
        }
        if (!simulated || !QFile::rename(teacherFile + QStringLiteral(".part"), teacherFile))
            throw Error(QStringLiteral("%1: the teacher simulator failed").arg(teacherFile));
    }
    return teacherFile;
}

} // namespace candist::bench
