// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/citizenreport.h"

#include "core/jsoncodec.h"
#include "models/casehistorymodel.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kc {

// ---- the submission and the form's paths ---------------------------------------------------------

namespace webreport {

QString formPath(const QString& submissionPath)
{
    if (submissionPath.startsWith("report."_L1))
        return submissionPath.mid(7);
    return submissionPath;
}

QJsonValue valueAt(const QJsonObject& root, const QString& path)
{
    // "a.b[2].c": keys separated by dots, an index in brackets after a key.
    static const QRegularExpression part(u"^([^\\[\\]]*)(?:\\[(\\d+)\\])?$"_s);
    QJsonValue v = root;
    for (const QString& segment : path.split(u'.')) {
        const auto m = part.match(segment);
        if (!m.hasMatch() || !v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(m.captured(1));
        if (m.capturedLength(2) > 0) {
            const qsizetype i = m.captured(2).toLongLong();
            if (!v.isArray() || i >= v.toArray().size())
                return QJsonValue(QJsonValue::Undefined);
            v = v.toArray().at(i);
        }
    }
    return v;
}

QJsonObject draftFrom(const QJsonObject& webReport, const QString& contactId)
{
    QJsonObject draft = webReport.value("report"_L1).toObject();
    if (webReport.value("reporter"_L1).isObject())
        draft.insert("reporter"_L1, webReport.value("reporter"_L1));
    if (!draft.contains("injuredPartyIsReporter"_L1))
        draft.insert("injuredPartyIsReporter"_L1, true);
    draft.insert("contactId"_L1, contactId);
    QJsonObject state{{"section"_L1, u"reporter"_s}};
    // Without a code, the citizen's category ("Cykelstöld") is where the agent's search starts.
    if (draft.value("offenceCode"_L1).toString().isEmpty() && !webReport.value("category"_L1).toString().isEmpty())
        state.insert("offenceFilter"_L1, webReport.value("category"_L1).toString());
    draft.insert("formState"_L1, state);
    return draft;
}

QList<Error> problemsFrom(const QJsonObject& webReport)
{
    QList<Error> errors;
    for (const QJsonValue& v : webReport.value("problems"_L1).toArray()) {
        const QJsonObject p = v.toObject();
        const QString field = p.value("field"_L1).toString();
        const QString message = p.value("message"_L1).toString();
        if (message.isEmpty())
            continue;
        errors.append(Error{.path = formPath(field), .message = message, .code = u"web_report"_s});
    }
    return errors;
}

QList<Error> openProblems(const QJsonObject& webReport, const QJsonObject& draft)
{
    // Open until the agent put something else there: the same value (however the form writes it:
    // "20000101-2385" for "200001012385", a time with its offset), or nothing at all (an unknown
    // kommunkod the picker could not take), counts as not corrected yet.
    const auto squeezed = [](QString s) { return s.remove(u' ').remove(u'-').trimmed(); };
    QList<Error> open;
    const QJsonArray problems = webReport.value("problems"_L1).toArray();
    const QList<Error> errors = problemsFrom(webReport);
    for (qsizetype i = 0; i < errors.size() && i < problems.size(); ++i) {
        const QString field = problems.at(i).toObject().value("field"_L1).toString();
        const QJsonValue original = valueAt(webReport, field);
        const QJsonValue now = valueAt(draft, errors.at(i).path);
        bool corrected = !now.isUndefined() && !now.isNull() && now != original;
        if (corrected && now.isString()) {
            const QString typed = now.toString();
            const QDateTime a = json::parseTimestamp(typed);
            corrected = !typed.trimmed().isEmpty() &&
                        !(original.isString() && squeezed(typed) == squeezed(original.toString())) &&
                        !(a.isValid() && a == json::parseTimestamp(original.toString()));
        }
        if (!corrected)
            open.append(errors.at(i));
    }
    return open;
}

} // namespace webreport

// ---- the panel -----------------------------------------------------------------------------------

namespace {

struct Line
{
    QString path; // the submission's dotted path
    QString value;
};

void flatten(const QJsonValue& v, const QString& path, QList<Line>& out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), out);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            flatten(a.at(i), u"%1[%2]"_s.arg(path).arg(i), out);
    } else if (v.isString()) {
        out.append({path, v.toString()});
    } else if (v.isBool()) {
        out.append({path, v.toBool() ? CitizenReportPanel::tr("yes") : CitizenReportPanel::tr("no")});
    } else if (v.isDouble()) {
        out.append({path, QString::number(v.toDouble(), 'g', 15)});
    }
}

