// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The exercise wiring of a signed-in workstation on a demo server (issue 13):
// - TrainerDesk: the trainer's panel ↔ /training/scenarios and /training/runs; while a run exists
//   it is read once a second (the panel shows the trainees live).
// - TraineeDesk: for an agent, the caller's script of the open exercise contact
//   (GET /training/contacts/{id}), and, once the agent has completed it, the feedback dialog with
//   the score. The server scores at completion; the completion leaves through the outbox, so the
//   result is asked for a few times until it is there.
//
// Thread rules: GUI thread. The RestClient and widgets must outlive the desk.
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace kc {

class MainWindow;
class Workstation;

// After the workstation's first sign-in in training mode: asks GET /me who signed in and adds the
// trainer's panel (trainer) or the caller's script and the feedback (agent) to the window. The
// desks live as long as the workstation.
// `joinInfo`: shown on the trainer's panel (how trainees join a built-in demo server).
void attachTraining(Workstation& workstation, MainWindow& window, const QString& joinInfo = {});

class CallerScriptPanel;
class ContactDesk;
class TrainerPanel;
namespace sync {
class RestClient;
}

class TrainerDesk : public QObject
{
    Q_OBJECT
public:
    TrainerDesk(TrainerPanel& panel, sync::RestClient& client, QObject* parent = nullptr);
    void loadScenarios();
    QString runId() const { return m_runId; }

private:
    void answer(const char* method, const QString& path, const QJsonObject& body = {});
    void refresh();

    TrainerPanel& m_panel;
    sync::RestClient& m_client;
    QString m_runId;
    QTimer m_poll;
    int m_injected = 0;
};

class TraineeDesk : public QObject
{
    Q_OBJECT
public:
    TraineeDesk(ContactDesk& desk, CallerScriptPanel& script, sync::RestClient& client, QWidget* dialogParent,
                QObject* parent = nullptr);

Q_SIGNALS:
    void feedbackShown(const QJsonObject& result);

private:
    void onOpened(const QString& contactId);
    void askForResult();

    CallerScriptPanel& m_script;
    sync::RestClient& m_client;
    QPointer<QWidget> m_dialogParent;
    QString m_open;    // the exercise contact in the pane
    QString m_waiting; // completed, result not yet shown
    int m_tries = 0;
    QTimer m_retry;
};

} // namespace kc
