// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "core/validation.h"

#include "core/personnummer.h"
#include "core/phonenumber.h"
#include "core/postalcode.h"
#include "core/timerange.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <chrono>

namespace kc {

namespace {

QString join(const QString& path, const char* field)
{
    return path.isEmpty() ? QString::fromLatin1(field) : path + u'.' + QLatin1String(field);
}

void add(QList<Error>& errors, const QString& path, const Error& e)
{
    errors.append(Error{path, e.message, e.code});
}

void checkLength(QList<Error>& errors, const QString& path, const QString& text, int max)
{
    if (text.size() > max)
        errors.append(
            {path,
             QCoreApplication::translate("kc::Validation", "At most %1 characters (now %2).").arg(max).arg(text.size()),
             QStringLiteral("too_long")});
}

void checkLength(QList<Error>& errors, const QString& path, const std::optional<QString>& text, int max)
{
    if (text)
        checkLength(errors, path, *text, max);
}

void checkCount(QList<Error>& errors, const QString& path, qsizetype count, int max)
{
    if (count > max)
        errors.append({path,
                       QCoreApplication::translate("kc::Validation", "At most %1 rows (now %2).").arg(max).arg(count),
                       QStringLiteral("too_many")});
}

void validateAddress(QList<Error>& errors, const Address& a, const QString& path, const ReferenceData& ref)
{
    checkLength(errors, join(path, "street"), a.street, limits::ShortText);
    checkLength(errors, join(path, "city"), a.city, limits::ShortText);
    if (!a.postalCode.trimmed().isEmpty())
        if (auto pc = PostalCode::parse(a.postalCode); !pc)
            add(errors, join(path, "postalCode"), pc.error());
    if (a.municipalityCode && !ref.municipality(*a.municipalityCode))
        errors.append({join(path, "municipalityCode"),
                       QCoreApplication::translate("kc::Validation", "Unknown municipality code."),
                       QStringLiteral("unknown_code")});
}

bool isBlank(const QString& s)
{
    return s.trimmed().isEmpty();
}

} // namespace

QList<Error> validateSupplementText(const QString& text)
{
    QList<Error> errors;
    if (isBlank(text))
        errors.append({QStringLiteral("text"),
                       QCoreApplication::translate("kc::Validation", "Write the supplementary information."),
                       QStringLiteral("missing")});
    checkLength(errors, QStringLiteral("text"), text, limits::Supplement);
    return errors;
}

QList<Error> validatePerson(const Person& p, const QString& path, bool nameRequired, QDate today,
                            const ReferenceData& ref)
{
    QList<Error> errors;
    if (nameRequired && isBlank(p.name))
        errors.append({join(path, "name"), QCoreApplication::translate("kc::Validation", "The name is missing."),
                       QStringLiteral("missing")});
    checkLength(errors, join(path, "name"), p.name, limits::ShortText);
    if (p.personnummer && !isBlank(*p.personnummer))
        if (auto pn = Personnummer::parse(*p.personnummer, today); !pn)
            add(errors, join(path, "personnummer"), pn.error());
    if (p.phone && !isBlank(*p.phone))
        if (auto ph = PhoneNumber::parse(*p.phone); !ph)
            add(errors, join(path, "phone"), ph.error());
    if (p.email && !isBlank(*p.email)) {
        static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!email.matchView(p.email->trimmed()).hasMatch())
            errors.append(
                {join(path, "email"),
                 QCoreApplication::translate("kc::Validation", "The e-mail address is not valid (name@example.se)."),
                 QStringLiteral("format")});
    }
    if (p.address)
        validateAddress(errors, *p.address, join(path, "address"), ref);
    return errors;
}

QList<Error> validateContactForCreate(const Contact& c, const ReferenceData& ref, QDate today)
{
    QList<Error> errors;
    if (isBlank(c.queue))
        errors.append({QStringLiteral("queue"), QCoreApplication::translate("kc::Validation", "The queue is missing."),
                       QStringLiteral("missing")});
    if (c.priority < 1 || c.priority > 5)
        errors.append(
            {QStringLiteral("priority"),
             QCoreApplication::translate("kc::Validation", "The priority must be between 1 (most urgent) and 5."),
             QStringLiteral("out_of_range")});
    checkLength(errors, QStringLiteral("subject"), c.subject, limits::ShortText);
    // A caller may be known only by number: the name is not required at intake.
    errors.append(validatePerson(c.caller, QStringLiteral("caller"), false, today, ref));
    if (isBlank(c.caller.name) && (!c.caller.phone || isBlank(*c.caller.phone)) &&
        (!c.caller.email || isBlank(*c.caller.email)))
        errors.append(
            {QStringLiteral("caller"),
             QCoreApplication::translate("kc::Validation", "Give the caller's name, phone number or e-mail address."),
             QStringLiteral("missing")});
    return errors;
}

