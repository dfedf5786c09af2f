// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Logga in: server address and username (both remembered between runs), password (never stored,
// and cleared whenever the dialog closes or a sign-in fails). Keyboard first: focus starts in the
// first empty field, Enter signs in, Esc cancels.
//
// The dialog checks what it can locally (no empty field; the server address is
// http(s)://host[:port], plain http only to this computer, because personal data must not cross a
// network in clear text) and then only emits signInRequested(): it does not close itself and never
// talks to the network. The caller signs in, calls showError() on failure (the message shown in the
// dialog, not in a popup) and closes the dialog on success. signInErrorText() turns the sync
// engine's loginFinished(false, status, message) into the text to show.
//
// The remembered values go through QSettings under "signin/serverUrl" and "signin/username" only;
// no key for the password exists.
// Thread rules: GUI thread.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;

namespace kc {

// The text for a failed sign-in: 401 wrong username or password, 0 the server does not answer (with
// the network detail), 429 too many attempts, 5xx a server fault; otherwise the server's own
// (Swedish) message, or a generic one naming the status.
QString signInErrorText(int status, const QString& serverMessage);

class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    struct Remembered
    {
        QString serverUrl;
        QString username;
        bool operator==(const Remembered&) const = default;
    };

    explicit SignInDialog(QWidget* parent = nullptr);

    // Prefills both fields; focus goes to the first empty field (usually the password).
    void setRemembered(const Remembered& r);
    // What to store: the server address (normalised when valid) and the username; never the password.
    Remembered remembered() const;
    // "Your session has expired. Sign in again." at the top; the username (and a known server
    // address) can no longer be changed, since the local store and outbox belong to that account.
    void setExpiredSession(const QString& username);
    // Shown in the dialog; ends busy, clears the password and puts focus there.
    void showError(const QString& message);
    // Disables the inputs and shows "Signing in …". The dialog turns busy itself when it emits
    // signInRequested(); showError() or setBusy(false) ends it.
    void setBusy(bool busy);
    QString password() const;

    static Remembered loadRemembered(const QSettings& settings);
    static void saveRemembered(QSettings& settings, const Remembered& r);

    void done(int result) override; // clears the password however the dialog ends

    // For tests and accessibility checks.
    QLineEdit* serverField() const { return m_server; }
    QLineEdit* usernameField() const { return m_username; }
    QLineEdit* passwordField() const { return m_password; }
    QLabel* errorLabel() const { return m_error; }
    QLabel* noticeLabel() const { return m_notice; }
    QLabel* busyLabel() const { return m_busy; }
    QPushButton* signInButton() const { return m_signIn; }

Q_SIGNALS:
    void signInRequested(const QString& serverUrl, const QString& username, const QString& password);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void submit();
    void setError(const QString& message, QLineEdit* focus);
    void updateEnabled();
    void focusFirstEmpty();

    QLabel* m_notice = nullptr; // expired session
    QLineEdit* m_server = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_busy = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_signIn = nullptr;
    bool m_isBusy = false;
    bool m_serverLocked = false;
    bool m_usernameLocked = false;
};

} // namespace kc
