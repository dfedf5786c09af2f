// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/reportform.h"

#include "core/jsoncodec.h"
#include "core/offenceguide.h"
#include "core/personnummer.h"
#include "core/phonenumber.h"
#include "core/postalcode.h"
#include "core/referencedata.h"
#include "core/timerange.h"
#include "core/validation.h"
#include "models/referencelistmodel.h"
#include "models/stolenitemsmodel.h"
#include "ui/announce.h"
#include "ui/eventtime.h"
#include "ui/keynames.h"
#include "ui/offenceguidepanel.h"
#include "ui/personblock.h"
#include "ui/referencepicker.h"
#include "ui/reportrows.h"
#include "ui/shortcuthelp.h"
#include "ui/stolenitemstable.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFocusEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>

namespace kc {

namespace {

using namespace Qt::StringLiterals;

// The same tolerance the server allows (validation.cpp): a clock a little ahead must not block.
constexpr auto ClockTolerance = std::chrono::minutes(2);

constexpr int PathRole = Qt::UserRole;
constexpr int MessageRole = Qt::UserRole + 1;
constexpr int CodeRole = Qt::UserRole + 2;

// "stolenItems[2].valueSek" → head "stolenItems", index 2, rest "valueSek".
struct PathParts
{
    QStringView head;
    int index = -1;
    QStringView rest;
};

PathParts splitPath(QStringView path)
{
    PathParts p;
    qsizetype end = 0;
    while (end < path.size() && path[end] != u'.' && path[end] != u'[')
        ++end;
    p.head = path.left(end);
    if (end < path.size() && path[end] == u'[') {
        const qsizetype close = path.indexOf(u']', end);
        if (close < 0)
            return p;
        bool ok = false;
        const int index = path.mid(end + 1, close - end - 1).toInt(&ok);
        p.index = ok ? index : -1;
        end = close + 1;
    }
    if (end < path.size() && path[end] == u'.')
        ++end;
    p.rest = path.mid(end);
    return p;
}

std::optional<QString> optionalText(const QString& s, bool trimmed)
{
    const QString t = trimmed ? s.trimmed() : s;
    if (t.isEmpty())
        return std::nullopt;
    return t;
}

// The rules of one person field, exactly as the server applies them.
QString personProblem(const Person& p)
{
    const QList<Error> errors = validatePerson(p, QString(), false);
    return errors.isEmpty() ? QString() : errors.first().message;
}

QString styleSelector(const QWidget* w)
{
    // Type selectors match subclasses; a bare declaration would also frame every child.
    if (qobject_cast<const QLineEdit*>(w))
        return u"QLineEdit"_s;
    if (qobject_cast<const QPlainTextEdit*>(w))
        return u"QPlainTextEdit"_s;
    if (qobject_cast<const QComboBox*>(w))
        return u"QComboBox"_s;
    if (qobject_cast<const QCheckBox*>(w))
        return u"QCheckBox"_s;
    if (qobject_cast<const QAbstractItemView*>(w))
        return u"QAbstractItemView"_s;
    if (qobject_cast<const QPushButton*>(w))
        return u"QPushButton"_s;
    return u"QWidget"_s;
}

// Tight margins inside a section: the titles already separate them.
void compactSection(QLayout* layout)
{
    layout->setContentsMargins(6, 2, 6, 4);
    layout->setSpacing(4);
}

// A marked field: a red frame and a light red ground. A style sheet border replaces the style's
// focus frame, so the focused marked field gets the focus colour (palette highlight) as a thicker
// frame instead, keeping its red ground: the agent always sees where the cursor is.
QString markStyle(const QWidget* w)
{
    const QString selector = styleSelector(w);
    return selector + u" { border: 2px solid #c62828; border-radius: 3px; background: #fff3f3; } "_s + selector +
           u":focus { border: 3px solid palette(highlight); }"_s;
}

QLabel* makeMessageLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #b00020;"_s);
    label->hide();
    return label;
}

// The inline "Registrera anmälan?": Enter (either key) confirms, Esc goes back, and so does the
// focus leaving it for another field (the agent went on working: nothing is sent).
class ConfirmationFrame : public QFrame
{
public:
    using QFrame::QFrame;
    std::function<void()> onConfirm;
    std::function<void()> onCancel;

protected:
    bool event(QEvent* e) override
    {
        // Enter and Esc belong to the question while it has the focus, before any window shortcut.
        if (e->type() == QEvent::ShortcutOverride) {
            const auto* key = static_cast<QKeyEvent*>(e);
            if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier)
                if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_Escape) {
                    e->accept();
                    return true;
                }
        }
        return QFrame::event(e);
    }
    void keyPressEvent(QKeyEvent* e) override
    {
        const Qt::KeyboardModifiers mods = e->modifiers() & ~Qt::KeypadModifier;
        if (mods == Qt::NoModifier && (e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter)) {
            if (onConfirm)
                onConfirm();
            return;
        }
        if (mods == Qt::NoModifier && e->key() == Qt::Key_Escape) {
            if (onCancel)
                onCancel();
            return;
        }
        QFrame::keyPressEvent(e);
    }
    void focusOutEvent(QFocusEvent* e) override
    {
        QFrame::focusOutEvent(e);
        // Another window or a popup taking the focus for a moment is not the agent moving on.
        if (e->reason() != Qt::ActiveWindowFocusReason && e->reason() != Qt::PopupFocusReason && isVisible() &&
            onCancel)
            onCancel();
    }
};

// ---- reading drafts: lenient, a draft may come from an older form ----

QString jsonText(const QJsonObject& o, QLatin1StringView key)
{
    return o.value(key).toString();
}

std::optional<QString> optionalFrom(const QJsonObject& o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return std::nullopt;
    return v.toString();
}

std::optional<Address> addressFrom(const QJsonValue& v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    return Address{jsonText(o, "street"_L1), jsonText(o, "postalCode"_L1), jsonText(o, "city"_L1),
                   optionalFrom(o, "municipalityCode"_L1)};
}

Person personFrom(const QJsonValue& v)
{
    const QJsonObject o = v.toObject();
    Person p;
    p.name = jsonText(o, "name"_L1);
    p.personnummer = optionalFrom(o, "personnummer"_L1);
    p.phone = optionalFrom(o, "phone"_L1);
    p.email = optionalFrom(o, "email"_L1);
    p.address = addressFrom(o.value("address"_L1));
    return p;
}

// A stored time: a timestamp shows in the form's own writing, anything else as it was typed.
QString timeTextFrom(const QJsonValue& v)
{
    if (!v.isString())
        return {};
    const QString s = v.toString();
    const QDateTime t = json::parseTimestamp(s);
    return t.isValid() ? formatEventTime(t) : s;
}

} // namespace

// ---- construction ----------------------------------------------------------------------------

ReportForm::ReportForm(const ReferenceData& ref, QWidget* parent, Clock clock)
    : QWidget(parent)
    , m_ref(ref)
    , m_clock(std::move(clock))
    , m_currentSection(u"reporter"_s)
{
    m_announceTimer = new QTimer(this);
    m_announceTimer->setSingleShot(true);
    m_announceTimer->setInterval(std::chrono::milliseconds(700)); // a pause in typing
    connect(m_announceTimer, &QTimer::timeout, this, &ReportForm::announcePending);
    buildUi();
    rebuildTabOrder();
    m_focusConnection = connect(qApp, &QApplication::focusChanged, this, &ReportForm::onFocusChanged);
}

ReportForm::~ReportForm()
{
    // Children die after this body; focus moving among them must not reach a half-destroyed form.
    disconnect(m_focusConnection);
    m_loading = true;
}

QGroupBox* ReportForm::addSection(int index, const char* key, const QString& title)
{
    const QKeySequence keys(QKeyCombination(Qt::AltModifier, Qt::Key(Qt::Key_1 + index)));
    auto* box = new QGroupBox(u"%1 (%2)"_s.arg(title, keyText(keys)), m_content);
    box->setObjectName(QString::fromLatin1(key));
    box->setAccessibleName(title);
    m_sections[index] = Section{key, box, title};
    m_content->layout()->addWidget(box);
    // Alt+digit, never Alt+letter: on Swedish layouts Alt+letter types characters.
    // A QAction (not a QShortcut) so that the F1 overlay lists it.
    auto* shortcut = new QAction(title, this);
    shortcut->setShortcut(keys);
    shortcut->setShortcutContext(Qt::WindowShortcut);
    addAction(shortcut);
    connect(shortcut, &QAction::triggered, this, [this, key] { setCurrentSection(QString::fromLatin1(key)); });
    return box;
}

