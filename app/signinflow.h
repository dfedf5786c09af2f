// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Signing in, and signing in again after the session expired: the one path from the sign-in dialog
// (or training mode's own account) to a signed-in Workstation.
//
// Two ways to start:
// - startInteractive(): the dialog opens with the remembered server and username; each request
//   makes a new Workstation for that server and user (a failed first attempt may have named
//   another account), until one signs in. Then the dialog's values are remembered in the injected
//   QSettings (never the password) and the dialog closes. Closing the dialog while no account is
//   signed in emits abandoned().
// - startDemo(): training mode signs in at once with the demo environment's account; nothing is
//   remembered. A failure outside the dialog is emitted as failed() for the caller to show.
// - startClassroom(): training mode against a classroom's demo server (--demo --server URL): the
//   dialog as in startInteractive(), but the local store lives under the given (temporary)
//   directory, never the real one, and nothing is remembered.
// Before a first sign-in from the dialog the server is asked whether it is a demo server; the
// fence (app/trainingfence.h) refuses a real server in training mode and a demo server otherwise.
//
// Either way, when the session expires (a 401 from the server) the dialog opens again locked to
// the same server and account, so the local store, drafts and outbox carry on: a successful
// sign-in flushes what was queued. A failed sign-in while the dialog is open is explained in the
// dialog (signInErrorText()).
//
// The SignInFlow owns the Workstation; destroy it before the window. Thread rules: GUI thread.
#pragma once

#include "app/trainingfence.h"
#include "core/result.h"

#include <QObject>

#include <memory>

class QSettings;

namespace kc {

class DemoEnvironment;
class MainWindow;
class Notifier;
class SignInDialog;
class Workstation;
namespace sync {
class SecretStore;
}

class SignInFlow : public QObject
{
    Q_OBJECT
public:
    // `dialog` and `window` must outlive this object. `notifier` and `secrets` are handed to each
    // Workstation (see there; either may be null). `settings` keeps the remembered server and user.
    SignInFlow(MainWindow& window, SignInDialog& dialog, QSettings& settings, Notifier* notifier = nullptr,
               sync::SecretStore* secrets = nullptr, QObject* parent = nullptr);
    ~SignInFlow() override;

    // Opens the dialog (on the next event-loop turn); local stores go under `dataDir`.
    void startInteractive(const QString& dataDir);
    // Signs in to the (started) demo environment, which must outlive this object. An error means
    // the workstation could not even start; a refused sign-in comes as failed().
    Result<bool> startDemo(const DemoEnvironment& demo);
    // Training against a classroom server: `dataDir` must be a directory of demo data only.
    void startClassroom(const QString& dataDir, const QString& serverUrl, const QString& username);

    // Null until the first request; then the latest account's workstation.
    Workstation* workstation() const { return m_workstation.get(); }
    bool isSignedIn() const;

Q_SIGNALS:
    void failed(const QString& message); // a sign-in failure with no dialog open to show it
    void abandoned();                    // the dialog was closed and no account is signed in
    void signedIn();                     // every successful sign-in, after the dialog closed

private:
    void onSignInRequested(const QString& serverUrl, const QString& username, const QString& password);
    Result<bool> startWorkstation(const QString& dataDir, const QString& serverUrl, const QString& username,
                                  const QString& password);
    void onSignInFailed(int status, const QString& message);
    void onSignedIn();
    void onSessionExpired();

    MainWindow& m_window;
    SignInDialog& m_dialog;
    QSettings& m_settings;
    Notifier* m_notifier = nullptr;
    sync::SecretStore* m_secrets = nullptr;
    QString m_dataDir;
    QString m_serverUrl; // of the current workstation
    bool m_demo = false; // demo accounts are never remembered; demo mode meets demo servers only
    ServerFence m_fence;
    std::unique_ptr<Workstation> m_workstation;
};

} // namespace kc
