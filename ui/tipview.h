// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Tips: a tip from "Tipsa polisen" (a contact's `tip`, issue 15), read-only — what, when, where,
// how the tipster knows, and the contact details or "Anonym". A tip is never a crime report: this
// view stands where the report form stands for other contacts, offers nothing to register, and
// says how it is completed (Vidarebefordrat till polisområdet or Ingen åtgärd).
//
// tip (the contract): {"externalId","what","when"?,"where"?,"howKnown"?,"contact"?:Person,
// "anonymous":bool}; values shown exactly as the tipster wrote them (plain text, never HTML).
// Every value is a read-only label, focusable and selectable by keyboard (Tab walks them, so a
// screen reader reads each with its label).
//
// Thread rules: GUI thread.
#pragma once

#include <QJsonObject>
#include <QKeySequence>
#include <QWidget>

class QLabel;

namespace kc {

class TipView : public QWidget
{
    Q_OBJECT
public:
    explicit TipView(QWidget* parent = nullptr);

    // `completeKey`: the key of Slutför kontakt, named in the hint.
    void setTip(const QJsonObject& tip, const QKeySequence& completeKey);
    QJsonObject tip() const { return m_tip; }

    // The shown values, for tests: "what", "when", "where", "howKnown", "contact", "reference".
    QLabel* valueLabel(const QString& field) const;
    QLabel* hint() const { return m_hint; }

private:
    QJsonObject m_tip;
    QLabel* m_what = nullptr;
    QLabel* m_when = nullptr;
    QLabel* m_where = nullptr;
    QLabel* m_howKnown = nullptr;
    QLabel* m_contact = nullptr;
    QLabel* m_reference = nullptr;
    QLabel* m_hint = nullptr;
};

} // namespace kc