void ReportForm::buildUi()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    buildStatusAndErrorList(outer);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_content = new QWidget(m_scroll);
    auto* content = new QVBoxLayout(m_content);
    // Dense: on 1366×768 the agent should see most of the form, the narrative within one scroll.
    content->setContentsMargins(4, 2, 4, 2);
    content->setSpacing(4);
    buildPartySections();
    buildOffenceSection();
    buildTimeSection();
    buildLocationSection();
    buildNarrativeSection();
    buildRowSections();
    content->addStretch(1);
    m_scroll->setWidget(m_content);
    outer->addWidget(m_scroll, 1);

    buildConfirmation(outer);
    buildSubmitBar(outer);
    wireFieldChecks();
    wireOffenceGuide();
    wireRowsAndStolenItems();
}

// The submission status and the "To fix" list above the form.
void ReportForm::buildStatusAndErrorList(QVBoxLayout* outer)
{
    m_status = new QLabel(this);
    m_status->setObjectName(u"submissionStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_status->hide();
    outer->addWidget(m_status);

    m_errorBox = new QGroupBox(tr("To fix"), this);
    m_errorBox->setObjectName(u"errorBox"_s);
    auto* errorLayout = new QVBoxLayout(m_errorBox);
    compactSection(errorLayout);
    m_errorList = new QListWidget(m_errorBox);
    m_errorList->setObjectName(u"errorList"_s);
    m_errorList->setAccessibleName(tr("To fix"));
    m_errorList->setWordWrap(true);
    m_errorList->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    errorLayout->addWidget(m_errorList);
    m_errorBox->hide();
    outer->addWidget(m_errorBox);
    connect(m_errorList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { focusField(item->data(PathRole).toString()); });
}

// Sections 1 and 2: reporter and injured party.
void ReportForm::buildPartySections()
{
    // 1 Anmälare
    {
        QGroupBox* box = addSection(0, "reporter", tr("Reporter"));
        auto* layout = new QVBoxLayout(box);
        compactSection(layout);
        m_reporter = new PersonBlock(PersonBlock::All, m_sections[0].title, box);
        layout->addWidget(m_reporter);
    }
    // 2 Målsägande
    {
        QGroupBox* box = addSection(1, "injuredParty", tr("Injured party"));
        auto* layout = new QVBoxLayout(box);
        compactSection(layout);
        m_sameAsReporter = new QCheckBox(tr("Same as the reporter"), box);
        m_sameAsReporter->setObjectName(u"injuredPartyIsReporter"_s);
        m_sameAsReporter->setChecked(true);
        m_sameAsReporter->setProperty("kcLabel", m_sameAsReporter->text());
        m_sameAsReporter->setAccessibleName(m_sections[1].title + u", "_s + m_sameAsReporter->text());
        layout->addWidget(m_sameAsReporter);
        m_injured = new PersonBlock(PersonBlock::Name | PersonBlock::Personnummer | PersonBlock::Phone |
                                        PersonBlock::Email | PersonBlock::Address,
                                    m_sections[1].title, box);
        m_injured->hide();
        layout->addWidget(m_injured);
        connect(m_sameAsReporter, &QCheckBox::toggled, this, [this](bool same) { m_injured->setVisible(!same); });
    }
}

// Section 3: the offence type, in plain words, with the guide's questions.
void ReportForm::buildOffenceSection()
{
    // 3 Brottstyp
    {
        QGroupBox* box = addSection(2, "offence", tr("Offence type"));
        auto* form = new QFormLayout(box);
        compactSection(form);
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        // First in plain words with the questions that split the offence, which derive the code;
        // then the code itself, searchable among every code in use, to check or override.
        m_guide = new OffenceGuidePanel(OffenceGuide::builtin(), m_ref, box);
        const QString guideLabel = tr("What happened");
        m_guide->offenceEdit()->setProperty("kcLabel", guideLabel);
        m_guide->offenceEdit()->setAccessibleName(m_sections[2].title + u", "_s + guideLabel);
        auto* gl = new QLabel(guideLabel, box);
        gl->setBuddy(m_guide->offenceEdit());
        form->addRow(gl, m_guide);
        m_offence = new ReferencePicker(ReferenceListModel::offenceTypes(m_ref), 3, box);
        // A short label keeps the field column wide; the longer explanation is its description.
        const QString label = tr("Brå code");
        m_offence->filterEdit()->setToolTip(tr("Search every code in use, or change the derived one"));
        m_offence->setAccessibleNames(m_sections[2].title);
        m_offence->filterEdit()->setObjectName(u"offenceCode"_s);
        m_offence->filterEdit()->setPlaceholderText(
            tr("Type to search, e.g. cykel; %1/%2 chooses")
                .arg(keyText(QKeySequence(Qt::Key_Up)), keyText(QKeySequence(Qt::Key_Down))));
        m_offence->filterEdit()->setProperty("kcLabel", label);
        m_offence->filterEdit()->setAccessibleName(m_sections[2].title + u", "_s + label);
        auto* l = new QLabel(label, box);
        l->setBuddy(m_offence->filterEdit());
        form->addRow(l, m_offence);
    }
}

// Section 4: when it happened — from and to side by side.
void ReportForm::buildTimeSection()
{
    // 4 Händelsetid
    {
        QGroupBox* box = addSection(3, "time", tr("Time of event"));
        auto* grid = new QGridLayout(box);
        compactSection(grid);
        grid->setColumnStretch(1, 1);
        grid->setColumnStretch(3, 1);
        auto addTime = [&](const QString& label, const QString& objectName, int column, QLabel** message) {
            auto* edit = new QLineEdit(box);
            edit->setObjectName(objectName);
            edit->setProperty("kcLabel", label);
            edit->setAccessibleName(m_sections[3].title + u", "_s + label);
            edit->setMaxLength(40);
            auto* l = new QLabel(label, box);
            l->setBuddy(edit);
            grid->addWidget(l, 0, column);
            grid->addWidget(edit, 0, column + 1);
            *message = makeMessageLabel(box, objectName + u"Message"_s);
            (*message)->setAccessibleName(m_sections[3].title + u", "_s + label);
            grid->addWidget(*message, 1, column, 1, 2);
            return edit;
        };
        m_from = addTime(tr("From"), u"occurredFrom"_s, 0, &m_fromMessage);
        m_from->setPlaceholderText(tr("YYYY-MM-DD HH:MM"));
        m_to = addTime(tr("To"), u"occurredTo"_s, 2, &m_toMessage);
        m_to->setPlaceholderText(tr("if known"));
        // Readable text, not a greyed (disabled) label: a hint is there to be read.
        auto* hint = new QLabel(
            tr("As YYYY-MM-DD HH:MM, a date alone, \"i dag 14:30\" or \"i går 22:00\"; To only if known."), box);
        hint->setObjectName(u"occurredHint"_s);
        hint->setWordWrap(true);
        grid->addWidget(hint, 2, 0, 1, 4);
        m_from->setAccessibleDescription(hint->text());
    }
}

// Section 5: the scene of the crime.
void ReportForm::buildLocationSection()
{
    // 5 Brottsplats
    {
        QGroupBox* box = addSection(4, "location", tr("Scene of crime"));
        // Gatuadress | postnummer och ort on one row, then kommun and the place in words.
        auto* grid = new QGridLayout(box);
        compactSection(grid);
        grid->setColumnStretch(1, 3);
        grid->setColumnStretch(3, 2);
        const QString& section = m_sections[4].title;
        auto makeLine = [&](const QString& label, const QString& objectName) {
            auto* edit = new QLineEdit(box);
            edit->setObjectName(objectName);
            edit->setMaxLength(limits::ShortText); // the contract's limit (core/validation)
            edit->setProperty("kcLabel", label);
            edit->setAccessibleName(section + u", "_s + label);
            return edit;
        };
        auto labelFor = [&](const QString& text, QWidget* buddy) {
            auto* l = new QLabel(text, box);
            l->setBuddy(buddy);
            return l;
        };
        m_locationStreet = makeLine(tr("Street address"), u"locationStreet"_s);
        grid->addWidget(labelFor(tr("Street address"), m_locationStreet), 0, 0);
        grid->addWidget(m_locationStreet, 0, 1);
        m_locationPostalCode = makeLine(tr("Postal code"), u"locationPostalCode"_s);
        m_locationPostalCode->setPlaceholderText(tr("NNN NN"));
        m_locationPostalCode->setMaxLength(12);
        m_locationPostalCode->setMaximumWidth(m_locationPostalCode->fontMetrics().horizontalAdvance(u"000 000"_s) + 24);
        m_locationCity = makeLine(tr("City"), u"locationCity"_s);
        auto* place = new QHBoxLayout;
        place->setSpacing(6);
        place->addWidget(m_locationPostalCode);
        place->addWidget(labelFor(tr("City"), m_locationCity));
        place->addWidget(m_locationCity, 1);
        grid->addWidget(labelFor(tr("Postal code"), m_locationPostalCode), 0, 2);
        grid->addLayout(place, 0, 3);
        m_municipality = new ReferencePicker(ReferenceListModel::municipalities(m_ref), 3, box);
        const QString label = tr("Municipality");
        m_municipality->setAccessibleNames(section + u", "_s + label);
        m_municipality->filterEdit()->setObjectName(u"municipalityCode"_s);
        m_municipality->filterEdit()->setPlaceholderText(
            tr("Type to search, e.g. Skara; %1/%2 chooses")
                .arg(keyText(QKeySequence(Qt::Key_Up)), keyText(QKeySequence(Qt::Key_Down))));
        m_municipality->filterEdit()->setProperty("kcLabel", label);
        grid->addWidget(labelFor(label, m_municipality->filterEdit()), 1, 0, Qt::AlignTop);
        grid->addWidget(m_municipality, 1, 1, 1, 3);
        m_locationDescription = makeLine(tr("Description of the place"), u"locationDescription"_s);
        m_locationDescription->setPlaceholderText(tr("e.g. bicycle stand outside the travel centre"));
        grid->addWidget(labelFor(tr("Description of the place"), m_locationDescription), 2, 0);
        grid->addWidget(m_locationDescription, 2, 1, 1, 3);
    }
}

// Section 6: what happened, with injuries.
void ReportForm::buildNarrativeSection()
{
    // 6 Händelsebeskrivning (with skador)
    {
        QGroupBox* box = addSection(5, "narrative", tr("Description of events"));
        auto* form = new QFormLayout(box);
        compactSection(form);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::WrapAllRows);
        // Sized to their content: the narrative is the big one and may grow; skador a few lines.
        auto addText = [&](const QString& label, const QString& objectName, int lines, bool grows) {
            auto* edit = new QPlainTextEdit(box);
            edit->setObjectName(objectName);
            edit->setTabChangesFocus(true); // Tab leaves the text: the form stays navigable
            edit->setProperty("kcLabel", label);
            edit->setAccessibleName(m_sections[5].title + u", "_s + label);
            const int height = edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() +
                               int(2 * edit->document()->documentMargin());
            if (grows) {
                edit->setMinimumHeight(height);
                edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::MinimumExpanding);
            } else {
                edit->setFixedHeight(height);
                edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
            }
            auto* l = new QLabel(label, box);
            l->setBuddy(edit);
            form->addRow(l, edit);
            return edit;
        };
        m_narrative = addText(tr("What happened"), u"narrative"_s, 8, true);
        m_injuries = addText(tr("Injuries"), u"injuries"_s, 2, false);
        m_injuries->setPlaceholderText(tr("How caused, visible, lasting"));
        m_injuries->setAccessibleDescription(m_injuries->placeholderText()); // a hint, also when read aloud
    }
}

