// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "core/jsoncodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimeZone>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <concepts>
#include <cstdlib>
#include <limits>
#include <type_traits>

namespace kc::json {

using namespace Qt::StringLiterals;

namespace {

// ---- messages --------------------------------------------------------------------------------
// Built from paths and type names only: the values themselves may be personal data and must not
// reach messages or logs.

enum class Kind { Text, WholeNumber, Number, Fraction, Bool, Object, List, Null };

QString phrase(Kind kind)
{
    // Noun phrases completing "%1 must be %2, not %3."; same order as Kind.
    static constexpr const char* phrases[] = {
        //: A kind of JSON value, completing "%1 must be %2, not %3." (so are the next seven)
        QT_TRANSLATE_NOOP("kc::json", "text"),                   // Text
        QT_TRANSLATE_NOOP("kc::json", "a whole number"),         // WholeNumber
        QT_TRANSLATE_NOOP("kc::json", "a number"),               // Number
        QT_TRANSLATE_NOOP("kc::json", "a number with decimals"), // Fraction
        QT_TRANSLATE_NOOP("kc::json", "true or false"),          // Bool
        QT_TRANSLATE_NOOP("kc::json", "an object"),              // Object
        QT_TRANSLATE_NOOP("kc::json", "a list"),                 // List
        QT_TRANSLATE_NOOP("kc::json", "null"),                   // Null
    };
    return QCoreApplication::translate("kc::json", phrases[static_cast<int>(kind)]);
}

Kind kindOf(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return Kind::Bool;
    case QJsonValue::Double:
        return Kind::Number;
    case QJsonValue::String:
        return Kind::Text;
    case QJsonValue::Array:
        return Kind::List;
    case QJsonValue::Object:
        return Kind::Object;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return Kind::Null;
}

// The subject of a sentence: the field path, or the whole document when there is none.
QString subject(const QString& path)
{
    //: Subject of an error sentence when the whole JSON document (not one field) is wrong.
    return path.isEmpty() ? QCoreApplication::translate("kc::json", "The document") : path;
}

Error missingField(const QString& path)
{
    //: %1 is a field path such as reporter.name
    QString message = QCoreApplication::translate("kc::json", "%1 is required.").arg(subject(path));
    return Error{.path = path, .message = std::move(message), .code = u"missing_field"_s};
}

Error wrongType(const QString& path, Kind expected, Kind got)
{
    //: %1 is a field path, %2 and %3 are kinds of value such as "text" or "a whole number"
    QString message = QCoreApplication::translate("kc::json", "%1 must be %2, not %3.")
                          .arg(subject(path), phrase(expected), phrase(got));
    return Error{.path = path, .message = std::move(message), .code = u"wrong_type"_s};
}

Error unknownValue(const QString& path, const QStringList& allowed)
{
    //: %1 is a field path, %2 the allowed values separated by commas (they stay in English)
    QString message =
        QCoreApplication::translate("kc::json", "%1 must be one of: %2.").arg(subject(path), allowed.join(u", "));
    return Error{.path = path, .message = std::move(message), .code = u"unknown_value"_s};
}

Error outOfRange(const QString& path, qint64 min, qint64 max)
{
    //: %1 is a field path, %2 and %3 the smallest and largest allowed number
    QString message = QCoreApplication::translate("kc::json", "%1 must be between %2 and %3.")
                          .arg(subject(path), QString::number(min), QString::number(max));
    return Error{.path = path, .message = std::move(message), .code = u"out_of_range"_s};
}

Error invalidTimestamp(const QString& path)
{
    //: %1 is a field path; the examples are the format itself and must stay as they are
    QString message = QCoreApplication::translate("kc::json", "%1 must be a date and time with a UTC offset, such as "
                                                              "2026-11-27T20:15:00Z or 2026-11-27T21:15:00+01:00.")
                          .arg(subject(path));
    return Error{.path = path, .message = std::move(message), .code = u"invalid_timestamp"_s};
}

// ---- single values ---------------------------------------------------------------------------

template<typename V, typename T>
concept Is = std::same_as<std::remove_const_t<V>, T>;

// The record types: exactly those with a public toJson() overload.
template<typename T>
concept Record = requires(const T& v) {
    { toJson(v) } -> std::same_as<QJsonObject>;
};

template<typename E>
concept WireEnum = std::is_enum_v<E>;

// JSON numbers are doubles; beyond 2^53 not every whole number exists, so no field goes there.
constexpr qint64 MaxSafeInteger = (qint64(1) << 53) - 1;

std::optional<Error> decodeWhole(const QJsonValue& v, const QString& path, qint64 min, qint64 max, qint64& out)
{
    if (!v.isDouble())
        return wrongType(path, Kind::WholeNumber, kindOf(v));
    const double d = v.toDouble();
    if (d != std::trunc(d))
        return wrongType(path, Kind::WholeNumber, Kind::Fraction);
    if (d < static_cast<double>(min) || d > static_cast<double>(max))
        return outOfRange(path, min, max);
    out = v.toInteger();
    return std::nullopt;
}

std::optional<Error> decode(const QJsonValue& v, const QString& path, QString& out)
{
    if (!v.isString())
        return wrongType(path, Kind::Text, kindOf(v));
    out = v.toString();
    return std::nullopt;
}

std::optional<Error> decode(const QJsonValue& v, const QString& path, bool& out)
{
    if (!v.isBool())
        return wrongType(path, Kind::Bool, kindOf(v));
    out = v.toBool();
    return std::nullopt;
}

std::optional<Error> decode(const QJsonValue& v, const QString& path, qint64& out)
{
    return decodeWhole(v, path, -MaxSafeInteger, MaxSafeInteger, out);
}

std::optional<Error> decode(const QJsonValue& v, const QString& path, int& out)
{
    qint64 wide = 0;
    std::optional<Error> error =
        decodeWhole(v, path, std::numeric_limits<int>::min(), std::numeric_limits<int>::max(), wide);
    if (!error)
        out = static_cast<int>(wide);
    return error;
}

std::optional<Error> decode(const QJsonValue& v, const QString& path, double& out)
{
    if (!v.isDouble())
        return wrongType(path, Kind::Number, kindOf(v));
    out = v.toDouble();
    return std::nullopt;
}

std::optional<Error> decode(const QJsonValue& v, const QString& path, QDateTime& out)
{
    if (!v.isString())
        return wrongType(path, Kind::Text, kindOf(v));
    out = parseTimestamp(v.toString());
    if (!out.isValid())
        return invalidTimestamp(path);
    return std::nullopt;
}

// A JSON object kept whole (a citizen's submission as received): any object, never looked into.
std::optional<Error> decode(const QJsonValue& v, const QString& path, QJsonObject& out)
{
    if (!v.isObject())
        return wrongType(path, Kind::Object, kindOf(v));
    out = v.toObject();
    return std::nullopt;
}

template<WireEnum E>
std::optional<Error> decode(const QJsonValue& v, const QString& path, E& out)
{
    if (!v.isString())
        return wrongType(path, Kind::Text, kindOf(v));
    const std::optional<E> value = fromWireName<E>(v.toString());
    if (!value)
        return unknownValue(path, wireNames<E>());
    out = *value;
    return std::nullopt;
}

template<Record T>
std::optional<Error> decode(const QJsonValue& v, const QString& path, T& out)
{
    Result<T> value = fromJson<T>(v, path);
    if (!value)
        return value.error();
    out = std::move(value).value();
    return std::nullopt;
}

template<typename T>
std::optional<Error> decode(const QJsonValue& v, const QString& path, QList<T>& out)
{
    if (!v.isArray())
        return wrongType(path, Kind::List, kindOf(v));
    const QJsonArray array = v.toArray();
    out.clear();
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = path + u'[' + QString::number(i) + u']';
        T item{};
        if (std::optional<Error> error = decode(array.at(i), itemPath, item))
            return error;
        out.append(std::move(item));
    }
    return std::nullopt;
}

QJsonValue encode(const QString& v)
{
    return v;
}

QJsonValue encode(bool v)
{
    return v;
}

QJsonValue encode(int v)
{
    return v;
}

QJsonValue encode(qint64 v)
{
    return v;
}

QJsonValue encode(double v)
{
    return v;
}

QJsonValue encode(const QDateTime& v)
{
    // Undefined makes QJsonObject::insert() leave the key out: there is no text for "no time".
    return v.isValid() ? QJsonValue(formatTimestamp(v)) : QJsonValue(QJsonValue::Undefined);
}

QJsonValue encode(const QJsonObject& v)
{
    return v;
}

template<WireEnum E>
QJsonValue encode(E v)
{
    return wireName(v);
}

template<Record T>
QJsonValue encode(const T& v)
{
    return toJson(v);
}

template<typename T>
QJsonValue encode(const QList<T>& list)
{
    QJsonArray array;
    for (const T& item : list)
        array.append(encode(item));
    return array;
}

// ---- records ---------------------------------------------------------------------------------
// Each record lists its fields once, in fields(io, value); Reader and Writer give the verbs their
// meaning, so encoding and decoding cannot drift apart. The verbs:
//   required  — must be present and not null
//   optional  — std::optional; absent or null is nullopt, nullopt is left out
//   defaulted — absent or null keeps the default; always written
//   assigned  — set by the server: absent or null keeps the default; left out while still default
//   range     — the (already read) integer must lie within [min, max]

class Reader
{
public:
    Reader(const QJsonValue& json, const QString& path)
        : m_path(path)
    {
        if (json.isObject())
            m_object = json.toObject();
        else
            m_error = wrongType(path, Kind::Object, kindOf(json));
    }

