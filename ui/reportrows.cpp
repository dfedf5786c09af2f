// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/reportrows.h"

#include "core/optionaltext.h"
#include "core/validation.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kc {

namespace {} // namespace

// ---- ReportRow -------------------------------------------------------------------------------

ReportRow::ReportRow(QWidget* parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_remove = new QPushButton(this);
    m_remove->setAutoDefault(false);
    header->addWidget(m_title, 1);
    header->addWidget(m_remove);
    layout->addLayout(header);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addLayout(m_form);
    connect(m_remove, &QPushButton::clicked, this, [this] { Q_EMIT removeRequested(this); });
}

QLineEdit* ReportRow::addLine(const QString& label, const char* objectName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setMaxLength(limits::ShortText); // the contract's limit (core/validation)
    edit->setProperty("kcLabel", label);
    auto* l = new QLabel(label, this);
    l->setBuddy(edit);
    m_form->addRow(l, edit);
    return edit;
}

void ReportRow::setTitle(const QString& title, const QString& removeText)
{
    m_title->setText(title);
    m_remove->setText(removeText);
    m_remove->setAccessibleName(removeText + QStringLiteral(" – ") + title);
    for (QWidget* w : inputs())
        w->setAccessibleName(title + QStringLiteral(", ") + w->property("kcLabel").toString());
}

// ---- SuspectRow ------------------------------------------------------------------------------

SuspectRow::SuspectRow(QWidget* parent)
    : ReportRow(parent)
{
    m_known = new QCheckBox(tr("Identity known"), this);
    m_known->setObjectName(QStringLiteral("known"));
    m_known->setProperty("kcLabel", tr("Identity known"));
    m_form->addRow(QString(), m_known);
    m_name = addLine(tr("Name"), "name");
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_description->setPlaceholderText(tr("Sex, age, height, build, clothes, language, escape route …"));
    const QString label = tr("Description");
    m_description->setProperty("kcLabel", label);
    auto* l = new QLabel(label, this);
    l->setBuddy(m_description);
    m_form->addRow(l, m_description);
}

void SuspectRow::setNumber(int number)
{
    setTitle(tr("Suspect %1").arg(number), tr("Remove suspect"));
}

QList<QWidget*> SuspectRow::inputs() const
{
    return {m_known, m_name, m_description};
}

QWidget* SuspectRow::fieldFor(QStringView field) const
{
    if (field == u"name")
        return m_name;
    if (field == u"description")
        return m_description;
    return m_known;
}

void SuspectRow::setReadOnly(bool readOnly)
{
    m_known->setEnabled(!readOnly);
    m_name->setReadOnly(readOnly);
    m_description->setReadOnly(readOnly);
    m_remove->setEnabled(!readOnly);
}

Suspect SuspectRow::suspect(bool trimmed) const
{
    return Suspect{m_known->isChecked(), optionalText(m_name->text(), trimmed),
                   optionalText(m_description->toPlainText(), trimmed)};
}

void SuspectRow::setSuspect(const Suspect& suspect)
{
    m_known->setChecked(suspect.known);
    m_name->setText(suspect.name.value_or(QString()));
    m_description->setPlainText(suspect.description.value_or(QString()));
}

// ---- WitnessRow ------------------------------------------------------------------------------

WitnessRow::WitnessRow(QWidget* parent)
    : ReportRow(parent)
{
    m_name = addLine(tr("Name"), "name");
    m_phone = addLine(tr("Phone"), "phone");
    m_phone->setPlaceholderText(tr("e.g. 070-123 45 67"));
}

void WitnessRow::setNumber(int number)
{
    setTitle(tr("Witness %1").arg(number), tr("Remove witness"));
}

QList<QWidget*> WitnessRow::inputs() const
{
    return {m_name, m_phone};
}

QWidget* WitnessRow::fieldFor(QStringView field) const
{
    if (field == u"phone")
        return m_phone;
    return m_name;
}

void WitnessRow::setReadOnly(bool readOnly)
{
    m_name->setReadOnly(readOnly);
    m_phone->setReadOnly(readOnly);
    m_remove->setEnabled(!readOnly);
}

Person WitnessRow::person(bool trimmed) const
{
    Person p;
    p.name = trimmed ? m_name->text().trimmed() : m_name->text();
    p.phone = optionalText(m_phone->text(), trimmed);
    return p;
}

void WitnessRow::setPerson(const Person& person)
{
    m_name->setText(person.name);
    m_phone->setText(person.phone.value_or(QString()));
}

// ---- RowList ---------------------------------------------------------------------------------

RowList::RowList(Factory factory, const QString& addText, QWidget* parent)
    : QWidget(parent)
    , m_factory(std::move(factory))
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_add = new QPushButton(addText, this);
    m_add->setAutoDefault(false);
    m_add->setAccessibleName(addText);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_add);
    buttonRow->addStretch(1);
    m_layout->addLayout(buttonRow);
    connect(m_add, &QPushButton::clicked, this, [this] {
        ReportRow* row = appendRow();
        if (QList<QWidget*> in = row->inputs(); !in.isEmpty())
            in.first()->setFocus(Qt::TabFocusReason);
        Q_EMIT editedByUser();
    });
}

QList<QWidget*> RowList::focusChain() const
{
    QList<QWidget*> chain;
    for (ReportRow* row : m_rows) {
        chain.append(row->inputs());
        chain.append(row->removeButton());
    }
    chain.append(m_add);
    return chain;
}

ReportRow* RowList::appendRow()
{
    ReportRow* row = m_factory(this);
    m_layout->insertWidget(int(m_rows.size()), row);
    // A layout shows new children of a visible widget only later (queued): Tab right after adding
    // must already find the row.
    row->show();
    m_rows.append(row);
    row->setNumber(int(m_rows.size()));
    row->setReadOnly(m_readOnly);
    connect(row, &ReportRow::removeRequested, this, [this](ReportRow* r) {
        const qsizetype index = m_rows.indexOf(r);
        if (index < 0)
            return;
        // Focus moves before the row goes, so it never falls out of the form.
        if (index + 1 < m_rows.size())
            m_rows[index + 1]->inputs().first()->setFocus(Qt::TabFocusReason);
        else
            m_add->setFocus(Qt::TabFocusReason);
        removeRow(int(index));
        Q_EMIT editedByUser();
    });
    Q_EMIT rowAdded(row);
    Q_EMIT rowsChanged();
    return row;
}

void RowList::removeRow(int index)
{
    if (index < 0 || index >= m_rows.size())
        return;
    ReportRow* row = m_rows[index];
    Q_EMIT rowAboutToBeRemoved(index, row);
    m_rows.removeAt(index);
    m_layout->removeWidget(row);
    row->hide();
    row->deleteLater(); // it may be the sender of the click being handled
    renumber();
    Q_EMIT rowsChanged();
}

void RowList::clearRows()
{
    while (!m_rows.isEmpty())
        removeRow(int(m_rows.size()) - 1);
}

void RowList::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_add->setEnabled(!readOnly);
    for (ReportRow* row : std::as_const(m_rows))
        row->setReadOnly(readOnly);
}

void RowList::renumber()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_rows[i]->setNumber(int(i) + 1);
}

} // namespace kc
