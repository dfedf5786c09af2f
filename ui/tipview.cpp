// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/tipview.h"

#include "core/phonenumber.h"
#include "ui/keynames.h"

#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kc {

namespace {
QLabel* valueLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // the tipster's words, never markup
    label->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    label->setFocusPolicy(Qt::StrongFocus);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}
} // namespace

TipView::TipView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"tipView"_s);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("Tip"), this);
    title->setStyleSheet(u"QLabel { font-weight: bold; font-size: 120%; }"_s);
    outer->addWidget(title);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* form = new QFormLayout(content);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_what = kc::valueLabel(content, u"tip.what"_s);
    m_when = kc::valueLabel(content, u"tip.when"_s);
    m_where = kc::valueLabel(content, u"tip.where"_s);
    m_howKnown = kc::valueLabel(content, u"tip.howKnown"_s);
    m_contact = kc::valueLabel(content, u"tip.contact"_s);
    m_reference = kc::valueLabel(content, u"tip.reference"_s);
    const std::pair<QString, QLabel*> rows[] = {
        {tr("What"), m_what},
        {tr("When"), m_when},
        {tr("Where"), m_where},
        //: How the tipster knows what they tell
        {tr("How known"), m_howKnown},
        {tr("Contact"), m_contact},
        {tr("E-service reference"), m_reference},
    };
    for (const auto& [text, value] : rows) {
        auto* label = new QLabel(text + u':', content);
        label->setBuddy(value);
        value->setAccessibleName(text);
        form->addRow(label, value);
    }
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    m_hint = new QLabel(this);
    m_hint->setObjectName(u"tipHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(u"QLabel { background: #eef3fb; color: #1a1a1a; padding: 6px; }"_s);
    outer->addWidget(m_hint);
}

QLabel* TipView::valueLabel(const QString& field) const
{
    if (field == "what"_L1)
        return m_what;
    if (field == "when"_L1)
        return m_when;
    if (field == "where"_L1)
        return m_where;
    if (field == "howKnown"_L1)
        return m_howKnown;
    if (field == "contact"_L1)
        return m_contact;
    if (field == "reference"_L1)
        return m_reference;
    return nullptr;
}

void TipView::setTip(const QJsonObject& tip, const QKeySequence& completeKey)
{
    m_tip = tip;
    const QString notGiven = tr("(not given)");
    auto text = [&](const char* key) {
        const QString v = tip.value(QLatin1StringView(key)).toString();
        return v.trimmed().isEmpty() ? notGiven : v;
    };
    m_what->setText(text("what"));
    m_when->setText(text("when"));
    m_where->setText(text("where"));
    m_howKnown->setText(text("howKnown"));
    m_reference->setText(text("externalId"));

    const QJsonObject person = tip.value("contact"_L1).toObject();
    if (tip.value("anonymous"_L1).toBool() || person.isEmpty()) {
        //: The tipster chose not to give contact details
        m_contact->setText(tr("Anonymous"));
    } else {
        QStringList lines;
        if (const QString name = person.value("name"_L1).toString(); !name.isEmpty())
            lines << name;
        if (const QString phone = person.value("phone"_L1).toString(); !phone.isEmpty()) {
            const auto parsed = PhoneNumber::parse(phone);
            lines << tr("Phone: %1").arg(parsed ? parsed->national() : phone);
        }
        if (const QString email = person.value("email"_L1).toString(); !email.isEmpty())
            lines << tr("E-mail: %1").arg(email);
        m_contact->setText(lines.isEmpty() ? notGiven : lines.join(u'\n'));
    }
    m_hint->setText(tr("A tip is not registered as a report. Forward it to the police area or close it without "
                       "action: complete the contact (%1).")
                        .arg(keyText(completeKey)));
}

} // namespace kc
