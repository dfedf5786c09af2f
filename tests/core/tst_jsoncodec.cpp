// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// kc::json — the wire form of the REST contract v1: exact round trips for every type, and every
// problem reported with the right code and field path. Personnummer in the data are Skatteverket's
// published test numbers only.
#include "core/i18n.h"
#include "core/jsoncodec.h"
#include "core/types.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// ---- JSON helpers ----------------------------------------------------------------------------

QJsonObject object(const char* json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    Q_ASSERT_X(error.error == QJsonParseError::NoError, "object", json);
    return document.object();
}

QJsonObject with(QJsonObject o, const QString& key, const QJsonValue& value)
{
    o.insert(key, value);
    return o;
}

QString compact(const QJsonValue& v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return v.toVariant().toString();
}

QString describe(const kc::Error& e)
{
    return e.code + u" at \""_s + e.path + u"\": "_s + e.message;
}

// One step of a dotted path: an object key or an array index.
struct Step
{
    QString key;
    qsizetype index = -1;
};

QList<Step> steps(const QString& path)
{
    QList<Step> result;
    for (const QString& part : path.split(u'.', Qt::SkipEmptyParts)) {
        const qsizetype bracket = part.indexOf(u'[');
        result.append(Step{bracket < 0 ? part : part.left(bracket), -1});
        for (qsizetype at = bracket; at >= 0; at = part.indexOf(u'[', at + 1))
            result.append(Step{QString(), part.mid(at + 1, part.indexOf(u']', at) - at - 1).toInt()});
    }
    return result;
}

// Sets (or, with nullopt, removes) the value at `path` ("stolenItems[2].valueSek"); "" is the root.
QJsonValue patchedAt(const QJsonValue& node, QList<Step> rest, const std::optional<QJsonValue>& value)
{
    if (rest.isEmpty())
        return value.value_or(QJsonValue());
    const Step step = rest.takeFirst();
    if (step.index >= 0) {
        QJsonArray array = node.toArray();
        if (rest.isEmpty() && !value)
            array.removeAt(step.index);
        else
            array[step.index] = patchedAt(array.at(step.index), rest, value);
        return array;
    }
    QJsonObject o = node.toObject();
    if (rest.isEmpty() && !value)
        o.remove(step.key);
    else
        o.insert(step.key, patchedAt(o.value(step.key), rest, value));
    return o;
}

QJsonValue patched(const QJsonObject& root, const QString& path, const std::optional<QJsonValue>& value)
{
    return patchedAt(root, steps(path), value);
}

// ---- canonical documents: every field set, timestamps as the encoder writes them -------------

QJsonObject addressJson()
{
    return object(R"({"street": "Testgatan 1", "postalCode": "123 45", "city": "Teststad",
                      "municipalityCode": "0180"})");
}

QJsonObject reporterJson()
{
    return with(object(R"({"name": "Test Testsson", "personnummer": "200001012384", "phone": "+46701740605",
                           "email": "test.testsson@example.com"})"),
                u"address"_s, addressJson());
}

QJsonObject injuredJson()
{
    return object(R"({"name": "Testa Testsdotter", "personnummer": "197306749982"})");
}

QJsonObject contactJson()
{
    return with(object(R"({"id": "c-1", "channel": "phone", "queue": "stockholm", "state": "completed",
                           "priority": 2, "subject": "Stöld av cykel", "language": "sv",
                           "receivedAt": "2026-11-27T20:15:00Z", "assignedTo": "u-7",
                           "assignedAt": "2026-11-27T20:16:30.250Z", "completedAt": "2026-11-27T21:30:00+01:00",
                           "disposition": "report_filed", "reportId": "r-1", "version": 4})"),
                u"caller"_s, reporterJson());
}

QJsonObject suspectJson()
{
    return object(R"({"known": true, "name": "Okänd Testperson", "description": "Lång, mörk jacka"})");
}

QJsonObject stolenItemJson()
{
    return object(R"({"description": "Cykel", "brand": "Crescent", "model": "Elda", "serialNumber": "WTU123456789",
                      "valueSek": 4500})");
}

QJsonObject supplementJson()
{
    return object(R"({"at": "2026-11-28T08:00:00+01:00", "by": "u-7", "text": "Kvitto på cykeln har hittats."})");
}

QJsonObject locationJson()
{
    return with(object(R"({"municipalityCode": "0180", "description": "Utanför entrén"})"), u"address"_s,
                addressJson());
}

QJsonObject reportJson()
{
    QJsonObject r = object(R"({
        "id": "r-1", "caseNumber": "1400-K1276-26", "version": 3, "status": "registered", "contactId": "c-1",
        "offenceCode": "0818", "occurredFrom": "2026-11-27T18:00:00+01:00",
        "occurredTo": "2026-11-27T19:30:00.500-03:30",
        "injuredPartyIsReporter": false,
        "suspects": [{"known": true, "name": "Okänd Testperson", "description": "Lång, mörk jacka"},
                     {"known": false}],
        "stolenItems": [{"description": "Cykel", "brand": "Crescent", "model": "Elda",
                         "serialNumber": "WTU123456789", "valueSek": 4500},
                        {"description": "Mobiltelefon", "serialNumber": "356938035643809", "valueSek": 0},
                        {"description": "Cykelhjälm", "valueSek": 799}],
        "narrative": "Cykeln var fastlåst utanför entrén och var borta när anmälaren kom tillbaka.",
        "injuries": "Skrubbsår på handen", "interpreterLanguage": "ar",
        "createdBy": "u-7", "createdAt": "2026-11-27T20:31:12.345Z", "updatedAt": "2026-11-28T09:00:00Z",
        "supplements": [{"at": "2026-11-28T08:00:00+01:00", "by": "u-7", "text": "Kvitto har hittats."},
                        {"at": "2026-11-28T09:00:00Z", "by": "u-9", "text": "Ramnummer kontrollerat."}]
    })");
    r.insert(u"location"_s, locationJson());
    r.insert(u"reporter"_s, reporterJson());
    r.insert(u"injuredParty"_s, injuredJson());
    r.insert(u"witnesses"_s, QJsonArray{injuredJson(), with(injuredJson(), u"address"_s, addressJson())});
    return r;
}

QJsonObject userJson()
{
    return object(R"({"id": "u-7", "username": "agent7", "displayName": "Agent Sju", "role": "agent",
                      "team": "Team Syd", "queues": ["stockholm", "malmo"]})");
}

QJsonObject agentStateJson()
{
    return object(R"({"agentId": "u-7", "displayName": "Agent Sju", "team": "Team Syd", "state": "not_ready",
                      "reason": "Lunch", "since": "2026-11-27T12:00:00+01:00"})");
}

QJsonObject queueStatsJson()
{
    return object(R"({"queue": "stockholm", "waiting": 3, "longestWaitSeconds": 125, "answeredToday": 42,
                      "abandonedToday": 2, "serviceLevelPercent": 87.5, "serviceLevelThresholdSeconds": 60,
                      "averageHandleSeconds": 312})");
}

