// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "server/trainingscenario.h"

#include "core/jsoncodec.h"
#include "core/personnummer.h"
#include "core/referencedata.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace kc::server::training {

namespace {

// The line of every value of a well-formed JSON text by its path ("contacts[2].caller.name"):
// QJsonDocument keeps no positions, and a trainer editing a file needs the line.
class LineIndex
{
public:
    explicit LineIndex(const QByteArray& text)
        : s(text)
    {
        value(QString());
    }
    int line(const QString& path) const
    {
        // A missing field is reported at the object that lacks it.
        QString p = path;
        while (!p.isEmpty()) {
            if (auto it = lines.constFind(p); it != lines.cend())
                return *it;
            const qsizetype cut = std::max(p.lastIndexOf(u'.'), p.lastIndexOf(u'['));
            p = cut > 0 ? p.left(cut) : QString();
        }
        return lines.value(QString(), 1);
    }

private:
    const QByteArray& s;
    qsizetype i = 0;
    int current = 1;
    QHash<QString, int> lines;

    char at() const { return i < s.size() ? s[i] : '\0'; }
    void space()
    {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) {
            if (s[i] == '\n')
                ++current;
            ++i;
        }
    }
    QString string()
    {
        ++i; // the opening quote
        const qsizetype start = i;
        while (i < s.size() && s[i] != '"')
            i += s[i] == '\\' ? 2 : 1;
        const QString text = QString::fromUtf8(s.mid(start, i - start));
        ++i;
        return text;
    }
    void value(const QString& path)
    {
        space();
        lines.insert(path, current);
        if (at() == '{') {
            ++i;
            space();
            if (at() == '}') {
                ++i;
                return;
            }
            while (i < s.size()) {
                space();
                const QString key = string();
                space();
                ++i; // ':'
                value(path.isEmpty() ? key : path + u'.' + key);
                space();
                if (at() == ',') {
                    ++i;
                    continue;
                }
                ++i; // '}'
                return;
            }
        } else if (at() == '[') {
            ++i;
            space();
            if (at() == ']') {
                ++i;
                return;
            }
            for (int index = 0; i < s.size(); ++index) {
                value(path + u'[' + QString::number(index) + u']');
                space();
                if (at() == ',') {
                    ++i;
                    continue;
                }
                ++i; // ']'
                return;
            }
        } else if (at() == '"') {
            string();
        } else {
            while (i < s.size() && !QByteArrayView(",}] \t\r\n").contains(s[i]))
                ++i;
        }
    }
};

struct Checker
{
    const QString& file;
    const LineIndex& lines;
    ScenarioError* error;
    bool failed = false;

    bool fail(const QString& field, const QString& message)
    {
        if (!failed && error)
            *error = ScenarioError{file, lines.line(field), field, message};
        failed = true;
        return false;
    }
};

int lineOfOffset(const QByteArray& text, qsizetype offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

QString digitsOf(const QString& text)
{
    QString digits;
    for (QChar c : text)
        if (c.isDigit())
            digits.append(c);
    return digits;
}

bool samePersonnummer(const QString& a, const QString& b)
{
    const QString x = digitsOf(a);
    const QString y = digitsOf(b);
    return !x.isEmpty() && x.right(10) == y.right(10);
}

} // namespace

QString ScenarioError::text() const
{
    return field.isEmpty() ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message)
                           : QStringLiteral("%1:%2: %3: %4").arg(file).arg(line).arg(field, message);
}

const QStringList& Scenarios::testPersonnummer()
{
    // ../shared/DOMAIN.md, "Personnummer and samordningsnummer": Skatteverket's test numbers
    // (testpersonnummer, CC0), checked by tests/core/tst_personnummer.cpp.
    static const QStringList numbers{QStringLiteral("200001012384"), QStringLiteral("200001011493"),
                                     QStringLiteral("189506299818"), QStringLiteral("190006129803"),
                                     QStringLiteral("197306749982")};
    return numbers;
}

