#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace candist::test {

// A scratch directory per test case; fixtures are written here, never read from ../shared.
class Scratch
{
public:
    Scratch();
    QString path(const QString &name) const;
    QString write(const QString &name, const QByteArray &content) const;
    QByteArray read(const QString &name) const;

private:
    QTemporaryDir m_dir;
};

// Path of the built candist-cli (from $CANDIST_CLI, set by CTest).
QString cliPath();

struct ProcessResult
{
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
};

// Runs candist-cli with `arguments` and waits (up to `timeoutMs`).
ProcessResult runCli(const QStringList &arguments, int timeoutMs = 120000,
                     const QStringList &extraEnvironment = {});

} // namespace candist::test
