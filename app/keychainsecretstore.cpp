// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "app/keychainsecretstore.h"

#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "kc.app.secrets")

namespace kc {

namespace {

const QString Service = QStringLiteral("se.polisen.kontaktcenter");
const QString Key = QStringLiteral("session-token");

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject* parent)
    : QObject(parent)
{}

void KeychainSecretStore::setToken(const QString& token)
{
    m_token = token;
    if (!m_keyring)
        return;
    QKeychain::Job* job = nullptr;
    if (token.isEmpty()) {
        if (!m_stored)
            return;
        auto* remove = new QKeychain::DeletePasswordJob(Service);
        remove->setKey(Key);
        job = remove;
    } else {
        auto* write = new QKeychain::WritePasswordJob(Service);
        write->setKey(Key);
        write->setTextData(token);
        job = write;
        m_stored = true;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain file instead of the keyring
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job* j) {
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound)
            return;
        // The message names the backend's problem, never the secret.
        qCInfo(lcSecrets).noquote() << "no desktop keyring (" << j->errorString()
                                    << "); the session token is kept in memory only";
        m_keyring = false;
    });
    job->start();
}

} // namespace kc