// Sections 7 to 9: suspects, witnesses, stolen goods (lists of rows).
void ReportForm::buildRowSections()
{
    // 7 Gärningspersoner
    {
        QGroupBox* box = addSection(6, "suspects", tr("Suspects"));
        auto* layout = new QVBoxLayout(box);
        compactSection(layout);
        m_suspects = new RowList([](QWidget* parent) { return new SuspectRow(parent); }, tr("Add suspect"), box);
        m_suspects->addButton()->setObjectName(u"addSuspect"_s);
        layout->addWidget(m_suspects);
    }
    // 8 Vittnen
    {
        QGroupBox* box = addSection(7, "witnesses", tr("Witnesses"));
        auto* layout = new QVBoxLayout(box);
        compactSection(layout);
        m_witnesses = new RowList([](QWidget* parent) { return new WitnessRow(parent); }, tr("Add witness"), box);
        m_witnesses->addButton()->setObjectName(u"addWitness"_s);
        layout->addWidget(m_witnesses);
    }
    // 9 Stöldgods
    {
        QGroupBox* box = addSection(8, "stolenItems", tr("Stolen goods"));
        auto* layout = new QVBoxLayout(box);
        compactSection(layout);
        m_stolen = new StolenItemsEditor(box);
        layout->addWidget(m_stolen);
    }
}

// The Registrera button, its key, and Ctrl+S (which sends nothing).
void ReportForm::buildSubmitBar(QVBoxLayout* outer)
{
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(6, 0, 6, 6);
    m_draftNote = new QLabel(this);
    m_draftNote->setObjectName(u"draftNote"_s);
    m_draftNote->setWordWrap(true);
    m_draftNote->hide();
    buttons->addWidget(m_draftNote, 1);
    buttons->addStretch(0);
    //: The button that sends the report for registration; %1 its key (F9)
    m_submit = new QPushButton(tr("Register the report (%1)").arg(keyText(registerKey())), this);
    m_submit->setObjectName(u"submit"_s);
    m_submit->setAutoDefault(false);
    m_submit->setAccessibleName(tr("Register the report"));
    m_submit->setToolTip(tr("Asks once more: %1 registers, %2 goes back. Registration cannot be undone.")
                             .arg(keyText(QKeySequence(Qt::Key_Return)), keyText(QKeySequence(Qt::Key_Escape))));
    buttons->addWidget(m_submit);
    outer->addLayout(buttons);
    connect(m_submit, &QPushButton::clicked, this, &ReportForm::submit);

    auto* registerAction = new QAction(tr("Register the report"), this);
    registerAction->setObjectName(u"registerReport"_s);
    registerAction->setShortcut(registerKey());
    registerAction->setShortcutContext(Qt::WindowShortcut);
    registerAction->setProperty(ShortcutHelp::StepProperty, int(ShortcutHelp::Step::Register));
    addAction(registerAction);
    connect(registerAction, &QAction::triggered, this, &ReportForm::submit);

    // Ctrl+S means "save" everywhere else, and used to send the report. Drafts save themselves: say
    // so, and send nothing. A QShortcut without whatsThis, so the F1 list leaves it out.
    auto* save = new QShortcut(QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key_S)), this);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, this, [this] {
        m_draftNote->setText(tr("The draft is saved automatically."));
        m_draftNote->show();
        announce(m_draftNote, m_draftNote->text());
    });
    setProperty(ShortcutHelp::GroupProperty, tr("Police report")); // the F1 overlay's heading for these
    setProperty(ShortcutHelp::ReportProperty, true);               // listed only while a report is open
    setProperty(ShortcutHelp::StepProperty, int(ShortcutHelp::Step::FillReport));
}

