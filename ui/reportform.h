// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Polisanmälan: the report form the agent fills in while talking to the caller.
//
// Nine sections, each a titled group, in this order and reachable with Tab and with Alt+1 … Alt+9
// (Alt+digit: Alt+letter clashes with Swedish keyboard layouts, so no & mnemonics anywhere):
// anmälare (reporter, with tolkbehov), målsägande ("Samma som anmälaren" or a person block),
// brottstyp (searchable offence codes incl. Förlust), händelsetid från/till, brottsplats (address,
// searchable kommun, platsbeskrivning), händelsebeskrivning (with skador), gärningspersoner,
// vittnen, stöldgods (editable table with a live total). The form sits in a scroll area; the
// focused field is always scrolled into view. It is dense, for 1366×768: two label–field pairs a
// row where fields are short, Tolkbehov first, Skador two lines and the narrative the big field. An
// "Att åtgärda" list above it (as tall as its entries) names every problem after
// showErrors()/submit(), read aloud; Enter or a double click on an entry focuses the field.
//
// Registrera anmälan (the button, F9) never sends at once: submit() asks inline, and only Enter
// there emits submitRequested(). New messages (the list, a field's problem once typing pauses, the
// question) are announced to screen readers (ui/announce.h). Key names shown are built from
// QKeySequence (ui/keynames.h). A marked field keeps a visible focus frame.
//
// Rules are core/validation.h's (validateReportForCreate, the server's own): validate() runs them
// on the form's content plus the form's own problems (a time or value that does not parse), all
// with the API's dotted paths. While typing only cheap per-field checks run: the personnummer on
// every keystroke (saying what is wrong: length, date, check digit), times, phone numbers, e-mail
// and postal codes when the field is left, and any marked field on every keystroke, so a mark
// disappears as soon as the field is fixed.
//
// draft()/setDraft(): the whole form as a Report-shaped JSON object (API.md create body) in which
// text that does not parse yet is kept as typed ("valueSek": "12a", "occurredFrom": "igår kl"),
// plus "formState" (current section, filter texts) — setDraft(draft()) restores the form.
// changed() follows every edit by the agent and nothing programmatic (setDraft, prefill, clear).
//
// Thread rules: GUI thread. The ReferenceData passed in must outlive the form.
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QKeySequence>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <array>
#include <functional>
#include <optional>

class QCheckBox;
class QFrame;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace kc {

class OffenceGuidePanel;
class PersonBlock;
class ReferenceData;
class ReferencePicker;
class ReportRow;
class RowList;
class StolenItemsEditor;

class ReportForm : public QWidget
{
    Q_OBJECT
public:
    // The time the form judges event times by ("igår", not in the future); UTC.
    using Clock = std::function<QDateTime()>;

    // `clock` defaults to the system's; tests pass their own so a run across midnight still passes.
    explicit ReportForm(const ReferenceData& ref, QWidget* parent = nullptr, Clock clock = {});
    ~ReportForm() override;

    // Draft: the form's whole state as JSON in the API.md Report shape (create body), where text the
    // agent typed that is not (yet) valid is kept exactly as typed (e.g. "valueSek":"12a", an
    // unparsable date string in "occurredFrom"), so setDraft(draft()) restores the form exactly.
    QJsonObject draft() const;
    void setDraft(const QJsonObject& draft); // does not emit changed()
    // caller → anmälare (name, personnummer, phone, email, address), language != "sv" → tolkbehov;
    // a non-empty contact id becomes the contactId; does not emit changed()
    void prefill(const Contact& contact);
    void clear(); // empty form, no contact
    // "reporter","injuredParty","offence","time","location","narrative","suspects","witnesses",
    // "stolenItems" — the section holding focus (or last held)
    QString currentSection() const;
    void setCurrentSection(const QString& section); // focuses that section's first field
    // every problem, in form order, with dotted paths; form-level problems (unparsable
    // date/number) included with the same paths. `today` replaces the date of the clock's now.
    QList<Error> validate(std::optional<QDate> today = std::nullopt) const;
    // the normalized create body (json::toJson(normalizedReport(...))); only meaningful when
    // validate() is empty
    QJsonObject reportBody() const;
    void setContactId(const QString& id); // goes into the body as contactId
    // marks fields (red frame + tooltip) and fills the error list; empty hides it
    void showErrors(const QList<Error>& errors);
    void setReadOnly(bool readOnly); // after submit
    // a line at the top: "Anmälan köad – preliminär referens PREL-1a2b3c4d" / "Ärendenummer …"
    void setSubmissionStatus(const QString& text);
    // the input widget for a dotted path ("reporter.personnummer", "stolenItems[1].valueSek" → the
    // table; "offenceGuide" and "offenceGuide.relation" → the offence guide), for tests and jumps;
    // nullptr for paths the form has no field for
    QWidget* fieldFor(const QString& path) const;

