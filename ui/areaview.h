// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The police area's receiving desk (role `area`, issue 15): the reports the contact centre handed
// over to this polisområde, newest first, with their state, and "Kvittera mottagen" — the area
// confirms it has them; the agents then see "Mottagen av Polisområde …" in the case history.
//
// Keyboard: the list has the focus; Up/Down choose, Enter (or the button) acknowledges the chosen
// report. A summary line says how many are new ("2 nya av 5"); a new arrival and every result are
// announced to screen readers. The list shows no personal data (the handoff items carry none).
// The view only emits requests (acknowledgeRequested); app/areadesk does the talking.
//
// Thread rules: GUI thread. The model must outlive the view.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace kc {

class HandoffModel;

class AreaView : public QWidget
{
    Q_OBJECT
public:
    explicit AreaView(HandoffModel& model, QWidget* parent = nullptr);

    void setPoliceArea(const QString& name); // "Skaraborg" → the title names "Polisområde Skaraborg"
    // One line under the list: the result of the last action or a problem ("" hides it).
    void setStatus(const QString& text, bool problem = false);
    QString currentReportId() const;
    void selectReport(const QString& reportId);

    QTableView* view() const { return m_view; }
    QPushButton* acknowledgeButton() const { return m_ack; }
    QLabel* summary() const { return m_summary; }
    QLabel* title() const { return m_title; }
    QLabel* status() const { return m_status; }

    // "Polisområde Skaraborg": how an area is named in every text (also the case history's).
    static QString areaName(const QString& policeArea);

Q_SIGNALS:
    void acknowledgeRequested(const QString& reportId);

private:
    void updateSummary();
    void updateButton();
    void requestAcknowledge();

    HandoffModel& m_model;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_ack = nullptr;
    QLabel* m_status = nullptr;
    int m_lastNew = -1;
};

} // namespace kc