    template<typename T>
    void required(QLatin1StringView key, T& out)
    {
        if (m_error)
            return;
        const QJsonValue v = m_object.value(key);
        if (isAbsent(v))
            m_error = missingField(child(key));
        else
            m_error = decode(v, child(key), out);
    }

    template<typename T>
    void optional(QLatin1StringView key, std::optional<T>& out)
    {
        if (m_error)
            return;
        const QJsonValue v = m_object.value(key);
        if (isAbsent(v)) {
            out.reset();
            return;
        }
        T value{};
        m_error = decode(v, child(key), value);
        if (!m_error)
            out = std::move(value);
    }

    template<typename T>
    void defaulted(QLatin1StringView key, T& out)
    {
        if (m_error)
            return;
        const QJsonValue v = m_object.value(key);
        if (!isAbsent(v))
            m_error = decode(v, child(key), out);
    }

    template<typename T>
    void assigned(QLatin1StringView key, T& out)
    {
        defaulted(key, out);
    }

    void range(QLatin1StringView key, int value, int min, int max)
    {
        if (!m_error && (value < min || value > max))
            m_error = outOfRange(child(key), min, max);
    }

    template<typename T>
    Result<T> finish(T value) const
    {
        if (m_error)
            return *m_error;
        return value;
    }

private:
    static bool isAbsent(const QJsonValue& v) { return v.isUndefined() || v.isNull(); }

