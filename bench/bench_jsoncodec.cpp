// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// JSON codec throughput for a full Report: decode (bytes → QJsonDocument → kc::Report) and encode
// (kc::Report → bytes), against Qt's own parse+serialise of the same bytes as the baseline — the
// ratio is what our typed layer adds on top of QJsonDocument.
#include "benchharness.h"
#include "core/jsoncodec.h"

#include <QCoreApplication>
#include <QJsonDocument>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QByteArray body = R"({
      "id": "r-1", "caseNumber": "1400-K1276-26", "version": 3, "status": "registered", "contactId": "c-9",
      "offenceCode": "9830", "occurredFrom": "2026-11-27T07:30:00Z", "occurredTo": "2026-11-27T16:10:00Z",
      "location": {"address": {"street": "Stationsgatan 1", "postalCode": "532 31", "city": "Skara",
                               "municipalityCode": "1495"},
                   "municipalityCode": "1495", "description": "Cykelstället norr om stationen"},
      "reporter": {"name": "Test Testsson", "personnummer": "200001012384", "phone": "+46701234567",
                   "email": "test@example.se",
                   "address": {"street": "Storgatan 2", "postalCode": "532 30", "city": "Skara"}},
      "injuredPartyIsReporter": true,
      "suspects": [{"known": false, "description": "Man, 25–30 år, grå luvtröja"}],
      "witnesses": [{"name": "Vittne Ett", "phone": "+46311234567"}],
      "stolenItems": [{"description": "Cykel", "brand": "Crescent", "model": "Elis", "serialNumber": "WCR123456",
                       "valueSek": 4500},
                      {"description": "Cykellås", "brand": "Abus", "valueSek": 600}],
      "narrative": "Cykeln stod låst utanför stationen på morgonen och var borta när anmälaren kom tillbaka.",
      "interpreterLanguage": "ar", "createdBy": "u-1", "createdAt": "2026-11-27T20:15:00Z",
      "updatedAt": "2026-11-27T20:20:00.250Z",
      "supplements": [{"at": "2026-11-27T20:20:00.250Z", "by": "u-1", "text": "Ramnummer bekräftat."}]
    })";

    const double baseline = kc::bench::nsPerOp(1, [&](qsizetype) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        kc::bench::keep(doc.toJson(QJsonDocument::Compact).size());
    });
    const double codec = kc::bench::nsPerOp(1, [&](qsizetype) {
        const auto report = kc::json::parse<kc::Report>(body);
        if (!report.ok())
            qFatal("benchmark input does not decode");
        kc::bench::keep(QJsonDocument(kc::json::toJson(*report)).toJson(QJsonDocument::Compact).size());
    });
    kc::bench::report("jsoncodec.report.roundtrip", codec, "QJsonDocument parse+serialise", baseline);
    return 0;
}
