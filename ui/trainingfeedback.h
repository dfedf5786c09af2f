// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// What a trainee sees of an exercise (issue 13):
// - CallerScriptPanel: what the caller of the open exercise contact says, to read as if listening.
// - TrainingFeedbackDialog: right after completing an exercise contact, the score and, field by
//   field, what was expected and what was done, with the lesson of the exercise.
// Both take the contract's JSON (GET /training/contacts/{id}); app/trainingdesk.cpp feeds them.
//
// Thread rules: GUI thread.
#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QWidget>

class QLabel;
class QTextBrowser;
class QTreeWidget;

namespace kc {

class CallerScriptPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CallerScriptPanel(QWidget* parent = nullptr);
    void setScript(const QString& subject, const QString& script); // empty: no exercise contact open
    QString text() const;

private:
    QTextBrowser* m_text = nullptr;
};

class TrainingFeedbackDialog : public QDialog
{
    Q_OBJECT
public:
    // `result`: the "result" object of GET /training/contacts/{id}.
    explicit TrainingFeedbackDialog(const QJsonObject& result, QWidget* parent = nullptr);
    QLabel* scoreLabel() const { return m_score; }
    QTreeWidget* fields() const { return m_fields; }

private:
    QLabel* m_score = nullptr;
    QTreeWidget* m_fields = nullptr;
};

} // namespace kc
