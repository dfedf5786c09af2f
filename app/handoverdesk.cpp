// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "app/handoverdesk.h"

#include "models/localstore.h"
#include "sync/restclient.h"
#include "ui/contactpane.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace kc {

namespace {

// open(), not exec(): no nested event loop on the GUI thread while events keep arriving. The
// dialog deletes itself; `answer` runs once when it closes (Cancel: Kind::Cancel).
void openAskDialog(QWidget* parent, const Contact& contact, const std::function<void(HandoverDesk::Choice)>& answer)
{
    auto* dialogPtr = new QDialog(parent);
    dialogPtr->setAttribute(Qt::WA_DeleteOnClose);
    QDialog& dialog = *dialogPtr;
    dialog.setWindowTitle(HandoverDesk::tr("Open contact at sign-out"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* text = new QLabel(HandoverDesk::tr("The contact from %1 is still open. Hand it over to a colleague with a "
                                             "note, or complete it before you sign out.")
                                .arg(ContactPane::contactTitle(contact)),
                            &dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* label = new QLabel(HandoverDesk::tr("&Note for the colleague:"), &dialog);
    auto* note = new QPlainTextEdit(&dialog);
    label->setBuddy(note);
    layout->addWidget(label);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(&dialog);
    QPushButton* handOver = buttons->addButton(HandoverDesk::tr("&Hand over"), QDialogButtonBox::AcceptRole);
    QPushButton* complete = buttons->addButton(HandoverDesk::tr("&Complete first"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    auto choice = std::make_shared<HandoverDesk::Choice>(); // Cancel unless a button says otherwise
    QObject::connect(handOver, &QPushButton::clicked, dialogPtr, [dialogPtr, note, choice] {
        if (note->toPlainText().trimmed().isEmpty()) {
            note->setFocus();
            return; // a note is required: the colleague must know where it stands
        }
        *choice = {HandoverDesk::Choice::Kind::HandOver, note->toPlainText().trimmed()};
        dialogPtr->accept();
    });
    QObject::connect(complete, &QPushButton::clicked, dialogPtr, [dialogPtr, choice] {
        *choice = {HandoverDesk::Choice::Kind::Complete, {}};
        dialogPtr->accept();
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialogPtr, &QDialog::reject);
    QObject::connect(dialogPtr, &QDialog::finished, dialogPtr, [choice, answer](int) { answer(*choice); });
    note->setFocus();
    dialogPtr->open();
}

} // namespace

HandoverDesk::HandoverDesk(sync::RestClient& client, LocalStore& store, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_window(window)
{
    ask = [this](const Contact& c, const std::function<void(Choice)>& answer) { openAskDialog(m_window, c, answer); };
}

void HandoverDesk::signOutRequested(const QList<Contact>& open)
{
    handOverNext(open);
}

void HandoverDesk::handOverNext(QList<Contact> remaining)
{
    if (remaining.isEmpty()) {
        Q_EMIT readyToSignOut();
        return;
    }
    const Contact c = remaining.takeFirst();
    ask(c, [this, guard = QPointer<HandoverDesk>(this), c, remaining](const Choice& choice) {
        if (guard)
            answered(c, remaining, choice);
    });
}

void HandoverDesk::answered(const Contact& c, const QList<Contact>& remaining, const Choice& choice)
{
    if (choice.kind == Choice::Kind::Cancel)
        return;
    if (choice.kind == Choice::Kind::Complete) {
        Q_EMIT completeRequested(c.id);
        return;
    }
    const auto draft = m_store.draft(c.id);
    const QJsonObject body{{QStringLiteral("note"), choice.note},
                           {QStringLiteral("draft"), draft ? draft->report : QJsonObject()}};
    auto* job = m_client.post(QStringLiteral("/contacts/%1/handover").arg(c.id), body);
    connect(job, &sync::ApiJob::finished, this, [this, remaining, id = c.id](sync::ApiJob* j) {
        j->deleteLater();
        if (j->outcome() != sync::ApiJob::Outcome::Ok) {
            // Nothing is dropped: the contact stays open and the sign-out stops.
            Q_EMIT message(tr("The contact could not be handed over: %1").arg(j->errorText()));
            return;
        }
        std::ignore = m_store.removeDraft(id); // it lives on the server now, for the colleague
        handOverNext(remaining);
    });
}

void HandoverDesk::takeOver(const QString& contactId, const std::function<void(const QString&)>& open)
{
    auto* job = m_client.get(QStringLiteral("/contacts/%1/handover").arg(contactId));
    connect(job, &sync::ApiJob::finished, this, [this, contactId, open](sync::ApiJob* j) {
        j->deleteLater();
        QString note;
        if (j->outcome() == sync::ApiJob::Outcome::Ok) {
            note = j->json().value(u"note").toString();
            const QJsonObject draft = j->json().value(u"draft").toObject();
            // The colleague's own typing wins; a first take-over gets the whole draft.
            if (!draft.isEmpty() && !m_store.draft(contactId))
                std::ignore = m_store.saveDraft(Draft{contactId, draft, QStringLiteral("reporter"), {}});
        }
        open(note);
    });
}

} // namespace kc