QJsonObject canonical(const QString& type)
{
    static const QHash<QString, QJsonObject (*)()> documents{
        {u"Address"_s, addressJson},       {u"Person"_s, reporterJson},       {u"Contact"_s, contactJson},
        {u"Suspect"_s, suspectJson},       {u"StolenItem"_s, stolenItemJson}, {u"Supplement"_s, supplementJson},
        {u"Location"_s, locationJson},     {u"Report"_s, reportJson},         {u"User"_s, userJson},
        {u"AgentState"_s, agentStateJson}, {u"QueueStats"_s, queueStatsJson},
    };
    Q_ASSERT(documents.contains(type));
    return documents.value(type)();
}

// ---- the codec of each type, reachable by name from the data tables ---------------------------

struct Codec
{
    kc::Result<QJsonObject> (*reencode)(const QJsonValue&); // decode, then encode
    kc::Result<QJsonObject> (*reparse)(const QByteArray&);  // parse<T>, then encode
    QString (*valueRoundTrip)(const QVariant&);             // encode, decode, compare; "" when equal
};

template<typename T>
Codec codecOf()
{
    return Codec{
        [](const QJsonValue& json) -> kc::Result<QJsonObject> {
            kc::Result<T> value = kc::json::fromJson<T>(json);
            if (!value)
                return value.error();
            return kc::json::toJson(*value);
        },
        [](const QByteArray& utf8) -> kc::Result<QJsonObject> {
            kc::Result<T> value = kc::json::parse<T>(utf8);
            if (!value)
                return value.error();
            return kc::json::toJson(*value);
        },
        [](const QVariant& variant) -> QString {
            const T value = variant.value<T>();
            const QJsonObject json = kc::json::toJson(value);
            const kc::Result<T> back = kc::json::fromJson<T>(json);
            if (!back)
                return describe(back.error()) + u" in "_s + compact(json);
            if (!(*back == value))
                return u"differs after the round trip: "_s + compact(json) + u" came back as "_s +
                       compact(kc::json::toJson(*back));
            return {};
        },
    };
}

Codec codec(const QString& type)
{
    static const QHash<QString, Codec> codecs{
        {u"Address"_s, codecOf<kc::Address>()},
        {u"Person"_s, codecOf<kc::Person>()},
        {u"Contact"_s, codecOf<kc::Contact>()},
        {u"Suspect"_s, codecOf<kc::Suspect>()},
        {u"StolenItem"_s, codecOf<kc::StolenItem>()},
        {u"Supplement"_s, codecOf<kc::Supplement>()},
        {u"Location"_s, codecOf<kc::Location>()},
        {u"Report"_s, codecOf<kc::Report>()},
        {u"User"_s, codecOf<kc::User>()},
        {u"AgentState"_s, codecOf<kc::AgentState>()},
        {u"QueueStats"_s, codecOf<kc::QueueStats>()},
    };
    Q_ASSERT(codecs.contains(type));
    return codecs.value(type);
}

// Decodes `document` as `type`; the error, or nullopt when it decoded.
std::optional<kc::Error> decodeError(const QString& type, const QJsonValue& document)
{
    const kc::Result<QJsonObject> result = codec(type).reencode(document);
    if (result)
        return std::nullopt;
    return result.error();
}

// ---- values for the value round trips ---------------------------------------------------------

QDateTime at(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0, const QTimeZone& zone = QTimeZone::UTC)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), zone);
}

const QTimeZone Stockholm("Europe/Stockholm");
const QTimeZone PlusOne = QTimeZone::fromSecondsAheadOfUtc(3600);

kc::Address address()
{
    return kc::Address{u"Testgatan 1"_s, u"123 45"_s, u"Teststad"_s, u"0180"_s};
}

kc::Person reporter()
{
    return kc::Person{u"Test Testsson"_s, u"200001012384"_s, u"+46701740605"_s, u"test.testsson@example.com"_s,
                      address()};
}

kc::Person injured()
{
    return kc::Person{u"Testa Testsdotter"_s, u"197306749982"_s, std::nullopt, std::nullopt, std::nullopt};
}

kc::Contact contact()
{
    kc::Contact c;
    c.id = u"c-1"_s;
    c.channel = kc::Channel::Chat;
    c.queue = u"stockholm"_s;
    c.state = kc::ContactState::Completed;
    c.priority = 1;
    c.caller = reporter();
    c.subject = u"Bedrägeri via telefon"_s;
    c.language = u"en"_s;
    c.receivedAt = at(2026, 11, 27, 20, 15, 0, 0, Stockholm);
    c.assignedTo = u"u-7"_s;
    c.assignedAt = at(2026, 7, 1, 12, 0, 1, 7, Stockholm); // summer time: +02:00
    c.completedAt = at(2026, 11, 27, 21, 0, 59, 999, PlusOne);
    c.disposition = kc::Disposition::Referred112;
    c.reportId = u"r-1"_s;
    c.version = 12;
    return c;
}

kc::Report report()
{
    kc::Report r;
    r.id = u"r-1"_s;
    r.caseNumber = u"1400-K1276-26"_s;
    r.version = 2;
    r.status = kc::ReportStatus::Forwarded;
    r.contactId = u"c-1"_s;
    r.offenceCode = u"0818"_s;
    r.occurredFrom = at(2026, 11, 27, 18, 0, 0, 0, Stockholm);
    r.occurredTo = at(2026, 11, 27, 18, 45, 30, 120);
    r.location = kc::Location{address(), u"0180"_s, u"Utanför entrén"_s};
    r.reporter = reporter();
    r.injuredParty = injured();
    r.injuredPartyIsReporter = false;
    r.suspects = {kc::Suspect{true, u"Okänd Testperson"_s, u"Lång, mörk jacka"_s}, kc::Suspect{}};
    r.witnesses = {injured(), reporter()};
    r.stolenItems = {kc::StolenItem{u"Cykel"_s, u"Crescent"_s, u"Elda"_s, u"WTU123456789"_s, 4500},
                     kc::StolenItem{u"Mobiltelefon"_s, std::nullopt, std::nullopt, u"356938035643809"_s, 0}};
    r.narrative = u"Cykeln var borta när anmälaren kom tillbaka."_s;
    r.injuries = u"Inga"_s;
    r.interpreterLanguage = u"ar"_s;
    r.createdBy = u"u-7"_s;
    r.createdAt = at(2026, 11, 27, 20, 31, 12, 345);
    r.updatedAt = at(2026, 11, 28, 9, 0, 0, 0, PlusOne);
    r.supplements = {kc::Supplement{at(2026, 11, 28, 9, 0), u"u-9"_s, u"Ramnummer kontrollerat."_s}};
    return r;
}

// What a workstation sends to POST /reports: nothing the server assigns is set yet.
kc::Report reportDraft()
{
    kc::Report r;
    r.offenceCode = u"0818"_s;
    r.occurredFrom = at(2026, 11, 27, 18, 0, 0, 0, Stockholm);
    r.location.municipalityCode = u"0180"_s;
    r.reporter.name = u"Test Testsson"_s;
    r.narrative = u"Cykeln var borta."_s;
    return r;
}

} // namespace

