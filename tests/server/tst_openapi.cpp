// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Keeps api/openapi.yaml and the server's route table in step: every (method, path) that
// ApiServer::routes() lists is an operation of the spec, and every operation of the spec is a
// route of the server. Also checks that every operation documents its responses and that every
// error code of the contract appears in the spec.
//
// The spec is read with a small indentation-based line parser, not a YAML library: the file keeps
// to 2-space block YAML, so paths are the 2-space keys under the top-level `paths:` that start
// with "/", operations the 4-space keys get/post/put/patch/delete under a path, and responses the
// 8-space keys under an operation's 6-space `responses:`. Block scalars (`|`, `>`) are skipped.
#include "server/apiserver.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

struct SpecOperation
{
    QString method;        // upper case, "GET"
    QString path;          // as the spec writes it, "/contacts/{id}/accept"
    QStringList responses; // the keys under `responses:`, "200", "default", … (unquoted)
    QStringList roles;     // x-roles, e.g. ["agent", "supervisor"] or ["anyone"]
    QStringList demoRoles; // x-demo-roles: allowed on a demo server only
};

qsizetype indentOf(QStringView line)
{
    qsizetype n = 0;
    while (n < line.size() && line[n] == u' ')
        ++n;
    return n;
}

// The key of a block-mapping line ("/contacts/{id}:", "get:", "'200':", "responses: {}"),
// without quotes, and the rest of the line after the colon; an empty key for anything else
// (list items, comments, text without "key:").
std::pair<QString, QStringView> splitKey(QStringView text)
{
    if (text.isEmpty() || text.startsWith(u'#') || text.startsWith(u'-'))
        return {};
    if (text.front() == u'\'' || text.front() == u'"') {
        const qsizetype close = text.indexOf(text.front(), 1);
        if (close < 0)
            return {};
        const QStringView rest = text.sliced(close + 1);
        if (!rest.startsWith(u':') || (rest.size() > 1 && rest[1] != u' '))
            return {};
        return {text.sliced(1, close - 1).toString(), rest.sliced(1).trimmed()};
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u':' && (i + 1 == text.size() || text[i + 1] == u' ')) {
            if (i == 0)
                return {};
            return {text.first(i).trimmed().toString(), text.sliced(i + 1).trimmed()};
        }
    }
    return {};
}

bool startsBlockScalar(QStringView value)
{
    static const QRegularExpression re(u"^[|>][-+0-9]*\\s*(#.*)?$"_s);
    return re.matchView(value).hasMatch();
}