    QString child(QLatin1StringView key) const
    {
        if (m_path.isEmpty())
            return QString(key);
        return m_path + u'.' + key;
    }

    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_error; // the first problem; once set, later fields are not read
};

// What both writers share: which values a record's fields() lists leave out. `Derived` writes a
// value with required().
template<typename Derived>
class WriterRules
{
public:
    template<typename T>
    void optional(QLatin1StringView key, const std::optional<T>& v)
    {
        if (v)
            self().required(key, *v);
    }

    template<typename T>
    void defaulted(QLatin1StringView key, const T& v)
    {
        self().required(key, v);
    }

    template<typename T>
    void assigned(QLatin1StringView key, const T& v)
    {
        if (!(v == T{}))
            self().required(key, v);
    }

    void range(QLatin1StringView, int, int, int) {}

private:
    Derived& self() { return static_cast<Derived&>(*this); }
};

class Writer : public WriterRules<Writer>
{
public:
    template<typename T>
    void required(QLatin1StringView key, const T& v)
    {
        m_object.insert(key, encode(v));
    }

    QJsonObject object() const { return m_object; }

private:
    QJsonObject m_object;
};

template<typename Io, Is<Address> V>
void fields(Io& io, V& v)
{
    io.required("street"_L1, v.street);
    io.required("postalCode"_L1, v.postalCode);
    io.required("city"_L1, v.city);
    io.optional("municipalityCode"_L1, v.municipalityCode);
}

template<typename Io, Is<Person> V>
void fields(Io& io, V& v)
{
    io.required("name"_L1, v.name);
    io.optional("personnummer"_L1, v.personnummer);
    io.optional("phone"_L1, v.phone);
    io.optional("email"_L1, v.email);
    io.optional("address"_L1, v.address);
}

template<typename Io, Is<Contact> V>
void fields(Io& io, V& v)
{
    io.assigned("id"_L1, v.id);
    io.required("channel"_L1, v.channel);
    io.required("queue"_L1, v.queue);
    io.defaulted("state"_L1, v.state);
    io.defaulted("priority"_L1, v.priority);
    io.range("priority"_L1, v.priority, 1, 5);
    io.required("caller"_L1, v.caller);
    io.required("subject"_L1, v.subject);
    io.defaulted("language"_L1, v.language);
    io.assigned("receivedAt"_L1, v.receivedAt);
    io.optional("assignedTo"_L1, v.assignedTo);
    io.optional("assignedAt"_L1, v.assignedAt);
    io.optional("completedAt"_L1, v.completedAt);
    io.optional("disposition"_L1, v.disposition);
    io.optional("reportId"_L1, v.reportId);
    io.assigned("version"_L1, v.version);
    io.assigned("knowledgeArticleIds"_L1, v.knowledgeArticleIds);
    io.optional("callbackOf"_L1, v.callbackOf);
    io.optional("callbackAt"_L1, v.callbackAt);
    io.optional("callbackNote"_L1, v.callbackNote);
    io.optional("webReport"_L1, v.webReport);
    io.optional("tip"_L1, v.tip);
}

template<typename Io, Is<Suspect> V>
void fields(Io& io, V& v)
{
    io.required("known"_L1, v.known);
    io.optional("name"_L1, v.name);
    io.optional("description"_L1, v.description);
}

template<typename Io, Is<StolenItem> V>
void fields(Io& io, V& v)
{
    io.required("description"_L1, v.description);
    io.optional("brand"_L1, v.brand);
    io.optional("model"_L1, v.model);
    io.optional("serialNumber"_L1, v.serialNumber);
    io.optional("valueSek"_L1, v.valueSek);
}

template<typename Io, Is<Supplement> V>
void fields(Io& io, V& v)
{
    io.required("at"_L1, v.at);
    io.required("by"_L1, v.by);
    io.required("text"_L1, v.text);
}

template<typename Io, Is<Location> V>
void fields(Io& io, V& v)
{
    io.optional("address"_L1, v.address);
    io.required("municipalityCode"_L1, v.municipalityCode);
    io.optional("description"_L1, v.description);
}

template<typename Io, Is<ReportRouting> V>
void fields(Io& io, V& v)
{
    io.required("policeRegion"_L1, v.policeRegion);
    io.required("policeArea"_L1, v.policeArea);
    io.required("state"_L1, v.state);
    io.required("routedAt"_L1, v.routedAt);
    io.optional("acknowledgedAt"_L1, v.acknowledgedAt);
    io.optional("acknowledgedBy"_L1, v.acknowledgedBy);
}

template<typename Io, Is<Report> V>
void fields(Io& io, V& v)
{
    io.assigned("id"_L1, v.id);
    io.assigned("caseNumber"_L1, v.caseNumber);
    io.assigned("version"_L1, v.version);
    io.defaulted("status"_L1, v.status);
    io.optional("contactId"_L1, v.contactId);
    io.required("offenceCode"_L1, v.offenceCode);
    io.required("occurredFrom"_L1, v.occurredFrom);
    io.optional("occurredTo"_L1, v.occurredTo);
    io.required("location"_L1, v.location);
    io.required("reporter"_L1, v.reporter);
    io.optional("injuredParty"_L1, v.injuredParty);
    io.defaulted("injuredPartyIsReporter"_L1, v.injuredPartyIsReporter);
    io.defaulted("suspects"_L1, v.suspects);
    io.defaulted("witnesses"_L1, v.witnesses);
    io.defaulted("stolenItems"_L1, v.stolenItems);
    io.required("narrative"_L1, v.narrative);
    io.optional("injuries"_L1, v.injuries);
    io.optional("interpreterLanguage"_L1, v.interpreterLanguage);
    io.assigned("createdBy"_L1, v.createdBy);
    io.assigned("createdAt"_L1, v.createdAt);
    io.assigned("updatedAt"_L1, v.updatedAt);
    io.defaulted("supplements"_L1, v.supplements);
    io.optional("routing"_L1, v.routing);
    io.optional("webReport"_L1, v.webReport);
}

template<typename Io, Is<User> V>
void fields(Io& io, V& v)
{
    io.required("id"_L1, v.id);
    io.required("username"_L1, v.username);
    io.required("displayName"_L1, v.displayName);
    io.required("role"_L1, v.role);
    io.required("team"_L1, v.team);
    io.required("queues"_L1, v.queues);
    io.optional("policeArea"_L1, v.policeArea);
}

template<typename Io, Is<AgentState> V>
void fields(Io& io, V& v)
{
    io.required("agentId"_L1, v.agentId);
    io.required("displayName"_L1, v.displayName);
    io.required("team"_L1, v.team);
    io.required("state"_L1, v.state);
    io.optional("reason"_L1, v.reason);
    io.required("since"_L1, v.since);
}

template<typename Io, Is<QueueStats> V>
void fields(Io& io, V& v)
{
    io.required("queue"_L1, v.queue);
    io.required("waiting"_L1, v.waiting);
    io.required("longestWaitSeconds"_L1, v.longestWaitSeconds);
    io.required("answeredToday"_L1, v.answeredToday);
    io.required("abandonedToday"_L1, v.abandonedToday);
    io.required("serviceLevelPercent"_L1, v.serviceLevelPercent);
    io.required("serviceLevelThresholdSeconds"_L1, v.serviceLevelThresholdSeconds);
    io.required("averageHandleSeconds"_L1, v.averageHandleSeconds);
}

// Writes a record's compact JSON text straight into bytes, without a QJsonObject: the same
// fields() lists as Writer, the same values left out, and the keys in QJsonObject's order (sorted),
// so the text is byte for byte QJsonDocument(toJson(v)).toJson(Compact). Each value is written into
// a scratch buffer as it comes; finish() puts them out in key order.
class ByteWriter : public WriterRules<ByteWriter>
{
public:
    template<typename T>
    void required(QLatin1StringView key, const T& v)
    {
        const qsizetype begin = m_scratch.size();
        if (encodeText(m_scratch, v))
            m_entries.append({key, begin, m_scratch.size()});
    }