std::optional<Scenario> Scenarios::parse(const QByteArray& text, const QString& file, ScenarioError* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = ScenarioError{file, lineOfOffset(text, parseError.offset), QString(),
                                   tr("not valid JSON (%1)").arg(parseError.errorString())};
        return std::nullopt;
    }
    const LineIndex lines(text);
    Checker check{file, lines, error};
    const QJsonObject root = doc.object();
    const ReferenceData& reference = ReferenceData::builtin();

    auto text_ = [&](const QJsonObject& o, const QString& path, const char* key, bool required) -> QString {
        const QJsonValue v = o.value(QLatin1StringView(key));
        const QString field = path.isEmpty() ? QString::fromLatin1(key) : path + u'.' + QLatin1StringView(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                check.fail(field, tr("is missing"));
            return {};
        }
        if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
            check.fail(field, tr("must be a non-empty text"));
            return {};
        }
        return v.toString();
    };

    Scenario scenario;
    scenario.id = text_(root, {}, "id", true);
    if (!scenario.id.isEmpty() && !QRegularExpression(QStringLiteral("^[a-z0-9-]+$")).match(scenario.id).hasMatch())
        check.fail(QStringLiteral("id"), tr("may hold only a–z, 0–9 and '-'"));
    scenario.title = text_(root, {}, "title", true);
    scenario.description = text_(root, {}, "description", true);
    const QJsonValue contacts = root.value(u"contacts");
    if (!contacts.isArray() || contacts.toArray().isEmpty())
        check.fail(QStringLiteral("contacts"), tr("must be a list of at least one contact"));
    const QJsonArray list = contacts.toArray();
    int previousOffset = 0;
    for (qsizetype n = 0; n < list.size() && !check.failed; ++n) {
        const QString path = QStringLiteral("contacts[%1]").arg(n);
        if (!list[n].isObject()) {
            check.fail(path, tr("must be an object"));
            break;
        }
        const QJsonObject o = list[n].toObject();
        ScenarioContact c;
        const QJsonValue offset = o.value(u"offsetSeconds");
        if (!offset.isDouble() || offset.toDouble() < 0 || offset.toDouble() != double(offset.toInt())) {
            check.fail(path + u".offsetSeconds", tr("must be a whole number of seconds, 0 or more"));
            break;
        }
        c.offsetSeconds = offset.toInt();
        if (c.offsetSeconds < previousOffset) {
            check.fail(path + u".offsetSeconds", tr("must not be earlier than the contact before"));
            break;
        }
        previousOffset = c.offsetSeconds;
        const auto channel = fromWireName<Channel>(text_(o, path, "channel", true));
        if (!channel && !check.failed)
            check.fail(path + u".channel", tr("must be one of: %1").arg(wireNames<Channel>().join(u", ")));
        c.channel = channel.value_or(Channel::Phone);
        c.queue = text_(o, path, "queue", true);
        const QJsonValue priority = o.value(u"priority");
        if (!priority.isDouble() || priority.toInt() < 1 || priority.toInt() > 5) {
            check.fail(path + u".priority", tr("must be 1 (most urgent) to 5"));
            break;
        }
        c.priority = priority.toInt();
        c.subject = text_(o, path, "subject", true);
        c.script = text_(o, path, "script", true);
        if (o.contains(u"language"))
            c.language = text_(o, path, "language", true);
        if (check.failed)
            break;

        const QJsonValue caller = o.value(u"caller");
        if (!caller.isObject()) {
            check.fail(path + u".caller", tr("is missing"));
            break;
        }
        auto person = json::fromJson<Person>(caller, path + u".caller");
        if (!person) {
            check.fail(person.error().path.isEmpty() ? path + u".caller" : person.error().path, person.error().message);
            break;
        }
        c.caller = *person;
        if (c.caller.personnummer && !testPersonnummer().contains(*c.caller.personnummer)) {
            check.fail(path + u".caller.personnummer",
                       tr("only Skatteverket's test personnummer may be used: %1").arg(testPersonnummer().join(u", ")));
            break;
        }
        if (c.caller.address && c.caller.address->municipalityCode) {
            const Municipality* m = reference.municipality(*c.caller.address->municipalityCode);
            if (!m || m->policeRegion != u"Väst") {
                check.fail(path + u".caller.address.municipalityCode", tr("must be a kommun in polisregion Väst"));
                break;
            }
        }

        // Through the e-service (issue 15): a web report or a tip, never both; synthetic people only.
        if (o.contains(u"webReport") && o.contains(u"tip")) {
            check.fail(path + u".tip", tr("a contact is a web report or a tip, not both"));
            break;
        }
        for (const char* key : {"webReport", "tip"}) {
            const QString kPath = path + u'.' + QLatin1String(key);
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isUndefined())
                continue;
            if (!v.isObject()) {
                check.fail(kPath, tr("must be an object"));
                break;
            }
            if (c.channel != Channel::Web) {
                check.fail(path + u".channel", tr("must be web for a web report or a tip"));
                break;
            }
            const QJsonObject w = v.toObject();
            const bool tip = qstrcmp(key, "tip") == 0;
            if (tip ? w.value(u"what").toString().trimmed().isEmpty()
                    : !w.value(u"report").isObject() || !w.value(u"reporter").isObject()) {
                check.fail(kPath + (tip ? QStringLiteral(".what") : QStringLiteral(".report")), tr("is missing"));
                break;
            }
            // A personnummer that is valid must be a test number; an invalid one is the exercise
            // (the citizen mistyped it) and belongs to nobody.
            const QString who = tip ? QStringLiteral("contact") : QStringLiteral("reporter");
            const QString pnr = w.value(who).toObject().value(u"personnummer").toString();
            if (!pnr.isEmpty() && Personnummer::parse(pnr) &&
                !testPersonnummer().contains(Personnummer::parse(pnr)->digits())) {
                check.fail(
                    kPath + u'.' + who + u".personnummer",
                    tr("only Skatteverket's test personnummer may be used: %1").arg(testPersonnummer().join(u", ")));
                break;
            }
            (tip ? c.tip : c.webReport) = w;
        }
        if (check.failed)
            break;

        const QString ePath = path + u".expected";
        const QJsonValue expected = o.value(u"expected");
        if (!expected.isObject()) {
            check.fail(ePath, tr("is missing"));
            break;
        }
        const QJsonObject e = expected.toObject();
        const auto disposition = fromWireName<Disposition>(text_(e, ePath, "disposition", true));
        if (!disposition) {
            if (!check.failed)
                check.fail(ePath + u".disposition", tr("must be one of: %1").arg(wireNames<Disposition>().join(u", ")));
            break;
        }
        c.expected.disposition = *disposition;
        c.expected.lesson = text_(e, ePath, "lesson", false);
        const QJsonValue report = e.value(u"report");
        if (*disposition == Disposition::ReportFiled && !report.isObject()) {
            check.fail(ePath + u".report", tr("is missing (the disposition is report_filed)"));
            break;
        }
        if (report.isObject()) {
            const QString rPath = ePath + u".report";
            const QJsonObject r = report.toObject();
            ExpectedReport er;
            er.offenceCode = text_(r, rPath, "offenceCode", true);
            if (!er.offenceCode.isEmpty() && !reference.offenceType(er.offenceCode)) {
                check.fail(rPath + u".offenceCode", tr("is not an offence code of the reference data"));
                break;
            }
            er.municipalityCode = text_(r, rPath, "municipalityCode", true);
            if (!er.municipalityCode.isEmpty() && !reference.municipality(er.municipalityCode)) {
                check.fail(rPath + u".municipalityCode", tr("is not a kommun code of the reference data"));
                break;
            }
            if (r.contains(u"timeRange")) {
                const QJsonObject t = r.value(u"timeRange").toObject();
                const QJsonValue from = t.value(u"fromMinutesAgo");
                const QJsonValue to = t.value(u"toMinutesAgo");
                if (!from.isDouble() || !to.isDouble() || from.toInt() < to.toInt() || to.toInt() < 0) {
                    check.fail(rPath + u".timeRange",
                               tr("needs fromMinutesAgo ≥ toMinutesAgo ≥ 0 (minutes before the contact)"));
                    break;
                }
                er.fromMinutesAgo = from.toInt();
                er.toMinutesAgo = to.toInt();
            }
            for (const QJsonValue& g : r.value(u"stolenGoods").toArray())
                er.stolenGoods.append(g.toString());
            c.expected.report = er;
        }
        if (check.failed)
            break;
        scenario.contacts.append(c);
    }
    if (check.failed)
        return std::nullopt;
    return scenario;
}

