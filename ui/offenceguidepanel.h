// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Choosing the offence the way an agent hears it: the offence in plain words ("Olaga hot",
// "Inbrott i lägenhet"), then only the questions Brå splits that offence by, then the Brå code the
// answers lead to (OffenceGuide in core/ does the deriving; this widget only asks and shows).
//
// Keyboard first: the plain-word field filters as the agent types (most frequent offences first,
// Up/Down chooses); Tab then visits only the questions the chosen offence needs, each a combo box
// answered by its first letter (k/m, p/f/b/o, i/u, j/n). The injured party's sex and age come from
// the form (setPersonFacts, from the personnummer) and are shown pre-filled but stay editable; a
// value the agent changed is not overwritten by later facts.
//
// Whenever the code the answers lead to changes, derivedCodeChanged(code, before) is emitted (code
// "" when the answers no longer lead to one): the form puts a new code into its code picker, where
// the agent may still override it with any code in use, and clears the picker when it still holds
// the code derived before — a report never keeps a code the current answers do not support, unless
// the agent chose it by hand.
// setChosenCode() tells this panel what the picker holds, so the line under the questions says
// whether the chosen code is the derived one. Thread rules: GUI thread.
#pragma once

#include "core/offenceguide.h"

#include <QJsonObject>
#include <QWidget>

#include <array>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace kc {

class ReferencePicker;

class OffenceGuidePanel : public QWidget
{
    Q_OBJECT
public:
    explicit OffenceGuidePanel(const OffenceGuide& guide, const ReferenceData& ref, QWidget* parent = nullptr);

    QLineEdit* offenceEdit() const; // the plain-word filter field, objectName "offenceGuide"
    QWidget* questionWidget(OffenceAnswers::Question q) const { return m_inputs[q]; }
    QLabel* derivedLabel() const { return m_derived; }
    QList<QWidget*> focusChain() const; // the filter, then the questions shown

    QString offence() const; // plain words, "" when none is chosen
    OffenceAnswers answers() const;
    OffenceDerivation derivation() const;

    // Sex and age of the injured party as known from the form; nullopt when unknown.
    void setPersonFacts(const std::optional<OffenceAnswers>& facts);
    void setChosenCode(const QString& code);
    void setReadOnly(bool readOnly);

    // For drafts: the plain-word filter, the offence and the answers given by hand.
    QJsonObject state() const;
    void setState(const QJsonObject& state);

Q_SIGNALS:
    void derivedCodeChanged(const QString& code, const QString& before);
    void questionsChanged(); // the set of visible questions changed: the form rebuilds its tab order
    void edited();           // the offence or an answer changed (drafts save the state)

private:
    void buildQuestions();
    void showQuestionsFor(const QString& offence);
    void onAnswerEdited(OffenceAnswers::Question q);
    void update();
    void applyFacts();

    const OffenceGuide& m_guide;
    const ReferenceData& m_ref;
    ReferencePicker* m_picker = nullptr;
    QGridLayout* m_questions = nullptr;
    std::array<QWidget*, OffenceAnswers::QuestionCount> m_inputs{};
    std::array<QLabel*, OffenceAnswers::QuestionCount> m_labels{};
    std::array<bool, OffenceAnswers::QuestionCount> m_byHand{}; // answered by the agent, not by facts
    std::optional<OffenceAnswers> m_facts;
    QLabel* m_derived = nullptr;
    QString m_lastDerived;
    QString m_chosen;
    bool m_applying = false;
};

} // namespace kc