    void finish(QByteArray& out)
    {
        std::sort(m_entries.begin(), m_entries.end(), [](const Entry& a, const Entry& b) { return a.key < b.key; });
        out += '{';
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            const Entry& e = m_entries[i];
            if (i > 0)
                out += ',';
            out += '"';
            out.append(e.key.data(), e.key.size()); // the contract's names: plain ASCII
            out += "\":";
            out.append(m_scratch.constData() + e.begin, e.end - e.begin);
        }
        out += '}';
    }

private:
    // false: the value is left out (QJsonObject::insert of an undefined value removes the key).
    static bool encodeText(QByteArray& out, const QString& v)
    {
        appendJsonString(out, v);
        return true;
    }
    static bool encodeText(QByteArray& out, bool v)
    {
        out += v ? "true" : "false";
        return true;
    }
    static bool encodeText(QByteArray& out, int v)
    {
        out += QByteArray::number(v);
        return true;
    }
    static bool encodeText(QByteArray& out, qint64 v)
    {
        out += QByteArray::number(v);
        return true;
    }
    static bool encodeText(QByteArray& out, double v)
    {
        // As QJsonDocument writes a double (RFC 8259 has no infinities or NaN).
        out += std::isfinite(v) ? QByteArray::number(v, 'g', QLocale::FloatingPointShortest) : QByteArray("null");
        return true;
    }
    static bool encodeText(QByteArray& out, const QDateTime& v)
    {
        if (!v.isValid())
            return false;
        appendJsonString(out, formatTimestamp(v));
        return true;
    }
    static bool encodeText(QByteArray& out, const QJsonObject& v)
    {
        out += QJsonDocument(v).toJson(QJsonDocument::Compact);
        return true;
    }
    template<WireEnum E>
    static bool encodeText(QByteArray& out, E v)
    {
        appendJsonString(out, wireName(v));
        return true;
    }
    template<Record T>
    static bool encodeText(QByteArray& out, const T& v)
    {
        ByteWriter nested;
        fields(nested, v);
        nested.finish(out);
        return true;
    }
    template<typename T>
    static bool encodeText(QByteArray& out, const QList<T>& list)
    {
        out += '[';
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (i > 0)
                out += ',';
            if (!encodeText(out, list[i]))
                out += "null"; // as QJsonArray::append(undefined) is written
        }
        out += ']';
        return true;
    }

    struct Entry
    {
        QLatin1StringView key;
        qsizetype begin = 0, end = 0;
    };
    QByteArray m_scratch;
    QVarLengthArray<Entry, 24> m_entries;
};

