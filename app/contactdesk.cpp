// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "app/contactdesk.h"

#include "core/jsoncodec.h"
#include "models/draftwriter.h"
#include "models/localstore.h"
#include "sync/syncengine.h"
#include "ui/casehistorypanel.h"
#include "ui/citizenreport.h"
#include "ui/completiondialog.h"
#include "ui/contactpane.h"
#include "ui/reportform.h"

#include <QAction>
#include <QSet>
#include <QSettings>

namespace kc {

namespace {
QString keys(const QAction* action)
{
    return action->shortcut().toString(QKeySequence::NativeText);
}
} // namespace

ContactDesk::ContactDesk(LocalStore& store, const QString& storePath, sync::SyncEngine& engine, ContactPane& pane,
                         CaseHistoryPanel& history, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_engine(engine)
    , m_pane(pane)
    , m_history(history)
    , m_writer(std::make_unique<DraftWriter>(storePath))
{
    ReportForm* form = m_pane.form();
    connect(form, &ReportForm::changed, this, &ContactDesk::saveDraft);
    connect(form, &ReportForm::submitRequested, this, &ContactDesk::submit);
    connect(m_writer.get(), &DraftWriter::saveFailed, this, [this](const QString& text) {
        m_pane.setStatus(tr("%1 Keep this window open; saving is retried with your next change.").arg(text), true);
    });
    connect(&m_pane, &ContactPane::switchRequested, this, &ContactDesk::open);
    connect(&m_pane, &ContactPane::completeRequested, this, &ContactDesk::complete);
    connect(&m_pane, &ContactPane::readyRequested, this, [this] { m_engine.setAgentState(AgentStatus::Ready); });

    connect(&m_engine, &sync::SyncEngine::reportSent, this, [this](const QString&, const QString&) {
        if (m_lifecycle.stage() != ContactLifecycle::Stage::NoContact)
            showSubmission(m_lifecycle.contactId());
    });
    connect(&m_engine, &sync::SyncEngine::outboxChanged, this, [this] {
        if (m_lifecycle.stage() != ContactLifecycle::Stage::NoContact)
            showSubmission(m_lifecycle.contactId());
    });
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, &ContactDesk::refreshOpenContacts);
    connect(&m_engine, &sync::SyncEngine::contactChanged, this, [this] {
        if (!m_refresh.isActive())
            m_refresh.start();
    });
}

ContactDesk::~ContactDesk()
{
    saveDraft();
    m_writer->flush();
}

void ContactDesk::setUser(const QString& userId)
{
    m_userId = userId;
}

QList<Contact> ContactDesk::openContacts() const
{
    // A completion still in the outbox wins over the server's older word (offline, restarted).
    QSet<QString> completing;
    for (const OutboxItem& item : m_store.outbox())
        if (item.kind == OutboxItem::Kind::Complete)
            completing.insert(item.target);
    QList<Contact> mine;
    for (const Contact& c : m_store.contacts(QStringLiteral("assigned")))
        if (c.assignedTo == m_userId && !completing.contains(c.id))
            mine << c;
    std::sort(mine.begin(), mine.end(), [](const Contact& a, const Contact& b) {
        return a.assignedAt.value_or(QDateTime()) < b.assignedAt.value_or(QDateTime());
    });
    return mine;
}

void ContactDesk::refreshOpenContacts()
{
    const QList<Contact> mine = openContacts();
    const QString current = m_lifecycle.contactId();
    if (!current.isEmpty() &&
        std::none_of(mine.begin(), mine.end(), [&current](const Contact& c) { return c.id == current; })) {
        const auto c = m_store.contact(current);
        if (!c || c->state != ContactState::Completed) {
            // Taken away (a supervisor reassigned it): what was typed stays in the draft, readable.
            m_pane.form()->setReadOnly(true);
            m_pane.setStatus(tr("This contact is no longer assigned to you. What you typed is kept as a draft."), true);
        }
    }
    m_pane.setOpenContacts(mine, current);
}

std::optional<QString> ContactDesk::refusalToTake() const
{
    const QSettings settings;
    for (const Contact& c : openContacts()) {
        // A phone call holds the agent: nobody talks to two callers at once. Written channels
        // may allow several (setting contacts/severalAtOnce/<channel>).
        const QString channel = wireName(c.channel);
        const bool several =
            settings.value(QStringLiteral("contacts/severalAtOnce/") + channel, c.channel != Channel::Phone).toBool();
        if (!several)
            return c.channel == Channel::Phone
                       ? tr("You have an open phone call with %1. Complete it before you take another contact.")
                             .arg(ContactPane::contactTitle(c))
                       : tr("You have an open contact (%1, %2). Complete it before you take another contact.")
                             .arg(ContactPane::channelText(c.channel), ContactPane::contactTitle(c));
    }
    return std::nullopt;
}

void ContactDesk::flushDrafts()
{
    saveDraft();
    m_writer->flush();
}

void ContactDesk::resume()
{
    // Land where the agent was: the open contact whose draft changed last, else the oldest. Never
    // over a contact already open (the agent is working on it).
    const QList<Contact> mine = openContacts();
    if (mine.isEmpty() || m_lifecycle.stage() != ContactLifecycle::Stage::NoContact)
        return;
    QString best = mine.constFirst().id;
    QDateTime newest;
    for (const Contact& c : mine)
        if (const auto d = m_store.draft(c.id); d && d->updatedAt > newest) {
            newest = d->updatedAt;
            best = c.id;
        }
    open(best);
}

void ContactDesk::open(const QString& contactId)
{
    const auto contact = m_store.contact(contactId);
    if (!contact)
        return;
    if (m_lifecycle.stage() != ContactLifecycle::Stage::NoContact && !m_lifecycle.isOpen(contactId))
        saveDraft(); // the contact we leave: its newest state is on its way to the disk
    m_writer->flush();
    const auto item = m_store.reportItemForContact(contactId);
    m_lifecycle.open(contactId, item ? std::optional(item->state) : std::nullopt);
    ReportForm* form = m_pane.form();
    m_pane.showContact(*contact);
    m_pane.setOpenContacts(openContacts(), contactId);
    m_pane.setStatus(QString());
    form->clear();
    form->setReadOnly(false);
    form->setSubmissionStatus(QString());
    m_openTip = contact->tip.has_value();
    if (m_openTip) {
        // A tip is never a report: no form to fill, nothing to register, no draft (issue 15).
        form->setReadOnly(true);
    } else if (m_lifecycle.stage() == ContactLifecycle::Stage::Submitted) {
        form->setDraft(item->payload);
        showSubmission(contactId);
    } else if (const auto draft = m_store.draft(contactId)) {
        // (A refused report being corrected also lives in the draft until it is sent again.)
        form->setDraft(draft->report);
        form->setContactId(contactId);
        form->setCurrentSection(draft->section.isEmpty() ? QStringLiteral("reporter") : draft->section);
        // The citizen's problems the agent has not corrected yet are marked again.
        if (contact->webReport && !item)
            form->showErrors(webreport::openProblems(*contact->webReport, draft->report));
        if (item)
            showSubmission(contactId);
    } else if (item) {
        form->setDraft(item->payload);
        showSubmission(contactId);
    } else if (contact->webReport) {
        // The citizen's report as submitted, each of its problems marked on its field. Not a
        // draft until the agent changes something: reopening fills it the same way again.
        form->setDraft(webreport::draftFrom(*contact->webReport, contactId));
        form->setContactId(contactId);
        form->showErrors(webreport::problemsFrom(*contact->webReport));
        form->setCurrentSection(QStringLiteral("reporter"));
    } else {
        form->prefill(*contact);
        form->setContactId(contactId);
        form->setCurrentSection(QStringLiteral("reporter"));
    }
    m_lifecycle.filled();
    m_history.showForCaller(contact->caller);
    Q_EMIT opened(contactId);
}

void ContactDesk::saveDraft()
{
    if (!m_lifecycle.savesDrafts() || m_openTip)
        return; // nothing open, the desk filling the form, the outbox holds the report now, or a tip
    ReportForm* form = m_pane.form();
    m_writer->save(
        Draft{m_lifecycle.contactId(), form->draft(), form->currentSection(), QDateTime::currentDateTimeUtc()});
}

void ContactDesk::submit()
{
    if (m_lifecycle.stage() == ContactLifecycle::Stage::NoContact)
        return;
    const QString current = m_lifecycle.contactId();
    if (m_openTip) {
        m_pane.setStatus(tr("A tip is not registered as a report."), true);
        return;
    }
    ReportForm* form = m_pane.form();
    form->setContactId(current);
    saveDraft();
    m_writer->flush(); // the draft is on disk; submitReport moves exactly it into the outbox
    if (const auto refused = m_store.reportItemForContact(current);
        refused && refused->state == OutboxItem::State::Attention) {
        // The corrected report goes again in its place; the correction's draft is no longer needed.
        if (!m_engine.resubmitReport(refused->id, form->reportBody())) {
            m_pane.setStatus(tr("The corrected report could not be queued on this computer."), true);
            return;
        }
        m_writer->remove(current);
        m_lifecycle.submitted();
        showSubmission(current);
        return;
    }
    auto item = m_engine.submitReport(current, form->reportBody());
    if (!item) {
        m_pane.setStatus(item.error().message, true);
        return;
    }
    m_lifecycle.submitted();
    showSubmission(current); // the contact's status line says PREL, then the case number: no passing copy
}

void ContactDesk::showSubmission(const QString& contactId)
{
    const auto item = m_store.reportItemForContact(contactId);
    if (!item)
        return;
    ReportForm* form = m_pane.form();
    // Sent or on its way: read-only. Refused: open for correction (and untouched while typing).
    if (item->state != OutboxItem::State::Attention)
        form->setReadOnly(true);
    const bool cameBackRefused = m_lifecycle.reportState(item->state);
    switch (item->state) {
    case OutboxItem::State::Sent: {
        const QString caseNumber = item->result.value(u"caseNumber").toString();
        form->setSubmissionStatus(tr("Report registered – case number %1").arg(caseNumber));
        m_pane.setStatus(tr("Report registered with case number %1. Complete the contact with %2.")
                             .arg(caseNumber, keys(m_pane.completeAction())));
        break;
    }
    case OutboxItem::State::Pending:
        form->setSubmissionStatus(tr("Report queued – provisional reference %1").arg(item->localRef));
        m_pane.setStatus(tr("Report queued as %1; the case number follows when the server has it. You can "
                            "complete the contact now.")
                             .arg(item->localRef));
        break;
    case OutboxItem::State::Attention:
        // Correctable: the form opens again; Ctrl+S sends the corrected report in its place.
        if (cameBackRefused)
            form->setReadOnly(false); // once, when it comes back refused: not while the agent types
        form->setSubmissionStatus(tr("Report %1 needs attention").arg(item->localRef));
        m_pane.setStatus(tr("The server did not accept report %1: %2\nCorrect the report and register it again.")
                             .arg(item->localRef, item->lastError),
                         true);
        break;
    }
}

void ContactDesk::complete(const QString& contactId)
{
    const auto contact = m_store.contact(contactId);
    if (!contact)
        return;
    saveDraft();
    m_writer->flush();
    const auto report = m_store.reportItemForContact(contactId);
    // open(), not exec(): events keep arriving while the agent chooses.
    // A refused report is not filed; a typed but unsent draft would be lost: say so.
    const bool filed = report && report->state != OutboxItem::State::Attention;
    const auto draft = m_store.draft(contactId);
    const bool unsent = !report && draft && !draft->report.isEmpty();
    auto* dialog = new CompletionDialog(ContactPane::contactTitle(*contact), filed, &m_pane);
    dialog->setUnsentDraft(unsent && !contact->tip);
    dialog->setTip(contact->tip.has_value());
    dialog->setArticles(m_articles.value(contactId));
    if (m_clock)
        dialog->setClock(m_clock);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_completion = dialog;
    const QString localRef = report ? report->localRef : QString();
    connect(dialog, &QDialog::accepted, this, [this, dialog, contactId, localRef] {
        if (const auto disposition = dialog->disposition()) {
            QJsonObject extra;
            if (const auto at = dialog->callbackAt()) {
                extra.insert(QStringLiteral("callbackAt"), json::formatTimestamp(*at));
                if (const QString note = dialog->callbackNote(); !note.isEmpty())
                    extra.insert(QStringLiteral("callbackNote"), note);
            }
            finishCompletion(contactId, *disposition, localRef, dialog->articleIds(), extra);
        }
    });
    // Back to the main window however the dialog ends, so the keyboard keeps working there.
    connect(dialog, &QDialog::finished, this, [this] { m_pane.window()->activateWindow(); });
    dialog->open();
}

void ContactDesk::finishCompletion(const QString& contactId, Disposition disposition, const QString& reportLocalRef,
                                   const QStringList& articleIds, const QJsonObject& extra)
{
    const auto contact = m_store.contact(contactId);
    if (!contact)
        return;
    // The engine queues the completion and marks the contact completed locally at once.
    auto item = m_engine.completeContact(contactId, disposition, reportLocalRef, articleIds, extra);
    if (!item) {
        m_pane.setStatus(item.error().message, true);
        return;
    }
    // An unsent draft goes with the contact: personal data is not kept without a purpose.
    if (!m_store.reportItemForContact(contactId))
        m_writer->remove(contactId);
    m_articles.remove(contactId);
    Q_EMIT message(tr("Contact completed: %1.").arg(CompletionDialog::displayName(disposition)));
    if (!m_lifecycle.isOpen(contactId))
        return;
    m_lifecycle.close();
    openNextOrIdle();
}

void ContactDesk::articleOpened(const QString& id, const QString& title)
{
    const QString contactId = m_lifecycle.contactId();
    if (contactId.isEmpty() || id.isEmpty())
        return;
    auto& list = m_articles[contactId];
    for (const auto& [known, _] : std::as_const(list))
        if (known == id)
            return;
    list.append({id, title});
}

void ContactDesk::openNextOrIdle()
{
    const QList<Contact> mine = openContacts();
    if (!mine.isEmpty()) {
        open(mine.constFirst().id);
    } else {
        // What the agent's state is now (Efterarbete, as a rule) is the server's word, arriving as
        // agent.state: the pane shows no guess of its own.
        m_pane.showNoContact();
        Q_EMIT idle();
    }
}

void ContactDesk::agentStateChanged(AgentStatus state, const QString& stateText)
{
    m_pane.setAgentState(state, stateText);
}

} // namespace kc