class TestJsonCodec : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void enumWireNames();
    void roundTripDocument_data();
    void roundTripDocument();
    void roundTripValue_data();
    void roundTripValue();
    void wrongType_data();
    void wrongType();
    void missingField_data();
    void missingField();
    void unknownEnumValue_data();
    void unknownEnumValue();
    void outOfRange_data();
    void outOfRange();
    void invalidTimestamp_data();
    void invalidTimestamp();
    void validTimestamp_data();
    void validTimestamp();
    void malformedJson_data();
    void malformedJson();
    void nullOrAbsentOptional_data();
    void nullOrAbsentOptional();
    void createBodies_data();
    void createBodies();
    void unknownFieldsIgnored_data();
    void unknownFieldsIgnored();
    void messagesCarryNoValues_data();
    void messagesCarryNoValues();
    void englishMessages_data();
    void englishMessages();
    void textIsTheObjectsText_data();
    void textIsTheObjectsText();
    void stringsEscapedAsQtDoes();
    void swedishMessages(); // last: it installs the Swedish catalogue for the rest of the process
};

void TestJsonCodec::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Stockholm.isValid());
}

template<typename E>
static void checkWireNames(const QStringList& expected)
{
    QCOMPARE(kc::wireNames<E>(), expected);
    for (int i = 0; i < expected.size(); ++i) {
        const E value = static_cast<E>(i);
        QCOMPARE(kc::wireName(value), expected.at(i));
        QCOMPARE(kc::fromWireName<E>(expected.at(i)), std::optional<E>(value));
        QVERIFY(!kc::fromWireName<E>(expected.at(i).toUpper()));
    }
    QVERIFY(!kc::fromWireName<E>(u""));
}

void TestJsonCodec::enumWireNames()
{
    // GIVEN each enum of the contract WHEN listing and mapping its names THEN they are API.md's, in order
    checkWireNames<kc::Channel>({u"phone"_s, u"web"_s, u"email"_s, u"chat"_s});
    checkWireNames<kc::ContactState>({u"waiting"_s, u"assigned"_s, u"completed"_s, u"abandoned"_s, u"scheduled"_s});
    checkWireNames<kc::Disposition>({u"report_filed"_s, u"advice_given"_s, u"referred_112"_s,
                                     u"referred_other_agency"_s, u"callback_booked"_s, u"no_action"_s,
                                     u"tip_forwarded"_s});
    checkWireNames<kc::Role>({u"agent"_s, u"supervisor"_s, u"trainer"_s, u"intake"_s, u"area"_s});
    checkWireNames<kc::AgentStatus>({u"offline"_s, u"ready"_s, u"not_ready"_s, u"busy"_s, u"wrap_up"_s});
    checkWireNames<kc::ReportStatus>({u"registered"_s, u"forwarded"_s, u"closed"_s});
}

void TestJsonCodec::roundTripDocument_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("document");

    for (const QString& type : {u"Address"_s, u"Person"_s, u"Contact"_s, u"Suspect"_s, u"StolenItem"_s, u"Supplement"_s,
                                u"Location"_s, u"Report"_s, u"User"_s, u"AgentState"_s, u"QueueStats"_s})
        QTest::addRow("%s canonical", qPrintable(type)) << type << canonical(type);

    QTest::newRow("Person name only") << u"Person"_s << object(R"({"name": "Test Testsson"})");
    QTest::newRow("Address without kommun")
        << u"Address"_s << object(R"({"street": "Testgatan 1", "postalCode": "123 45",
                                                          "city": "Teststad"})");
    QTest::newRow("Suspect unknown") << u"Suspect"_s << object(R"({"known": false})");
    QTest::newRow("StolenItem value zero") << u"StolenItem"_s << object(R"({"description": "Nycklar", "valueSek": 0})");
    QTest::newRow("StolenItem largest value")
        << u"StolenItem"_s << object(R"({"description": "Konst", "valueSek": 9007199254740991})");
    QTest::newRow("Location code only") << u"Location"_s << object(R"({"municipalityCode": "1480"})");
    QTest::newRow("Contact waiting")
        << u"Contact"_s
        << with(object(R"({"id": "c-2", "channel": "web", "queue": "goteborg", "state": "waiting", "priority": 5,
                           "subject": "Borttappad plånbok", "language": "en",
                           "receivedAt": "2026-03-29T01:59:59.999+01:00", "version": 1})"),
                u"caller"_s, injuredJson());
    QTest::newRow("Report without optionals")
        << u"Report"_s
        << with(with(object(R"({"id": "r-2", "caseNumber": "1400-K1277-26", "version": 1, "status": "closed",
                                "offenceCode": "0818", "occurredFrom": "2026-11-27T18:00:00-12:00",
                                "location": {"municipalityCode": "0180"}, "injuredPartyIsReporter": true,
                                "suspects": [], "witnesses": [], "stolenItems": [], "narrative": "Text",
                                "createdBy": "u-7", "createdAt": "2026-11-27T20:31:12+14:00",
                                "updatedAt": "2026-11-27T20:31:12.001Z", "supplements": []})"),
                     u"reporter"_s, object(R"({"name": "Test Testsson"})")),
                u"status"_s, u"closed"_s);
    QTest::newRow("User without queues") << u"User"_s
                                         << with(with(userJson(), u"queues"_s, QJsonArray()), u"role"_s,
                                                 u"supervisor"_s);
    QTest::newRow("AgentState offline")
        << u"AgentState"_s
        << object(R"({"agentId": "u-8", "displayName": "Agent Åtta", "team": "Team Nord", "state": "offline",
                      "since": "2026-11-27T06:00:00Z"})");
    QTest::newRow("QueueStats whole percent")
        << u"QueueStats"_s << with(queueStatsJson(), u"serviceLevelPercent"_s, 100);
}

void TestJsonCodec::roundTripDocument()
{
    QFETCH(QString, type);
    QFETCH(QJsonObject, document);

    // GIVEN a canonical document WHEN decoded and encoded again THEN it is the same document
    const kc::Result<QJsonObject> again = codec(type).reencode(document);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : describe(again.error())));
    QVERIFY2(QJsonDocument(*again) == QJsonDocument(document),
             qPrintable(compact(*again) + u"\n   expected "_s + compact(document)));

    // ... and the same through the bytes a client sends
    const kc::Result<QJsonObject> parsed = codec(type).reparse(QJsonDocument(document).toJson());
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : describe(parsed.error())));
    QVERIFY(QJsonDocument(*parsed) == QJsonDocument(document));
}

