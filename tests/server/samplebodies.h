// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Request bodies the server's tests and the benchmarks send: a contact as intake posts it and a
// valid report. Header-only, QtCore only, so benchmarks can use it without the test helpers.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace kc::test {

// A contact as intake posts it.
inline QJsonObject contactBody(const QString& queue = QStringLiteral("anmalan"), int priority = 3,
                               const QString& subject = QStringLiteral("Cykelstöld"))
{
    return QJsonObject{
        {QStringLiteral("channel"), QStringLiteral("phone")},
        {QStringLiteral("queue"), queue},
        {QStringLiteral("priority"), priority},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("caller"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Test Testsson")},
                                               {QStringLiteral("personnummer"), QStringLiteral("200001012384")},
                                               {QStringLiteral("phone"), QStringLiteral("070-123 45 67")}}}};
}

// A valid report body (Skatteverket test personnummer only). The same bytes on every call: the
// event time is fixed in the past, never read from the clock (two calls a second apart once made a
// retry a different request, 422 instead of a replay). `from` moves it (benchmarks: a recent one).
inline QJsonObject reportBody(const QString& personnummer = QStringLiteral("200001012384"),
                              const QString& from = QStringLiteral("2026-11-27T18:30:00Z"))
{
    return QJsonObject{
        {QStringLiteral("offenceCode"), QStringLiteral("9830")},
        {QStringLiteral("occurredFrom"), from},
        {QStringLiteral("location"), QJsonObject{{QStringLiteral("municipalityCode"), QStringLiteral("1495")},
                                                 {QStringLiteral("description"), QStringLiteral("Stationen")}}},
        {QStringLiteral("reporter"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Test Testsson")},
                                                 {QStringLiteral("personnummer"), personnummer},
                                                 {QStringLiteral("phone"), QStringLiteral("0701234567")}}},
        {QStringLiteral("injuredPartyIsReporter"), true},
        {QStringLiteral("narrative"), QStringLiteral("Cykeln stod låst vid stationen och var borta på kvällen.")},
        {QStringLiteral("stolenItems"),
         QJsonArray{QJsonObject{{QStringLiteral("description"), QStringLiteral("Cykel")},
                                {QStringLiteral("brand"), QStringLiteral("Crescent")},
                                {QStringLiteral("serialNumber"), QStringLiteral("WCR123456")},
                                {QStringLiteral("valueSek"), 4500}}}}};
}

} // namespace kc::test
