// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Where the sync engine keeps the session token. Whoever holds the token acts as the agent until it
// expires, so the workstation never writes it to disk: it keeps it in the desktop keyring where
// there is one (app/keychainsecretstore), otherwise in memory only (MemorySecretStore). The CLI
// keeps it in its own local store (mode 0600; LocalStoreSecretStore), so that one login serves
// several commands — the README says so.
//
// SyncEngine takes a SecretStore through its constructor, so tests pass a fake and can see what
// was kept. Invariant: token() answers at once from memory; a slow backend (the keyring over
// D-Bus) is written behind it and never blocks the caller.
// Thread rules: use from the thread of the engine.
#pragma once

#include <QString>

namespace kc {
class LocalStore;
}

namespace kc::sync {

class SecretStore
{
public:
    virtual ~SecretStore() = default;
    virtual QString token() const = 0;               // "" when there is none
    virtual void setToken(const QString& token) = 0; // "" forgets it
};

class MemorySecretStore final : public SecretStore
{
public:
    QString token() const override { return m_token; }
    void setToken(const QString& token) override { m_token = token; }

private:
    QString m_token;
};

// The CLI's: meta "token" of its local store (a file only its user can read).
class LocalStoreSecretStore final : public SecretStore
{
public:
    explicit LocalStoreSecretStore(LocalStore& store)
        : m_store(store)
    {}
    QString token() const override;
    void setToken(const QString& token) override;

private:
    LocalStore& m_store;
};

} // namespace kc::sync
