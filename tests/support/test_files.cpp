#include "test_files.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QtTest>

namespace candist::test {

Scratch::Scratch()
{
    if (!m_dir.isValid())
        qFatal("cannot create a temporary directory");
}

QString Scratch::path(const QString &name) const
{
    return m_dir.filePath(name);
}

QString Scratch::write(const QString &name, const QByteArray &content) const
{
    const QString filePath = path(name);
    QFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write fixture %s", qPrintable(filePath));
    return filePath;
}

QByteArray Scratch::read(const QString &name) const
{
    QFile file(path(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString cliPath()
{
    const QString path = qEnvironmentVariable("CANDIST_CLI");
    if (path.isEmpty())
        qFatal("CANDIST_CLI is not set; run the tests through CTest");
    return path;
}

ProcessResult runCli(const QStringList &arguments, int timeoutMs,
                     const QStringList &extraEnvironment)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &assignment : extraEnvironment) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        environment.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    process.setProcessEnvironment(environment);
    process.start(cliPath(), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, process.readAllStandardOutput(), process.readAllStandardError()};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace candist::test
