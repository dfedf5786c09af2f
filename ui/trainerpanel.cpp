// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/trainerpanel.h"

#include "ui/announce.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPageSize>
#include <QPdfWriter>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace kc {

namespace {

QString clock(int seconds)
{
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

TrainerPanel::TrainerPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("trainerPanel"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_scenario = new QComboBox(this);
    m_scenario->setObjectName(QStringLiteral("scenarioBox"));
    form->addRow(tr("&Scenario:"), m_scenario);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    form->addRow(QString(), m_description);
    m_speed = new QComboBox(this);
    for (int speed : {1, 2, 5, 10})
        m_speed->addItem(QStringLiteral("×%1").arg(speed), speed);
    form->addRow(tr("S&peed:"), m_speed);
    layout->addLayout(form);
    m_join = new QLabel(this);
    m_join->setWordWrap(true);
    m_join->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_join->hide();
    layout->addWidget(m_join);

    auto* buttons = new QHBoxLayout;
    m_start = new QPushButton(tr("S&tart"), this);
    m_pause = new QPushButton(tr("P&ause"), this);
    m_reset = new QPushButton(tr("&Reset"), this);
    m_inject = new QPushButton(tr("&Inject a contact"), this);
    for (QPushButton* b : {m_start, m_pause, m_reset, m_inject})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_status = new QLabel(tr("No exercise running."), this);
    m_status->setObjectName(QStringLiteral("runStatus"));
    layout->addWidget(m_status);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto* traineesTitle = new QLabel(tr("<b>Trainees</b>"), this);
    layout->addWidget(traineesTitle);
    m_trainees = new QLabel(tr("No results yet."), this);
    m_trainees->setWordWrap(true);
    layout->addWidget(m_trainees);
    m_results = new QStandardItemModel(0, 6, this);
    m_results->setHorizontalHeaderLabels(
        {tr("Trainee"), tr("Contact"), tr("Score"), tr("Answered after"), tr("Handled in"), tr("Not right")});
    m_table = new QTableView(this);
    m_table->setModel(m_results);
    m_table->setAccessibleName(tr("Trainees' results"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table, 1);
    auto* exports = new QHBoxLayout;
    m_exportCsv = new QPushButton(tr("Export &CSV…"), this);
    m_exportPdf = new QPushButton(tr("Export P&DF…"), this);
    exports->addWidget(m_exportCsv);
    exports->addWidget(m_exportPdf);
    exports->addStretch();
    layout->addLayout(exports);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the session summary"),
                                                          QStringLiteral("ovning.csv"), tr("CSV (*.csv)"));
        QFile f(path);
        if (!path.isEmpty() && (!f.open(QIODevice::WriteOnly) || f.write(summaryCsv().toUtf8()) < 0))
            showError(tr("Could not write %1.").arg(path));
    });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the session summary"),
                                                          QStringLiteral("ovning.pdf"), tr("PDF (*.pdf)"));
        if (!path.isEmpty() && !writeSummaryPdf(path))
            showError(tr("Could not write %1.").arg(path));
    });

    connect(m_scenario, &QComboBox::currentIndexChanged, this, &TrainerPanel::updateDescription);
    connect(m_start, &QPushButton::clicked, this,
            [this] { Q_EMIT startRequested(selectedScenario(), selectedSpeed()); });
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_run.value(u"state").toString() == u"paused")
            Q_EMIT resumeRequested();
        else
            Q_EMIT pauseRequested();
    });
    connect(m_reset, &QPushButton::clicked, this, &TrainerPanel::resetRequested);
    connect(m_inject, &QPushButton::clicked, this, &TrainerPanel::injectRequested);
    connect(m_speed, &QComboBox::activated, this, [this] {
        if (!m_run.isEmpty())
            Q_EMIT speedRequested(selectedSpeed());
    });
    setRun({});
}

QString TrainerPanel::fieldName(const QString& field)
{
    static const QMap<QString, const char*> names{
        {QStringLiteral("disposition"), QT_TR_NOOP("Disposition")},
        {QStringLiteral("offenceCode"), QT_TR_NOOP("Offence code")},
        {QStringLiteral("municipalityCode"), QT_TR_NOOP("Municipality")},
        {QStringLiteral("timeRange"), QT_TR_NOOP("Time")},
        {QStringLiteral("personnummer"), QT_TR_NOOP("Personal identity number")},
        {QStringLiteral("stolenGoods"), QT_TR_NOOP("Stolen goods")},
        {QStringLiteral("report"), QT_TR_NOOP("Report (none was right)")},
    };
    const auto it = names.constFind(field);
    return it == names.cend() ? field : tr(*it);
}

QString TrainerPanel::summaryCsv() const
{
    auto field = [](QString text) {
        if (text.contains(u';') || text.contains(u'"') || text.contains(u'\n'))
            text = u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
        return text;
    };
    QStringList lines;
    QStringList header;
    for (int c = 0; c < m_results->columnCount(); ++c)
        header.append(field(m_results->headerData(c, Qt::Horizontal).toString()));
    lines.append(header.join(u';'));
    for (int r = 0; r < m_results->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < m_results->columnCount(); ++c)
            row.append(field(m_results->item(r, c)->text()));
        lines.append(row.join(u';'));
    }
    return lines.join(u"\r\n") + QStringLiteral("\r\n");
}

