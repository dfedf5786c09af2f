// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/reportview.h"
#include "ui/announce.h"
#include "ui/keynames.h"

#include "core/jsoncodec.h"
#include "core/personnummer.h"
#include "core/phonenumber.h"
#include "core/referencedata.h"
#include "models/casehistorymodel.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kc {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// Escaped, with the writer's line breaks kept (narratives are typed in paragraphs).
QString paragraphs(const QString& s)
{
    return esc(s).replace(u'\n', QStringLiteral("<br>"));
}

// A two-column table of label and value; rows whose value is empty are left out. Values are
// escaped here, so no caller can forget it.
class Table
{
public:
    Table& row(const QString& label, const QString& value)
    {
        if (!value.trimmed().isEmpty())
            m_html += QStringLiteral("<tr><th align=\"left\" valign=\"top\">") + esc(label) +
                      QStringLiteral("</th><td>") + paragraphs(value) + QStringLiteral("</td></tr>");
        return *this;
    }
    bool isEmpty() const { return m_html.isEmpty(); }
    QString html() const
    {
        return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">") + m_html + QStringLiteral("</table>");
    }

private:
    QString m_html;
};

QString heading(const QString& text)
{
    return QStringLiteral("<h3>") + esc(text) + QStringLiteral("</h3>");
}

QString para(const QString& text)
{
    return QStringLiteral("<p>") + paragraphs(text) + QStringLiteral("</p>");
}

QString none()
{
    return QStringLiteral("<p><i>") + esc(QCoreApplication::translate("kc::ReportView", "None given")) +
           QStringLiteral("</i></p>");
}

QString phoneText(const std::optional<QString>& phone)
{
    if (!phone || phone->isEmpty())
        return {};
    const auto p = PhoneNumber::parse(*phone);
    return p ? p->national() : *phone;
}

QString personnummerText(const std::optional<QString>& pnr)
{
    if (!pnr || pnr->isEmpty())
        return {};
    const auto p = Personnummer::parse(*pnr);
    return p ? p->formatted() : *pnr;
}

} // namespace

ReportView::ReportView(const ReferenceData& ref, const QJsonObject& report, QWidget* parent)
    : QDialog(parent)
    , m_ref(ref)
{
    setObjectName(QStringLiteral("reportView"));
    resize(760, 680);
    auto* layout = new QVBoxLayout(this);

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("reportBrowser"));
    m_browser->setOpenLinks(false);
    m_browser->setTabChangesFocus(true); // Tab moves on to the supplement field
    m_browser->setAccessibleName(tr("The report, read-only"));
    layout->addWidget(m_browser, 1);

    auto* label = new QLabel(tr("New supplementary information:"), this);
    layout->addWidget(label);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("supplementField"));
    m_text->setTabChangesFocus(true);
    m_text->setAccessibleName(tr("New supplementary information"));
    m_text->setAccessibleDescription(
        tr("%1 adds it to the report").arg(keyText(QKeySequence(Qt::CTRL | Qt::Key_Return))));
    m_text->setPlaceholderText(
        tr("What the caller adds to the report… (%1 adds it)").arg(keyText(QKeySequence(Qt::CTRL | Qt::Key_Return))));
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 6);
    m_text->installEventFilter(this);
    label->setBuddy(m_text);
    layout->addWidget(m_text);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("supplementMessage"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message about the supplementary information"));
    m_message->hide();
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(this);
    m_add = buttons->addButton(
        tr("Add supplementary information (%1)").arg(keyText(QKeySequence(Qt::CTRL | Qt::Key_Return))),
        QDialogButtonBox::ActionRole);
    m_add->setObjectName(QStringLiteral("addSupplementButton"));
    m_add->setToolTip(tr("Adds the text to the report through the outbox (%1 in the field)")
                          .arg(keyText(QKeySequence(Qt::CTRL | Qt::Key_Return))));
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setText(tr("Close")); // Debian ships no Swedish catalogue for Qt's own buttons
    // No default button: Enter must never close the report or send a half-written text.
    m_add->setAutoDefault(false);
    close->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(m_add, &QPushButton::clicked, this, &ReportView::requestSupplement);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setTabOrder(m_browser, m_text);
    setTabOrder(m_text, m_add);
    setTabOrder(m_add, close);

    setReport(report);
    m_browser->setFocus();
}

ReportView::~ReportView() = default;

QString ReportView::reportId() const
{
    return m_id;
}

void ReportView::setReport(const QJsonObject& report)
{
    // Supplements only ever get appended: the ones beyond what we had are the new arrivals, and a
    // pending text equal to one of them has reached the server.
    const QJsonArray before = m_json.value(u"supplements").toArray();
    const QJsonArray after = report.value(u"supplements").toArray();
    if (!m_json.isEmpty() && report.value(u"id") != m_json.value(u"id"))
        m_pending.clear(); // another report: what was pending belongs to the old one
    else if (!m_json.isEmpty())
        for (qsizetype i = before.size(); i < after.size(); ++i)
            m_pending.removeOne(after[i].toObject().value(u"text").toString().trimmed());
    m_json = report;
    m_id = report.value(u"id").toString();
    const QString caseNumber = report.value(u"caseNumber").toString();
    setWindowTitle(caseNumber.isEmpty() ? tr("Report") : tr("Report %1").arg(caseNumber));
    m_add->setEnabled(!m_id.isEmpty());
    m_text->setEnabled(!m_id.isEmpty());
    render();
}

