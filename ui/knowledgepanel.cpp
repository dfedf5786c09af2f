// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/knowledgepanel.h"

#include "models/knowledgeresultsmodel.h"
#include "ui/announce.h"
#include "ui/keynames.h"

#include <QAbstractTextDocumentLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace kc {

namespace {

// A hit: its title (matched words bold) over its short answer, as rich text.
class HitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        QTextDocument doc;
        setUp(doc, index, option.rect.width());
        painter->save();
        painter->translate(option.rect.topLeft());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = option.palette;
        if (option.state & QStyle::State_Selected)
            context.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QTextDocument doc;
        setUp(doc, index, option.rect.width() > 0 ? option.rect.width() : 300);
        return QSize(int(doc.idealWidth()), int(doc.size().height()));
    }

private:
    static void setUp(QTextDocument& doc, const QModelIndex& index, int width)
    {
        doc.setDocumentMargin(4);
        doc.setHtml(QStringLiteral("<div style='font-size: large'>%1</div><div>%2</div>")
                        .arg(index.data(KnowledgeResultsModel::HighlightedTitleRole).toString(),
                             index.data(KnowledgeResultsModel::HighlightedSummaryRole).toString()));
        doc.setTextWidth(width);
    }
};

QString paragraphs(const QString& text, const QString& query)
{
    QString html;
    for (const QString& p : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        html += QStringLiteral("<p>") + KnowledgeResultsModel::highlighted(p.trimmed(), query) + QStringLiteral("</p>");
    return html;
}

} // namespace

QKeySequence KnowledgePanel::shortcut()
{
    return QKeySequence(Qt::Key_F3);
}

KnowledgePanel::KnowledgePanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("knowledgePanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* label = new QLabel(tr("&Search the knowledge base"), this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("e.g. lost passport, found property, copy of report"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the knowledge base"));
    label->setBuddy(m_search);
    layout->addWidget(label);
    layout->addWidget(m_search);

    m_model = new KnowledgeResultsModel(this);
    m_results = new QListView(this);
    m_results->setModel(m_model);
    m_results->setItemDelegate(new HitDelegate(m_results));
    m_results->setWordWrap(true);
    m_results->setUniformItemSizes(false);
    m_results->setAccessibleName(tr("Matching articles"));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_results, 2);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    m_article = new QTextBrowser(this);
    m_article->setOpenLinks(false);
    m_article->setAccessibleName(tr("Article"));
    m_article->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_article, 3);

    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("New article…"), this);
    m_edit = new QPushButton(tr("Edit article…"), this);
    m_new->hide();
    m_edit->hide();
    m_edit->setEnabled(false);
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &KnowledgePanel::queryChanged);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_results->currentIndex().isValid() && m_model->rowCount() > 0)
            m_results->setCurrentIndex(m_model->index(0));
        openCurrent();
    });
    connect(m_results, &QListView::activated, this, [this] { openCurrent(); });
    connect(m_new, &QPushButton::clicked, this, &KnowledgePanel::createRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (m_current)
            Q_EMIT editRequested(*m_current);
    });
    for (QWidget* w :
         {static_cast<QWidget*>(m_search), static_cast<QWidget*>(m_results), static_cast<QWidget*>(m_article)})
        w->installEventFilter(this);
}

void KnowledgePanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void KnowledgePanel::setResults(const QString& query, const QList<KnowledgeArticle>& results, bool offline)
{
    m_model->setResults(query, results);
    if (!results.isEmpty())
        m_results->setCurrentIndex(m_model->index(0));
    QString status;
    if (offline)
        status = tr("Not connected: searching the last synced copy of the knowledge base.");
    if (results.isEmpty() && !query.trimmed().isEmpty())
        status = (status.isEmpty() ? QString() : status + u' ') + tr("No article matches \"%1\".").arg(query.trimmed());
    showMessage(status);
}

void KnowledgePanel::showMessage(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        announce(m_status, text);
}

void KnowledgePanel::showArticle(const KnowledgeArticle& article, bool offline)
{
    m_current = article;
    m_article->setHtml(articleHtml(article, m_model->query()));
    m_edit->setEnabled(true);
    if (offline)
        showMessage(tr("Not connected: this is the last synced copy of the article."));
    // Read aloud in the order of an answer: the short answer first.
    announce(m_article, article.title + QStringLiteral(". ") + article.summary);
}

void KnowledgePanel::setEditable(bool editable)
{
    m_new->setVisible(editable);
    m_edit->setVisible(editable);
}

QString KnowledgePanel::articleHtml(const KnowledgeArticle& a, const QString& query)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(KnowledgeResultsModel::highlighted(a.title, query));
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Short answer:").toHtmlEscaped(), KnowledgeResultsModel::highlighted(a.summary, query));
    html += paragraphs(a.body, query);
    if (!a.referTo.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Refer to").toHtmlEscaped());
        for (const Referral& r : a.referTo) {
            QStringList parts{r.name.toHtmlEscaped()};
            if (!r.phone.isEmpty())
                parts << tr("phone %1").arg(r.phone).toHtmlEscaped();
            if (!r.web.isEmpty())
                parts << r.web.toHtmlEscaped();
            html += QStringLiteral("<li>%1</li>").arg(parts.join(QStringLiteral(", ")));
        }
        html += QStringLiteral("</ul>");
    }
    if (a.checkBeforeQuoting)
        html += QStringLiteral("<p style='background:#fff4ce; color:#5c4400'><b>%1</b> %2</p>")
                    .arg(tr("Check before quoting.").toHtmlEscaped(),
                         tr("The facts of this article change (numbers, fees, opening hours): check the source.")
                             .toHtmlEscaped());
    QStringList sources;
    for (const KnowledgeSource& s : a.sources)
        sources << QString(s.title + QStringLiteral(" (") + s.url + u')').toHtmlEscaped();
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg((a.reviewedAt.isValid() ? tr("Reviewed %1.").arg(a.reviewedAt.toString(Qt::ISODate)) + u' '
                                             : QString()) +
                     (sources.isEmpty() ? QString() : tr("Sources: %1").arg(sources.join(QStringLiteral("; ")))));
    return html;
}

void KnowledgePanel::openCurrent()
{
    const QModelIndex index = m_results->currentIndex();
    if (index.isValid())
        Q_EMIT openRequested(index.data(KnowledgeResultsModel::IdRole).toString());
}

bool KnowledgePanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            Q_EMIT closeRequested();
            return true;
        }
        if (watched == m_search && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) &&
            m_model->rowCount() > 0) {
            m_results->setFocus(Qt::TabFocusReason);
            if (!m_results->currentIndex().isValid())
                m_results->setCurrentIndex(m_model->index(0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kc
