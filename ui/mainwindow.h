// The workstation's main window: the incoming-contacts queue (when signed in), the lookup panel,
// menus with keyboard shortcuts, the status bar (connection state, signed-in user and queues), and
// — in demo mode — the ÖVNINGSLÄGE banner and title, impossible to miss. The report form and the
// case history join the splitter with their issue.
// Thread rules: GUI thread.
#pragma once

#include <QMainWindow>

class QLabel;
class QSplitter;

namespace kc {

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
    void setQueuePanel(QueuePanel* panel); // takes ownership; shown left of the lookup panel
    QueuePanel* queuePanel() const { return m_queue; }
    void setConnectionText(const QString& text);
    void setUserText(const QString& text);
    void statusBarMessage(const QString& text); // a passing message, 10 s
    void setAgentStateWidget(QWidget* widget);  // takes ownership; leftmost permanent widget
    LookupPanel* lookupPanel() const { return m_lookup; }
    TrainingBanner* trainingBanner() const { return m_banner; }

private:
    void showAbout();

    Options m_options;
    LookupPanel* m_lookup = nullptr;
    QueuePanel* m_queue = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_connection = nullptr;
    QLabel* m_user = nullptr;
    TrainingBanner* m_banner = nullptr;
};

} // namespace kc
