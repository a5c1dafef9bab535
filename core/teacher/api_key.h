#pragma once

#include <QByteArray>
#include <QString>

namespace candist {

// Where the teacher's API key came from. `key` lives only in memory: it is never written to the
// project, a log, an export or an error message (every text from the server is passed through
// redactSecret before it is stored or shown).
struct ApiKeyLookup
{
    QString key;    // empty: requests go out without an Authorization header (local servers)
    QString source; // "environment variable OPENAI_API_KEY", "system keychain", or empty
    QString note;   // why no key was found, for the user; never contains a key
};

// The environment variable first; when it is unset or empty and `useKeychain`, the system
// keychain entry for the endpoint's host (service "CanDist Workbench"). The keychain is skipped
// with a note when there is no QCoreApplication or (on Linux) no D-Bus session.
ApiKeyLookup resolveApiKey(const QString &environmentVariable, const QString &endpoint,
                           bool useKeychain);

// The keychain entry name for an endpoint: "api-key@host[:port]".
QString keychainEntryName(const QString &endpoint);

// Stores or replaces the key in the system keychain (for the GUI's settings dialog). Throws
// Error when no keychain is reachable; the message never contains the key.
void storeApiKeyInKeychain(const QString &endpoint, const QString &key);

// `text` with every occurrence of `secret` replaced by "[redacted]" (secrets shorter than four
// characters are not searched for: they would mangle ordinary text and protect nothing).
QString redactSecret(QString text, const QString &secret);
QByteArray redactSecret(QByteArray text, const QString &secret);

} // namespace candist
