// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "app/signinflow.h"

#include "app/demoenvironment.h"
#include "app/workstation.h"
#include "ui/signindialog.h"

#include <QSettings>
#include <QTimer>

namespace kc {

SignInFlow::SignInFlow(MainWindow& window, SignInDialog& dialog, QSettings& settings, Notifier* notifier,
                       sync::SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_dialog(dialog)
    , m_settings(settings)
    , m_notifier(notifier)
    , m_secrets(secrets)
{
    connect(&m_dialog, &SignInDialog::signInRequested, this, &SignInFlow::onSignInRequested);
}

SignInFlow::~SignInFlow() = default;

bool SignInFlow::isSignedIn() const
{
    return m_workstation && m_workstation->isSignedIn();
}

void SignInFlow::startInteractive(const QString& dataDir)
{
    m_demo = false;
    m_dataDir = dataDir;
    m_dialog.setRemembered(SignInDialog::loadRemembered(m_settings));
    connect(&m_dialog, &QDialog::rejected, this, [this] {
        if (!isSignedIn())
            Q_EMIT abandoned(); // no account, nothing to do
    });
    QTimer::singleShot(0, &m_dialog, &QDialog::open);
}

Result<bool> SignInFlow::startDemo(const DemoEnvironment& demo)
{
    m_demo = true;
    m_dataDir = demo.dataDirectory();
    return startWorkstation(m_dataDir, demo.serverUrl(), demo.agentUsername(), demo.agentPassword());
}

void SignInFlow::startClassroom(const QString& dataDir, const QString& serverUrl, const QString& username)
{
    startInteractive(dataDir);
    m_demo = true;
    m_dialog.setRemembered({serverUrl, username});
}

void SignInFlow::onSignInRequested(const QString& serverUrl, const QString& username, const QString& password)
{
    // After an expired session the dialog is locked to the same account: carry on with its store.
    if (isSignedIn()) {
        m_workstation->signIn(password);
        return;
    }
    // The fence first: no password goes to a server of the other kind.
    m_fence.check(serverUrl, m_demo, [this, serverUrl, username, password](std::optional<QString> refusal) {
        if (refusal) {
            m_dialog.showError(*refusal);
            return;
        }
        if (auto ok = startWorkstation(m_dataDir, serverUrl, username, password); !ok)
            m_dialog.showError(ok.error().message);
    });
}

Result<bool> SignInFlow::startWorkstation(const QString& dataDir, const QString& serverUrl, const QString& username,
                                          const QString& password)
{
    // A first sign-in that failed may have named another server or user: start afresh.
    m_workstation = std::make_unique<Workstation>(m_window, m_notifier, m_secrets);
    m_serverUrl = serverUrl;
    connect(m_workstation.get(), &Workstation::signInFailed, this, &SignInFlow::onSignInFailed);
    connect(m_workstation.get(), &Workstation::signedIn, this, &SignInFlow::onSignedIn);
    connect(m_workstation.get(), &Workstation::sessionExpired, this, &SignInFlow::onSessionExpired);
    return m_workstation->start(dataDir, serverUrl, username, password);
}

void SignInFlow::onSignInFailed(int status, const QString& message)
{
    if (m_dialog.isVisible())
        m_dialog.showError(signInErrorText(status, message));
    else
        Q_EMIT failed(message);
}

void SignInFlow::onSignedIn()
{
    if (!m_demo)
        SignInDialog::saveRemembered(m_settings, m_dialog.remembered());
    if (m_dialog.isVisible())
        m_dialog.accept();
    Q_EMIT signedIn();
}

void SignInFlow::onSessionExpired()
{
    m_dialog.setRemembered({m_serverUrl, m_workstation->username()});
    m_dialog.setExpiredSession(m_workstation->username());
    m_dialog.open();
}

} // namespace kc