bool TrainerPanel::writeSummaryPdf(const QString& path) const
{
    QString html =
        QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>")
            .arg(tr("Exercise summary").toHtmlEscaped(), m_status->text().toHtmlEscaped(),
                 m_trainees->text().toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    for (int c = 0; c < m_results->columnCount(); ++c)
        html += QStringLiteral("<th>%1</th>").arg(m_results->headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int r = 0; r < m_results->rowCount(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < m_results->columnCount(); ++c)
            html += QStringLiteral("<td>%1</td>").arg(m_results->item(r, c)->text().toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(tr("Exercise summary"));
    QTextDocument doc;
    doc.setHtml(html);
    doc.print(&writer);
    return QFile(path).size() > 0;
}

void TrainerPanel::setScenarios(const QJsonArray& items)
{
    m_scenarios = items;
    m_scenario->clear();
    for (const QJsonValue& v : items) {
        const QJsonObject s = v.toObject();
        m_scenario->addItem(s.value(u"title").toString(), s.value(u"id").toString());
    }
    updateDescription();
}

void TrainerPanel::updateDescription()
{
    const QJsonObject s = m_scenarios.at(m_scenario->currentIndex()).toObject();
    m_description->setText(s.isEmpty() ? QString()
                                       : tr("%1 (%n contact(s), %2 min)", nullptr, s.value(u"contactCount").toInt())
                                             .arg(s.value(u"description").toString())
                                             .arg(std::max(1, (s.value(u"durationSeconds").toInt() + 59) / 60)));
}

QString TrainerPanel::selectedScenario() const
{
    return m_scenario->currentData().toString();
}

int TrainerPanel::selectedSpeed() const
{
    return m_speed->currentData().toInt();
}

void TrainerPanel::setJoinInfo(const QString& text)
{
    m_join->setText(text);
    m_join->setVisible(!text.isEmpty());
}

void TrainerPanel::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        kc::announce(m_error, text, Politeness::Assertive);
}

void TrainerPanel::setRun(const QJsonObject& run)
{
    const QString previousState = m_run.value(u"state").toString();
    m_run = run;
    const bool has = !run.isEmpty();
    m_pause->setEnabled(has && run.value(u"state").toString() != u"finished");
    m_reset->setEnabled(has);
    m_inject->setEnabled(has);
    const QString state = run.value(u"state").toString();
    m_pause->setText(state == u"paused" ? tr("&Resume") : tr("P&ause"));
    m_reset->setText(tr("Rese&t"));
    if (!has) {
        m_status->setText(tr("No exercise running."));
    } else {
        const QString stateText = state == u"running"  ? tr("running")
                                  : state == u"paused" ? tr("paused")
                                                       : tr("finished");
        const qsizetype sent = run.value(u"contactIds").toArray().size();
        m_status->setText(tr("%1: %2, scenario clock %3, speed ×%4, %n contact(s) in the queues", nullptr, int(sent))
                              .arg(m_scenario->itemText(m_scenario->findData(run.value(u"scenarioId").toString())),
                                   stateText, clock(run.value(u"clockSeconds").toInt()))
                              .arg(run.value(u"speed").toInt()));
        if (state != previousState)
            kc::announce(m_status, m_status->text(), Politeness::Polite);
        m_speed->setCurrentIndex(m_speed->findData(run.value(u"speed").toInt()));
    }

    const QJsonArray results = run.value(u"results").toArray();
    if (m_results->rowCount() > results.size())
        m_results->removeRows(int(results.size()), m_results->rowCount() - int(results.size()));
    struct Sum
    {
        int count = 0;
        int total = 0;
    };
    QMap<QString, Sum> perTrainee;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject r = results.at(i).toObject();
        QStringList wrong;
        for (const QJsonValue& f : r.value(u"fields").toArray())
            if (!f.toObject().value(u"ok").toBool())
                wrong.append(fieldName(f.toObject().value(u"field").toString()));
        const bool scored = r.value(u"scored").toBool(true);
        const QStringList row{r.value(u"displayName").toString(),
                              r.value(u"contactId").toString().left(8),
                              scored ? QString::number(r.value(u"score").toInt()) : tr("not scored"),
                              tr("%1 s").arg(r.value(u"answerSeconds").toInt()),
                              tr("%1 s").arg(r.value(u"handleSeconds").toInt()),
                              scored ? (wrong.isEmpty() ? tr("everything right") : wrong.join(QStringLiteral(", ")))
                                     : QString()};
        if (i >= m_results->rowCount()) {
            QList<QStandardItem*> items;
            for (const QString& text : row)
                items.append(new QStandardItem(text));
            m_results->appendRow(items);
        } else {
            for (int c = 0; c < row.size(); ++c)
                if (m_results->item(int(i), c)->text() != row[c])
                    m_results->item(int(i), c)->setText(row[c]);
        }
        if (scored) {
            Sum& s = perTrainee[r.value(u"displayName").toString()];
            ++s.count;
            s.total += r.value(u"score").toInt();
        }
    }
    QStringList summary;
    for (auto it = perTrainee.cbegin(); it != perTrainee.cend(); ++it)
        summary.append(
            tr("%1: %n contact(s), average %2", nullptr, it->count).arg(it.key()).arg(it->total / it->count));
    m_trainees->setText(summary.isEmpty() ? tr("No results yet.") : summary.join(QStringLiteral("\n")));
}

} // namespace kc