// The inline confirmation above the button: one key confirms, one goes back.
void ReportForm::buildConfirmation(QVBoxLayout* outer)
{
    auto* frame = new ConfirmationFrame(this);
    m_confirm = frame;
    frame->setObjectName(u"registerConfirmation"_s);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setFocusPolicy(Qt::StrongFocus);
    // Not red: nothing is wrong. A strong, calm frame that is seen at once.
    frame->setStyleSheet(u"QFrame#registerConfirmation { background: #fff4d6; border: 2px solid #8a5a00; "
                         "border-radius: 4px; } QFrame#registerConfirmation:focus { border: 3px solid #1a4f9c; }"_s);
    auto* layout = new QHBoxLayout(frame);
    auto* texts = new QVBoxLayout;
    auto* question = new QLabel(tr("Register the report? It cannot be undone."), frame);
    question->setObjectName(u"registerQuestion"_s);
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);
    question->setWordWrap(true);
    //: The keys of the registration question: %1 Enter (confirm), %2 Esc (back)
    auto* keys = new QLabel(tr("%1 = Register, %2 = Back")
                                .arg(keyText(QKeySequence(Qt::Key_Return)), keyText(QKeySequence(Qt::Key_Escape))),
                            frame);
    keys->setObjectName(u"registerKeys"_s);
    texts->addWidget(question);
    texts->addWidget(keys);
    layout->addLayout(texts, 1);
    // For the mouse; the keys stay with the frame (the buttons take no focus).
    auto* yes = new QPushButton(tr("Register"), frame);
    yes->setObjectName(u"confirmRegister"_s);
    yes->setFocusPolicy(Qt::NoFocus);
    auto* no = new QPushButton(tr("Back"), frame);
    no->setObjectName(u"cancelRegister"_s);
    no->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(yes);
    layout->addWidget(no);
    frame->setAccessibleName(question->text());
    frame->setAccessibleDescription(keys->text());
    frame->hide();
    outer->addWidget(frame);
    frame->onConfirm = [this] { confirmRegistration(); };
    frame->onCancel = [this] { cancelRegistration(); };
    connect(yes, &QPushButton::clicked, this, &ReportForm::confirmRegistration);
    connect(no, &QPushButton::clicked, this, &ReportForm::cancelRegistration);
}

// Change tracking and the live checks of single fields.
void ReportForm::wireFieldChecks()
{
    for (PersonBlock* block : {m_reporter, m_injured}) {
        for (QWidget* input : block->inputs())
            wireInput(input);
        QLineEdit* pnr = block->personnummerEdit();
        addCheck(pnr, {[pnr] {
                           Person p;
                           p.personnummer = pnr->text();
                           return personProblem(p);
                       },
                       block->personnummerMessage(), true});
        QLineEdit* phone = block->phoneEdit();
        addCheck(phone, {[phone] {
                             Person p;
                             p.phone = phone->text();
                             return personProblem(p);
                         },
                         nullptr, false});
        QLineEdit* email = block->emailEdit();
        addCheck(email, {[email] {
                             Person p;
                             p.email = email->text();
                             return personProblem(p);
                         },
                         nullptr, false});
        QLineEdit* postal = block->postalCodeEdit();
        addCheck(postal, {[postal] {
                              Person p;
                              p.address = Address{QString(), postal->text(), QString(), std::nullopt};
                              return personProblem(p);
                          },
                          nullptr, false});
    }
    for (QWidget* input : std::initializer_list<QWidget*>{
             m_sameAsReporter, m_offence->filterEdit(), m_from, m_to, m_locationStreet, m_locationPostalCode,
             m_locationCity, m_municipality->filterEdit(), m_locationDescription, m_narrative, m_injuries})
        wireInput(input);
    addCheck(m_from, {[this] { return timeProblem(false); }, m_fromMessage, false});
    addCheck(m_to, {[this] { return timeProblem(true); }, m_toMessage, false});
    addCheck(m_locationPostalCode, {[this] {
                                        const QString t = m_locationPostalCode->text();
                                        if (t.trimmed().isEmpty())
                                            return QString();
                                        const auto pc = PostalCode::parse(t);
                                        return pc ? QString() : pc.error().message;
                                    },
                                    nullptr, false});
    for (QLineEdit* time : {m_from, m_to})
        connect(time, &QLineEdit::editingFinished, this, [this, time] { normalizeTimeText(time); });
}

// The offence picker, its guide and the facts that answer the guide's questions.
void ReportForm::wireOffenceGuide()
{
    // A choice made with Up/Down changes no text, but it is an edit of that field all the same.
    connect(m_offence, &ReferencePicker::codeChanged, this, [this] { onInputEdited(m_offence->filterEdit()); });
    connect(m_offence, &ReferencePicker::codeChanged, m_guide, &OffenceGuidePanel::setChosenCode);
    connect(m_guide, &OffenceGuidePanel::derivedCodeChanged, this, [this](const QString& code, const QString& before) {
        // A draft being restored keeps the code it was saved with, even one changed by hand.
        if (m_readOnly || m_loading)
            return;
        if (!code.isEmpty())
            m_offence->setCode(code);
        else if (m_offence->code() == before)
            m_offence->setCode(QString()); // derived from answers that no longer hold
    });
    connect(m_guide, &OffenceGuidePanel::questionsChanged, this, &ReportForm::rebuildTabOrder);
    connect(m_guide, &OffenceGuidePanel::edited, this, [this] {
        if (!m_loading)
            Q_EMIT changed();
    });
    // The injured party's sex and age, on the day of the event, answer two of the guide's questions.
    for (PersonBlock* block : {m_reporter, m_injured})
        connect(block->personnummerEdit(), &QLineEdit::textChanged, this, &ReportForm::updateOffenceFacts);
    connect(m_sameAsReporter, &QCheckBox::toggled, this, &ReportForm::updateOffenceFacts);
    connect(m_from, &QLineEdit::textChanged, this, &ReportForm::updateOffenceFacts);
    connect(m_municipality, &ReferencePicker::codeChanged, this,
            [this] { onInputEdited(m_municipality->filterEdit()); });
}

// Edits, additions and removals in the row lists and the stolen-goods table.
void ReportForm::wireRowsAndStolenItems()
{
    for (RowList* list : {m_suspects, m_witnesses}) {
        const QString collection = list == m_suspects ? u"suspects"_s : u"witnesses"_s;
        connect(list, &RowList::rowAdded, this, &ReportForm::onRowAdded);
        connect(list, &RowList::rowAboutToBeRemoved, this,
                [this, collection](int index, ReportRow* row) { onRowRemoved(collection, index, row); });
        connect(list, &RowList::rowsChanged, this, &ReportForm::rebuildTabOrder);
        connect(list, &RowList::editedByUser, this, [this] {
            if (!m_loading)
                Q_EMIT changed();
        });
    }

    StolenItemsModel* model = m_stolen->model();
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this, model](const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles) {
                // Marks set by showErrors() change only error roles: not an edit.
                if (m_loading || !(roles.isEmpty() || roles.contains(Qt::EditRole)))
                    return;
                // A fixed cell leaves the error list at once.
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                    for (int column = topLeft.column(); column <= bottomRight.column(); ++column)
                        if (model->index(row, column).data(StolenItemsModel::ErrorRole).toString().isEmpty()) {
                            const QString path =
                                u"stolenItems[%1].%2"_s.arg(row).arg(StolenItemsModel::fieldName(column));
                            removeErrorItems([&path](const QString& p) { return p == path; });
                        }
                Q_EMIT changed();
            });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_loading)
            Q_EMIT changed();
    });
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex&, int first, int last) {
        for (int row = last; row >= first; --row)
            reindexErrorItems(u"stolenItems"_s, row);
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_loading)
            Q_EMIT changed();
    });
}

void ReportForm::wireInput(QWidget* input)
{
    if (auto* line = qobject_cast<QLineEdit*>(input)) {
        connect(line, &QLineEdit::textChanged, this, [this, line] { onInputEdited(line); });
        connect(line, &QLineEdit::editingFinished, this, [this, line] {
            if (!m_loading)
                recheck(line, Trigger::Leave);
        });
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(input)) {
        connect(text, &QPlainTextEdit::textChanged, this, [this, text] { onInputEdited(text); });
    } else if (auto* combo = qobject_cast<QComboBox*>(input)) {
        connect(combo, &QComboBox::editTextChanged, this, [this, combo] { onInputEdited(combo); });
    } else if (auto* check = qobject_cast<QCheckBox*>(input)) {
        connect(check, &QCheckBox::toggled, this, [this, check] { onInputEdited(check); });
    }
}

