// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/contactpane.h"

#include "core/languages.h"
#include "core/phonenumber.h"
#include "core/referencedata.h"
#include "core/urgency.h"
#include "models/casehistorymodel.h"
#include "models/contactqueuemodel.h"
#include "ui/announce.h"
#include "ui/citizenreport.h"
#include "ui/reportform.h"
#include "ui/tipview.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
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

namespace {
QString minutesSeconds(qint64 s)
{
    s = std::max<qint64>(0, s);
    return QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

// Light tints with dark text; the words carry the meaning (see core/urgency.h).
QString urgencyStyle(Urgency urgency)
{
    const char* background = "#e8e8e8";
    switch (urgency) {
    case Urgency::Acute:
        background = "#f6c6c4";
        break;
    case Urgency::High:
        background = "#ffe7a8";
        break;
    case Urgency::Normal:
    case Urgency::Low:
        break;
    }
    return QStringLiteral("QLabel#urgency { background: %1; color: #1a1a1a; padding: 2px 8px; border: 1px solid "
                          "#8a8a8a; border-radius: 3px; font-weight: bold; }")
        .arg(QLatin1String(background));
}
} // namespace

ContactPane::ContactPane(const ReferenceData& ref, QWidget* parent)
    : QWidget(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("contactPane"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    // Öppna kontakter: above both pages, so contacts waiting for the agent show on the empty page too.
    auto* chooserRow = new QHBoxLayout;
    chooserRow->setContentsMargins(4, 4, 4, 0);
    m_chooserLabel = new QLabel(this);
    m_chooser = new QComboBox(this);
    m_chooser->setObjectName(QStringLiteral("openContacts"));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(30);
    m_chooser->setAccessibleName(tr("Your open contacts"));
    m_chooserLabel->setBuddy(m_chooser);
    chooserRow->addWidget(m_chooserLabel);
    chooserRow->addWidget(m_chooser, 1);
    outer->addLayout(chooserRow);
    connect(m_chooser, &QComboBox::activated, this, [this](int index) {
        const QString id = m_chooser->itemData(index).toString();
        if (!id.isEmpty() && id != m_current)
            Q_EMIT switchRequested(id);
    });

    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack, 1);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("noContact"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);

    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);

    auto* top = new QHBoxLayout;
    m_urgency = new QLabel(page);
    m_urgency->setObjectName(QStringLiteral("urgency"));
    m_urgency->setAccessibleName(tr("Urgency"));
    top->addWidget(m_urgency, 0, Qt::AlignTop);
    m_callbackChip = new QLabel(tr("Callback"), page);
    m_callbackChip->setObjectName(QStringLiteral("callbackChip"));
    m_callbackChip->setStyleSheet(
        QStringLiteral("QLabel { background: #dfe9f7; color: #1a1a1a; padding: 2px 8px; border: 1px solid #6a7f9a; "
                       "border-radius: 3px; font-weight: bold; }"));
    m_callbackChip->hide();
    top->addWidget(m_callbackChip, 0, Qt::AlignTop);
    m_header = new QLabel(page);
    m_header->setObjectName(QStringLiteral("contactHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setAccessibleName(tr("Current contact"));
    top->addWidget(m_header, 1);
    m_handling = new QLabel(page);
    m_handling->setObjectName(QStringLiteral("handlingTime"));
    m_handling->setAccessibleName(tr("Handling time"));
    top->addWidget(m_handling, 0, Qt::AlignTop);
    layout->addLayout(top);

    m_body = new QStackedWidget(page);
    m_reportSplit = new QSplitter(Qt::Horizontal, m_body);
    m_reportSplit->setObjectName(QStringLiteral("reportSplit"));
    m_reportSplit->setChildrenCollapsible(false);
    m_form = new ReportForm(ref, m_reportSplit);
    m_citizen = new CitizenReportPanel(m_reportSplit);
    m_citizen->hide();
    m_reportSplit->addWidget(m_form);
    m_reportSplit->addWidget(m_citizen);
    m_reportSplit->setStretchFactor(0, 3);
    m_reportSplit->setStretchFactor(1, 2);
    m_body->addWidget(m_reportSplit);
    m_tip = new TipView(m_body);
    m_body->addWidget(m_tip);
    layout->addWidget(m_body, 1);

    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("contactStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status of the contact"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->hide();
    layout->addWidget(m_status);

    m_completeAction = new QAction(tr("Complete contact…"), this);
    m_completeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_completeAction->setShortcutContext(Qt::WindowShortcut);
    m_completeAction->setEnabled(false);
    addAction(m_completeAction);
    m_switchAction = new QAction(tr("Switch open contact"), this);
    m_switchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_switchAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_switchAction);
    m_chooser->setToolTip(tr("Switch between your open contacts (%1); each keeps its draft")
                              .arg(m_switchAction->shortcut().toString(QKeySequence::NativeText)));

    auto* actions = new QHBoxLayout;
    actions->addStretch(1);
    m_complete = new QPushButton(
        tr("Complete contact… (%1)").arg(m_completeAction->shortcut().toString(QKeySequence::NativeText)), page);
    m_complete->setAccessibleName(tr("Complete contact"));
    actions->addWidget(m_complete);
    layout->addLayout(actions);
    m_stack->addWidget(page);

    // Redo must be reachable without a contact too: after completing, the pane is empty. The
    // shortcut is the agent state widget's (Ctrl+Shift+R); this button is its visible twin.
    m_ready = new QPushButton(this);
    m_ready->setObjectName(QStringLiteral("readyButton"));
    m_ready->setAccessibleName(tr("Ready"));
    m_ready->setText(tr("Ready for the next contact (%1)")
                         .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R).toString(QKeySequence::NativeText)));
    m_ready->hide();
    outer->addWidget(m_ready, 0, Qt::AlignRight);

