// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/areaview.h"

#include "models/handoffmodel.h"
#include "ui/announce.h"
#include "ui/keynames.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kc {

QString AreaView::areaName(const QString& policeArea)
{
    return HandoffModel::areaName(policeArea);
}

AreaView::AreaView(HandoffModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(u"areaView"_s);
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(tr("Reports handed over"), this);
    m_title->setObjectName(u"areaTitle"_s);
    m_title->setStyleSheet(u"QLabel { font-weight: bold; font-size: 130%; }"_s);
    layout->addWidget(m_title);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"areaSummary"_s);
    layout->addWidget(m_summary);

    m_view = new QTableView(this);
    m_view->setObjectName(u"handoffs"_s);
    m_view->setModel(&m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Reports handed over to the police area"));
    layout->addWidget(m_view, 1);

    auto* row = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(u"areaStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();
    row->addWidget(m_status, 1);
    const QKeySequence ackKey(Qt::Key_Return);
    m_ack = new QPushButton(tr("Acknowledge receipt (%1)").arg(keyText(ackKey)), this);
    m_ack->setObjectName(u"acknowledge"_s);
    m_ack->setAccessibleName(tr("Acknowledge receipt"));
    m_ack->setToolTip(tr("Confirms that the police area has received the chosen report; the contact centre sees it "
                         "in the case history."));
    row->addWidget(m_ack);
    layout->addLayout(row);

    // Enter on a row (QAbstractItemView::activated; a double click too) acknowledges it.
    connect(m_view, &QAbstractItemView::activated, this, &AreaView::requestAcknowledge);
    connect(m_ack, &QPushButton::clicked, this, &AreaView::requestAcknowledge);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AreaView::updateButton);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(&m_model, signal, this, [this] {
            updateSummary();
            updateButton();
        });
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateSummary();
        updateButton();
    });
    connect(&m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateSummary();
        updateButton();
    });
    updateSummary();
    updateButton();
    setFocusProxy(m_view);
}

void AreaView::setPoliceArea(const QString& name)
{
    //: %1 "Polisområde Skaraborg"
    m_title->setText(tr("Reports handed over to %1").arg(areaName(name)));
}

void AreaView::setStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setStyleSheet(problem ? u"QLabel { background: #fde7e9; color: #8a1020; padding: 4px; }"_s
                                    : u"QLabel { background: #e7f3e9; color: #104a20; padding: 4px; }"_s);
    if (!text.isEmpty())
        announce(m_status, text, problem ? Politeness::Assertive : Politeness::Polite);
}

QString AreaView::currentReportId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model.reportId(current.row()) : QString();
}

void AreaView::selectReport(const QString& reportId)
{
    const int row = m_model.rowOf(reportId);
    if (row >= 0)
        m_view->setCurrentIndex(m_model.index(row, 0));
}

void AreaView::requestAcknowledge()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    if (m_model.isAcknowledged(current.row())) {
        setStatus(tr("%1 is already acknowledged.")
                      .arg(m_model.index(current.row(), HandoffModel::CaseNumberColumn).data().toString()));
        return;
    }
    Q_EMIT acknowledgeRequested(m_model.reportId(current.row()));
}

void AreaView::updateButton()
{
    const QModelIndex current = m_view->currentIndex();
    m_ack->setEnabled(current.isValid() && !m_model.isAcknowledged(current.row()));
}

void AreaView::updateSummary()
{
    const int fresh = m_model.newCount();
    const int all = m_model.rowCount();
    //: %n new (not yet acknowledged) of %1 reports
    const QString text = all == 0 ? tr("No reports handed over yet.") : tr("%n new of %1", nullptr, fresh).arg(all);
    m_summary->setText(text);
    if (m_lastNew >= 0 && fresh > m_lastNew)
        announce(m_summary, tr("New report handed over. %1").arg(text), Politeness::Polite);
    m_lastNew = fresh;
    // Something to do: the first new report is chosen when nothing is.
    if (!m_view->currentIndex().isValid() && all > 0)
        m_view->setCurrentIndex(m_model.index(0, 0));
}

} // namespace kc
