// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Domain types of the REST contract v1 (../shared/API.md, api/openapi.yaml): the values that travel
// between workstation and server. Plain aggregates with value semantics; the JSON wire form lives
// in jsoncodec.h, the rules (what is required, what is valid) in validation.h.
//
// Invariants: optional wire fields are std::optional (absent on the wire = nullopt); enums carry
// only values the contract names. Thread rules: plain values, safe to copy between threads.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kc {

// ---- enums and their wire names --------------------------------------------------------------

enum class Channel { Phone, Web, Email, Chat };
// Scheduled: a booked callback before its time (issue 15); it turns Waiting at callbackAt.
enum class ContactState { Waiting, Assigned, Completed, Abandoned, Scheduled };
// TipForwarded: a tip handed to the police area (issue 15); only tips are completed with it.
enum class Disposition {
    ReportFiled,
    AdviceGiven,
    Referred112,
    ReferredOtherAgency,
    CallbackBooked,
    NoAction,
    TipForwarded
};
// Area: a police area's receiving desk (issue 15); sees only the reports handed to its area.
enum class Role { Agent, Supervisor, Trainer, Intake, Area };
enum class AgentStatus { Offline, Ready, NotReady, Busy, WrapUp };
enum class ReportStatus { Registered, Forwarded, Closed };

// Each enum has a table of (value, wire name); wireName() never fails, fromWireName() returns
// nullopt for names the contract does not know.
QString wireName(Channel v);
QString wireName(ContactState v);
QString wireName(Disposition v);
QString wireName(Role v);
QString wireName(AgentStatus v);
QString wireName(ReportStatus v);

template<typename E>
std::optional<E> fromWireName(QStringView name);
template<typename E>
QStringList wireNames(); // all names, in declaration order

// ---- values -----------------------------------------------------------------------------------

struct Address
{
    QString street;
    QString postalCode; // "NNN NN" once validated
    QString city;
    std::optional<QString> municipalityCode; // SCB kommunkod, four digits

    bool operator==(const Address&) const = default;
};

struct Person
{
    QString name;
    std::optional<QString> personnummer; // 12 digits normalised, or as typed until validated
    std::optional<QString> phone;        // E.164 (+46…) once validated
    std::optional<QString> email;
    std::optional<Address> address;

    bool operator==(const Person&) const = default;
};

struct Contact
{
    QString id;
    Channel channel = Channel::Phone;
    QString queue;
    ContactState state = ContactState::Waiting;
    int priority = 3; // 1 = most urgent, served first; 1..5
    Person caller;
    QString subject;
    QString language = QStringLiteral("sv");
    QDateTime receivedAt;
    std::optional<QString> assignedTo;
    std::optional<QDateTime> assignedAt;
    std::optional<QDateTime> completedAt;
    std::optional<Disposition> disposition;
    std::optional<QString> reportId;
    qint64 version = 0;
    QStringList knowledgeArticleIds; // the knowledge articles recorded at completion (issue 14)
    // Issue 15: a callback's origin, time and note; the citizen's web report or tip as received
    // (kept verbatim, even invalid values; the server adds webReport.problems).
    std::optional<QString> callbackOf;
    std::optional<QDateTime> callbackAt;
    std::optional<QString> callbackNote;
    std::optional<QJsonObject> webReport;
    std::optional<QJsonObject> tip;

    bool operator==(const Contact&) const = default;
};

struct Suspect
{
    bool known = false;
    std::optional<QString> name;
    std::optional<QString> description; // signalement

    bool operator==(const Suspect&) const = default;
};

struct StolenItem
{
    QString description;
    std::optional<QString> brand;
    std::optional<QString> model;
    std::optional<QString> serialNumber; // serienummer, IMEI or ramnummer
    std::optional<qint64> valueSek;      // whole kronor, >= 0

    bool operator==(const StolenItem&) const = default;
};

struct Supplement
{
    QDateTime at;
    QString by;
    QString text;