void TestJsonCodec::roundTripValue_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QVariant>("value");

    QTest::newRow("Address") << u"Address"_s << QVariant::fromValue(address());
    QTest::newRow("Address empty") << u"Address"_s << QVariant::fromValue(kc::Address{});
    QTest::newRow("Person") << u"Person"_s << QVariant::fromValue(reporter());
    QTest::newRow("Person no optionals") << u"Person"_s << QVariant::fromValue(reportDraft().reporter);
    QTest::newRow("Contact") << u"Contact"_s << QVariant::fromValue(contact());
    kc::Contact waiting;
    waiting.channel = kc::Channel::Email;
    waiting.queue = u"malmo"_s;
    waiting.caller = injured();
    waiting.subject = u"Fråga om pass"_s;
    QTest::newRow("Contact not yet created") << u"Contact"_s << QVariant::fromValue(waiting);
    QTest::newRow("Suspect") << u"Suspect"_s << QVariant::fromValue(kc::Suspect{true, u"Test"_s, std::nullopt});
    QTest::newRow("Suspect empty") << u"Suspect"_s << QVariant::fromValue(kc::Suspect{});
    QTest::newRow("StolenItem") << u"StolenItem"_s << QVariant::fromValue(report().stolenItems.at(0));
    QTest::newRow("StolenItem value zero") << u"StolenItem"_s << QVariant::fromValue(report().stolenItems.at(1));
    QTest::newRow("Supplement") << u"Supplement"_s << QVariant::fromValue(report().supplements.at(0));
    QTest::newRow("Location") << u"Location"_s << QVariant::fromValue(report().location);
    QTest::newRow("Location code only") << u"Location"_s
                                        << QVariant::fromValue(kc::Location{std::nullopt, u"1480"_s, std::nullopt});
    QTest::newRow("Report") << u"Report"_s << QVariant::fromValue(report());
    QTest::newRow("Report draft") << u"Report"_s << QVariant::fromValue(reportDraft());
    QTest::newRow("User") << u"User"_s
                          << QVariant::fromValue(kc::User{u"u-1"_s,
                                                          u"handledare"_s,
                                                          u"Handledare Ett"_s,
                                                          kc::Role::Trainer,
                                                          u"Team Syd"_s,
                                                          {u"stockholm"_s},
                                                          std::nullopt});
    QTest::newRow("User no queues")
        << u"User"_s
        << QVariant::fromValue(
               kc::User{u"u-2"_s, u"intag"_s, u"Intag Två"_s, kc::Role::Intake, u"Team Syd"_s, {}, std::nullopt});
    {
        // issue 15: a booked callback and the citizen's web report and tip, kept whole
        kc::Contact callback = contact();
        callback.state = kc::ContactState::Scheduled;
        callback.disposition = kc::Disposition::TipForwarded;
        callback.callbackOf = u"c-0"_s;
        callback.callbackAt = at(2026, 11, 28, 9, 30, 0, 0, Stockholm);
        callback.callbackNote = u"Ring efter lunch."_s;
        callback.webReport = QJsonObject{{u"externalId"_s, u"etj-1"_s}, {u"problems"_s, QJsonArray()}};
        callback.tip = QJsonObject{{u"what"_s, u"En bil"_s}, {u"anonymous"_s, true}};
        QTest::newRow("Contact callback") << u"Contact"_s << QVariant::fromValue(callback);
        kc::Report routed = report();
        routed.routing = kc::ReportRouting{u"Väst"_s,
                                           u"Skaraborg"_s,
                                           u"acknowledged"_s,
                                           at(2026, 11, 27, 19, 0, 0, 0, Stockholm),
                                           at(2026, 11, 27, 19, 5, 0, 0, Stockholm),
                                           u"u-9"_s};
        routed.webReport = QJsonObject{{u"externalId"_s, u"etj-1"_s}};
        QTest::newRow("Report routed") << u"Report"_s << QVariant::fromValue(routed);
    }
    QTest::newRow("User area")
        << u"User"_s
        << QVariant::fromValue(kc::User{
               u"u-3"_s, u"skaraborg"_s, u"Polisområde Skaraborg"_s, kc::Role::Area, QString(), {}, u"Skaraborg"_s});
    QTest::newRow("AgentState") << u"AgentState"_s
                                << QVariant::fromValue(kc::AgentState{u"u-7"_s, u"Agent Sju"_s, u"Team Syd"_s,
                                                                      kc::AgentStatus::WrapUp, u"Efterarbete"_s,
                                                                      at(2026, 11, 27, 12, 0, 0, 0, Stockholm)});
    QTest::newRow("QueueStats") << u"QueueStats"_s
                                << QVariant::fromValue(kc::QueueStats{u"stockholm"_s, 7, 3601, 120, 4, 99.25, 30, 280});
    QTest::newRow("QueueStats defaults") << u"QueueStats"_s << QVariant::fromValue(kc::QueueStats{});
}

void TestJsonCodec::roundTripValue()
{
    QFETCH(QString, type);
    QFETCH(QVariant, value);

    // GIVEN a value WHEN encoded and decoded again THEN it compares equal
    const QString problem = codec(type).valueRoundTrip(value);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestJsonCodec::wrongType_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");

    const QJsonValue list = QJsonArray{1, 2};
    const QJsonValue obj = QJsonObject{{u"a"_s, 1}};

    QTest::newRow("document is a list") << u"Report"_s << QString() << list;
    QTest::newRow("postal code as number") << u"Address"_s << u"postalCode"_s << QJsonValue(12345);
    QTest::newRow("person address as text") << u"Person"_s << u"address"_s << QJsonValue(u"Testgatan 1"_s);
    QTest::newRow("nested postal code") << u"Contact"_s << u"caller.address.postalCode"_s << QJsonValue(12345);
    QTest::newRow("caller as list") << u"Contact"_s << u"caller"_s << list;
    QTest::newRow("priority as text") << u"Contact"_s << u"priority"_s << QJsonValue(u"1"_s);
    QTest::newRow("priority fractional") << u"Contact"_s << u"priority"_s << QJsonValue(1.5);
    QTest::newRow("version fractional") << u"Contact"_s << u"version"_s << QJsonValue(4.25);
    QTest::newRow("receivedAt as number") << u"Contact"_s << u"receivedAt"_s << QJsonValue(1764274500);
    QTest::newRow("channel as bool") << u"Contact"_s << u"channel"_s << QJsonValue(true);
    QTest::newRow("disposition as object") << u"Contact"_s << u"disposition"_s << obj;
    QTest::newRow("valueSek fractional") << u"Report"_s << u"stolenItems[2].valueSek"_s << QJsonValue(799.5);
    QTest::newRow("valueSek as text") << u"Report"_s << u"stolenItems[2].valueSek"_s << QJsonValue(u"799"_s);
    QTest::newRow("stolen item as text") << u"Report"_s << u"stolenItems[1]"_s << QJsonValue(u"Mobiltelefon"_s);
    QTest::newRow("stolen item null") << u"Report"_s << u"stolenItems[0]"_s << QJsonValue();
    QTest::newRow("stolenItems as object") << u"Report"_s << u"stolenItems"_s << obj;
    QTest::newRow("witness city as bool") << u"Report"_s << u"witnesses[1].address.city"_s << QJsonValue(false);
    QTest::newRow("suspect known as text") << u"Report"_s << u"suspects[1].known"_s << QJsonValue(u"true"_s);
    QTest::newRow("supplement at as number") << u"Report"_s << u"supplements[1].at"_s << QJsonValue(0);
    QTest::newRow("supplement text as list") << u"Report"_s << u"supplements[0].text"_s << list;
    QTest::newRow("municipality as number") << u"Report"_s << u"location.municipalityCode"_s << QJsonValue(180);
    QTest::newRow("location address as list") << u"Report"_s << u"location.address"_s << list;
    QTest::newRow("personnummer as number")
        << u"Report"_s << u"reporter.personnummer"_s << QJsonValue(qint64(200001012384));
    QTest::newRow("injured party as text") << u"Report"_s << u"injuredParty"_s << QJsonValue(u"Testa"_s);
    QTest::newRow("injuredPartyIsReporter as text")
        << u"Report"_s << u"injuredPartyIsReporter"_s << QJsonValue(u"false"_s);
    QTest::newRow("server field id as number") << u"Report"_s << u"id"_s << QJsonValue(1);
    QTest::newRow("narrative as list") << u"Report"_s << u"narrative"_s << list;
    QTest::newRow("queue name as number") << u"User"_s << u"queues[1]"_s << QJsonValue(7);
    QTest::newRow("queues as text") << u"User"_s << u"queues"_s << QJsonValue(u"stockholm"_s);
    QTest::newRow("reason as number") << u"AgentState"_s << u"reason"_s << QJsonValue(5);
    QTest::newRow("percent as text") << u"QueueStats"_s << u"serviceLevelPercent"_s << QJsonValue(u"87.5"_s);
    QTest::newRow("handle seconds fractional") << u"QueueStats"_s << u"averageHandleSeconds"_s << QJsonValue(312.5);
    QTest::newRow("waiting as bool") << u"QueueStats"_s << u"waiting"_s << QJsonValue(true);
}