// The order of the form, so the original reads alongside it.
int orderOf(const QString& path)
{
    static const QStringList order{u"reporter"_s,
                                   u"report.interpreterLanguage"_s,
                                   u"report.injuredParty"_s,
                                   u"report.offence"_s,
                                   u"report.occurred"_s,
                                   u"report.location"_s,
                                   u"report.narrative"_s,
                                   u"report.injuries"_s,
                                   u"report.suspects"_s,
                                   u"report.witnesses"_s,
                                   u"report.stolenItems"_s};
    for (qsizetype i = 0; i < order.size(); ++i)
        if (path.startsWith(order.at(i)))
            return int(i);
    return int(order.size());
}

QString fieldLabel(const QString& key)
{
    static const QHash<QString, const char*> labels{
        {u"name"_s, QT_TRANSLATE_NOOP("kc::CitizenReportPanel", "Name")},
        {u"personnummer"_s, QT_TRANSLATE_NOOP("kc::CitizenReportPanel", "Personal identity number")},
        {u"phone"_s, QT_TRANSLATE_NOOP("kc::CitizenReportPanel", "Phone")},
        {u"email"_s, QT_TRANSLATE_NOOP("kc::CitizenReportPanel", "E-mail")},
        {u"street"_s, QT_TRANSLATE_NOOP("kc::CitizenReportPanel", "Street address")},
        {u"postalCode"_s, QT_TRANSLATE_NOOP("kc::CitizenReportPanel", "Postal code")},
        {u"city"_s, QT_TRANSLATE_NOOP("kc::CitizenReportPanel", "City")},
        {u"municipalityCode"_s, QT_TRANSLATE_NOOP("kc::CitizenReportPanel", "Municipality code")},
        {u"offenceCode"_s, QT_TRANSLATE_NOOP("kc::CitizenReportPanel", "Offence code")},
        {u"occurredFrom"_s, QT_TRANSLATE_NOOP("kc::CitizenReportPanel", "Occurred from")},
        {u"occurredTo"_s, QT_TRANSLATE_NOOP("kc::CitizenReportPanel", "Occurred to")},
        {u"description"_s, QT_TRANSLATE_NOOP("kc::CitizenReportPanel", "Description")},
        {u"narrative"_s, QT_TRANSLATE_NOOP("kc::CitizenReportPanel", "What happened")},
        {u"injuries"_s, QT_TRANSLATE_NOOP("kc::CitizenReportPanel", "Injuries")},
        {u"interpreterLanguage"_s, QT_TRANSLATE_NOOP("kc::CitizenReportPanel", "Interpreter")},
        {u"injuredPartyIsReporter"_s, QT_TRANSLATE_NOOP("kc::CitizenReportPanel", "Injured party is the reporter")},
        {u"known"_s, QT_TRANSLATE_NOOP("kc::CitizenReportPanel", "Known")},
        {u"brand"_s, QT_TRANSLATE_NOOP("kc::CitizenReportPanel", "Brand")},
        {u"model"_s, QT_TRANSLATE_NOOP("kc::CitizenReportPanel", "Model")},
        {u"serialNumber"_s, QT_TRANSLATE_NOOP("kc::CitizenReportPanel", "Serial number")},
        {u"valueSek"_s, QT_TRANSLATE_NOOP("kc::CitizenReportPanel", "Value (SEK)")},
    };
    const auto it = labels.constFind(key);
    return it == labels.cend() ? key : CitizenReportPanel::tr(it.value());
}

QString groupLabel(const QString& key, int index)
{
    if (key == "reporter"_L1)
        return CitizenReportPanel::tr("Reporter");
    if (key == "injuredParty"_L1)
        return CitizenReportPanel::tr("Injured party");
    if (key == "location"_L1)
        return CitizenReportPanel::tr("Place");
    if (key == "address"_L1)
        return QString(); // "Brottsplats – Gatuadress", not "… – Adress – Gatuadress"
    if (key == "suspects"_L1)
        return CitizenReportPanel::tr("Suspect %1").arg(index + 1);
    if (key == "witnesses"_L1)
        return CitizenReportPanel::tr("Witness %1").arg(index + 1);
    if (key == "stolenItems"_L1)
        return CitizenReportPanel::tr("Stolen item %1").arg(index + 1);
    return key;
}

// "reporter.address.postalCode" → "Anmälare – Postnummer"; "report.stolenItems[1].valueSek" →
// "Stöldgods 2 – Värde (kr)"; the leading "report." is the citizen's report itself.
QString labelOf(const QString& path)
{
    static const QRegularExpression indexed(u"^(.*)\\[(\\d+)\\]$"_s);
    QStringList parts = path.split(u'.');
    if (!parts.isEmpty() && parts.first() == "report"_L1)
        parts.removeFirst();
    if (parts.isEmpty())
        return path;
    QStringList words;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        const auto m = indexed.match(parts.at(i));
        const QString word =
            m.hasMatch() ? groupLabel(m.captured(1), m.captured(2).toInt()) : groupLabel(parts.at(i), -1);
        if (!word.isEmpty())
            words << word;
    }
    words << fieldLabel(parts.last());
    return words.join(u" – "_s);
}

} // namespace