void ReportForm::addCheck(QWidget* input, Check check)
{
    m_checks.insert(input, std::move(check));
}

void ReportForm::onRowAdded(ReportRow* row)
{
    for (QWidget* input : row->inputs())
        wireInput(input);
    if (auto* witness = qobject_cast<WitnessRow*>(row)) {
        QLineEdit* phone = witness->phoneEdit();
        addCheck(phone, {[phone] {
                             Person p;
                             p.phone = phone->text();
                             return personProblem(p);
                         },
                         nullptr, false});
    }
}

void ReportForm::onRowRemoved(const QString& collection, int index, ReportRow* row)
{
    forgetInputs(row->inputs());
    reindexErrorItems(collection, index);
}

void ReportForm::forgetInputs(const QList<QWidget*>& inputs)
{
    for (QWidget* input : inputs) {
        m_checks.remove(input);
        m_marks.remove(input);
    }
}

void ReportForm::rebuildTabOrder()
{
    m_chain.clear();
    m_chain.append(m_reporter->inputs());
    m_chain.append(m_sameAsReporter);
    m_chain.append(m_injured->inputs());
    m_chain.append(m_guide->focusChain());
    m_chain.append(m_offence->filterEdit());
    m_chain.append({m_from, m_to, m_locationStreet, m_locationPostalCode, m_locationCity, m_municipality->filterEdit(),
                    m_locationDescription, m_narrative, m_injuries});
    m_chain.append(m_suspects->focusChain());
    m_chain.append(m_witnesses->focusChain());
    m_chain.append(m_stolen->focusChain());
    QWidget* previous = m_errorList;
    for (QWidget* w : std::as_const(m_chain)) {
        QWidget::setTabOrder(previous, w);
        previous = w;
    }
    QWidget::setTabOrder(previous, m_submit);
}

// ---- editing ---------------------------------------------------------------------------------

void ReportForm::updateOffenceFacts()
{
    const PersonBlock* injured = m_sameAsReporter->isChecked() ? m_reporter : m_injured;
    const auto pn = Personnummer::parse(injured->personnummerEdit()->text());
    if (!pn) {
        m_guide->setPersonFacts(std::nullopt);
        return;
    }
    const auto from = parseEventTime(m_from->text());
    m_guide->setPersonFacts(OffenceAnswers::fromPersonnummer(*pn, from ? from->date() : QDate::currentDate()));
}

void ReportForm::onInputEdited(QWidget* input)
{
    if (m_loading)
        return;
    recheck(input, Trigger::Keystroke);
    if (input == m_from)
        recheck(m_to, Trigger::Keystroke); // "to" is checked against "from"
    Q_EMIT changed();
}

void ReportForm::recheck(QWidget* input, Trigger trigger)
{
    const bool marked = m_marks.contains(input);
    const auto it = m_checks.constFind(input);
    if (it == m_checks.cend()) {
        // Without a rule of its own (a required text, a choice), editing the field is fixing it;
        // submit() checks again anyway.
        if (marked && trigger == Trigger::Keystroke)
            unmarkWidget(input);
        return;
    }
    const Check& check = *it;
    const bool shown = marked || (check.message && !check.message->isHidden());
    if (trigger == Trigger::Keystroke && !check.everyKeystroke && !shown)
        return; // half-typed times and numbers are not wrong yet
    const QString problem = check.problem();
    if (check.message) {
        check.message->setText(problem);
        check.message->setVisible(!problem.isEmpty());
        if (!m_loading && trigger != Trigger::Refresh)
            announceMessage(check.message, trigger == Trigger::Leave);
    }
    if (problem.isEmpty()) {
        if (marked)
            unmarkWidget(input);
    } else if (marked || trigger == Trigger::Leave) {
        markWidget(input, problem);
    }
}

void ReportForm::announceMessage(QLabel* message, bool now)
{
    // A message under a field is read aloud once it settles: when the agent pauses typing or leaves
    // the field — not at every keystroke while a number is typed ("9 siffror", "10 siffror" …).
    if (message->isHidden()) {
        m_announced.remove(message);
        if (m_pendingAnnouncement == message)
            m_announceTimer->stop();
        return;
    }
    m_pendingAnnouncement = message;
    if (now)
        announcePending();
    else
        m_announceTimer->start();
}

void ReportForm::announcePending()
{
    m_announceTimer->stop();
    QLabel* message = m_pendingAnnouncement;
    m_pendingAnnouncement = nullptr;
    if (!message || message->isHidden() || m_announced.value(message) == message->text())
        return;
    m_announced.insert(message, message->text());
    announce(message, message->text());
}

QString ReportForm::timeProblem(bool to) const
{
    QLineEdit* edit = to ? m_to : m_from;
    const QString text = edit->text();
    if (text.trimmed().isEmpty())
        return {};
    const auto time = parseEventTime(text, today());
    if (!time)
        return time.error().message;
    const QDateTime now = this->now();
    if (!to) {
        const auto range = TimeRange::validate(*time, std::nullopt, now, ClockTolerance);
        return range ? QString() : range.error().message;
    }
    // Checked against "from" when that parses; else only against the clock.
    auto from =
        m_from->text().trimmed().isEmpty() ? Result<QDateTime>(Error{}) : parseEventTime(m_from->text(), today());
    const QDateTime start = from ? *from : QDateTime(QDate(1900, 1, 1), QTime(0, 0));
    const auto range = TimeRange::validate(start, *time, now, ClockTolerance);
    if (!range && range.error().path == u"occurredTo")
        return range.error().message;
    return {};
}

void ReportForm::normalizeTimeText(QLineEdit* edit)
{
    // "igår 22:00" becomes the date it meant today, so a draft reopened tomorrow still means it.
    if (m_loading || m_readOnly)
        return;
    const auto time = parseEventTime(edit->text(), today());
    if (!time)
        return;
    const QString canonical = formatEventTime(*time);
    if (canonical != edit->text())
        edit->setText(canonical);
}

void ReportForm::onFocusChanged(QWidget*, QWidget* now)
{
    if (!now || !m_content->isAncestorOf(now))
        return;
    for (const Section& s : m_sections)
        if (s.box->isAncestorOf(now)) {
            m_currentSection = QString::fromLatin1(s.key);
            break;
        }
    m_scroll->ensureWidgetVisible(now);
}

// ---- marks and the error list ------------------------------------------------------------------

void ReportForm::markWidget(QWidget* widget, const QString& message)
{
    if (!m_marks.contains(widget)) {
        widget->setStyleSheet(markStyle(widget));
        // The field's own tooltip and description (a hint) come back when the mark goes.
        widget->setProperty("kcToolTip", widget->toolTip());
        widget->setProperty("kcDescription", widget->accessibleDescription());
    }
    m_marks.insert(widget, message);
    widget->setToolTip(message);
    widget->setAccessibleDescription(message);
}

void ReportForm::restoreUnmarked(QWidget* widget)
{
    widget->setStyleSheet(QString());
    widget->setToolTip(widget->property("kcToolTip").toString());
    widget->setAccessibleDescription(widget->property("kcDescription").toString());
}

void ReportForm::unmarkWidget(QWidget* widget)
{
    m_marks.remove(widget);
    restoreUnmarked(widget);
    if (const auto it = m_checks.constFind(widget); it != m_checks.cend() && it->message)
        if (it->problem().isEmpty())
            it->message->hide();
    removeErrorItems([this, widget](const QString& path) { return fieldFor(path) == widget; });
}

void ReportForm::removeErrorItems(const std::function<bool(const QString&)>& matches)
{
    bool removed = false;
    for (int i = m_errorList->count() - 1; i >= 0; --i)
        if (matches(m_errorList->item(i)->data(PathRole).toString())) {
            delete m_errorList->takeItem(i);
            removed = true;
        }
    if (removed)
        updateErrorBox();
}

