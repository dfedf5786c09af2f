// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Password hashing and session tokens.
//
// Passwords: PBKDF2-HMAC-SHA256 (QPasswordDigestor) with a 16-byte random salt, stored as
// "pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>" so the cost can rise later without breaking
// old hashes. Tokens: 256 random bits from the system CSPRNG, base64url; the database keeps only
// their SHA-256, so a copy of the database cannot be used to sign in.
// Thread rules: reentrant.
#pragma once

#include <QString>

namespace kc::server::auth {

QString hashPassword(const QString& password, int iterations);
bool verifyPassword(const QString& password, const QString& stored);
int iterationsOf(const QString& stored); // 0 when not a hash of ours
QString newToken();
QString tokenHash(const QString& token);
QString newId(const char* prefix); // opaque id, e.g. "c-3f2a…"

} // namespace kc::server::auth
