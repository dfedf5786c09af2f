#include "app/contactdesk.h"

#include "core/jsoncodec.h"
#include "core/referencedata.h"
#include "models/casehistorymodel.h"
#include "models/draftwriter.h"
#include "models/localstore.h"
#include "sync/syncengine.h"
#include "ui/casehistorypanel.h"
#include "ui/completiondialog.h"
#include "ui/contactpane.h"
#include "ui/reportform.h"
#include "ui/reportview.h"

#include <QComboBox>
#include <QJsonArray>
#include <QSet>
#include <QTimer>

namespace kc {

ContactDesk::ContactDesk(const ReferenceData& ref, LocalStore& store, const QString& storePath,
                         sync::SyncEngine& engine, ContactPane& pane, CaseHistoryPanel& history, QObject* parent)
    : QObject(parent)
    , m_ref(ref)
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
    connect(&m_pane, &ContactPane::readyRequested, this, [this] { m_engine.setAgentState(QStringLiteral("ready")); });

    connect(&m_engine, &sync::SyncEngine::reportSent, this, [this](const QString&, const QString&) {
        if (!m_current.isEmpty())
            showSubmission(m_current);
    });
    connect(&m_engine, &sync::SyncEngine::outboxChanged, this, [this] {
        if (!m_current.isEmpty())
            showSubmission(m_current);
        updatePendingSupplements();
    });
    // Many changes arrive in a burst (catch-up applies pages of them): look once, after the burst.
    connect(&m_engine, &sync::SyncEngine::contactChanged, this, [this] {
        if (m_refreshQueued)
            return;
        m_refreshQueued = true;
        QTimer::singleShot(0, this, &ContactDesk::refreshOpenContacts);
    });

    connect(&m_history, &CaseHistoryPanel::searchRequested, this, &ContactDesk::search);
    connect(&m_history, &CaseHistoryPanel::moreRequested, this, [this] {
        if (m_nextCursor.isEmpty())
            return;
        QUrlQuery q = m_lastQuery;
        q.addQueryItem(QStringLiteral("cursor"), m_nextCursor);
        m_appendNext = true;
        m_history.setBusy(true);
        m_search = m_engine.searchCases(q);
    });
    connect(&m_engine, &sync::SyncEngine::casesFound, this, &ContactDesk::showCases);
    connect(&m_history, &CaseHistoryPanel::openRequested, this, [this](const QString& reportId) {
        m_wantedReport = reportId;
        m_engine.fetchReport(reportId);
    });
    connect(&m_engine, &sync::SyncEngine::reportFetched, this, &ContactDesk::showReport);
    connect(&m_engine, &sync::SyncEngine::reportChanged, this, [this](const QString& id) {
        if (const auto r = m_store.report(id)) {
            m_history.model()->updateReport(*r);
            if (ReportView* view = m_views.value(id))
                view->setReport(*r);
        }
    });
}

ContactDesk::~ContactDesk()
{
    saveDraft();
    m_writer->flush();
}

void ContactDesk::setUser(const QString& userId, const QString& displayName)
{
    m_userId = userId;
    m_agentNames = {{userId, displayName}};
    m_history.model()->setAgentNames(m_agentNames);
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
    m_refreshQueued = false;
    const QList<Contact> mine = openContacts();
    if (!m_current.isEmpty() &&
        std::none_of(mine.begin(), mine.end(), [this](const Contact& c) { return c.id == m_current; })) {
        const auto c = m_store.contact(m_current);
        if (!c || c->state != ContactState::Completed) {
            // Taken away (a supervisor reassigned it): what was typed stays in the draft, readable.
            m_pane.form()->setReadOnly(true);
            m_pane.setStatus(tr("This contact is no longer assigned to you. What you typed is kept as a draft."), true);
        }
    }
    m_pane.setOpenContacts(mine, m_current);
}

void ContactDesk::flushDrafts()
{
    saveDraft();
    m_writer->flush();
}