void ReportForm::reindexErrorItems(const QString& collection, int removedIndex)
{
    // Row `removedIndex` goes: its entries go too, and the rows after it move up one.
    bool removed = false;
    for (int i = m_errorList->count() - 1; i >= 0; --i) {
        QListWidgetItem* item = m_errorList->item(i);
        const QString path = item->data(PathRole).toString();
        const PathParts p = splitPath(path);
        if (p.head != collection || p.index < removedIndex)
            continue;
        if (p.index == removedIndex) {
            delete m_errorList->takeItem(i);
            removed = true;
            continue;
        }
        QString moved = collection + u'[' + QString::number(p.index - 1) + u']';
        if (!p.rest.isEmpty())
            moved += u'.' + p.rest.toString();
        item->setData(PathRole, moved);
        item->setText(describe(Error{moved, item->data(MessageRole).toString(), item->data(CodeRole).toString()}));
    }
    if (removed)
        updateErrorBox();
}

void ReportForm::updateErrorBox()
{
    m_errorBox->setVisible(m_errorList->count() > 0);
    // As tall as its entries, up to seven lines: three problems must not take the form's room.
    // (Counted from the text's width: the list's own row sizes are not known before it is laid out.)
    const QFontMetrics metrics = m_errorList->fontMetrics();
    const int viewport = m_errorList->viewport()->width();
    const int available = std::max(200, (viewport > 100 ? viewport : width() - 40) - 8);
    int lines = 0;
    for (int i = 0; i < m_errorList->count() && lines < 7; ++i)
        lines += 1 + metrics.horizontalAdvance(m_errorList->item(i)->text()) / available;
    lines = std::clamp(lines, 1, 7);
    m_errorList->setFixedHeight(metrics.lineSpacing() * lines + 2 * m_errorList->frameWidth() + 6);
}

void ReportForm::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_errorList->count() > 0)
        updateErrorBox(); // lines wrap differently at another width
}

void ReportForm::showErrors(const QList<Error>& errors)
{
    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it)
        restoreUnmarked(it.key());
    m_marks.clear();
    m_stolen->model()->clearCellErrors();
    m_errorList->clear();

    QHash<QWidget*, QStringList> messages;
    QList<QWidget*> order;
    for (const Error& e : errors) {
        const PathParts p = splitPath(e.path);
        const int column = StolenItemsModel::columnOfField(p.rest);
        if (p.head == u"stolenItems" && p.index >= 0 && column >= 0) {
            m_stolen->model()->setCellError(p.index, column, e.message);
        } else if (QWidget* w = fieldFor(e.path)) {
            if (!messages.contains(w))
                order.append(w);
            messages[w].append(e.message);
        }
        auto* item = new QListWidgetItem(describe(e), m_errorList);
        item->setData(PathRole, e.path);
        item->setData(MessageRole, e.message);
        item->setData(CodeRole, e.code);
        item->setToolTip(item->text());
    }
    if (!errors.isEmpty())
        //: Read aloud when the "To fix" list appears: %n problems, %1 the first of them
        announce(m_errorList,
                 tr("%n problem(s) to fix. First: %1", nullptr, int(errors.size())).arg(describe(errors.first())),
                 Politeness::Assertive);
    for (QWidget* w : std::as_const(order)) {
        const QString message = messages.value(w).join(u'\n');
        markWidget(w, message);
        if (const auto it = m_checks.constFind(w); it != m_checks.cend() && it->message) {
            it->message->setText(message);
            it->message->show();
        }
    }
    updateErrorBox();
}

QString ReportForm::describe(const Error& error) const
{
    const PathParts p = splitPath(error.path);
    const int section = sectionIndexOf(error.path);
    QString where = section >= 0 ? m_sections[section].title : QString();
    QString label;
    if (p.index >= 0) {
        if (p.head == u"suspects")
            where = tr("Suspect %1").arg(p.index + 1);
        else if (p.head == u"witnesses")
            where = tr("Witness %1").arg(p.index + 1);
        else if (p.head == u"stolenItems")
            where = tr("Stolen goods, row %1").arg(p.index + 1);
    }
    if (p.head == u"stolenItems") {
        if (const int column = StolenItemsModel::columnOfField(p.rest); column >= 0)
            label = m_stolen->model()->headerData(column, Qt::Horizontal).toString();
    } else if (const QWidget* w = fieldFor(error.path)) {
        label = w->property("kcLabel").toString();
    }
    if (where.isEmpty())
        return error.message;
    // The entry names the field already: "Händelsetid – Från: saknas", not "… Från: Händelsetid
    // från saknas." The message on its own (tooltip, the line under the field) keeps its words.
    QString message = error.message;
    for (const QString& named : {QString(where + u' ' + label), label})
        if (!label.isEmpty() && message.size() > named.size() + 1 && message.startsWith(named, Qt::CaseInsensitive) &&
            message.at(named.size()) == u' ') {
            message = message.mid(named.size() + 1);
            break;
        }
    if (label.isEmpty() || label == where)
        //: An entry of the "To fix" list: %1 where (section or row), %2 the problem
        return tr("%1: %2").arg(where, message);
    //: An entry of the "To fix" list: %1 where (section or row), %2 the field, %3 the problem
    return tr("%1 – %2: %3").arg(where, label, message);
}

int ReportForm::sectionIndexOf(QStringView path) const
{
    const QStringView head = splitPath(path).head;
    static const std::pair<const char16_t*, int> heads[] = {
        {u"reporter", 0},     {u"interpreterLanguage", 0},
        {u"injuredParty", 1}, {u"injuredPartyIsReporter", 1},
        {u"offenceCode", 2},  {u"occurredFrom", 3},
        {u"occurredTo", 3},   {u"location", 4},
        {u"narrative", 5},    {u"injuries", 5},
        {u"suspects", 6},     {u"witnesses", 7},
        {u"stolenItems", 8},
    };
    for (const auto& [name, index] : heads)
        if (head == QStringView(name))
            return index;
    return -1;
}

qint64 ReportForm::formOrder(const QString& path) const
{
    const qsizetype position = m_chain.indexOf(fieldFor(path));
    const qint64 base = position < 0 ? qint64(m_chain.size()) : qint64(position);
    const PathParts p = splitPath(path);
    qint64 within = 0;
    if (p.head == u"stolenItems" && p.index >= 0)
        within = qint64(p.index) * StolenItemsModel::ColumnCount + std::max(0, StolenItemsModel::columnOfField(p.rest));
    return base * 1'000'000 + within;
}

QWidget* ReportForm::fieldFor(const QString& path) const
{
    const PathParts p = splitPath(path);
    const QStringView head = p.head;
    const QStringView rest = p.rest;
    if (head == u"reporter")
        return m_reporter->fieldFor(rest);
    if (head == u"interpreterLanguage")
        return m_reporter->interpreterEdit();
    if (head == u"injuredPartyIsReporter")
        return m_sameAsReporter;
    if (head == u"injuredParty")
        return rest.isEmpty() && m_sameAsReporter->isChecked() ? m_sameAsReporter : m_injured->fieldFor(rest);
    if (head == u"offenceCode")
        return m_offence->filterEdit();
    if (head == u"offenceGuide") // not part of the report: the plain words and the questions
        return rest.isEmpty() ? m_guide->offenceEdit()
                              : m_guide->findChild<QWidget*>(u"offenceGuide."_s + rest.toString());
    if (head == u"occurredFrom")
        return m_from;
    if (head == u"occurredTo")
        return m_to;
    if (head == u"location") {
        if (rest.isEmpty() || rest == u"address" || rest == u"address.street")
            return m_locationStreet;
        if (rest == u"address.postalCode")
            return m_locationPostalCode;
        if (rest == u"address.city")
            return m_locationCity;
        if (rest == u"municipalityCode" || rest == u"address.municipalityCode")
            return m_municipality->filterEdit();
        if (rest == u"description")
            return m_locationDescription;
        return nullptr;
    }
    if (head == u"narrative")
        return m_narrative;
    if (head == u"injuries")
        return m_injuries;
    if (head == u"suspects" || head == u"witnesses") {
        const RowList* list = head == u"suspects" ? m_suspects : m_witnesses;
        if (p.index >= 0 && p.index < list->count())
            return list->row(p.index)->fieldFor(rest);
        return list->addButton();
    }
    if (head == u"stolenItems")
        return m_stolen->view();
    return nullptr;
}