    // The key of "Registrera anmälan" (F9): one key on every layout, typed into no field, far from
    // Ctrl+Return (take the next contact); shown on the button and in the F1 list.
    static QKeySequence registerKey();
    bool isConfirmingRegistration() const; // the inline "Registrera anmälan?" is showing

Q_SIGNALS:
    void changed(); // after EVERY edit by the agent (each keystroke); cheap, no disk here
    // The agent asked to register (the button or F9), validate() was empty, AND they confirmed with
    // Enter in the inline confirmation. Registration cannot be undone; nothing else emits this.
    void submitRequested();

public:
    // Registrera anmälan, step one: validate; invalid → showErrors, announce, focus the first
    // invalid field; valid → the inline confirmation ("Registrera anmälan? Den kan inte ångras."),
    // which takes the focus: Enter → confirmRegistration(), Esc (or the focus leaving it) →
    // cancelRegistration(). Ctrl+S sends nothing: drafts save themselves, and the form says so.
    void submit();
    void confirmRegistration(); // validates again; valid → submitRequested()
    void cancelRegistration();  // nothing sent; the focus goes back where it was

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    enum class Trigger { Keystroke, Leave, Refresh };
    struct Check
    {
        std::function<QString()> problem; // empty when fine
        QLabel* message = nullptr;        // shows the problem under the field, if any
        bool everyKeystroke = false;      // else only when leaving the field (or once marked)
    };
    struct Section
    {
        const char* key = nullptr;
        QGroupBox* box = nullptr;
        QString title;
    };
    enum class Mode { Draft, Body };

    void buildUi(); // the parts below, in order
    void buildStatusAndErrorList(QVBoxLayout* outer);
    void buildPartySections();
    void buildOffenceSection();
    void buildTimeSection();
    void buildLocationSection();
    void buildNarrativeSection();
    void buildRowSections();
    void buildSubmitBar(QVBoxLayout* outer);
    void buildConfirmation(QVBoxLayout* outer);
    void wireFieldChecks();
    void wireOffenceGuide();
    void wireRowsAndStolenItems();
    QGroupBox* addSection(int index, const char* key, const QString& title);
    void rebuildTabOrder();
    void wireInput(QWidget* input);
    void onInputEdited(QWidget* input);
    void onFocusChanged(QWidget* old, QWidget* now);
    void recheck(QWidget* input, Trigger trigger);
    void addCheck(QWidget* input, Check check);
    void forgetInputs(const QList<QWidget*>& inputs);
    void onRowAdded(ReportRow* row);
    void onRowRemoved(const QString& collection, int index, ReportRow* row);
    void normalizeTimeText(QLineEdit* edit);
    QString timeProblem(bool to) const;

    Report buildReport(Mode mode, QDate today, QList<Error>* formErrors) const;
    void focusField(const QString& path);
    QString describe(const Error& error) const;
    int sectionIndexOf(QStringView path) const;
    qint64 formOrder(const QString& path) const;

    void announceMessage(QLabel* message, bool now); // read a field's message aloud once it settles
    void announcePending();
    void markWidget(QWidget* widget, const QString& message);
    void unmarkWidget(QWidget* widget);
    void restoreUnmarked(QWidget* widget); // no frame; the field's own tooltip and description back
    void removeErrorItems(const std::function<bool(const QString& path)>& matches);
    void reindexErrorItems(const QString& collection, int removedIndex);
    void updateErrorBox();
    void refreshMessages();
    void applyReadOnly();
    void updateOffenceFacts(); // the injured party's sex and age for the offence guide

    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    QDate today() const { return now().toLocalTime().date(); }

    const ReferenceData& m_ref;
    Clock m_clock;
    std::array<Section, 9> m_sections;
    QLabel* m_status = nullptr;
    QGroupBox* m_errorBox = nullptr;
    QListWidget* m_errorList = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_content = nullptr;
    PersonBlock* m_reporter = nullptr;
    QCheckBox* m_sameAsReporter = nullptr;
    PersonBlock* m_injured = nullptr;
    OffenceGuidePanel* m_guide = nullptr;
    ReferencePicker* m_offence = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_to = nullptr;
    QLabel* m_fromMessage = nullptr;
    QLabel* m_toMessage = nullptr;
    QLineEdit* m_locationStreet = nullptr;
    QLineEdit* m_locationPostalCode = nullptr;
    QLineEdit* m_locationCity = nullptr;
    ReferencePicker* m_municipality = nullptr;
    QLineEdit* m_locationDescription = nullptr;
    QPlainTextEdit* m_narrative = nullptr;
    QPlainTextEdit* m_injuries = nullptr;
    RowList* m_suspects = nullptr;
    RowList* m_witnesses = nullptr;
    StolenItemsEditor* m_stolen = nullptr;
    QPushButton* m_submit = nullptr;
    QFrame* m_confirm = nullptr;       // the inline "Registrera anmälan?"; hidden unless asking
    QLabel* m_draftNote = nullptr;     // "Utkastet sparas automatiskt." after Ctrl+S
    QPointer<QWidget> m_beforeConfirm; // focus to return to after Esc
    QTimer* m_announceTimer = nullptr; // a pause in typing before a field's message is read aloud
    QPointer<QLabel> m_pendingAnnouncement;
    QHash<QLabel*, QString> m_announced; // what each visible message last said aloud

    QList<QWidget*> m_chain;                   // every focusable input in tab order (for form order)
    QHash<QWidget*, Check> m_checks;           // live per-field checks
    QHash<QWidget*, QString> m_marks;          // marked inputs and their messages
    QMetaObject::Connection m_focusConnection; // to qApp; cut first thing in the destructor
    QString m_contactId;
    QString m_currentSection;
    bool m_loading = false; // programmatic changes: no changed(), no live checks
    bool m_readOnly = false;
};

} // namespace kc