std::optional<QList<Scenario>> Scenarios::loadDirectory(const QString& directory, ScenarioError* error)
{
    QList<Scenario> scenarios;
    QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            if (error)
                *error = ScenarioError{name, 0, QString(), tr("cannot be read")};
            return std::nullopt;
        }
        auto scenario = parse(f.readAll(), name, error);
        if (!scenario)
            return std::nullopt;
        for (const Scenario& other : std::as_const(scenarios))
            if (other.id == scenario->id) {
                if (error)
                    *error = ScenarioError{name, 1, QStringLiteral("id"), tr("is used by another scenario too")};
                return std::nullopt;
            }
        scenarios.append(*scenario);
    }
    return scenarios;
}

const QList<Scenario>& Scenarios::builtin()
{
    static const QList<Scenario> scenarios = [] {
        ScenarioError error;
        auto loaded = loadDirectory(QStringLiteral(":/scenarios"), &error);
        if (!loaded)
            qFatal("Built-in scenario broken: %s", qPrintable(error.text())); // tests keep this unreachable
        return *loaded;
    }();
    return scenarios;
}

// ---- scoring ------------------------------------------------------------------------------------

Score score(const ScenarioContact& expected, const Contact& completed, const std::optional<Report>& report)
{
    Score s;
    const Expected& e = expected.expected;
    s.fields.append({QStringLiteral("disposition"), completed.disposition == e.disposition, wireName(e.disposition),
                     completed.disposition ? wireName(*completed.disposition) : QString()});
    if (e.report) {
        const ExpectedReport& er = *e.report;
        s.fields.append({QStringLiteral("offenceCode"), report && report->offenceCode == er.offenceCode, er.offenceCode,
                         report ? report->offenceCode : QString()});
        s.fields.append({QStringLiteral("municipalityCode"),
                         report && report->location.municipalityCode == er.municipalityCode, er.municipalityCode,
                         report ? report->location.municipalityCode : QString()});
        if (er.fromMinutesAgo && er.toMinutesAgo) {
            const QDateTime received = completed.receivedAt;
            constexpr qint64 slack = 60 * 60;
            const QDateTime earliest = received.addSecs(-qint64(*er.fromMinutesAgo) * 60 - slack);
            const QDateTime latest = received.addSecs(-qint64(*er.toMinutesAgo) * 60 + slack);
            const bool ok = report && report->occurredFrom.isValid() && report->occurredFrom >= earliest &&
                            report->occurredFrom <= latest;
            s.fields.append(
                {QStringLiteral("timeRange"), ok,
                 QStringLiteral("%1–%2 min före kontakten").arg(*er.fromMinutesAgo).arg(*er.toMinutesAgo),
                 report && report->occurredFrom.isValid()
                     ? QStringLiteral("%1 min före kontakten").arg(report->occurredFrom.secsTo(received) / 60)
                     : QString()});
        }
        if (expected.caller.personnummer) {
            const QString typed = report && report->reporter.personnummer ? *report->reporter.personnummer : QString();
            s.fields.append({QStringLiteral("personnummer"), samePersonnummer(*expected.caller.personnummer, typed),
                             *expected.caller.personnummer, typed});
        }
        if (!er.stolenGoods.isEmpty()) {
            QStringList described;
            if (report)
                for (const StolenItem& item : report->stolenItems)
                    described.append(
                        QStringList{item.description, item.brand.value_or(QString()), item.model.value_or(QString())}
                            .join(u' '));
            const QString all = described.join(u"; ");
            bool ok = true;
            // "dator|macbook": any of the words names the item.
            for (const QString& word : er.stolenGoods) {
                bool found = false;
                for (const QString& alternative : word.split(u'|', Qt::SkipEmptyParts))
                    found = found || all.contains(alternative.trimmed(), Qt::CaseInsensitive);
                ok = ok && found;
            }
            s.fields.append({QStringLiteral("stolenGoods"), ok, er.stolenGoods.join(u", "), all});
        }
    } else if (report) {
        // A report where none belongs (a lost passport, an emergency) is a mistake of its own.
        s.fields.append({QStringLiteral("report"), false, QStringLiteral("ingen anmälan"), report->offenceCode});
    }
    int ok = 0;
    for (const FieldScore& f : std::as_const(s.fields))
        ok += f.ok ? 1 : 0;
    s.score = s.fields.isEmpty() ? 0 : (100 * ok + int(s.fields.size()) / 2) / int(s.fields.size());
    return s;
}

} // namespace kc::server::training