template<typename T>
void appendRecordText(QByteArray& out, const T& value)
{
    ByteWriter writer;
    fields(writer, value);
    writer.finish(out);
}

template<typename T>
QJsonObject encodeRecord(const T& value)
{
    Writer writer;
    fields(writer, value);
    return writer.object();
}

template<typename T>
Result<T> decodeRecord(const QJsonValue& json, const QString& path)
{
    Reader reader(json, path);
    T value;
    fields(reader, value);
    return reader.finish(std::move(value));
}

// ---- timestamps ------------------------------------------------------------------------------

// Reads `count` ASCII digits at `pos`; false when any is missing or not a digit.
bool readDigits(QStringView s, qsizetype pos, qsizetype count, int& out)
{
    if (pos < 0 || pos + count > s.size())
        return false;
    int value = 0;
    for (qsizetype i = pos; i < pos + count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        value = value * 10 + (c - u'0');
    }
    out = value;
    return true;
}

bool isAt(QStringView s, qsizetype pos, char16_t c)
{
    return pos < s.size() && s[pos] == c;
}

} // namespace

// ---- public API ------------------------------------------------------------------------------

QString formatTimestamp(const QDateTime& t)
{
    if (!t.isValid())
        return {};
    int offset = t.offsetFromUtc();
    // RFC 3339 offsets have no seconds; such (historic) offsets are written as UTC so the instant
    // stays exact.
    if (offset % 60 != 0)
        offset = 0;
    // The wall-clock fields at that offset, computed in UTC so no zone rules get involved.
    const QDateTime wall = t.toUTC().addSecs(offset);
    const QDate date = wall.date();
    const QTime time = wall.time();
    QString text = QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02d", date.year(), date.month(), date.day(),
                                     time.hour(), time.minute(), time.second());
    if (time.msec() != 0)
        text += QString::asprintf(".%03d", time.msec());
    if (offset == 0) {
        text += u'Z';
    } else {
        const int magnitude = std::abs(offset);
        text += QString::asprintf("%c%02d:%02d", offset < 0 ? '-' : '+', magnitude / 3600, magnitude % 3600 / 60);
    }
    return text;
}

