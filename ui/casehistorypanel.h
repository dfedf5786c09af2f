// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Ärendehistorik: the cases of the current caller, shown automatically when a contact is taken
// (showForCaller), and a search by personnummer, telefon, ärendenummer or free text. The results
// are a tree (each case, newest first, with its contacts beneath, expanded) or, with "Visa som
// lista", the same model flattened through a KDescendantsProxyModel.
//
// Search: what kind of query the text is, is detected as it is typed (detectCaseQueryKind; the
// detected kind is shown beside the field) unless the agent picks one in the combobox. Enter in
// the field (or "Sök") searches: a text that is not a valid value of a chosen kind is refused
// here with the reason, without asking the server. Personnummer and phone numbers are sent
// normalised (12 digits, E.164), case numbers in their canonical form.
// Keyboard: Enter on a row (or a double-click) opens its case; on a contact row, the contact's case.
//
// The panel never talks to the network: it emits searchRequested / moreRequested / openRequested
// and is told the outcome (setResults, appendResults, setError, setBusy) by the composition root.
// Thread rules: GUI thread.
#pragma once

#include "core/casequery.h"

#include <QDate>
#include <QJsonArray>
#include <QString>
#include <QWidget>

class KDescendantsProxyModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace kc {

class CaseHistoryModel;
class ReferenceData;
struct Person;

// The kind a typed text most likely is: a valid personnummer (any written form) → Personnummer;
// digits starting with "+" or "0" that parse as a phone number → Phone; a case number (long or short
// form) → CaseNumber; anything else → FreeText. A 10-digit text that is both a valid personnummer
// and a phone number counts as a personnummer (the agent can override the kind).
CaseQuery::Kind detectCaseQueryKind(QStringView text, QDate today = QDate::currentDate());

class CaseHistoryPanel : public QWidget
{
    Q_OBJECT
public:
    CaseHistoryPanel(const ReferenceData& ref, QWidget* parent = nullptr);
    ~CaseHistoryPanel() override;

    CaseHistoryModel* model() const;
    QLineEdit* searchField() const;
    QTreeView* view() const;

    // Searches by the caller's personnummer if valid, else by the phone; without either, clears
    // the results and says "Ingen uppringare att söka på". Emits searchRequested when it searches.
    void showForCaller(const Person& caller);
    void setResults(const QJsonArray& items, bool hasMore);
    void appendResults(const QJsonArray& items, bool hasMore);
    void setError(const QString& message); // shown above the list; the results stay
    void setBusy(bool busy);

Q_SIGNALS:
    void searchRequested(const kc::CaseQuery& query);
    void moreRequested();
    void openRequested(const QString& reportId);

private:
    void search();
    void emitSearch(const CaseQuery& query);
    void openIndex(const QModelIndex& viewIndex);
    void setListMode(bool flat);
    void applyHeaderModes();
    void updateDetectedKind();
    void updateSummary();
    void showMessage(const QString& text, bool error);

    CaseHistoryModel* m_model = nullptr;
    KDescendantsProxyModel* m_flat = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_kind = nullptr;
    QLabel* m_detected = nullptr;
    QPushButton* m_searchButton = nullptr;
    QCheckBox* m_listToggle = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_summary = nullptr;
    QTreeView* m_view = nullptr;
    QPushButton* m_more = nullptr;
    bool m_hasMore = false;
    bool m_busy = false;
    bool m_searched = false; // a search has been answered (so an empty list means "nothing found")
};

} // namespace kc

Q_DECLARE_METATYPE(kc::CaseQuery)
