#include "ui/signindialog.h"
#include "ui/announce.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace kc {

namespace {

const QString ServerKey = QStringLiteral("signin/serverUrl");
const QString UsernameKey = QStringLiteral("signin/username");

// The same rule as the REST client's (ui must not depend on the network module for one check).
bool isLoopbackHost(const QString& host)
{
    static const QRegularExpression ipv4Loopback(QStringLiteral("^127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
    return host == QLatin1String("localhost") || host == QLatin1String("::1") || ipv4Loopback.match(host).hasMatch();
}

struct ServerCheck
{
    QString url;     // normalised scheme://host[:port] when valid
    QString problem; // for people, empty when valid
};

ServerCheck checkServer(const QString& text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString path = url.path();
    // No user info: a password typed into the address would end up in the settings file.
    if (!trimmed.contains(QLatin1String("://")) || !url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        !url.userInfo().isEmpty() || (!path.isEmpty() && path != QLatin1String("/")) || url.hasQuery() ||
        url.hasFragment() || url.port() == 0)
        return {{},
                QCoreApplication::translate("kc::SignInDialog",
                                            "Give the server address as https://host or https://host:port.")};
    if (url.scheme() == QLatin1String("http") && !isLoopbackHost(url.host()))
        return {{},
                QCoreApplication::translate("kc::SignInDialog",
                                            "Plain http:// is allowed only to this computer (localhost); "
                                            "use https:// for a server on the network.")};
    return {url.adjusted(QUrl::RemovePath).toString(), {}};
}

} // namespace

QString signInErrorText(int status, const QString& serverMessage)
{
    if (status == 401)
        return QCoreApplication::translate("kc::SignInDialog", "Wrong username or password.");
    if (status == 0) // the sync layer's message already says what happened, in our words: once
        return serverMessage.isEmpty() ? QCoreApplication::translate("kc::SignInDialog", "The server does not answer.")
                                       : serverMessage;
    if (status == 429)
        return QCoreApplication::translate("kc::SignInDialog",
                                           "Too many failed sign-ins. Wait a while before you try again, or ask a "
                                           "supervisor.");
    if (status >= 500)
        return QCoreApplication::translate("kc::SignInDialog",
                                           "The server could not sign you in right now (error %1). Try again in a "
                                           "moment.")
            .arg(status);
    if (!serverMessage.isEmpty())
        return serverMessage;
    return QCoreApplication::translate("kc::SignInDialog", "The sign-in failed (error %1).").arg(status);
}

SignInDialog::SignInDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in – Kontaktcenter"));
    auto* layout = new QVBoxLayout(this);

    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    QFont bold = m_notice->font();
    bold.setBold(true);
    m_notice->setFont(bold);
    m_notice->hide();
    layout->addWidget(m_notice);

    auto* form = new QFormLayout;
    m_server = new QLineEdit(this);
    m_server->setPlaceholderText(QStringLiteral("https://kontaktcenter.example:8443"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    // Wide enough for a whole address with its port.
    m_server->setMinimumWidth(m_server->fontMetrics().horizontalAdvance(m_server->placeholderText()) + 40);
    form->addRow(tr("&Server address:"), m_server);
    m_username = new QLineEdit(this);
    m_username->setAccessibleName(tr("Username"));
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    form->addRow(tr("&Username:"), m_username);
    m_password = new QLineEdit(this);
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoAutoUppercase |
                                    Qt::ImhNoPredictiveText);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setAccessibleName(tr("Sign-in problem"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText); // server messages are shown, never interpreted
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xa4, 0x00, 0x0f)); // dark red: readable on light grey
    m_error->setPalette(palette);
    m_error->hide();
    layout->addWidget(m_error);

    m_busy = new QLabel(tr("Signing in …"), this);
    m_busy->hide();
    layout->addWidget(m_busy);

    m_buttons = new QDialogButtonBox(this);
    m_signIn = m_buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(m_buttons);
    // accepted() only asks to sign in: the dialog stays open until the caller has the answer.
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    focusFirstEmpty();
}

void SignInDialog::setRemembered(const Remembered& r)
{
    if (!m_serverLocked)
        m_server->setText(r.serverUrl);
    if (!m_usernameLocked)
        m_username->setText(r.username);
    focusFirstEmpty();
}

SignInDialog::Remembered SignInDialog::remembered() const
{
    const ServerCheck server = checkServer(m_server->text());
    return {server.problem.isEmpty() ? server.url : m_server->text().trimmed(), m_username->text().trimmed()};
}

void SignInDialog::setExpiredSession(const QString& username)
{
    m_notice->setText(tr("Your session has expired. Sign in again."));
    m_notice->show();
    m_username->setText(username);
    m_usernameLocked = true;
    // The local store and its outbox belong to this server and user: another account here would
    // leave them behind.
    m_serverLocked = !m_server->text().trimmed().isEmpty();
    m_username->setReadOnly(true);
    m_server->setReadOnly(m_serverLocked);
    m_error->hide();
    updateEnabled();
    focusFirstEmpty();
}

void SignInDialog::showError(const QString& message)
{
    setBusy(false);
    m_password->clear();
    setError(message, m_password);
}

void SignInDialog::setBusy(bool busy)
{
    m_isBusy = busy;
    m_busy->setVisible(busy);
    if (busy)
        m_error->hide();
    updateEnabled();
    if (!busy)
        focusFirstEmpty(); // disabling took the focus away
}

QString SignInDialog::password() const
{
    return m_password->text();
}

SignInDialog::Remembered SignInDialog::loadRemembered(const QSettings& settings)
{
    return {settings.value(ServerKey).toString(), settings.value(UsernameKey).toString()};
}

void SignInDialog::saveRemembered(QSettings& settings, const Remembered& r)
{
    settings.setValue(ServerKey, r.serverUrl);
    settings.setValue(UsernameKey, r.username);
}

void SignInDialog::done(int result)
{
    m_password->clear();
    setBusy(false); // the same dialog comes back when the session expires: usable again
    QDialog::done(result);
}

void SignInDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (!m_isBusy)
        focusFirstEmpty();
}

