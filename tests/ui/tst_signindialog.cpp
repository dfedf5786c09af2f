// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The sign-in dialog offscreen, driven by the keyboard: local checks, busy and error states, the
// expired session, the error texts, and the settings that must never hold the password.
// Source (English) texts: the Swedish ones come from the catalogue.
#include "ui/announce.h"
#include "ui/signindialog.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kc;

namespace {

const SignInDialog::Remembered Anna{QStringLiteral("https://kc.example:8443"), QStringLiteral("anna")};

} // namespace

class TestSignInDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStringLiteral("Fusion"));
    }

    void errorText_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("serverMessage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("401 wrong password") << 401 << "Fel användarnamn eller lösenord."
                                            << "Wrong username or password.";
        QTest::newRow("401 expired token, no message") << 401 << "" << "Wrong username or password.";
        // the sync layer's own words, once (not doubled, no Qt English appended there either)
        QTest::newRow("0 unreachable") << 0 << "The server cannot be reached." << "The server cannot be reached.";
        QTest::newRow("0 without detail") << 0 << "" << "The server does not answer.";
        QTest::newRow("429 too many") << 429 << "För många misslyckade inloggningar för användaren."
                                      << "Too many failed sign-ins. Wait a while before you try again, or ask a "
                                         "supervisor.";
        QTest::newRow("503 server fault") << 503 << "internal"
                                          << "The server could not sign you in right now (error 503). Try again "
                                             "in a moment.";
        QTest::newRow("422 server's own text") << 422 << "Användarnamn saknas." << "Användarnamn saknas.";
        QTest::newRow("403 no text") << 403 << "" << "The sign-in failed (error 403).";
    }

    void errorText()
    {
        QFETCH(int, status);
        QFETCH(QString, serverMessage);
        QFETCH(QString, expected);
        QCOMPARE(signInErrorText(status, serverMessage), expected);
    }

    void focusGoesToFirstEmptyField_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("focused");
        QTest::newRow("nothing remembered") << "" << "" << "server";
        QTest::newRow("server only") << "https://kc.example" << "" << "username";
        QTest::newRow("both remembered") << "https://kc.example" << "anna" << "password";
    }

    void focusGoesToFirstEmptyField()
    {
        QFETCH(QString, server);
        QFETCH(QString, username);
        QFETCH(QString, focused);
        SignInDialog d;
        d.setRemembered({server, username});
        d.show();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        QLineEdit* expected = focused == QLatin1String("server")     ? d.serverField()
                              : focused == QLatin1String("username") ? d.usernameField()
                                                                     : d.passwordField();
        QCOMPARE(QApplication::focusWidget(), expected);
        QCOMPARE(d.serverField()->text(), server);
        QCOMPARE(d.usernameField()->text(), username);
        QCOMPARE(d.passwordField()->echoMode(), QLineEdit::Password);
    }

    void keyboardSignInStaysOpenAndBusy()
    {
        // GIVEN a remembered server and user
        SignInDialog d;
        d.setRemembered(Anna);
        d.show();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        QSignalSpy spy(&d, &SignInDialog::signInRequested);
        // WHEN the agent types the password and presses Enter
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ett-langt-losenord"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        // THEN sign-in is asked for once, and the dialog waits for the answer, busy
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("https://kc.example:8443"));
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("anna"));
        QCOMPARE(spy.at(0).at(2).toString(), QStringLiteral("ett-langt-losenord"));
        QVERIFY(d.isVisible());
        QCOMPARE(d.result(), 0);
        QVERIFY(d.busyLabel()->isVisible());
        QCOMPARE(d.busyLabel()->text(), QStringLiteral("Signing in …"));
        QVERIFY(!d.passwordField()->isEnabled());
        QVERIFY(!d.serverField()->isEnabled());
        QVERIFY(!d.signInButton()->isEnabled());
        // AND a second Enter sends nothing more
        QTest::keyClick(&d, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
    }

    void localChecks_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("focused");
        const QString form = QStringLiteral("Give the server address as https://host or https://host:port.");
        const QString plain = QStringLiteral(
            "Plain http:// is allowed only to this computer (localhost); use https:// for a server on the network.");
        QTest::newRow("no server") << "" << "anna" << "pw" << "The server address is missing." << "server";
        QTest::newRow("blank server") << "   " << "anna" << "pw" << "The server address is missing." << "server";
        QTest::newRow("no scheme") << "kc.example" << "anna" << "pw" << form << "server";
        QTest::newRow("ftp") << "ftp://kc.example" << "anna" << "pw" << form << "server";
        QTest::newRow("user info") << "https://anna:secret@kc.example" << "anna" << "pw" << form << "server";
        QTest::newRow("path") << "https://kc.example/api/v1" << "anna" << "pw" << form << "server";
        QTest::newRow("query") << "https://kc.example/?x=1" << "anna" << "pw" << form << "server";
        QTest::newRow("bad port") << "https://kc.example:99999" << "anna" << "pw" << form << "server";
        QTest::newRow("no host") << "https://" << "anna" << "pw" << form << "server";
        QTest::newRow("http on the network") << "http://kc.example:8080" << "anna" << "pw" << plain << "server";
        QTest::newRow("http to a LAN address") << "http://10.1.2.3" << "anna" << "pw" << plain << "server";
        QTest::newRow("no username") << "https://kc.example" << "" << "pw" << "The username is missing."
                                     << "username";
        QTest::newRow("blank username") << "https://kc.example" << "  " << "pw" << "The username is missing."
                                        << "username";
        QTest::newRow("no password") << "https://kc.example" << "anna" << "" << "The password is missing."
                                     << "password";
    }

    void localChecks()
    {
        QFETCH(QString, server);
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(QString, message);
        QFETCH(QString, focused);
        SignInDialog d;
        d.show();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        QSignalSpy spy(&d, &SignInDialog::signInRequested);
        d.serverField()->setText(server);
        d.usernameField()->setText(username);
        d.passwordField()->setText(password);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(spy.count(), 0);
        QVERIFY(d.isVisible());
        QVERIFY(d.errorLabel()->isVisible());
        QCOMPARE(d.errorLabel()->text(), message);
        QLineEdit* expected = focused == QLatin1String("server")     ? d.serverField()
                              : focused == QLatin1String("username") ? d.usernameField()
                                                                     : d.passwordField();
        QCOMPARE(QApplication::focusWidget(), expected);
        QVERIFY(d.serverField()->isEnabled());
        QVERIFY(!d.busyLabel()->isVisible());
    }

    void acceptedServerAddresses_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("sent");
        QTest::newRow("https with port") << "https://kc.example:8443" << "https://kc.example:8443";
        QTest::newRow("https, trailing slash") << "https://kc.example/" << "https://kc.example";
        QTest::newRow("upper case, spaces") << "  HTTPS://KC.Example:8443  " << "https://kc.example:8443";
        QTest::newRow("http loopback") << "http://127.0.0.1:8080" << "http://127.0.0.1:8080";
        QTest::newRow("http localhost") << "http://localhost:8080/" << "http://localhost:8080";
        QTest::newRow("http IPv6 loopback") << "http://[::1]:8080" << "http://[::1]:8080";
    }

    void acceptedServerAddresses()
    {
        QFETCH(QString, typed);
        QFETCH(QString, sent);
        SignInDialog d;
        d.show();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        QSignalSpy spy(&d, &SignInDialog::signInRequested);
        QTest::keyClicks(d.serverField(), typed);
        QTest::keyClicks(d.usernameField(), QStringLiteral(" anna "));
        QTest::keyClicks(d.passwordField(), QStringLiteral(" pw with spaces "));
        QTest::keyClick(d.passwordField(), Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), sent);
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("anna"));
        QCOMPARE(spy.at(0).at(2).toString(), QStringLiteral(" pw with spaces ")); // never trimmed
        QCOMPARE(d.remembered(), (SignInDialog::Remembered{sent, QStringLiteral("anna")}));
    }

    void serverErrorIsShownInTheDialog()
    {
        // GIVEN a sign-in on its way
        SignInDialog d;
        d.setRemembered(Anna);
        d.show();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        QSignalSpy spy(&d, &SignInDialog::signInRequested);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("fel-losenord"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        // WHEN the server refuses it
        QStringList heard;
        static QStringList* sink = nullptr;
        sink = &heard;
        setAnnouncementListener([](QObject*, const QString& text, Politeness p) {
            if (sink && p == Politeness::Assertive)
                sink->append(text);
        });
        d.showError(signInErrorText(401, QString()));
        setAnnouncementListener(nullptr);
        sink = nullptr;
        // THEN a screen reader says it at once (a label that appears is not read by itself)
        QCOMPARE(heard, QStringList{QStringLiteral("Wrong username or password.")});
        // THEN the message is in the dialog, the password is gone and has the focus, the form works
        QVERIFY(d.isVisible());
        QVERIFY(d.errorLabel()->isVisible());
        QCOMPARE(d.errorLabel()->text(), QStringLiteral("Wrong username or password."));
        QVERIFY(d.password().isEmpty());
        QCOMPARE(QApplication::focusWidget(), d.passwordField());
        QVERIFY(!d.busyLabel()->isVisible());
        QVERIFY(d.serverField()->isEnabled());
        QVERIFY(d.signInButton()->isEnabled());
        QVERIFY(QApplication::activeModalWidget() == nullptr || QApplication::activeModalWidget() == &d);
        // AND the agent can try again from the keyboard
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ratt-losenord"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(2).toString(), QStringLiteral("ratt-losenord"));
        QVERIFY(!d.errorLabel()->isVisible());
    }

    void expiredSessionFixesTheUser()
    {
        SignInDialog d;
        d.setRemembered(Anna);
        d.setExpiredSession(QStringLiteral("anna"));
        d.show();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        QVERIFY(d.noticeLabel()->isVisible());
        QCOMPARE(d.noticeLabel()->text(), QStringLiteral("Your session has expired. Sign in again."));
        QCOMPARE(QApplication::focusWidget(), d.passwordField());
        // The username cannot be changed, not even by typing into it or by prefilling.
        QTest::keyClicks(d.usernameField(), QStringLiteral("bertil"));
        d.setRemembered({QStringLiteral("https://other.example"), QStringLiteral("bertil")});
        QCOMPARE(d.usernameField()->text(), QStringLiteral("anna"));
        QCOMPARE(d.serverField()->text(), QStringLiteral("https://kc.example:8443"));
        QSignalSpy spy(&d, &SignInDialog::signInRequested);
        QTest::keyClicks(d.passwordField(), QStringLiteral("pw"));
        QTest::keyClick(d.passwordField(), Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("anna"));
    }

    void escapeCancelsAndForgetsThePassword()
    {
        SignInDialog d;
        d.setRemembered(Anna);
        d.show();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        QSignalSpy spy(&d, &SignInDialog::signInRequested);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("hemligt"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!d.isVisible());
        QCOMPARE(d.result(), int(QDialog::Rejected));
        QCOMPARE(spy.count(), 0);
        QVERIFY(d.password().isEmpty());
    }

    void settingsNeverHoldThePassword()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("kontaktcenter.conf"));
        const QString password = QStringLiteral("ett-langt-losenord-4711");
        QString sentServer, sentUser;
        {
            // GIVEN nothing remembered yet, the agent signs in from the keyboard
            QSettings settings(file, QSettings::IniFormat);
            SignInDialog d;
            d.setRemembered(SignInDialog::loadRemembered(settings));
            QCOMPARE(d.remembered(), SignInDialog::Remembered{});
            d.show();
            QVERIFY(QTest::qWaitForWindowActive(&d));
            QSignalSpy spy(&d, &SignInDialog::signInRequested);
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("https://kc.example:8443"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("anna"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QTest::keyClicks(QApplication::focusWidget(), password);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QCOMPARE(spy.count(), 1);
            QCOMPARE(spy.at(0).at(2).toString(), password);
            // WHEN the caller stores what the dialog says to remember and closes it on success
            SignInDialog::saveRemembered(settings, d.remembered());
            d.accept();
            QVERIFY(d.password().isEmpty());
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
            // THEN exactly the two keys exist
            QStringList keys = settings.allKeys();
            keys.sort();
            QCOMPARE(keys, (QStringList{QStringLiteral("signin/serverUrl"), QStringLiteral("signin/username")}));
            for (const QString& key : std::as_const(keys)) {
                QVERIFY2(!key.contains(QLatin1String("pass"), Qt::CaseInsensitive), qPrintable(key));
                QVERIFY(!settings.value(key).toString().contains(password));
            }
        }
        // AND the file on disk holds no trace of the password, in any encoding QSettings might use
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains("anna"));
        QVERIFY(!bytes.contains(password.toUtf8()));
        QVERIFY(!bytes.contains("4711"));
        // AND the next start prefills both fields
        QSettings again(file, QSettings::IniFormat);
        QCOMPARE(SignInDialog::loadRemembered(again),
                 (SignInDialog::Remembered{QStringLiteral("https://kc.example:8443"), QStringLiteral("anna")}));
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
