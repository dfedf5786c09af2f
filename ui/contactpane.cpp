// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/contactpane.h"

#include "core/phonenumber.h"
#include "core/referencedata.h"
#include "models/contactqueuemodel.h"
#include "ui/reportform.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace kc {

QString ContactPane::channelText(Channel channel)
{
    return ContactQueueModel::channelText(channel); // the same words as the queue
}

QString ContactPane::contactTitle(const Contact& contact)
{
    if (!contact.caller.name.isEmpty())
        return contact.caller.name;
    if (contact.caller.phone && !contact.caller.phone->isEmpty())
        return *contact.caller.phone;
    return tr("unknown caller");
}

ContactPane::ContactPane(const ReferenceData& ref, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("contactPane"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("noContact"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No contact open.\n\nCtrl+Return takes the next contact in the queue; Enter on a row "
                        "takes that one.\nF1 lists every shortcut."));
    m_stack->addWidget(m_empty);

    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);

    auto* top = new QHBoxLayout;
    m_header = new QLabel(page);
    m_header->setObjectName(QStringLiteral("contactHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setAccessibleName(tr("Current contact"));
    top->addWidget(m_header, 1);
    auto* chooserLabel = new QLabel(tr("Open contacts:"), page);
    m_chooserLabel = chooserLabel;
    m_chooser = new QComboBox(page);
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(24);
    m_chooser->setAccessibleName(tr("Switch between your open contacts"));
    m_chooser->setToolTip(tr("Switch between your open contacts (Ctrl+Shift+K); each keeps its draft"));
    chooserLabel->setBuddy(m_chooser);
    top->addWidget(chooserLabel);
    top->addWidget(m_chooser);
    layout->addLayout(top);
    connect(m_chooser, &QComboBox::activated, this, [this](int index) {
        const QString id = m_chooser->itemData(index).toString();
        if (!id.isEmpty() && id != m_current)
            Q_EMIT switchRequested(id);
    });

    m_form = new ReportForm(ref, page);
    layout->addWidget(m_form, 1);

    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("contactStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status of the contact"));
    m_status->hide();
    layout->addWidget(m_status);

    auto* actions = new QHBoxLayout;
    actions->addStretch(1);
    m_complete = new QPushButton(tr("Complete contact… (Ctrl+Shift+A)"), page);
    m_complete->setAccessibleName(tr("Complete contact"));
    m_ready = new QPushButton(tr("Ready for the next contact (Ctrl+Shift+R)"), page);
    m_ready->setAccessibleName(tr("Ready"));
    m_ready->hide();
    actions->addWidget(m_complete);
    layout->addLayout(actions);
    m_stack->addWidget(page);
    // "Redo" must be reachable without a contact too: after completing, the pane is empty.
    outer->addWidget(m_ready, 0, Qt::AlignRight);

    auto* complete = new QAction(tr("Complete contact"), this);
    complete->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    complete->setShortcutContext(Qt::WindowShortcut);
    addAction(complete);
    auto* ready = new QAction(tr("Ready for the next contact"), this);
    ready->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    ready->setShortcutContext(Qt::WindowShortcut);
    addAction(ready);
    auto* choose = new QAction(tr("Switch open contact"), this);
    choose->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    choose->setShortcutContext(Qt::WindowShortcut);
    addAction(choose);

    auto requestComplete = [this] {
        if (!m_current.isEmpty())
            Q_EMIT completeRequested(m_current);
    };
    connect(m_complete, &QPushButton::clicked, this, requestComplete);
    connect(complete, &QAction::triggered, this, requestComplete);
    connect(m_ready, &QPushButton::clicked, this, &ContactPane::readyRequested);
    connect(ready, &QAction::triggered, this, [this] {
        if (m_ready->isVisible()) // only from Efterarbete: not mid-call, not out of Ej redo
            Q_EMIT readyRequested();
    });
    connect(choose, &QAction::triggered, this, [this] {
        if (m_chooser->isVisible()) {
            m_chooser->setFocus();
            m_chooser->showPopup();
        }
    });
    showNoContact();
}

void ContactPane::setOpenContacts(const QList<Contact>& contacts, const QString& current)
{
    m_chooser->clear();
    for (const Contact& c : contacts)
        m_chooser->addItem(QStringLiteral("%1 – %2").arg(contactTitle(c), c.subject), c.id);
    m_chooser->setCurrentIndex(m_chooser->findData(current));
    // Only worth the room when there is something to switch to.
    m_chooser->setVisible(contacts.size() > 1);
    m_chooserLabel->setVisible(contacts.size() > 1);
}

void ContactPane::showContact(const Contact& contact)
{
    m_current = contact.id;
    QString waited;
    if (contact.assignedAt && contact.receivedAt.isValid()) {
        const qint64 s = std::max<qint64>(0, contact.receivedAt.secsTo(*contact.assignedAt));
        waited = tr("waited %1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    QStringList facts{channelText(contact.channel), contact.queue};
    if (contact.caller.phone && !contact.caller.phone->isEmpty()) {
        // As Swedes write it (070-174 06 11); a number that does not parse is shown as it came.
        const auto phone = PhoneNumber::parse(*contact.caller.phone);
        facts << (phone ? phone->national() : *contact.caller.phone);
    }
    if (!contact.language.isEmpty() && contact.language != QLatin1String("sv"))
        facts << tr("language: %1").arg(contact.language);
    if (!waited.isEmpty())
        facts << waited;
    QStringList escaped;
    for (const QString& f : std::as_const(facts))
        escaped << f.toHtmlEscaped();
    m_header->setText(QStringLiteral("<b>%1</b> – %2<br>%3")
                          .arg(contactTitle(contact).toHtmlEscaped(), contact.subject.toHtmlEscaped(),
                               escaped.join(QStringLiteral(" · "))));
    m_stack->setCurrentIndex(1);
    m_complete->setEnabled(true);
}

void ContactPane::showNoContact()
{
    m_current.clear();
    m_form->clear();
    m_chooser->clear();
    setStatus(QString());
    m_stack->setCurrentIndex(0);
}

void ContactPane::setStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setStyleSheet(problem ? QStringLiteral("QLabel { background: #fde7e9; color: #8a1020; padding: 4px; }")
                                    : QStringLiteral("QLabel { background: #e7f3e9; color: #104a20; padding: 4px; }"));
}

void ContactPane::setWrapUp(bool wrapUp)
{
    m_ready->setVisible(wrapUp);
    if (wrapUp && m_current.isEmpty())
        m_empty->setText(tr("Wrap-up.\n\nFinish your notes, then Ctrl+Shift+R (Ready) to receive contacts again."));
    else
        m_empty->setText(tr("No contact open.\n\nCtrl+Return takes the next contact in the queue; Enter on a row "
                            "takes that one.\nF1 lists every shortcut."));
}

} // namespace kc
