// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/offenceguidepanel.h"
#include "ui/keynames.h"

#include "models/referencelistmodel.h"
#include "ui/referencepicker.h"

#include <QComboBox>
#include <QGridLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace kc {

namespace {

using Q = OffenceAnswers::Question;

// Draft keys, one per question.
const char* const stateKeys[] = {"sex", "age", "relation", "place", "internet", "stage", "vulnerable", "international"};

} // namespace

OffenceGuidePanel::OffenceGuidePanel(const OffenceGuide& guide, const ReferenceData& ref, QWidget* parent)
    : QWidget(parent)
    , m_guide(guide)
    , m_ref(ref)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QList<ReferenceListModel::Item> items;
    for (const QString& offence : guide.offences()) {
        // The codes it can lead to, with Brå's names: the tooltip, and words the filter finds
        // ("biltillgrepp" finds Bilstöld).
        QStringList codes;
        for (const QString& code : guide.derive(offence, {}).candidates)
            if (const OffenceType* o = ref.offenceType(code))
                codes.append(o->kind == OffenceType::Kind::Crime ? code + u" – "_s + o->name : o->name);
        items.append({offence, offence, codes.join(u'\n')});
    }
    m_picker = new ReferencePicker(ReferenceListModel::plain(items), 4, this);
    m_picker->setAccessibleNames(tr("What happened"));
    m_picker->filterEdit()->setObjectName(u"offenceGuide"_s);
    m_picker->filterEdit()->setPlaceholderText(
        tr("What happened? e.g. olaga hot, inbrott; %1/%2 chooses")
            .arg(keyText(QKeySequence(Qt::Key_Up)), keyText(QKeySequence(Qt::Key_Down))));
    m_picker->chosenLabel()->hide(); // the line below says what matters: the code
    layout->addWidget(m_picker);

    // Label and answer per row; rows of questions the offence does not need are hidden.
    m_questions = new QGridLayout;
    m_questions->setColumnStretch(1, 1);
    layout->addLayout(m_questions);
    buildQuestions();

    m_derived = new QLabel(this);
    m_derived->setObjectName(u"offenceGuideResult"_s);
    m_derived->setWordWrap(true);
    m_derived->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_derived->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_derived);
    layout->addStretch(); // spare height goes below the result line

    connect(m_picker, &ReferencePicker::codeChanged, this, [this](const QString& offence) {
        showQuestionsFor(offence);
        update();
    });
    showQuestionsFor(QString());
    update();
}

void OffenceGuidePanel::buildQuestions()
{
    const QString labels[] = {tr("Injured party"),
                              tr("Age (years)"),
                              tr("Relation to the offender"),
                              tr("Where"),
                              tr("Internet-related"),
                              tr("Attempt or completed"),
                              tr("Against an elderly or disabled person"),
                              tr("International link")};
    // Option texts in the guide's order (OffenceAnswers::values); each starts with its own letter
    // so one key press answers.
    const QHash<QString, QString> optionText{{u"kvinna"_s, tr("Woman or girl")},
                                             {u"man"_s, tr("Man or boy")},
                                             {u"partner"_s, tr("Partner or former partner")},
                                             {u"familj"_s, tr("Family or relative")},
                                             {u"bekant"_s, tr("Acquaintance")},
                                             {u"obekant"_s, tr("Stranger")},
                                             {u"inomhus"_s, tr("Indoors")},
                                             {u"utomhus"_s, tr("Outdoors")},
                                             {u"ja"_s, tr("Yes")},
                                             {u"nej"_s, tr("No")},
                                             {u"fullbordat"_s, tr("Completed")},
                                             {u"försök"_s, tr("Attempt")}};
    for (int q = 0; q < OffenceAnswers::QuestionCount; ++q) {
        QWidget* input = nullptr;
        if (q == Q::Age) {
            auto* age = new QLineEdit(this);
            age->setValidator(new QIntValidator(0, 130, age));
            age->setMaxLength(3);
            age->setPlaceholderText(tr("from the personnummer, or ask"));
            connect(age, &QLineEdit::textEdited, this, [this] { onAnswerEdited(Q::Age); });
            input = age;
        } else {
            auto* box = new QComboBox(this);
            box->addItem(tr("– not answered –"), QString());
            for (const QString& v : OffenceAnswers::values(Q(q)))
                box->addItem(optionText.value(v, v), v);
            connect(box, &QComboBox::activated, this, [this, q] { onAnswerEdited(Q(q)); });
            input = box;
        }
        input->setObjectName(u"offenceGuide."_s + QString::fromLatin1(stateKeys[q]));
        input->setAccessibleName(labels[q]);
        input->setProperty("kcLabel", labels[q]);
        m_labels[q] = new QLabel(labels[q], this);
        m_labels[q]->setBuddy(input);
        m_inputs[q] = input;
        m_questions->addWidget(m_labels[q], q, 0);
        m_questions->addWidget(input, q, 1);
    }
}

QLineEdit* OffenceGuidePanel::offenceEdit() const
{
    return m_picker->filterEdit();
}

QString OffenceGuidePanel::offence() const
{
    return m_picker->code();
}

QList<QWidget*> OffenceGuidePanel::focusChain() const
{
    QList<QWidget*> chain{m_picker->filterEdit()};
    for (QWidget* w : m_inputs)
        if (!w->isHidden())
            chain.append(w);
    return chain;
}

