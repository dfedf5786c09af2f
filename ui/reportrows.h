// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The repeated parts of the report form: gärningspersoner (känd/okänd, namn, signalement) and
// vittnen (namn, telefon), each a numbered row with its own "Ta bort" button, in a RowList with an
// "add" button. Everything is reachable with Tab and works with Space/Enter: adding focuses the
// new row's first field, removing focuses the next row (or the add button).
//
// Rows hold widgets only and convert to and from domain values; the form wires inputs() for
// change tracking and validation (as for PersonBlock). Invariants: row numbers shown are 1-based
// and always consecutive; texts are kept as typed. Thread rules: GUI thread.
#pragma once

#include "core/types.h"

#include <QFrame>

#include <functional>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace kc {

class ReportRow : public QFrame
{
    Q_OBJECT
public:
    explicit ReportRow(QWidget* parent = nullptr);

    virtual void setNumber(int number) = 0;                 // 1-based
    virtual QList<QWidget*> inputs() const = 0;             // editable fields, in tab order
    virtual QWidget* fieldFor(QStringView field) const = 0; // "name", …; the first input for anything else
    virtual void setReadOnly(bool readOnly) = 0;
    QPushButton* removeButton() const { return m_remove; }
    QLabel* title() const { return m_title; }

Q_SIGNALS:
    void removeRequested(kc::ReportRow* row);

protected:
    QLineEdit* addLine(const QString& label, const char* objectName);
    void setTitle(const QString& title, const QString& removeText);

    QLabel* m_title = nullptr;
    QPushButton* m_remove = nullptr;
    QFormLayout* m_form = nullptr;
};

class SuspectRow : public ReportRow
{
    Q_OBJECT
public:
    explicit SuspectRow(QWidget* parent = nullptr);

    QCheckBox* knownCheck() const { return m_known; }
    QLineEdit* nameEdit() const { return m_name; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }

    void setNumber(int number) override;
    QList<QWidget*> inputs() const override;
    QWidget* fieldFor(QStringView field) const override;
    void setReadOnly(bool readOnly) override;

    Suspect suspect(bool trimmed) const;
    void setSuspect(const Suspect& suspect);

private:
    QCheckBox* m_known = nullptr;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_description = nullptr;
};

class WitnessRow : public ReportRow
{
    Q_OBJECT
public:
    explicit WitnessRow(QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* phoneEdit() const { return m_phone; }

    void setNumber(int number) override;
    QList<QWidget*> inputs() const override;
    QWidget* fieldFor(QStringView field) const override;
    void setReadOnly(bool readOnly) override;

    Person person(bool trimmed) const;
    void setPerson(const Person& person);

private:
    QLineEdit* m_name = nullptr;
    QLineEdit* m_phone = nullptr;
};

class RowList : public QWidget
{
    Q_OBJECT
public:
    using Factory = std::function<ReportRow*(QWidget* parent)>;
    RowList(Factory factory, const QString& addText, QWidget* parent = nullptr);

    int count() const { return int(m_rows.size()); }
    ReportRow* row(int index) const { return m_rows.value(index); }
    QPushButton* addButton() const { return m_add; }
    QList<QWidget*> focusChain() const; // each row's inputs and remove button, then the add button

    ReportRow* appendRow();    // no focus change; emits rowAdded
    void removeRow(int index); // the row is deleted later; emits rowAboutToBeRemoved first
    void clearRows();
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void rowAdded(kc::ReportRow* row);
    void rowAboutToBeRemoved(int index, kc::ReportRow* row);
    void rowsChanged();  // after a row was added or removed
    void editedByUser(); // the agent added or removed a row

private:
    void renumber();

    Factory m_factory;
    QList<ReportRow*> m_rows;
    QVBoxLayout* m_layout = nullptr;
    QPushButton* m_add = nullptr;
    bool m_readOnly = false;
};

} // namespace kc
