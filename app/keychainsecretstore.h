// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The workstation's SecretStore: the session token in the desktop keyring (Secret Service, KWallet,
// … through QtKeychain) where there is one, otherwise in memory only. Never in a file of ours.
//
// token() answers from memory; the keyring is written and cleared behind it, asynchronously (a
// D-Bus round trip must not block the GUI). When the keyring refuses (none running, locked and the
// user said no), the store says so once in the log and keeps the token in memory only. Signing out
// (SyncEngine::logout, on quit too) clears the keyring entry.
// Thread rules: GUI thread.
#pragma once

#include "sync/secretstore.h"

#include <QObject>

namespace kc {

class KeychainSecretStore final : public QObject, public sync::SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject* parent = nullptr);

    QString token() const override { return m_token; }
    void setToken(const QString& token) override;
    bool keyringAvailable() const { return m_keyring; }

private:
    QString m_token;
    bool m_keyring = true; // until it refused once
    bool m_stored = false; // something of ours may be in the keyring
};

} // namespace kc
