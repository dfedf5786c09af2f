// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Training scenarios (resources/scenarios/*.json, format in the README) and the scoring of a
// trainee's work against a scenario contact's `expected` outcome.
//
// Invariants: a Scenario that parse() returns is complete and checked — every caller's
// personnummer is one of Skatteverket's published test numbers (testPersonnummer()), every offence
// code and kommun exists in the built-in reference data, offsets are ascending. A refused file
// names file, line and field (ScenarioError::text()).
//
// Thread rules: plain functions and values; any thread.
#pragma once

#include "core/types.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kc::server::training {

struct ExpectedReport
{
    QString offenceCode;
    QString municipalityCode;
    // When it happened, in minutes before the contact came in: occurredFrom must lie within
    // [received − fromMinutesAgo − slack, received − toMinutesAgo + slack] (slack: 60 minutes).
    std::optional<int> fromMinutesAgo;
    std::optional<int> toMinutesAgo;
    QStringList stolenGoods; // each must appear in some stolen item; "a|b": either word
};

struct Expected
{
    Disposition disposition = Disposition::NoAction;
    std::optional<ExpectedReport> report; // set when a report is the right outcome
    QString lesson;                       // what the exercise teaches, shown with the feedback
};

struct ScenarioContact
{
    int offsetSeconds = 0;
    Channel channel = Channel::Phone;
    QString queue;
    int priority = 3;
    Person caller;
    QString subject;
    QString language = QStringLiteral("sv");
    QString script; // what the caller says, for the trainee to read as if listening
    Expected expected;
    // Issue 15: the contact arrives through the e-service instead (channel web): a web report as
    // the citizen submitted it ({"category","reporter","report"}, values kept as typed, also wrong
    // ones — the exercise is to correct them; `caller` then is the person as she really is, what
    // the scoring compares with) or a tip ({"what","when"?,"where"?,"howKnown"?,"contact"?,
    // "anonymous"}). The engine adds externalId and submittedAt. At most one of the two.
    std::optional<QJsonObject> webReport;
    std::optional<QJsonObject> tip;
};

struct Scenario
{
    QString id;
    QString title;
    QString description;
    QList<ScenarioContact> contacts;

    int durationSeconds() const { return contacts.isEmpty() ? 0 : contacts.constLast().offsetSeconds; }
};

struct ScenarioError
{
    QString file;
    int line = 0;
    QString field; // "contacts[2].caller.personnummer"; empty for the whole file
    QString message;

    QString text() const; // "file:line: field: message"
};

class Scenarios
{
    Q_DECLARE_TR_FUNCTIONS(kc::server::training::Scenarios)
public:
    // Skatteverket's test personnummer that the project has checked (../shared/DOMAIN.md); the only
    // ones a scenario's caller may carry.
    static const QStringList& testPersonnummer();

    static std::optional<Scenario> parse(const QByteArray& text, const QString& file, ScenarioError* error);
    // Every *.json of `directory` (a resource path like ":/scenarios" works), sorted by file name.
    // Stops at the first broken file.
    static std::optional<QList<Scenario>> loadDirectory(const QString& directory, ScenarioError* error);
    // The scenarios built into the server.
    static const QList<Scenario>& builtin();
};

// ---- scoring ------------------------------------------------------------------------------------

struct FieldScore
{
    QString field; // disposition, offenceCode, municipalityCode, timeRange, personnummer, stolenGoods
    bool ok = false;
    QString expected;
    QString actual;
};

struct Score
{
    int score = 0; // 0..100: the share of fields that matched
    QList<FieldScore> fields;
};

// Compares what the trainee did (the completed contact, and its report if one was filed) with what
// the scenario expected. `expectedPersonnummer`: the caller's, when the scenario gave one.
Score score(const ScenarioContact& expected, const Contact& completed, const std::optional<Report>& report);

} // namespace kc::server::training