void ReportForm::focusField(const QString& path)
{
    QWidget* w = fieldFor(path);
    if (!w)
        return;
    const PathParts p = splitPath(path);
    if (w == m_stolen->view() && p.index >= 0 && p.index < m_stolen->model()->rowCount()) {
        const int column = std::max(0, StolenItemsModel::columnOfField(p.rest));
        m_stolen->view()->setCurrentIndex(m_stolen->model()->index(p.index, column));
    }
    if (const int section = sectionIndexOf(path); section >= 0)
        m_currentSection = QString::fromLatin1(m_sections[section].key);
    w->setFocus(Qt::OtherFocusReason);
    m_scroll->ensureWidgetVisible(w);
}

// ---- sections --------------------------------------------------------------------------------

QString ReportForm::currentSection() const
{
    return m_currentSection;
}

void ReportForm::setCurrentSection(const QString& section)
{
    const auto it = std::find_if(m_sections.cbegin(), m_sections.cend(),
                                 [&section](const Section& s) { return section == QLatin1StringView(s.key); });
    if (it == m_sections.cend())
        return;
    m_currentSection = section;
    QWidget* first = nullptr;
    switch (it - m_sections.cbegin()) {
    case 0:
        first = m_reporter->interpreterEdit(); // tolkbehov is decided first
        break;
    case 1:
        first = m_sameAsReporter;
        break;
    case 2:
        first = m_guide->offenceEdit();
        break;
    case 3:
        first = m_from;
        break;
    case 4:
        first = m_locationStreet;
        break;
    case 5:
        first = m_narrative;
        break;
    case 6:
    case 7: {
        const RowList* list = it - m_sections.cbegin() == 6 ? m_suspects : m_witnesses;
        first = list->count() > 0 ? list->row(0)->inputs().first() : list->addButton();
        break;
    }
    default: {
        StolenItemsTable* view = m_stolen->view();
        if (!view->currentIndex().isValid() && m_stolen->model()->rowCount() > 0)
            view->setCurrentIndex(m_stolen->model()->index(0, 0));
        first = view;
        break;
    }
    }
    m_scroll->ensureWidgetVisible(it->box);
    first->setFocus(Qt::ShortcutFocusReason);
    m_scroll->ensureWidgetVisible(first);
}

// ---- the report ------------------------------------------------------------------------------

Report ReportForm::buildReport(Mode mode, QDate today, QList<Error>* formErrors) const
{
    const bool body = mode == Mode::Body;
    Report r;
    if (!m_contactId.isEmpty())
        r.contactId = m_contactId;
    r.offenceCode = m_offence->code();

    auto readTime = [&](const QLineEdit* edit, const char* path) -> std::optional<QDateTime> {
        const QString t = edit->text();
        if (t.trimmed().isEmpty())
            return std::nullopt;
        auto time = parseEventTime(t, today);
        if (time)
            return *time;
        if (formErrors)
            formErrors->append(Error{QString::fromLatin1(path), time.error().message, time.error().code});
        return std::nullopt;
    };
    if (const auto from = readTime(m_from, "occurredFrom"))
        r.occurredFrom = *from;
    r.occurredTo = readTime(m_to, "occurredTo");

    const QString street = m_locationStreet->text();
    const QString postal = m_locationPostalCode->text();
    const QString city = m_locationCity->text();
    if (body ? !(street.trimmed().isEmpty() && postal.trimmed().isEmpty() && city.trimmed().isEmpty())
             : !(street.isEmpty() && postal.isEmpty() && city.isEmpty()))
        r.location.address = Address{body ? street.trimmed() : street, body ? postal.trimmed() : postal,
                                     body ? city.trimmed() : city, std::nullopt};
    r.location.municipalityCode = m_municipality->code();
    r.location.description = optionalText(m_locationDescription->text(), body);

    r.reporter = m_reporter->person(body);
    r.interpreterLanguage = optionalText(m_reporter->interpreterLanguage(), body);
    r.injuredPartyIsReporter = m_sameAsReporter->isChecked();
    // The body carries the injured party only when it is someone else; a draft keeps whatever was
    // typed in the hidden block too.
    if (body ? !r.injuredPartyIsReporter : !m_injured->isEmpty())
        r.injuredParty = m_injured->person(body);

    for (int i = 0; i < m_suspects->count(); ++i)
        r.suspects.append(static_cast<SuspectRow*>(m_suspects->row(i))->suspect(body));
    for (int i = 0; i < m_witnesses->count(); ++i)
        r.witnesses.append(static_cast<WitnessRow*>(m_witnesses->row(i))->person(body));

    const StolenItemsModel* model = m_stolen->model();
    r.stolenItems = model->items(body);
    if (formErrors)
        for (int i = 0; i < model->rowCount(); ++i)
            if (QString problem = model->valueError(i); !problem.isEmpty())
                formErrors->append(Error{u"stolenItems[%1].valueSek"_s.arg(i), problem, u"not_a_number"_s});

    r.narrative = body ? m_narrative->toPlainText().trimmed() : m_narrative->toPlainText();
    r.injuries = optionalText(m_injuries->toPlainText(), body);
    return r;
}

QList<Error> ReportForm::validate(std::optional<QDate> day) const
{
    // One reading of the clock for the whole check.
    const QDateTime clockNow = now();
    const QDate today = day.value_or(clockNow.toLocalTime().date());
    const QDateTime now =
        today == clockNow.toLocalTime().date() ? clockNow : QDateTime(today, clockNow.toLocalTime().time()).toUTC();
    QList<Error> errors;
    const Report report = buildReport(Mode::Body, today, &errors);
    QSet<QString> formPaths;
    for (const Error& e : std::as_const(errors))
        formPaths.insert(e.path);
    // A time or value the form cannot read is reported once, by the form, not also as "missing".
    for (Error& e : validateReportForCreate(report, m_ref, now))
        if (!formPaths.contains(e.path))
            errors.append(std::move(e));
    QHash<QString, qint64> order;
    for (const Error& e : std::as_const(errors))
        order.insert(e.path, formOrder(e.path));
    std::stable_sort(errors.begin(), errors.end(),
                     [&order](const Error& a, const Error& b) { return order.value(a.path) < order.value(b.path); });
    return errors;
}

QJsonObject ReportForm::reportBody() const
{
    const QDate today = this->today();
    return json::toJson(normalizedReport(buildReport(Mode::Body, today, nullptr), today));
}

QKeySequence ReportForm::registerKey()
{
    return QKeySequence(Qt::Key_F9);
}

bool ReportForm::isConfirmingRegistration() const
{
    return m_confirm->isVisible();
}

void ReportForm::submit()
{
    if (m_readOnly)
        return;
    const QList<Error> errors = validate();
    showErrors(errors);
    if (!errors.isEmpty()) {
        cancelRegistration();
        focusField(errors.first().path);
        return;
    }
    QWidget* focus = QApplication::focusWidget();
    if (focus != m_confirm)
        m_beforeConfirm = focus && isAncestorOf(focus) ? focus : nullptr;
    m_draftNote->hide();
    m_confirm->show();
    m_confirm->setFocus(Qt::OtherFocusReason);
    // Assertive: the agent must know that one more key sends the report.
    announce(m_confirm, m_confirm->accessibleName() + u' ' + m_confirm->accessibleDescription(), Politeness::Assertive);
}

void ReportForm::confirmRegistration()
{
    if (!m_confirm->isVisible())
        return;
    QPointer<QWidget> back = m_beforeConfirm;
    m_beforeConfirm = nullptr;
    const bool hadFocus = m_confirm->hasFocus();
    m_confirm->hide();
    if (hadFocus && back && back->isVisible())
        back->setFocus(Qt::OtherFocusReason);
    if (m_readOnly)
        return;
    const QList<Error> errors = validate(); // the clock may have moved (a time now in the future)
    if (!errors.isEmpty()) {
        submit();
        return;
    }
    Q_EMIT submitRequested();
}

void ReportForm::cancelRegistration()
{
    if (!m_confirm->isVisible())
        return;
    QPointer<QWidget> back = m_beforeConfirm;
    m_beforeConfirm = nullptr;
    const bool hadFocus = m_confirm->hasFocus();
    m_confirm->hide();
    if (hadFocus && back && back->isVisible())
        back->setFocus(Qt::OtherFocusReason);
}