void TestJsonCodec::wrongType()
{
    QFETCH(QString, type);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);

    // GIVEN a canonical document with one value of the wrong JSON type WHEN decoded
    const std::optional<kc::Error> error = decodeError(type, patched(canonical(type), path, value));

    // THEN the error names that field by its full path
    QVERIFY(error);
    QCOMPARE(error->code, u"wrong_type"_s);
    QCOMPARE(error->path, path);
    QVERIFY2(path.isEmpty() || error->message.contains(path), qPrintable(error->message));
}

void TestJsonCodec::missingField_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("asNull"); // null counts as missing for a required field

    const auto row = [](const char* type, const char* path, bool asNull = false) {
        QTest::addRow("%s %s%s", type, path, asNull ? " null" : "")
            << QString::fromLatin1(type) << QString::fromLatin1(path) << asNull;
    };
    row("Address", "street");
    row("Address", "postalCode");
    row("Address", "city", true);
    row("Person", "name");
    row("Person", "address.street");
    row("Contact", "channel");
    row("Contact", "queue");
    row("Contact", "caller");
    row("Contact", "caller", true);
    row("Contact", "caller.name");
    row("Contact", "subject");
    row("Suspect", "known");
    row("StolenItem", "description");
    row("Supplement", "at");
    row("Supplement", "by");
    row("Supplement", "text");
    row("Location", "municipalityCode");
    row("Report", "offenceCode");
    row("Report", "occurredFrom");
    row("Report", "occurredFrom", true);
    row("Report", "location");
    row("Report", "location.municipalityCode");
    row("Report", "location.address.city");
    row("Report", "reporter");
    row("Report", "reporter.name");
    row("Report", "injuredParty.name");
    row("Report", "narrative");
    row("Report", "narrative", true);
    row("Report", "suspects[1].known");
    row("Report", "witnesses[0].name");
    row("Report", "stolenItems[2].description");
    row("Report", "supplements[1].text");
    row("User", "id");
    row("User", "role");
    row("User", "queues");
    row("AgentState", "state");
    row("AgentState", "since");
    row("QueueStats", "serviceLevelPercent");
    row("QueueStats", "averageHandleSeconds", true);
}

void TestJsonCodec::missingField()
{
    QFETCH(QString, type);
    QFETCH(QString, path);
    QFETCH(bool, asNull);

    // GIVEN a canonical document without one required field WHEN decoded THEN missing_field at its path
    const QJsonValue document =
        patched(canonical(type), path, asNull ? std::optional<QJsonValue>(QJsonValue()) : std::nullopt);
    const std::optional<kc::Error> error = decodeError(type, document);
    QVERIFY(error);
    QCOMPARE(error->code, u"missing_field"_s);
    QCOMPARE(error->path, path);
}

void TestJsonCodec::unknownEnumValue_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("allowed");

    QTest::newRow("channel") << u"Contact"_s << u"channel"_s << u"fax"_s << u"phone, web, email, chat"_s;
    QTest::newRow("channel upper case") << u"Contact"_s << u"channel"_s << u"Phone"_s << u"phone, web, email, chat"_s;
    QTest::newRow("contact state") << u"Contact"_s << u"state"_s << u"pending"_s
                                   << u"waiting, assigned, completed, abandoned"_s;
    QTest::newRow("disposition")
        << u"Contact"_s << u"disposition"_s << u"arrested"_s
        << u"report_filed, advice_given, referred_112, referred_other_agency, callback_booked, no_action"_s;
    QTest::newRow("role") << u"User"_s << u"role"_s << u"admin"_s << u"agent, supervisor, trainer, intake, area"_s;
    QTest::newRow("agent state") << u"AgentState"_s << u"state"_s << u"away"_s
                                 << u"offline, ready, not_ready, busy, wrap_up"_s;
    QTest::newRow("report status") << u"Report"_s << u"status"_s << u"open"_s << u"registered, forwarded, closed"_s;
    QTest::newRow("empty name") << u"Report"_s << u"status"_s << QString() << u"registered, forwarded, closed"_s;
}

void TestJsonCodec::unknownEnumValue()
{
    QFETCH(QString, type);
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(QString, allowed);

    // GIVEN a name the contract does not know WHEN decoded THEN unknown_value listing the known names
    const std::optional<kc::Error> error = decodeError(type, patched(canonical(type), path, QJsonValue(value)));
    QVERIFY(error);
    QCOMPARE(error->code, u"unknown_value"_s);
    QCOMPARE(error->path, path);
    QVERIFY2(error->message.contains(allowed), qPrintable(error->message));
}

void TestJsonCodec::outOfRange_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("priority 0") << u"Contact"_s << u"priority"_s << QJsonValue(0) << false;
    QTest::newRow("priority 1") << u"Contact"_s << u"priority"_s << QJsonValue(1) << true;
    QTest::newRow("priority 5") << u"Contact"_s << u"priority"_s << QJsonValue(5) << true;
    QTest::newRow("priority 6") << u"Contact"_s << u"priority"_s << QJsonValue(6) << false;
    QTest::newRow("priority -1") << u"Contact"_s << u"priority"_s << QJsonValue(-1) << false;
    QTest::newRow("priority 5.0") << u"Contact"_s << u"priority"_s << QJsonValue(5.0) << true;
    QTest::newRow("priority 1e10") << u"Contact"_s << u"priority"_s << QJsonValue(1e10) << false;
    QTest::newRow("valueSek beyond 2^53")
        << u"Report"_s << u"stolenItems[0].valueSek"_s << QJsonValue(qint64(1) << 53) << false;
    QTest::newRow("valueSek 1e300") << u"StolenItem"_s << u"valueSek"_s << QJsonValue(1e300) << false;
    QTest::newRow("waiting beyond int") << u"QueueStats"_s << u"waiting"_s << QJsonValue(qint64(3000000000)) << false;
    QTest::newRow("version 2^53-1") << u"Report"_s << u"version"_s << QJsonValue((qint64(1) << 53) - 1) << true;
}

void TestJsonCodec::outOfRange()
{
    QFETCH(QString, type);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(bool, accepted);

    const std::optional<kc::Error> error = decodeError(type, patched(canonical(type), path, value));
    if (accepted) {
        QVERIFY2(!error, qPrintable(describe(*error)));
        return;
    }
    QVERIFY(error);
    QCOMPARE(error->code, u"out_of_range"_s);
    QCOMPARE(error->path, path);
}

