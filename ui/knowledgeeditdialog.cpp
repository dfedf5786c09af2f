// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/knowledgeeditdialog.h"

#include "ui/announce.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kc {

KnowledgeEditDialog::KnowledgeEditDialog(const KnowledgeArticle& article, QWidget* parent)
    : QDialog(parent)
    , m_original(article)
{
    setWindowTitle(isNew() ? tr("New article") : tr("Edit article"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_title = new QLineEdit(article.title, this);
    m_summary = new QPlainTextEdit(article.summary, this);
    m_summary->setTabChangesFocus(true);
    m_body = new QPlainTextEdit(article.body, this);
    m_body->setTabChangesFocus(true);
    QStringList refs;
    for (const Referral& r : article.referTo)
        refs << QStringList{r.name, r.phone, r.web}.join(QStringLiteral("; "));
    m_referTo = new QPlainTextEdit(refs.join(u'\n'), this);
    m_referTo->setTabChangesFocus(true);
    m_tags = new QLineEdit(article.tags.join(QStringLiteral(", ")), this);
    m_reviewed =
        new QLineEdit(article.reviewedAt.isValid() ? article.reviewedAt.toString(Qt::ISODate) : QString(), this);
    m_reviewed->setPlaceholderText(tr("YYYY-MM-DD"));
    m_check = new QCheckBox(tr("Check before quoting (the facts change)"), this);
    m_check->setChecked(article.checkBeforeQuoting);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("Short &answer"), m_summary);
    form->addRow(tr("&Details"), m_body);
    form->addRow(tr("&Refer to (name; phone; web, one per line)"), m_referTo);
    form->addRow(tr("Ta&gs (comma-separated)"), m_tags);
    form->addRow(tr("Re&viewed"), m_reviewed);
    form->addRow(QString(), m_check);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fde7e9; color: #8a1c1c; padding: 4px; }"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 560);
}

KnowledgeArticle KnowledgeEditDialog::article() const
{
    KnowledgeArticle a = m_original;
    a.title = m_title->text().trimmed();
    a.summary = m_summary->toPlainText().trimmed();
    a.body = m_body->toPlainText().trimmed();
    a.referTo.clear();
    for (const QString& line : m_referTo->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(u';');
        Referral r{parts.value(0).trimmed(), parts.value(1).trimmed(), parts.value(2).trimmed()};
        if (!r.name.isEmpty())
            a.referTo.append(r);
    }
    a.tags.clear();
    for (const QString& tag : m_tags->text().split(u',', Qt::SkipEmptyParts))
        if (!tag.trimmed().isEmpty())
            a.tags << tag.trimmed();
    a.reviewedAt = QDate::fromString(m_reviewed->text().trimmed(), Qt::ISODate);
    a.checkBeforeQuoting = m_check->isChecked();
    return a;
}

void KnowledgeEditDialog::setError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    announce(m_error, message, Politeness::Assertive);
}

} // namespace kc
