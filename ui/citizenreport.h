// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Medborgarens anmälan: a citizen's report from the polisen.se e-service (a contact's `webReport`,
// issue 15) as the agent needs it — the report form pre-filled from it, each of its problems
// marked on its field, and the original as typed beside the form.
//
// webReport (the contract, /work/briefs/intake-contract.md): {"externalId","submittedAt",
// "category","reporter":Person,"report":partial Report,"problems":[{"field","message"}]}; values
// are kept verbatim even when invalid (a personnummer that does not add up, a future date, an
// unknown kommunkod). problems[].field is a dotted path into the submission ("reporter.personnummer",
// "report.occurredFrom"); the form's paths are the Report's ("occurredFrom"), so draftFrom() and
// problemsFrom() translate between the two.
//
// CitizenReportPanel: read-only, collapsible (its title button, Space/Enter, toggles it), the raw
// values exactly as the citizen typed them, field by field with Swedish labels, submittedAt and the
// e-service's reference, and each problem under its value. Text is selectable by keyboard (the agent
// copies a phrase into the narrative). It never edits anything.
//
// Thread rules: GUI thread (the functions are reentrant).
#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QTextBrowser;
class QToolButton;

namespace kc {

namespace webreport {
// The report form's draft (ReportForm::setDraft shape) for the citizen's submission: the partial
// report as typed, the reporter, `contactId`; the category as the offence search text when the
// citizen gave no offence code. Nothing is normalised: what does not parse stays as typed.
QJsonObject draftFrom(const QJsonObject& webReport, const QString& contactId);
// The submission's problems with the form's paths ("report.occurredFrom" → "occurredFrom",
// "reporter.personnummer" stays), code "web_report", the server's Swedish message.
QList<Error> problemsFrom(const QJsonObject& webReport);
// The form's path of a problem's field ("report.x" → "x"; everything else as it is).
QString formPath(const QString& submissionPath);
// The value at a dotted submission path ("report.stolenItems[0].valueSek"), or undefined.
QJsonValue valueAt(const QJsonObject& webReport, const QString& submissionPath);
// The problems whose field in `draft` the agent has not corrected yet (still the citizen's value,
// however the form writes it, or empty): after a reopen those are marked again, the rest not.
QList<Error> openProblems(const QJsonObject& webReport, const QJsonObject& draft);
} // namespace webreport

class CitizenReportPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CitizenReportPanel(QWidget* parent = nullptr);

    void setWebReport(const QJsonObject& webReport); // an empty object clears it
    QJsonObject webReport() const { return m_webReport; }
    void setExpanded(bool expanded);
    bool isExpanded() const;
    QToolButton* toggleButton() const { return m_toggle; }
    QTextBrowser* text() const { return m_text; }
    // The panel's content as plain text (what a screen reader reads; tests compare it).
    QString plainText() const;

Q_SIGNALS:
    void expandedChanged(bool expanded);

private:
    void render();

    QJsonObject m_webReport;
    QToolButton* m_toggle = nullptr;
    QTextBrowser* m_text = nullptr;
};

} // namespace kc