void OffenceGuidePanel::showQuestionsFor(const QString& offence)
{
    const QList<Q> asked = offence.isEmpty() ? QList<Q>{} : m_guide.questions(offence);
    bool changed = false;
    for (int q = 0; q < OffenceAnswers::QuestionCount; ++q) {
        const bool show = asked.contains(Q(q));
        changed = changed || m_inputs[q]->isHidden() == show;
        m_labels[q]->setVisible(show);
        m_inputs[q]->setVisible(show);
    }
    if (changed)
        Q_EMIT questionsChanged();
}

OffenceAnswers OffenceGuidePanel::answers() const
{
    OffenceAnswers a;
    for (int q = 0; q < OffenceAnswers::QuestionCount; ++q) {
        if (q == Q::Age) {
            const QString text = static_cast<QLineEdit*>(m_inputs[q])->text().trimmed();
            if (!text.isEmpty())
                a.age = text.toInt();
        } else {
            a.choice[q] = static_cast<QComboBox*>(m_inputs[q])->currentData().toString();
        }
    }
    return a;
}

OffenceDerivation OffenceGuidePanel::derivation() const
{
    return offence().isEmpty() ? OffenceDerivation{} : m_guide.derive(offence(), answers());
}

void OffenceGuidePanel::onAnswerEdited(OffenceAnswers::Question q)
{
    if (m_applying)
        return;
    m_byHand[q] = true;
    update();
}

void OffenceGuidePanel::setPersonFacts(const std::optional<OffenceAnswers>& facts)
{
    m_facts = facts;
    applyFacts();
    update();
}

void OffenceGuidePanel::applyFacts()
{
    // Facts fill what the agent has not answered by hand; an unknown fact clears what facts filled.
    m_applying = true;
    if (!m_byHand[Q::Sex]) {
        auto* box = static_cast<QComboBox*>(m_inputs[Q::Sex]);
        box->setCurrentIndex(std::max(0, box->findData(m_facts ? m_facts->choice[Q::Sex] : QString())));
    }
    if (!m_byHand[Q::Age])
        static_cast<QLineEdit*>(m_inputs[Q::Age])
            ->setText(m_facts && m_facts->age ? QString::number(*m_facts->age) : QString());
    m_applying = false;
}

void OffenceGuidePanel::setChosenCode(const QString& code)
{
    m_chosen = code;
    update();
}

void OffenceGuidePanel::update()
{
    const OffenceDerivation d = derivation();
    QString text;
    if (offence().isEmpty()) {
        text = tr("Choose what happened, or search the Brå code directly below.");
    } else if (!d.code.isEmpty()) {
        const OffenceType* o = m_ref.offenceType(d.code);
        const QString named =
            o && o->kind == OffenceType::Kind::Crime ? d.code + u" – "_s + o->name : (o ? o->name : d.code);
        text = m_chosen.isEmpty() || m_chosen == d.code
                   ? tr("Brå code: %1").arg(named)
                   : tr("Brå code from the answers: %1. The code chosen below differs (changed by hand).").arg(named);
    } else if (!d.open.isEmpty()) {
        QStringList open;
        for (Q q : d.open)
            open.append(m_labels[q]->text());
        text = tr("Answer to find the Brå code: %1.").arg(open.join(u", "_s));
    } else {
        text = tr("Brå has no code for this combination: search the code below.");
    }
    m_derived->setText(text);
    m_derived->setAccessibleName(text);
    Q_EMIT edited();
    if (d.code != m_lastDerived) {
        const QString before = std::exchange(m_lastDerived, d.code);
        Q_EMIT derivedCodeChanged(d.code, before);
    }
}

void OffenceGuidePanel::setReadOnly(bool readOnly)
{
    m_picker->setReadOnly(readOnly);
    for (QWidget* w : m_inputs)
        w->setEnabled(!readOnly);
}

QJsonObject OffenceGuidePanel::state() const
{
    QJsonObject s{{u"filter"_s, m_picker->filterText()}, {u"offence"_s, offence()}};
    const OffenceAnswers a = answers();
    for (int q = 0; q < OffenceAnswers::QuestionCount; ++q)
        if (m_byHand[q] && a.isAnswered(Q(q)))
            s.insert(QString::fromLatin1(stateKeys[q]), q == Q::Age ? QJsonValue(*a.age) : QJsonValue(a.choice[q]));
    return s;
}

void OffenceGuidePanel::setState(const QJsonObject& s)
{
    m_applying = true;
    m_picker->setFilterText(s.value("filter"_L1).toString());
    m_picker->setCode(s.value("offence"_L1).toString());
    for (int q = 0; q < OffenceAnswers::QuestionCount; ++q) {
        const QJsonValue v = s.value(QLatin1StringView(stateKeys[q]));
        m_byHand[q] = !v.isUndefined();
        if (q == Q::Age) {
            static_cast<QLineEdit*>(m_inputs[q])->setText(v.isDouble() ? QString::number(v.toInt()) : QString());
        } else {
            auto* box = static_cast<QComboBox*>(m_inputs[q]);
            box->setCurrentIndex(std::max(0, box->findData(v.toString())));
        }
    }
    m_applying = false;
    applyFacts();
    // Restoring is not deriving anew: the draft's own code stays as it was saved.
    m_lastDerived = derivation().code;
    update();
}

} // namespace kc
