// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The workstation's main window. Left column: the incoming-contacts queue on top, below it tabs
// with the caller's case history and the lookups (brottskoder, kommuner, personnummer). Right:
// the contact being handled with its report form — the widest part, it is where the agent types.
// All three are visible together on a 1366×768 screen; the splitters' sizes are remembered.
// While a contact is open the contact pane gets most of the width (setContactOpen); the two
// layouts, idle and handling, are remembered separately, so what the agent drags stays.
// Also: menus with keyboard shortcuts (Arkiv; Kontakt, filled by app/ with the contact and state
// actions; Hjälp), the status bar (agent state, connection state, signed-in user and queues),
// the connection banner when the server does not answer, and — in demo mode — the ÖVNINGSLÄGE
// banner and title, impossible to miss.
// Thread rules: GUI thread.
#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;

namespace kc {

class ConnectionBanner;
class ReferenceData;
class LookupPanel;
class QueuePanel;
class TrainingBanner;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        bool trainingMode = false;
    };

    MainWindow(const ReferenceData& ref, Options options, QWidget* parent = nullptr);

    bool isTrainingMode() const { return m_options.trainingMode; }
    void setQueuePanel(QueuePanel* panel); // takes ownership; top of the left column
    QueuePanel* queuePanel() const { return m_queue; }
    void setContactPane(QWidget* pane);       // takes ownership; the right column
    void setCaseHistoryPanel(QWidget* panel); // takes ownership; first tab under the queue
    QTabWidget* sideTabs() const { return m_side; }
    void saveLayout() const; // splitter sizes to QSettings (also on close)
    void setConnectionText(const QString& text);
    void setUserText(const QString& text);
    void statusBarMessage(const QString& text); // a passing message, 10 s
    void setAgentStateWidget(QWidget* widget);  // takes ownership; leftmost permanent widget
    LookupPanel* lookupPanel() const { return m_lookup; }
    TrainingBanner* trainingBanner() const { return m_banner; }
    ConnectionBanner* connectionBanner() const { return m_connectionBanner; }
    QMenu* contactMenu() const { return m_contactMenu; } // empty until app/ fills it after sign-in
    QMenu* helpMenu() const { return m_helpMenu; }
    // Arkiv → Logga ut: disabled until app/ wires it to the signed-in workstation.
    QAction* signOutAction() const { return m_signOut; }
    // A contact is open (the form needs the room) or not (the queue does).
    void setContactOpen(bool open);
    bool isContactOpen() const { return m_contactOpen; }
    QSplitter* mainSplitter() const { return m_splitter; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void showAbout();
    void restoreLayout();
    QString splitterKey() const; // the saved layout of the current mode (idle or handling)

    Options m_options;
    LookupPanel* m_lookup = nullptr;
    QueuePanel* m_queue = nullptr;
    QSplitter* m_splitter = nullptr; // left column | contact pane
    QSplitter* m_left = nullptr;     // queue over the side tabs
    QTabWidget* m_side = nullptr;
    QWidget* m_contactPlaceholder = nullptr;
    QWidget* m_agentStateSlot = nullptr;
    QLabel* m_connection = nullptr;
    QLabel* m_user = nullptr;
    TrainingBanner* m_banner = nullptr;
    ConnectionBanner* m_connectionBanner = nullptr;
    QMenu* m_contactMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_signOut = nullptr;
    bool m_contactOpen = false;
};

} // namespace kc
