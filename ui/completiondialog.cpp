// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/completiondialog.h"
#include "ui/announce.h"

#include "core/types.h"
#include "models/casehistorymodel.h"
#include "ui/eventtime.h"
#include "ui/keynames.h"
#include "ui/reportform.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kc {

QString CompletionDialog::displayName(Disposition disposition)
{
    return CaseHistoryModel::dispositionText(disposition); // one set of words for the case history too
}

CompletionDialog::CompletionDialog(const QString& contactTitle, bool reportFiled, QWidget* parent)
    : QDialog(parent)
{
    // "Slutför kontakt", not "Avsluta": next to "Avbryt", and "Avsluta" also means quitting the program.
    setWindowTitle(tr("Complete contact"));
    auto* layout = new QVBoxLayout(this);
    m_contactTitle = contactTitle;
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    auto* heading = m_heading;
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Disposition"));
    heading->setBuddy(m_list);
    m_reportFiled = reportFiled;
    QList<Disposition> offered;
    for (const QString& wire : wireNames<Disposition>())
        if (const Disposition value = *fromWireName<Disposition>(wire); value != Disposition::TipForwarded)
            offered << value; // tip_forwarded belongs to tips only (setTip)
    fill(offered);
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

    // Återuppringning bokad: when, and a note for the colleague who calls back.
    m_callback = new QWidget(this);
    m_callback->setObjectName(QStringLiteral("callback"));
    auto* callbackForm = new QFormLayout(m_callback);
    callbackForm->setContentsMargins(0, 0, 0, 0);
    m_callbackAt = new QLineEdit(m_callback);
    m_callbackAt->setObjectName(QStringLiteral("callbackAt"));
    //: An example of how to write the callback time; keep the date format
    m_callbackAt->setPlaceholderText(tr("e.g. 2026-12-07 10:00 or today 15:30"));
    m_callbackAt->setAccessibleName(tr("Call back at"));
    m_callbackNote = new QLineEdit(m_callback);
    m_callbackNote->setObjectName(QStringLiteral("callbackNote"));
    m_callbackNote->setAccessibleName(tr("Note for the callback"));
    m_callbackNote->setMaxLength(500);
    m_callbackMessage = new QLabel(m_callback);
    m_callbackMessage->setObjectName(QStringLiteral("callbackMessage"));
    m_callbackMessage->setWordWrap(true);
    m_callbackMessage->setStyleSheet(QStringLiteral("QLabel { color: #8a1020; }"));
    m_callbackMessage->hide();
    callbackForm->addRow(tr("Call back at:"), m_callbackAt);
    callbackForm->addRow(QString(), m_callbackMessage);
    callbackForm->addRow(tr("Note:"), m_callbackNote);
    layout->addWidget(m_callback);
    m_callback->hide();
    connect(m_callbackAt, &QLineEdit::textEdited, this, [this] {
        // A shown problem follows the typing, so it disappears as soon as the time is right.
        if (m_callbackMessage->isVisible()) {
            const QString problem = callbackProblem();
            m_callbackMessage->setText(problem);
            m_callbackMessage->setVisible(!problem.isEmpty());
        }
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &CompletionDialog::showArticles);
    connect(m_list, &QListWidget::currentRowChanged, this, &CompletionDialog::showCallback);
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

void CompletionDialog::fill(const QList<Disposition>& offered)
{
    m_list->clear();
    int number = 0;
    for (const Disposition value : offered) {
        ++number;
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2").arg(number).arg(displayName(value)), m_list);
        item->setData(Qt::UserRole, static_cast<int>(value));
        if (value == Disposition::ReportFiled && !m_reportFiled) {
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            item->setToolTip(tr("No report was submitted for this contact."));
        }
    }
    //: %1 the contact, %2 the highest digit (2 or 6), %3 the key that confirms (Retur)
    m_heading->setText(tr("Complete the contact with %1. Choose a disposition (1–%2), then %3.")
                           .arg(m_contactTitle.toHtmlEscaped())
                           .arg(offered.size())
                           .arg(keyText(QKeySequence(Qt::Key_Return))));
    m_list->setCurrentRow(offered.size() > 1 && offered.first() == Disposition::ReportFiled && !m_reportFiled ? 1 : 0);
}

void CompletionDialog::setTip(bool tip)
{
    if (!tip)
        return;
    // A tip is never a report: only its own two outcomes, the first preselected.
    fill({Disposition::TipForwarded, Disposition::NoAction});
    m_list->setToolTip(tr("A tip is forwarded to the police area or closed without action."));
}

void CompletionDialog::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

QString CompletionDialog::callbackProblem() const
{
    const QString text = m_callbackAt->text().trimmed();
    if (text.isEmpty())
        return tr("Enter when to call back, e.g. 2026-12-07 10:00.");
    const QDateTime now = m_now ? m_now() : QDateTime::currentDateTimeUtc();
    const auto at = parseEventTime(text, now.toLocalTime().date());
    if (!at)
        return at.error().message;
    if (*at <= now)
        return tr("The callback time has already passed. Choose a time later than now.");
    if (*at > now.addDays(CallbackMaxDays))
        return tr("A callback can be booked at most %1 days ahead.").arg(CallbackMaxDays);
    return {};
}

std::optional<QDateTime> CompletionDialog::callbackAt() const
{
    if (disposition() != Disposition::CallbackBooked || !callbackProblem().isEmpty())
        return std::nullopt;
    const QDateTime now = m_now ? m_now() : QDateTime::currentDateTimeUtc();
    const auto at = parseEventTime(m_callbackAt->text().trimmed(), now.toLocalTime().date());
    return at ? std::optional(at->toUTC()) : std::nullopt;
}

QString CompletionDialog::callbackNote() const
{
    return disposition() == Disposition::CallbackBooked ? m_callbackNote->text().trimmed() : QString();
}

void CompletionDialog::showCallback()
{
    m_callback->setVisible(disposition() == Disposition::CallbackBooked);
}

void CompletionDialog::accept()
{
    if (disposition() == Disposition::CallbackBooked) {
        if (const QString problem = callbackProblem(); !problem.isEmpty()) {
            m_callbackMessage->setText(problem);
            m_callbackMessage->show();
            m_callbackAt->setFocus();
            announce(m_callbackMessage, problem, Politeness::Assertive);
            return;
        }
    }
    QDialog::accept();
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