QDateTime parseTimestamp(QStringView s)
{
    // Hand-written rather than a shared QRegularExpression: the server parses on many threads.
    // Layout: yyyy-MM-ddTHH:mm:ss[.fraction](Z|+HH:MM|-HH:MM); 't' and 'z' as RFC 3339 allows.
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!(readDigits(s, 0, 4, year) && isAt(s, 4, u'-') && readDigits(s, 5, 2, month) && isAt(s, 7, u'-') &&
          readDigits(s, 8, 2, day) && (isAt(s, 10, u'T') || isAt(s, 10, u't')) && readDigits(s, 11, 2, hour) &&
          isAt(s, 13, u':') && readDigits(s, 14, 2, minute) && isAt(s, 16, u':') && readDigits(s, 17, 2, second)))
        return {};

    qsizetype pos = 19;
    int msec = 0;
    if (isAt(s, pos, u'.')) {
        const qsizetype start = ++pos;
        while (pos < s.size() && s[pos].unicode() >= u'0' && s[pos].unicode() <= u'9')
            ++pos;
        const qsizetype digits = pos - start;
        if (digits == 0 || digits > 9)
            return {};
        // QDateTime keeps milliseconds; finer digits are dropped.
        readDigits(s, start, std::min<qsizetype>(digits, 3), msec);
        for (qsizetype i = digits; i < 3; ++i)
            msec *= 10;
    }

    QTimeZone zone;
    if (isAt(s, pos, u'Z') || isAt(s, pos, u'z')) {
        zone = QTimeZone(QTimeZone::UTC);
        pos += 1;
    } else if (isAt(s, pos, u'+') || isAt(s, pos, u'-')) {
        const int sign = isAt(s, pos, u'-') ? -1 : 1;
        int hours = 0, minutes = 0;
        if (!(readDigits(s, pos + 1, 2, hours) && isAt(s, pos + 3, u':') && readDigits(s, pos + 4, 2, minutes)) ||
            hours > 23 || minutes > 59)
            return {};
        zone = QTimeZone::fromSecondsAheadOfUtc(sign * (hours * 3600 + minutes * 60));
        pos += 6;
    } else {
        return {}; // no offset: a local time nobody can place
    }
    if (pos != s.size())
        return {};

    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid() || !zone.isValid())
        return {};
    return QDateTime(date, time, zone);
}

