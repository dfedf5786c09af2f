// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "server/store/intakestore.h"

#include "core/jsoncodec.h"
#include "core/personnummer.h"
#include "core/referencedata.h"
#include "core/validation.h"
#include "server/auth.h"
#include "server/store.h"
#include "server/store/auditlog.h"
#include "server/store/changerecorder.h"
#include "server/store/storecommon.h"

#include <QCoreApplication>

namespace kc::server {

using namespace detail;

namespace {

constexpr int MaxExternalId = 200;
constexpr int MaxCallbackDays = 14;
constexpr int MaxCallbackNote = 2000;
constexpr int SubjectLength = 60;

QString validationText(const char* source)
{
    // The shared content rules' own words (core/validation.cpp), so the agent reads the same
    // sentence in the form and in the list of problems.
    return QCoreApplication::translate("kc::Validation", source);
}

void addProblem(QJsonArray& problems, const QString& field, const QString& message)
{
    problems.append(QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("message"), message}});
}

// A time the citizen typed: a problem when it is not one, or lies in the future.
std::optional<QDateTime> checkTime(QJsonArray& problems, const QJsonObject& object, const QString& key,
                                   const QString& path, const QDateTime& now, bool futureIsWrong)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const QDateTime t = v.isString() ? json::parseTimestamp(v.toString()) : QDateTime();
    if (!t.isValid()) {
        addProblem(problems, path, Store::tr("Not a date and time that can be read; ask the citizen when it was."));
        return std::nullopt;
    }
    if (futureIsWrong && t > now)
        addProblem(problems, path, Store::tr("The date lies in the future; ask the citizen when it happened."));
    return t;
}

ApiError refusedField(const QString& field, const QString& message)
{
    ApiError e = error(422, "validation_failed", message);
    e.fields.insert(field, message);
    return e;
}

// The externalId of a submission, or the refusal.
ApiResult<QString> externalIdOf(const QJsonObject& body)
{
    const QJsonValue v = body.value(u"externalId");
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return refusedField(QStringLiteral("externalId"),
                            Store::tr("externalId is missing: the e-service's own id of the submission."));
    if (v.toString().size() > MaxExternalId)
        return refusedField(QStringLiteral("externalId"),
                            Store::tr("externalId is too long (at most %1 characters).").arg(MaxExternalId));
    return v.toString();
}

// A person as typed, as far as it decodes: the name at least.
Person personAsTyped(const QJsonValue& v, const QString& fallbackName)
{
    if (auto p = json::fromJson<Person>(v))
        return *p;
    Person p;
    p.name = v.toObject().value(u"name").toString(fallbackName);
    return p;
}

} // namespace