void ReportView::setPendingSupplements(const QStringList& texts)
{
    m_pending.clear();
    for (const QString& t : texts)
        m_pending.append(t.trimmed());
    render();
}

void ReportView::render()
{
    // A refresh must not throw the agent back to the top of a long report.
    const int scroll = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(html());
    m_browser->verticalScrollBar()->setValue(scroll);
}

bool ReportView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            requestSupplement();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ReportView::requestSupplement()
{
    const QString text = m_text->toPlainText().trimmed();
    if (text.isEmpty()) {
        m_message->setText(tr("Write the supplementary information first."));
        m_message->show();
        announce(m_message, m_message->text());
        m_text->setFocus();
        return;
    }
    if (m_id.isEmpty())
        return;
    m_pending.append(text);
    m_text->clear();
    m_message->setText(tr("The supplementary information waits to be sent."));
    m_message->show();
    announce(m_message, m_message->text());
    render();
    Q_EMIT supplementRequested(m_id, text);
}

QString ReportView::html() const
{
    const auto decoded = json::fromJson<Report>(m_json);
    if (!decoded)
        return heading(tr("Report")) + para(tr("This report cannot be shown: %1").arg(decoded.error().message));
    const Report& r = *decoded;
    return titleHtml(r) + eventHtml(r) + peopleHtml(r) + stolenGoodsHtml(r) + supplementsHtml(r);
}

// The case number, status and who registered the report when.
QString ReportView::titleHtml(const Report& r) const
{
    QString out = QStringLiteral("<h2>") +
                  esc(r.caseNumber.isEmpty() ? tr("Report (no case number yet)") : tr("Report %1").arg(r.caseNumber)) +
                  QStringLiteral("</h2>");
    Table head;
    head.row(tr("Status"), CaseHistoryModel::reportStatusText(r.status));
    if (r.routing)
        head.row(tr("Police area"), CaseHistoryModel::routingText(json::toJson(*r.routing)));
    if (r.webReport)
        head.row(tr("Came in"), tr("Web report via polisen.se (%1); the citizen's original is attached")
                                    .arg(r.webReport->value(u"externalId").toString()));
    if (r.createdAt.isValid())
        head.row(tr("Registered"),
                 r.createdBy.isEmpty()
                     ? CaseHistoryModel::timeText(r.createdAt)
                     : tr("%1 by %2").arg(CaseHistoryModel::timeText(r.createdAt), agentName(r.createdBy)));
    if (r.updatedAt.isValid() && r.updatedAt != r.createdAt)
        head.row(tr("Last changed"), CaseHistoryModel::timeText(r.updatedAt));
    return out + head.html();
}

// Offence type, time of the event and the scene of the crime.
QString ReportView::eventHtml(const Report& r) const
{
    QString out = heading(tr("Offence type"));
    if (const OffenceType* o = m_ref.offenceType(r.offenceCode))
        out += para(o->kind == OffenceType::Kind::Loss ? o->name : QString(o->code + QStringLiteral(" – ") + o->name));
    else
        out += para(tr("%1 (unknown code)").arg(r.offenceCode));

    out += heading(tr("Time of the event"));
    if (r.occurredTo && r.occurredTo->isValid() && *r.occurredTo != r.occurredFrom)
        out += para(tr("From %1 to %2")
                        .arg(CaseHistoryModel::timeText(r.occurredFrom), CaseHistoryModel::timeText(*r.occurredTo)));
    else
        out += para(CaseHistoryModel::timeText(r.occurredFrom));

    out += heading(tr("Scene of the crime"));
    Table t;
    const Municipality* m = m_ref.municipality(r.location.municipalityCode);
    t.row(tr("Municipality"),
          m ? QString(m->name + QStringLiteral(" (") + m->code + u')') : r.location.municipalityCode);
    if (r.location.address)
        t.row(tr("Address"), addressText(*r.location.address));
    t.row(tr("Description of the place"), r.location.description.value_or(QString()));
    return out + t.html();
}

QString ReportView::addressText(const Address& a) const
{
    QStringList lines{a.street, QString(a.postalCode + u' ' + a.city).trimmed()};
    if (a.municipalityCode && !a.municipalityCode->isEmpty()) {
        const Municipality* m = m_ref.municipality(*a.municipalityCode);
        lines << tr("Municipality: %1").arg(m ? m->name : *a.municipalityCode);
    }
    lines.removeAll(QString());
    return lines.join(u'\n');
}

QString ReportView::personHtml(const Person& p) const
{
    Table t;
    t.row(tr("Name"), p.name)
        .row(tr("Personnummer"), personnummerText(p.personnummer))
        .row(tr("Phone"), phoneText(p.phone))
        .row(tr("E-mail"), p.email.value_or(QString()));
    if (p.address)
        t.row(tr("Address"), addressText(*p.address));
    return t.isEmpty() ? none() : t.html();
}

