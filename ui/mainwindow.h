// The workstation's main window: the frame every later part docks into (queue, report form, case
// history come with their issues). Today: the lookup panel, menus with keyboard shortcuts, the
// status bar, and — in demo mode — the ÖVNINGSLÄGE banner and title, impossible to miss.
// Thread rules: GUI thread.
#pragma once

#include <QMainWindow>

namespace kc {

class ReferenceData;
class LookupPanel;
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
    LookupPanel* lookupPanel() const { return m_lookup; }
    TrainingBanner* trainingBanner() const { return m_banner; }

private:
    void showAbout();

    Options m_options;
    LookupPanel* m_lookup = nullptr;
    TrainingBanner* m_banner = nullptr;
};

} // namespace kc