void TestJsonCodec::invalidTimestamp_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("text");

    const auto row = [](const char* name, const char* type, const char* path, const char* text) {
        QTest::newRow(name) << QString::fromLatin1(type) << QString::fromLatin1(path) << QString::fromLatin1(text);
    };
    row("no offset", "Report", "occurredFrom", "2026-11-27T20:15:00");
    row("no offset, milliseconds", "Report", "occurredTo", "2026-11-27T20:15:00.250");
    row("no offset, optional field", "Contact", "assignedAt", "2026-11-27T20:15:00");
    row("no offset, server field", "Contact", "receivedAt", "2026-11-27T20:15:00");
    row("no offset, in a list", "Report", "supplements[1].at", "2026-11-28T09:00:00");
    row("no offset, required", "AgentState", "since", "2026-11-27T12:00:00");
    row("date only", "Supplement", "at", "2026-11-28");
    row("space separator", "Supplement", "at", "2026-11-28 09:00:00Z");
    row("no seconds", "Supplement", "at", "2026-11-28T09:00Z");
    row("Swedish style", "Supplement", "at", "28/11/2026 09:00");
    row("empty", "Supplement", "at", "");
    row("30 February", "Supplement", "at", "2026-02-30T09:00:00Z");
    row("hour 24", "Supplement", "at", "2026-11-28T24:00:00Z");
    row("leap second", "Supplement", "at", "2026-12-31T23:59:60Z");
    row("offset without colon", "Supplement", "at", "2026-11-28T09:00:00+0100");
    row("offset hours only", "Supplement", "at", "2026-11-28T09:00:00+01");
    row("offset too large", "Supplement", "at", "2026-11-28T09:00:00+24:00");
    row("dot without digits", "Supplement", "at", "2026-11-28T09:00:00.Z");
    row("ten fraction digits", "Supplement", "at", "2026-11-28T09:00:00.1234567890Z");
    row("trailing text", "Supplement", "at", "2026-11-28T09:00:00Z ");
    row("year 0", "Supplement", "at", "0000-01-01T00:00:00Z");
    row("not digits", "Supplement", "at", "2026-1a-28T09:00:00Z");
}

void TestJsonCodec::invalidTimestamp()
{
    QFETCH(QString, type);
    QFETCH(QString, path);
    QFETCH(QString, text);

    // GIVEN a timestamp without offset or not RFC 3339 WHEN decoded THEN invalid_timestamp at its path
    const std::optional<kc::Error> error = decodeError(type, patched(canonical(type), path, QJsonValue(text)));
    QVERIFY(error);
    QCOMPARE(error->code, u"invalid_timestamp"_s);
    QCOMPARE(error->path, path);
    QVERIFY(!kc::json::parseTimestamp(text).isValid());
}

void TestJsonCodec::validTimestamp_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("canonical");

    const auto utc = [](int h, int mi, int s, int ms) { return at(2026, 11, 27, h, mi, s, ms); };
    QTest::newRow("Z") << u"2026-11-27T20:15:00Z"_s << utc(20, 15, 0, 0) << 0 << u"2026-11-27T20:15:00Z"_s;
    QTest::newRow("+01:00") << u"2026-11-27T21:15:00+01:00"_s << utc(20, 15, 0, 0) << 3600
                            << u"2026-11-27T21:15:00+01:00"_s;
    QTest::newRow("-05:30") << u"2026-11-27T14:45:00-05:30"_s << utc(20, 15, 0, 0) << -19800
                            << u"2026-11-27T14:45:00-05:30"_s;
    QTest::newRow("+14:00 across midnight")
        << u"2026-11-28T10:15:00+14:00"_s << utc(20, 15, 0, 0) << 50400 << u"2026-11-28T10:15:00+14:00"_s;
    QTest::newRow("milliseconds") << u"2026-11-27T20:15:00.250Z"_s << utc(20, 15, 0, 250) << 0
                                  << u"2026-11-27T20:15:00.250Z"_s;
    QTest::newRow("one fraction digit") << u"2026-11-27T20:15:00.5Z"_s << utc(20, 15, 0, 500) << 0
                                        << u"2026-11-27T20:15:00.500Z"_s;
    QTest::newRow("microseconds dropped")
        << u"2026-11-27T20:15:00.123456789Z"_s << utc(20, 15, 0, 123) << 0 << u"2026-11-27T20:15:00.123Z"_s;
    QTest::newRow("zero milliseconds") << u"2026-11-27T20:15:00.000Z"_s << utc(20, 15, 0, 0) << 0
                                       << u"2026-11-27T20:15:00Z"_s;
    QTest::newRow("+00:00 is UTC") << u"2026-11-27T20:15:00+00:00"_s << utc(20, 15, 0, 0) << 0
                                   << u"2026-11-27T20:15:00Z"_s;
    QTest::newRow("lower case t and z") << u"2026-11-27t20:15:00z"_s << utc(20, 15, 0, 0) << 0
                                        << u"2026-11-27T20:15:00Z"_s;
}

void TestJsonCodec::validTimestamp()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, instant);
    QFETCH(int, offset);
    QFETCH(QString, canonical);

    // GIVEN an RFC 3339 timestamp WHEN parsed THEN the instant and the offset are kept
    const QDateTime parsed = kc::json::parseTimestamp(text);
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed, instant);
    QCOMPARE(parsed.offsetFromUtc(), offset);
    QCOMPARE(kc::json::formatTimestamp(parsed), canonical);
    // ... and the decoder reads it the same way inside a document
    const kc::Result<kc::Supplement> s = kc::json::fromJson<kc::Supplement>(with(supplementJson(), u"at"_s, text));
    QVERIFY(s.ok());
    QCOMPARE(kc::json::toJson(*s).value(u"at"_s).toString(), canonical);
}

void TestJsonCodec::malformedJson_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("unterminated object") << QByteArray(R"({"name": "Test Testsson")");
    QTest::newRow("missing value") << QByteArray(R"({"name": })");
    QTest::newRow("trailing comma") << QByteArray(R"({"name": "Test Testsson",})");
    QTest::newRow("unquoted key") << QByteArray(R"({name: "Test Testsson"})");
    QTest::newRow("not JSON") << QByteArray("name=Test Testsson&personnummer=200001012384");
    QTest::newRow("garbage after") << QByteArray(R"({"name": "Test Testsson"} x)");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"name\": \"Test \xff Testsson\"}");
}

void TestJsonCodec::malformedJson()
{
    QFETCH(QByteArray, bytes);

    // GIVEN bytes that are not JSON WHEN parsed THEN malformed_json naming the byte offset
    QJsonParseError expected;
    QJsonDocument::fromJson(bytes, &expected);
    QVERIFY(expected.error != QJsonParseError::NoError);

    const kc::Result<kc::Person> result = kc::json::parse<kc::Person>(bytes);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"malformed_json"_s);
    QCOMPARE(result.error().path, QString());
    QVERIFY2(result.error().message.contains(QString::number(expected.offset)), qPrintable(result.error().message));
    QVERIFY(!result.error().message.contains(u"Testsson"_s));
}

