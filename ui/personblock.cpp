// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/personblock.h"

#include "core/languages.h"
#include "core/optionaltext.h"
#include "core/validation.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace kc {

QString interpreterLanguageName(QStringView isoCode)
{
    return languageName(isoCode); // one table for the queue, the contact header and the form
}

PersonBlock::PersonBlock(Fields fields, const QString& section, QWidget* parent)
    : QWidget(parent)
{
    // Two label–field pairs a row, so a person takes four rows instead of eight and the form shows
    // more of itself on a 1366×768 screen: tolkbehov (decided first, before anything is asked),
    // namn | personnummer, telefon | e-post, gatuadress | postnummer and ort.
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);
    int row = 0;

    if (fields & Interpreter) {
        m_interpreter = new QComboBox(this);
        m_interpreter->setObjectName(QStringLiteral("interpreterLanguage"));
        m_interpreter->setEditable(true);
        m_interpreter->setInsertPolicy(QComboBox::NoInsert);
        m_interpreter->addItem(QString());
        m_interpreter->addItems(interpreterLanguageNames());
        m_interpreter->setCurrentIndex(0);
        const QString label = tr("Interpreter needed (language)");
        m_interpreter->setAccessibleName(section + QStringLiteral(", ") + label);
        m_interpreter->setProperty("kcLabel", label);
        m_interpreter->lineEdit()->setPlaceholderText(tr("no interpreter"));
        auto* l = new QLabel(label, this);
        l->setBuddy(m_interpreter);
        grid->addWidget(l, row, 0);
        grid->addWidget(m_interpreter, row, 1);
        ++row;
    }
    if (fields & Name)
        m_name = addLine(grid, row, 0, tr("Name"), section, "name");
    if (fields & Personnummer) {
        m_personnummer = addLine(grid, row, fields & Name ? 2 : 0, tr("Personnummer"), section, "personnummer");
        m_personnummer->setPlaceholderText(tr("YYYYMMDD-NNNN or samordningsnummer"));
        m_personnummer->setMaxLength(20);
    }
    if (fields & (Name | Personnummer))
        ++row;
    if (fields & Personnummer) {
        m_personnummerMessage = new QLabel(this);
        m_personnummerMessage->setObjectName(QStringLiteral("personnummerMessage"));
        m_personnummerMessage->setWordWrap(true);
        m_personnummerMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_personnummerMessage->setAccessibleName(section + QStringLiteral(", ") + tr("Personnummer problem"));
        m_personnummerMessage->hide();
        grid->addWidget(m_personnummerMessage, row++, 1, 1, 3);
    }
    if (fields & Phone) {
        m_phone = addLine(grid, row, 0, tr("Phone"), section, "phone");
        m_phone->setPlaceholderText(tr("e.g. 070-123 45 67"));
    }
    if (fields & Email)
        m_email = addLine(grid, row, fields & Phone ? 2 : 0, tr("E-mail"), section, "email");
    if (fields & (Phone | Email))
        ++row;
    if (fields & Address) {
        m_street = addLine(grid, row, 0, tr("Street address"), section, "street");
        // Postnummer and ort share the second pair: a postal code is five digits.
        auto* place = new QHBoxLayout;
        place->setSpacing(6);
        m_postalCode = makeLine(tr("Postal code"), section, "postalCode");
        m_postalCode->setPlaceholderText(tr("NNN NN"));
        m_postalCode->setMaxLength(12);
        m_postalCode->setMaximumWidth(m_postalCode->fontMetrics().horizontalAdvance(QStringLiteral("000 000")) + 24);
        m_city = makeLine(tr("City"), section, "city");
        auto* postalLabel = new QLabel(tr("Postal code"), this);
        postalLabel->setBuddy(m_postalCode);
        auto* cityLabel = new QLabel(tr("City"), this);
        cityLabel->setBuddy(m_city);
        place->addWidget(m_postalCode);
        place->addWidget(cityLabel);
        place->addWidget(m_city, 1);
        grid->addWidget(postalLabel, row, 2);
        grid->addLayout(place, row, 3);
        ++row;
    }
}

