// The REST service of ../shared/API.md over Qt HttpServer 6.8. This first cut serves
// GET /api/v1/health and answers every other path with the contract's JSON error shape; the
// full contract (sessions, contacts, reports, events, audit) builds on it.
//
// Qt 6.8 has no QHttpServer::listen(): we own the QTcpServer and bind() it. Thread rules: create,
// listen and destroy on one thread with an event loop; all routes run on that thread.
#pragma once

#include <QHostAddress>
#include <QObject>

#include <memory>

class QHttpServer;
class QTcpServer;

namespace kc::server {

class ApiServer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString databaseKind = QStringLiteral("sqlite"); // reported by /health
        bool demo = false;
    };

    explicit ApiServer(Options options, QObject* parent = nullptr);
    ~ApiServer() override;

    // Port 0 picks a free port; port() tells which. Returns false with errorString() set.
    bool listen(const QHostAddress& address, quint16 port);
    quint16 port() const;
    QString errorString() const { return m_error; }

private:
    void setUpRoutes();

    Options m_options;
    std::unique_ptr<QHttpServer> m_http;
    QTcpServer* m_tcp = nullptr; // owned by m_http once bound
    QString m_error;
};

} // namespace kc::server