Result<QJsonValue> parseValue(const QByteArray& utf8)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        //: %1 is Qt's description of the problem, %2 a byte offset counted from 0
        QString message = QCoreApplication::translate("kc::json", "The text is not valid JSON: %1 (at byte %2).")
                              .arg(parseError.errorString(), QString::number(parseError.offset));
        return Error{.path = {}, .message = std::move(message), .code = u"malformed_json"_s};
    }
    if (document.isArray())
        return QJsonValue(document.array());
    return QJsonValue(document.object());
}

void appendJsonString(QByteArray& out, QStringView s)
{
    // QJsonDocument's escaping (qjsonwriter.cpp): '"', '\\' and the C0 controls escaped (\b \f \n \r
    // \t by name, others as \u00xx), everything else as UTF-8, and a lone surrogate (not valid
    // UTF-16) as \uxxxx. Hex digits are lower case.
    static constexpr char hex[] = "0123456789abcdef";
    out.reserve(out.size() + s.size() + 2);
    out += '"';
    const char16_t* p = s.utf16();
    const char16_t* const end = p + s.size();
    while (p != end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                out += char(u);
                continue;
            }
            out += '\\';
            switch (u) {
            case u'"':
                out += '"';
                break;
            case u'\\':
                out += '\\';
                break;
            case 0x08:
                out += 'b';
                break;
            case 0x0c:
                out += 'f';
                break;
            case 0x0a:
                out += 'n';
                break;
            case 0x0d:
                out += 'r';
                break;
            case 0x09:
                out += 't';
                break;
            default:
                out += "u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            }
        } else if (u < 0x800) {
            out += char(0xc0 | (u >> 6));
            out += char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            out += char(0xe0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3f));
            out += char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t c = QChar::surrogateToUcs4(u, *p++);
            out += char(0xf0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3f));
            out += char(0x80 | ((c >> 6) & 0x3f));
            out += char(0x80 | (c & 0x3f));
        } else {
            out += "\\u";
            out += hex[(u >> 12) & 0xf];
            out += hex[(u >> 8) & 0xf];
            out += hex[(u >> 4) & 0xf];
            out += hex[u & 0xf];
        }
    }
    out += '"';
}

