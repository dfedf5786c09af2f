#include "ui/mainwindow.h"

#include "core/version.h"
#include "ui/lookuppanel.h"
#include "ui/queuepanel.h"
#include "ui/trainingbanner.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
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
    resize(1280, 720);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    if (m_options.trainingMode) {
        m_banner = new TrainingBanner(central);
        layout->addWidget(m_banner);
    }
    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_lookup = new LookupPanel(ref, m_splitter);
    m_splitter->addWidget(m_lookup);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    auto* about = helpMenu->addAction(tr("&About Kontaktcenter"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    m_connection = new QLabel(this);
    m_connection->setAccessibleName(tr("Connection"));
    m_user = new QLabel(this);
    m_user->setAccessibleName(tr("Signed-in user"));
    statusBar()->addPermanentWidget(m_user);
    statusBar()->addPermanentWidget(m_connection);
    statusBar()->addPermanentWidget(new QLabel(tr("Version %1").arg(QLatin1String(KC_VERSION_STRING)), this));
    if (m_options.trainingMode)
        statusBar()->addWidget(new QLabel(tr("Training mode: nothing here reaches a real database."), this));
}

void MainWindow::setQueuePanel(QueuePanel* panel)
{
    m_queue = panel;
    m_splitter->insertWidget(0, panel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    panel->view()->setFocus();
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
    statusBar()->insertPermanentWidget(0, widget);
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
