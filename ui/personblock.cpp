// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/personblock.h"

#include "core/optionaltext.h"
#include "core/validation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace kc {

namespace {

struct Language
{
    const char* code;
    const char* swedishName;
};

// The languages PKC most often books interpreters for, plus teckenspråk; free text is allowed too.
constexpr Language languages[] = {
    {"sq", "albanska"},     {"am", "amharinska"},    {"ar", "arabiska"},     {"bs", "bosniska"},
    {"bg", "bulgariska"},   {"prs", "dari"},         {"en", "engelska"},     {"et", "estniska"},
    {"fi", "finska"},       {"fr", "franska"},       {"el", "grekiska"},     {"it", "italienska"},
    {"zh", "kinesiska"},    {"hr", "kroatiska"},     {"ku", "kurdiska"},     {"lv", "lettiska"},
    {"lt", "litauiska"},    {"ps", "pashto"},        {"fa", "persiska"},     {"pl", "polska"},
    {"pt", "portugisiska"}, {"ro", "rumänska"},      {"ru", "ryska"},        {"sr", "serbiska"},
    {"so", "somaliska"},    {"es", "spanska"},       {"sgn", "teckenspråk"}, {"th", "thailändska"},
    {"ti", "tigrinja"},     {"tr", "turkiska"},      {"de", "tyska"},        {"uk", "ukrainska"},
    {"hu", "ungerska"},     {"vi", "vietnamesiska"},
};

} // namespace

QString interpreterLanguageName(QStringView isoCode)
{
    const QString code = isoCode.trimmed().toString().toLower();
    for (const Language& l : languages)
        if (code == QLatin1StringView(l.code))
            return QString::fromUtf8(l.swedishName);
    return isoCode.trimmed().toString();
}

PersonBlock::PersonBlock(Fields fields, const QString& section, QWidget* parent)
    : QWidget(parent)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    if (fields & Name)
        m_name = addLine(form, tr("Name"), section, "name");
    if (fields & Personnummer) {
        m_personnummer = addLine(form, tr("Personnummer"), section, "personnummer");
        m_personnummer->setPlaceholderText(tr("YYYYMMDD-NNNN or samordningsnummer"));
        m_personnummer->setMaxLength(20);
        m_personnummerMessage = new QLabel(this);
        m_personnummerMessage->setObjectName(QStringLiteral("personnummerMessage"));
        m_personnummerMessage->setWordWrap(true);
        m_personnummerMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_personnummerMessage->setAccessibleName(section + QStringLiteral(", ") + tr("Personnummer problem"));
        m_personnummerMessage->hide();
        form->addRow(QString(), m_personnummerMessage);
    }
    if (fields & Phone) {
        m_phone = addLine(form, tr("Phone"), section, "phone");
        m_phone->setPlaceholderText(tr("e.g. 070-123 45 67"));
    }
    if (fields & Email)
        m_email = addLine(form, tr("E-mail"), section, "email");
    if (fields & Address) {
        m_street = addLine(form, tr("Street address"), section, "street");
        m_postalCode = addLine(form, tr("Postal code"), section, "postalCode");
        m_postalCode->setPlaceholderText(tr("NNN NN"));
        m_postalCode->setMaxLength(12);
        m_city = addLine(form, tr("City"), section, "city");
    }
    if (fields & Interpreter) {
        m_interpreter = new QComboBox(this);
        m_interpreter->setObjectName(QStringLiteral("interpreterLanguage"));
        m_interpreter->setEditable(true);
        m_interpreter->setInsertPolicy(QComboBox::NoInsert);
        m_interpreter->addItem(QString());
        for (const Language& l : languages)
            m_interpreter->addItem(QString::fromUtf8(l.swedishName));
        m_interpreter->setCurrentIndex(0);
        const QString label = tr("Interpreter needed (language)");
        m_interpreter->setAccessibleName(section + QStringLiteral(", ") + label);
        m_interpreter->setProperty("kcLabel", label);
        m_interpreter->lineEdit()->setPlaceholderText(tr("no interpreter"));
        auto* l = new QLabel(label, this);
        l->setBuddy(m_interpreter);
        form->addRow(l, m_interpreter);
    }
}

QLineEdit* PersonBlock::addLine(QFormLayout* form, const QString& label, const QString& section, const char* objectName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setMaxLength(limits::ShortText); // the contract's limit (core/validation); fields may set less
    edit->setAccessibleName(section + QStringLiteral(", ") + label);
    edit->setProperty("kcLabel", label);
    auto* l = new QLabel(label, this);
    l->setBuddy(edit);
    form->addRow(l, edit);
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
    for (QWidget* w : std::initializer_list<QWidget*>{m_name, m_personnummer, m_phone, m_email, m_street, m_postalCode,
                                                      m_city, m_interpreter})
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
