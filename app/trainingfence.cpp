// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "app/trainingfence.h"

#include "sync/restclient.h"

#include <QEvent>
#include <QWidget>

namespace kc {

ServerFence::ServerFence(QObject* parent)
    : QObject(parent)
{}

QString ServerFence::refusal(bool demoWorkstation, bool demoServer)
{
    if (demoWorkstation && !demoServer)
        return tr("This is a real server, not a training server. In training mode (--demo) the workstation "
                  "only connects to a training server (kontaktcenter-server --demo).");
    if (!demoWorkstation && demoServer)
        return tr("This is a training server with made-up data. Start the workstation in training mode "
                  "(kontaktcenter --demo --server ADDRESS) to practise; real work is never done there.");
    return {};
}

void ServerFence::check(const QString& serverUrl, bool demoWorkstation,
                        std::function<void(std::optional<QString> refusal)> done)
{
    auto* client = new sync::RestClient(&m_nam, this);
    client->setAllowPlainHttp(true); // only /health, no token and no personal data
    client->setTimeout(std::chrono::seconds(10));
    if (!client->setServer(serverUrl)) {
        client->deleteLater();
        done(std::nullopt); // the sign-in names what is wrong with the address
        return;
    }
    sync::ApiJob* job = client->get(QStringLiteral("/health"));
    connect(job, &sync::ApiJob::finished, this, [client, demoWorkstation, done](sync::ApiJob* finished) {
        client->deleteLater();
        if (finished->outcome() != sync::ApiJob::Outcome::Ok) {
            done(std::nullopt);
            return;
        }
        const QString refused = refusal(demoWorkstation, finished->json().value(u"demo").toBool());
        done(refused.isEmpty() ? std::nullopt : std::optional<QString>(refused));
    });
}

TitleFence::TitleFence(QObject* parent)
    : QObject(parent)
{}

QString TitleFence::suffix()
{
    return QStringLiteral(" ") + tr("(training)");
}

void TitleFence::mark(QWidget* window)
{
    const QString title = window->windowTitle();
    if (!title.endsWith(suffix()))
        window->setWindowTitle(title + suffix());
}

bool TitleFence::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Show || event->type() == QEvent::WindowTitleChange) {
        if (watched->isWidgetType()) {
            auto* widget = static_cast<QWidget*>(watched);
            if (widget->isWindow())
                mark(widget); // a title change from mark() itself already ends with the suffix
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kc