    bool operator==(const Supplement&) const = default;
};

struct Location
{
    std::optional<Address> address;
    QString municipalityCode;
    std::optional<QString> description; // platsbeskrivning

    bool operator==(const Location&) const = default;
};

// Where a registered report was handed (issue 15): set by the server at registration from the
// kommun's police area when the reference data marks it certain; state "new", "acknowledged" (the
// area confirmed receipt) or "unrouted" (policeArea empty: never routed by a guess).
struct ReportRouting
{
    QString policeRegion;
    QString policeArea;
    QString state;
    QDateTime routedAt;
    std::optional<QDateTime> acknowledgedAt;
    std::optional<QString> acknowledgedBy;

    bool operator==(const ReportRouting&) const = default;
};

struct Report
{
    QString id;         // server-assigned; empty before creation
    QString caseNumber; // "1400-K1276-26"; empty before the server answered
    qint64 version = 0;
    ReportStatus status = ReportStatus::Registered;
    std::optional<QString> contactId;
    QString offenceCode; // Brå code, or the loss errand code (OffenceType::LossCode)
    QDateTime occurredFrom;
    std::optional<QDateTime> occurredTo;
    Location location;
    Person reporter;
    std::optional<Person> injuredParty;
    bool injuredPartyIsReporter = true;
    QList<Suspect> suspects;
    QList<Person> witnesses;
    QList<StolenItem> stolenItems;
    QString narrative;
    std::optional<QString> injuries;
    std::optional<QString> interpreterLanguage;
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<Supplement> supplements;
    std::optional<ReportRouting> routing; // server-owned (issue 15)
    std::optional<QJsonObject> webReport; // the citizen's original, when filed from a web report

    bool operator==(const Report&) const = default;
};

struct User
{
    QString id;
    QString username;
    QString displayName;
    Role role = Role::Agent;
    QString team;
    QStringList queues;
    std::optional<QString> policeArea; // role area only: the polisområde it receives for

    bool operator==(const User&) const = default;
};

struct AgentState
{
    QString agentId;
    QString displayName;
    QString team;
    AgentStatus state = AgentStatus::Offline;
    std::optional<QString> reason;
    QDateTime since;

    bool operator==(const AgentState&) const = default;
};

// A configured queue (GET /queues): its id as contacts carry it, the Swedish name people read.
struct QueueInfo
{
    QString id;
    QString name;
    QString team;
    int serviceLevelThresholdSeconds = 0;

    bool operator==(const QueueInfo&) const = default;
};

struct QueueStats
{
    QString queue;
    int waiting = 0;
    qint64 longestWaitSeconds = 0;
    int answeredToday = 0;
    int abandonedToday = 0;
    double serviceLevelPercent = 100.0;
    int serviceLevelThresholdSeconds = 60;
    qint64 averageHandleSeconds = 0;

    bool operator==(const QueueStats&) const = default;
};

} // namespace kc

// fromWireName<E>() and wireNames<E>() exist for exactly these enums: types.cpp instantiates them
// from the same tables wireName() uses. Any other E fails at link time.
namespace kc {
extern template std::optional<Channel> fromWireName<Channel>(QStringView);
extern template std::optional<ContactState> fromWireName<ContactState>(QStringView);
extern template std::optional<Disposition> fromWireName<Disposition>(QStringView);
extern template std::optional<Role> fromWireName<Role>(QStringView);
extern template std::optional<AgentStatus> fromWireName<AgentStatus>(QStringView);
extern template std::optional<ReportStatus> fromWireName<ReportStatus>(QStringView);
extern template QStringList wireNames<Channel>();
extern template QStringList wireNames<ContactState>();
extern template QStringList wireNames<Disposition>();
extern template QStringList wireNames<Role>();
extern template QStringList wireNames<AgentStatus>();
extern template QStringList wireNames<ReportStatus>();
} // namespace kc