    auto requestComplete = [this] {
        if (!m_current.isEmpty())
            Q_EMIT completeRequested(m_current);
    };
    connect(m_complete, &QPushButton::clicked, this, requestComplete);
    connect(m_completeAction, &QAction::triggered, this, requestComplete);
    connect(m_ready, &QPushButton::clicked, this, &ContactPane::readyRequested);
    connect(m_switchAction, &QAction::triggered, this, [this] {
        if (m_chooser->isVisible()) {
            m_chooser->setFocus();
            m_chooser->showPopup();
        }
    });
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ContactPane::refreshHandlingTime);
    setOpenContacts({}, QString());
    showNoContact();
}

void ContactPane::setClock(Clock now)
{
    m_now = std::move(now);
    refreshHandlingTime();
}

void ContactPane::setQueueNames(const QHash<QString, QString>& names)
{
    m_queueNames = names;
}

void ContactPane::setOpenContacts(const QList<Contact>& contacts, const QString& current)
{
    m_chooser->clear();
    for (const Contact& c : contacts)
        m_chooser->addItem(QStringLiteral("%1 · %2 – %3").arg(priorityText(c.priority), contactTitle(c), c.subject),
                           c.id);
    m_chooser->setCurrentIndex(m_chooser->findData(current));
    if (m_chooser->currentIndex() < 0 && !contacts.isEmpty())
        m_chooser->setPlaceholderText(tr("Choose a contact to open"));
    m_chooserLabel->setText(tr("Open contacts (%1):").arg(contacts.size()));
    // Shown whenever the agent holds one: also one taken elsewhere must be visible.
    m_chooser->setVisible(!contacts.isEmpty());
    m_chooserLabel->setVisible(!contacts.isEmpty());
    m_switchAction->setEnabled(!contacts.isEmpty());
}

QString ContactPane::headerText(const Contact& contact) const
{
    QStringList facts{channelText(contact.channel), m_queueNames.value(contact.queue, contact.queue)};
    if (contact.caller.phone && !contact.caller.phone->isEmpty()) {
        // As Swedes write it (070-174 06 11); a number that does not parse is shown as it came.
        const auto phone = PhoneNumber::parse(*contact.caller.phone);
        facts << (phone ? phone->national() : *contact.caller.phone);
    }
    if (!contact.language.isEmpty() && contact.language != QLatin1String("sv"))
        facts << tr("language: %1").arg(languageName(contact.language));
    if (contact.assignedAt && contact.receivedAt.isValid())
        facts << tr("waited %1").arg(minutesSeconds(contact.receivedAt.secsTo(*contact.assignedAt)));
    return facts.join(QStringLiteral(" · "));
}