QJsonArray IntakeStore::webReportProblems(const QJsonObject& body, const QDateTime& now)
{
    QJsonArray problems;
    const ReferenceData& ref = ReferenceData::builtin();
    const QDate today = now.toLocalTime().date();
    checkTime(problems, body, QStringLiteral("submittedAt"), QStringLiteral("submittedAt"), now, false);
    if (body.value(u"category").toString().trimmed().isEmpty())
        addProblem(problems, QStringLiteral("category"), Store::tr("The citizen chose no category."));

    // The reporter: first what does not even decode, then the content rules of a person.
    const QJsonValue reporter = body.value(u"reporter");
    if (auto decoded = json::fromJson<Person>(reporter, QStringLiteral("reporter")); !decoded) {
        addProblem(problems, decoded.error().path, decoded.error().message);
    } else {
        for (const Error& e : validatePerson(*decoded, QStringLiteral("reporter"), true, today, ref))
            addProblem(problems, e.path, e.message);
    }

    const QJsonObject report = body.value(u"report").toObject();
    if (const QJsonValue code = report.value(u"offenceCode"); !code.isUndefined() && !code.isNull()) {
        const OffenceType* o = code.isString() ? ref.offenceType(code.toString()) : nullptr;
        if (!o)
            addProblem(problems, QStringLiteral("report.offenceCode"), validationText("Unknown offence code."));
        else if (o->isEnded())
            addProblem(problems, QStringLiteral("report.offenceCode"),
                       Store::tr("The offence code is no longer in use; choose the current one."));
    }
    const auto from =
        checkTime(problems, report, QStringLiteral("occurredFrom"), QStringLiteral("report.occurredFrom"), now, true);
    if (!report.contains(u"occurredFrom"))
        addProblem(problems, QStringLiteral("report.occurredFrom"),
                   Store::tr("The citizen gave no time; ask when it happened."));
    const auto to =
        checkTime(problems, report, QStringLiteral("occurredTo"), QStringLiteral("report.occurredTo"), now, true);
    if (from && to && *to < *from)
        addProblem(problems, QStringLiteral("report.occurredTo"),
                   Store::tr("The end lies before the start; ask the citizen which is right."));
    const QJsonValue municipality = report.value(u"location").toObject().value(u"municipalityCode");
    if (municipality.isUndefined() || municipality.isNull() || municipality.toString().isEmpty())
        addProblem(problems, QStringLiteral("report.location.municipalityCode"),
                   validationText("Choose the municipality where it happened."));
    else if (!municipality.isString() || !ref.municipality(municipality.toString()))
        addProblem(problems, QStringLiteral("report.location.municipalityCode"),
                   validationText("Unknown municipality code."));
    if (report.value(u"narrative").toString().trimmed().isEmpty())
        addProblem(problems, QStringLiteral("report.narrative"), validationText("Describe what happened."));
    return problems;
}

ApiResult<IntakeStore::Intake> IntakeStore::webReport(const User& by, const QJsonObject& body)
{
    const auto externalId = externalIdOf(body);
    if (!externalId)
        return externalId.error();
    if (!body.value(u"reporter").isObject())
        return refusedField(QStringLiteral("reporter"), Store::tr("The submission has no reporter."));
    if (!body.value(u"report").isObject())
        return refusedField(QStringLiteral("report"), Store::tr("The submission has no report."));
    // The whole submission as received (fields this server does not know too), and the problems.
    QJsonObject kept = body;
    kept.insert(QStringLiteral("problems"), webReportProblems(body, m_options.now()));

    Contact c;
    c.channel = Channel::Web;
    c.queue = QStringLiteral("anmalan");
    c.priority = 3;
    c.caller = personAsTyped(body.value(u"reporter"), QString());
    const QString category = body.value(u"category").toString().trimmed();
    c.subject = category.isEmpty() ? Store::tr("Web report") : category.left(limits::ShortText);
    c.webReport = kept;
    return insert(by, c, QStringLiteral("web_report"), *externalId);
}

ApiResult<IntakeStore::Intake> IntakeStore::tip(const User& by, const QJsonObject& body)
{
    const auto externalId = externalIdOf(body);
    if (!externalId)
        return externalId.error();
    const QString what = body.value(u"what").toString().trimmed();
    if (what.isEmpty())
        return refusedField(QStringLiteral("what"), Store::tr("The tip says nothing: \"what\" is missing."));
    if (!body.value(u"anonymous").isBool())
        return refusedField(QStringLiteral("anonymous"),
                            Store::tr("Say whether the tip is anonymous (true or false)."));
    const bool anonymous = body.value(u"anonymous").toBool();
    if (!anonymous && !body.value(u"contact").isObject())
        return refusedField(QStringLiteral("contact"),
                            Store::tr("A tip that is not anonymous needs the tipster's contact details."));
    QJsonObject kept = body; // as received, except what could name an anonymous tipster
    Contact c;
    c.channel = Channel::Web;
    c.queue = QStringLiteral("tips");
    c.priority = 4;
    if (anonymous) {
        // Nothing that could name the tipster is stored, even when the form sent it.
        kept.remove(QStringLiteral("contact"));
        c.caller.name = QStringLiteral("Anonym tipsare");
    } else {
        c.caller = personAsTyped(body.value(u"contact"), QStringLiteral("Tipsare"));
    }
    c.subject = what.left(SubjectLength);
    c.tip = kept;
    return insert(by, c, QStringLiteral("tip"), *externalId);
}

