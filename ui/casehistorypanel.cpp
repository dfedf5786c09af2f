// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/casehistorypanel.h"
#include "ui/announce.h"
#include "ui/keynames.h"

#include "core/casenumber.h"
#include "core/personnummer.h"
#include "core/phonenumber.h"
#include "core/types.h"
#include "models/casehistorymodel.h"

#include <KDescendantsProxyModel>

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace kc {

namespace {

constexpr int AutomaticKind = -1; // the combobox's item data for "Automatiskt"

bool looksLikePhone(QStringView t)
{
    // Only what people write in phone numbers: a word with a digit in it is not one.
    if (!(t.startsWith(u'+') || t.startsWith(u'0')))
        return false;
    for (const QChar c : t)
        if (!c.isDigit() && c != u' ' && c != u'-' && c != u'.' && c != u'(' && c != u')' && c != u'+')
            return false;
    return true;
}

QString kindName(CaseQuery::Kind kind)
{
    switch (kind) {
    case CaseQuery::Kind::Personnummer:
        return QCoreApplication::translate("kc::CaseHistoryPanel", "personnummer");
    case CaseQuery::Kind::Phone:
        return QCoreApplication::translate("kc::CaseHistoryPanel", "phone number");
    case CaseQuery::Kind::CaseNumber:
        return QCoreApplication::translate("kc::CaseHistoryPanel", "case number");
    case CaseQuery::Kind::FreeText:
        return QCoreApplication::translate("kc::CaseHistoryPanel", "words in the report");
    }
    return {};
}

} // namespace

CaseQuery::Kind detectCaseQueryKind(QStringView text, QDate today)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return CaseQuery::Kind::FreeText;
    if (Personnummer::parse(t, today).ok())
        return CaseQuery::Kind::Personnummer;
    if (looksLikePhone(t) && PhoneNumber::parse(t).ok())
        return CaseQuery::Kind::Phone;
    if (CaseNumber::parse(t).ok())
        return CaseQuery::Kind::CaseNumber;
    return CaseQuery::Kind::FreeText;
}

CaseHistoryPanel::CaseHistoryPanel(const ReferenceData& ref, QWidget* parent)
    : QWidget(parent)
    , m_model(new CaseHistoryModel(ref, this))
    , m_flat(new KDescendantsProxyModel(this))
{
    setObjectName(QStringLiteral("caseHistoryPanel"));
    m_flat->setSourceModel(m_model);

    auto* layout = new QVBoxLayout(this);
    auto* titleRow = new QHBoxLayout;
    auto* title = new QLabel(tr("Case history"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    titleRow->addWidget(title);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("caseHistorySummary"));
    m_summary->setAccessibleName(tr("Search result"));
    titleRow->addWidget(m_summary, 1);
    layout->addLayout(titleRow);

    auto* searchRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("caseHistorySearch"));
    m_search->setPlaceholderText(tr("Personnummer, phone, case number or words…"));
    m_search->setAccessibleName(tr("Search the case history"));
    m_search->setClearButtonEnabled(true);
    searchRow->addWidget(m_search, 1);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("caseHistoryKind"));
    m_kind->addItem(tr("Automatic"), AutomaticKind);
    m_kind->addItem(tr("Personnummer"), int(CaseQuery::Kind::Personnummer));
    m_kind->addItem(tr("Phone"), int(CaseQuery::Kind::Phone));
    m_kind->addItem(tr("Case number"), int(CaseQuery::Kind::CaseNumber));
    m_kind->addItem(tr("Free text"), int(CaseQuery::Kind::FreeText));
    m_kind->setAccessibleName(tr("Search by"));
    m_kind->setToolTip(tr("What the search text is; Automatic recognises it as you type"));
    searchRow->addWidget(m_kind);
    m_searchButton = new QPushButton(tr("Search"), this);
    m_searchButton->setObjectName(QStringLiteral("caseHistorySearchButton"));
    m_searchButton->setToolTip(tr("Search the case history (%1)").arg(keyText(QKeySequence(Qt::Key_Return))));
    searchRow->addWidget(m_searchButton);
    layout->addLayout(searchRow);

    auto* optionsRow = new QHBoxLayout;
    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("caseHistoryDetectedKind"));
    m_detected->setAccessibleName(tr("Recognised kind of search"));
    optionsRow->addWidget(m_detected, 1);
    m_listToggle = new QCheckBox(tr("Show as list"), this);
    m_listToggle->setObjectName(QStringLiteral("caseHistoryListToggle"));
    m_listToggle->setAccessibleName(tr("Show the cases and contacts as one list"));
    optionsRow->addWidget(m_listToggle);
    layout->addLayout(optionsRow);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("caseHistoryMessage"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message about the case history"));
    m_message->hide();
    layout->addWidget(m_message);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("caseHistoryView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setExpandsOnDoubleClick(false); // a double-click opens the case
    m_view->setAllColumnsShowFocus(true);
    m_view->setAccessibleName(tr("Case history"));
    m_view->setAccessibleDescription(tr("Cases, newest first, each with its contacts; %1 opens the case")
                                         .arg(keyText(QKeySequence(Qt::Key_Return))));
    applyHeaderModes();
    layout->addWidget(m_view, 1);

    m_more = new QPushButton(tr("Show more"), this);
    m_more->setObjectName(QStringLiteral("caseHistoryMore"));
    m_more->setAccessibleName(tr("Show more cases"));
    m_more->hide();
    layout->addWidget(m_more);

    setTabOrder(m_search, m_kind);
    setTabOrder(m_kind, m_searchButton);
    setTabOrder(m_searchButton, m_listToggle);
    setTabOrder(m_listToggle, m_view);
    setTabOrder(m_view, m_more);

    connect(m_search, &QLineEdit::returnPressed, this, &CaseHistoryPanel::search);
    connect(m_searchButton, &QPushButton::clicked, this, &CaseHistoryPanel::search);
    connect(m_search, &QLineEdit::textChanged, this, &CaseHistoryPanel::updateDetectedKind);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CaseHistoryPanel::updateDetectedKind);
    connect(m_listToggle, &QCheckBox::toggled, this, &CaseHistoryPanel::setListMode);
    connect(m_view, &QAbstractItemView::activated, this, &CaseHistoryPanel::openIndex);
    connect(m_more, &QPushButton::clicked, this, [this] {
        if (!m_busy)
            Q_EMIT moreRequested();
    });
    updateDetectedKind();
    updateSummary();
}

