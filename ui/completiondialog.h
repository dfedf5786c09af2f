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
// Thread rules: GUI thread.
#pragma once

#include "core/types.h"

#include <QDialog>

#include <optional>

class QLabel;
class QListWidget;

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

    // The name of a disposition (Swedish in the Swedish UI), for lists and messages.
    static QString displayName(Disposition disposition);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QListWidget* m_list = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_articlesLabel = nullptr;
    QListWidget* m_articles = nullptr;
    void showArticles();
};

} // namespace kc
