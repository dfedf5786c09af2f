// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Shift hand-over on the workstation (issue 12). Signing out with contacts still open asks, per
// contact, hand it over with a note or complete it — never drops one: "hand over" sends the note
// and the contact's current draft (POST /contacts/{id}/handover; the server puts the contact back
// in its queue with its original waiting time and priority); "complete" stops the sign-out and
// opens that contact; cancelling stops the sign-out. Only when every open contact has been handed
// over does readyToSignOut() follow.
// The colleague who takes a handed-over contact gets the note and the draft: takeOver() fetches
// GET /contacts/{id}/handover before the contact is opened and, when the colleague has no draft of
// their own for it, stores the draft as theirs, so the form opens filled.
// Thread rules: GUI thread.
#pragma once

#include "core/types.h"

#include <QObject>

#include <functional>

class QWidget;

namespace kc {

class LocalStore;
namespace sync {
class RestClient;
}

class HandoverDesk : public QObject
{
    Q_OBJECT
public:
    struct Choice
    {
        enum class Kind { HandOver, Complete, Cancel };
        Kind kind = Kind::Cancel;
        QString note;
    };

    HandoverDesk(sync::RestClient& client, LocalStore& store, QWidget* window, QObject* parent = nullptr);

    // The question for one contact: a dialog opened with open() by default (no nested event loop),
    // which calls `answer` when it closes; tests answer instead.
    std::function<void(const Contact& contact, const std::function<void(Choice)>& answer)> ask;

    // Sign-out was asked for with these contacts open (oldest first).
    void signOutRequested(const QList<Contact>& open);
    // `open` runs once the hand-over (if any) is in the store, with its note ("" without one).
    void takeOver(const QString& contactId, const std::function<void(const QString& note)>& open);

Q_SIGNALS:
    void readyToSignOut();
    void completeRequested(const QString& contactId); // the agent chose to complete it first
    void message(const QString& text);

private:
    void handOverNext(QList<Contact> remaining);
    void answered(const Contact& c, const QList<Contact>& remaining, const Choice& choice);

    sync::RestClient& m_client;
    LocalStore& m_store;
    QWidget* m_window;
};

} // namespace kc