ApiResult<IntakeStore::Intake> IntakeStore::insert(const User& by, Contact c, const QString& kind,
                                                   const QString& externalId)
{
    const QDate today = m_options.now().toLocalTime().date();
    // Only a valid personnummer or phone goes to the search columns; the caller JSON keeps it as typed.
    const Person normalized = normalizedPerson(c.caller, today);
    std::optional<QString> pnr;
    if (normalized.personnummer)
        if (auto parsed = Personnummer::parse(*normalized.personnummer, today))
            pnr = parsed->digits();
    c.id = auth::newId("c");
    c.state = ContactState::Waiting;
    c.receivedAt = m_options.now();
    c.version = 1;
    Transaction tx(m_db);
    if (!tx.ok())
        return internalError();
    // The unique (external_kind, external_id) decides a retry race: the loser inserts nothing and
    // answers the winner's contact.
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO contacts (id, channel, queue, state, priority, caller, caller_personnummer,"
                       " caller_phone, subject, language, received_at, version, created_by, external_kind,"
                       " external_id, web_report, tip) VALUES (?, ?, ?, 'waiting', ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?,"
                       " ?) ON CONFLICT (external_kind, external_id) DO NOTHING RETURNING id"),
        {c.id, wireName(c.channel), c.queue, c.priority, compact(json::toJson(c.caller)), nullable(pnr),
         nullable(normalized.phone), c.subject, c.language, ms(c.receivedAt), by.id, kind, externalId,
         c.webReport ? QVariant(compact(*c.webReport)) : QVariant(QMetaType(QMetaType::QString)),
         c.tip ? QVariant(compact(*c.tip)) : QVariant(QMetaType(QMetaType::QString))});
    if (!q)
        return internalError();
    const bool created = q->next();
    q->finish();
    if (!created) {
        if (!tx.commit()) // nothing was written
            return internalError();
        // A retry is the same gateway account sending the same submission. Anything else with this
        // id gets nothing back: an id must never open someone's report to another account, and a
        // different submission under a used id is refused rather than silently dropped.
        // (created_by follows the contact's own columns)
        const int createdBy = int(QByteArrayView(contactColumns).count(',')) + 1;
        auto existing =
            m_db.exec(QStringLiteral("SELECT %1, created_by FROM contacts WHERE external_kind = ? AND external_id = ?")
                          .arg(QLatin1String(contactColumns)),
                      {kind, externalId});
        if (!existing || !existing->next())
            return internalError();
        const Contact found = contactFromRow(*existing);
        const bool sameAccount = existing->value(createdBy).toString() == by.id;
        existing->finish();
        const auto withoutProblems = [](QJsonObject o) {
            o.remove(QStringLiteral("problems"));
            return o;
        };
        const std::optional<QJsonObject> sent = c.webReport ? c.webReport : c.tip;
        const std::optional<QJsonObject> stored = c.webReport ? found.webReport : found.tip;
        if (!sameAccount || !sent || !stored || withoutProblems(*sent) != withoutProblems(*stored))
            return error(409, "conflict",
                         Store::tr("This externalId has already been used for another submission; "
                                   "a retry must send the same submission from the same account."));
        if (!m_audit.writeRead(by, QStringLiteral("contact.read"), found.id, QStringLiteral("intake replay")))
            return internalError();
        return Intake{found, false};
    }
    if (m_recorder.append(QStringLiteral("contact"), c.id, c.version, QStringLiteral("contact.created"), c.queue,
                          QString()) < 0 ||
        !m_audit.write(by.id, QStringLiteral("contact.create"), c.id, kind) || !m_recorder.commit(tx))
        return internalError();
    return Intake{c, true};
}

