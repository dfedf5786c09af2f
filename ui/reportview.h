// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// One polisanmälan, read-only, every section in plain Swedish: ärendenummer and status, brottstyp
// (code and name), händelsetid, brottsplats (address, kommun by name, description), anmälare,
// målsägande, händelsebeskrivning, gärningspersoner, vittnen, skador, stöldgods with the total
// value, tolkbehov, and the tilläggsuppgifter with time and author. Below it the agent writes a new
// tilläggsuppgift: Ctrl+Return in the field or "Lägg till tilläggsuppgift" emits
// supplementRequested (an empty text is refused with a message) and the text is listed at once as
// "väntar på att skickas" — it goes through the outbox like everything else, and the view is told
// what is still queued (setPendingSupplements) and what the server has (setReport).
//
// Invariants: every value from the report is HTML-escaped before it reaches the text browser.
// A pending text disappears when a refreshed report carries a supplement with the same text.
// Keyboard: Esc closes; Tab goes from the report to the supplement field and on to the buttons.
// Open it with open() or show(), never exec() (no nested event loops while events arrive).
// Thread rules: GUI thread.
#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace kc {

class ReferenceData;
struct Address;
struct Person;
struct Report;

class ReportView : public QDialog
{
    Q_OBJECT
public:
    ReportView(const ReferenceData& ref, const QJsonObject& report, QWidget* parent = nullptr);
    ~ReportView() override;

    void setReport(const QJsonObject& report); // refreshed (e.g. a supplement arrived from the server)
    QString reportId() const;
    // Esc, Close or the window's X with an unsent tilläggsuppgift typed: the first time only warns.
    void done(int result) override;
    void setPendingSupplements(const QStringList& texts);
    void setAgentNames(const QHash<QString, QString>& names); // user id → name; others "annan handläggare" // queued in
                                                              // the outbox, not yet on the server

    QTextBrowser* browser() const { return m_browser; }
    QPlainTextEdit* supplementField() const { return m_text; }
    QPushButton* supplementButton() const { return m_add; }

Q_SIGNALS:
    void supplementRequested(const QString& reportId, const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString agentName(const QString& userId) const;
    QHash<QString, QString> m_agentNames;
    void requestSupplement();
    void render();
    QString html() const; // the whole report, section by section:
    QString titleHtml(const Report& r) const;
    QString eventHtml(const Report& r) const;
    QString peopleHtml(const Report& r) const;
    QString stolenGoodsHtml(const Report& r) const;
    QString supplementsHtml(const Report& r) const;
    QString personHtml(const Person& p) const;
    QString addressText(const Address& a) const;

    const ReferenceData& m_ref;
    QJsonObject m_json;
    QString m_id;
    QStringList m_pending;
    QTextBrowser* m_browser = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QPushButton* m_add = nullptr;
    QLabel* m_message = nullptr;
    bool m_warnedUnsent = false;
};

} // namespace kc
