// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "app/areadesk.h"

#include "core/types.h"
#include "sync/restclient.h"
#include "sync/syncengine.h"
#include "ui/areaview.h"
#include "ui/mainwindow.h"
#include "ui/shortcuthelp.h"

#include <QAction>
#include <QMenu>
#include <QSplitter>

using namespace Qt::StringLiterals;

namespace kc {

bool AreaDesk::isArea(const QJsonObject& user)
{
    return user.value(u"role").toString() == wireName(Role::Area);
}

AreaDesk::AreaDesk(MainWindow& window, sync::SyncEngine& engine, sync::RestClient& client, const QJsonObject& user,
                   QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_engine(engine)
    , m_client(client)
{
    m_view = new AreaView(m_model);
    const QString area = user.value(u"policeArea").toString();
    m_view->setPoliceArea(area);
    // The agent's parts of the window give way to the area's view.
    QSplitter* main = m_window.mainSplitter();
    for (int i = 0; i < main->count(); ++i)
        main->widget(i)->hide();
    main->addWidget(m_view);
    m_view->show();
    m_view->setFocus();
    m_window.setWindowTitle(m_window.windowTitle() + u" – "_s + AreaView::areaName(area));

    m_ackAction = new QAction(tr("Acknowledge receipt"), m_view);
    m_ackAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_ackAction->setShortcutContext(Qt::WindowShortcut);
    m_ackAction->setProperty(ShortcutHelp::StepProperty, int(ShortcutHelp::Step::TakeContact));
    m_reloadAction = new QAction(tr("Refresh the list"), m_view);
    m_reloadAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_reloadAction->setShortcutContext(Qt::WindowShortcut);
    m_reloadAction->setProperty(ShortcutHelp::StepProperty, int(ShortcutHelp::Step::TakeContact));
    m_window.addActions({m_ackAction, m_reloadAction});
    QMenu* menu = m_window.contactMenu();
    menu->addActions({m_ackAction, m_reloadAction});
    connect(m_ackAction, &QAction::triggered, this, [this] {
        if (const QString id = m_view->currentReportId(); !id.isEmpty())
            acknowledge(id);
    });
    connect(m_reloadAction, &QAction::triggered, this, &AreaDesk::reload);
    connect(m_view, &AreaView::acknowledgeRequested, this, &AreaDesk::acknowledge);
    connect(this, &AreaDesk::message, &m_window, &MainWindow::statusBarMessage);

    m_refetch.setSingleShot(true);
    m_refetch.setInterval(100);
    connect(&m_refetch, &QTimer::timeout, this, &AreaDesk::reload);
    // The feed brings an area user only its own area's handoff changes: any of them means "look again".
    connect(&m_engine, &sync::SyncEngine::eventReceived, this, [this] { m_refetch.start(); });
    connect(&m_engine, &sync::SyncEngine::reportChanged, this, [this] { m_refetch.start(); });
    connect(&m_engine, &sync::SyncEngine::catchUpFinished, this, [this](bool ok) {
        if (ok)
            m_refetch.start(); // after a reconnect: what happened while away
    });
}

AreaDesk::~AreaDesk() = default;

void AreaDesk::reload()
{
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    auto* job = m_client.get(u"/handoffs"_s);
    connect(job, &sync::ApiJob::finished, this, [this](sync::ApiJob* j) {
        j->deleteLater();
        m_loading = false;
        if (j->outcome() == sync::ApiJob::Outcome::Ok) {
            m_model.setItems(j->json().value(u"items").toArray());
            Q_EMIT loaded();
        } else {
            m_view->setStatus(tr("The list could not be fetched: %1").arg(j->errorText()), true);
        }
        if (m_again) {
            m_again = false;
            reload();
        }
    });
}

void AreaDesk::acknowledge(const QString& reportId)
{
    const int row = m_model.rowOf(reportId);
    const QString caseNumber =
        row >= 0 ? m_model.index(row, HandoffModel::CaseNumberColumn).data().toString() : reportId;
    auto* job = m_client.post(u"/handoffs/%1/ack"_s.arg(reportId), QJsonObject{});
    connect(job, &sync::ApiJob::finished, this, [this, reportId, caseNumber](sync::ApiJob* j) {
        j->deleteLater();
        if (j->outcome() != sync::ApiJob::Outcome::Ok) {
            m_view->setStatus(tr("%1 could not be acknowledged: %2").arg(caseNumber, j->errorText()), true);
            return;
        }
        m_model.upsert(j->json());
        m_view->setStatus(tr("%1 acknowledged as received.").arg(caseNumber));
        Q_EMIT acknowledged(reportId);
    });
}

} // namespace kc
