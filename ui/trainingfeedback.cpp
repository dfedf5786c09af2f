// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/trainingfeedback.h"

#include "core/types.h"
#include "ui/announce.h"
#include "ui/completiondialog.h"
#include "ui/trainerpanel.h"
#include "ui/trainingbanner.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kc {

CallerScriptPanel::CallerScriptPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("callerScript"));
    auto* layout = new QVBoxLayout(this);
    m_text = new QTextBrowser(this);
    m_text->setAccessibleName(tr("What the caller says"));
    layout->addWidget(m_text);
    setScript({}, {});
}

void CallerScriptPanel::setScript(const QString& subject, const QString& script)
{
    if (script.isEmpty()) {
        m_text->setPlainText(tr("When you take an exercise contact, what the caller says is shown here."));
        return;
    }
    m_text->setHtml(QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(subject.toHtmlEscaped(), script.toHtmlEscaped()));
}

QString CallerScriptPanel::text() const
{
    return m_text->toPlainText();
}

TrainingFeedbackDialog::TrainingFeedbackDialog(const QJsonObject& result, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("trainingFeedback"));
    setWindowTitle(tr("Feedback on the exercise"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new TrainingBanner(this));
    const int score = result.value(u"score").toInt();
    m_score = new QLabel(tr("Score: %1 of 100").arg(score), this);
    m_score->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: bold;"));
    layout->addWidget(m_score);
    auto* times = new QLabel(tr("The caller waited %1 s; you handled the contact in %2 s.")
                                 .arg(result.value(u"answerSeconds").toInt())
                                 .arg(result.value(u"handleSeconds").toInt()),
                             this);
    layout->addWidget(times);
    m_fields = new QTreeWidget(this);
    m_fields->setRootIsDecorated(false);
    m_fields->setHeaderLabels({tr("Field"), tr("Result"), tr("Expected"), tr("You entered")});
    m_fields->setAccessibleName(tr("Field by field"));
    QStringList wrong;
    for (const QJsonValue& v : result.value(u"fields").toArray()) {
        const QJsonObject f = v.toObject();
        const bool ok = f.value(u"ok").toBool();
        const QString name = TrainerPanel::fieldName(f.value(u"field").toString());
        QString expected = f.value(u"expected").toString();
        QString actual = f.value(u"actual").toString();
        if (f.value(u"field").toString() == u"disposition") {
            // The wire names ("report_filed") as the completion dialog says them.
            if (const auto d = fromWireName<Disposition>(expected))
                expected = CompletionDialog::displayName(*d);
            if (const auto d = fromWireName<Disposition>(actual))
                actual = CompletionDialog::displayName(*d);
        }
        auto* item = new QTreeWidgetItem(m_fields, {name, ok ? tr("✓ right") : tr("✗ not right"), expected,
                                                    actual.isEmpty() ? tr("(nothing)") : actual});
        item->setForeground(1, ok ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb0, 0x00, 0x20));
        if (!ok)
            wrong.append(name);
    }
    m_fields->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_fields, 1);
    const QString lesson = result.value(u"lesson").toString();
    if (!lesson.isEmpty()) {
        auto* l = new QLabel(tr("<b>The lesson:</b> %1").arg(lesson.toHtmlEscaped()), this);
        l->setWordWrap(true);
        layout->addWidget(l);
    }
    auto* box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    box->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
    resize(640, 380);
    kc::announce(this, wrong.isEmpty()
                           ? tr("Score %1 of 100: everything right.").arg(score)
                           : tr("Score %1 of 100. Not right: %2.").arg(score).arg(wrong.join(QStringLiteral(", "))));
}

} // namespace kc