ApiResult<std::optional<CallbackBooking>> IntakeStore::bookingFrom(const QJsonObject& body, Disposition disposition,
                                                                   const QDateTime& now)
{
    if (disposition != Disposition::CallbackBooked) {
        if (body.contains(u"callbackAt"))
            return refusedField(QStringLiteral("callbackAt"),
                                Store::tr("A callback time belongs only to the disposition callback_booked."));
        return std::optional<CallbackBooking>();
    }
    const QJsonValue at = body.value(u"callbackAt");
    if (!at.isString())
        return refusedField(QStringLiteral("callbackAt"), Store::tr("Give the time of the callback (callbackAt)."));
    CallbackBooking booking;
    booking.at = json::parseTimestamp(at.toString());
    if (!booking.at.isValid())
        return refusedField(QStringLiteral("callbackAt"),
                            Store::tr("callbackAt must be a time with offset, e.g. 2026-11-27T14:30:00Z."));
    if (booking.at <= now)
        return refusedField(QStringLiteral("callbackAt"), Store::tr("The callback time has already passed."));
    if (booking.at > now.addDays(MaxCallbackDays))
        return refusedField(QStringLiteral("callbackAt"),
                            Store::tr("A callback can be booked at most %1 days ahead.").arg(MaxCallbackDays));
    booking.at = booking.at.toUTC();
    if (const QJsonValue note = body.value(u"callbackNote"); !note.isUndefined() && !note.isNull()) {
        if (!note.isString())
            return refusedField(QStringLiteral("callbackNote"), Store::tr("The callback note must be text."));
        if (note.toString().size() > MaxCallbackNote)
            return refusedField(
                QStringLiteral("callbackNote"),
                Store::tr("The callback note is too long (at most %1 characters).").arg(MaxCallbackNote));
        if (!note.toString().trimmed().isEmpty())
            booking.note = note.toString();
    }
    return std::optional<CallbackBooking>(booking);
}

std::optional<ApiError> IntakeStore::dispositionRefused(const Contact& contact, Disposition disposition)
{
    const bool tipDisposition = disposition == Disposition::TipForwarded || disposition == Disposition::NoAction;
    if (contact.tip && !tipDisposition)
        return refusedField(QStringLiteral("disposition"),
                            Store::tr("A tip is completed with tip_forwarded or no_action; it never becomes a "
                                      "report."));
    if (!contact.tip && disposition == Disposition::TipForwarded)
        return refusedField(QStringLiteral("disposition"), Store::tr("Only a tip can be forwarded as a tip."));
    return std::nullopt;
}

std::optional<Contact> IntakeStore::insertCallback(Database& db, const Contact& original,
                                                   const CallbackBooking& booking, const QString& byId)
{
    Contact c;
    c.id = auth::newId("c");
    c.channel = Channel::Phone;
    c.queue = original.queue;
    c.state = ContactState::Scheduled;
    c.priority = std::max(1, original.priority - 1);
    c.caller = original.caller;
    c.subject = original.subject;
    c.language = original.language;
    c.receivedAt = booking.at; // until it is due: when it will be; then the time it turned waiting
    c.version = 1;
    c.callbackOf = original.id;
    c.callbackAt = booking.at;
    c.callbackNote = booking.note;
    auto q = db.exec(QStringLiteral("INSERT INTO contacts (id, channel, queue, state, priority, caller,"
                                    " caller_personnummer, caller_phone, subject, language, received_at, version,"
                                    " created_by, callback_of, callback_at, callback_note) SELECT ?, ?, queue,"
                                    " 'scheduled', ?, caller, caller_personnummer, caller_phone, subject, language, ?,"
                                    " 1, ?, id, ?, ? FROM contacts WHERE id = ?"),
                     {c.id, wireName(c.channel), c.priority, ms(c.receivedAt), byId, ms(booking.at),
                      nullable(booking.note), original.id});
    if (!q)
        return std::nullopt;
    return c;
}

} // namespace kc::server