CaseHistoryPanel::~CaseHistoryPanel() = default;

CaseHistoryModel* CaseHistoryPanel::model() const
{
    return m_model;
}

QLineEdit* CaseHistoryPanel::searchField() const
{
    return m_search;
}

QTreeView* CaseHistoryPanel::view() const
{
    return m_view;
}

void CaseHistoryPanel::updateDetectedKind()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_detected->clear();
        return;
    }
    const int chosen = m_kind->currentData().toInt();
    const auto kind = chosen == AutomaticKind ? detectCaseQueryKind(text) : CaseQuery::Kind(chosen);
    m_detected->setText(tr("Searches by %1").arg(kindName(kind)));
}

void CaseHistoryPanel::search()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        showMessage(tr("Type a personnummer, phone number, case number or words to search for."), false);
        return;
    }
    const int chosen = m_kind->currentData().toInt();
    const auto kind = chosen == AutomaticKind ? detectCaseQueryKind(text) : CaseQuery::Kind(chosen);
    // A value of a chosen kind that cannot be valid is refused here, with the reason, instead of
    // costing the server a search (and an audit row) that can only fail.
    switch (kind) {
    case CaseQuery::Kind::Personnummer: {
        const auto p = Personnummer::parse(text);
        if (!p) {
            showMessage(p.error().message, true);
            return;
        }
        emitSearch({kind, p->digits()});
        return;
    }
    case CaseQuery::Kind::Phone: {
        const auto p = PhoneNumber::parse(text);
        if (!p) {
            showMessage(p.error().message, true);
            return;
        }
        emitSearch({kind, p->e164()});
        return;
    }
    case CaseQuery::Kind::CaseNumber: {
        const auto c = CaseNumber::parse(text);
        if (!c) {
            showMessage(c.error().message, true);
            return;
        }
        emitSearch({kind, c->toString()});
        return;
    }
    case CaseQuery::Kind::FreeText:
        emitSearch({kind, text});
        return;
    }
}

void CaseHistoryPanel::emitSearch(const CaseQuery& query)
{
    showMessage(QString(), false);
    Q_EMIT searchRequested(query);
}

