// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "app/trainingdesk.h"

#include "app/contactdesk.h"
#include "app/workstation.h"
#include "sync/restclient.h"
#include "ui/mainwindow.h"
#include "ui/trainerpanel.h"
#include "ui/trainingfeedback.h"

#include <QJsonArray>
#include <QScrollArea>
#include <QTabWidget>

namespace kc {

void attachTraining(Workstation& workstation, MainWindow& window, const QString& joinInfo)
{
    sync::RestClient* client = workstation.client();
    if (!client)
        return;
    sync::ApiJob* job = client->get(QStringLiteral("/me"));
    QObject::connect(job, &sync::ApiJob::finished, &workstation,
                     [&workstation, &window, client, joinInfo](sync::ApiJob* done) {
                         const QString role = done->json().value(u"role").toString();
                         QTabWidget* tabs = window.sideTabs();
                         if (role == u"trainer") {
                             auto* panel = new TrainerPanel;
                             panel->setJoinInfo(joinInfo);
                             // The side tab is short beside the queue: the panel scrolls rather than squeezing its
                             // text.
                             auto* scroll = new QScrollArea;
                             scroll->setWidgetResizable(true);
                             scroll->setWidget(panel);
                             const int tab = tabs->addTab(scroll, TrainerPanel::tr("&Exercise"));
                             tabs->setCurrentIndex(tab);
                             auto* desk = new TrainerDesk(*panel, *client, &workstation);
                             desk->loadScenarios();
                         } else if (role == u"agent" && workstation.desk()) {
                             auto* script = new CallerScriptPanel;
                             tabs->addTab(script, CallerScriptPanel::tr("The &caller says"));
                             new TraineeDesk(*workstation.desk(), *script, *client, &window, &workstation);
                             QObject::connect(workstation.desk(), &ContactDesk::opened, tabs,
                                              [tabs, script] { tabs->setCurrentWidget(script); });
                         }
                     });
}

TrainerDesk::TrainerDesk(TrainerPanel& panel, sync::RestClient& client, QObject* parent)
    : QObject(parent)
    , m_panel(panel)
    , m_client(client)
{
    m_poll.setInterval(std::chrono::seconds(1));
    connect(&m_poll, &QTimer::timeout, this, &TrainerDesk::refresh);
    connect(&m_panel, &TrainerPanel::startRequested, this, [this](const QString& scenarioId, int speed) {
        answer("POST", QStringLiteral("/training/runs"),
               QJsonObject{{QStringLiteral("scenarioId"), scenarioId}, {QStringLiteral("speed"), speed}});
    });
    connect(&m_panel, &TrainerPanel::pauseRequested, this,
            [this] { answer("POST", QStringLiteral("/training/runs/%1/pause").arg(m_runId)); });
    connect(&m_panel, &TrainerPanel::resumeRequested, this,
            [this] { answer("POST", QStringLiteral("/training/runs/%1/resume").arg(m_runId)); });
    connect(&m_panel, &TrainerPanel::resetRequested, this,
            [this] { answer("POST", QStringLiteral("/training/runs/%1/reset").arg(m_runId)); });
    connect(&m_panel, &TrainerPanel::speedRequested, this, [this](int speed) {
        answer("PUT", QStringLiteral("/training/runs/%1/speed").arg(m_runId),
               QJsonObject{{QStringLiteral("speed"), speed}});
    });
    connect(&m_panel, &TrainerPanel::injectRequested, this, [this] {
        // A contact the scenario does not have: the trainer's "one more on the line".
        ++m_injected;
        const QJsonObject body{
            {QStringLiteral("channel"), QStringLiteral("phone")},
            {QStringLiteral("queue"), QStringLiteral("anmalan")},
            {QStringLiteral("priority"), 3},
            {QStringLiteral("subject"), tr("Extra contact from the trainer (%1)").arg(m_injected)},
            {QStringLiteral("caller"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Extra Testperson")},
                                                   {QStringLiteral("phone"), QStringLiteral("070-174 06 40")}}}};
        sync::ApiJob* job = m_client.post(QStringLiteral("/training/runs/%1/contacts").arg(m_runId), body);
        connect(job, &sync::ApiJob::finished, this, [this](sync::ApiJob* done) {
            m_panel.showError(done->outcome() == sync::ApiJob::Outcome::Ok ? QString() : done->errorText());
            refresh();
        });
    });
}

void TrainerDesk::loadScenarios()
{
    sync::ApiJob* job = m_client.get(QStringLiteral("/training/scenarios"));
    connect(job, &sync::ApiJob::finished, this, [this](sync::ApiJob* done) {
        if (done->outcome() != sync::ApiJob::Outcome::Ok) {
            m_panel.showError(done->errorText());
            return;
        }
        m_panel.setScenarios(done->json().value(u"items").toArray());
    });
}

void TrainerDesk::answer(const char* method, const QString& path, const QJsonObject& body)
{
    sync::ApiJob* job = qstrcmp(method, "PUT") == 0 ? m_client.put(path, body) : m_client.post(path, body);
    connect(job, &sync::ApiJob::finished, this, [this](sync::ApiJob* done) {
        if (done->outcome() != sync::ApiJob::Outcome::Ok) {
            m_panel.showError(done->errorText());
            return;
        }
        m_panel.showError({});
        m_runId = done->json().value(u"id").toString();
        m_panel.setRun(done->json());
        m_poll.start();
    });
}

void TrainerDesk::refresh()
{
    if (m_runId.isEmpty())
        return;
    sync::ApiJob* job = m_client.get(QStringLiteral("/training/runs/%1").arg(m_runId));
    connect(job, &sync::ApiJob::finished, this, [this](sync::ApiJob* done) {
        if (done->outcome() == sync::ApiJob::Outcome::Ok && done->json().value(u"id").toString() == m_runId)
            m_panel.setRun(done->json());
    });
}

TraineeDesk::TraineeDesk(ContactDesk& desk, CallerScriptPanel& script, sync::RestClient& client, QWidget* dialogParent,
                         QObject* parent)
    : QObject(parent)
    , m_script(script)
    , m_client(client)
    , m_dialogParent(dialogParent)
{
    m_retry.setInterval(std::chrono::seconds(1));
    connect(&m_retry, &QTimer::timeout, this, &TraineeDesk::askForResult);
    connect(&desk, &ContactDesk::opened, this, &TraineeDesk::onOpened);
    connect(&desk, &ContactDesk::idle, this, [this] {
        // The pane closed: the contact was completed (or handed back); its result follows.
        if (!m_open.isEmpty()) {
            m_waiting = m_open;
            m_open.clear();
            m_tries = 0;
            m_retry.start();
        }
        m_script.setScript({}, {});
    });
}

void TraineeDesk::onOpened(const QString& contactId)
{
    if (!m_open.isEmpty() && m_open != contactId) {
        m_waiting = m_open; // completed and the next one opened at once
        m_tries = 0;
        m_retry.start();
    }
    m_open.clear();
    m_script.setScript({}, {});
    sync::ApiJob* job = m_client.get(QStringLiteral("/training/contacts/%1").arg(contactId));
    connect(job, &sync::ApiJob::finished, this, [this, contactId](sync::ApiJob* done) {
        if (done->outcome() != sync::ApiJob::Outcome::Ok)
            return; // an ordinary contact: nothing to show
        m_open = contactId;
        m_script.setScript(tr("Exercise contact"), done->json().value(u"script").toString());
    });
}

void TraineeDesk::askForResult()
{
    if (m_waiting.isEmpty() || ++m_tries > 30) {
        m_retry.stop();
        return;
    }
    const QString contactId = m_waiting;
    sync::ApiJob* job = m_client.get(QStringLiteral("/training/contacts/%1").arg(contactId));
    connect(job, &sync::ApiJob::finished, this, [this, contactId](sync::ApiJob* done) {
        const QJsonObject result = done->json().value(u"result").toObject();
        if (result.isEmpty() || m_waiting != contactId)
            return;
        m_waiting.clear();
        m_retry.stop();
        auto* dialog = new TrainingFeedbackDialog(result, m_dialogParent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        Q_EMIT feedbackShown(result);
    });
}

} // namespace kc