void appendJson(QByteArray& out, const Contact& v)
{
    appendRecordText(out, v);
}

void appendJson(QByteArray& out, const AgentState& v)
{
    appendRecordText(out, v);
}

QJsonObject toJson(const Address& v)
{
    return encodeRecord(v);
}
QJsonObject toJson(const Person& v)
{
    return encodeRecord(v);
}
QJsonObject toJson(const Contact& v)
{
    return encodeRecord(v);
}
QJsonObject toJson(const Suspect& v)
{
    return encodeRecord(v);
}
QJsonObject toJson(const StolenItem& v)
{
    return encodeRecord(v);
}
QJsonObject toJson(const Supplement& v)
{
    return encodeRecord(v);
}
QJsonObject toJson(const Location& v)
{
    return encodeRecord(v);
}
QJsonObject toJson(const ReportRouting& v)
{
    return encodeRecord(v);
}
QJsonObject toJson(const Report& v)
{
    return encodeRecord(v);
}
QJsonObject toJson(const User& v)
{
    return encodeRecord(v);
}
QJsonObject toJson(const AgentState& v)
{
    return encodeRecord(v);
}
QJsonObject toJson(const QueueStats& v)
{
    return encodeRecord(v);
}

template<>
Result<Address> fromJson<Address>(const QJsonValue& v, const QString& path)
{
    return decodeRecord<Address>(v, path);
}
template<>
Result<Person> fromJson<Person>(const QJsonValue& v, const QString& path)
{
    return decodeRecord<Person>(v, path);
}
template<>
Result<Contact> fromJson<Contact>(const QJsonValue& v, const QString& path)
{
    return decodeRecord<Contact>(v, path);
}
template<>
Result<Suspect> fromJson<Suspect>(const QJsonValue& v, const QString& path)
{
    return decodeRecord<Suspect>(v, path);
}
template<>
Result<StolenItem> fromJson<StolenItem>(const QJsonValue& v, const QString& path)
{
    return decodeRecord<StolenItem>(v, path);
}
template<>
Result<Supplement> fromJson<Supplement>(const QJsonValue& v, const QString& path)
{
    return decodeRecord<Supplement>(v, path);
}
template<>
Result<Location> fromJson<Location>(const QJsonValue& v, const QString& path)
{
    return decodeRecord<Location>(v, path);
}
template<>
Result<ReportRouting> fromJson<ReportRouting>(const QJsonValue& v, const QString& path)
{
    return decodeRecord<ReportRouting>(v, path);
}
template<>
Result<Report> fromJson<Report>(const QJsonValue& v, const QString& path)
{
    return decodeRecord<Report>(v, path);
}
template<>
Result<User> fromJson<User>(const QJsonValue& v, const QString& path)
{
    return decodeRecord<User>(v, path);
}
template<>
Result<AgentState> fromJson<AgentState>(const QJsonValue& v, const QString& path)
{
    return decodeRecord<AgentState>(v, path);
}
template<>
Result<QueueStats> fromJson<QueueStats>(const QJsonValue& v, const QString& path)
{
    return decodeRecord<QueueStats>(v, path);
}

} // namespace kc::json