// Reporter, injured party, what happened, suspects, witnesses and injuries.
QString ReportView::peopleHtml(const Report& r) const
{
    QString out = heading(tr("Reporter")) + personHtml(r.reporter);

    out += heading(tr("Injured party"));
    if (r.injuredPartyIsReporter)
        out += para(tr("Same as the reporter"));
    else if (r.injuredParty)
        out += personHtml(*r.injuredParty);
    else
        out += none();

    out += heading(tr("Description of the event"));
    out += r.narrative.trimmed().isEmpty() ? none() : para(r.narrative);

    out += heading(tr("Suspects"));
    if (r.suspects.isEmpty())
        out += none();
    for (qsizetype i = 0; i < r.suspects.size(); ++i) {
        const Suspect& s = r.suspects[i];
        Table t;
        t.row(tr("Suspect %1").arg(i + 1), s.known ? tr("Known identity") : tr("Unknown identity"))
            .row(tr("Name"), s.name.value_or(QString()))
            .row(tr("Appearance"), s.description.value_or(QString()));
        out += t.html();
    }

    out += heading(tr("Witnesses"));
    if (r.witnesses.isEmpty())
        out += none();
    for (const Person& w : r.witnesses)
        out += personHtml(w);

    out += heading(tr("Injuries"));
    out += r.injuries && !r.injuries->trimmed().isEmpty() ? para(*r.injuries) : none();
    return out;
}

// One row per stolen item and the total value.
QString ReportView::stolenGoodsHtml(const Report& r) const
{
    QString out = heading(tr("Stolen goods"));
    if (r.stolenItems.isEmpty())
        return out + none();
    const QLocale locale;
    auto money = [&locale](qint64 sek) { return tr("%1 kr").arg(locale.toString(sek)); };
    out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><tr>");
    for (const QString& h : {tr("Description"), tr("Brand"), tr("Model"), tr("Serial number"), tr("Value")})
        out += QStringLiteral("<th align=\"left\">") + esc(h) + QStringLiteral("</th>");
    out += QStringLiteral("</tr>");
    qint64 total = 0;
    bool allValued = true;
    for (const StolenItem& item : r.stolenItems) {
        out += QStringLiteral("<tr>");
        for (const QString& cell :
             {item.description, item.brand.value_or(QString()), item.model.value_or(QString()),
              item.serialNumber.value_or(QString()), item.valueSek ? money(*item.valueSek) : QString()})
            out += QStringLiteral("<td>") + esc(cell) + QStringLiteral("</td>");
        out += QStringLiteral("</tr>");
        total += item.valueSek.value_or(0);
        allValued = allValued && item.valueSek.has_value();
    }
    return out + QStringLiteral("<tr><th align=\"left\" colspan=\"4\">") +
           esc(allValued ? tr("Total") : tr("Total (items without a value not counted)")) +
           QStringLiteral("</th><th align=\"left\">") + esc(money(total)) + QStringLiteral("</th></tr></table>");
}

// Interpreter, and the supplementary information: sent ones, then those still in the outbox.
QString ReportView::supplementsHtml(const Report& r) const
{
    QString out = heading(tr("Interpreter"));
    out += r.interpreterLanguage && !r.interpreterLanguage->isEmpty()
               ? para(tr("Needed: %1").arg(*r.interpreterLanguage))
               : para(tr("Not needed"));

    out += heading(tr("Supplementary information"));
    if (r.supplements.isEmpty() && m_pending.isEmpty())
        out += none();
    for (const Supplement& s : r.supplements)
        out += QStringLiteral("<p><b>") +
               esc(s.by.isEmpty() ? CaseHistoryModel::timeText(s.at)
                                  : tr("%1 by %2").arg(CaseHistoryModel::timeText(s.at), agentName(s.by))) +
               QStringLiteral("</b><br>") + paragraphs(s.text) + QStringLiteral("</p>");
    for (const QString& text : m_pending)
        out += QStringLiteral("<p><b><i>") + esc(tr("Waiting to be sent")) + QStringLiteral("</i></b><br>") +
               paragraphs(text) + QStringLiteral("</p>");
    return out;
}

void ReportView::setAgentNames(const QHash<QString, QString>& names)
{
    m_agentNames = names;
    render();
}

QString ReportView::agentName(const QString& userId) const
{
    return m_agentNames.value(userId, tr("another agent"));
}

void ReportView::done(int result)
{
    if (result == QDialog::Rejected && !m_text->toPlainText().trimmed().isEmpty() && !m_warnedUnsent) {
        m_warnedUnsent = true;
        m_message->setText(tr("The supplementary information you typed is not added yet. %1 adds it; "
                              "close again to discard it.")
                               .arg(keyText(QKeySequence(Qt::CTRL | Qt::Key_Return))));
        m_message->show();
        announce(m_message, m_message->text(), Politeness::Assertive);
        m_text->setFocus();
        return;
    }
    m_warnedUnsent = false;
    QDialog::done(result);
}

} // namespace kc