void SignInDialog::submit()
{
    if (m_isBusy)
        return;
    const ServerCheck server = checkServer(m_server->text());
    if (m_server->text().trimmed().isEmpty())
        return setError(tr("The server address is missing."), m_server);
    if (!server.problem.isEmpty())
        return setError(server.problem, m_server);
    if (m_username->text().trimmed().isEmpty())
        return setError(tr("The username is missing."), m_username);
    if (m_password->text().isEmpty())
        return setError(tr("The password is missing."), m_password);
    m_server->setText(server.url);
    m_username->setText(m_username->text().trimmed());
    // Busy at once, so a second Enter cannot send a second sign-in.
    setBusy(true);
    Q_EMIT signInRequested(server.url, m_username->text(), m_password->text());
}

void SignInDialog::setError(const QString& message, QLineEdit* focus)
{
    m_error->setText(message);
    m_error->show();
    announce(m_error, message, Politeness::Assertive); // a screen reader does not read a label that appears
    if (focus->isEnabled() && !focus->isReadOnly()) {
        focus->setFocus();
        focus->selectAll();
    }
}

void SignInDialog::updateEnabled()
{
    m_server->setEnabled(!m_isBusy);
    m_username->setEnabled(!m_isBusy);
    m_password->setEnabled(!m_isBusy);
    m_signIn->setEnabled(!m_isBusy);
}

void SignInDialog::focusFirstEmpty()
{
    for (QLineEdit* field : {m_server, m_username, m_password})
        if (!field->isReadOnly() && field->text().trimmed().isEmpty()) {
            field->setFocus();
            return;
        }
    m_password->setFocus();
}

} // namespace kc
