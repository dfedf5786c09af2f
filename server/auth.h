// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Password hashing and session tokens.
//
// Passwords: PBKDF2-HMAC-SHA256 with a 16-byte random salt, stored as
// "pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>" so the cost can rise later without breaking
// old hashes. Tokens: 256 random bits from the system CSPRNG, base64url; the database keeps only
// their SHA-256, so a copy of the database cannot be used to sign in. The key derivation is
// OpenSSL's PKCS5_PBKDF2_HMAC: the same function as Qt's QPasswordDigestor, computed faster.
//
// SessionCache: who a token belongs to, kept for a few seconds so that a request need not look its
// session up (a sixth of an audited read). Revocation still takes effect at once: every entry
// carries the database's session epoch (Database::sessionEpoch(), raised by triggers whenever a
// session ends or a user changes, by any process or instance) and is used only while the epoch is
// unchanged; expiry is checked against the caller's clock on every use.
//
// Thread rules: the functions are reentrant; a SessionCache belongs to one thread.
#pragma once

#include "core/types.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <chrono>
#include <optional>

namespace kc::server::auth {

QString hashPassword(const QString& password, int iterations);
bool verifyPassword(const QString& password, const QString& stored);
int iterationsOf(const QString& stored); // 0 when not a hash of ours
QString newToken();
QString tokenHash(const QString& token);
QString newId(const char* prefix); // opaque id, e.g. "c-3f2a…"

class SessionCache
{
public:
    explicit SessionCache(std::chrono::milliseconds lifetime = std::chrono::seconds(5));

    // The user of `token` when an entry is younger than the lifetime, was made at `epoch` and its
    // session has not expired at `now`.
    std::optional<User> find(const QString& token, qint64 epoch, const QDateTime& now);
    void put(const QString& token, const User& user, const QDateTime& expiresAt, qint64 epoch);
    void clear() { m_entries.clear(); }
    qsizetype size() const { return m_entries.size(); }

private:
    struct Entry
    {
        User user;
        QDateTime expiresAt;
        qint64 epoch = 0;
        qint64 madeMs = 0; // of m_clock
    };
    static constexpr qsizetype MaxEntries = 20'000; // a few per agent of the whole centre
    QHash<QString, Entry> m_entries;
    qint64 m_epoch = -1; // the epoch every entry was made at
    std::chrono::milliseconds m_lifetime;
    QElapsedTimer m_clock;
};

} // namespace kc::server::auth