QLineEdit* PersonBlock::makeLine(const QString& label, const QString& section, const char* objectName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setMaxLength(limits::ShortText); // the contract's limit (core/validation); fields may set less
    edit->setAccessibleName(section + QStringLiteral(", ") + label);
    edit->setProperty("kcLabel", label);
    return edit;
}

QLineEdit* PersonBlock::addLine(QGridLayout* grid, int row, int column, const QString& label, const QString& section,
                                const char* objectName)
{
    QLineEdit* edit = makeLine(label, section, objectName);
    auto* l = new QLabel(label, this);
    l->setBuddy(edit);
    grid->addWidget(l, row, column);
    grid->addWidget(edit, row, column + 1);
    return edit;
}

QWidget* PersonBlock::fieldFor(QStringView subPath) const
{
    if (subPath.isEmpty() || subPath == u"name")
        return m_name;
    if (subPath == u"personnummer")
        return m_personnummer;
    if (subPath == u"phone")
        return m_phone;
    if (subPath == u"email")
        return m_email;
    if (subPath == u"address" || subPath == u"address.street")
        return m_street;
    if (subPath == u"address.postalCode")
        return m_postalCode;
    if (subPath == u"address.city" || subPath == u"address.municipalityCode")
        return m_city;
    return nullptr;
}

QList<QWidget*> PersonBlock::inputs() const
{
    QList<QWidget*> list;
    for (QWidget* w : std::initializer_list<QWidget*>{m_interpreter, m_name, m_personnummer, m_phone, m_email, m_street,
                                                      m_postalCode, m_city})
        if (w)
            list.append(w);
    return list;
}

Person PersonBlock::person(bool trimmed) const
{
    auto text = [](const QLineEdit* e) { return e ? e->text() : QString(); };
    Person p;
    p.name = trimmed ? text(m_name).trimmed() : text(m_name);
    p.personnummer = optionalText(text(m_personnummer), trimmed);
    p.phone = optionalText(text(m_phone), trimmed);
    p.email = optionalText(text(m_email), trimmed);
    const QString street = text(m_street), postal = text(m_postalCode), city = text(m_city);
    const bool anyAddress =
        trimmed ? !(street.trimmed().isEmpty() && postal.trimmed().isEmpty() && city.trimmed().isEmpty())
                : !(street.isEmpty() && postal.isEmpty() && city.isEmpty());
    if (anyAddress)
        p.address = kc::Address{trimmed ? street.trimmed() : street, trimmed ? postal.trimmed() : postal,
                                trimmed ? city.trimmed() : city, std::nullopt};
    return p;
}

void PersonBlock::setPerson(const Person& person)
{
    auto set = [](QLineEdit* e, const QString& text) {
        if (e)
            e->setText(text);
    };
    set(m_name, person.name);
    set(m_personnummer, person.personnummer.value_or(QString()));
    set(m_phone, person.phone.value_or(QString()));
    set(m_email, person.email.value_or(QString()));
    const kc::Address address = person.address.value_or(kc::Address{});
    set(m_street, address.street);
    set(m_postalCode, address.postalCode);
    set(m_city, address.city);
}

bool PersonBlock::isEmpty() const
{
    for (QWidget* w : inputs()) {
        if (auto* e = qobject_cast<QLineEdit*>(w); e && !e->text().trimmed().isEmpty())
            return false;
        if (auto* c = qobject_cast<QComboBox*>(w); c && !c->currentText().trimmed().isEmpty())
            return false;
    }
    return true;
}

QString PersonBlock::interpreterLanguage() const
{
    return m_interpreter ? m_interpreter->currentText() : QString();
}

void PersonBlock::setInterpreterLanguage(const QString& language)
{
    if (!m_interpreter)
        return;
    const int index = language.isEmpty() ? 0 : m_interpreter->findText(language, Qt::MatchFixedString);
    if (index >= 0 && m_interpreter->itemText(index) == language)
        m_interpreter->setCurrentIndex(index);
    m_interpreter->setEditText(language);
}

void PersonBlock::clear()
{
    setPerson(Person{});
    setInterpreterLanguage(QString());
}

void PersonBlock::setReadOnly(bool readOnly)
{
    for (QWidget* w : inputs()) {
        if (auto* e = qobject_cast<QLineEdit*>(w))
            e->setReadOnly(readOnly);
        else
            w->setEnabled(!readOnly);
    }
}

} // namespace kc
