// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The trainer's panel (issue 13): choose a scenario, run its clock (start, pause, resume, reset,
// speed ×1/×2/×5/×10), inject a contact, and watch the trainees: each completed contact with its
// score, what was wrong, and the times to answer and to finish; a score per trainee.
//
// A widget only: requests leave as signals, app/trainerdesk.cpp talks to the server and feeds
// setScenarios()/setRun() with the contract's JSON (GET /training/scenarios, GET /training/runs/{id}).
// The results model is a QStandardItemModel (tested under QAbstractItemModelTester).
//
// Thread rules: GUI thread.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace kc {

class TrainerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TrainerPanel(QWidget* parent = nullptr);

    void setScenarios(const QJsonArray& items);
    void setRun(const QJsonObject& run); // empty: no run yet
    void showError(const QString& text);
    // How trainees join this exercise (the built-in demo: its loopback address and password).
    void setJoinInfo(const QString& text);

    QString selectedScenario() const;
    int selectedSpeed() const;
    QStandardItemModel* results() const { return m_results; }
    QComboBox* scenarioBox() const { return m_scenario; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* pauseButton() const { return m_pause; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* traineeSummary() const { return m_trainees; }
    // The session summary: one line per result (CSV, semicolon-separated as Swedish spreadsheets
    // expect, a header line first), and the same as a printable PDF (QPdfWriter, A4).
    QString summaryCsv() const;
    bool writeSummaryPdf(const QString& path) const;
    // "Kontaktsätt", "Brottskod", …: the Swedish names of the scored fields.
    static QString fieldName(const QString& field);

Q_SIGNALS:
    void startRequested(const QString& scenarioId, int speed);
    void pauseRequested();
    void resumeRequested();
    void resetRequested();
    void speedRequested(int speed);
    void injectRequested();

private:
    void updateDescription();

    QComboBox* m_scenario = nullptr;
    QLabel* m_description = nullptr;
    QComboBox* m_speed = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_inject = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QPushButton* m_exportPdf = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_trainees = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_join = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_results = nullptr;
    QJsonArray m_scenarios;
    QJsonObject m_run;
};

} // namespace kc