QList<SpecOperation> parseOperations(QStringView yaml)
{
    static const QStringList methods{u"get"_s, u"post"_s, u"put"_s, u"patch"_s, u"delete"_s};
    QList<SpecOperation> ops;
    bool inPaths = false;
    bool inResponses = false;
    QString path;               // the current path item, empty when none
    qsizetype current = -1;     // index into ops of the current operation, -1 when none
    qsizetype blockIndent = -1; // indentation of the key that opened a block scalar, -1 when none
    for (QStringView line : yaml.tokenize(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        const qsizetype indent = indentOf(line);
        const QStringView text = line.sliced(indent).trimmed();
        if (blockIndent >= 0) {
            if (text.isEmpty() || indent > blockIndent)
                continue; // inside the block scalar
            blockIndent = -1;
        }
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        const auto [key, value] = splitKey(text);
        if (!key.isEmpty() && startsBlockScalar(value))
            blockIndent = indent;
        if (indent == 0) {
            inPaths = key == u"paths";
            path.clear();
            current = -1;
            inResponses = false;
            continue;
        }
        if (!inPaths || key.isEmpty())
            continue;
        if (indent == 2) {
            path = key.startsWith(u'/') ? key : QString();
            current = -1;
            inResponses = false;
        } else if (indent == 4) {
            current = -1;
            inResponses = false;
            if (!path.isEmpty() && methods.contains(key)) {
                ops.append({key.toUpper(), path, {}, {}, {}});
                current = ops.size() - 1;
            }
        } else if (indent == 6) {
            inResponses = current >= 0 && key == u"responses";
            if (current >= 0 && (key == u"x-roles" || key == u"x-demo-roles")) {
                QString list = value.toString().trimmed();
                list.remove(u'[').remove(u']');
                QStringList roles;
                for (const QString& r : list.split(u',', Qt::SkipEmptyParts))
                    roles << r.trimmed();
                roles.sort();
                (key == u"x-roles" ? ops[current].roles : ops[current].demoRoles) = roles;
            }
        } else if (indent == 8 && inResponses) {
            ops[current].responses.append(key);
        }
    }
    return ops;
}

QString specFile()
{
#ifdef KC_SOURCE_DIR
    return QStringLiteral(KC_SOURCE_DIR "/api/openapi.yaml");
#else
    return QStringLiteral(QT_TESTCASE_SOURCEDIR "/../api/openapi.yaml");
#endif
}

using Route = std::pair<QString, QString>; // (path, method): sorts by path, then method

QString describe(const QList<Route>& routes)
{
    QString out;
    for (const Route& r : routes)
        out += u"  "_s + r.second + u' ' + r.first + u'\n';
    return out;
}

// Every route that occurs more than once in `routes`, once each.
QList<Route> duplicates(QList<Route> routes)
{
    std::sort(routes.begin(), routes.end());
    QList<Route> out;
    for (qsizetype i = 1; i < routes.size(); ++i) {
        if (routes[i] == routes[i - 1] && (out.isEmpty() || out.last() != routes[i]))
            out.append(routes[i]);
    }
    return out;
}

// The routes of `a` that are not in `b`, sorted.
QList<Route> missingFrom(const QList<Route>& a, const QList<Route>& b)
{
    QList<Route> out;
    for (const Route& r : a) {
        if (!b.contains(r) && !out.contains(r))
            out.append(r);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestOpenApi : public QObject
{
    Q_OBJECT

    // Fails the current test when the spec cannot be read.
    void readSpec(QString& text)
    {
        QFile file(specFile());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName() + u": "_s + file.errorString()));
        text = QString::fromUtf8(file.readAll());
        QVERIFY2(!text.isEmpty(), qPrintable(file.fileName() + u" is empty"_s));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parserReadsOperations()
    {
        const QString yaml = uR"(openapi: 3.1.0
info:
  title: Test
  description: |
    Paths come later.
    get:
      responses:
webhooks:
  /hook:
    post:
      responses:
        '200':
          description: not under paths
paths:
  # a comment at path level
  /plain:
    summary: A path item
    description: |
      get:
        responses:
    parameters:
      - name: id
    get:
      summary: First
      description: >-
        Text that looks like YAML:
      responses:
        '200':   # a comment
          description: ok
          content:
            application/json:
              schema:
                properties:
                  get:
                    type: string
        default:
          description: error
      tags: [x]
    post:
      responses:
        "201":
          description: created
  '/quoted/{id}':
    x-get:
      responses:
        '200':
          description: extension, not an operation
    delete:
      responses: {}
    put:
      description: |2
          '418':
      responses:
        '204':
          description: gone
  x-extension:
    get:
      responses:
        '200':
          description: not a path
components:
  schemas:
    get:
      type: object
  /not-a-path:
    get: {}
)"_s;
        const QList<SpecOperation> ops = parseOperations(yaml);
        QCOMPARE(ops.size(), 4);
        QCOMPARE(ops[0].method, u"GET"_s);
        QCOMPARE(ops[0].path, u"/plain"_s);
        QCOMPARE(ops[0].responses, (QStringList{u"200"_s, u"default"_s}));
        QCOMPARE(ops[1].method, u"POST"_s);
        QCOMPARE(ops[1].path, u"/plain"_s);
        QCOMPARE(ops[1].responses, QStringList{u"201"_s});
        QCOMPARE(ops[2].method, u"DELETE"_s);
        QCOMPARE(ops[2].path, u"/quoted/{id}"_s);
        QCOMPARE(ops[2].responses, QStringList());
        QCOMPARE(ops[3].method, u"PUT"_s);
        QCOMPARE(ops[3].path, u"/quoted/{id}"_s);
        QCOMPARE(ops[3].responses, QStringList{u"204"_s});

        // Windows line endings read the same.
        QString crlf = yaml;
        crlf.replace(u"\n"_s, u"\r\n"_s);
        const QList<SpecOperation> again = parseOperations(crlf);
        QCOMPARE(again.size(), ops.size());
        for (qsizetype i = 0; i < ops.size(); ++i) {
            QCOMPARE(again[i].method, ops[i].method);
            QCOMPARE(again[i].path, ops[i].path);
            QCOMPARE(again[i].responses, ops[i].responses);
        }

        // The comparison helpers.
        const QList<Route> a{{u"/a"_s, u"GET"_s}, {u"/b"_s, u"POST"_s}, {u"/a"_s, u"GET"_s}};
        const QList<Route> b{{u"/b"_s, u"POST"_s}, {u"/c"_s, u"PUT"_s}};
        QCOMPARE(missingFrom(a, b), (QList<Route>{{u"/a"_s, u"GET"_s}}));
        QCOMPARE(missingFrom(b, a), (QList<Route>{{u"/c"_s, u"PUT"_s}}));
        QCOMPARE(duplicates(a), (QList<Route>{{u"/a"_s, u"GET"_s}}));
        QCOMPARE(describe(missingFrom(b, a)), u"  PUT /c\n"_s);
    }

    void specMatchesServerRoutes()
    {
        QString text;
        readSpec(text);
        if (QTest::currentTestFailed())
            return;
        QList<Route> spec;
        for (const SpecOperation& op : parseOperations(text))
            spec.append({op.path, op.method});
        QVERIFY2(!spec.isEmpty(), "no operations found under paths: in api/openapi.yaml");

        QList<Route> server;
        for (const kc::server::RouteInfo& r : kc::server::ApiServer::routes())
            server.append({r.path, QString::fromLatin1(r.method).toUpper()});

        const QList<Route> onlyServer = missingFrom(server, spec);
        const QList<Route> onlySpec = missingFrom(spec, server);
        const QList<Route> twiceServer = duplicates(server);
        const QList<Route> twiceSpec = duplicates(spec);
        QString problems;
        if (!onlyServer.isEmpty())
            problems +=
                u"In the server but not in api/openapi.yaml (%1):\n"_s.arg(onlyServer.size()) + describe(onlyServer);
        if (!onlySpec.isEmpty())
            problems +=
                u"In api/openapi.yaml but not in the server (%1):\n"_s.arg(onlySpec.size()) + describe(onlySpec);
        if (!twiceServer.isEmpty())
            problems += u"Listed more than once by ApiServer::routes():\n"_s + describe(twiceServer);
        if (!twiceSpec.isEmpty())
            problems += u"Listed more than once in api/openapi.yaml:\n"_s + describe(twiceSpec);
        QVERIFY2(problems.isEmpty(), qPrintable(u"api/openapi.yaml and ApiServer::routes() differ.\n"_s + problems));
    }

    // Who may call what is written once, in the server's route table; the spec must say the same.
    void specRolesMatchServerRoutes()
    {
        QString text;
        readSpec(text);
        if (QTest::currentTestFailed())
            return;
        const QList<SpecOperation> ops = parseOperations(text);
        QString problems;
        for (const kc::server::RouteInfo& r : kc::server::ApiServer::routes()) {
            const auto op = std::find_if(ops.cbegin(), ops.cend(), [&r](const SpecOperation& o) {
                return o.path == r.path && o.method == QString::fromLatin1(r.method).toUpper();
            });
            if (op == ops.cend())
                continue; // specMatchesServerRoutes reports it
            QStringList roles = r.signedIn ? r.roles : QStringList{u"anyone"_s};
            QStringList demo = r.demoRoles;
            roles.sort();
            demo.sort();
            if (op->roles != roles)
                problems += u"  %1 %2: x-roles [%3], server [%4]\n"_s.arg(op->method, op->path, op->roles.join(u", "_s),
                                                                          roles.join(u", "_s));
            if (op->demoRoles != demo)
                problems += u"  %1 %2: x-demo-roles [%3], server [%4]\n"_s.arg(
                    op->method, op->path, op->demoRoles.join(u", "_s), demo.join(u", "_s));
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"api/openapi.yaml and the route table disagree on roles:\n"_s + problems));
    }

    void specIsComplete()
    {
        QString text;
        readSpec(text);
        if (QTest::currentTestFailed())
            return;
        QString problems;
        if (text.contains(u'\t'))
            problems += u"Contains a tab; indent with spaces only.\n"_s;

        const QList<SpecOperation> ops = parseOperations(text);
        if (ops.isEmpty())
            problems += u"No operations found under paths:.\n"_s;
        for (const SpecOperation& op : ops) {
            if (op.responses.isEmpty())
                problems += u"No entry under responses: "_s + op.method + u' ' + op.path + u'\n';
        }

        // The error codes of ../shared/API.md, Conventions.
        const QStringList codes{
            u"unauthenticated"_s,   u"forbidden"_s,
            u"not_found"_s,         u"already_assigned"_s,
            u"version_conflict"_s,  u"precondition_required"_s,
            u"validation_failed"_s, u"idempotency_key_reused"_s,
            u"payload_too_large"_s, u"unsupported_media_type"_s,
            u"rate_limited"_s,      u"malformed_json"_s,
        };
        for (const QString& code : codes) {
            if (!text.contains(code))
                problems += u"Error code missing: "_s + code + u'\n';
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u"api/openapi.yaml is incomplete.\n"_s + problems));
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