void ContactDesk::resume()
{
    // Land where the agent was: the open contact whose draft changed last, else the oldest.
    const QList<Contact> mine = openContacts();
    if (mine.isEmpty())
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
    if (!m_current.isEmpty() && m_current != contactId)
        saveDraft(); // the contact we leave: its newest state is on its way to the disk
    m_writer->flush();
    m_current = contactId;
    ReportForm* form = m_pane.form();
    m_loading = true;
    m_pane.showContact(*contact);
    m_pane.setOpenContacts(openContacts(), contactId);
    m_pane.setStatus(QString());
    form->clear();
    form->setReadOnly(false);
    form->setSubmissionStatus(QString());
    m_submitted = false;
    m_showingRefusal = false;
    const auto item = m_store.reportItemForContact(contactId);
    if (item && item->state != OutboxItem::State::Attention) {
        m_submitted = true;
        form->setDraft(item->payload);
        showSubmission(contactId);
    } else if (const auto draft = m_store.draft(contactId)) {
        // (A refused report being corrected also lives in the draft until it is sent again.)
        form->setDraft(draft->report);
        form->setContactId(contactId);
        form->setCurrentSection(draft->section.isEmpty() ? QStringLiteral("reporter") : draft->section);
        if (item)
            showSubmission(contactId);
    } else if (item) {
        form->setDraft(item->payload);
        showSubmission(contactId);
    } else {
        form->prefill(*contact);
        form->setContactId(contactId);
        form->setCurrentSection(QStringLiteral("reporter"));
    }
    m_loading = false;
    m_history.showForCaller(contact->caller);
}

void ContactDesk::saveDraft()
{
    if (m_loading || m_current.isEmpty())
        return;
    if (m_submitted)
        return; // the outbox holds it now
    ReportForm* form = m_pane.form();
    m_writer->save(Draft{m_current, form->draft(), form->currentSection(), QDateTime::currentDateTimeUtc()});
}

