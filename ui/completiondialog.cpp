// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/completiondialog.h"
#include "ui/announce.h"

#include "core/types.h"
#include "ui/keynames.h"
#include "ui/reportform.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kc {

QString CompletionDialog::displayName(Disposition disposition)
{
    static const std::pair<Disposition, const char*> names[] = {
        {Disposition::ReportFiled, QT_TRANSLATE_NOOP("kc::CompletionDialog", "Report filed")},
        {Disposition::AdviceGiven, QT_TRANSLATE_NOOP("kc::CompletionDialog", "Advice given")},
        {Disposition::Referred112, QT_TRANSLATE_NOOP("kc::CompletionDialog", "Referred to 112")},
        {Disposition::ReferredOtherAgency, QT_TRANSLATE_NOOP("kc::CompletionDialog", "Referred to another agency")},
        {Disposition::CallbackBooked, QT_TRANSLATE_NOOP("kc::CompletionDialog", "Callback booked")},
        {Disposition::NoAction, QT_TRANSLATE_NOOP("kc::CompletionDialog", "No action")},
    };
    for (const auto& [value, name] : names)
        if (value == disposition)
            return tr(name);
    return {};
}

CompletionDialog::CompletionDialog(const QString& contactTitle, bool reportFiled, QWidget* parent)
    : QDialog(parent)
{
    // "Slutför kontakt", not "Avsluta": next to "Avbryt", and "Avsluta" also means quitting the program.
    setWindowTitle(tr("Complete contact"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Complete the contact with %1. Choose a disposition (1–6), then %2.")
                                   .arg(contactTitle.toHtmlEscaped(), keyText(QKeySequence(Qt::Key_Return))),
                               this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Disposition"));
    heading->setBuddy(m_list);
    int number = 0;
    for (const QString& wire : wireNames<Disposition>()) {
        const Disposition value = *fromWireName<Disposition>(wire); // every name of the table
        ++number;
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2").arg(number).arg(displayName(value)), m_list);
        item->setData(Qt::UserRole, static_cast<int>(value));
        if (value == Disposition::ReportFiled && !reportFiled) {
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            item->setToolTip(tr("No report was submitted for this contact."));
        }
    }
    m_list->setCurrentRow(reportFiled ? 0 : 1);
    //: %1 the key that closes this dialog (Esc), %2 the key of "Register the report" (F9)
    m_warning = new QLabel(tr("This contact has a report draft that was never registered. Register it first (%1, "
                              "then %2), or choose a disposition to complete anyway: the draft is then deleted.")
                               .arg(keyText(QKeySequence(Qt::Key_Escape)), keyText(ReportForm::registerKey())),
                           this);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; padding: 4px; }"));
    m_warning->hide();
    layout->addWidget(m_warning);
    layout->addWidget(m_list);
    m_articlesLabel = new QLabel(tr("Knowledge articles used (recorded on the contact):"), this);
    m_articlesLabel->setWordWrap(true);
    m_articles = new QListWidget(this);
    m_articles->setAccessibleName(tr("Knowledge articles used"));
    m_articlesLabel->setBuddy(m_articles);
    m_articles->setMaximumHeight(110);
    m_articles->setWordWrap(true);
    setMinimumWidth(440); // room for an article's title
    layout->addWidget(m_articlesLabel);
    layout->addWidget(m_articles);
    m_articlesLabel->hide();
    m_articles->hide();
    connect(m_list, &QListWidget::currentRowChanged, this, &CompletionDialog::showArticles);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Complete contact"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (item->flags() & Qt::ItemIsEnabled)
            accept();
    });
    m_list->setFocus();
}

void CompletionDialog::setArticles(const QList<std::pair<QString, QString>>& articles)
{
    m_articles->clear();
    for (const auto& [id, title] : articles) {
        auto* item = new QListWidgetItem(title, m_articles);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    showArticles();
}

void CompletionDialog::showArticles()
{
    const bool show = disposition() == Disposition::AdviceGiven && m_articles->count() > 0;
    m_articlesLabel->setVisible(show);
    m_articles->setVisible(show);
}

QStringList CompletionDialog::articleIds() const
{
    QStringList ids;
    if (disposition() != Disposition::AdviceGiven)
        return ids;
    for (int i = 0; i < m_articles->count(); ++i)
        if (m_articles->item(i)->checkState() == Qt::Checked)
            ids << m_articles->item(i)->data(Qt::UserRole).toString();
    return ids;
}

void CompletionDialog::setUnsentDraft(bool unsent)
{
    m_warning->setVisible(unsent);
    if (unsent) {
        m_list->setCurrentRow(-1);
        announce(m_warning, m_warning->text(), Politeness::Assertive);
    }
}

std::optional<Disposition> CompletionDialog::disposition() const
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return std::nullopt;
    return static_cast<Disposition>(item->data(Qt::UserRole).toInt());
}

void CompletionDialog::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_9 && event->modifiers() == Qt::NoModifier) {
        const int row = key - Qt::Key_1;
        if (row < m_list->count() && (m_list->item(row)->flags() & Qt::ItemIsEnabled)) {
            m_list->setCurrentRow(row);
            return;
        }
    }
    QDialog::keyPressEvent(event);
}

} // namespace kc
