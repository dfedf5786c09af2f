// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Personnummer::parse throughput against a baseline that only touches the same characters
// (QString::toLongLong over the digits): the ratio says what the validation costs on top of
// reading the input.
#include "benchharness.h"
#include "core/personnummer.h"

#include <QCoreApplication>
#include <QStringList>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // A mix of forms and of valid and invalid numbers, as agents type them.
    const QStringList inputs = {
        QStringLiteral("640823-3234"), QStringLiteral("200001012384"), QStringLiteral("19730674-9982"),
        QStringLiteral("950629+9818"), QStringLiteral("6408233234"),   QStringLiteral("198707049996"),
        QStringLiteral("641323-3237"), QStringLiteral("000101-2384"),
    };
    const QDate today(2026, 11, 27);
    const qsizetype n = inputs.size();

    const double baseline = kc::bench::nsPerOp(n, [&](qsizetype i) {
        QString digits = inputs[i];
        digits.remove(u'-').remove(u'+');
        kc::bench::keep(digits.toLongLong());
    });
    const double parse = kc::bench::nsPerOp(n, [&](qsizetype i) {
        const auto r = kc::Personnummer::parse(inputs[i], today);
        kc::bench::keep(r.ok());
    });
    kc::bench::report("personnummer.parse", parse, "strip+toLongLong", baseline);
    return 0;
}