void TestJsonCodec::nullOrAbsentOptional_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("path");

    const auto row = [](const char* type, const char* path) {
        QTest::addRow("%s %s", type, path) << QString::fromLatin1(type) << QString::fromLatin1(path);
    };
    row("Address", "municipalityCode");
    row("Person", "personnummer");
    row("Person", "phone");
    row("Person", "email");
    row("Person", "address");
    row("Person", "address.municipalityCode");
    row("Contact", "assignedTo");
    row("Contact", "assignedAt");
    row("Contact", "completedAt");
    row("Contact", "disposition");
    row("Contact", "reportId");
    row("Contact", "caller.personnummer");
    row("Suspect", "name");
    row("Suspect", "description");
    row("StolenItem", "brand");
    row("StolenItem", "model");
    row("StolenItem", "serialNumber");
    row("StolenItem", "valueSek");
    row("Location", "address");
    row("Location", "description");
    row("Report", "contactId");
    row("Report", "occurredTo");
    row("Report", "injuredParty");
    row("Report", "injuries");
    row("Report", "interpreterLanguage");
    row("Report", "location.address");
    row("Report", "reporter.phone");
    row("Report", "suspects[0].name");
    row("Report", "witnesses[1].address");
    row("Report", "stolenItems[0].valueSek");
    row("AgentState", "reason");
}

void TestJsonCodec::nullOrAbsentOptional()
{
    QFETCH(QString, type);
    QFETCH(QString, path);

    // GIVEN an optional field that is null, or absent WHEN decoded and encoded THEN it is left out
    const QJsonValue without = patched(canonical(type), path, std::nullopt);
    for (const QJsonValue& document : {patched(canonical(type), path, QJsonValue()), without}) {
        const kc::Result<QJsonObject> again = codec(type).reencode(document);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : describe(again.error())));
        QVERIFY2(QJsonDocument(*again) == QJsonDocument(without.toObject()), qPrintable(compact(*again)));
    }
}

void TestJsonCodec::createBodies_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QJsonObject>("encoded"); // what toJson() makes of the decoded body

    const QJsonObject caller = object(R"({"name": "Test Testsson"})");
    QTest::newRow("Contact minimal")
        << u"Contact"_s
        << with(object(R"({"channel": "phone", "queue": "stockholm", "subject": "Stöld"})"), u"caller"_s, caller)
        << with(object(R"({"channel": "phone", "queue": "stockholm", "subject": "Stöld", "state": "waiting",
                           "priority": 3, "language": "sv"})"),
                u"caller"_s, caller);
    QTest::newRow("Contact with language and priority")
        << u"Contact"_s
        << with(object(R"({"channel": "web", "queue": "malmo", "subject": "Hot", "language": "en", "priority": 1})"),
                u"caller"_s, caller)
        << with(object(R"({"channel": "web", "queue": "malmo", "subject": "Hot", "state": "waiting",
                           "priority": 1, "language": "en"})"),
                u"caller"_s, caller);
    QTest::newRow("Contact server fields null")
        << u"Contact"_s
        << with(object(R"({"id": null, "version": null, "receivedAt": null, "state": null, "priority": null,
                           "channel": "chat", "queue": "malmo", "subject": "Hot"})"),
                u"caller"_s, caller)
        << with(object(R"({"channel": "chat", "queue": "malmo", "subject": "Hot", "state": "waiting",
                           "priority": 3, "language": "sv"})"),
                u"caller"_s, caller);

    const QJsonObject body = with(object(R"({"offenceCode": "0818", "occurredFrom": "2026-11-27T18:00:00+01:00",
                                              "location": {"municipalityCode": "0180"}, "narrative": "Text"})"),
                                  u"reporter"_s, caller);
    const QJsonObject defaults = object(R"({"status": "registered", "injuredPartyIsReporter": true, "suspects": [],
                                            "witnesses": [], "stolenItems": [], "supplements": []})");
    QJsonObject encoded = body;
    for (auto it = defaults.begin(); it != defaults.end(); ++it)
        encoded.insert(it.key(), it.value());
    QTest::newRow("Report minimal") << u"Report"_s << body << encoded;
    QTest::newRow("Report server fields null")
        << u"Report"_s
        << with(with(with(body, u"id"_s, QJsonValue()), u"createdAt"_s, QJsonValue()), u"supplements"_s, QJsonValue())
        << encoded;
}

void TestJsonCodec::createBodies()
{
    QFETCH(QString, type);
    QFETCH(QJsonObject, body);
    QFETCH(QJsonObject, encoded);

    // GIVEN a create body without the fields the server assigns WHEN decoded THEN the defaults apply,
    // and encoding leaves the still unassigned fields out
    const kc::Result<QJsonObject> again = codec(type).reencode(body);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : describe(again.error())));
    QVERIFY2(QJsonDocument(*again) == QJsonDocument(encoded),
             qPrintable(compact(*again) + u"\n   expected "_s + compact(encoded)));

    if (type == u"Report"_s) {
        const kc::Report r = *kc::json::fromJson<kc::Report>(body);
        QVERIFY(r.id.isEmpty());
        QVERIFY(r.caseNumber.isEmpty());
        QCOMPARE(r.version, qint64(0));
        QCOMPARE(r.status, kc::ReportStatus::Registered);
        QVERIFY(r.injuredPartyIsReporter);
        QVERIFY(!r.createdAt.isValid());
    } else {
        const kc::Contact c = *kc::json::fromJson<kc::Contact>(body);
        QVERIFY(c.id.isEmpty());
        QCOMPARE(c.state, kc::ContactState::Waiting);
        QCOMPARE(c.version, qint64(0));
        QVERIFY(!c.receivedAt.isValid());
    }
}

void TestJsonCodec::unknownFieldsIgnored_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("path"); // where an unknown field is added

    QTest::newRow("Report root") << u"Report"_s << u"futureField"_s;
    QTest::newRow("Report nested") << u"Report"_s << u"reporter.address.futureField"_s;
    QTest::newRow("Report in a list") << u"Report"_s << u"stolenItems[1].futureField"_s;
    QTest::newRow("Contact root") << u"Contact"_s << u"futureField"_s;
    QTest::newRow("QueueStats root") << u"QueueStats"_s << u"futureField"_s;
}

void TestJsonCodec::unknownFieldsIgnored()
{
    QFETCH(QString, type);
    QFETCH(QString, path);

    // GIVEN a document from a newer server with a field this version does not know WHEN decoded
    // THEN the field is ignored
    const QJsonValue newer = patched(canonical(type), path, QJsonValue(QJsonObject{{u"x"_s, 1}}));
    const kc::Result<QJsonObject> again = codec(type).reencode(newer);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : describe(again.error())));
    QVERIFY(QJsonDocument(*again) == QJsonDocument(canonical(type)));
}

void TestJsonCodec::messagesCarryNoValues_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("secret"); // must not appear in the message

    QTest::newRow("personnummer as number")
        << u"Person"_s << u"personnummer"_s << QJsonValue(qint64(200001012384)) << u"200001012384"_s;
    QTest::newRow("name as list") << u"Report"_s << u"reporter.name"_s
                                  << QJsonValue(QJsonArray{u"Testa"_s, u"Testsdotter"_s}) << u"Testsdotter"_s;
    QTest::newRow("personnummer as channel")
        << u"Contact"_s << u"channel"_s << QJsonValue(u"197306749982"_s) << u"197306749982"_s;
    QTest::newRow("name as timestamp") << u"Supplement"_s << u"at"_s << QJsonValue(u"Testa Testsdotter"_s)
                                       << u"Testsdotter"_s;
    QTest::newRow("value as fraction") << u"StolenItem"_s << u"valueSek"_s << QJsonValue(12345.75) << u"12345"_s;
    QTest::newRow("priority") << u"Contact"_s << u"priority"_s << QJsonValue(197306) << u"197306"_s;
}