CitizenReportPanel::CitizenReportPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"citizenReport"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(u"citizenReportToggle"_s);
    m_toggle->setText(tr("Citizen's report"));
    m_toggle->setAccessibleName(tr("Citizen's report (original)"));
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::DownArrow);
    m_toggle->setFocusPolicy(Qt::StrongFocus);
    m_toggle->setStyleSheet(u"QToolButton { font-weight: bold; border: none; }"_s);
    layout->addWidget(m_toggle);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(u"citizenReportText"_s);
    m_text->setAccessibleName(tr("The citizen's report as submitted, read-only"));
    m_text->setOpenLinks(false);
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_text->setFocusPolicy(Qt::StrongFocus);
    m_text->setStyleSheet(u"QTextBrowser { background: #f7f5ef; }"_s);
    layout->addWidget(m_text, 1);
    connect(m_toggle, &QToolButton::toggled, this, [this](bool on) {
        m_text->setVisible(on);
        m_toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        Q_EMIT expandedChanged(on);
    });
}

void CitizenReportPanel::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
}

bool CitizenReportPanel::isExpanded() const
{
    return m_toggle->isChecked();
}

void CitizenReportPanel::setWebReport(const QJsonObject& webReport)
{
    m_webReport = webReport;
    render();
}

QString CitizenReportPanel::plainText() const
{
    return m_text->toPlainText();
}

void CitizenReportPanel::render()
{
    if (m_webReport.isEmpty()) {
        m_text->clear();
        return;
    }
    QList<Line> lines;
    flatten(m_webReport.value("reporter"_L1), u"reporter"_s, lines);
    flatten(m_webReport.value("report"_L1), u"report"_s, lines);
    std::stable_sort(lines.begin(), lines.end(),
                     [](const Line& a, const Line& b) { return orderOf(a.path) < orderOf(b.path); });

    QHash<QString, QStringList> problems;
    QStringList problemOrder;
    for (const QJsonValue& v : m_webReport.value("problems"_L1).toArray()) {
        const QString field = v.toObject().value("field"_L1).toString();
        if (!problems.contains(field))
            problemOrder << field;
        problems[field] << v.toObject().value("message"_L1).toString();
    }

    const QDateTime submitted = json::parseTimestamp(m_webReport.value("submittedAt"_L1).toString());
    QString html = u"<p>"_s;
    //: When the citizen sent the report through polisen.se; %1 date and time
    html += tr("Submitted %1 via polisen.se")
                .arg(submitted.isValid() ? CaseHistoryModel::timeText(submitted)
                                         : m_webReport.value("submittedAt"_L1).toString())
                .toHtmlEscaped();
    if (const QString ref = m_webReport.value("externalId"_L1).toString(); !ref.isEmpty())
        html += u"<br>"_s + tr("E-service reference: %1").arg(ref).toHtmlEscaped();
    if (const QString category = m_webReport.value("category"_L1).toString(); !category.isEmpty())
        html += u"<br>"_s + tr("Category chosen: %1").arg(category).toHtmlEscaped();
    if (!problemOrder.isEmpty())
        html += u"<br><b>"_s + tr("%n problem(s) marked in the form.", nullptr, int(problemOrder.size())) + u"</b>"_s;
    html += u"</p><table cellspacing=\"0\" cellpadding=\"2\">"_s;

    QSet<QString> shown;
    auto problemHtml = [&problems](const QString& path) {
        QString out;
        for (const QString& message : problems.value(path))
            out += u"<br><span style=\"color:#8a1020\">⚠ %1</span>"_s.arg(message.toHtmlEscaped());
        return out;
    };
    for (const Line& line : std::as_const(lines)) {
        const bool bad = problems.contains(line.path);
        shown.insert(line.path);
        const QString label = labelOf(line.path).toHtmlEscaped();
        // Verbatim, with the line breaks the citizen typed.
        QString value = line.value.isEmpty() ? u"–"_s : line.value.toHtmlEscaped().replace(u'\n', "<br>"_L1);
        html += u"<tr><td valign=\"top\" style=\"color:#444\">%1</td><td valign=\"top\">%2%3</td></tr>"_s.arg(
            bad ? u"<b>%1</b>"_s.arg(label) : label, value, problemHtml(line.path));
    }
    // A problem about something the citizen left out: shown too, with nothing as the value.
    for (const QString& path : std::as_const(problemOrder))
        if (!shown.contains(path))
            html += u"<tr><td valign=\"top\"><b>%1</b></td><td valign=\"top\">%2%3</td></tr>"_s.arg(
                labelOf(path).toHtmlEscaped(), tr("(not given)").toHtmlEscaped(), problemHtml(path));
    html += u"</table>"_s;
    m_text->setHtml(html);
}

} // namespace kc