void ContactDesk::submit()
{
    if (m_current.isEmpty())
        return;
    ReportForm* form = m_pane.form();
    form->setContactId(m_current);
    saveDraft();
    m_writer->flush(); // the draft is on disk; submitReport moves exactly it into the outbox
    if (const auto refused = m_store.reportItemForContact(m_current);
        refused && refused->state == OutboxItem::State::Attention) {
        // The corrected report goes again in its place; the correction's draft is no longer needed.
        if (!m_engine.resubmitReport(refused->id, form->reportBody())) {
            m_pane.setStatus(tr("The corrected report could not be queued on this computer."), true);
            return;
        }
        m_writer->remove(m_current);
        m_submitted = true;
        showSubmission(m_current);
        return;
    }
    auto item = m_engine.submitReport(m_current, form->reportBody());
    if (!item) {
        m_pane.setStatus(item.error().message, true);
        return;
    }
    m_submitted = true;
    showSubmission(m_current);
    Q_EMIT message(tr("The report is queued as %1.").arg(item->localRef));
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
    const bool wasShowingRefusal = m_showingRefusal;
    m_showingRefusal = item->state == OutboxItem::State::Attention;
    switch (item->state) {
    case OutboxItem::State::Sent: {
        const QString caseNumber = item->result.value(u"caseNumber").toString();
        form->setSubmissionStatus(tr("Report registered – case number %1").arg(caseNumber));
        m_pane.setStatus(
            tr("Report registered with case number %1. Complete the contact with Ctrl+Shift+A.").arg(caseNumber));
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
        m_submitted = false;
        if (!wasShowingRefusal)
            form->setReadOnly(false); // once, when it comes back refused: not while the agent types
        form->setSubmissionStatus(tr("Report %1 needs attention").arg(item->localRef));
        m_pane.setStatus(tr("The server did not accept report %1: %2\nCorrect the report and send it again with "
                            "Ctrl+S.")
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
    dialog->setUnsentDraft(unsent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_completion = dialog;
    const QString localRef = report ? report->localRef : QString();
    connect(dialog, &QDialog::accepted, this, [this, dialog, contactId, localRef] {
        if (!dialog->disposition().isEmpty())
            finishCompletion(contactId, dialog->disposition(), localRef);
    });
    // Back to the main window however the dialog ends, so the keyboard keeps working there.
    connect(dialog, &QDialog::finished, this, [this] { m_pane.window()->activateWindow(); });
    dialog->open();
}

void ContactDesk::finishCompletion(const QString& contactId, const QString& disposition, const QString& reportLocalRef)
{
    const auto contact = m_store.contact(contactId);
    if (!contact)
        return;
    auto item = m_engine.completeContact(contactId, disposition, reportLocalRef);
    if (!item) {
        m_pane.setStatus(item.error().message, true);
        return;
    }
    // Completed locally at once: the outbox carries it to the server, also after a restart.
    Contact done = *contact;
    done.state = ContactState::Completed;
    done.disposition = fromWireName<Disposition>(disposition);
    done.completedAt = QDateTime::currentDateTimeUtc();
    if (!m_store.upsertContact(done))
        m_store.removeContact(contactId);
    // An unsent draft goes with the contact: personal data is not kept without a purpose.
    if (!m_store.reportItemForContact(contactId))
        m_writer->remove(contactId);
    Q_EMIT message(tr("Contact completed: %1.").arg(CompletionDialog::displayName(disposition)));
    if (m_current != contactId)
        return;
    m_current.clear();
    const QList<Contact> mine = openContacts();
    if (!mine.isEmpty()) {
        open(mine.constFirst().id);
    } else {
        m_pane.showNoContact();
        m_pane.setWrapUp(true);
        Q_EMIT idle();
    }
}

void ContactDesk::agentStateChanged(const QString& state)
{
    m_pane.setWrapUp(state == QLatin1String("wrap_up"));
}

void ContactDesk::search(const CaseQuery& query)
{
    QUrlQuery q;
    switch (query.kind) {
    case CaseQuery::Kind::Personnummer:
        q.addQueryItem(QStringLiteral("personnummer"), query.text);
        break;
    case CaseQuery::Kind::Phone:
        q.addQueryItem(QStringLiteral("phone"), query.text);
        break;
    case CaseQuery::Kind::CaseNumber:
        q.addQueryItem(QStringLiteral("caseNumber"), query.text);
        break;
    case CaseQuery::Kind::FreeText:
        q.addQueryItem(QStringLiteral("q"), query.text);
        break;
    }
    m_lastQuery = q;
    m_appendNext = false;
    m_history.setBusy(true);
    m_search = m_engine.searchCases(q);
}

void ContactDesk::showCases(int request, bool ok, const QJsonArray& items, const QString& nextCursor,
                            const QString& message)
{
    if (request != m_search)
        return; // an answer to a search the agent has since replaced
    m_history.setBusy(false);
    if (!ok) {
        m_history.setError(message);
        return;
    }
    m_nextCursor = nextCursor;
    if (m_appendNext)
        m_history.appendResults(items, !nextCursor.isEmpty());
    else
        m_history.setResults(items, !nextCursor.isEmpty());
}

void ContactDesk::showReport(const QString& reportId, bool ok, const QJsonObject& report, const QString& message)
{
    if (reportId != m_wantedReport)
        return;
    m_wantedReport.clear();
    if (report.isEmpty()) {
        m_history.setError(message);
        return;
    }
    if (!ok)
        m_history.setError(tr("Showing the copy on this computer: %1").arg(message));
    m_view = m_views.value(reportId);
    if (m_view) {
        m_view->setReport(report);
    } else {
        m_view = new ReportView(m_ref, report, m_history.window());
        m_views.insert(reportId, m_view);
        m_view->setAttribute(Qt::WA_DeleteOnClose);
        m_view->setAgentNames(m_agentNames);
        connect(m_view, &ReportView::supplementRequested, this, [this](const QString& id, const QString& text) {
            auto item = m_engine.addSupplement(id, text);
            if (!item)
                m_history.setError(item.error().message);
            updatePendingSupplements();
        });
    }
    updatePendingSupplements();
    m_view->show();
    m_view->raise();
    m_view->activateWindow();
}

void ContactDesk::updatePendingSupplements()
{
    m_views.removeIf([](const auto& view) { return view.value().isNull(); });
    if (m_views.isEmpty())
        return; // no report open: no reason to read the outbox on every change of it
    QHash<QString, QStringList> pending;
    for (const OutboxItem& item : m_store.outbox())
        if (item.kind == OutboxItem::Kind::Supplement && item.state != OutboxItem::State::Sent)
            pending[item.target] << item.payload.value(u"text").toString();
    for (auto it = m_views.cbegin(); it != m_views.cend(); ++it)
        it.value()->setPendingSupplements(pending.value(it.key()));
}

} // namespace kc
