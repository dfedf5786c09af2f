// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The fence between training and real work (issue 13).
//
// - ServerFence: before signing in, asks the server's GET /health whether it is a demo server. A
//   workstation in demo mode refuses a real server, a normal workstation refuses a demo server,
//   each with a Swedish message; a server that does not answer is left to the sign-in, which says
//   so in its own words.
// - TitleFence: while installed on the application, every top-level window — the main window and
//   every dialog — carries "(övning)" in its title, however and whenever the title is set.
//
// Thread rules: GUI thread.
#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QWidget;

namespace kc {

class ServerFence : public QObject
{
    Q_OBJECT
public:
    explicit ServerFence(QObject* parent = nullptr);

    // The refusal for a workstation (demo or not) meeting a server (demo or not); empty when they
    // belong together.
    static QString refusal(bool demoWorkstation, bool demoServer);

    // Calls `done` once, with the refusal, or nullopt when the sign-in may go on (also when the
    // server did not answer: the sign-in reports that itself).
    void check(const QString& serverUrl, bool demoWorkstation,
               std::function<void(std::optional<QString> refusal)> done);

private:
    QNetworkAccessManager m_nam;
};

class TitleFence : public QObject
{
    Q_OBJECT
public:
    explicit TitleFence(QObject* parent = nullptr);
    static QString suffix(); // " (övning)"
    // Adds the suffix to `window`'s title unless it is there.
    static void mark(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace kc
