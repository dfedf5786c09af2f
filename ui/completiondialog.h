// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Avsluta kontakt: the agent chooses the avslutskod (disposition) that ends a contact — Anmälan
// upprättad, Rådgivning, Hänvisad till 112, Hänvisad till annan myndighet, Återuppringning bokad,
// Ingen åtgärd. Keyboard first: the list has focus, digits 1–6 pick a code, Enter confirms, Esc
// cancels. "Anmälan upprättad" is offered (and preselected) only when a report was submitted for
// the contact, so the statistics cannot claim a report that does not exist.
// Rådgivning (advice_given) records the knowledge articles used: those opened during the contact
// are offered below the list (all checked; Tab, then Space unchecks one), shown only while
// Rådgivning is chosen.
// Tips (issue 15): a contact with `tip` offers only its own two — Vidarebefordrat till polisområdet
// (tip_forwarded) and Ingen åtgärd — (setTip); no other contact is offered tip_forwarded.
// Återuppringning bokad asks when to call back (date and time, "2026-12-07 10:00" or "i dag 15:30",
// in the future and at most 14 days ahead by the injected clock) and a note; the dialog does not
// close on an invalid time: the Swedish message stands under the field, is read aloud, and the
// field takes the focus.
// Thread rules: GUI thread.
#pragma once

#include "core/types.h"

#include <QDateTime>
#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QWidget;

namespace kc {

class CompletionDialog : public QDialog
{
    Q_OBJECT
public:
    // `reportFiled`: a report for this contact is submitted (sent or still in the outbox).
    CompletionDialog(const QString& contactTitle, bool reportFiled, QWidget* parent = nullptr);

    std::optional<Disposition> disposition() const; // the chosen code; none when none is chosen
    // The contact has a draft report that was never sent: say that completing discards it, and
    // preselect nothing, so a reflexive Enter does not throw the typing away.
    void setUnsentDraft(bool unsent);
    QListWidget* list() const { return m_list; }
    // The knowledge articles opened during the contact, as (id, title), in the order opened.
    void setArticles(const QList<std::pair<QString, QString>>& articles);
    // The checked articles when the disposition is Rådgivning; none otherwise.
    QStringList articleIds() const;
    QListWidget* articleList() const { return m_articles; }

    // The contact is a tip: only Vidarebefordrat till polisområdet (1) and Ingen åtgärd (2).
    void setTip(bool tip);
    // "now" for the callback's time (default: the system clock).
    void setClock(std::function<QDateTime()> now);
    // Återuppringning bokad: the time to call back (UTC) once valid, and the note ("" = none).
    std::optional<QDateTime> callbackAt() const;
    QString callbackNote() const;
    // What is wrong with the callback time as typed ("" = fine); Swedish.
    QString callbackProblem() const;
    QLineEdit* callbackTimeEdit() const { return m_callbackAt; }
    QLineEdit* callbackNoteEdit() const { return m_callbackNote; }
    QLabel* callbackMessage() const { return m_callbackMessage; }

    // The name of a disposition (Swedish in the Swedish UI), for lists and messages.
    static QString displayName(Disposition disposition);
    // The longest a callback may be booked ahead (the server's rule, intake contract).
    static constexpr int CallbackMaxDays = 14;

public Q_SLOTS:
    void accept() override; // refused while Återuppringning bokad has no valid time

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QString m_contactTitle;
    QLabel* m_heading = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_articlesLabel = nullptr;
    QListWidget* m_articles = nullptr;
    QWidget* m_callback = nullptr;
    QLineEdit* m_callbackAt = nullptr;
    QLineEdit* m_callbackNote = nullptr;
    QLabel* m_callbackMessage = nullptr;
    std::function<QDateTime()> m_now;
    bool m_reportFiled = false;
    void fill(const QList<Disposition>& offered);
    void showArticles();
    void showCallback();
};

} // namespace kc
