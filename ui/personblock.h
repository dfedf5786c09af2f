// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The fields of one person in the report form — anmälare, målsägande: for the anmälare first
// tolkbehov (språk; it is decided first), then namn, personnummer/samordningsnummer, telefon,
// e-post, adress (gatuadress, postnummer, ort), two label–field pairs a row (compact: the form must
// show much of itself on 1366×768); inputs() is that order. Each input has a label buddy (no & mnemonics: Alt+letter
// clashes with Swedish layouts), an accessible name "<section>, <label>" and the property
// "kcLabel" (its label, for error lists). The block only holds widgets and converts to and from
// Person; validation, live checks and change tracking are the form's (ReportForm wires inputs()).
//
// Invariants: texts are kept exactly as typed; person(false) returns them untouched (optional
// fields present when non-empty), person(true) trims them and leaves blank ones out.
// Thread rules: GUI thread.
#pragma once

#include "core/types.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace kc {

// The Swedish name of a language given as an ISO 639-1 code ("ar" → "arabiska") for tolkbehov;
// the code itself when unknown. Swedish whatever the UI language: it is report data.
QString interpreterLanguageName(QStringView isoCode);

class PersonBlock : public QWidget
{
    Q_OBJECT
public:
    enum Field {
        Name = 0x1,
        Personnummer = 0x2,
        Phone = 0x4,
        Email = 0x8,
        Address = 0x10,
        Interpreter = 0x20,
        All = 0x3f,
    };
    Q_DECLARE_FLAGS(Fields, Field)

    // `section` starts each accessible name ("Anmälare").
    PersonBlock(Fields fields, const QString& section, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* personnummerEdit() const { return m_personnummer; }
    QLabel* personnummerMessage() const { return m_personnummerMessage; } // live problem, hidden when none
    QLineEdit* phoneEdit() const { return m_phone; }
    QLineEdit* emailEdit() const { return m_email; }
    QLineEdit* streetEdit() const { return m_street; }
    QLineEdit* postalCodeEdit() const { return m_postalCode; }
    QLineEdit* cityEdit() const { return m_city; }
    QComboBox* interpreterEdit() const { return m_interpreter; }

    // The input for a path below the person ("name", "address.postalCode"; "address" → street);
    // nullptr when the block has no such field.
    QWidget* fieldFor(QStringView subPath) const;
    QList<QWidget*> inputs() const; // in tab order: tolkbehov, namn, personnummer, …, ort

    Person person(bool trimmed) const;
    void setPerson(const Person& person); // texts as given
    bool isEmpty() const;                 // every text blank
    QString interpreterLanguage() const;  // as typed
    void setInterpreterLanguage(const QString& language);
    void clear();
    void setReadOnly(bool readOnly);

private:
    QLineEdit* makeLine(const QString& label, const QString& section, const char* objectName);
    QLineEdit* addLine(QGridLayout* grid, int row, int column, const QString& label, const QString& section,
                       const char* objectName);

    QLineEdit* m_name = nullptr;
    QLineEdit* m_personnummer = nullptr;
    QLabel* m_personnummerMessage = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_street = nullptr;
    QLineEdit* m_postalCode = nullptr;
    QLineEdit* m_city = nullptr;
    QComboBox* m_interpreter = nullptr;
};

} // namespace kc

Q_DECLARE_OPERATORS_FOR_FLAGS(kc::PersonBlock::Fields)
