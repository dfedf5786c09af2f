// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Ny artikel / Redigera artikel (supervisors; the server refuses everyone else): the fields of a
// knowledge article as plain text. "Hänvisa till" one line per service, "Namn; telefon; webb";
// tags separated by commas. The dialog stays open on a refusal (setError) so nothing typed is lost.
// Thread rules: GUI thread.
#pragma once

#include "core/knowledge.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kc {

class KnowledgeEditDialog : public QDialog
{
    Q_OBJECT
public:
    // An empty article (no id) makes "Ny artikel".
    explicit KnowledgeEditDialog(const KnowledgeArticle& article, QWidget* parent = nullptr);

    KnowledgeArticle article() const; // what is typed, with the original id and version
    bool isNew() const { return m_original.id.isEmpty(); }
    void setError(const QString& message);

    QLineEdit* titleField() const { return m_title; }
    QPlainTextEdit* summaryField() const { return m_summary; }

private:
    KnowledgeArticle m_original;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QPlainTextEdit* m_referTo = nullptr;
    QLineEdit* m_tags = nullptr;
    QLineEdit* m_reviewed = nullptr;
    QCheckBox* m_check = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace kc
