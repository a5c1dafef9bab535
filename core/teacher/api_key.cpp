#include "teacher/api_key.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <QUrl>
#include <qt6keychain/keychain.h>

#include "model/error.h"
#include "teacher/teacher_text.h"

namespace candist {

using teacher::Teacher;

namespace {

const QString kService = QStringLiteral("CanDist Workbench");
const QString kRedacted = QStringLiteral("[redacted]");
constexpr int kKeychainTimeoutMs = 5000;

// Why the keychain cannot be asked right now; empty when it can.
QString keychainUnavailableReason()
{
    if (!QCoreApplication::instance())
        return Teacher::tr("no application object to talk to the keychain");
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return Teacher::tr("no D-Bus session, so no system keychain");
#endif
    return {};
}

// Runs a keychain job (heap-allocated) to completion; the keychain API is asynchronous and needs an
// event loop, which a worker thread or the CLI does not otherwise run. Returns false with `error`
// set on failure. On timeout the job is left to delete itself whenever it finishes.
bool runJob(QKeychain::Job *job, QString *error)
{
    job->setAutoDelete(false);
    bool finished = false;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(kKeychainTimeoutMs);
    job->start();
    if (!finished)
        loop.exec();
    if (!finished) {
        QObject::disconnect(job, nullptr, &loop, nullptr);
        job->setAutoDelete(true);
        *error = Teacher::tr("the system keychain did not answer within %1 s")
                     .arg(kKeychainTimeoutMs / 1000);
        return false;
    }
    if (job->error() != QKeychain::NoError) {
        *error = job->error() == QKeychain::EntryNotFound
                     ? Teacher::tr("no entry in the system keychain")
                     : Teacher::tr("system keychain: ") + job->errorString();
        return false;
    }
    return true;
}

} // namespace

QString keychainEntryName(const QString &endpoint)
{
    const QUrl url(endpoint);
    QString name = QStringLiteral("api-key@") + url.host();
    if (url.port() > 0)
        name += QLatin1Char(':') + QString::number(url.port());
    return name;
}

ApiKeyLookup resolveApiKey(const QString &environmentVariable, const QString &endpoint,
                           bool useKeychain)
{
    ApiKeyLookup lookup;
    const QString fromEnvironment =
        qEnvironmentVariable(environmentVariable.toLocal8Bit().constData());
    if (!fromEnvironment.trimmed().isEmpty()) {
        lookup.key = fromEnvironment.trimmed();
        lookup.source = Teacher::tr("environment variable ") + environmentVariable;
        return lookup;
    }
    const QString unset = Teacher::tr("$%1 is not set").arg(environmentVariable);
    if (!useKeychain) {
        lookup.note = unset + Teacher::tr("; sending requests without an API key");
        return lookup;
    }
    const QString reason = keychainUnavailableReason();
    if (!reason.isEmpty()) {
        lookup.note = unset + Teacher::tr(" and there is ") + reason +
                      Teacher::tr("; sending requests without an API key");
        return lookup;
    }
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(keychainEntryName(endpoint));
    QString error;
    if (!runJob(job, &error)) {
        if (!job->autoDelete())
            delete job;
        lookup.note = Teacher::tr("%1 and the keychain gave no key for %2 (%3); sending "
                                  "requests without an API key")
                          .arg(unset, keychainEntryName(endpoint), error);
        return lookup;
    }
    lookup.key = job->textData().trimmed();
    delete job;
    lookup.source = Teacher::tr("system keychain");
    return lookup;
}

void storeApiKeyInKeychain(const QString &endpoint, const QString &key)
{
    const QString reason = keychainUnavailableReason();
    if (!reason.isEmpty())
        throw Error(Teacher::tr("cannot store the API key: ") + reason);
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setKey(keychainEntryName(endpoint));
    job->setTextData(key);
    QString error;
    const bool ok = runJob(job, &error);
    if (!job->autoDelete())
        delete job;
    if (!ok)
        throw Error(Teacher::tr("cannot store the API key: ") + redactSecret(error, key));
}

QString redactSecret(QString text, const QString &secret)
{
    if (secret.size() >= 4)
        text.replace(secret, kRedacted);
    return text;
}

QByteArray redactSecret(QByteArray text, const QString &secret)
{
    if (secret.size() >= 4)
        text.replace(secret.toUtf8(), kRedacted.toUtf8());
    return text;
}

} // namespace candist