void CaseHistoryPanel::showForCaller(const Person& caller)
{
    m_kind->setCurrentIndex(0); // the text put in the field below is recognised as what it is
    // Another caller: the previous caller's cases must not stay on screen while the search runs.
    m_model->clear();
    m_hasMore = false;
    m_searched = false;
    m_more->hide();
    updateSummary();
    if (caller.personnummer) {
        if (const auto p = Personnummer::parse(*caller.personnummer)) {
            m_search->setText(p->formatted());
            emitSearch({CaseQuery::Kind::Personnummer, p->digits()});
            return;
        }
    }
    if (caller.phone && !caller.phone->trimmed().isEmpty()) {
        const auto p = PhoneNumber::parse(*caller.phone);
        // The national form in the field: it is what the agent would type, and never a personnummer.
        m_search->setText(p ? p->national() : caller.phone->trimmed());
        emitSearch({CaseQuery::Kind::Phone, p ? p->e164() : caller.phone->trimmed()});
        return;
    }
    m_search->clear();
    showMessage(tr("No caller to search for"), false);
}

void CaseHistoryPanel::setResults(const QJsonArray& items, bool hasMore)
{
    m_model->setItems(items);
    if (m_view->model() == m_model)
        m_view->expandAll();
    m_hasMore = hasMore;
    m_searched = true;
    showMessage(QString(), false);
    setBusy(false);
}

void CaseHistoryPanel::appendResults(const QJsonArray& items, bool hasMore)
{
    const int before = m_model->rowCount();
    m_model->appendItems(items);
    if (m_view->model() == m_model)
        for (int r = before; r < m_model->rowCount(); ++r)
            m_view->expand(m_model->index(r, 0));
    m_hasMore = hasMore;
    m_searched = true;
    setBusy(false);
}

void CaseHistoryPanel::setError(const QString& message)
{
    showMessage(message, true);
    setBusy(false);
}

void CaseHistoryPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_more->setVisible(m_hasMore);
    m_more->setEnabled(!busy);
    m_view->setAccessibleDescription(busy ? tr("Searching…")
                                          : tr("Cases, newest first, each with its contacts; %1 opens the case")
                                                .arg(keyText(QKeySequence(Qt::Key_Return))));
    updateSummary();
}

void CaseHistoryPanel::updateSummary()
{
    if (m_busy)
        m_summary->setText(tr("Searching…"));
    else if (!m_searched)
        m_summary->clear();
    else if (m_model->rowCount() == 0)
        m_summary->setText(tr("No cases found."));
    else {
        // Contacts without a report (e.g. Rådgivning) are counted apart: they are not cases.
        QString text = tr("%n case(s)", nullptr, m_model->caseCount());
        if (m_model->loneContactCount() > 0)
            text += QStringLiteral(", ") + tr("%n contact(s) without a report", nullptr, m_model->loneContactCount());
        m_summary->setText(m_hasMore ? tr("%1 shown, more available").arg(text) : text);
    }
}

void CaseHistoryPanel::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel#caseHistoryMessage { background: #fde7e9; color: #8a1020;"
                                                    " padding: 4px; border: 1px solid #e8a0a8; }")
                                   : QStringLiteral("QLabel#caseHistoryMessage { padding: 4px; }"));
    m_message->setProperty("error", error);
    m_message->setVisible(!text.isEmpty());
    announce(m_message, text, error ? Politeness::Assertive : Politeness::Polite);
}

void CaseHistoryPanel::openIndex(const QModelIndex& viewIndex)
{
    const QModelIndex source = m_view->model() == m_flat ? m_flat->mapToSource(viewIndex) : viewIndex;
    const QString id = source.data(CaseHistoryModel::ReportIdRole).toString();
    if (!id.isEmpty())
        Q_EMIT openRequested(id);
    else if (source.isValid())
        showMessage(tr("No report was filed for this contact; its row shows what was done."), false);
}

void CaseHistoryPanel::applyHeaderModes()
{
    // Per model: the header forgets per-section modes when the view gets another model.
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CaseHistoryModel::OffenceColumn, QHeaderView::Stretch);
}

void CaseHistoryPanel::setListMode(bool flat)
{
    const bool isFlat = m_view->model() == m_flat;
    if (flat == isFlat)
        return;
    // The row the agent was on stays current in the other form.
    const QModelIndex current = m_view->currentIndex();
    const QModelIndex source = isFlat ? m_flat->mapToSource(current) : current;
    QItemSelectionModel* old = m_view->selectionModel();
    m_view->setModel(flat ? static_cast<QAbstractItemModel*>(m_flat) : m_model);
    delete old; // setModel() makes a new one and leaves the old to its owner
    applyHeaderModes();
    m_view->setRootIsDecorated(!flat);
    m_view->setItemsExpandable(!flat);
    if (!flat)
        m_view->expandAll();
    const QModelIndex target = flat ? m_flat->mapFromSource(source) : source;
    if (target.isValid())
        m_view->selectionModel()->setCurrentIndex(target,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace kc
