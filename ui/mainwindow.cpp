// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/mainwindow.h"

#include "core/version.h"
#include "ui/connectionbanner.h"
#include "ui/lookuppanel.h"
#include "ui/queuepanel.h"
#include "ui/trainingbanner.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace kc {

MainWindow::MainWindow(const ReferenceData& ref, Options options, QWidget* parent)
    : QMainWindow(parent)
    , m_options(options)
{
    setObjectName(QStringLiteral("mainWindow"));
    const QString title = tr("Kontaktcenter");
    setWindowTitle(m_options.trainingMode ? title + QStringLiteral(" – ") + tr("TRAINING MODE") : title);
    resize(1366, 740);
    restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    if (m_options.trainingMode) {
        m_banner = new TrainingBanner(central);
        layout->addWidget(m_banner);
    }
    m_connectionBanner = new ConnectionBanner(central);
    layout->addWidget(m_connectionBanner);
    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_left = new QSplitter(Qt::Vertical, m_splitter);
    m_left->setObjectName(QStringLiteral("leftSplitter"));
    m_left->setChildrenCollapsible(false);
    m_side = new QTabWidget(m_left);
    m_side->setObjectName(QStringLiteral("sideTabs"));
    m_lookup = new LookupPanel(ref, m_side);
    m_side->addTab(m_lookup, tr("Lookups"));
    connect(m_lookup, &LookupPanel::focusRequested, this, [this] { m_side->setCurrentWidget(m_lookup); });
    // Ctrl+1/2/3 from anywhere: the panel's own actions die while its tab is behind another.
    addActions(m_lookup->shortcutActions());
    m_left->addWidget(m_side);
    m_splitter->addWidget(m_left);
    // Until a contact pane is set (signed out), the right column says why it is empty.
    auto* placeholder = new QLabel(tr("Not signed in."), m_splitter);
    placeholder->setAlignment(Qt::AlignCenter);
    m_contactPlaceholder = placeholder;
    m_splitter->addWidget(placeholder);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    m_signOut = fileMenu->addAction(tr("Sign &out"));
    m_signOut->setEnabled(false);
    fileMenu->addSeparator();
    auto* quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_contactMenu = menuBar()->addMenu(tr("&Contact"));
    m_contactMenu->setObjectName(QStringLiteral("contactMenu"));
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    auto* about = m_helpMenu->addAction(tr("&About Kontaktcenter"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    m_connection = new QLabel(this);
    m_connection->setAccessibleName(tr("Connection"));
    m_user = new QLabel(this);
    m_user->setAccessibleName(tr("Signed-in user"));
    // The agent state comes with the sign-in; its place, leftmost of the permanent widgets, now.
    m_agentStateSlot = new QWidget(this);
    auto* slotLayout = new QHBoxLayout(m_agentStateSlot);
    slotLayout->setContentsMargins(0, 0, 0, 0);
    statusBar()->addPermanentWidget(m_agentStateSlot);
    statusBar()->addPermanentWidget(m_user);
    statusBar()->addPermanentWidget(m_connection);
    statusBar()->addPermanentWidget(new QLabel(tr("Version %1").arg(QLatin1String(KC_VERSION_STRING)), this));
    if (m_options.trainingMode)
        statusBar()->addWidget(new QLabel(tr("Training mode: nothing here reaches a real database."), this));
}

void MainWindow::setQueuePanel(QueuePanel* panel)
{
    m_queue = panel;
    m_left->insertWidget(0, panel);
    m_left->setStretchFactor(0, 1);
    m_left->setStretchFactor(1, 1);
    restoreLayout();
    panel->view()->setFocus();
}

void MainWindow::setContactPane(QWidget* pane)
{
    m_splitter->replaceWidget(1, pane);
    delete m_contactPlaceholder;
    m_contactPlaceholder = nullptr;
    restoreLayout();
}

void MainWindow::setCaseHistoryPanel(QWidget* panel)
{
    m_side->insertTab(0, panel, tr("Case history"));
    m_side->setCurrentIndex(0);
}

QString MainWindow::splitterKey() const
{
    return m_contactOpen ? QStringLiteral("window/mainSplitterHandling") : QStringLiteral("window/mainSplitter");
}

void MainWindow::setContactOpen(bool open)
{
    if (open == m_contactOpen)
        return;
    // What the agent made of the layout she leaves is kept for the next time she is in it.
    QSettings().setValue(splitterKey(), m_splitter->saveState());
    m_contactOpen = open;
    if (!m_splitter->restoreState(QSettings().value(splitterKey()).toByteArray())) {
        const int total = std::max(m_splitter->width(), 1000);
        // Handling: the queue keeps enough to see what waits (urgency, caller, waiting time);
        // the form gets the rest. Idle: the queue is what there is to read.
        if (m_contactOpen)
            m_splitter->setSizes({total * 30 / 100, total * 70 / 100});
        else
            m_splitter->setSizes({total * 52 / 100, total * 48 / 100});
    }
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(splitterKey(), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/leftSplitter"), m_left->saveState());
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    // First start: the form gets about 650 px of a 1366 px screen (its fields need ~600), the
    // queue's seven columns the rest; on the left the queue a little more than the history.
    if (!m_splitter->restoreState(settings.value(splitterKey()).toByteArray())) {
        const int total = std::max(width(), 1000);
        m_splitter->setSizes({total * 52 / 100, total * 48 / 100});
    }
    if (!m_left->restoreState(settings.value(QStringLiteral("window/leftSplitter")).toByteArray())) {
        const int total = std::max(height() - 100, 500);
        m_left->setSizes({total * 55 / 100, total * 45 / 100});
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::setConnectionText(const QString& text)
{
    m_connection->setText(text);
}

void MainWindow::setUserText(const QString& text)
{
    m_user->setText(text);
}

void MainWindow::setAgentStateWidget(QWidget* widget)
{
    m_agentStateSlot->layout()->addWidget(widget);
}

void MainWindow::statusBarMessage(const QString& text)
{
    statusBar()->showMessage(text, 10'000);
}

void MainWindow::showAbout()
{
    // open(), not exec(): no nested event loop on the GUI thread while events keep arriving.
    auto* box = new QMessageBox(QMessageBox::Information, tr("About Kontaktcenter"),
                                tr("<b>Kontaktcenter %1</b><p>Workstation of the Swedish Police contact centre "
                                   "(114 14 and the polisen.se e-services).</p>")
                                    .arg(QLatin1String(KC_VERSION_STRING)),
                                QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace kc