void TestJsonCodec::messagesCarryNoValues()
{
    QFETCH(QString, type);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, secret);

    // GIVEN a wrong value that is personal data WHEN decoded THEN the message names only the field
    const std::optional<kc::Error> error = decodeError(type, patched(canonical(type), path, value));
    QVERIFY(error);
    QCOMPARE(error->path, path);
    QVERIFY2(!error->message.contains(secret), qPrintable(error->message));
}

void TestJsonCodec::englishMessages_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("path");
    QTest::addColumn<std::optional<QJsonValue>>("value");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing") << u"Report"_s << u"reporter.name"_s << std::optional<QJsonValue>()
                             << u"reporter.name is required."_s;
    QTest::newRow("wrong type") << u"Contact"_s << u"caller.address.postalCode"_s << std::optional<QJsonValue>(12345)
                                << u"caller.address.postalCode must be text, not a number."_s;
    QTest::newRow("fraction") << u"Report"_s << u"stolenItems[2].valueSek"_s << std::optional<QJsonValue>(799.5)
                              << u"stolenItems[2].valueSek must be a whole number, not a number with decimals."_s;
    QTest::newRow("document") << u"Report"_s << QString() << std::optional<QJsonValue>(QJsonArray())
                              << u"The document must be an object, not a list."_s;
    QTest::newRow("unknown value") << u"User"_s << u"role"_s << std::optional<QJsonValue>(u"admin"_s)
                                   << u"role must be one of: agent, supervisor, trainer, intake, area."_s;
    QTest::newRow("out of range") << u"Contact"_s << u"priority"_s << std::optional<QJsonValue>(9)
                                  << u"priority must be between 1 and 5."_s;
    QTest::newRow("timestamp") << u"AgentState"_s << u"since"_s << std::optional<QJsonValue>(u"2026-11-27T12:00:00"_s)
                               << u"since must be a date and time with a UTC offset, such as "
                                  "2026-11-27T20:15:00Z or 2026-11-27T21:15:00+01:00."_s;
}

void TestJsonCodec::englishMessages()
{
    QFETCH(QString, type);
    QFETCH(QString, path);
    QFETCH(std::optional<QJsonValue>, value);
    QFETCH(QString, message);

    // GIVEN no translation loaded WHEN a problem is found THEN the English source text says what is wrong
    const std::optional<kc::Error> error = decodeError(type, patched(canonical(type), path, value));
    QVERIFY(error);
    QCOMPARE(error->message, message);
}

// appendJson writes GET /changes pages without QJsonObjects; its text must be exactly what
// QJsonDocument makes of toJson(): the same keys, order, escaping and numbers.
void TestJsonCodec::textIsTheObjectsText_data()
{
    QTest::addColumn<kc::Contact>("value");
    // every field set; only what a phone contact has; a web report and a tip (stored objects), a
    // booked callback; and text that needs escaping everywhere
    QTest::newRow("every field") << contact();
    kc::Contact bare;
    bare.channel = kc::Channel::Phone;
    bare.queue = u"anmalan"_s;
    bare.caller.name = u"Test Testsson"_s;
    bare.subject = u"Cykelstöld"_s;
    QTest::newRow("draft") << bare;
    kc::Contact web = contact();
    web.channel = kc::Channel::Web;
    web.webReport = QJsonObject{{u"externalId"_s, u"etj-1"_s},
                                {u"report"_s, QJsonObject{{u"valueSek"_s, 4500.5}, {u"n"_s, 3}, {u"ok"_s, true}}},
                                {u"problems"_s, QJsonArray{QJsonObject{{u"field"_s, u"reporter.personnummer"_s}}}},
                                {u"none"_s, QJsonValue::Null}};
    QTest::newRow("web report") << web;
    kc::Contact tip = bare;
    tip.tip = QJsonObject{{u"anonymous"_s, true}, {u"text"_s, u"Det luktar \"rök\".\n"_s}};
    QTest::newRow("tip") << tip;
    kc::Contact callback = contact();
    callback.state = kc::ContactState::Scheduled;
    callback.callbackOf = u"c-0"_s;
    callback.callbackAt = at(2026, 12, 6, 14, 0, 0, 500, Stockholm);
    callback.callbackNote = u"Ring efter lunch."_s;
    callback.knowledgeArticleIds = {u"k-1"_s, u"k-2"_s};
    QTest::newRow("callback") << callback;
    kc::Contact odd = contact();
    QString text = u"\"\\/ åäö € 😀 \u2028 \x7f \uFFFE"_s;
    for (char16_t c = 0; c < 0x20; ++c)
        text += QChar(c);
    odd.subject = text;
    odd.caller.name = text;
    odd.callbackNote = text;
    QTest::newRow("escaping") << odd;
}

void TestJsonCodec::textIsTheObjectsText()
{
    QFETCH(kc::Contact, value);
    QByteArray text = "prefix:";
    kc::json::appendJson(text, value);
    QCOMPARE(text, "prefix:" + QJsonDocument(kc::json::toJson(value)).toJson(QJsonDocument::Compact));

    kc::AgentState state;
    state.agentId = value.id;
    state.displayName = value.caller.name;
    state.team = value.queue;
    state.state = kc::AgentStatus::NotReady;
    state.since = value.receivedAt;
    for (const auto& reason : {std::optional<QString>(), std::optional<QString>(u"Lunch"_s)}) {
        state.reason = reason;
        QByteArray agentText;
        kc::json::appendJson(agentText, state);
        QCOMPARE(agentText, QJsonDocument(kc::json::toJson(state)).toJson(QJsonDocument::Compact));
    }
}

void TestJsonCodec::stringsEscapedAsQtDoes()
{
    // Lone surrogates are not valid UTF-16: QJsonDocument writes them as \uxxxx; so must we.
    const QList<QString> cases{
        QString(QChar(0xd83d)),                          // a high surrogate at the end
        QString(QChar(0xd83d)) + u"x"_s,                 // a high surrogate before a letter
        QString(QChar(0xde00)) + u"x"_s,                 // a lone low surrogate
        QString(QChar(0xd83d)) + QString(QChar(0xde00)), // a pair: one character, as UTF-8
        u"\u00e5\u07ff\u0800\uffff"_s,                   // two- and three-byte UTF-8 edges
    };
    for (const QString& s : cases) {
        QByteArray text;
        kc::json::appendJsonString(text, s);
        const QByteArray expected = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
        QCOMPARE(text, expected.mid(1, expected.size() - 2));
    }
}

void TestJsonCodec::swedishMessages()
{
    // GIVEN the Swedish catalogue WHEN a problem is found THEN the message is in Swedish
    // The catalogue is always embedded: a failure to load it is a failure, never a skip.
    QVERIFY(kc::installTranslations(u"sv"_s));

    std::optional<kc::Error> error = decodeError(u"Report"_s, patched(reportJson(), u"narrative"_s, std::nullopt));
    QVERIFY(error);
    QCOMPARE(error->message, u"narrative måste anges."_s);

    error = decodeError(u"Report"_s, patched(reportJson(), u"stolenItems[2].valueSek"_s, QJsonValue(799.5)));
    QVERIFY(error);
    QCOMPARE(error->message, u"stolenItems[2].valueSek ska vara ett heltal, inte ett decimaltal."_s);
}

QTEST_GUILESS_MAIN(TestJsonCodec)
#include "tst_jsoncodec.moc"