QList<Error> validateReportForCreate(const Report& r, const ReferenceData& ref, const QDateTime& now)
{
    QList<Error> errors;
    const QDate today = now.toLocalTime().date();
    if (isBlank(r.offenceCode))
        errors.append({QStringLiteral("offenceCode"),
                       QCoreApplication::translate("kc::Validation", "Choose an offence type."),
                       QStringLiteral("missing")});
    else if (const OffenceType* o = ref.offenceType(r.offenceCode); !o)
        errors.append({QStringLiteral("offenceCode"),
                       QCoreApplication::translate("kc::Validation", "Unknown offence code."),
                       QStringLiteral("unknown_code")});
    else if (o->isEnded())
        // Kept for showing old reports; Brå no longer counts it, so a new report must not use it.
        errors.append({QStringLiteral("offenceCode"),
                       QCoreApplication::translate("kc::Validation",
                                                   "The offence code %1 ended in %2 and cannot be used for a new "
                                                   "report. Choose a code in use.")
                           .arg(o->code)
                           .arg(o->endedYear),
                       QStringLiteral("ended_code")});

    // Two minutes of tolerance: a workstation clock slightly ahead must not block a report.
    if (auto range = TimeRange::validate(r.occurredFrom, r.occurredTo, now, std::chrono::minutes(2)); !range)
        errors.append(range.error());

    if (isBlank(r.location.municipalityCode))
        errors.append({QStringLiteral("location.municipalityCode"),
                       QCoreApplication::translate("kc::Validation", "Choose the municipality where it happened."),
                       QStringLiteral("missing")});
    else if (!ref.municipality(r.location.municipalityCode))
        errors.append({QStringLiteral("location.municipalityCode"),
                       QCoreApplication::translate("kc::Validation", "Unknown municipality code."),
                       QStringLiteral("unknown_code")});
    if (r.location.address)
        validateAddress(errors, *r.location.address, QStringLiteral("location.address"), ref);
    checkLength(errors, QStringLiteral("location.description"), r.location.description, limits::ShortText);

    errors.append(validatePerson(r.reporter, QStringLiteral("reporter"), true, today, ref));
    if (!r.injuredPartyIsReporter) {
        if (!r.injuredParty)
            errors.append(
                {QStringLiteral("injuredParty"),
                 QCoreApplication::translate("kc::Validation", "Give the injured party, or mark them as the reporter."),
                 QStringLiteral("missing")});
        else
            errors.append(validatePerson(*r.injuredParty, QStringLiteral("injuredParty"), true, today, ref));
    }
    checkCount(errors, QStringLiteral("witnesses"), r.witnesses.size(), limits::Witnesses);
    checkCount(errors, QStringLiteral("suspects"), r.suspects.size(), limits::Suspects);
    checkCount(errors, QStringLiteral("stolenItems"), r.stolenItems.size(), limits::StolenItems);
    for (qsizetype i = 0; i < r.witnesses.size(); ++i)
        errors.append(validatePerson(r.witnesses[i], QStringLiteral("witnesses[%1]").arg(i), true, today, ref));
    for (qsizetype i = 0; i < r.suspects.size(); ++i) {
        const Suspect& s = r.suspects[i];
        if (s.known && (!s.name || isBlank(*s.name)))
            errors.append({QStringLiteral("suspects[%1].name").arg(i),
                           QCoreApplication::translate("kc::Validation", "A known suspect needs a name."),
                           QStringLiteral("missing")});
        if (!s.known && (!s.description || isBlank(*s.description)))
            errors.append({QStringLiteral("suspects[%1].description").arg(i),
                           QCoreApplication::translate("kc::Validation", "Describe an unknown suspect (signalement)."),
                           QStringLiteral("missing")});
        checkLength(errors, QStringLiteral("suspects[%1].name").arg(i), s.name, limits::ShortText);
        checkLength(errors, QStringLiteral("suspects[%1].description").arg(i), s.description, limits::ShortText);
    }
    for (qsizetype i = 0; i < r.stolenItems.size(); ++i) {
        const StolenItem& item = r.stolenItems[i];
        if (isBlank(item.description))
            errors.append({QStringLiteral("stolenItems[%1].description").arg(i),
                           QCoreApplication::translate("kc::Validation", "Describe the stolen item."),
                           QStringLiteral("missing")});
        if (item.valueSek && *item.valueSek < 0)
            errors.append({QStringLiteral("stolenItems[%1].valueSek").arg(i),
                           QCoreApplication::translate("kc::Validation", "A value cannot be negative."),
                           QStringLiteral("out_of_range")});
        const QString at = QStringLiteral("stolenItems[%1].").arg(i);
        checkLength(errors, at + u"description", item.description, limits::ShortText);
        checkLength(errors, at + u"brand", item.brand, limits::ShortText);
        checkLength(errors, at + u"model", item.model, limits::ShortText);
        checkLength(errors, at + u"serialNumber", item.serialNumber, limits::ShortText);
    }
    if (isBlank(r.narrative))
        errors.append({QStringLiteral("narrative"),
                       QCoreApplication::translate("kc::Validation", "Describe what happened."),
                       QStringLiteral("missing")});
    checkLength(errors, QStringLiteral("narrative"), r.narrative, limits::Narrative);
    checkLength(errors, QStringLiteral("injuries"), r.injuries, limits::Narrative);
    checkLength(errors, QStringLiteral("interpreterLanguage"), r.interpreterLanguage, limits::ShortText);
    return errors;
}

Person normalizedPerson(Person p, QDate today)
{
    p.name = p.name.trimmed();
    if (p.personnummer)
        if (auto pn = Personnummer::parse(*p.personnummer, today))
            p.personnummer = pn->digits();
    if (p.phone)
        if (auto ph = PhoneNumber::parse(*p.phone))
            p.phone = ph->e164();
    if (p.email)
        p.email = p.email->trimmed().toLower();
    if (p.address)
        if (auto pc = PostalCode::parse(p.address->postalCode))
            p.address->postalCode = pc->formatted();
    return p;
}

Report normalizedReport(Report r, QDate today)
{
    r.reporter = normalizedPerson(std::move(r.reporter), today);
    if (r.injuredParty)
        r.injuredParty = normalizedPerson(std::move(*r.injuredParty), today);
    for (Person& w : r.witnesses)
        w = normalizedPerson(std::move(w), today);
    if (r.location.address)
        if (auto pc = PostalCode::parse(r.location.address->postalCode))
            r.location.address->postalCode = pc->formatted();
    r.narrative = r.narrative.trimmed();
    return r;
}

} // namespace kc