// ---- drafts ----------------------------------------------------------------------------------

QJsonObject ReportForm::draft() const
{
    QJsonObject o = json::toJson(buildReport(Mode::Draft, today(), nullptr));
    // What does not parse yet stays as typed.
    for (const auto& [edit, key] : {std::pair{m_from, "occurredFrom"_L1}, std::pair{m_to, "occurredTo"_L1}})
        if (!o.contains(key) && !edit->text().isEmpty())
            o.insert(key, edit->text());
    const StolenItemsModel* model = m_stolen->model();
    QJsonArray items = o.value("stolenItems"_L1).toArray();
    bool patched = false;
    for (int i = 0; i < model->rowCount() && i < items.size(); ++i)
        if (!model->valueError(i).isEmpty()) {
            QJsonObject item = items[i].toObject();
            item.insert("valueSek"_L1, model->rows()[i].value);
            items[i] = item;
            patched = true;
        }
    if (patched)
        o.insert("stolenItems"_L1, items);
    o.insert("formState"_L1, QJsonObject{{u"section"_s, m_currentSection},
                                         {u"offenceFilter"_s, m_offence->filterText()},
                                         {u"offenceGuide"_s, m_guide->state()},
                                         {u"municipalityFilter"_s, m_municipality->filterText()}});
    return o;
}

void ReportForm::setDraft(const QJsonObject& d)
{
    cancelRegistration();
    m_loading = true;
    showErrors({});
    m_reporter->clear();
    m_injured->clear();
    m_suspects->clearRows();
    m_witnesses->clearRows();

    m_contactId = jsonText(d, "contactId"_L1);
    const QJsonObject state = d.value("formState"_L1).toObject();
    // The guide first: its derived code must not replace the code the draft holds.
    m_guide->setState(state.value("offenceGuide"_L1).toObject());
    m_offence->setFilterText(jsonText(state, "offenceFilter"_L1));
    m_offence->setCode(jsonText(d, "offenceCode"_L1));
    m_from->setText(timeTextFrom(d.value("occurredFrom"_L1)));
    m_to->setText(timeTextFrom(d.value("occurredTo"_L1)));

    const QJsonObject location = d.value("location"_L1).toObject();
    const Address place = addressFrom(location.value("address"_L1)).value_or(Address{});
    m_locationStreet->setText(place.street);
    m_locationPostalCode->setText(place.postalCode);
    m_locationCity->setText(place.city);
    m_municipality->setFilterText(jsonText(state, "municipalityFilter"_L1));
    m_municipality->setCode(jsonText(location, "municipalityCode"_L1));
    m_locationDescription->setText(jsonText(location, "description"_L1));

    m_reporter->setPerson(personFrom(d.value("reporter"_L1)));
    m_reporter->setInterpreterLanguage(jsonText(d, "interpreterLanguage"_L1));
    m_sameAsReporter->setChecked(d.value("injuredPartyIsReporter"_L1).toBool(true));
    if (d.value("injuredParty"_L1).isObject())
        m_injured->setPerson(personFrom(d.value("injuredParty"_L1)));

    for (const QJsonValue& v : d.value("suspects"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        static_cast<SuspectRow*>(m_suspects->appendRow())
            ->setSuspect(
                Suspect{o.value("known"_L1).toBool(), optionalFrom(o, "name"_L1), optionalFrom(o, "description"_L1)});
    }
    for (const QJsonValue& v : d.value("witnesses"_L1).toArray())
        static_cast<WitnessRow*>(m_witnesses->appendRow())->setPerson(personFrom(v));

    QList<StolenItemsModel::Row> rows;
    for (const QJsonValue& v : d.value("stolenItems"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonValue value = o.value("valueSek"_L1);
        rows.append({jsonText(o, "description"_L1), jsonText(o, "brand"_L1), jsonText(o, "model"_L1),
                     jsonText(o, "serialNumber"_L1),
                     value.isDouble() ? QString::number(value.toInteger()) : value.toString()});
    }
    m_stolen->model()->setRows(std::move(rows));

    m_narrative->setPlainText(jsonText(d, "narrative"_L1));
    m_injuries->setPlainText(jsonText(d, "injuries"_L1));

    const QString section = jsonText(state, "section"_L1);
    const bool known = std::any_of(m_sections.cbegin(), m_sections.cend(),
                                   [&section](const Section& s) { return section == QLatin1StringView(s.key); });
    m_currentSection = known ? section : u"reporter"_s;
    m_loading = false;
    refreshMessages();
    rebuildTabOrder();
    applyReadOnly();
}

void ReportForm::prefill(const Contact& contact)
{
    m_loading = true;
    const Person& caller = contact.caller;
    m_reporter->nameEdit()->setText(caller.name);
    QString pnr = caller.personnummer.value_or(QString());
    if (const auto parsed = Personnummer::parse(pnr); parsed)
        pnr = parsed->formatted();
    m_reporter->personnummerEdit()->setText(pnr);
    QString phone = caller.phone.value_or(QString());
    if (const auto parsed = PhoneNumber::parse(phone); parsed)
        phone = parsed->national();
    m_reporter->phoneEdit()->setText(phone);
    m_reporter->emailEdit()->setText(caller.email.value_or(QString()));
    const Address address = caller.address.value_or(Address{});
    m_reporter->streetEdit()->setText(address.street);
    QString postal = address.postalCode;
    if (const auto parsed = PostalCode::parse(postal); parsed)
        postal = parsed->formatted();
    m_reporter->postalCodeEdit()->setText(postal);
    m_reporter->cityEdit()->setText(address.city);
    const QString language = contact.language.trimmed();
    if (!language.isEmpty() && language.compare(u"sv"_s, Qt::CaseInsensitive) != 0)
        m_reporter->setInterpreterLanguage(interpreterLanguageName(language));
    if (!contact.id.isEmpty())
        m_contactId = contact.id;
    m_loading = false;
    refreshMessages();
}

void ReportForm::clear()
{
    m_loading = true;
    showErrors({});
    m_reporter->clear();
    m_sameAsReporter->setChecked(true);
    m_injured->clear();
    m_guide->setState({});
    m_offence->setFilterText(QString());
    m_offence->setCode(QString());
    m_from->clear();
    m_to->clear();
    m_locationStreet->clear();
    m_locationPostalCode->clear();
    m_locationCity->clear();
    m_municipality->setFilterText(QString());
    m_municipality->setCode(QString());
    m_locationDescription->clear();
    m_narrative->clear();
    m_injuries->clear();
    m_suspects->clearRows();
    m_witnesses->clearRows();
    m_stolen->model()->setRows({});
    m_contactId.clear();
    m_currentSection = u"reporter"_s;
    cancelRegistration();
    m_draftNote->hide();
    setSubmissionStatus(QString());
    m_readOnly = false;
    m_loading = false;
    refreshMessages();
    rebuildTabOrder();
    applyReadOnly();
}

void ReportForm::refreshMessages()
{
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it)
        if (it->message)
            recheck(it.key(), Trigger::Refresh);
}

void ReportForm::setContactId(const QString& id)
{
    m_contactId = id;
}

void ReportForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    applyReadOnly();
}

void ReportForm::applyReadOnly()
{
    const bool ro = m_readOnly;
    m_reporter->setReadOnly(ro);
    m_injured->setReadOnly(ro);
    m_sameAsReporter->setEnabled(!ro);
    m_guide->setReadOnly(ro);
    m_offence->setReadOnly(ro);
    m_municipality->setReadOnly(ro);
    for (QLineEdit* e : {m_from, m_to, m_locationStreet, m_locationPostalCode, m_locationCity, m_locationDescription})
        e->setReadOnly(ro);
    m_narrative->setReadOnly(ro);
    m_injuries->setReadOnly(ro);
    m_suspects->setReadOnly(ro);
    m_witnesses->setReadOnly(ro);
    m_stolen->setReadOnly(ro);
    m_submit->setEnabled(!ro);
    if (ro)
        cancelRegistration();
}

void ReportForm::setSubmissionStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setAccessibleName(text);
    m_status->setVisible(!text.isEmpty());
}

} // namespace kc