void ContactPane::showContact(const Contact& contact)
{
    m_current = contact.id;
    const Urgency urgency = urgencyOf(contact.priority);
    m_urgency->setText(priorityText(contact.priority));
    m_urgency->setStyleSheet(urgencyStyle(urgency));
    m_urgency->setToolTip(tr("Priority %1 (1 = most urgent)").arg(contact.priority));
    QString header = QStringLiteral("<b>%1</b> – %2<br>%3")
                         .arg(contactTitle(contact).toHtmlEscaped(), contact.subject.toHtmlEscaped(),
                              headerText(contact).toHtmlEscaped());
    // A callback: marked in words, with what the colleague who booked it wrote.
    m_callbackChip->setVisible(contact.callbackOf.has_value());
    if (contact.callbackOf) {
        const QString booked = contact.callbackAt ? CaseHistoryModel::timeText(*contact.callbackAt) : QString();
        const QString note = contact.callbackNote.value_or(QString()).trimmed();
        //: %1 the booked time; a callback's header line
        QString line = tr("Callback booked for %1").arg(booked);
        if (!note.isEmpty())
            //: %1 the note written when the callback was booked
            line += QStringLiteral(" – ") + tr("note: %1").arg(note);
        header += QStringLiteral("<br><i>%1</i>").arg(line.toHtmlEscaped());
        m_callbackChip->setToolTip(line);
    }
    m_header->setText(header);
    // A tip in its own read-only view; a web report with the citizen's original beside the form.
    if (contact.tip) {
        m_tip->setTip(*contact.tip, m_completeAction->shortcut());
        m_body->setCurrentWidget(m_tip);
    } else {
        m_body->setCurrentWidget(m_reportSplit);
    }
    m_citizen->setWebReport(contact.webReport.value_or(QJsonObject()));
    m_citizen->setVisible(contact.webReport.has_value() && !contact.tip);
    m_handlingSince = contact.assignedAt.value_or(QDateTime());
    if (m_handlingSince.isValid())
        m_tick.start();
    else
        m_tick.stop();
    refreshHandlingTime();
    m_stack->setCurrentIndex(1);
    m_complete->setEnabled(true);
    m_completeAction->setEnabled(true);
}

bool ContactPane::isShowingTip() const
{
    return m_body->currentWidget() == m_tip && m_stack->currentIndex() == 1;
}

void ContactPane::refreshHandlingTime()
{
    m_handling->setVisible(m_handlingSince.isValid() && !m_current.isEmpty());
    if (m_handlingSince.isValid())
        m_handling->setText(tr("Handling %1").arg(minutesSeconds(m_handlingSince.secsTo(m_now()))));
}

void ContactPane::showNoContact()
{
    m_current.clear();
    m_handlingSince = QDateTime();
    m_tick.stop();
    m_form->clear();
    m_citizen->setWebReport({});
    m_citizen->hide();
    m_callbackChip->hide();
    m_body->setCurrentWidget(m_reportSplit);
    setStatus(QString());
    m_completeAction->setEnabled(false);
    updateEmptyText();
    m_stack->setCurrentIndex(0);
}

void ContactPane::setStatus(const QString& text, bool problem)
{
    if (text == m_status->text() && m_status->isVisible() == !text.isEmpty())
        return;
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setStyleSheet(problem ? QStringLiteral("QLabel { background: #fde7e9; color: #8a1020; padding: 4px; }")
                                    : QStringLiteral("QLabel { background: #e7f3e9; color: #104a20; padding: 4px; }"));
    announce(m_status, text, problem ? Politeness::Assertive : Politeness::Polite);
}

void ContactPane::setAgentState(AgentStatus state, const QString& stateText)
{
    m_agentState = state;
    m_agentStateText = stateText;
    m_ready->setVisible(state == AgentStatus::NotReady || state == AgentStatus::WrapUp ||
                        state == AgentStatus::Offline);
    updateEmptyText();
}

void ContactPane::updateEmptyText()
{
    const QString take = QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText);
    const QString ready = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R).toString(QKeySequence::NativeText);
    const QString help = QKeySequence(Qt::Key_F1).toString(QKeySequence::NativeText);
    switch (m_agentState) {
    case AgentStatus::WrapUp:
        m_empty->setText(tr("Wrap-up.\n\nFinish your notes, then %1 (Ready) to receive contacts again.").arg(ready));
        return;
    case AgentStatus::NotReady:
    case AgentStatus::Offline:
        if (m_agentStateText.isEmpty())
            break; // not known yet (the server's answer is on its way)
        m_empty->setText(tr("No contact open. Your state: %1.\n\n%2 makes you Ready; %3 takes the next contact in "
                            "the queue, Enter on a row takes that one.\n%4 lists every shortcut.")
                             .arg(m_agentStateText, ready, take, help));
        return;
    case AgentStatus::Ready:
    case AgentStatus::Busy:
        break;
    }
    m_empty->setText(tr("No contact open.\n\n%1 takes the next contact in the queue; Enter on a row takes that "
                        "one.\n%2 lists every shortcut.")
                         .arg(take, help));
}

} // namespace kc
