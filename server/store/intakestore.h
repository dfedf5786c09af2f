// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Where contacts come from besides POST /contacts (issue 15): the e-services' web reports and tips
// (POST /intake/web-reports, /intake/tips) and the callbacks agents book when they complete with
// callback_booked.
//
// Web reports: nothing of the citizen's is lost. The submission is kept verbatim (webReport on the
// contact) even when values are wrong; each problem found (an invalid personnummer, a date in the
// future, an unknown kommun or offence code, …) is listed in webReport.problems with its dotted
// path into the submission and a Swedish message for the agent. Only a submission that is not one
// at all (no externalId, reporter or report not an object) is refused (422).
// Tips: an anonymous tip stores no contact details, even if some were sent. A tip is completed
// only with tip_forwarded or no_action and is never linked to a report (ReportStore refuses it).
// Idempotency: (kind, externalId) is unique in the database; the same externalId again answers the
// contact made the first time (created == false), also when two instances race.
// Callbacks: bookingFrom() reads callbackAt/callbackNote of a complete body; insertCallback() adds
// the scheduled contact inside the completing transaction. Supervision::evaluateCallbacks() turns
// it waiting at its time and raises callback_missed.
//
// Invariants: every create is audited and appends contact.created in its transaction; a replay is
// audited as a read. Thread rules: the thread that owns the Database (the server's thread).
#pragma once

#include "core/types.h"
#include "server/apierror.h"
#include "server/database.h"
#include "server/serveroptions.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace kc::server {

class AuditLog;
class ChangeRecorder;

struct CallbackBooking
{
    QDateTime at;
    std::optional<QString> note;
};

class IntakeStore
{
public:
    IntakeStore(Database& db, const ServerOptions& options, AuditLog& audit, ChangeRecorder& recorder)
        : m_db(db)
        , m_options(options)
        , m_audit(audit)
        , m_recorder(recorder)
    {}

    struct Intake
    {
        Contact contact;
        bool created = false; // false: the same externalId came before; this is that contact
    };
    ApiResult<Intake> webReport(const User& by, const QJsonObject& body);
    ApiResult<Intake> tip(const User& by, const QJsonObject& body);

    // The problems of a web report submission: [{"field","message"}], Swedish messages.
    static QJsonArray webReportProblems(const QJsonObject& body, const QDateTime& now);

    // From a complete body: nullopt unless the disposition is callback_booked; then callbackAt must be
    // an RFC 3339 time after `now` and at most 14 days ahead (422 on callbackAt otherwise).
    static ApiResult<std::optional<CallbackBooking>> bookingFrom(const QJsonObject& body, Disposition disposition,
                                                                 const QDateTime& now);
    // The tip rules of a completion: a tip only with tip_forwarded or no_action, tip_forwarded only
    // for a tip. nullopt when allowed.
    static std::optional<ApiError> dispositionRefused(const Contact& contact, Disposition disposition);
    // Inside the caller's transaction: the scheduled callback contact of `original` (same queue,
    // channel phone, caller copied, one step more urgent). Appends nothing: the caller appends
    // contact.created for it after its own row locks.
    static std::optional<Contact> insertCallback(Database& db, const Contact& original, const CallbackBooking& booking,
                                                 const QString& byId);

private:
    ApiResult<Intake> insert(const User& by, Contact contact, const QString& kind, const QString& externalId);

    Database& m_db;
    const ServerOptions& m_options;
    AuditLog& m_audit;
    ChangeRecorder& m_recorder;
};

} // namespace kc::server
