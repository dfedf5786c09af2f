// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "server/auth.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QStringList>

#include <openssl/evp.h>

namespace kc::server::auth {

namespace {

QByteArray randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(b.data()), n / 4);
    return b;
}

bool constantTimeEqual(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

// The same PBKDF2-HMAC-SHA256 as QPasswordDigestor::deriveKeyPbkdf2 (the stored hashes stay
// valid; tst_speed checks a hash made by Qt), in OpenSSL's faster implementation.
QByteArray derive(const QString& password, const QByteArray& salt, int iterations)
{
    const QByteArray secret = password.toUtf8();
    QByteArray key(32, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()),
                          reinterpret_cast<const unsigned char*>(salt.constData()), int(salt.size()), iterations,
                          EVP_sha256(), int(key.size()), reinterpret_cast<unsigned char*>(key.data())) != 1)
        return {}; // never equal to a stored hash: the sign-in fails
    return key;
}

} // namespace

QString hashPassword(const QString& password, int iterations)
{
    const QByteArray salt = randomBytes(16);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derive(password, salt, iterations).toBase64()));
}

bool verifyPassword(const QString& password, const QString& stored)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts[0] != QLatin1String("pbkdf2-sha256"))
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    return constantTimeEqual(derive(password, salt, iterations), expected);
}

int iterationsOf(const QString& stored)
{
    const QStringList parts = stored.split(u'$');
    return parts.size() == 4 && parts[0] == QLatin1String("pbkdf2-sha256") ? parts[1].toInt() : 0;
}

QString newToken()
{
    return QString::fromLatin1(
        randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString tokenHash(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString newId(const char* prefix)
{
    return QString::fromLatin1(prefix) + u'-' + QString::fromLatin1(randomBytes(12).toHex());
}

SessionCache::SessionCache(std::chrono::milliseconds lifetime)
    : m_lifetime(lifetime)
{
    m_clock.start();
}

std::optional<User> SessionCache::find(const QString& token, qint64 epoch, const QDateTime& now)
{
    if (epoch != m_epoch) {
        // A session ended or a user changed somewhere: nothing cached can be trusted any more.
        m_entries.clear();
        m_epoch = epoch;
        return std::nullopt;
    }
    const auto it = m_entries.constFind(token);
    if (it == m_entries.cend())
        return std::nullopt;
    if (m_clock.elapsed() - it->madeMs > m_lifetime.count() || it->expiresAt <= now) {
        m_entries.erase(it);
        return std::nullopt;
    }
    return it->user;
}

void SessionCache::put(const QString& token, const User& user, const QDateTime& expiresAt, qint64 epoch)
{
    if (epoch != m_epoch) {
        m_entries.clear();
        m_epoch = epoch;
    }
    if (m_entries.size() >= MaxEntries)
        m_entries.clear();
    m_entries.insert(token, Entry{user, expiresAt, epoch, m_clock.elapsed()});
}

} // namespace kc::server::auth
